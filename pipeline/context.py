"""medspaCy ConText for notes: linear in the length of the note, scopes that stay in their
clause, and a record of what ended each scope.

medspaCy's ConText pairs every modifier with every other modifier and every target of the
whole Doc, which is quadratic: a templated 20,000-line ROS takes many minutes. spinecite's
modifier scopes never leave their sentence or their section, so the same graph is built one
sentence at a time: the same edges, in linear time.

Departures from medspaCy's modifier (NoteModifier), all for notes; the rule metadata keys
are listed in resources/context_rules.json:
- medspaCy only lets a terminator ("but", "however") or a second modifier cut a scope when
  the two scopes overlap by its `tuple_overlaps`, which misses a span lying wholly inside
  the other: a bounded scope ("sister", six tokens each way) was never cut by the "because"
  before it. Here containment counts as overlap, for cutting and for modifying.
- A cue that opens a target's own words still applies ("Probable L5 radiculopathy" matched
  whole), and a forward cue whose last words begin a target gives them up ("no acute" +
  "acute fracture"); medspaCy drops both.
- A cue may speak of a target inside or ending in its own words (`metadata.
  modifies_targets_within`: "if the MRI shows"; `metadata.modifies_target_it_ends`:
  "surgery was offered but patient declined").
- A rule may list tokens its scope stops at, forward and backward
  (`metadata.scope_stops`, lower case): "excluded" reaches back over its own phrase, not over
  a comma into the previous item ("neurogenic claudication, vascular claudication
  excluded"); "suspected" does not reach over the dash that introduces the evidence
  ("suspected CES - saddle anesthesia, urinary retention").
What ended a scope, if anything did, is kept in the modifier's `metadata["terminated_by"]`
(the literal and category of the cutting modifier, or the stop token) for debugging.
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Any, Dict, List, NamedTuple, Optional, Tuple, Union

import numpy
from medspacy.context import ConText, ConTextRule
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.attrs import IS_SPACE, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from spinecite.pipeline import regex_literals
from spinecite.pipeline.context_matcher import OpenerMatcher
from spinecite.pipeline.extensions import Extensions, doc_text, sentence_starts
from spinecite.pipeline.lines import under_header
from spinecite.pipeline.resources import codes, load_json
# a list item's bullet and a line's end, as the sentence splitter reads them
from spinecite.pipeline.sentences import _BULLET, _is_newline


def _overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_DASHES = {"-", "–", "—"}
_PREFIX_CATEGORIES = {"POSSIBLE_EXISTENCE", "HISTORICAL", "HYPOTHETICAL", "FAMILY"}


def _is_stop(doc: Doc, i: int, stops: set) -> bool:
    """Token i is one of `stops`; a dash only when set off by spaces ("CES - saddle
    anesthesia"), never the hyphen of "L2-3"."""
    token = doc[i]
    if token.lower_ not in stops:
        return False
    if token.text in _DASHES:
        return bool(token.whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)
    return True


class _Clauses:
    """The clause settings of resources/context_rules.json ("clauses"), read once."""

    _config: Optional[Dict[str, Any]] = None
    _words: Dict[Tuple[str, str], Any] = {}

    @classmethod
    def get(cls) -> Dict[str, Any]:
        if cls._config is None:
            cls._config = load_json("context_rules.json").get("clauses", {})
        return cls._config

    @classmethod
    def words(cls, group: str, key: str):
        """A regex finding any of config[group][key] as a word."""
        if (group, key) not in cls._words:
            words = cls.get().get(group, {}).get(key, ())
            cls._words[(group, key)] = re.compile(
                r"\b(?:%s)\b" % "|".join(map(re.escape, words)) if words else r"(?!)")
        return cls._words[(group, key)]


_CLAUSES = _Clauses
_BEFORE = 60  # characters before a cue that the clause rules look at


def _co_subject(doc: Doc, start: int, config: Dict[str, Any]) -> bool:
    """'She and her daughter are worried about the cancer coming back': a relative joined to
    the patient as a co-subject does not make the sentence about the relative."""
    after = [doc[i].lower_ for i in range(start + 1, min(len(doc), start + 3))]
    deciders = config.get("deciders", ())
    if any(word in deciders for word in after) or " ".join(after) in deciders:
        # "daughter (HCP) agrees with CT and would consider kyphoplasty", "Mother asked for
        # an MRI after his fall" (not "Mom asks whether this is the disc she had")
        return True
    if (len(after) == 2 and after[0] in config.get("joins", ())
            and after[1] in config.get("patient_after", ())):
        return True  # "Father and athlete told to call right away for any weakness"
    if (start >= 2 and doc[start - 2].lower_ in config.get("patient", ())
            and doc[start - 1].lower_ in config.get("joins", ())):
        return True  # "precautions reviewed w/ pt and daughter: go to ED for leg weakness"
    if start < 3:
        return False
    a, b, c = (doc[i].lower_ for i in range(start - 3, start))
    return (a in config.get("patient", ()) and b in config.get("joins", ())
            and c in config.get("possessives", ()))


def _relatives_thing(doc: Doc, start: int, end: int, config: Dict[str, Any]) -> Optional[int]:
    """A relative named as whose place or thing a preposition points to ("after shoveling
    gravel for his daughter's driveway", "a long drive to her son's college"): the token
    after the possessive, the only words the cue may speak of ("due to her sister's
    surgery"); None for any other relative ("colon cancer on her mother's side")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s", "s'"):
        return None
    if doc[end + 1].lower_ in config.get("kin_nouns", ()):
        return None
    i = start - 1
    while i >= 0 and doc[i].lower_ in config.get("skip", ()):
        i -= 1
    return end + 1 if i >= 0 and doc[i].lower_ in config.get("before", ()) else None


def _opens_clause_as_subject(doc: Doc, start: int, end: int, first: int,
                             config: Dict[str, Any]) -> bool:
    """A relative word right after a clause break (a comma) and right before a verb of the
    clause it opens ("..., daughter staying with her", "; wife drove him in")."""
    return (start > first and doc[start - 1].text in config.get("after", ())
            and end < len(doc) and doc[end].lower_ in config.get("verbs", ()))


def _in_condition(target, cue, config: Dict[str, Any]) -> bool:
    """The target inside the condition a conditional cue opens ("if weakness worsens",
    "should her foot drop get worse", "in case of increasing numbness"): the cue's words
    hold one of clauses.condition_holds.conditional_cues and no break of
    clauses.conditional.breaks stands between the cue and the target ("If no better, MRI
    for worsening weakness": the MRI's reason is the result clause's, not the condition's)."""
    if cue is None or target.start < cue._end:
        return False
    doc = target.doc
    words = [t.lower_ for t in doc[cue._start:cue._end]]
    def holds(phrases) -> bool:
        return any(phrase.split() == words[i:i + len(phrase.split())]
                   for phrase in phrases for i in range(len(words)))
    if not holds(config.get("conditional_cues", ())) or holds(
            config.get("not_conditional_cues", ())):
        return False
    breaks = _CLAUSES.get().get("conditional", {}).get("breaks", ())
    return not any(t.text in breaks or t.lower_ in breaks for t in doc[cue._end:target.start])


def _condition_holds(target, cue=None) -> bool:
    """A word of clauses.condition_holds.before right before the target, or of .after right
    after it: a precaution for "worsening leg weakness" or "leg weakness getting worse"
    speaks of a weakness there now, only its worsening is to come. Not inside the condition
    of a conditional cue (`cue`, the modifier asking): a finding named in a condition is
    hypothetical whatever its verb ("return if weakness worsens", "if worsening numbness";
    ruling R9, contract46); only an after_phrase still holds there ("call if the knee gives
    way again with a fall": the condition is the fall)."""
    config = _CLAUSES.get().get("condition_holds", {})
    conditional = _in_condition(target, cue, config)
    doc, i = target.doc, target.start - 1
    while i >= 0 and doc[i].lower_ in ("any", "the", "your", "his", "her", "of"):
        i -= 1
    if not conditional and i >= 0 and doc[i].lower_ in config.get("before", ()):
        return True
    # "call if the knee gives way (again) with a fall": the condition is the fall; the
    # giving way it comes with is there now
    for phrase in config.get("after_phrases", ()):
        words = phrase.split()
        if [t.lower_ for t in doc[target.end:target.end + len(words)]] == words:
            return True
    if conditional:
        return False
    after = config.get("after", ())
    # "if he loses control of his bladder or gets numb": a second verb after a coordinator
    # is another condition, not the first one getting worse
    breaks = config.get("after_breaks", ())
    for token in doc[target.end:target.end + 2]:
        if token.is_punct or token.lower_ in breaks:
            return False
        if token.lower_ in after:
            return True
    return False


_DURATION_AFTER = re.compile(
    r"\s*,?\s*(?:x|for(?: the)?(?: past| last)?|over the (?:past|last))\s*"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)"
    r"\s*-?\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\b", re.IGNORECASE)


_CIRCUMSTANCE_AFTER: Optional[Any] = None


def _circumstance_follows(target) -> bool:
    """A position or rest right after a denied target ("No leg pain at rest", "no leg
    symptoms lying down") says when the symptom is gone, as the same words before the cue
    do ("At rest she has no leg pain"): no denial. A list of circumstances ("no pain at rest
    or with walking") denies the symptom in all of them: still a denial."""
    global _CIRCUMSTANCE_AFTER
    if _CIRCUMSTANCE_AFTER is None:
        phrases = _CLAUSES.get().get("circumstance", {}).get("after", ())
        alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
        _CIRCUMSTANCE_AFTER = re.compile(
            r"[ \t]*(?:%s)\b(?![ \t]*,?[ \t]*(?:or|nor|and/or)\b)" % alternatives
            if alternatives else r"(?!)", re.IGNORECASE)
    return _CIRCUMSTANCE_AFTER.match(_tokens(target.doc).text, target.end_char) is not None


def _duration_follows(target) -> bool:
    """A duration right after the target ("hx of LBP x 6 weeks", "history of neck pain for
    the past 3 months") dates an episode that runs to now, not a past one."""
    return _DURATION_AFTER.match(_tokens(target.doc).text, target.end_char) is not None


def _owned_within(target, within) -> bool:
    """A target the cue holds that a possessive names as someone's own ("Explained that her
    myeloma usually causes bone pain": the patient's myeloma) is not the generic one the cue
    speaks of; `modifies_targets_within` may list such words as {"not_after": [...]}."""
    words = within.get("not_after", ()) if isinstance(within, dict) else ()
    start = target.start
    return start > 0 and target.doc[start - 1].lower_ in words


def _is_source(target) -> bool:
    """A study or exam named as where something is looked for ("on plain film", "by EMG")."""
    config = _CLAUSES.get().get("source", {})
    if target.label_ not in config.get("codes", ()):
        return False
    doc, i = target.doc, target.start - 1
    skip, before = config.get("skip", ()), config.get("before", ())
    # "normal on the 11/14 CT", "no other lytic level on staging CT": a date or year of the
    # study is skipped as its article is
    while i >= 0 and (doc[i].lower_ in skip or _YEAR_OR_DATE.match(doc[i].text)):
        i -= 1
    return i >= 0 and doc[i].lower_ in before


def _opened_by(doc: Doc, start: int, first: int, config: Dict[str, Any],
               key: str = "words") -> bool:
    """A word of config[key] at most config["reach"] words before token `start` (not before
    token `first`), with no config["breaks"] word between: "Lying down she has no leg
    symptoms" denies them lying down only."""
    words, breaks = config.get(key, ()), config.get("breaks", ())
    for i in range(start - 1, max(first, start - config.get("reach", 0)) - 1, -1):
        word = doc[i].lower_
        if word in breaks:
            return False
        if word in words:
            return True
    return False


_YEAR_OR_DATE = re.compile(r"^(19|20)\d\d$|^\d{1,2}/\d{1,4}(/\d{2,4})?$")


def _closed_by(doc: Doc, end: int, config: Dict[str, Any]) -> bool:
    """A word of config["words"], or a year or date, among the config["reach"] words right
    after token `end`: "MRI before his ACDF in 2019 showed ..." tells an operation done."""
    words = config.get("words", ())
    return any(token.lower_ in words or _YEAR_OR_DATE.match(token.text)
               for token in doc[end:end + config.get("reach", 0)])


def _list_goes_on(doc: Doc, end: int, openers: Any) -> bool:
    """Whether a comma and a word that opens a list's next item ("any", "or") follow token
    `end`: "He denies any tingling now, any weakness": the word before the comma dates the
    item it follows and the list of denials goes on past it."""
    return (bool(openers) and end + 1 < len(doc) and doc[end].text == ","
            and doc[end + 1].lower_ in openers)


def _form_words(key: str) -> set:
    return set(_CLAUSES.get().get("form", {}).get(key, ()))


def _answer_follows(doc: Doc, end: int) -> bool:
    """A form's answer ("[X] Y", "Y / N : N", "[ ] Y") follows on the same line, or a
    question's answer after its opener ("Q: Bladder changes? A: Yes", "Fever? Pt says no")."""
    i = end
    openers, labels = _form_words("answer_openers"), _form_words("answer_labels")
    labelled = False  # "Q: any weakness? A: 'my calf gives out'": the answer's own label
    while i < len(doc) and ((doc[i].is_space and "\n" not in doc[i].text)
                            or (doc[i].lower_ in openers and i - end < 4)):
        labelled = labelled or (doc[i].lower_ in labels and i + 1 < len(doc)
                                and doc[i + 1].text in (":", "-"))
        i += 1
    if i >= len(doc):
        return False
    word = doc[i].lower_.rstrip(".")
    # after "A:" any answer but a doubtful one ("A: unsure") answers the question (next43)
    return word in _form_words("answers") or (
        labelled and "\n" not in doc[i].text and word not in _form_words("doubtful_answers"))


def _form_field_start(doc: Doc, start: int, first: int) -> int:
    """Where the label of the form field answered at token `start` begins: back over the
    field's other (unchecked) answers, then over the label to the line's start, a column gap
    (two spaces or more), a bar or another field's checked box ("X-ray [X] 09/02/2026   MRI
    [ ] Yes [X] No": the MRI only)."""
    skip = _form_words("between")
    i = start - 1
    while i >= first and (doc[i].lower_ in skip
                          or (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    while i >= first:
        token = doc[i]
        if ("\n" in token.text or token.text in ("|", ";") or (token.is_space and len(token.text) > 1)
                or (token.text == "]" and i >= 2 and doc[i - 2].text == "[")):
            return i + 1
        i -= 1
    return first


_FIELD_ENDS = frozenset({".", ";", ",", "|", ")", "]"})


def _under_header(doc: Doc, start: int, header: str) -> bool:
    """Whether a line above the cue's, in its block of lines (no blank line between) and
    within lines.HEADER_REACH lines, matches `header` (a regex): a column's header saying what
    a row's answer answers (lines.under_header; next39, dev e453)."""
    # re.compile's own cache keeps the few header patterns compiled
    return under_header(doc_text(doc), doc[start].idx, re.compile(header))


def _field_ends(doc: Doc, end: int) -> bool:
    """The words before token `end` are a form field's whole answer: the line, the sentence
    or the field (a column gap of two spaces or more) ends there."""
    return (end >= len(doc) or doc[end].is_space or doc[end].text in _FIELD_ENDS
            or _comment_follows(doc, end))


def _comment_follows(doc: Doc, end: int) -> bool:
    """A dash set off by a space after the answer opens a comment on it ("hx of cancer?
    unknown - pt unsure"), while "unknown-primary" joined by a hyphen goes on answering."""
    return doc[end].text in ("-", "--", "–", "—") and bool(doc[end - 1].whitespace_)


def _answer_before(doc: Doc, start: int) -> bool:
    """A yes/no answer word, with or without its colon, stands right before the box at token
    `start` ("N [ ]", "Y: ☐"): the box is that answer's, not an item's."""
    before = start - 1
    if before > 0 and doc[before].text == ":":
        before -= 1
    return before >= 0 and doc[before].lower_ in _form_words("answers")


_BOX_OPENS, _BOX_CLOSES = frozenset({"[", "("}), frozenset({"]", ")"})


def _boxes_follow_items(doc: Doc, start: int, bounds: Tuple[int, int]) -> bool:
    """Whether the check boxes of the line holding token `start` are written after their
    items ("PT [x]   Chiropractic [ ]") rather than before them ("[ ] fever [X] back pain"):
    the line opens with a word and ends with a box."""
    first = start
    while first > bounds[0] and "\n" not in doc[first - 1].text:
        first -= 1
    last = start
    while last + 1 < bounds[1] and "\n" not in doc[last + 1].text:
        last += 1
    words = [t.text for t in doc[first:last + 1] if not t.is_space]
    while words and words[-1] in (";", ".", ","):
        words.pop()  # "History of cancer [N];": the ";" cleaning puts at a form line's end
    # the last box: "[ ]", "[x]", "( )", "(X)", "[No]" - not a closing remark "(see HPI)"
    last_box = len(words) > 2 and words[-1] in _BOX_CLOSES and (
        words[-2] in _BOX_OPENS or (words[-3] in _BOX_OPENS and (
            len(words[-2]) == 1 or words[-2].lower() in _form_words("answers"))))
    # or a box drawn as one glyph ("PT ☒   Chiropractic ☐")
    last_box = last_box or (len(words) > 1 and words[-1] in _BOX_GLYPHS)
    return (last_box and words[0] not in _BOX_OPENS and words[0] not in _BOX_GLYPHS
            and not _LIST_MARKER.fullmatch(words[0].lower()))


_BOX_GLYPHS = frozenset({"☐", "□", "❏", "❑", "☒", "☑", "■", "✅", "⊠", "✔", "✓"})
_LIST_MARKER = re.compile(r"[\d.)(/\-*•·#]+|[a-z][.)]")
def _label_over_boxes(doc: Doc, start: int, end: int,
                      bounds: Tuple[int, int]) -> Optional[Tuple[int, int]]:
    """The label a group of item boxes answers ("Myelopathy symptoms: [ ] hand numbness
    [ ] gait change"), as token bounds, when the box at `start`..`end` is a whole box right
    after the label's colon and an item, not a yes/no answer, follows it."""
    whole = (end - start == 1 and doc[start].text in _BOX_GLYPHS) or (
        doc[start].text == "[" and doc[end - 1].text == "]")
    colon = start - 1
    while colon > bounds[0] and doc[colon].is_space and "\n" not in doc[colon].text:
        colon -= 1
    item = end
    while item < bounds[1] and doc[item].is_space and "\n" not in doc[item].text:
        item += 1
    if (not whole or colon <= bounds[0] or doc[colon].text != ":" or item >= bounds[1]
            or not doc[item].is_alpha or doc[item].lower_ in _form_words("answers")):
        return None
    return _form_field_start(doc, colon, bounds[0]), colon


def _opens_line(doc: Doc, start: int, first: int) -> bool:
    """Only a bullet, a list number or a precaution label ("Return precautions reviewed:")
    stands between the line's (or sentence's) start and token `start`."""
    config = _CLAUSES.get().get("opens_line", {})
    for i in range(start - 1, first - 1, -1):
        token = doc[i]
        if "\n" in token.text:
            return True
        if token.text == ":" or token.text in _DASHES or token.text == ";":
            # "Red flags reviewed - ER if ...": a dash or semicolon after a label too (a
            # dash opening its line is a bullet)
            line = doc[first:i].text.lower().rsplit("\n", 1)[-1]
            if token.text != ":" and not line.strip():
                continue
            return any(word in line for word in config.get("labels", ()))
        if not (_LIST_MARKER.fullmatch(token.lower_) or token.lower_ in config.get("words", ())):
            return False
    return True


def _next_word(doc: Doc, i: int, end: int) -> str:
    """The lower-case text of the first token from `i` (before `end`) that is no line break
    or run of spaces ("and" ending a line reads the next line's first word), or "" when none is."""
    while i < end and doc[i].is_space:
        i += 1
    return doc[i].lower_ if i < end else ""


def _next_lower(spaces: List[bool], lowers: List[int], i: int, end: int) -> Optional[int]:
    """`_next_word` as a LOWER hash, read from the note's arrays (None for "")."""
    while i < end and spaces[i]:
        i += 1
    return lowers[i] if i < end else None


_CUE_VERB_GAP = frozenset({"any", "ever", "yet", "been", "really", "even", "once"})


def _verb_of_cue(words_after: Tuple[str, ...], gap: int) -> bool:
    """A terminator right after a cue, with only words like "any" or "ever" between (the
    cue's next `gap` words), is the cue's own verb ("denies experiencing", "has not developed
    any", "was not treated with"), not the start of another clause."""
    return 0 <= gap <= len(words_after) and all(w in _CUE_VERB_GAP for w in words_after[:gap])


def _aside_before(doc: Doc, start: int, first: int) -> Optional[int]:
    """Where a short parenthesis ending right before token `start` opens ("(2023)", "(L)"),
    if one does, within the tokens from `first`."""
    if start < 1 or doc[start - 1].text != ")":
        return None
    for i in range(start - 2, max(first, start - 2 - _ASIDE_MOST) - 1, -1):
        if doc[i].text == "(":
            return i
        if doc[i].text == ")":
            return None
    return None


_ASIDE_MOST = 4  # words of an aside: a date, a side, a grade, not a clause


def _aside_after(doc: Doc, end: int, limit: int) -> int:
    """Where the words after a cue start once a short parenthesis right after it ("(64)",
    "(age 80)", "(RN)") is passed over: the token after its closing, else `end`."""
    if end >= limit or doc[end].text != "(":
        return end
    # two words at most: an age, a role, a side - not a clause that may hold a target ("less
    # likely (hip abduction is weak)")
    for i in range(end + 1, min(limit, end + 4)):
        if doc[i].text == ")":
            return i + 1
        if doc[i].text == "(":
            return end
    return end


_CLOSING_QUOTES = ('"', "”")


_LINE_REACH = 2000  # characters of a cue's line that the quotation test counts over


def _line_before(text: str, at: int) -> str:
    """The text of the line before the character `at` (at most `_LINE_REACH` characters of
    it): where a quotation opened before a cue and not yet closed is looked for. A quotation
    a hard-wrapped line carries over ('Requests an MRI "to make sure' / 'nothing is torn"
    before her WC case closes; her mother had ...', mend35d e344) closes on the cue's line:
    when both lines leave an odd count of quotes, the earlier line is counted with it (one
    line back only, so a stray inch mark further up cannot flip the count)."""
    reach = max(0, at - _LINE_REACH)
    start = text.rfind("\n", reach, at) + 1 or reach
    line = text[start:at]
    if start > reach and line.count('"') % 2 == 1:
        previous = text[text.rfind("\n", reach, start - 1) + 1 or reach:start - 1]
        if previous.strip() and previous.count('"') % 2 == 1:
            return previous + " " + line
    return line


def _inside_quotation(before: str) -> bool:
    """Whether the text just before a cue leaves a quotation open: an odd number of straight
    double quotes on its line, or an opening curly quote not yet closed."""
    line = before.rsplit("\n", 1)[-1]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


# a rule's stop words as sets, and each set's words as LOWER hashes, made once (each modifier
# made them again); by the id of the object read, which is kept with them so that the id
# stays its own
_STOP_SETS: Dict[int, Tuple[Any, Tuple[set, set]]] = {}
_HASHES: Dict[int, Tuple[set, set]] = {}


def _stop_words(stops: Dict[str, Any]) -> Tuple[set, set]:
    """A rule's `metadata.scope_stops` as its (forward, backward) sets of words."""
    known = _STOP_SETS.get(id(stops))
    if known is None or known[0] is not stops:
        known = _STOP_SETS[id(stops)] = (stops, (set(stops.get("forward", ())),
                                                 set(stops.get("backward", ()))))
    return known[1]


def _hashes(words: set, strings) -> set:
    """The LOWER hashes of a set of lower-case words (a string's hash is the same in any
    vocab)."""
    known = _HASHES.get(id(words))
    if known is None or known[0] is not words:
        known = _HASHES[id(words)] = (words, {strings[word] for word in words})
    return known[1]


class NoteModifier(ConTextModifier):
    """A ConText modifier whose scope is clipped to its section, stops at the rule's stop
    tokens, and remembers what ended it."""

    # plain attributes, set once: medspaCy's are properties that read the rule (`category`
    # through `rule`, a call each), and the graph's pair tests read them ~2,000 times a note.
    # A modifier's rule never changes.
    rule = category = direction = None

    def __init__(self, rule, start: int, end: int, doc: Doc, bounds: Tuple[int, int],
                 sentence: Optional[Tuple[int, int]] = None, before: str = "",
                 line_before: Optional[str] = None):
        self.rule, self.category, self.direction = rule, rule.category, rule.direction
        meta = rule.metadata or {}  # asked 14 times below
        # medspaCy finds the sentence token by token (`doc[start].sent`); given its bounds,
        # the same scope is set from them. A rule with a reach always sets it here, so that
        # a split spinal level ("L4", "-", "5") is one word of it, as the tokenizer's whole
        # "L5-S1" is, whichever way the sentence was found
        scope_sentence = sentence
        if scope_sentence is None and rule.max_scope is not None:
            scope_sentence = (doc[start].sent.start, doc[start].sent.end)
        super().__init__(rule, start, end, doc, *(
            _sentence_scope(rule, start, end, scope_sentence, doc) if scope_sentence
            else (None, None)))
        self.metadata: Dict[str, Any] = {}
        # the words right after the cue, where a terminator may be its own verb: their LOWER
        # hashes, read as strings only when a terminator follows (`_words_after`)
        self._strings, self._lowers_after = doc.vocab.strings, _tokens(doc).lowers[end:end + 2]
        # categories that cut this scope: medspaCy's `terminated_by`, which its JSON loader
        # does not read, from the rule's metadata
        self._cut_by = set(rule.terminated_by or ()) | set(
            meta.get("terminated_by_categories", ()))
        self._scope_start = max(self._scope_start, bounds[0])
        self._scope_end = min(self._scope_end, bounds[1])
        self._sentence_start = max(sentence[0] if sentence else doc[start].sent.start, bounds[0])
        stops = meta.get("scope_stops")
        if stops:
            self._stop_at(doc, *_stop_words(stops))
        if (meta.get("box") == "before_item"
                and self.metadata.get("terminated_by") == "("):
            # "[ ] Red flags (CES, infection, cancer)": the label's items are the box's too
            self._reach_items_in_parentheses(doc, bounds)
        self._idle = False
        self._possessed_at: Optional[int] = None
        self.off_line = False  # a line-opening cue found inside a line: no cue at all
        # `before`: the lower-case text just before the cue, where the clause rules below
        # look first (a string test) before walking tokens
        clauses = _CLAUSES.get()
        if before.rfind("(") > before.rfind(")"):
            self._stay_in_parentheses(doc, clauses.get("parentheses", {}), bounds)
        # `line_before`: the cue's line before it, whole - a quotation is told open by its
        # quotes counted over the line, not over `before`'s last characters, which may hold
        # only the end of an earlier quotation ('off since employer "won't let me on a roof
        # like this". Asking for an MRI because his foreman had ...', blind27a d924)
        if _inside_quotation(before if line_before is None else line_before):
            self._stay_in_quotation(doc, bounds)
        category = self.category.upper()
        if meta.get("form_answer"):
            # "MRI (this region):  [ ] Y  [X] N": the answer denies its field's label
            self._scope_start = max(self._scope_start, _form_field_start(doc, start, bounds[0]))
        box = meta.get("box")
        if box and _boxes_follow_items(doc, start, bounds):
            # "PT [x]   Chiropractic [ ]   NSAIDs [x]", "Y [X] N [ ]": this line's boxes
            # follow their items - an empty box is the item's before it (an answer's, "N [ ]",
            # says nothing), and "[X] N" is the "Y" checked, no checked "N"
            self._scope_start, self._scope_end = _form_field_start(doc, start, bounds[0]), start
            # no cue at all (off_line drops it), so it cuts no other answer's scope either
            self.off_line = box == "before_answer" or _answer_before(doc, start)
        if meta.get("heads_boxes"):
            label = _label_over_boxes(doc, start, end, bounds)
            if label is None:
                self.off_line = True  # "Radicular symptoms: left arm pain" answers the label
            else:  # the label only: each box's item is read from its own box
                self._scope_start, self._scope_end = label
        only_before = meta.get("only_before")
        if only_before and (end >= len(doc) or doc[end].lower_ not in only_before):
            self.off_line = True  # "MRI is more than 2 years old": not the cue's phrase
        if _list_goes_on(doc, end, meta.get("not_before_list_item", ())):
            self.off_line = True  # "denies any numbness now, any weakness": "now" ends no list
        if meta.get("not_under_header") and _under_header(doc, start, meta["not_under_header"]):
            self.off_line = True  # "Treatments tried:  Helped? (Y / N)": N answers the help
        if meta.get("ends_field") and not _field_ends(doc, end):
            self.off_line = True  # "Cancer: unknown primary" answers the field: no cue
        if meta.get("not_before_answer") and _answer_follows(doc, end):
            self._idle = True  # "Motor deficit?  [X] Y": a form's question, not a doubt
        not_after = meta.get("not_after")
        if not_after and _opened_by(doc, start, bounds[0], not_after):
            self._idle = True  # "He has not noticed any new weakness": denied, not to come
        only_after = meta.get("only_after")
        if only_after and not _opened_by(doc, start, bounds[0], only_after):
            self._idle = True  # "reviewed with the patient" teaches only signs or symptoms
        not_before = meta.get("not_before")
        if not_before and _closed_by(doc, end, not_before):
            self._idle = True  # "MRI before his ACDF in 2019 showed ...": dated, done
        if meta.get("opens_line") and sentence:
            # "5. ED for groin numbness", "- ER for fever": a precaution line, not "seen in
            # the ED for back pain"
            self.off_line = not _opens_line(doc, start, sentence[0])
        if category == "NEGATED_EXISTENCE" and self.direction.upper() == "FORWARD":
            if _CLAUSES.words("conditional", "openers").search(before):
                self._stop_at_clause_end(doc, clauses.get("conditional", {}), bounds[0])
            # a form's box opens an item of its own: "[ ] Pain at rest  [ ] Fever/chills"
            # leaves the fever's box a denial, not one the rest before it opened
            if _CLAUSES.words("circumstance", "words").search(before) and not box:
                self._idle = _opened_by(doc, start, bounds[0], clauses.get("circumstance", {}))
            self._stop_at_new_clause(doc, clauses.get("new_clause", {}))
        elif category == "FAMILY":
            # a rule's own only_after / not_after has its say too ("surgery because she"
            # after no relative is the patient's own operation)
            self._idle = self._idle or _co_subject(doc, start, clauses.get("co_subject", {}))
            self._possessed_at = _relatives_thing(doc, start, end,
                                                  clauses.get("relatives_thing", {}))
            if _opens_clause_as_subject(doc, start, end, bounds[0],
                                        clauses.get("relative_subject", {})):
                # "unable to cook since the fall, daughter staying with her": the relative
                # is what the next clause is about, not whose the fall before it was
                self._scope_start = max(self._scope_start, start)

    @property
    def _words_after(self) -> Tuple[str, ...]:
        return tuple(self._strings[lower] for lower in self._lowers_after)

    def _reach_items_in_parentheses(self, doc: Doc, bounds: Tuple[int, int]) -> None:
        """An empty box whose label lists its items in parentheses ("[ ] Red flags (CES,
        infection, cancer, fracture)") denies each item: the scope the "(" stopped goes on to
        the ")" closing it on the same line. Only a list (a comma inside): "[ ] Radiculopathy
        (EMG 10/02)" remarks on its item; nor past another box. A slash set off by spaces
        parts items as a comma does ("[ ] Red flag (cancer / infection / fracture / cauda
        equina)", mend38d); one inside a word ("10/02", "bowel/bladder") does not."""
        opening = self._scope_end
        for j in range(opening + 1, min(bounds[1], opening + 40)):
            word = doc[j].text
            if word == ")":
                if any(doc[k].text == "," or (doc[k].text == "/" and doc[k - 1].whitespace_)
                       for k in range(opening + 1, j)):
                    self._scope_end = j
                    self.metadata["terminated_by"] = word
                return
            if word in _BOX_OPENS or word in _BOX_GLYPHS or "\n" in doc[j].text_with_ws:
                return

    def _stay_in_parentheses(self, doc: Doc, config: Dict[str, Any],
                             bounds: Tuple[int, int]) -> None:
        """A cue inside parentheses reaches no further than their end: "Ibuprofen 800 mg TID
        (stop Aleve), cyclobenzaprine 5 mg qhs" - the cyclobenzaprine is not stopped (it may
        still look back at the item they comment on: "cyclobenzaprine (too sleepy, stopped)")."""
        reach = config.get("reach", 0)
        for i in range(self._start - 1, max(bounds[0], self._start - reach) - 1, -1):
            word = doc[i].text
            if word == ")":
                return
            if word == "(":
                for j in range(self._end, min(bounds[1], self._end + reach)):
                    if doc[j].text == "(":
                        return
                    if doc[j].text == ")":
                        self._scope_end = min(self._scope_end, j)
                        return
                return

    def _stay_in_quotation(self, doc: Doc, bounds: Tuple[int, int]) -> None:
        """A cue inside a quotation of the patient's words reaches no further than its end:
        '"it never really switches off," per mom - and it wakes him 2-3 nights a week'."""
        for j in range(self._end, min(self._scope_end, bounds[1])):
            if doc[j].text in _CLOSING_QUOTES:
                self._scope_end = j
                self.metadata["terminated_by"] = doc[j].text
                return

    def _stop_at_new_clause(self, doc: Doc, config: Dict[str, Any]) -> None:
        """'without any injury, the right leg pain came back': a comma before a new clause's
        subject ends a denial; a list's items after a comma have none ('no fever, chills');
        nor does a parenthesis opening with a subject of its own ('has never had a cervical MRI
        (his only MRI was of the lumbar spine in 2019)')."""
        subjects = config.get("subjects_after_comma", ())
        scores = config.get("score_after_comma", False)
        dashes, verbs = config.get("dashes", ()), config.get("verbs_after_dash", ())
        # "never had a cervical MRI (his only MRI was of the lumbar spine)"
        in_parenthesis = config.get("subjects_after_parenthesis", ())
        # "incontinence without urge and noticed numbness in the perineum": a verb after
        # "and" opens the patient's next predicate, which the denial does not reach
        and_verbs = config.get("verbs_after_and", ())
        # "listhesis without dynamic instability, and failure of 6 weeks of care": a comma
        # and "and" right after a "without" phrase's first item join the phrase's head to the
        # next item of the sentence (a list the "without" denies has its commas before that)
        single_item = doc[self._start].lower_ in config.get("cues_ended_by_comma_and", ())
        # the scope's words read from the note's arrays (ORTH and LOWER hashes), not as a
        # Token each, 2-5 a word: a denial's scope runs to its sentence's end (~15 a note)
        tokens, strings = _tokens(doc), doc.vocab.strings
        start, stop = self._end, self._scope_end - 1
        orths, lowers, spaces = tokens.orths[start:stop].tolist(), tokens.lowers, tokens.spaces
        comma, parenthesis, and_ = strings[","], strings["("], strings["and"]
        subjects, dashes = _hashes(subjects, strings), _hashes(dashes, strings)
        verbs, in_parenthesis = _hashes(verbs, strings), _hashes(in_parenthesis, strings)
        and_verbs = _hashes(and_verbs, strings)
        # "no IVDU, CT shows no spinal process": a study after the comma that a verb of its
        # result follows (within `study_reach` words) is the subject of a clause of its own
        studies = _hashes(config.get("studies_after_comma", ()), strings)
        results = _hashes(config.get("study_results", ()), strings)
        reach = config.get("study_reach", 0)
        for j in range(start, stop):
            orth = orths[j - start]
            if orth == comma:
                cut = ((single_item and lowers[j + 1] == and_ and comma not in orths[:j - start])
                       or (_next_lower(spaces, lowers, j + 1, self._scope_end) in studies
                           and any(lowers[k] in results
                                   for k in range(j + 2, min(j + 3 + reach, self._scope_end))))
                       # the comma's next word, over a line break ("not positional,\nwakes
                       # him at night")
                       or _next_lower(spaces, lowers, j + 1, self._scope_end) in subjects
                       or (scores and strings[int(tokens.orths[j + 1])][:1].isdigit()))
            elif orth == parenthesis:
                cut = lowers[j + 1] in in_parenthesis
            elif lowers[j] == and_:
                cut = _next_lower(spaces, lowers, j + 1, self._scope_end) in and_verbs
            else:
                # "Has not had PT - prefers to stay with chiro care"
                cut = orth in dashes and lowers[j + 1] in verbs
            if cut:
                self._scope_end = j
                self.metadata["terminated_by"] = doc[j].text
                return

    def _stop_at_clause_end(self, doc: Doc, config: Dict[str, Any], first: int) -> None:
        """A denial inside a condition ends with it: "If he would rather avoid surgery, a
        repeat epidural injection is reasonable", "if he is not a surgical candidate, a
        stimulator trial could be considered"."""
        if not _opened_by(doc, self._start, first, config, "openers"):
            return
        ends = config.get("ends", ())
        for j in range(self._end, self._scope_end):
            if doc[j].lower_ in ends:
                self._scope_end = j
                self.metadata["terminated_by"] = doc[j].text
                return

    def _stop_at(self, doc: Doc, forward: set, backward: set) -> None:
        direction = self.direction.upper()
        # a stop is a word of the set (`_is_stop`'s first test, here without a Token a word)
        lowers, strings = _tokens(doc).lowers, doc.vocab.strings
        if forward and direction in ("FORWARD", "BIDIRECTIONAL"):
            words = _hashes(forward, strings)
            # "No evidence of median neuropathy at the wrist (carpal tunnel) or of a
            # generalized polyneuropathy": for a rule whose metadata says so
            # (`parenthesis_is_aside`), a ")" closing a parenthesis opened after the cue ends
            # an aside inside the scope, not the scope (a cue opened inside the parentheses,
            # "(no evidence of X)", still ends with them: mend36d, blind e381). Not for every
            # cue: "not better with PT (7 wks), meloxicam, HEP" tried them all (dev e194)
            asides = bool((self.rule.metadata or {}).get("parenthesis_is_aside"))
            opened, closing, opening = 0, strings[")"], strings["("]
            for i in range(self._end, self._scope_end):
                if asides and lowers[i] == opening:
                    opened += 1
                elif asides and lowers[i] == closing and opened:
                    opened -= 1
                    continue
                if lowers[i] in words and _is_stop(doc, i, forward):
                    self._scope_end = i
                    self.metadata["terminated_by"] = doc[i].text
                    break
        if backward and direction in ("BACKWARD", "BIDIRECTIONAL"):
            last = self._start - 1
            aside = _aside_before(doc, self._start, self._scope_start)
            if aside is not None:
                # "sciatica in her first pregnancy (2023) that went away": a parenthesis right
                # before the cue is an aside, neither a stop nor counted in the rule's reach
                self._scope_start = max(self._scope_start - (self._start - aside),
                                        self._sentence_start)
                last = aside - 1
            words = _hashes(backward, strings)
            for i in range(last, self._scope_start - 1, -1):
                if lowers[i] in words and _is_stop(doc, i, backward):
                    self._scope_start = i + 1
                    self.metadata["terminated_by"] = doc[i].text
                    break

    def modifies(self, target) -> bool:
        """medspaCy's test with a correct overlap (a target holding the whole scope is in
        it), and a rule's `metadata.not_if_followed_by`: "if weakness persists" says the
        weakness is there now, so "if" leaves it alone."""
        if self._idle:
            return False
        if (target.start > self._end or target.end < self._start) and not _overlaps(
                self.scope_span, (target.start, target.end)):
            # most pairs of a sentence: none of the tests below holds for a target clear of
            # both the cue's words and its scope
            return False
        if self._possessed_at is not None and not (
                0 <= target.start - self._possessed_at <= 2
                and not any(t.is_punct for t in target.doc[self._possessed_at:target.start])):
            return False  # "shoveling gravel for his daughter's driveway": her driveway only
        if self.prefixes(target):
            return True
        span = (target.start, target.end)
        if self.ends(target) or self.holds(target):
            return True
        if (_overlaps(self.modifier_span, span) or self.direction.upper() in ("TERMINATE", "PSEUDO")
                or not self.allows(target.label_.upper())
                or not _overlaps(self.scope_span, span) or not self.on_modifies(target)):
            return False
        if self.category.upper() == "NEGATED_EXISTENCE" and _is_source(target):
            return False  # "posterior wall not assessed on plain film": the film was done
        if self.category.upper() == "NEGATED_EXISTENCE" and _circumstance_follows(target):
            target._.circumstantial = True
            return False  # "No leg pain at rest": when the pain is gone, no finding at all
        backward_types = (self.rule.metadata or {}).get("allowed_types_backward")
        if backward_types is not None and span[1] <= self._start and (
                target.label_ not in backward_types):
            return False  # "PT if pain persists" looks back at treatments only
        if self.category.upper() == "HYPOTHETICAL" and _condition_holds(target, self):
            target._.presupposed = True
            return False  # "call sooner for worsening weakness": the weakness is there now
        if (self.rule.metadata or {}).get("not_before_duration") and _duration_follows(target):
            return False  # "hx of LBP x 6 weeks": the history is this episode's, now
        if ((self.rule.metadata or {}).get("not_on_bracket_in_target") and span[1] <= self._start
                and any(token.text == "(" for token in target.doc[target.start + 1:target.end])):
            return False  # "EHL 4/5 (was 5/5 at eval)": the target holds the bracket's old grade
        after = (self.rule.metadata or {}).get("not_if_followed_by")
        if after and _course_kind(target, self.rule.metadata):
            return not _followed_by(target, after)
        return True

    def prefixes(self, target) -> bool:
        """The cue opens the target's own words ("Probable L5 radiculopathy" matched whole
        by the lexicon): it still says what it says. Not a negation: a normal finding stated
        with its cue ("negative SLR") is already read as absent."""
        return (self._start == target.start and self._end < target.end
                and self.category.upper() in _PREFIX_CATEGORIES
                and self.allows(target.label_.upper()))

    def opens_denied(self, target) -> bool:
        """A forward negation that opens a target the lexicon already reads as denied ("No
        Hoffmann" matched whole, metadata.assertion "absent") goes on denying the rest of its
        list: "No Hoffmann or clonus", "No weakness, numbness or tingling". It does not
        modify that target itself (the overlap test keeps it off)."""
        if not (self.category.upper() == "NEGATED_EXISTENCE"
                and self.direction.upper() == "FORWARD"
                and self._start == target.start and self._end < target.end):
            return False  # nearly every pair: `target._` builds an object at each read
        rule = getattr(target._, "target_rule", None)
        return rule is not None and (rule.metadata or {}).get("assertion") == "absent"

    def ends(self, target) -> bool:
        """A backward cue that opens with the target's last words and says what became of
        it ("surgery was offered but patient declined": the target "surgery was offered")
        applies to it (`metadata.modifies_target_it_ends`)."""
        return (self.direction.upper() == "BACKWARD"
                and bool((self.rule.metadata or {}).get("modifies_target_it_ends"))
                and target.start < self._start < target.end <= self._end
                and self.allows(target.label_.upper()))

    def holds(self, target) -> bool:
        """A cue whose words hold the target speaks of it too ("if the MRI shows": the MRI is
        not done yet), where the rule says so (`metadata.modifies_targets_within`)."""
        within = (self.rule.metadata or {}).get("modifies_targets_within")
        return (bool(within)
                and self._start <= target.start and target.end <= self._end
                and self.allows(target.label_.upper())
                and not _owned_within(target, within))

    def yield_to(self, target) -> None:
        """A forward trigger whose last words begin a target gives them up: "no acute" (the
        rule "no" + adjective) before the target "acute fracture" is "no" before it, and
        "normal bladder" before the target "bladder" is "normal" before it."""
        # ... whichever way it looks: "is not using a walker" ("has not started" ending in
        # "using", the target "using a walker") is "is not" before it
        # - not to a target whose own words already deny ("declines injections" after "she
        # declines" reads the refusal; the cue shortened to "she" would deny it twice)
        if (self._start < target.end < self._end and target.start <= self._start
                and (self.rule.metadata or {}).get("yields_target_end")):
            # the mirror, for a backward rule marked so: a trigger whose first words end a
            # target gives them up - "eval scheduled 12/09" after the target "PT eval" is
            # "scheduled 12/09" after it (left46, dev e757)
            self._start = target.end
            self._scope_end = max(self._scope_end, target.end)
            return
        if not (self._start < target.start < self._end and target.end >= self._end):
            return  # nearly every pair: `target._` builds an object at each read
        rule = getattr(target._, "target_rule", None)
        if (self.direction.upper() in ("FORWARD", "BIDIRECTIONAL")
                and not (self.direction.upper() == "BIDIRECTIONAL" and rule is not None
                         and (rule.metadata or {}).get("assertion") == "absent")):
            self._end = target.start
            self._scope_start = min(self._scope_start, target.start)

    def limit_scope(self, other: ConTextModifier) -> bool:
        """medspaCy's rule (a terminator, a category listed to cut it or another
        modifier of the same category cuts the scope at itself), with a correct overlap test."""
        if not _overlaps(self.scope_span, other.scope_span):
            return False
        if self.direction.upper() == "TERMINATE":
            return False
        if (other.direction.upper() == "TERMINATE"
                and (self.rule.metadata or {}).get("past_terminators")):
            # '"Breast ca 1998" on the old list -- pt says "no, that was my sister"': the
            # answer names whose the listed problem is, over the "says" that reports it
            return False
        if (other.direction.upper() == "TERMINATE"
                and other.rule.literal in (self.rule.metadata or {}).get("passes_terminators", ())):
            # "Her mother, now 68, developed neck pain, then clumsy hands": a relative's
            # story told in order, or her age, goes on being hers past "now" and "then"
            return False
        cuts = (other.rule.metadata or {}).get("cuts_categories")
        if cuts is not None and self.category.upper() not in cuts:
            return False  # "has" ends a denial, not "brother has AS"; "on" ends no plan
        also_cuts = (other.rule.metadata or {}).get("also_cuts", ())
        if (other.direction.upper() != "TERMINATE"
                and other.category.upper() not in self._cut_by
                and other.category.upper() != self.category.upper()
                and self.category.upper() not in also_cuts):
            return False  # "denies fever and has had urinary retention": "has had" ends it
        if (other.category.upper() == self.category.upper()
                and (self.rule.metadata or {}).get("not_cut_by_same_category")):
            return False  # "DDx: discitis (less likely ...), neoplasm": the list goes on
        if self.category == other.category and (
                self.allowed_types != other.allowed_types
                or self.excluded_types != other.excluded_types):
            return False
        before = self.scope_span
        direction = self.direction.upper()
        if (other.direction.upper() == "TERMINATE" and other > self
                and not (other.rule.metadata or {}).get("no_cue_verb")
                and _verb_of_cue(self._words_after, other.modifier_span[0] - self._end)):
            return False  # "denies experiencing", "has not developed any": the cue's own verb
        if direction in ("FORWARD", "BIDIRECTIONAL") and other > self:
            self._scope_end = min(self._scope_end, other.modifier_span[0])
        if direction in ("BACKWARD", "BIDIRECTIONAL") and other < self:
            self._scope_start = max(self._scope_start, other.modifier_span[1])
        if self.scope_span == before:
            return False
        self.metadata["terminated_by"] = {"literal": other.rule.literal,
                                          "category": other.category}
        return True


@Language.factory("spinecite_context")
class SentenceScopedConText(ConText):
    def __init__(self, nlp: Language, name: str = "spinecite_context",
                 rules: Optional[str] = None, phrase_matcher_attr: str = "LOWER",
                 prune_on_modifier_overlap: bool = True, prune_on_target_overlap: bool = True,
                 span_attrs: Union[str, Dict[str, Dict[str, Any]], None] = "default",
                 span_group_name: str = "medspacy_spans"):
        super().__init__(nlp, name=name, rules=rules, phrase_matcher_attr=phrase_matcher_attr,
                         prune_on_modifier_overlap=prune_on_modifier_overlap,
                         prune_on_target_overlap=prune_on_target_overlap, span_attrs=span_attrs,
                         input_span_type="group", span_group_name=span_group_name)

        self._coordination = load_json("context_rules.json").get("coordination", {})
        self._denied_list = load_json("context_rules.json").get("denied_list", {})
        self._denied_block = load_json("context_rules.json").get("denied_block", {})

    def __call__(self, doc: Doc, targets: Optional[str] = None) -> Doc:
        try:
            return self._in_sentences(doc)
        finally:
            # the note's tokens are read once a call (`_tokens`); kept past it, they would
            # hold the last note's Doc, and its text, for as long as the process runs
            _READ[0] = None

    def _in_sentences(self, doc: Doc) -> Doc:
        spans = list(doc.spans[self.span_group_name]) if self.span_group_name in doc.spans else []
        sentences, sentence_of = _sentences(doc)
        by_sentence: Dict[int, Tuple[list, list]] = defaultdict(lambda: ([], []))
        for span in spans:
            by_sentence[sentence_of[span.start]][0].append(span)
        section_starts = _section_starts(doc)
        matcher = self._ConText__matcher  # medspaCy's own matcher for the rules added
        text = doc_text(doc)
        matches = matcher(doc) + _closing_at_document_end(doc, matcher)
        newlines = _newlines(doc)
        wrapped = [m for index, (sentence_targets, _) in by_sentence.items()
                   for m in _wrapped_matches(doc, matcher, sentences[index], newlines)
                   if not any(_overlaps((m[1], m[2]), (t.start, t.end))
                              for t in sentence_targets)]
        if wrapped:  # a whole cue outranks the pieces of it the wrap left ("cannot", "excluded")
            matches = [m for m in matches if not any(
                _overlaps((m[1], m[2]), (w[1], w[2])) and m[2] - m[1] < w[2] - w[1]
                for w in wrapped)] + wrapped
        matches += _box_group_labels(doc, matches, matcher)
        matches = _unwrapped_answers(doc, matches, matcher)
        headings, rows, grid_marks = [], {}, []
        for match_id, start, end in matches:
            sentence = sentence_of[start]
            rule = _rule_of(matcher, doc, match_id)
            metadata = rule.metadata or {}
            if metadata.get("heads_block"):
                headings.append((rule, start, end))  # read over the lines below it, not here
                continue
            if metadata.get("answer_row"):
                rows.setdefault(_line_of(doc, start), (rule, start, end))  # answers the line above
                continue
            if metadata.get("grid_mark"):
                grid_marks.append((rule, start, end))  # read by the column header above it
                continue
            if sentence in by_sentence:  # a modifier with no target in its sentence is idle
                at = doc[start].idx
                before, line_before = text[max(0, at - _BEFORE):at].lower(), _line_before(text, at)
                modifier = NoteModifier(rule, start, end, doc,
                                        _bounds(section_starts, start, len(doc)),
                                        sentences[sentence], before, line_before)
                if not modifier.off_line:
                    by_sentence[sentence][1].append(modifier)
                second = _second_reading(rule)
                if second is not None:  # the same words read a second way, for other codes
                    again = NoteModifier(second, start, end, doc,
                                         _bounds(section_starts, start, len(doc)),
                                         sentences[sentence], before, line_before)
                    if not again.off_line:
                        by_sentence[sentence][1].append(again)
        edges, modifiers = [], []
        for index, (sentence_targets, sentence_modifiers) in by_sentence.items():
            if not sentence_modifiers:
                continue
            graph = ConTextGraph(prune_on_modifier_overlap=False)
            graph.targets = sentence_targets
            graph.modifiers = sentence_modifiers
            _update_scopes(graph.modifiers)
            resumed = _resumed_after_exception(doc, sentence_modifiers, sentences[index],
                                               section_starts)
            if resumed:
                graph.modifiers = sentence_modifiers = sentence_modifiers + resumed
                _update_scopes(graph.modifiers)
            if self.prune_on_target_overlap:
                graph.modifiers = _unpruned(sentence_modifiers, sentence_targets)
            graph.apply_modifiers()
            graph.edges += _coordinated(graph.edges, sentence_targets, graph.modifiers,
                                        self._coordination)
            graph.edges += _denied_list(graph.edges, sentence_targets, graph.modifiers,
                                        self._denied_list)
            edges.extend(graph.edges)
            modifiers.extend(graph.modifiers)
        for heading in headings:
            block = _denied_block(doc, heading, spans, section_starts, sentences, sentence_of,
                                  self._denied_block)
            edges.extend(block)
            modifiers.extend({id(m): m for _, m in block}.values())
        for mark in grid_marks:
            answered = _grid_mark(doc, mark, spans, section_starts, sentences, sentence_of)
            edges.extend(answered)
            modifiers.extend({id(m): m for _, m in answered}.values())
        for row in rows.values():
            answered = _answer_row(doc, row, spans, section_starts, sentences, sentence_of,
                                   matcher.rule_map)
            edges.extend(answered)
            modifiers.extend({id(m): m for _, m in answered}.values())
        extensions = Extensions()  # `span._` builds an object at each read and write
        for target, modifier in edges:
            extensions.set(target, "modifiers",
                           extensions.get(target, "modifiers") + (modifier,))
        if self.context_attributes_mapping:
            self.set_context_attributes(edges)
        doc._.context_graph = ConTextGraph(targets=spans, modifiers=modifiers, edges=edges)
        return doc

    def set_context_attributes(self, edges) -> None:
        """medspaCy's: each target takes the attributes its modifiers' categories map to,
        written where `span._` writes them."""
        extensions, mapping = Extensions(), self.context_attributes_mapping
        for target, modifier in edges:
            if modifier.category in mapping:
                for name, value in mapping[modifier.category].items():
                    extensions.set(target, name, value)


_SECOND_READINGS: Dict[str, Any] = {}


def _sentences(doc: Doc) -> Tuple[List[Tuple[int, int]], List[int]]:
    """The (start, end) of each of `doc.sents`, and each token's sentence index, read from
    the sentence starts as one array: `doc.sents` builds a Span a sentence and the index
    was set token by token."""
    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        sentences = [(sent.start, sent.end) for sent in doc.sents]
        sentence_of = [0] * len(doc)
        for index, (start, end) in enumerate(sentences):
            sentence_of[start:end] = [index] * (end - start)
        return sentences, sentence_of
    starts = sentence_starts(doc)
    ends = starts[1:] + [len(doc)]
    sentence_of: List[int] = []
    for index, (start, end) in enumerate(zip(starts, ends)):
        sentence_of += [index] * (end - start)
    return list(zip(starts, ends)), sentence_of


def _second_reading(rule) -> Optional[ConTextRule]:
    """A rule's `metadata.second_reading` (a rule of its own, never matched by itself): the
    cue's words also say something else of other codes. "MRI before his ACDF" puts what
    follows before the operation (the rule's reading) and, asked for as a study, the
    operation still to come (the second one); one match is all the matcher keeps of two
    rules on the same words."""
    reading = (rule.metadata or {}).get("second_reading")
    if not reading:
        return None
    if rule.literal not in _SECOND_READINGS:
        _SECOND_READINGS[rule.literal] = ConTextRule(
            reading["literal"], reading["category"], direction=reading["direction"],
            allowed_types=set(reading.get("allowed_types", ())) or None,
            max_scope=reading.get("max_scope"), metadata=reading.get("metadata", {}))
    return _SECOND_READINGS[rule.literal]


def _box_group_labels(doc: Doc, matches: list, matcher) -> List[Tuple[int, int, int]]:
    """An empty box right after a label's colon ("Radicular symptoms: [ ] arm pain") is its
    item's denial and also the label's question: each such box match is given again as the
    heads_boxes cue (an identical match of both rules would be pruned to one)."""
    keys = [key for key, _ in _rules_marked(matcher, "heads_boxes")]
    boxes = _ids_marked(matcher, doc, "box", "before_item")
    found = []
    for match_id, start, end in matches:
        if match_id not in boxes:  # most matches: no box rule's, told without reading the rule
            continue
        before = start - 1
        while before > 0 and doc[before].is_space and "\n" not in doc[before].text:
            before -= 1
        if before >= 0 and doc[before].text == ":" and keys:
            found.append((doc.vocab.strings.add(keys[0]), start, end))
    return found


def _word_fits(token, spec: Dict[str, Any]) -> bool:
    """A token against one token pattern of TEXT or LOWER values (a string or {"IN": [...]})."""
    for key, value in spec.items():
        text = token.text if key == "TEXT" else token.lower_ if key == "LOWER" else None
        allowed = value.get("IN") if isinstance(value, dict) else [value]
        if text is None or allowed is None or text not in allowed:
            return False
    return True


def _rules_marked(matcher, flag: str) -> List[Tuple[str, Any]]:
    """(key, rule) of the matcher's rules whose metadata sets `flag`, in `rule_map`'s order.
    Read once, not once a note (~1,800 rules); read again when rules were added."""
    marked = matcher.__dict__.setdefault("_spinecite_marked", {})
    rule_map = matcher.rule_map
    known = marked.get(flag)
    if known is None or known[0] != len(rule_map):
        known = marked[flag] = (len(rule_map), [
            (key, rule) for key, rule in rule_map.items() if (rule.metadata or {}).get(flag)])
    return known[1]


def _ids_marked(matcher, doc: Doc, flag: str, value: Any = None) -> set:
    """The match ids of `_rules_marked(matcher, flag)` (those whose flag is `value`, when
    given): a match is told one of them by a set lookup, without its rule or its key's
    string. Read once, with `_rules_marked`'s list."""
    rules = _rules_marked(matcher, flag)
    known = matcher.__dict__.setdefault("_spinecite_ids_marked", {})
    ids = known.get((flag, value))
    if ids is None or ids[0] is not rules:
        ids = known[(flag, value)] = (rules, {
            doc.vocab.strings.add(key) for key, rule in rules
            if value is None or rule.metadata[flag] == value})
    return ids[1]


def _rule_of(matcher, doc: Doc, match_id: int):
    """`matcher.rule_map`'s rule of a match id, without building the id's Lexeme for each
    match; read again when rules were added."""
    known = matcher.__dict__.get("_spinecite_rule_of")
    if known is None or known[0] != len(matcher.rule_map):
        known = matcher.__dict__["_spinecite_rule_of"] = (len(matcher.rule_map), {})
    rule = known[1].get(match_id)
    if rule is None:
        rule = known[1][match_id] = matcher.rule_map[doc.vocab.strings[match_id]]
    return rule


def _closing_at_document_end(doc: Doc, matcher) -> List[Tuple[int, int, int]]:
    """A field answered by a document's last words with no line break after them ("...
    Urinary retention? No" ending an inline text) closes as it does before a line end: a rule
    marked metadata.closes_at_document_end, matched there without its closing token."""
    found = []
    for key, rule in _rules_marked(matcher, "closes_at_document_end"):
        words = rule.pattern[:-1]
        at = len(doc) - len(words)
        if at >= 0 and all(_word_fits(doc[at + k], spec) for k, spec in enumerate(words)):
            found.append((doc.vocab.strings.add(key), at, len(doc)))
    return found


def _unwrapped_answers(doc: Doc, matches: list, matcher) -> list:
    """A dash answer closed by a bare line break before a lower-case word ("feet intact to
    monofilament bilaterally - no\nperipheral neuropathy on exam") is a wrapped sentence, not
    an answer to the item before it ("Fever - no\nWeight loss - no"): a rule marked
    metadata.not_before_wrapped_word is dropped there, and the cues inside its words (the
    "no" that opens the next words) are matched in its place."""
    marked = _ids_marked(matcher, doc, "not_before_wrapped_word")
    if not marked:
        return matches
    kept = []
    for match_id, start, end in matches:
        if (match_id in marked and doc[end - 1].text == "\n"
                and end < len(doc) and doc[end].text[:1].isalpha()
                and doc[end].text[:1].islower()):
            inner = doc[start:end - 1].as_doc()
            with regex_literals.recent_indexes_kept():
                inner_matches = matcher(inner)
            kept.extend((key, start + a, start + b) for key, a, b in inner_matches
                        if key not in marked)
        else:
            kept.append((match_id, start, end))
    return kept


def _newlines(doc: Doc) -> List[int]:
    """The tokens that are a bare line break, read once a note: a sentence's wraps are looked
    up in them, not token by token."""
    return numpy.flatnonzero(_tokens(doc).orths == doc.vocab.strings.add("\n")).tolist()


def _wrapped_matches(doc: Doc, matcher, sentence: Tuple[int, int],
                     newlines: Optional[List[int]] = None) -> List[Tuple[int, int, int]]:
    """The cues a line wrap splits inside a sentence ("Carpal tunnel syndrome not\nfavored",
    "cannot\nexclude"): the newline is a token of its own, so a cue's words are not next to
    each other. They are matched again in the sentence's words without their whitespace
    tokens, and those that held a newline are given back on the Doc's tokens. A wrap is a
    bare newline (an indented line is a list's next item, "Fever - no\n  Weight loss - no"),
    and a cue on a target's words is left to the target matcher, which reads wraps itself
    ("not\nimproving" is conservative_care_failed)."""
    first, last = sentence
    if newlines is None:
        newlines = _newlines(doc)
    wraps = newlines[bisect_left(newlines, first):bisect_left(newlines, last - 1)]
    if not wraps:
        return []
    tokens = _tokens(doc)
    kept = [i for i in range(first, last) if not tokens.spaces[i]]
    strings = doc.vocab.strings  # a token's text is its ORTH's string
    orths = tokens.orths[kept].tolist()
    words = [strings[orth] for orth in orths]
    # a match given back holds the view's words k and k + 1 either side of a wrap
    pairs = sorted({bisect_left(kept, wrap) - 1 for wrap in wraps} - {-1, len(kept) - 1})
    # the view's words are the note's (a word's LOWER is its lexeme's): the view's Doc is
    # built only to be matched
    lowers = tokens.lowers
    if not _may_hold(matcher, orths, [lowers[i] for i in kept],
                     "".join(word + " " for word in words), pairs):
        return []  # 19 views in 20: matching them found nothing to give back
    view = Doc(doc.vocab, words=words, spaces=[True] * len(kept))
    found = []
    with regex_literals.recent_indexes_kept():
        view_matches = matcher(view)
    for match_id, start, end in view_matches:
        a, b = kept[start], kept[end - 1] + 1
        if any(a < i < b for i in wraps):
            found.append((match_id, a, b))
    return found


def _may_hold(matcher, orths: List[int], lowers: List[int], text: str,
              pairs: List[int]) -> bool:
    """Whether `matcher(view)` may find a match holding the view's words k and k + 1 for
    some k of `pairs` (the view: words of these ORTH and LOWER values, one space after each):
    False only when no match of its rules can (no match before pruning, so none after it).
    The token patterns read through the opener matcher's reach, the phrases through their
    pairs of next words, the regex rules searched over the view's text (`text`, the view's
    `text`, which spaCy would join again)."""
    if not pairs:
        return False
    opener = getattr(matcher, "_first_word_matcher", None)
    if (not getattr(matcher, "_prune", False) or not isinstance(opener, OpenerMatcher)
            or _calls_back(matcher)):
        return True  # spaCy's Matcher on the whole view, or a callback: not read here
    if opener.may_hold(orths, lowers, pairs):
        return True
    if _phrase_may_hold(matcher, orths, lowers, pairs):
        return True
    folded = regex_literals.fold(text)
    for _, pattern, rule_plan, on_match in matcher._compiled_regex_rules():
        if (rule_plan.required is not None and on_match is None
                and not any(literal in folded for literal in rule_plan.required)):
            continue  # as `match_regex`: a text without the rule's literals holds no match
        if on_match is not None or pattern.search(text) is not None:
            return True
    return False


def _phrase_may_hold(matcher, orths: List[int], lowers: List[int], pairs: List[int]) -> bool:
    """Whether a phrase of the matcher may hold words k and k + 1 for some k of `pairs`: a
    phrase that does holds them as two of its own next words (their values of the phrase
    matcher's attribute). True when the phrases cannot be read so."""
    read = _phrase_pairs(matcher)
    if read is None:
        return True
    attr, known = read
    values = lowers if attr == LOWER else orths
    return any((values[k], values[k + 1]) in known for k in pairs)


def _phrase_pairs(matcher) -> Optional[Tuple[int, set]]:
    """The phrase matcher's attribute (LOWER or ORTH) and every pair of next words of its
    phrases, as that attribute's values; None for another attribute, or when spaCy keeps the
    phrases otherwise. Read from the phrases spaCy keeps for pickling them (the Docs medspaCy
    made of each rule's literal are not kept); read again when rules were added."""
    known = matcher.__dict__.get("_spinecite_phrase_pairs")
    if known is None or known[0] != len(matcher.rule_map):
        read = None
        try:
            _, (_, phrases, _, attr), *_ = matcher._MedspacyMatcher__phrase_matcher.__reduce__()
            if attr in (LOWER, ORTH):
                read = attr, {pair for keywords in phrases.values() for keyword in keywords
                              for pair in zip(keyword, keyword[1:])}
        except (TypeError, ValueError, AttributeError):
            pass
        known = matcher.__dict__["_spinecite_phrase_pairs"] = (len(matcher.rule_map), read)
    return known[1]


def _calls_back(matcher) -> bool:
    """Whether a rule of the matcher has an `on_match` callback (which matching the phrases
    twice would call twice); read again when rules were added."""
    known = matcher.__dict__.get("_spinecite_calls_back")
    if known is None or known[0] != len(matcher.rule_map):
        known = matcher.__dict__["_spinecite_calls_back"] = (
            len(matcher.rule_map),
            any(rule.on_match is not None for rule in matcher.rule_map.values()))
    return known[1]


_SLASH_PAIR = re.compile(r"[a-z]{2,}/[a-z]{2,}")


def _resumed_after_exception(doc: Doc, modifiers: List[NoteModifier],
                             sentence: Tuple[int, int],
                             section_starts: List[int]) -> List[NoteModifier]:
    """A denied list goes on after an exception set off by a comma: "Denies gait change,
    hand clumsiness other than the weak grip, bladder or bowel change" denies the bladder and
    bowel change too. The denial is read again from the comma that ends the exception, when
    the rest of the list is closed by a coordinator; an exception followed by a clause of its
    own ("no weakness other than the left EHL, which is 4/5"; "no falls apart from one in
    2021, when she slipped") ends it."""
    config = _CLAUSES.get().get("exception_resumes", {})
    literals = set(config.get("literals", ()))
    breaks = set(config.get("breaks", ()))
    coordinators = set(config.get("coordinators", ()))
    resumed = []
    for modifier in modifiers:
        ended = modifier.metadata.get("terminated_by")
        if (modifier.category.upper() != "NEGATED_EXISTENCE"
                or modifier.direction.upper() != "FORWARD"
                or not isinstance(ended, dict) or ended.get("literal", "").lower() not in literals):
            continue
        cut = modifier.scope_span[1]
        comma = next((j for j in range(cut + 1, min(sentence[1], cut + 1 + config.get("reach", 0)))
                      if doc[j].text == "," or doc[j].lower_ in breaks), None)
        if comma is None or doc[comma].text != ",":
            continue
        rest = [t.lower_ for t in doc[comma + 1:sentence[1]]]
        # a slash joins a pair as "or" does, split off or within one word ("bowel/bladder")
        if not any(word in coordinators or ("/" in coordinators and _SLASH_PAIR.fullmatch(word))
                   for word in rest):
            continue
        if rest and rest[0] in config.get("clause_after_comma", ()):
            # "no falls apart from one in 2021, when she slipped on ice": the comma opens the
            # exception's own clause, which tells it; no denied list goes on there
            continue
        again = NoteModifier(modifier.rule, comma, comma + 1, doc,
                             _bounds(section_starts, comma, len(doc)), sentence)
        if not again.off_line:
            resumed.append(again)
    return resumed


_LEVEL_HEAD = re.compile(r"^[CTLS]\d{1,2}$", re.I)
_LEVEL_TAIL = re.compile(r"^[CTLS]?\d{1,2}$", re.I)


def _inside_level(doc: Doc, i: int) -> bool:
    """Token i is the hyphen or the tail of a spinal level the tokenizer split ("L4", "-",
    "5"), which is one word as "L5-S1", kept whole, is."""
    text = doc[i].text
    if text in _DASHES:
        return (0 < i < len(doc) - 1 and bool(_LEVEL_HEAD.match(doc[i - 1].text))
                and bool(_LEVEL_TAIL.match(doc[i + 1].text)) and not doc[i - 1].whitespace_
                and not doc[i].whitespace_)
    return (i >= 2 and doc[i - 1].text in _DASHES and bool(_LEVEL_TAIL.match(text))
            and _inside_level(doc, i - 1))


def _words_reach(doc: Optional[Doc], from_: int, most: int, limit: int, step: int) -> int:
    """The token index `most` words away from `from_` (forward for step 1, backward for -1),
    not past `limit`, counting a split spinal level ("L4-5") as one word: "Presumed large
    central L4-5 or L5-S1 disc herniation" is the same six words as with "L5-S1" twice; a
    line break counts as none."""
    if doc is None:
        return min(limit, from_ + most) if step > 0 else max(limit, from_ - most)
    words, i = 0, from_
    tokens = _tokens(doc)
    inside, space = tokens.level_parts, tokens.spaces
    if step > 0:
        # "his brother (64) just had surgery for ...", "her mother (age 80) had ...": a short
        # aside right after the cue is no word of its reach, as one right before it is not
        # (_aside_before)
        i = _aside_after(doc, from_, limit)
    while words < most and (i < limit if step > 0 else i > limit):
        token = i if step > 0 else i - 1
        # a line's break after the cue ("he is not to take\nanti-inflammatories now",
        # dictation wrapped at its margin) is no word of its forward reach
        if token not in inside and not (step > 0 and space[token]):
            words += 1
        i += step
    # a level's tail right at the edge goes with its head ("... at L4" + "-5")
    while step > 0 and i < limit and i in inside:
        i += 1
    return i


class _Tokens(NamedTuple):
    """What ConText asks of each token of a note, read once a note as arrays: it was asked of
    Token objects built a word (2-3 a word of every modifier's reach, one a word of every
    wrapped sentence, of every scope a rule's stops are looked for in)."""

    doc: Doc
    length: int
    level_parts: set  # the tokens for which `_inside_level` holds
    spaces: List[bool]  # each token's `is_space`
    orths: Any  # each token's ORTH, an array
    lowers: List[int]  # each token's LOWER
    text: str  # `doc_text`: its Doc extension read once, not once a denied target


# the last Doc read, with what was read of it; one tuple, swapped whole, so that a reader never
# pairs a Doc with another's tokens
_READ: List[Optional[_Tokens]] = [None]


def _tokens(doc: Doc) -> _Tokens:
    read = _READ[0]
    if read is None or read.doc is not doc or read.length != len(doc):
        columns = doc.to_array([ORTH, LOWER, IS_SPACE])
        orths = columns[:, 0]
        read = _READ[0] = _Tokens(doc, len(doc), _split_level_parts(doc, orths),
                                  columns[:, 2].astype(bool).tolist(), orths,
                                  columns[:, 1].tolist(), doc_text(doc))
    return read


def _split_level_parts(doc: Doc, orths: Any) -> set:
    """The tokens for which `_inside_level` holds, from the dashes alone: a level's hyphen is
    a dash with no space after it, and its tail the token right after one (a tail is never a
    dash). Most dashes of a note open a list item ("- no"), with a space."""
    dashes = numpy.zeros(len(orths), dtype=bool)
    for dash in _DASHES:
        dashes |= orths == doc.vocab.strings.add(dash)
    spaced = doc.to_array(SPACY) != 0
    dashes &= ~spaced
    # ... and none before it: the token before a level's hyphen has no space after it
    dashes[1:] &= ~spaced[:-1]
    parts = set()
    for i in numpy.flatnonzero(dashes).tolist():
        if _inside_level(doc, i):
            parts.update((i, i + 1))
    return parts


def _sentence_scope(rule, start: int, end: int, sentence: Tuple[int, int],
                    doc: Optional[Doc] = None) -> Tuple[int, int]:
    """medspaCy's scope of a modifier in a sentence (`ConTextModifier.__set_scope` without a
    window): forward to the sentence's end, backward to its start, else both; each cut to
    the rule's `max_scope` words (a split spinal level, "L4 - 5", one word)."""
    first, last = sentence
    most = rule.max_scope
    direction = rule.direction.lower()
    if most is not None:
        first, last = _words_reach(doc, start, most, first, -1), _words_reach(doc, end, most, last, 1)
    if direction == "forward":
        return end, last
    if direction == "backward":
        return first, start
    return first, last


def _update_scopes(modifiers: List[NoteModifier]) -> None:
    """medspaCy's `ConTextGraph.update_scopes`: each pair of modifiers, in order, each limiting
    the other's scope. A pair whose scopes do not overlap is passed by: `limit_scope` asks
    that first and leaves both as they are (~150 calls a note, most of them such pairs)."""
    for i in range(len(modifiers) - 1):
        first = modifiers[i]
        for j in range(i + 1, len(modifiers)):
            second = modifiers[j]
            if (first._scope_start < second._scope_end
                    and second._scope_start < first._scope_end):
                first.limit_scope(second)
                second.limit_scope(first)


def _unpruned(modifiers: List[NoteModifier], targets: list) -> List[NoteModifier]:
    """medspaCy drops a modifier that overlaps a target ("negative" in the target "SLR
    negative"). A rule marked `metadata.survives_target_overlap` keeps its modifier: "failed"
    and "despite" are also the target "failed conservative care", and still say the therapies
    after them were tried ("failed 8 wks PT + NSAID")."""
    kept = []
    for modifier in modifiers:
        for target in targets:
            modifier.yield_to(target)
        if not (modifier.rule.metadata or {}).get("survives_target_overlap") and any(
                _overlaps((t.start, t.end), modifier.modifier_span) and not modifier.prefixes(t)
                and not modifier.opens_denied(t) for t in targets):
            continue
        kept.append(modifier)
    return kept


def _coordinated(edges: list, targets: list, modifiers: List[NoteModifier],
                 config: Dict[str, Any]) -> list:
    """'most likely a disc herniation at L4-5 or a far-lateral herniation at L5-S1', 'If pain
    persists, becomes constant, wakes her at night, or she loses weight': a cue of
    uncertainty or of a condition speaks of every item of the list it opens, not only of
    those its scope reaches. A list is a run of targets joined by commas and a coordinator
    ("or", "vs"); it ends at its last coordinator, and a gap it crosses holds no break word,
    no cue that would cut this one and at most `max_gap` tokens (resources/context_rules.json,
    "coordination"). A cue marked `heads_list` ("if pain persists") is itself the list's
    first item, and the items after it take it whatever its allowed types."""
    categories = set(config.get("categories", ()))
    added = []
    if not categories or not targets:
        return added
    # a list runs on away from its cue: "X or Y is suspected" is the cue's own scope
    # ... and from a target the cue opens ("Likely L4-5 disc herniation or lateral recess
    # stenosis": the target's words begin with the cue)
    starts = [(m, (t.start, t.end), True) for t, m in edges
              if t.start >= m.modifier_span[1]
              or m.modifier_span[0] <= t.start and t.end > m.modifier_span[1]]
    starts += [(m, m.modifier_span, False) for m in modifiers
               if (m.rule.metadata or {}).get("heads_list")]
    if not any(modifier.category.upper() in categories for modifier, _, _ in starts):
        return added  # most sentences: no cue a list could follow
    ordered = sorted(targets, key=lambda t: (t.start, t.end))
    have = {(id(t), id(m)) for t, m in edges}
    for modifier, first, check_type in starts:
        if modifier.category.upper() not in categories:
            continue
        run, last_or, previous = [], 0, first
        for target in ordered:
            if target.start < first[1]:
                continue
            link = _link(previous, target, modifier, modifiers, config)
            if link is None or _own_verb_follows(target, modifier):
                break
            run.append(target)
            previous = (target.start, target.end)
            if link:
                last_or = len(run)
        if run and _coordinator_follows(ordered[0].doc, previous[1], config):
            last_or = len(run)  # "..., wakes her at night, or she loses weight": one more item
        for other in run[:last_or]:
            if (id(other), id(modifier)) in have or (
                    check_type and not modifier.allows(other.label_.upper())):
                continue
            if modifier.category.upper() == "HYPOTHETICAL" and _condition_holds(other, modifier):
                other._.presupposed = True
                continue  # "..., worsening leg weakness, fever": the weakness is there now
            have.add((id(other), id(modifier)))
            modifier._targets.append(other)
            added.append((other, modifier))
    return added


def _own_verb_follows(target, modifier: NoteModifier) -> bool:
    """'If CT shows a large herniation or weakness progresses': an item followed by a verb
    the cue's rule says keeps its target out (`metadata.not_if_followed_by`: progresses,
    persists, worsens) is the subject of the condition's next clause, not one more thing the
    study may show; the list ends before it, as the cue's own scope leaves it alone."""
    after = (modifier.rule.metadata or {}).get("not_if_followed_by")
    return bool(after) and _followed_by(target, after)


_SENTENCE_END = frozenset({".", ";", "!", "?"})


def _course_kind(target, metadata: Dict[str, Any]) -> bool:
    """A rule's `metadata.not_if_followed_by_kinds` limits its `not_if_followed_by` to the
    targets of those kinds (resources/codes.json): "if PT does not help" names a course
    tried, a treatment, while "if the weakness does not recover" names a finding, which
    stays in the condition (ruling R9, hear47). Without the key every target is held out."""
    kinds = metadata.get("not_if_followed_by_kinds")
    if kinds is None:
        return True
    return codes().get(target.label_, {}).get("kind") in kinds


def _followed_by(target, words) -> bool:
    """One of `words` in the two tokens after the target, within its sentence: "if weakness
    progresses" holds the verb of the target's own clause; "surgery if weakness progresses.
    Continue naproxen." does not - the next sentence's "Continue" is no verb of the weakness
    (assert44c: the conditional worsening read present beside a next-line "Continue")."""
    for token in target.doc[target.end:target.end + 2]:
        if token.text in _SENTENCE_END or token.is_sent_start:
            return False
        if token.lower_ in words:
            return True
    return False


def _denied_list(edges: list, targets: list, modifiers: List[NoteModifier],
                 config: Dict[str, Any]) -> list:
    """A denial that closes or heads a list speaks of every item of it, not only of those
    its scope reaches ("denied_list" in resources/context_rules.json):
    - after a list closed by a coordinator or summed up by a quantifier: "Hoffmann, Babinski
      and clonus all negative", "fever, chills, weight loss absent" is not enough (no
      coordinator: "Hoffmann positive, clonus negative" is two findings);
    - after a parenthesis listing the items of what it names: "Red flags (saddle anesthesia,
      retention, incontinence) negative";
    - before a parenthesis or a colon that lists them: "Cord signs negative (Hoffmann,
      Babinski, clonus)", "UMN signs absent: Hoffmann, Babinski, clonus".
    An item whose own words say its state ("Hoffmann positive") is not an item of the list."""
    if not targets or not config:
        return []
    # the denials that may close or head a list: none in most sentences
    denials = [m for m in modifiers if m.category.upper() == "NEGATED_EXISTENCE"
               and m.direction.upper() in ("BACKWARD", "BIDIRECTIONAL")]
    # ... and a backward cue of another category whose rule closes a list of the things it
    # ends (`metadata.closes_list`: "leg pain and claudication gone" - "gone" stops its own
    # scope at "and", so that "back pain persists and leg pain gone" keeps the back pain)
    closers = [m for m in modifiers if m.category.upper() != "NEGATED_EXISTENCE"
               and m.direction.upper() == "BACKWARD"
               and (m.rule.metadata or {}).get("closes_list")]
    if not denials and not closers:
        return []
    closing = {id(m) for m in closers}
    doc = targets[0].doc
    ordered = sorted(targets, key=lambda t: (t.start, t.end))
    joins = set(config.get("joins", ()))
    have = {(id(t), id(m)) for t, m in edges}
    added = []
    for modifier in denials + closers:
        start, end = modifier.modifier_span
        items: list = []
        reached = [t for t, m in edges if m is modifier and t.end <= start]
        if reached:
            items = _list_before(min(reached, key=lambda t: t.start), ordered, joins, config,
                                 doc, start, end)
        if id(modifier) in closing:
            pass  # a list before the cue only, closed by a coordinator or a quantifier
        elif not reached and start > 0 and doc[start - 1].text == ")":
            items = _listed_between(doc, ordered, joins, config, start - 1, "(", -1)
            if items:  # and the words the parenthesis glosses: "B/B symptoms (...) denied"
                opening = next(i for i in range(start - 2, -1, -1) if doc[i].text == "(")
                items += _named_before(ordered, opening)
        if id(modifier) not in closing and end < len(doc) and doc[end].text in ("(", ":"):
            items += _listed_between(doc, ordered, joins, config, end,
                                     ")" if doc[end].text == "(" else None, 1)
        if id(modifier) not in closing and doc[start].text == "?":
            items += _question_list(doc, ordered, joins, config, start)
        for target in items:
            if (id(target), id(modifier)) in have or not modifier.allows(target.label_.upper()):
                continue
            have.add((id(target), id(modifier)))
            modifier._targets.append(target)
            added.append((target, modifier))
    return added


def _question_list(doc: Doc, ordered: list, joins: set, config: Dict[str, Any],
                   mark: int) -> list:
    """The items a question asks about, when its answer after the question mark denies:
    "- Leg weakness, tripping, foot slapping? None.", "Fever, chills, night sweats? No." A
    question asked of a list is answered for every item, unlike a list that closes with a
    state word ("Hoffmann positive, clonus negative"), so no coordinator is needed; the
    question runs back from its mark to its line's start (a bullet and the question's
    opening words, config["question_openers"], may stand before its first item), stopping
    at any other stop (".", ";", ":", "?", a parenthesis), at most max_tokens tokens."""
    openers = set(config.get("question_openers", ()))
    most = config.get("max_tokens", 0)
    i = mark - 1
    while i >= 0 and mark - i <= most:
        text = doc[i].text
        if "\n" in text or text in (".", ";", ":", "?", "(", ")"):
            break
        i -= 1
    else:
        return []
    if mark - i > most:
        return []
    lo = i + 1
    while lo < mark and (doc[lo].is_space or doc[lo].text in ("-", "*", "\u2022")
                         or doc[lo].lower_ in openers):
        lo += 1
    return _items_joined(doc, ordered, lo, mark, joins, joins, config)


def _line_of(doc: Doc, i: int) -> Tuple[int, int]:
    """The token range of the line holding token i (newline tokens excluded)."""
    start = i
    while start > 0 and not _is_newline(doc[start - 1]):
        start -= 1
    end = i
    while end < len(doc) and not _is_newline(doc[end]):
        end += 1
    return start, end


def _denied_block(doc: Doc, heading, spans: list, section_starts: List[int],
                  sentences: list, sentence_of: list, config: Dict[str, Any]) -> list:
    """"Patient denies:\n- urinary retention\n- saddle numbness", "PERTINENT NEGATIVES\n
    Saddle anesthesia\nFever": a denial that is a line of its own heads the list below it,
    and denies every item of it. The list runs over short item lines (at most `item_words`
    words, bulleted throughout when its first line is) and ends at a blank line, a line that
    is a label ("Positive:", "Exam:"), a line holding one of `breaks` ("present", "reports")
    or after `max_lines` lines (resources/context_rules.json, "denied_block")."""
    rule, start, end = heading
    first, last = _line_of(doc, start)
    openers = set(config.get("line_openers", ()))
    if any(not (t.is_space or t.lower_ in openers) for t in doc[first:start]) or any(
            not (t.is_space or t.text == ":") for t in doc[min(end, last):last]):
        return []  # "SLR negative:" inside a line heads nothing
    bounds = _bounds(section_starts, start, len(doc))
    breaks = set(config.get("breaks", ()))
    lines, bulleted, at = [], None, last  # the cue's pattern holds the newline after it
    while at < min(len(doc), bounds[1]) and len(lines) < config.get("max_lines", 0):
        if doc[at].text.count("\n") >= 2:
            break  # a blank line ends the list
        line_start, line_end = _line_of(doc, at + 1)
        tokens = [t for t in doc[line_start:line_end] if not t.is_space]
        if not tokens:
            break
        bullet = bool(_BULLET.match(tokens[0].text)) or (
            tokens[0].is_digit and len(tokens) > 1 and tokens[1].text in {".", ")"})
        if bulleted is None:
            bulleted = bullet
        words = [t for t in tokens if t.is_alpha]
        if (bulleted and not bullet) or any(t.text == ":" or t.lower_ in breaks for t in tokens) \
                or len(words) > config.get("item_words", 0):
            break
        lines.append((line_start, line_end))
        at = line_end
    if not lines:
        return []
    modifier = NoteModifier(rule, start, end, doc, bounds, sentences[sentence_of[start]])
    modifier._scope_start, modifier._scope_end = lines[0][0], lines[-1][1]
    return [(t, modifier) for t in spans
            if lines[0][0] <= t.start and t.end <= lines[-1][1] and modifier.allows(t.label_)]


_CELL = re.compile(r"\S+(?: \S+)*")  # a column's cell: words one space apart


def _cells(line: str) -> list:
    """The line's cells: (start, end, lower-case words) of each."""
    return [(m.start(), m.end(), m.group().lower()) for m in _CELL.finditer(line)]


def _answer_row(doc: Doc, row, spans: list, section_starts: List[int], sentences: list,
                sentence_of: list, rule_map: Dict[str, Any]) -> list:
    """"Saddle anesthesia     Urinary retention     Fever\nNo                    No
    Yes": a line of answers alone answers the row of labels above it, each label by the
    answer under it - the one in its column, or in its place when the rows hold as many
    cells. A denial denies its label, a "yes" leaves it present; a label whose answer cannot
    be told is no finding (the rule marked metadata.unaligned_answer), never present."""
    rule, start, end = row
    first, last = _line_of(doc, start)
    if first < 2:
        return []
    answers = _form_words("row_answers")
    text = doc_text(doc)
    line_at = doc[first].idx
    cells = _cells(text[line_at:doc[last - 1].idx + len(doc[last - 1])])
    above_first, above_last = _line_of(doc, first - 2)
    if any(c[2] not in answers for c in cells) or above_last <= above_first:
        return []
    above_at = doc[above_first].idx
    labels = [(m.start(), m.end()) for m in
              _CELL.finditer(text[above_at:doc[above_last - 1].idx + len(doc[above_last - 1])])]
    if len(labels) < 2:
        return []
    unaligned = next((r for r in rule_map.values()
                      if (r.metadata or {}).get("unaligned_answer")), None)
    bounds = _bounds(section_starts, start, len(doc))
    denial = NoteModifier(rule, start, end, doc, bounds, sentences[sentence_of[start]])
    unanswered = unaligned and NoteModifier(unaligned, start, end, doc, bounds,
                                            sentences[sentence_of[start]])
    edges = []
    for target in spans:
        if not (doc[above_first].idx <= target.start_char
                and target.end < above_last + 1 and target.start >= above_first):
            continue
        column = target.start_char - above_at
        label = next((k for k, (a, b) in enumerate(labels) if a <= column < b), None)
        if label is None:
            continue
        if len(labels) == len(cells):
            answer = cells[label][2]
        else:
            # the answer under the label: starting within its cell, or covering its start
            under = [c for c in cells if labels[label][0] - 1 <= c[0] < labels[label][1]
                     or c[0] <= labels[label][0] < c[1]]
            answer = under[0][2] if len(under) == 1 else None
        if answer is None:
            if unanswered:
                edges.append((target, unanswered))
        elif answer not in _form_words("row_answers_yes") and denial.allows(target.label_):
            edges.append((target, denial))
    return edges


_GRID_ROW = re.compile(r"^[ \t]*\S.*?\S[ \t]{2,}[.\-_xX\u2713\u2714][ \t]+[.\-_xX\u2713\u2714][ \t]*$")
# a row of a grid whose rows check one cell each ("Fever / night sweats          X"), the
# check maybe followed by a remark in parentheses ("Missed work     X    (3 days)")
_GRID_ROW_ONE = re.compile(
    r"^[ \t]*\S.*?\S[ \t]{2,}[xX\u2713\u2714](?:[ \t]{2,}\([^()\n]*\))?[ \t]*$")
_GRID_CHECKS = ("x", "\u2713", "\u2714")
# a grid header's answer cells: "Yes  No", "Y   N", "+   -"
_GRID_ANSWERS = ("yes", "no", "y", "n", "+", "-")
_GRID_DENIALS = ("no", "n", "-")
_GRID_MARKS = (".", "-", "_", "x", "\u2713", "\u2714")


def _grid_header(cells: list) -> Optional[list]:
    """A grid header's answer cells: the line's last two or more cells, each a yes/no word
    ("Yes   No", "Y  N", "+  -"), after at most one label cell of words ("ROS grid
    (pt-completed)        Y   N", "Since the accident, I have:       Yes  No")."""
    answers = [c for c in cells if c[2] in _GRID_ANSWERS]
    if len(answers) < 2 or cells[-len(answers):] != answers or len(cells) - len(answers) > 1:
        return None
    if len({c[2] for c in answers}) != len(answers):
        return None
    if not any(c[2] in _GRID_DENIALS for c in answers):
        return None
    return answers


def _bar_cells(line: str) -> list:
    """A barred line's cells ("Fever, night sweats      |   | X"): (start, end, words)."""
    cells, at = [], 0
    for part in line.split("|"):
        cells.append((at, at + len(part), " ".join(part.split()).lower()))
        at += len(part) + 1
    return cells


def _grid_mark(doc: Doc, mark, spans: list, section_starts: List[int], sentences: list,
               sentence_of: list) -> list:
    """"              Yes   No\nFever          .    X": a review-of-systems grid checks each
    row's answer in a column its header names (mend33a, e253). The check under "No" denies
    the row's label; under "Yes" it leaves it. The header is the nearest line above made of
    yes/no cells only, with nothing but such rows between; a check under no header cell
    answers nothing. A grid whose rows check one cell each ("Fever / night sweats      X"
    under "ROS grid (pt-completed)     Y   N"; mend38d) is read the same way, its header
    led by at most one label cell, the check under the answer cell nearest its column (at
    most two characters off); so is a barred grid ("Weight loss   |   | X" under
    "ROS    | + | -"), its check in the cell of the header's denial, rows and header
    holding as many bars."""
    rule, start, end = mark
    # the marks close their line, and one is a check: asked of the match's own tokens and the
    # one after it before the line is walked token by token to its start (most matches, ". -"
    # or "x x" inside a line, end here)
    if (end < len(doc) and not _is_newline(doc[end])) or any(
            _is_newline(t) for t in doc[start:end]):
        return []
    checked = [t for t in doc[start:end] if t.lower_ in _GRID_CHECKS]
    if len(checked) != 1:
        return []
    single = end - start == 1
    if single and start > 0:
        before = doc[start - 1] if not doc[start - 1].is_space else (
            doc[start - 2] if start > 1 else None)
        if before is not None and before.lower_ in _GRID_MARKS:
            return []  # ". X": the two-mark rule reads it
    first, last = _line_of(doc, start)
    if end != last:
        return []  # the marks close their line (asked above)
    text = doc_text(doc)
    line_at = doc[first].idx
    own_line = text[line_at:checked[0].idx + len(checked[0])]
    if single and "|" in own_line:
        return _bar_grid_mark(doc, mark, spans, section_starts, sentences, sentence_of,
                              first, own_line)
    column = checked[0].idx - line_at
    at = line_at
    header = None
    for _ in range(20):
        if at <= 0:
            return []
        above_at = text.rfind("\n", 0, at - 1) + 1
        line = text[above_at:at - 1]
        cells = _cells(line)
        if not single:
            if len(cells) >= 2 and all(c[2] in ("yes", "no", "y", "n") for c in cells):
                header = cells
                break
            if not _GRID_ROW.match(line):
                return []
        else:
            header = _grid_header(cells)
            if header is not None:
                break
            if not (_GRID_ROW_ONE.match(line) or _GRID_ROW.match(line)):
                return []
        at = above_at
    if header is None:
        return []
    if not single:
        under = [c for c in header if c[0] - 1 <= column <= c[1]]
        if len(under) != 1 or under[0][2] not in ("no", "n"):
            return []
    else:
        if column < header[0][0] - 2:
            return []  # a check left of the answers answers none of them
        gaps = sorted((max(c[0] - column, column - (c[1] - 1), 0), k)
                      for k, c in enumerate(header))
        if gaps[0][0] > 2 or (len(gaps) > 1 and gaps[1][0] == gaps[0][0]):
            return []
        if header[gaps[0][1]][2] not in _GRID_DENIALS:
            return []
    return _row_denied(doc, mark, spans, section_starts, sentences, sentence_of, first, text)


# "Hand clumsiness (other than numb tips)   |   | X": what the row's label excepts is not
# what its answer denies (mend38d, e460)
_GRID_EXCEPTION = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|aside\s+from|"
                             r"besides|excluding)\b", re.I)


def _row_denied(doc: Doc, mark, spans: list, section_starts: List[int], sentences: list,
                sentence_of: list, first: int, text: str) -> list:
    """The row's answer under a denial: it denies the targets of its row's label (from token
    `first` to the check), except what the label excepts."""
    rule, start, end = mark
    denial = NoteModifier(rule, start, end, doc, _bounds(section_starts, start, len(doc)),
                          sentences[sentence_of[start]])
    line_at = doc[first].idx
    return [(target, denial) for target in spans
            if target.start >= first and target.end <= start and denial.allows(target.label_)
            and not _GRID_EXCEPTION.search(text, line_at, target.start_char)]


def _bar_grid_mark(doc: Doc, mark, spans: list, section_starts: List[int], sentences: list,
                   sentence_of: list, first: int, own_line: str) -> list:
    """"ROS              | + | -\nWeight loss      |   | X": the check alone in its row's last
    cell, under the header's denial cell of the same place; the rows between hold as many
    bars, and the header's cells after its label are answer words only."""
    row = _bar_cells(own_line)
    if len(row) < 3 or row[-1][2] not in _GRID_CHECKS or not row[0][2]:
        return []
    if any(c[2] for c in row[1:-1]):
        return []  # another cell checked or written: not a one-check row
    text = doc_text(doc)
    at = doc[first].idx
    header = None
    for _ in range(20):
        if at <= 0:
            return []
        above_at = text.rfind("\n", 0, at - 1) + 1
        line = text[above_at:at - 1]
        cells = _bar_cells(line)
        if len(cells) != len(row):
            return []
        answers = [c[2] for c in cells[1:]]
        if all(a in _GRID_ANSWERS for a in answers) and len(set(answers)) == len(answers):
            header = answers
            break
        if not cells[0][2] or any(c[2] not in ("",) + _GRID_CHECKS for c in cells[1:]):
            return []
        at = above_at
    if header is None or header[-1] not in _GRID_DENIALS:
        return []
    return _row_denied(doc, mark, spans, section_starts, sentences, sentence_of, first, text)


def _named_before(ordered: list, at: int) -> list:
    """The targets that end right before token `at` (an opening parenthesis), word to word."""
    named = []
    for target in reversed(ordered):
        if target.end == at:
            named.append(target)
            at = target.start
    return named


def _own_state(target) -> bool:
    rule = getattr(target._, "target_rule", None)
    return rule is not None and "assertion" in (rule.metadata or {})


def _joined(doc: Doc, a: int, b: int, joins: set, config: Dict[str, Any],
            edge: int = 0) -> bool:
    """Only list punctuation and coordinators stand between tokens a and b, and items the
    target vocabulary does not name ("saddle anesthesia, retention, incontinence"), each of
    at most config["item_words"] words set off by joins, none a word of config["breaks"]
    ("Saddle anesthesia, retention present, and incontinence negative" is two lists).
    `edge` -1: the gap opens a list (an item may start it); 1: the gap closes one."""
    if a > b:
        return False
    words = [t.lower_ for t in doc[a:b]]
    if not words:
        return True
    if any(w in config.get("breaks", ()) for w in words):
        return False
    if (edge != -1 and words[0] not in joins) or (edge != 1 and words[-1] not in joins):
        return False
    run = 0
    for word in words:
        run = 0 if word in joins else run + 1
        if run > config.get("item_words", 0):
            return False
    return True


def _list_before(first, ordered: list, joins: set, config: Dict[str, Any], doc: Doc,
                 cue: int, cue_end: Optional[int] = None) -> list:
    """The items of a list that end at target `first`, the first item a denial reached,
    when a coordinator closes the list or a quantifier sums it up before the cue or in it
    ("fever, chills, retention - all absent": the cue holds the dash it answers after)."""
    run, current = [], first
    for target in reversed([t for t in ordered if t.end <= first.start]):
        if _own_state(target) or not _joined(doc, target.end, current.start, joins, config):
            break
        run.append(target)
        current = target
    if not run:
        return []
    words = {t.lower_ for t in doc[run[-1].start:cue]}
    closed = words & set(config.get("coordinators", ()))
    summed = any(t.lower_ in config.get("quantifiers", ())
                 for t in doc[first.end:cue if cue_end is None else cue_end])
    return run if closed or summed else []


def _listed_between(doc: Doc, ordered: list, joins: set, config: Dict[str, Any], at: int,
                    closing: Optional[str], step: int) -> list:
    """The targets listed from token `at` (a parenthesis or a colon) to its `closing`
    parenthesis (to the sentence's end after a colon), going `step` (-1 backwards), when
    nothing but list punctuation and coordinators stands between them."""
    sentence = doc[at].sent
    limit = sentence.start - 1 if step < 0 else sentence.end
    most = config.get("max_tokens", 0)
    inside, closed = [], closing is None
    i = at + step
    while i != limit and abs(i - at) <= most:
        text = doc[i].text
        if text == closing:
            closed = True
            break
        if "\n" in text or text in ("(", ")", ";", ":"):
            break  # a colon list ends with its line; a parenthesis must close
        inside.append(i)
        i += step
    if not closed:
        return []
    if not inside:
        return []
    return _items_joined(doc, ordered, min(inside), max(inside) + 1, joins, joins | {"."},
                         config)


def _items_joined(doc: Doc, ordered: list, lo: int, hi: int, joins: set, last_joins: set,
                  config: Dict[str, Any]) -> list:
    """The targets within tokens lo..hi when nothing but list punctuation and coordinators
    stands before, between and after them (`last_joins` after the last one), and none
    carries its own state word; else none."""
    items = [t for t in ordered if t.start >= lo and t.end <= hi]
    if not items or any(_own_state(t) for t in items):
        return []
    edges = [lo] + [x for t in items for x in (t.start, t.end)] + [hi]
    gaps = list(zip(edges[::2], edges[1::2]))
    for n, (a, b) in enumerate(gaps):
        edge = -1 if n == 0 else 1 if n == len(gaps) - 1 else 0
        if not _joined(doc, a, b, last_joins if edge == 1 else joins, config, edge):
            return []
    return items


def _coordinator_follows(doc: Doc, end: int, config: Dict[str, Any]) -> bool:
    following = [t.lower_ for t in doc[end:end + 2]]
    return any(w in config.get("coordinators", ()) for w in following)


def _link(a: Tuple[int, int], b, modifier: NoteModifier, modifiers: List[NoteModifier],
          config: Dict[str, Any]) -> Optional[bool]:
    """How item a and target b are joined: True by a coordinator, False by a comma only,
    None when they are not items of one list."""
    gap = b.doc[a[1]:b.start] if b.start >= a[1] else None
    if gap is None or sum(not t.is_punct for t in gap) > config.get("max_gap", 6):
        return None
    if _overlaps(modifier.modifier_span, (b.start, b.end)):
        return None
    words = {t.lower_ for t in gap}
    if words & set(config.get("breaks", ())):
        return None
    category = modifier.category.upper()
    for other in modifiers:
        if other is modifier or not (other.modifier_span[0] < b.start
                                     and other.modifier_span[1] > a[1]):
            continue
        cuts = (other.rule.metadata or {}).get("cuts_categories")
        if not (other.direction.upper() == "TERMINATE" and cuts is not None
                and category not in cuts):
            return None  # "possible X, no Y", "likely X, but Y"
    if words & set(config.get("coordinators", ())):
        return True
    return False if "," in words else None


def _section_starts(doc: Doc) -> List[int]:
    sections = doc._.sections if Doc.has_extension("sections") else None
    return sorted({s.title_start for s in sections or () if s.title_start is not None})


def _bounds(section_starts: List[int], token: int, length: int) -> Tuple[int, int]:
    """The token range of the section holding `token` (the whole Doc without sections)."""
    i = bisect_right(section_starts, token)
    start = section_starts[i - 1] if i else 0
    end = section_starts[i] if i < len(section_starts) else length
    return start, end
