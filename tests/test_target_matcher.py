"""The fast target matcher is medspaCy's TargetMatcher: same matches, same findings."""

import datetime as dt
import json
import random
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from medspacy.common.util import prune_overlapping_matches
from medspacy.target_matcher import TargetMatcher, TargetRule
from spacy.matcher import Matcher

from conftest import CORPORA, SHARED
from spinecite.pipeline import build_nlp
from spinecite.pipeline.extensions import SPAN_GROUP
from spinecite.pipeline.first_word_matcher import FirstWordMatcher
from spinecite.pipeline.intake import Document
from spinecite.pipeline.regex_literals import LiteralIndex, fold, plan, required_literals
from spinecite.pipeline.resources import target_rule_files, target_rules
from spinecite.pipeline.target_matcher import FastTargetMatcher, prune_like_medspacy

MTSAMPLES = SHARED / "external" / "mtsamples_spine" / "mtsamples_spine_unique.jsonl"


@pytest.fixture(scope="module")
def stock_nlp():
    """spinecite's pipeline with medspaCy's own TargetMatcher in place of the fast one."""
    nlp = build_nlp()
    nlp.replace_pipe("medspacy_target_matcher", "medspacy_target_matcher",
                     config={"result_type": "group", "span_group_name": SPAN_GROUP})
    for path in target_rule_files():
        nlp.get_pipe("medspacy_target_matcher").add(target_rules(path))
    return nlp


def dev_documents():
    for path in sorted((CORPORA / "dev").glob("*.case.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        for document in case["documents"]:
            if "text" in document:
                yield path.name, document["text"]


def findings_json(text, nlp):
    from spinecite.extractors import extract

    document = Document(id="note", text=text, source=None, date=None, sha256="0")
    return extract([document], dt.date(2026, 3, 2), nlp=nlp).model_dump_json()


def test_the_pipeline_runs_the_fast_matcher_under_medspacys_name(nlp):
    matcher = nlp.get_pipe("medspacy_target_matcher")
    assert isinstance(matcher, FastTargetMatcher) and isinstance(matcher, TargetMatcher)
    assert len(matcher.rules) > 1000 and "foot_drop" in matcher.labels


def test_findings_on_every_dev_note_are_identical_to_stock_medspacy(nlp, stock_nlp):
    texts = list(dev_documents())
    assert len(texts) >= 60
    for name, text in texts:
        assert findings_json(text, nlp) == findings_json(text, stock_nlp), name


@pytest.mark.skipif(not MTSAMPLES.exists(), reason="MTSamples notes not present")
def test_findings_on_unseen_mtsamples_notes_are_identical_to_stock_medspacy(nlp, stock_nlp):
    notes = [json.loads(line)["text"] for line in
             MTSAMPLES.read_text(encoding="utf-8").splitlines()]
    for index in random.Random(5).sample(range(len(notes)), 25):
        assert findings_json(notes[index], nlp) == findings_json(notes[index], stock_nlp), index


def test_spans_and_rules_are_identical_on_unaligned_regex_matches(nlp, stock_nlp):
    # regex matches that start or end inside a token are widened the way medspaCy does
    text = ("s/p L5-S1 microdiscectomy; pain radiating down  the leg. Femoral stretch test + "
            "on L.\nMRI: discitis/osteomyelitis, R arm pain/numbness, 4/5 EHL, DTR 1+ achilles")
    # the Docs stay referenced: a SpanGroup outlived by its Doc raises (spaCy E865)
    fast_doc, stock_doc = nlp(nlp.make_doc(text)), stock_nlp(stock_nlp.make_doc(text))
    fast, stock = fast_doc.spans[SPAN_GROUP], stock_doc.spans[SPAN_GROUP]
    assert [(s.start, s.end, s.label_, s._.target_rule._rule_id) for s in fast] == \
        [(s.start, s.end, s.label_, s._.target_rule._rule_id) for s in stock]
    assert len(fast) >= 5
    assert "L5-S1 microdiscectomy" in [s.text for s in fast]  # widened to the left


matches = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 30), st.integers(1, 8))
                   .map(lambda t: (t[0], t[1], t[1] + t[2])), max_size=40)


