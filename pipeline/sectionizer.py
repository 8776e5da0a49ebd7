"""medspaCy's Sectionizer on the fast matcher.

medspaCy's Sectionizer finds headers with spaCy's Matcher, which tries each of the ~630
header patterns at every token: as costly as the rest of section detection many times over.
This is the same Sectionizer (rules, options, output) with its matcher swapped for
`FastMedspacyMatcher`, which runs each pattern only from the tokens that can open it.
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
from typing import Any, Dict, Literal, Optional, Union

from medspacy.section_detection import Sectionizer, SectionRule
from spacy.language import Language

from spinecite.pipeline.target_matcher import FastMedspacyMatcher


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
                 apply_sentence_boundary: bool = False):
        super().__init__(nlp, name=name, rules=None, max_section_length=max_section_length,
                         phrase_matcher_attr=phrase_matcher_attr,
                         require_start_line=require_start_line,
                         require_end_line=require_end_line, newline_pattern=newline_pattern,
                         input_span_type=input_span_type, span_group_name=span_group_name,
                         span_attrs=span_attrs, apply_sentence_boundary=apply_sentence_boundary)
        self._Sectionizer__matcher = FastMedspacyMatcher(
            nlp, name=name, phrase_matcher_attr=phrase_matcher_attr)
        if rules:
            self.add(SectionRule.from_json(rules))
