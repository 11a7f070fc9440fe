"""One reader per format, each turning a file's bytes into a `Document` (`../document.py`)."""
