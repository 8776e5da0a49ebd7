"""medspaCy's Sectionizer on the fast matcher.

medspaCy's Sectionizer finds headers with spaCy's Matcher, which tries each of the ~630
header patterns at every token: as costly as the rest of section detection many times over.
This is the same Sectionizer (rules, options, output) with its matcher swapped for
`FastMedspacyMatcher`, which runs each pattern only from the tokens that can open it, and
each token's `section` written straight into the Doc's extension data: medspaCy writes it
through `token._`, which builds a Token and its Underscore object for each of a note's ~1,000
tokens (a quarter of the sectionizer's time).
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
import re
from bisect import bisect_right
from itertools import repeat
from typing import Any, Dict, Literal, Optional, Union

from medspacy.section_detection import Sectionizer, SectionRule, util
from medspacy.section_detection.section import Section
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from spinecite.pipeline.extensions import doc_text
from spinecite.pipeline.target_matcher import FastMedspacyMatcher


_SENTENCE_END = frozenset({".", "!", "?", ";"})
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a body system's label, which an exam and a review of systems both use ("Neuro: no weakness",
# "Musculoskeletal: Negative for gait problem."): inside a review of systems's block it is the
# review's line, no exam (mend39b: the denials read as exam normals beside the exam's deficit)
_BODY_SYSTEM_LABELS = frozenset({
    "neuro", "neurologic", "musculoskeletal", "msk", "gen", "bulleted neuro",
    "bulleted neurologic", "bulleted musculoskeletal", "bulleted msk", "bulleted gen"})


class _Lines:
    """A note's text and where its lines start, made once a note: a note of many mid-line
    headers (a 20,000-line ROS, or one line of thousands) asks for each header's line, and
    `doc.text` joins the whole note at each call. The text is the cleaned one the Doc was made
    from (`doc_text`): `doc.text` joined token by token was 0.26 ms a note, most of this."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def start_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]


def _numbered_item_end(doc: Doc, lines: _Lines, start: int, end: int, scope_end: int
                       ) -> Optional[int]:
    """Where the numbered list item holding a mid-line header ends: the line break before
    the next line that opens a numbered item ("2. ..."), when the header's own line opens
    one ("1. ... Differential: ..."); else None."""
    text = lines.text
    line_start = lines.start_of(doc[start].idx)
    if not _NUMBERED_ITEM.match(text, line_start):
        return None
    for j in range(end, scope_end):
        token = doc[j]
        if token.is_space and "\n" in token.text and _NUMBERED_ITEM.match(
                text, token.idx + len(token.text)):
            return j
    return None


