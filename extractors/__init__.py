"""Stage 3 of spinecite: pipeline spans become contract findings with exact evidence."""

from spinecite.extractors.extract import extract
from spinecite.extractors.models import Evidence, ExtractResult, Finding

__all__ = ["Evidence", "ExtractResult", "Finding", "extract"]
