"""spinecite: cited evidence for spine-imaging prior-authorization review."""

__version__ = "0.1.0"
