"""Builds the spinecite nlp: scispaCy tokenizer and abbreviations, medspaCy target
matching, sections and ConText, and spinecite's note-aware components.

Build it once per process (`get_nlp`) and reuse it: construction compiles every matcher.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from spinecite.pipeline import extensions, quiet
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.resources import (CONTEXT_RULES, SECTION_RULES, target_rule_files,
                                           target_rules)

# ConText categories -> the Span flags the assertion component reads.
CONTEXT_SPAN_ATTRS = {
    "NEGATED_EXISTENCE": {"is_negated": True},
    "POSSIBLE_EXISTENCE": {"is_uncertain": True},
    "HISTORICAL": {"is_historical": True},
    "HYPOTHETICAL": {"is_hypothetical": True},
    "FAMILY": {"is_family": True},
    "ONGOING": {"is_ongoing": True},
}


def build_nlp(model: Optional[str] = None) -> Language:
    """A fresh pipeline. `model` names an installed or on-disk spaCy pipeline (for instance a
    scispaCy model) whose vocab and components are kept; by default a blank English one."""
    quiet.silence_third_party_loggers()
    extensions.register()
    # importing registers the factories
    import medspacy  # noqa: F401
    import scispacy.abbreviation  # noqa: F401
    from medspacy.context import ConTextRule
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    from spinecite.pipeline import (  # noqa: F401
        abbreviations,
        assertion,
        attributes,
        context,
        relatives_same,
        context_matcher,
        sectionizer,
        sentences,
        target_matcher,
    )

    if model:
        nlp = spacy.load(model, exclude=["ner", "parser", "senter", "sentencizer"])
    else:
        nlp = spacy.blank("en")
        nlp.tokenizer = combined_rule_tokenizer(nlp)
        # "ROS: -fevers, -saddle anesthesia": a minus written onto a word is a sign of its
        # own (the negative of a form or a ROS), not part of the word the lexicon looks for
        nlp.tokenizer.prefix_search = re.compile(
            r"^[-\u2013](?=[A-Za-z])|" + nlp.tokenizer.prefix_search.__self__.pattern).search
    # no parser or NER: memory grows linearly, and intake bounds the length (MAX_CHARS)
    nlp.max_length = 10_000_000
    nlp.add_pipe("spinecite_sentences")
    # scispaCy's AbbreviationDetector, linear in the number of parentheses
    nlp.add_pipe("spinecite_abbreviation_detector", name="abbreviation_detector")
    # medspaCy's TargetMatcher with fast internals, under medspaCy's pipe name
    matcher = nlp.add_pipe("spinecite_target_matcher", name="medspacy_target_matcher",
                           config={"result_type": "group", "span_group_name": SPAN_GROUP})
    for path in target_rule_files():
        matcher.add(target_rules(path))
    nlp.add_pipe("spinecite_abbreviation_targets")
    # "worried she has the same thing" after a relative's diagnosis: that diagnosis, feared
    nlp.add_pipe("spinecite_relatives_same")
    # medspaCy's Sectionizer on the fast matcher, under medspaCy's pipe name
    nlp.add_pipe("spinecite_sectionizer", name="medspacy_sectionizer", config={
        "rules": str(SECTION_RULES), "require_start_line": True, "midline_headers": True,
        "review_of_systems_lines": True,
        "input_span_type": "group", "span_group_name": SPAN_GROUP, "span_attrs": None})
    context_pipe = nlp.add_pipe("spinecite_context", config={
        "rules": None, "span_group_name": SPAN_GROUP, "span_attrs": CONTEXT_SPAN_ATTRS,
        "prune_on_target_overlap": True})
    # ConText's matcher run only from the tokens that can open a modifier (same matches)
    context_matcher.install(context_pipe)
    context_pipe.add(ConTextRule.from_json(str(CONTEXT_RULES)))
    nlp.add_pipe("spinecite_attributes")
    nlp.add_pipe("spinecite_assertion")
    return nlp


@lru_cache(maxsize=None)
def get_nlp() -> Language:
    """The process-wide pipeline."""
    nlp = build_nlp()
    # The loaded pipeline is a few hundred thousand long-lived objects that every full pass
    # of the cyclic garbage collector would walk again (~0.3 s each, measured); frozen, the
    # collector walks only what later cases allocate.
    gc.collect()
    gc.freeze()
    _collect_young_less_often()
    return nlp


# A review allocates some 10,000 short-lived objects a case (spans, findings, criteria) that
# reference counting frees when the case is done; at Python's default of 700 the collector
# walks them dozens of times a case first. At 20,000 most are freed before a pass sees them:
# review 98-99 ms a note against 109-113 (200 generated notes, loaded machine, process
# time), peak RSS unchanged (437 MB against 436).
_YOUNG_THRESHOLD = 20_000


def _collect_young_less_often() -> None:
    young, *older = gc.get_threshold()
    if 0 < young < _YOUNG_THRESHOLD:   # 0: the collector is off, left so
        gc.set_threshold(_YOUNG_THRESHOLD, *older)


def process(text: str, reference_date: Optional[dt.date] = None,
            nlp: Optional[Language] = None, undated: bool = False,
            patient_sex: Optional[str] = None) -> Doc:
    """Run the pipeline on one note. The Doc is built on a cleaned copy of `text`
    (`doc._.text_map` maps its offsets back to `text`). Time expressions resolve against the
    note's own date when its header states one, else `reference_date` (the case's received
    date), else today. `undated`: nothing outside the note dates it (a faxed PDF, a bare
    .txt), so an unlabelled date on its header line (`timex.find_header_date`) does when no
    label does. `patient_sex`: "M" or "F" as the case file states it, which the notes' own
    words do not override (whose story a he or she tells, pipeline/assertion.py)."""
    from spinecite.pipeline import cleaning, timex

    nlp = nlp or get_nlp()
    text_map = cleaning.clean(text)
    doc = nlp.make_doc(text_map.cleaned)
    doc._.text_map = text_map
    document_date = timex.find_document_date(text_map.cleaned)
    if document_date is None and undated:
        document_date = timex.find_header_date(text_map.cleaned, reference_date)
    doc._.document_date = document_date
    doc._.reference_date = document_date or reference_date or dt.date.today()
    doc._.patient_sex = patient_sex
    return nlp(doc)


def release(doc: Doc) -> None:
    """Drops what a processed Doc's span groups and extension values hold. Its spans point
    back at it (a span group holds spans, `user_data` holds the sections, the ConText graph,
    the time expressions, each holding spans), so a dropped Doc is a cycle of ~400 objects
    that only a full pass of the cyclic garbage collector frees, and those full passes came
    twice as often from the 200th note of a process on (measured, `docs/performance.md`).
    Released, it is freed when its last reference goes. Only for a Doc no one reads again."""
    doc.spans.clear()
    doc.user_data.clear()