@Language.factory("spinecite_sectionizer")
class FastSectionizer(Sectionizer):
    """Add it under medspaCy's pipe name:
    `nlp.add_pipe("spinecite_sectionizer", name="medspacy_sectionizer", config=...)`."""

    def __init__(self, nlp: Language, name: str = "medspacy_sectionizer",
                 rules: Optional[str] = None, max_section_length: Optional[int] = None,
                 phrase_matcher_attr: str = "LOWER", require_start_line: bool = False,
                 require_end_line: bool = False, newline_pattern: str = r"[\n\r]+[\s]*$",
                 input_span_type: Union[Literal["ents", "group"], None] = "ents",
                 span_group_name: str = "medspacy_spans",
                 span_attrs: Union[Literal["default"], Dict[str, Dict[str, Any]], None] = None,
                 apply_sentence_boundary: bool = False, midline_headers: bool = False,
                 review_of_systems_lines: bool = False):
        super().__init__(nlp, name=name, rules=None, max_section_length=max_section_length,
                         phrase_matcher_attr=phrase_matcher_attr,
                         require_start_line=require_start_line,
                         require_end_line=require_end_line, newline_pattern=newline_pattern,
                         input_span_type=input_span_type, span_group_name=span_group_name,
                         span_attrs=span_attrs, apply_sentence_boundary=apply_sentence_boundary)
        self.midline_headers = midline_headers
        # off by default, like `midline_headers`: medspaCy's Sectionizer has neither, and the
        # tests compare the two without them
        self.review_of_systems_lines = review_of_systems_lines
        self._Sectionizer__matcher = FastMedspacyMatcher(
            nlp, name=name, phrase_matcher_attr=phrase_matcher_attr)
        if rules:
            self.add(SectionRule.from_json(rules))

    def filter_start_lines(self, doc: Doc, matches):
        """Headers start a line, as medspaCy requires; and, with `midline_headers`, also
        mid-line in a run-on note ("Exam: neg SLR. Assessment: strain. Plan: PT 2x/wk x 6
        wks.") when the header ends in a colon and follows a sentence's end: without it,
        everything after "Plan:" in a one-paragraph note reads as history ("PT ... x 6 wks"
        as therapy already had)."""
        kept = []
        for match in matches:
            start, end = match[1], match[2]
            if util.is_start_line(start, doc, self.newline_pattern) or (
                    self.midline_headers and start > 0
                    and doc[end - 1].text == ":" and end - start > 1
                    and doc[start - 1].text in _SENTENCE_END):
                kept.append(match)
        return kept

    def _review_of_systems_lines(self, doc: Doc, matches):
        """Drops a body system's label ("Neuro:", "Musculoskeletal:") that stands in a review
        of systems's block: after its header with no blank line between, the system's line
        of the review ("Review of Systems\nNeurologic: No numbness, No weakness."), no exam."""
        kept, review_at, rule_map, strings = [], None, None, self.nlp.vocab.strings
        for match in matches:
            if rule_map is None:
                rule_map = self._Sectionizer__matcher.rule_map
                text = doc_text(doc)
            rule = rule_map[strings[match[0]]]
            if (review_at is not None and rule.literal in _BODY_SYSTEM_LABELS
                    and not _BLANK_LINE.search(text, review_at, doc[match[1]].idx)):
                continue
            review_at = (doc[match[2] - 1].idx + len(doc[match[2] - 1])
                         if rule.category == "review_of_systems" else None)
            kept.append(match)
        return kept

    def __call__(self, doc: Doc) -> Doc:
        """medspaCy 1.3.1's `Sectionizer.__call__` for the options spinecite uses (no parent
        sections, no sentence boundaries, no assertion attributes; else medspaCy's own)."""
        if (self._parent_sections or self._apply_sentence_boundary
                or self.assertion_attributes_mapping
                or Token.get_extension("section")[1:] != (None, None, None)):
            return super().__call__(doc)
        matcher = self._Sectionizer__matcher
        matches = matcher(doc)
        if self.require_start_line:
            matches = self.filter_start_lines(doc, matches)
        if self.require_end_line:
            matches = self.filter_end_lines(doc, matches)
        if self.review_of_systems_lines:
            matches = self._review_of_systems_lines(doc, matches)
        doc._.sections = []
        if not matches:
            doc._.sections.append(Section(None, 0, 0, 0, len(doc)))
            return doc
        sections, lines = [], None
        if matches[0][1] != 0:
            sections.append(Section(None, 0, 0, 0, matches[0][1]))
        for i, (match_id, start, end) in enumerate(matches):
            rule = matcher.rule_map[self.nlp.vocab.strings[match_id]]
            scope_end = matches[i + 1][1] if i + 1 < len(matches) else len(doc)
            if rule.max_scope is not None:
                scope_end = min(end + rule.max_scope, scope_end)
            elif self.max_section_length is not None:
                scope_end = min(end + self.max_section_length, scope_end)
            resume = None
            if (self.midline_headers and sections
                    and not util.is_start_line(start, doc, self.newline_pattern)):
                # a header inside a paragraph ("... Plan: PT referral, ibuprofen.") governs
                # to the paragraph's end; the section it interrupted resumes after it
                blank = next((j for j in range(end, scope_end)
                              if doc[j].is_space and doc[j].text.count("\n") > 1), None)
                # inside a numbered problem ("1. Radiculopathy ... Differential: HNP vs
                # scar.\n2. Failed PT ..."), it governs to that problem's end (mend32b)
                if lines is None:
                    lines = _Lines(doc)
                item = _numbered_item_end(doc, lines, start, end, scope_end)
                if item is not None and (blank is None or item < blank):
                    blank = item
                if blank is not None:
                    outer = sections[-1]
                    resume = Section(outer.category, blank, blank, blank, scope_end, None,
                                     outer.rule)
                    scope_end = blank
            sections.append(Section(rule.category, start, end, end, scope_end, None, rule))
            if resume is not None:
                sections.append(resume)
        # `token._.section = section`, as spaCy's Underscore keys it: (name, token.idx)
        keys = list(zip(repeat("._."), repeat("section"), doc.to_array(IDX).tolist(),
                        repeat(None)))
        data = doc.user_data
        listed = doc._.sections  # the list just stored: `doc._` builds an Underscore a read
        for section in sections:
            listed.append(section)
            start, end = section.section_span
            data.update(zip(keys[start:end], repeat(section)))
        return doc
