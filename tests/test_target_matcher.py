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
from linear_time import grows_linearly
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
                               "(?:(?<=a)|(?<=s ))", r"(?=\w*p)", "(?:[0-4]|tr)", "[^o]",
                               r"\W", "(?-i:F)", r"(?<![\w-])", r"\bR", r"\s*/\s*[0-4]",
                               r"(?:str\s*:?\s*)?", r"(?<![\w./+-])[0-4]"])


@settings(max_examples=300, deadline=None)
@given(st.lists(regex_parts, min_size=1, max_size=5), st.text(
    alphabet="footdrpabcxnsSK5 \u017f\u212a\u0130", max_size=40))
def test_a_regex_never_matches_text_without_its_literals(parts, text):
    pattern = "".join(parts)
    if re.search(pattern, text, re.IGNORECASE):
        assert LiteralIndex(text).meets(required_literals(pattern))


@settings(max_examples=300, deadline=None)
@given(st.lists(regex_parts, min_size=1, max_size=5), st.text(
    alphabet="footdrpabcxnsSK5 .:\n\u017f\u212a\u0130R4/-", max_size=60))
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


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([r"(?:(?:no|foot)\s+)*drop", r"[a-z ]*foot", r"(?:[a-z]+ )*t\s?d",
                        r"(?:no\s+)*(?:foot|drop)+"]),
       st.lists(st.sampled_from(["foot", "drop", "no", " ", "  ", ".", ",", "\n", "td", "t d", "x"]),
                max_size=80))
def test_unbounded_leads_over_many_occurrences_find_what_finditer_finds(pattern, words):
    # each occurrence's window is searched for a break only where the last one stopped
    text = "".join(words)
    compiled = re.compile(pattern, re.IGNORECASE)
    found = LiteralIndex(text).finditer(compiled, plan(pattern))
    assert [m.span() for m in found] == [m.span() for m in compiled.finditer(text)]


def test_a_long_note_without_breaks_is_matched_in_linear_time(nlp):
    # 'l' anchors the reflex/motor families; searching every occurrence's whole window for a
    # break took ~45 s at 100,000 (quadratic); linear_time.py says why a ratio, not a limit
    assert grows_linearly(nlp, lambda n: "l " * n, 25_000)


def test_a_pattern_opening_with_many_lookbehinds_is_tried_body_first_with_the_same_matches():
    pattern = ("(?:" + "|".join(f"(?<=w{i} )" for i in range(20)) + r")(?:has|had)\s+"
               r"(?:not\s+)?failed")
    compiled = re.compile(pattern, re.IGNORECASE)
    rule = plan(pattern)
    assert rule.probe is not None
    text = "w3 has failed; x has failed. W19 had not failed, w7 hasfailed w2 had  failed"
    found = [m.span() for m in LiteralIndex(text).finditer(compiled, rule)]
    assert found == [m.span() for m in compiled.finditer(text)] and len(found) == 3


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
    assert assert_first_word_matcher_finds_what_spacy_finds(patterns, text)


def assert_first_word_matcher_finds_what_spacy_finds(patterns, text, kind=FirstWordMatcher):
    """The fast matcher (when it takes the patterns) finds spaCy's matches, and in spaCy's
    order among matches on the same tokens (medspaCy's pruning sorts by position)."""
    stock, fast = Matcher(BLANK.vocab), kind(BLANK.vocab)
    for i, pattern in enumerate(patterns):
        stock.add(f"rule_{i}", [pattern])
        fast.add(f"rule_{i}", pattern)
    if fast.usable:
        doc = BLANK(text)
        by_position = lambda m: (m[1], m[2])  # noqa: E731
        assert sorted(fast(doc), key=by_position) == sorted(stock(doc), key=by_position)
    return fast.usable


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
    assert assert_first_word_matcher_finds_what_spacy_finds(patterns, text)


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


def test_context_runs_the_opener_matcher(nlp):
    from spinecite.pipeline.context_matcher import OpenerMatcher

    matcher = nlp.get_pipe("spinecite_context")._ConText__matcher
    opener = matcher._first_word_matcher
    assert isinstance(opener, OpenerMatcher) and opener.usable and len(opener._patterns) > 50


def test_context_modifiers_on_every_dev_note_are_identical_to_medspacys_matcher(nlp):
    # medspaCy's own MedspacyMatcher holding ConText's rules, against the one ConText runs
    from medspacy.common.medspacy_matcher import MedspacyMatcher
    from medspacy.context import ConTextRule

    from spinecite.pipeline.resources import CONTEXT_RULES

    stock = MedspacyMatcher(nlp, prune=True)
    stock.add(ConTextRule.from_json(str(CONTEXT_RULES)))
    fast = nlp.get_pipe("spinecite_context")._ConText__matcher
    before_context = [pipe for _, pipe in nlp.pipeline[:nlp.pipe_names.index("spinecite_context")]]
    found = 0
    for name, text in dev_documents():
        doc = nlp.make_doc(text)
        for pipe in before_context:
            doc = pipe(doc)
        expected = stock(doc)
        assert fast(doc) == expected, name
        found += len(expected)
    assert found > 1000


