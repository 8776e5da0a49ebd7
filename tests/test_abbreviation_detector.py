"""spaCy's linear parenthesis search gives scispaCy's abbreviations, in scispaCy's order."""

import json

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from scispacy.abbreviation import AbbreviationDetector
from spacy.matcher import Matcher
from spacy.tokens import Doc

from conftest import CORPORA
from spinecite.pipeline.abbreviations import LinearAbbreviationDetector, ParenthesisPairs

BLANK = spacy.blank("en")


def abbreviations(detector, doc):
    doc._.abbreviations = []
    detector(doc)
    return [(a.start, a.end, a._.long_form.start, a._.long_form.end)
            for a in doc._.abbreviations]


def test_dev_notes_give_scispacys_abbreviations(nlp):
    stock = AbbreviationDetector(nlp)
    linear = nlp.get_pipe("abbreviation_detector")
    assert isinstance(linear, LinearAbbreviationDetector)
    found = 0
    for path in sorted((CORPORA / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            if "text" not in document:
                continue
            doc = nlp.make_doc(document["text"])
            expected = abbreviations(stock, doc)
            assert abbreviations(linear, doc) == expected, path.name
            found += len(expected)
    assert found >= 5


def test_a_defined_short_form_is_read_as_its_long_form(nlp):
    doc = nlp("Started a home exercise program (HEP) in May. HEP helped (mildly) (see PT).")
    assert [(a.text, a._.long_form.text) for a in doc._.abbreviations] == [
        ("HEP", "home exercise program"), ("HEP", "home exercise program")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "x", "LBP"]), max_size=40))
def test_parenthesis_pairs_are_spacys_matches_in_spacys_order(words):
    doc = Doc(BLANK.vocab, words=words)
    matcher = Matcher(BLANK.vocab)
    matcher.add("parenthesis", [[{"ORTH": "("}, {"OP": "+"}, {"ORTH": ")"}]])
    kept = [m for m in matcher(doc) if m[2] - m[1] - 2 <= 8]  # what scispaCy's filter keeps
    assert ParenthesisPairs(BLANK.vocab)(doc) == kept
