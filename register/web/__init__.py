"""The register on the web: read-only pages, their JSON twins and feeds (Flask, served by waitress)."""
