"""The application: use cases, storage choice, bundled data and the minutes importer."""