@settings(max_examples=400, deadline=None)
@given(matches)
def test_pruning_keeps_exactly_what_medspacy_keeps(found):
    assert prune_like_medspacy(list(found)) == prune_overlapping_matches(list(found))


@pytest.mark.parametrize("pattern, literals", [
    (r"foot\s+drop", {"foot"}),
    (r"\bsaddle (?:an|hypo)esthesia", {"esthesia"}),
    (r"(?:numbness|tingling) in (?:the )?feet", {"numbness", "tingling"}),
    (r"[0-4]\s*/\s*5", {"/"}),
    (r"(?<!no )weakness", {"weakness"}),
    (r"(?:L|S)\d", None),
    (r"x?", None),
])
def test_required_literals_are_read_off_the_regex(pattern, literals):
    assert required_literals(pattern) == (frozenset(literals) if literals else None)


regex_parts = st.sampled_from(["foot", "drop", r"\s+", r"\s?", r"\d", "(?:a|bc)", "x?", "[a-z]+",
                               "(?:no )?", "(?-i:S)", r"\b", "ſk", "(?<!no )", "5", "(?:oo|t)+",
                               "(?=d)", "[fd]{1,3}", r"(?:no\s+)*", "[a-z ]*", "(?<=t )",
                               "(?:(?<=a)|(?<=s ))", r"(?=\w*p)"])


@settings(max_examples=300, deadline=None)
@given(st.lists(regex_parts, min_size=1, max_size=5), st.text(
    alphabet="footdrpabcxnsSK5 \u017f\u212a\u0130", max_size=40))
def test_a_regex_never_matches_text_without_its_literals(parts, text):
    pattern = "".join(parts)
    if re.search(pattern, text, re.IGNORECASE):
        assert LiteralIndex(text).meets(required_literals(pattern))


@settings(max_examples=300, deadline=None)
@given(st.lists(regex_parts, min_size=1, max_size=5), st.text(
    alphabet="footdrpabcxnsSK5 .:\n\u017f\u212a\u0130", max_size=60))
def test_matching_from_the_literals_finds_what_finditer_finds(parts, text):
    pattern = re.compile("".join(parts), re.IGNORECASE)
    found = LiteralIndex(text).finditer(pattern, plan(pattern.pattern, pattern.flags))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", [
    r"(?:(?<=\bESI )|(?<=block ))[a-z]+",                      # literal before the match
    r"(?:(?:lumbar|cervical)\s+)*radiculopathy",                # unbounded start, breaks
    r"\d{1,2}(?=\s?weeks? ago)",                                 # literal after the match
])
def test_matching_from_lookaround_and_unbounded_literals_finds_what_finditer_finds(pattern):
    text = ("ESI two weeks ago. Block 3 weeks ago; esix. lumbar cervical  lumbar Radiculopathy."
            " Cervical radiculopathy: block  x, block y 12 week ago")
    compiled = re.compile(pattern, re.IGNORECASE)
    rule = plan(pattern)
    assert rule.anchors is not None
    found = [m.span() for m in LiteralIndex(text).finditer(compiled, rule)]
    assert found == [m.span() for m in compiled.finditer(text)] and found


def test_folding_matches_ignorecase_for_non_ascii_letters():
    assert fold("\u017f\u212a\u0130\u0131X") == "skiix"


BLANK = spacy.blank("en")
words = st.sampled_from(["l", "foot", "drop", "no"])
token_patterns = st.lists(
    st.lists(st.tuples(words, st.booleans()), min_size=1, max_size=4).map(
        lambda parts: [t for i, (w, space) in enumerate(parts) for t in (
            ([{"IS_SPACE": True, "OP": "*"}] if space and i else []) + [{"LOWER": w}])]),
    min_size=1, max_size=12)
texts = st.lists(st.tuples(st.sampled_from(["L", "foot", "Drop", "no", "x"]),
                           st.sampled_from([" ", "  ", "\n", " \n\n "])),
                 max_size=25).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(token_patterns, texts)
def test_first_word_matcher_finds_what_spacys_matcher_finds_in_its_order(patterns, text):
    assert_first_word_matcher_finds_what_spacy_finds(patterns, text)


