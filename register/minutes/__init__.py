"""The minutes importer: text of minutes → what it says → the register's events."""
