"""Stage 2 of spinecite: free text in, a Doc whose `medspacy_spans` group holds every finding
span with its assertion (`span._.assertion`), section and attributes."""

from spinecite.pipeline.nlp import build_nlp, get_nlp, process, release

__all__ = ["build_nlp", "get_nlp", "process", "release"]