def test_context_modifier_scopes_from_sentence_bounds_are_medspacys(nlp):
    """ConText gives each modifier its sentence's bounds instead of medspaCy's token-by-token
    `doc[start].sent`; every rule's scope (direction, max_scope) comes out the same."""
    from spinecite.pipeline.context import NoteModifier

    context = nlp.get_pipe("spinecite_context")
    matcher = context._ConText__matcher
    before_context = [pipe for _, pipe in nlp.pipeline[:nlp.pipe_names.index("spinecite_context")]]
    kinds = set()
    for name, text in dev_documents():
        doc = nlp.make_doc(text)
        for pipe in before_context:
            doc = pipe(doc)
        for match_id, start, end in matcher(doc):
            rule = matcher.rule_map[nlp.vocab[match_id].text]
            sentence = doc[start].sent
            whole = (0, len(doc))
            given = NoteModifier(rule, start, end, doc, whole, (sentence.start, sentence.end))
            assert given.scope_span == NoteModifier(rule, start, end, doc, whole).scope_span, name
            kinds.add((rule.direction.lower(), rule.max_scope is not None))
    assert {("forward", False), ("backward", False), ("forward", True)} <= kinds


flag_or_word = st.sampled_from([
    {"LOWER": "no"}, {"LOWER": {"IN": ["pain", "no"]}}, {"TEXT": ","}, {"TEXT": {"IN": [",", "-"]}},
    {"LOWER": {"REGEX": "^(no|pain)$"}}, {"TEXT": {"REGEX": r"^\d"}}, {"LIKE_NUM": True},
    {"IS_ALPHA": True}, {"IS_SPACE": True}, {"LOWER": "x", "IS_SENT_START": True},
    {"LOWER": {"NOT_IN": ["no"]}}, {}])
ops = st.sampled_from([None, None, "?", "*", "+", "!"])
any_patterns = st.lists(st.lists(st.tuples(flag_or_word, ops).map(
    lambda t: {**t[0], "OP": t[1]} if t[1] else dict(t[0])), min_size=1, max_size=4),
    min_size=1, max_size=8)
any_texts = st.lists(st.tuples(st.sampled_from(["No", "pain", ",", "-", "12", "x", "X", "3rd"]),
                               st.sampled_from([" ", "  ", "\n", ""])),
                     max_size=25).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=400, deadline=None)
@given(any_patterns, any_texts)
def test_opener_matcher_finds_what_spacys_matcher_finds_in_its_order(patterns, text):
    from spinecite.pipeline.context_matcher import OpenerMatcher

    if not assert_first_word_matcher_finds_what_spacy_finds(patterns, text, OpenerMatcher):
        # refused only for a pattern every token of which is optional: it may start anywhere
        assert any(all(t.get("OP") in ("?", "*") for t in p) for p in patterns)


