"""The ``shieldwall`` command line. Each ``cmd_*.py`` module here adds its commands."""
