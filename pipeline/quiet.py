"""Silence third-party loggers that print note text (PHI)."""

from __future__ import annotations

import logging
import warnings


def silence_third_party_loggers() -> None:
    # PyRuSH logs every token at DEBUG through loguru; medspaCy warns with span text.
    try:
        from loguru import logger

        for name in ("PyRuSH", "medspacy", "quickumls"):
            logger.disable(name)
    except ImportError:  # loguru comes with medspaCy; nothing to silence without it
        pass
    for name in ("medspacy", "PyRuSH", "spacy", "scispacy", "quickumls"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # These warnings quote matched text ("The result ""...""conflicts with ...").
    warnings.filterwarnings("ignore", module=r"medspacy(\..*)?")
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"spacy(\..*)?")
    warnings.filterwarnings("ignore", message=r".*\[W\d+\].*")