# SPEED GUARD (structural, not timed). A token pattern the fast matchers cannot take makes
# them fall back to spaCy's Matcher over every pattern at every token: three such target rules
# once cost 105 ms a note and doubled extract. And a pattern run from a frequent word runs at
# every occurrence of it: a small spaCy Matcher call, ~10 us. Openers more frequent than this
# in the dev notes, per 1,000 tokens (a note has about 1,000), need a reason here; the dev
# corpus grows, so the line sits well above the rules that are only common ('back', 'not').
FREQUENT = 8.0
# target token patterns: a group of patterns opening on one word runs once per occurrence,
# whatever the number of its patterns, so an allowed word is allowed for every rule
TARGET_OPENERS_ALLOWED = {
    "no": "negated findings stated positively ('no weakness'): one run a 'no' for all of them",
    "pain": "the symptom family itself ('pain radiating to', 'pain worse with')",
}
# ConText patterns: the matcher also tests the token after the opener before running, so the
# figure is of runs; and an opener tested by a flag or REGEX (not a word) needs a reason
CONTEXT_RULES_ALLOWED = {
    "decreased LT medial hallux, in the bunion scar area (a loss placed at a scar or incision: its cut skin nerve's, no dermatome's)": (
        "a preposition opens it (in/at/over/around/along..., ~13 runs per 1,000 tokens), each ended "
        "within four tokens unless 'scar(s)' or 'incision(s)' closes it: the place word is the cue, "
        "the preposition keeps 'incision c/d/i' after a dermatome's loss from taking it (fm49, dev e719)"),
    "suspected CES 6 days after MVC (as above, the count of days before it: ahead of the ONGOING '3 weeks after L4-5 ESI', whose 'days after' would otherwise take the words; mend46a, blind e763)": (
        "a number opens it (LIKE_NUM: '6 days after MVC'); numbers open a few runs per 100 tokens, each "
        "ended at once unless a time unit and 'after' follow: the pattern is four to five tokens long"),
    "Fever          .    X (a row's check in a Yes/No column grid: mend33a)": (
        "'.', '-', '_', 'x' open ~24 runs per 1,000 tokens, each ended at the next token unless it "
        "is whitespace with a second mark after it: the two cells of a grid row are the cue, and "
        "a row holds no rarer token to open on; the pattern is three tokens long"),
    "(..., gives way) in parentheses after a grade (blind27l: the examiner's aside on the grade takes it back as give-way, ANNOTATION 'Give-way weakness'; the aside may list another word before it across its own comma, so the cue is the whole parenthesis and reads back from its opening; a knee that gives way outside parentheses is a symptom, not this)": (
        "'(' opens about 10 runs per 1,000 tokens, each ended within five tokens unless 'gives/gave "
        "way)' closes the parenthesis; the whole aside must be the cue, since its own comma "
        "('effortful, gives way') would stop a scope read back from 'gives'"),
    "N year history of (spaced)": "a number (LIKE_NUM) then '-' or a unit of time",
    "docetaxel x 6 (2021-22) / r-chop (09/2023 - 01/2024) (a course between two dates: given and ended)": (
        "a written date or year (REGEX) then '-'/'to'/'through' and a date with its year: each "
        "run ends at the next token unless it is one of those joiners (mend40d)"),
    "docetaxel (2021-22) (a course between two years, the second in two digits)": (
        "a four-digit year (REGEX) then '-'/'to' and two digits: each run ends at the next "
        "token unless it is a joiner (mend40d)"),
    "carboplatin + rt feb-apr 2024 (a course between two months of a year)": (
        "a month-month token ('Feb-Apr', REGEX: rare) then a year (mend40d)"),
    "6 visits so far (a course counted to date: the therapy is under way)": (
        "a number (LIKE_NUM) then visits/sessions/treatments/appointments and so far/to date: "
        "each run ends at the next token unless it is one of those four nouns"),
    "N-year history of (chronic, current)": "a REGEX opener, tested once per word and cached",
    "MRI cervical spine w/o contrast, 72141 (a study told with its CPT code is the study requested, not one had: mend31b, e162)": (
        "a REGEX opener (a five-digit code 70000-72999), tested once per word and cached; the "
        "whole pattern is that one token"),
    "L5 vs S1 (a level in doubt)": (
        "a spinal level as its REGEX opener, tested once per word and cached; a level opens "
        "a run only when vs/versus/or follows"),
    "APAP 1 g TID sched (a dose's frequency then 'sched': an order in force)": (
        "a REGEX opener (a dose frequency: tid, bid, q8h, q4-6h, daily, qhs ...), tested once per "
        "word and cached; a frequency opens a run only when sched/scheduled/sch follows (mend37c)"),
    "collapsing/give-way weakness, give-way/breakaway (give-way joined to another word by a slash: the tokenizer keeps 'a/b' one token, so the plain give-way cue misses it; detfm36, e182)": (
        "a REGEX opener (a word with give-way or a synonym on one side of a slash), tested once per "
        "word and cached; the whole pattern is that one token"),
    "Goals: sit 90 min - MET; return to fitness class - progressing (a later goal of a goal list after the one before's status: no worsening; mend36c)": (
        "';' opens ~8.3 runs per 1,000 dev tokens (the limit is 8.0): each run ends at a sentence's "
        "end, a denial, worsening or symptom word, or after eight words, unless a dash and "
        "progressing/progressed follow; the goal list's ';' is the only mark that tells a later goal "
        "from the first, and no word of the goal itself is rarer"),
    "but never attended (ending its clause)": (
        "'but' has to be inside the modifier, or ConText's 'but' terminator ends the backward "
        "scope before the therapy ('PT was prescribed but never attended'); ~5.5 runs per "
        "1,000 dev tokens, each stopped at the next token unless it is a pronoun or "
        "never/did/has"),
}


def _dev_docs(nlp):
    return [nlp.make_doc(text) for _, text in dev_documents()]