def assert_first_word_matcher_finds_what_spacy_finds(patterns, text):
    stock, fast = Matcher(BLANK.vocab), FirstWordMatcher(BLANK.vocab)
    for i, pattern in enumerate(patterns):
        stock.add(f"rule_{i}", [pattern])
        fast.add(f"rule_{i}", pattern)
    doc = BLANK(text)
    by_position = lambda m: (m[1], m[2])  # noqa: E731 (medspaCy's pruning sorts this way)
    assert fast.usable
    assert sorted(fast(doc), key=by_position) == sorted(stock(doc), key=by_position)


headers = st.lists(st.tuples(
    st.sampled_from([{"LOWER": "pain"}, {"LOWER": "exam"}, {"TEXT": {"IN": ["-", "*"]}},
                     {"TEXT": "-"}]),
    st.lists(st.sampled_from([{"LOWER": "exam"}, {"LOWER": "plan"}, {"TEXT": ":"},
                              {"TEXT": {"IN": [":", "-"]}, "OP": "?"}]), max_size=3)),
    min_size=1, max_size=10).map(lambda ps: [[first, *rest] for first, rest in ps])
header_texts = st.lists(st.tuples(st.sampled_from(["Pain", "exam", "plan", "-", "*", ":", "x"]),
                                  st.sampled_from([" ", "", "\n"])),
                        max_size=25).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(headers, header_texts)
def test_first_word_matcher_takes_header_patterns_of_fixed_length(patterns, text):
    # the sectionizer's shapes: a word or one of a few marks first, then at most a few tokens
    assert_first_word_matcher_finds_what_spacy_finds(patterns, text)


def test_first_word_matcher_refuses_patterns_it_cannot_bound():
    for pattern in ([{"LOWER": "pain", "OP": "?"}, {"LOWER": "exam"}],   # may start later
                    [{"LOWER": "pain"}, {"IS_ALPHA": True, "OP": "+"}],  # unbounded
                    [{"IS_DIGIT": True}, {"LOWER": "exam"}]):            # no fixed opener
        fast = FirstWordMatcher(BLANK.vocab)
        fast.add("rule", pattern)
        assert not fast.usable, pattern


def test_sections_on_every_dev_note_are_identical_to_medspacys_sectionizer(nlp):
    from medspacy.section_detection import Sectionizer

    from spinecite.pipeline.resources import SECTION_RULES
    from spinecite.pipeline.sectionizer import FastSectionizer

    config = dict(rules=str(SECTION_RULES), require_start_line=True, input_span_type="group",
                  span_group_name=SPAN_GROUP, span_attrs=None)
    fast, stock = FastSectionizer(nlp, **config), Sectionizer(nlp, **config)
    assert isinstance(nlp.get_pipe("medspacy_sectionizer"), FastSectionizer)
    assert fast._Sectionizer__matcher._first_word_matcher.usable

    def sections(sectionizer, text):
        doc = sectionizer(nlp.make_doc(text))
        return [(s.category, s.title_start, s.title_end, s.body_start, s.body_end,
                 s.parent.category if s.parent else None) for s in doc._.sections]

    found = 0
    for name, text in dev_documents():
        expected = sections(stock, text)
        assert sections(fast, text) == expected, name
        found += sum(category is not None for category, *_ in expected)
    assert found > 100


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "foot"}, {"LOWER": "drop", "OP": "!!"}],   # no such operator
    [{"LOWRE": "foot"}],                                     # no such attribute
    [{"LOWER": "foot"}, {"LOWER": 5}],                      # a number for a word
])
def test_a_malformed_token_pattern_is_refused_as_spacy_refuses_it(nlp, pattern):
    from spacy.errors import MatchPatternError

    with pytest.raises(MatchPatternError):  # what spaCy's validating Matcher raises
        Matcher(nlp.vocab, validate=True).add("rule", [pattern])
    matcher = FastTargetMatcher(nlp, name="malformed")
    matcher.add([TargetRule("foot drop", "foot_drop", pattern=[{"LOWER": "foot"},
                                                                 {"LOWER": "drop"}])])
    with pytest.raises(MatchPatternError):
        matcher.add([TargetRule("foot drop", "foot_drop", pattern=pattern)])
