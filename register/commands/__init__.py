"""The `register` command's parts; `cli.py` at the top assembles them."""