def test_every_token_pattern_runs_on_a_fast_matcher(nlp):
    # a rule the fast matcher refuses sends every pattern back to spaCy's Matcher
    target = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    sections = nlp.get_pipe("medspacy_sectionizer")._Sectionizer__matcher
    context = nlp.get_pipe("spinecite_context")._ConText__matcher
    for matcher in (target, sections, context):
        fast = matcher._first_word_matcher
        refused = [matcher.rule_map[key].literal for key in fast.refused]
        assert fast.usable and not refused, (
            f"{refused[:5]}: write these rules as a word or mark first, then words, or as a "
            "literal-anchored regex")


def test_no_target_pattern_opens_on_a_frequent_word(nlp):
    from spacy.attrs import LOWER, ORTH

    groups = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher \
        ._first_word_matcher._groups
    docs = _dev_docs(nlp)
    tokens = sum(len(doc) for doc in docs)
    runs: dict = {}
    for doc in docs:
        for token in doc:
            for attr, value in ((LOWER, token.lower), (ORTH, token.orth)):
                if value in groups[attr]:
                    runs[token.lower_] = runs.get(token.lower_, 0) + 1
    frequent = {word: round(1000 * n / tokens, 1) for word, n in runs.items()
                if 1000 * n / tokens > FREQUENT and word not in TARGET_OPENERS_ALLOWED}
    assert not frequent, (f"target token patterns open on frequent words (runs per 1,000 "
                          f"tokens): {frequent}; open on a rarer word or allow it with a reason")
    assert tokens > 20_000


def test_no_context_pattern_opens_on_a_frequent_or_unbounded_token(nlp):
    from spacy.attrs import ORTH

    from spinecite.pipeline.context_matcher import _openers

    context = nlp.get_pipe("spinecite_context")._ConText__matcher
    opener = context._first_word_matcher
    literal = {p.key: context.rule_map[p.key].literal for p in opener._patterns}
    unbounded = [literal[p.key] for p in opener._patterns
                 if any(p.tests[i].values is None for i in _openers(p.pattern))]
    assert set(unbounded) <= set(CONTEXT_RULES_ALLOWED), (
        f"{sorted(set(unbounded) - set(CONTEXT_RULES_ALLOWED))}: open on a word (LOWER or "
        "TEXT), not a flag, REGEX or optional-only start, or allow it with a reason")
    docs = _dev_docs(nlp)
    tokens = sum(len(doc) for doc in docs)
    runs = [0] * len(opener._patterns)
    for doc in docs:
        masks = [opener._masks_of(orth) for orth in doc.to_array(ORTH).tolist()]
        for i, (mask, _) in enumerate(masks):
            if mask & ~opener._free:
                mask &= opener._free | (masks[i + 1][1] if i + 1 < len(masks) else 0)
            for k in range(len(runs)):
                runs[k] += mask >> k & 1
    frequent = {literal[p.key]: round(1000 * n / tokens, 1)
                for p, n in zip(opener._patterns, runs)
                if 1000 * n / tokens > FREQUENT and literal[p.key] not in CONTEXT_RULES_ALLOWED}
    assert not frequent, (f"ConText patterns run from frequent tokens (runs per 1,000 "
                          f"tokens): {frequent}; open on a rarer word or allow it with a reason")


def test_sections_and_each_tokens_section_are_medspacys_on_every_dev_note(nlp):
    """The sectionizer writes each token's section without `token._`; what it writes, and
    what assertion reads back (`token._.section_category`), is medspaCy's."""
    from medspacy.section_detection import Sectionizer

    sectionizer = nlp.get_pipe("medspacy_sectionizer")
    before = nlp.pipe_names.index("medspacy_sectionizer")
    # medspaCy has no mid-line headers (tests/test_midline_headers.py) and keeps a body
    # system's label inside a review of systems (tests/test_mend39b_readings.py): compare
    # without them
    sectionizer.midline_headers = sectionizer.review_of_systems_lines = False
    try:
        _compare_token_sections(nlp, sectionizer, before, Sectionizer)
    finally:
        sectionizer.midline_headers = sectionizer.review_of_systems_lines = True


def _compare_token_sections(nlp, sectionizer, before, Sectionizer):
    from spinecite.pipeline import cleaning

    for name, text in dev_documents():
        doc = nlp.make_doc(cleaning.clean(text).cleaned)
        for _, pipe in nlp.pipeline[:before]:
            doc = pipe(doc)
        sectionizer(doc)
        fast = [(s.category, s.section_span, s.title_span, s.rule) for s in doc._.sections]
        fast_tokens = [_token_section(t) for t in doc]
        Sectionizer.__call__(sectionizer, doc)
        assert fast == [(s.category, s.section_span, s.title_span, s.rule)
                        for s in doc._.sections], name
        assert fast_tokens == [_token_section(t) for t in doc], name


def _token_section(token):
    section = token._.section  # None past a section's max_scope
    return section and section.section_span, token._.section_category
