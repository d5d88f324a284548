"""vnpress: Vietnamese provincial press articles to a normalised table of facts."""

__version__ = "0.1.0"
