"""The reference hotel booking site the suite runs against by default."""

__version__ = "0.1.0"
