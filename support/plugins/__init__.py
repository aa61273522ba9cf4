"""The suite's pytest plugins, registered by the root conftest.py."""
