"""Attributes of each finding read from its words and its sentence.

Laterality, spinal level, motor grade, pain score, and for therapy, imaging and surgery the
dates, durations and outcome, normalised against the note's reference date. Cue words are
data (resources/attributes.json); the nearest cue to the finding wins, because a sentence
such as "4/5 L EHL, R side intact" carries several.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Any, Optional, Sequence

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from spinecite.pipeline import timex
from spinecite.pipeline.extensions import SPAN_GROUP, Extensions, SentenceIndex
from spinecite.pipeline.extensions import doc_text as _doc_text
from spinecite.pipeline.lines import line_bounds
from spinecite.pipeline.resources import codes, load_json

# Each form opens on its region's letter at a word's start, written as the letter, then "no
# word character before it", then the form capturing that letter from behind: the same
# matches and groups as "\b([CTLS])..." each, but opening on a character class, so `re`
# skips to the next C, T, L or S in C instead of trying the three forms at every character
# (tests/test_perf31_attributes.py).
_LEVEL = re.compile(
    r"[CTLS](?<!\w[CTLS])(?:(?<=([CTLS]))\s?(\d{1,2})\s?(?:-|–|/|to|through)\s?([CTLS])?\s?(\d{1,2})\b"
    r"|(?<=([CTLS]))\s?(\d{1,2})\s+on\s+([CTLS])\s?(\d{1,2})\b"  # "anterolisthesis of L4 on L5"
    r"|(?<=([CTLS]))(\d{1,2})\b)")
_GRADE = re.compile(r"(?<![\d/.])([0-5])\s?([+-]?)\s?/\s?5(?![\d/])")
# a grade dictated in words ("Right triceps is 4 out of 5"), read only where none is written x/5
_GRADE_WORDS = re.compile(r"(?<![\d/.])([0-5])\s?([+-]?)\s+(?:out\s+)?of\s+5(?![\d/])")
# a grade on the Medical Research Council scale, which is out of 5 ("MRC grade 4 left TA")
_MRC_GRADE = re.compile(r"\bMRC\s+(?:grade\s+)?(?:of\s+)?([0-5])\s?([+-]?)(?![\w/]|\.\d)", re.IGNORECASE)
_SCORE = re.compile(r"(?<![\d/.])(10|\d(?:\.\d)?)\s?(?:/|out of)\s?10(?!\d)"
                    # a named 0-10 scale needs no "/10": "VAS 7", "NRS: 8", "pain level 9"
                    r"|\b(?i:VAS|NRS|NPRS|pain\s+(?:score|level|rating|intensity))\s*(?::|=|-|of|is)?\s*"
                    r"(10|\d(?:\.\d)?)(?![\d/%]|\.\d)")
# words before an operation's name that date it, not name it ("s/p ACDF", "prior fusion")
_PROCEDURE_TIME_WORDS = re.compile(r"^(?:s/p|s\.p\.|status\s+post|h/o|hx\s+of|history\s+of|prior|previous|past)\s+",
                                   re.IGNORECASE)
# the region of the spine a level lies in, as it is imaged and operated on: the sacrum with the
# lumbar spine (rules/evaluator.py reads operations' regions with it too)
REGION_OF_LEVEL = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "lumbar"}
# a spinal root ("L5", "(C6)", "S1-pattern"), not a motion segment ("L4-5", "L5-S1", "C5/6")
_ROOT = (r"(?<![\w/-])(?-i:(C[1-8]|T(?:1[0-2]|[1-9])|L[1-5]|S[1-5]))"
         r"(?![\w/]|\s*[-\u2013]\s*[CTLS]?\d)")
_ROOT_WORD = re.compile(_ROOT)
# a root right after the finding, in its own parenthesis ("decr PP L middle finger (C7)"), on
# across a wrapped line ("over the R medial knee\nand shin (L4)"), not a blank one
_ROOT_AFTER = re.compile(r"(?:(?!\n\s*\n)[^.;:()]){0,50}?\(\s*(?:(?:left|right|lt|rt|L|R)\s+)?" + _ROOT + r"\s*\)")
# a root the sentence says is spared ("L5 dermatome intact") is not the finding's
_ROOT_SPARED = re.compile(r"\s*(?:dermatomes?|distribution)?\s*(?:is\s+|are\s+)?"
                          r"(?:intact|normal|nl|wnl|spared|preserved|unaffected)\b", re.IGNORECASE)
# a new paragraph or a labelled line ("\nExam:", "\nA/P:") ends what a sentence goes on to tell
_NEW_BLOCK = re.compile(r"\n\s*\n|\n\s*[A-Za-z][\w /&-]{0,25}:")
# a level opening the text after a sentence that ends on the finding ("sensory level\n~T5")
_LEVEL_NEXT = re.compile(r"\s{0,3}[~@]?\s?(?=[CTLS]\s?\d)")
_WINDOW_BEFORE = 4
_WINDOW_AFTER = 5
# "completed in March", "finished PT on 1/15", "discharged from therapy 2/3": an end date
# ("finished 8 PT sessions on 11/10", "completed her 12 visits of PT on 3/2": the end, with
# the course's own words between)
_ENDED = re.compile(r"(?:complet|finish|ended|ending|discharg|d/c|stopped|last)\w*(?:\W+\w+){0,7}?\W*$")
# "PT started 11/24/2025", "began chiro 10/1": a course's start with no end stated
_STARTED = re.compile(r"(?:start|began|begin|initiat|since)\w*(?:\W+\w+){0,3}?\W*$")
# a course started this recently with nothing said of its end is taken as still running
_ONGOING_WEEKS = 12
# between two listed treatment durations: the first's treatment words and a list joint
_LIST_JOIN = re.compile(r"^(?:\s+(?:of\s+)?[\w/-]+){0,3}\s*(?:,\s*(?:and\s+|plus\s+)?|and|\+|plus|&|then)\s*"
                        r"(?:[\w/-]+\s*(?:x|for|×)?\s*)?$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s{0,2}[,(]?\s{0,2}(?:in\s+|on\s+|from\s+)?((?:19|20)\d\d)(?!\d|[/.-]\d|\s*(?:mg|mcg|ml|units?)\b)")
_ONE_SIDE = re.compile(r"(?<![\w/])(?:(?i:left|right|lt|rt)|[LR])(?![\w/])")
# a read whose only finding it queries ("; ? medial breach of the screw") settles nothing; a
# "?" ending a word ("fracture?") is a question, not this query mark
_YET = re.compile(r"\s*yet\b", re.IGNORECASE)
# an outcome cue a condition opens ("MRI if not improving after PT", "ESI if no relief with
# PT", "unless better after PT"): the course still to be judged, no outcome of it (mend43d,
# blind e679: merged with a 2018 course that resolved, it failed that course)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:(?:he|she|they|pt|patient|it|pain|symptoms|"
                               r"sx|still|is|are|remains|remain|there\s+is)\s+){0,2}$",
                               re.IGNORECASE)
# findings whose own values carry a date
_DATED_SHAPES = frozenset({"procedure", "imaging", "therapy"})
# "Continue HEP", "cont. home exercises", "resume PT": an instruction right before the therapy
_CONTINUE_BEFORE = re.compile(r"\b(?:continue|continuing|cont\.?|c/w|resume)\s+(?:with\s+)?"
                              r"(?:(?:his|her|their|the|daily|current)\s+)?\Z", re.IGNORECASE)
_QUERIED = re.compile(r"(?:^|(?<=[\s;:,(]))\?\s{0,2}[A-Za-z][^,;.\n]*")
# "His 2015 lumbar MRI", "the 2019 CT": a year opening the finding's words or just before them
_YEAR_OPENING = re.compile(r"((?:19|20)\d\d)\s")
_YEAR_BEFORE = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)\s+(?:(?:lumbar|cervical|thoracic|l-?spine|c-?spine|t-?spine|spine|outside|repeat|prior)\s+)?$",
                          re.IGNORECASE)
# a visit frequency right before a duration makes it a prescription ("CMT 3x/wk x 4 wks")
_PRESCRIBED = re.compile(r"(?:\b\d\s*x\s*/?\s*(?:a\s+|per\s+)?(?:wk|week)s?|\b(?:once|twice|\d\s*(?:x|times))\s+"
                         r"(?:a|per|weekly)\s*(?:wk|week)?|\bweekly)\s*,?\s*$", re.IGNORECASE)
# nothing but a visit rate: "twice weekly", "2x/week", "3 visits a week", "three times per wk"
_RATE_GAP = re.compile(r"\s*,?\s*(?:(?:once|twice|thrice|(?:\d|one|two|three|four|five)\s*(?:x|times|visits?|sessions?))"
                       r"\s*(?:/|a|per|each|every)?\s*(?:wk|week)|(?:(?:once|twice|\d\s*x)\s*)?weekly)\s*,?\s*",
                       re.IGNORECASE)
_INDICATION = re.compile(r",?\s+(?:done\s+|performed\s+)?for\s+(?:(?:an?|the|his|her|severe|central|lumbar|cervical|"
                         r"recurrent|foraminal|[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?)\s+){0,3}", re.IGNORECASE)
# between where a study was taken and its date: nothing but a preposition ("in office on 07/14")
_TAKEN_ON = re.compile(r"\s{0,3}(?:on\s+|dated\s+)?")
_OPENS_PARENTHESIS = re.compile(r"\s{0,2}\(")
_PARENTHETICAL = re.compile(r"\([^()\n]*\)")
# how far after a finding a parenthesis may open and still be about it ("PT x 6 weeks (")
_PARENTHESIS_REACH = 25
# a radiology report's conclusion, and the blank line or next "Label:" line that ends it
_IMPRESSION = re.compile(r"^[ \t]*(?:impression|conclusion|interpretation)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_NEXT_LABEL = re.compile(r"\n[ \t]*(?:\n|[A-Za-z][A-Za-z /]{1,30}:)")
_CLAUSE_BREAKS = {",", ";", ".", ":", "but", "however", "and", "or", "with", "while", "although"}
# spinal levels, and the words joining two of them, sit between a side and its finding
_LEVEL_WORD = re.compile(r"^[CTLS]\d{1,2}(?:[-/][CTLS]?\d{1,2})?,?$")
# the letters a level word opens on: the words walked past that open on none (most) need no match
_LEVEL_OPENERS = frozenset("CTLS")
_LEVEL_JOINS = {"or", "and", "to", "through", "-", "/", ","}
# "pain across lower back, R > L": the side that dominates; "neck pain, bilateral, worse on
# the R": a side set off after the finding, not one naming the next body part
_DOMINANT_SIDE = re.compile(r"\s*,?\s*\(?\s*(?:worse\s+)?(?:on\s+the\s+)?([LR]|left|right|rt|lt)\s*>\s*(?:[LR]|left|right|rt|lt)\b"
                            r"|\s*,\s*(?:worse\s+on\s+the\s+|mostly\s+|predominantly\s+)?"
                            r"(bilateral(?:ly)?|bilat|b/l|left|right|[LR])\b(?!\s*(?:-|>)?\s*(?:[a-z]+\s+)?"
                            r"(?:knee|hip|shoulder|arm|leg|foot|feet|hand|elbow|wrist|ankle|side|sided|thigh|calf|buttock|greater)\b)")
# a side word further off is read across "and"/"or"/"with", not across these
_HARD_BREAKS = _CLAUSE_BREAKS - {"and", "or", "with"}
_FAR_BEFORE = 10
_FAR_AFTER = 8
# "RLE: hip flexion 3/5, knee extension 3/5": a side heading a list, written as its label
_SIDE_LABEL = re.compile(r"(?<![\w/])(lle|rle|ble|lue|rue|bue|left|right|bilateral|bilat|lt|rt|l|r)\s*:(?!\d)",
                         re.IGNORECASE)
_SIDE_WORDS = re.compile(r"^(?:(?:left|right|bilateral|bilat|b/l|lt|rt|[LR])\.?\s+)+", re.IGNORECASE)
# around a grade, what is not the muscle: sides, exam labels, "is", "bilaterally", "on the L"
_MUSCLE_NOISE = re.compile(
    r"(?<![\w/])(?:(?:on\s+the\s+)?(?:left|right|bilateral(?:ly)?|bilat|b/l|both|lt|rt|[LR]|LLE|RLE|LUE|RUE|BLE|BUE)"
    r"|strength|motor(?:\s+exam)?|power|MMT|str|is|are|was|were|graded|grade|at"
    # the words that tell a grade is today's ("quadriceps now 3/5", "EHL has dropped to 2/5")
    r"|now|currently|today|still|(?:has\s+|have\s+|had\s+)?(?:dropped|decreased|declined|fallen)\s+to)\.?(?![\w/])"
    r"|[()\[\]:=]", re.IGNORECASE)
# a table's column header ("Strength   R   L", "Motor:  Right  Left"): the side of each column
_COLUMN_SIDES = re.compile(r"(?<![\w/])(right|left|rt|lt|r|l)\s{2,}(right|left|rt|lt|r|l)[ \t]*$",
                           re.IGNORECASE)
_TABLE_ROWS_UP = 8


_WITHOUT = re.compile(r"(?<![\w/])without(?=\\s)")


# "no/without improvement" stays a failure with a degree word inside it ("without meaningful
# improvement", "no real relief", "without any significant benefit"): a longer cue wins
# over the "significant improvement" it holds
_DEGREE = (r"(?:(?:any|much|significant|meaningful|real|substantial|appreciable|noticeable|"
           r"measurable|lasting|sustained|durable|clinically|major|great|good|further|"
           r"obvious|notable|dramatic|considerable)\s+){0,3}")
_NEGATED_HEAD = re.compile(r"(without|no) (improvement|relief|benefit|change|help|response)")


def _cue_pattern(phrase: str) -> str:
    head = _NEGATED_HEAD.fullmatch(phrase)
    if head:
        return rf"{head[1]}\s+{_DEGREE}{head[2]}"
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    # a cue may wrap onto the next line ("without\nrelief"), and notes shorten "without"
    # ("PT x 6 wks w/o relief")
    alternatives = sorted((_WITHOUT.sub(r"(?:without|w/o|w/out)", _cue_pattern(p)) for p in phrases),
                          key=len, reverse=True)
    return re.compile(_opening_look(alternatives) + r"(?<![\w/])(?:" + _by_first_letter(alternatives)
                      + r")(?![\w/])", re.IGNORECASE)


def _opening_look(alternatives: list[str]) -> str:
    """A lookahead for every letter the list's cues open on (either case), put first: behind
    the lookbehind `re` tried the letters' groups at every character of a sentence; one class
    turns most characters away at one test (the outcome lists over 100 notes: 25-40% less).
    It says nothing the groups' own lookaheads do not (each alternative is behind its letter's),
    so the matches are the same; none when an alternative opens on anything but an ASCII letter
    (`_by_first_letter` leaves those without a letter), or the list is empty."""
    if not alternatives or not all(alternative[0].isascii() for alternative in alternatives):
        return ""
    letters = {_opening_letter(alternative) for alternative in alternatives}
    if None in letters:
        return ""
    return "(?=[" + "".join(letter + letter.upper() for letter in sorted(letters)) + "])"


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternatives as one alternation, those opening on the same letter gathered behind a
    lookahead for it: `re` tries the alternatives of a list one by one at every word start (a
    cue list holds up to 150), where a letter's group is skipped at one look. Alternatives of
    two letters' groups (either case) cannot match at the same place, and each group keeps
    the list's order, so the alternative that matches first is the one it was."""
    if not all(alternative[0].isascii() for alternative in alternatives):
        return "|".join(alternatives)  # "\u017f" matches "s": no group could be told apart
    groups: dict[Optional[str], list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(_opening_letter(alternative), []).append(alternative)
    return "|".join((f"(?=[{letter}{letter.upper()}])" if letter else "") + "(?:" + "|".join(group) + ")"
                    for letter, group in groups.items())


def _opening_letter(alternative: str) -> Optional[str]:
    """The ASCII letter (lower case) a cue's pattern opens on, None for anything else (a digit,
    an escaped sign, "\\s+"): those stay in one group without a lookahead, no letter opening
    them."""
    if alternative.startswith("(?:without|"):
        return "w"
    first = alternative[0]
    return first.lower() if first.isascii() and first.isalpha() else None


def _area_regex(areas: list[str]) -> re.Pattern[str]:
    """A skin area that may carry a side or an article inside it ("lateral border of the R foot")."""
    gap = r"\s+(?:(?:the|his|her|L|R|left|right|lt|rt|bilateral|bilat)\s+)?"
    alternatives = sorted((gap.join(map(re.escape, a.split())) for a in areas), key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(alternatives) + r")(?![\w/])", re.IGNORECASE)


class _Cues:
    """Compiled cue tables, built once per process."""

    def __init__(self) -> None:
        data = load_json("attributes.json")
        self.laterality = {}
        for side, words in data["laterality"].items():
            for w in words:
                self.laterality[w] = side
        self.outcome = [(name, _phrase_regex(words))
                        for name, words in data["therapy_outcome"].items()]
        result = data["imaging_result"]
        self.imaging_result = [(name, _phrase_regex(result[name]))
                               for name in ("nondiagnostic", "normal", "abnormal")]
        # a denied finding runs to the next comma, semicolon or full stop ("no fracture or listhesis")
        self.result_denied = re.compile(_phrase_regex(result["negated"]).pattern + r"[^,;.\n]*",
                                        re.IGNORECASE)
        self.result_generic = _phrase_regex(result["generic"])
        self.result_company = _phrase_regex(result["company"])
        self.result_incidental = _phrase_regex(result["incidental"])
        self.result_pending = _phrase_regex(result["pending"])
        self.read_as = re.compile(r"\s*(?:" + _phrase_regex(result["read_as"]).pattern + r")\s*:?",
                                  re.IGNORECASE)
        self.region = [(name, _phrase_regex(words)) for name, words in data["region"].items()]
        self.site = _phrase_regex(data["malignancy_site"])
        self.metastatic = _phrase_regex(data["metastatic"])
        self.relative = _phrase_regex(data["relatives"])
        # a denial ending right before the cue, a few words at most ("no evidence of bony mets")
        self.metastatic_denied = re.compile(_phrase_regex(data["metastatic_denied"]).pattern
                                            + r"(?:\s+[\w/-]+){0,3}?\s*$", re.IGNORECASE)
        # or said a few words after it ("Metastatic disease unlikely given undetectable PSA")
        self.metastatic_denied_after = re.compile(
            r"(?:\s+[\w/-]+){0,5}?\s+" + _phrase_regex(data["metastatic_denied_after"]).pattern,
            re.IGNORECASE)
        # "failed 8 weeks", "despite >6 wks of": the verb that makes a duration the course's own
        qualifiers = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+")
                                      for q in data["course_verb_qualifiers"]), key=len, reverse=True))
        self.failed_before = re.compile(r"\b(?:" + "|".join(map(re.escape, data["course_verbs_before"]))
                                        + r")\s+(?:(?:" + qualifiers + r")\s*)?$", re.IGNORECASE)
        self.weak_failure = _phrase_regex(data["therapy_outcome_weak"])
        self.reported = _phrase_regex(data["reported_duration"]["cues"])
        self.reported_window = data["reported_duration"]["window"]
        self.contrast = _phrase_regex(data["outcome_contrast"])
        self.put_elsewhere = re.compile(data["outcome_put_elsewhere"], re.IGNORECASE)
        self.plan_sections = frozenset(load_json("assertion_policy.json")["plan_sections"])
        priority = data["outcome_priority"]
        # codes whose going on a reviewer must know before a failure (a home programme)
        self.ongoing_first = frozenset(code for code, order in priority.items()
                                       if order.index("ongoing") < order.index("failed"))
        relief = data["relief_duration"]
        hedges = r"(?:\s+(?:" + _phrase_regex(relief["hedges"]).pattern + r"))?\s*$"
        self.relief_before = re.compile(_phrase_regex(relief["before"]).pattern + hedges, re.IGNORECASE)
        self.relief_before_bare = re.compile(_phrase_regex(relief["before_bare"]).pattern + hedges,
                                             re.IGNORECASE)
        self.relief_after = re.compile(r"\s*,?\s*" + _phrase_regex(relief["after"]).pattern, re.IGNORECASE)
        limbs = data["both_limbs"]
        self.both_limbs_codes = set(limbs["codes"])
        # a limb may open a slashed list ("bilat thigh/calf burning")
        self.both_limbs = re.compile(_phrase_regex(limbs["both"]).pattern + r"\s+(?:[\w-]+\s+)?(?:"
                                     + "|".join(map(re.escape, limbs["limbs"])) + r")(?!\w)", re.IGNORECASE)
        crossed = data["crossed_sign"]
        self.crossed_codes = set(crossed["codes"])
        self.crossed = _phrase_regex(crossed["cues"])
        self.crossed_side = re.compile(
            _phrase_regex(crossed["brings_on"]).pattern + r"\s*(?:the\s+)?(left|right|lt|rt|L|R)\.?[\s-]*(?:sided\s+)?"
            + _phrase_regex(crossed["pain_words"]).pattern, re.IGNORECASE)
        lt = data["light_touch"]
        self.light_touch_codes = set(lt["codes"])
        self.far_laterality_codes = set(data["far_laterality_codes"])
        self.both_of_items = set(data["both_of_items"]["words"])
        self.light_touch = set(lt["abbreviations"])
        self.light_touch_before = set(lt["before"])
        self.light_touch_after = set(lt["after"])
        self.level_elsewhere = re.compile(_phrase_regex(data["level_elsewhere"]).pattern
                                          + r"\s+(?:the\s+|a\s+|prior\s+)?$", re.IGNORECASE)
        chart = load_json("dermatomes.json")
        self.dermatome_areas = [(t["root"], t["distal"], _area_regex(t["areas"])) for t in chart["territories"]]
        # "S1 radicular pain", "L5 and S1 dermatomes" (both roots), "radicular pain, likely C6"
        root = _ROOT.replace("(C[1-8]", "(?:C[1-8]")
        self.root_named = re.compile(rf"(?:{root}\s*(?:,|and|or|&|vs\.?)\s*)*{root}[\s-]*"
                                     + _phrase_regex(chart["root_words"]).pattern + "|"
                                     + _phrase_regex(chart["root_hedges"]).pattern + r"\s+" + root,
                                     re.IGNORECASE)
        modifiers = "|".join(map(re.escape, chart["modifiers"]))
        # "lateral calf/foot": the lateral calf and the lateral foot
        self.shared_modifier = re.compile(rf"(?<![\w/])({modifiers})\.?\s+(\w+)\s*/\s*(?!(?:{modifiers})\b)(\w+)",
                                          re.IGNORECASE)
        self.chain_words = frozenset(chart["chain_words"]) | {
            word.lower() for t in chart["territories"] for area in t["areas"] for word in area.split()}
        terms = _phrase_regex(data["conservative_terms"]).pattern
        self.course_item = re.compile(r"\s+(?:of\s+)?" + terms, re.IGNORECASE)
        self.course_item_before = re.compile(terms + r"\s*(?:x|for|×)?\s*$", re.IGNORECASE)
        req = data["imaging_request"]
        # a cue, then at most two words ("order an MRI", "recommend lumbar MRI"), then the span
        self.request_before = re.compile(_phrase_regex(req["before"]).pattern
                                         + r"(?:\s+[\w/-]+){0,2}\s*$", re.IGNORECASE)
        self.request_after = re.compile(r"^\W*(?:[\w/-]+\s+){0,4}?" + _phrase_regex(req["after"]).pattern,
                                        re.IGNORECASE)
        self.not_done_before = re.compile(_phrase_regex(req["not_done_before"]).pattern
                                          + r"(?:\s+[\w/-]+){0,2}\s*$", re.IGNORECASE)
        # not across a part of the study ("Outside MRI report not available": the MRI was done)
        part = _phrase_regex(req["study_parts"]).pattern
        self.study_part_end = re.compile(part + r"$", re.IGNORECASE)
        self.not_done_after = re.compile(r"^\W*(?:(?!" + part + r")[\w/-]+\s+){0,3}?"
                                         + _phrase_regex(req["not_done_after"]).pattern, re.IGNORECASE)
        self.done_after = re.compile(r"^\W*(?:[\w/-]+\s+){0,6}?" + _phrase_regex(req["done"]).pattern,
                                     re.IGNORECASE)
        # "X-rays in clinic today", "Lumbar x-ray in ED": a study this visit took, with no
        # review or request word between it and the cue
        here = _phrase_regex(req["done_here"]).pattern
        self.done_here_after = re.compile(
            r"(?:(?!\b(?:review\w*|discuss\w*|brought|report\w*|read|order\w*|request\w*|plann\w*"
            r"|schedul\w*|prior|previous|old)\b)[^\n.;:]){0,40}?" + here, re.IGNORECASE)
        self.done_here_label = re.compile(
            r"\b(?:imaging|x-?rays?|films?|radiographs?|studies|diagnostics)\s+(?:obtained\s+|done\s+|taken\s+)?"
            + here + r"\s*:\s*$", re.IGNORECASE)
        # a date after the study's own words on its line ("X-ray lumbar spine with
        # flexion/extension 07/20/2026:", "laminectomy (decompression, no fusion) 05/05/2026",
        # a form's "X-ray: [X] Y [ ] N   Date: 09/02/2026")
        stops = _phrase_regex(req["study_descriptor_stops"]).pattern
        # whole words only: a word the pattern could split made a failing match try every
        # split of every word (minutes on one generated note's 60-character gap)
        self.study_descriptors = re.compile(
            r"(?:\s*:(?=\s*\[))?(?:\s*(?:\([^()\n]*\)|\[\s*[xX]?\s*\]|[,/&+-]|(?!" + stops
            + r")[\w.'+]+(?![\w.'+])))*\s*(?:\(|date\s*[:=]|dated)?\s*", re.IGNORECASE)
        # a request form's field ("Study: CT lumbar spine w/o contrast"): the study asked for
        self.request_label = re.compile(r"^\W*" + _phrase_regex(req["request_label"]).pattern
                                        + r"\s*[:#-]\s*$", re.IGNORECASE)
        # a procedure code after the study on its line: the study an order or a request bills
        self.cpt_after = re.compile(req["cpt_after"], re.IGNORECASE)
        self.muscle_names = {k.lower(): v for k, v in data["muscle_names"].items()}
        self.column_muscles = dict(data.get("column_muscles", {}))
        report = data["report_header"]
        self.report_lines = report["lines"]
        self.report_sections = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, report["sections"]))
                                          + r")[ \t]*:", re.IGNORECASE | re.MULTILINE)
        header = data["therapy_header"]
        self.header_lines = header["lines"]
        self.header_codes = set(header["codes"])
        # "Dates: 09/22/2026 - 11/06/2026"; "Visits: 8 (10/27/2026 - 11/21/2026)"
        self.care_range = re.compile(_phrase_regex(header["range_labels"]).pattern
                                     + r"\s*[:=#-]?\s*(?:\d{1,3}\s*\(\s*)?$", re.IGNORECASE)
        self.care_end = re.compile(_phrase_regex(header["end_labels"]).pattern
                                   + r"(?:\s+date)?\s*[:=#-]?\s*(?:on\s+)?$", re.IGNORECASE)
        # "Visits attended: 3 (10/14, 10/16, 10/21/2026)": the visits' own dates
        self.care_dated_visits = re.compile(_phrase_regex(header["visit_labels"]).pattern
                                            + r"\s*[:=#-]?\s*\d{1,3}\s*\(\s*$", re.IGNORECASE)
        self.care_start = re.compile(_phrase_regex(header["start_labels"]).pattern
                                     + r"(?:\s+date)?\s*[:=#-]?\s*(?:on\s+)?$", re.IGNORECASE)
        self.ledger_rows = header["ledger_rows"]
        short = data["short_course"]
        self.short_course, self.short_reach = _phrase_regex(short["words"]), short["reach"]
        self.care_visits = re.compile(_phrase_regex(header["visit_labels"]).pattern
                                      + r"\s*[:=#-]?\s*(\d{1,3})(?!\d)", re.IGNORECASE)


_cues: Optional[_Cues] = None


def _get_cues() -> _Cues:
    global _cues
    if _cues is None:
        _cues = _Cues()
    return _cues


class _Finding:
    """A finding span as the readers below read it: the same attributes, each read from the
    span once and kept. The readers ask a finding for its label, sentence and Doc many times
    over (its sentence alone ~6 times: ~470 reads a note), and each read of a Span's goes
    through spaCy again: `label_` looks its name up in the StringStore, `sent` calls the
    sentence hook. The values do not change while attributes are set (the extensions in `_`
    are read through, not kept)."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.start = span.start
        self.end = span.end
        self.start_char = span.start_char
        self.end_char = span.end_char
        self.label_ = span.label_
        self.doc = span.doc

    def __getattr__(self, name: str) -> Any:  # `sent`, `text`, `_`...: read once
        value = getattr(self.span, name)
        self.__dict__[name] = value
        return value

    def __getitem__(self, i: Any) -> Any:
        return self.span[i]

    def __len__(self) -> int:
        return len(self.span)


class _Words:
    """The Doc's token texts, read once: walking tokens through spaCy builds a Token object
    per step, most of this component's time when every finding looks at its neighbours."""

    def __init__(self, doc: Doc, text: str) -> None:
        # each token's text sliced from the note by its offset and length (small ints), not
        # looked up by its 64-bit ORTH hash: the hashes' conversion and lookups were ~1 ms a
        # note; a lexeme's LOWER is its text's str.lower() (spaCy's lex_attr_getters)
        if len(doc):
            starts = doc.to_array(IDX)
            ends = (starts + doc.to_array(LENGTH)).tolist()
            starts = starts.tolist()
            self.text = [text[start:end] for start, end in zip(starts, ends)]
            if text.isascii():
                # an ASCII text lowers character by character: its lower form's slices are
                # the token texts' lower forms, without a method call a token
                lower = text.lower()
                self.lower = [lower[start:end] for start, end in zip(starts, ends)]
                return
        else:
            self.text = []
        self.lower = [t.lower() for t in self.text]


def _laterality(span: Span, cues: _Cues, words: _Words, starts: list[int],
                text: str) -> Optional[str]:
    """The side word nearest the finding in its own clause; else the dominant side of an "R > L";
    else, for a finding on a limb, a side word further off in the clause that no other finding
    stands between ("right buttock and lateral leg pain radiating to the top of the foot")."""
    texts, lowers = words.text, words.lower
    sent = span.sent
    crossed = _crossed_side(span, cues, text)
    if crossed:
        return crossed
    lo = span.start
    budget = _WINDOW_BEFORE
    # a side word belongs to this finding only within its own clause; the levels between them
    # cost nothing ("right-sided L3 or L4 radicular pain")
    for i in range(span.start - 1, sent.start - 1, -1):
        if (texts[i][:1] in _LEVEL_OPENERS and _LEVEL_WORD.match(texts[i])) or (
                lowers[i] in _LEVEL_JOINS and i > sent.start and i + 1 < len(texts)
                and _LEVEL_WORD.match(texts[i - 1]) and _LEVEL_WORD.match(texts[i + 1])):
            lo = i
            continue
        if budget == 0 or texts[i] in _CLAUSE_BREAKS or lowers[i] in _CLAUSE_BREAKS:
            break
        lo = i
        budget -= 1
    hi = min(sent.end, span.end + _WINDOW_AFTER)
    for i in range(span.end, hi):
        if texts[i] in _CLAUSE_BREAKS or lowers[i] in _CLAUSE_BREAKS:
            hi = i
            break
    side = _nearest_side(span, cues, texts, lowers, lo, hi)
    if side is None:
        m = _DOMINANT_SIDE.match(text, span.end_char)
        side = cues.laterality.get((m.group(1) or m.group(2)).lower()) if m else None
    if side is None and span.label_ in cues.far_laterality_codes:
        side = _far_side(span, cues, texts, lowers, starts)
    if side is None:
        side = _side_label(span, cues, text)
    if side is None and span.label_ in cues.both_limbs_codes and _both_limbs(span, cues, text):
        side = "bilateral"
    return side


def _both_limbs(span: Span, cues: _Cues, text: str) -> bool:
    """Both legs named where the symptom is described: its sentence or the next one."""
    sent = span.sent
    if _ONE_SIDE.search(text, sent.start_char, sent.end_char):
        return False  # its own sentence names one side ("claudication, R leg only")
    doc = span.doc
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    return cues.both_limbs.search(text, sent.start_char, end) is not None


def _crossed_side(span: Span, cues: _Cues, text: str) -> Optional[str]:
    """The side of the pain a crossed straight-leg raise brings on ("crossed SLR positive (R
    leg raise produces L leg pain)": left), read after it in its sentence."""
    if span.label_ not in cues.crossed_codes or not cues.crossed.search(span.text):
        return None
    m = cues.crossed_side.search(text, span.end_char, span.sent.end_char)
    if m is None or (len(m.group(1)) == 1 and not m.group(1).isupper()):
        return None
    return cues.laterality.get(m.group(1).lower())


def _column_side(span: Span, cues: _Cues, text: str) -> Optional[str]:
    """The side of a weak grade in a two-column table row ("Plantarflex   4/5    5/5" under
    "Motor:   R   L"): the header's side of each column graded below 5, both for both."""
    grade = _GRADE.search(text, span.start_char, span.end_char)
    if grade is None:
        return None
    # the row is the grade's line (a span may open on the header: "R  L\n  EHL  4/5")
    start, end = line_bounds(text, grade.start())
    grades = list(_GRADE.finditer(text, start, end))
    if len(grades) != 2:
        return None
    for _ in range(_TABLE_ROWS_UP):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        header = _COLUMN_SIDES.search(line)
        if header:
            sides = [cues.laterality.get(header.group(i).lower()) for i in (1, 2)]
            if None in sides or sides[0] == sides[1]:
                return None
            weak = [side for side, g in zip(sides, grades)
                    if int(g.group(1)) < 5 or g.group(2) == "-"]
            return "bilateral" if len(weak) == 2 else (weak[0] if weak else None)
        if len(_GRADE.findall(line)) != 2:
            return None  # only rows of the same table stand between a row and its header
        start = above
    return None


# The sides a grid's header gives its two cells: "Strength (R/L):" before slashed pairs,
# "Strength R | L:" before barred ones, or "Motor   R   L" over two columns (the target rules
# of neuro_exam.json that span the grid)
_PAIR_HEAD = re.compile(r"^[^\n]*?(?<![\w/])(right|left|rt|lt|r|l)\.?(?:[ \t]?/[ \t]?|[ \t]*\|[ \t]*|[ \t]{2,})"
                        r"(right|left|rt|lt|r|l)\.?[ \t]*\)?[ \t]*:?", re.IGNORECASE)
# a pair's cells are parted by a slash, a bar ("triceps 4/5 | 5/5") or a column's spaces
_PAIR_CELLS = re.compile(r"(?<![\w/.])([0-5])[ \t]?([+-]?)(?:[ \t]?/[ \t]?5)?"
                         r"(?:[ \t]?/[ \t]?|[ \t]*\|[ \t]*|[ \t]{2,})"
                         r"([0-5])[ \t]?([+-]?)(?:[ \t]?/[ \t]?5)?(?![\w/])")


def _cell_grade(number: str, sign: str) -> int:
    """A grid cell's grade: "5-" is short of full strength (4), "4+" and "4-" are 4."""
    return int(number) - (1 if number == "5" and sign == "-" else 0)


def _side_pairs(span: Span, cues: _Cues, text: str) -> Optional[tuple[dict[str, Any], str]]:
    """A grid of right/left pairs under a side header ("Strength (R/L): HF 5/5, DF 5/3";
    "Motor  Right  Left / Ankle DF  5/5  4/5"): each pair is one muscle's two sides, so its
    weaker cell is that side's weakness, not a grade of 5/3. The value is the weakest cell,
    the side every side with a weak cell."""
    words = text[span.start_char:span.end_char]
    head = _PAIR_HEAD.match(words)
    if head is None:
        return None
    sides = [cues.laterality.get(head.group(i).lower()) for i in (1, 2)]
    if None in sides or sides[0] == sides[1]:
        return None
    weakest: Optional[tuple[int, str, int]] = None
    weak_sides = set()
    for pair in _PAIR_CELLS.finditer(words, head.end()):
        own = _own_side(cues, text, span.start_char + pair.end())
        cells = ((pair.group(1), pair.group(2), 1), (pair.group(3), pair.group(4), 3))
        if own:  # "EHL 4/5 on the left": one grade out of 5, of the side it names
            sides_cells = [(own, cells[0])]
        else:
            sides_cells = list(zip(sides, cells))
        for side, (number, sign, group) in sides_cells:
            grade = _cell_grade(number, sign)
            if grade >= 5:
                continue
            weak_sides.add(side)
            if weakest is None or grade < weakest[0]:
                weakest = (grade, f"{number}{sign}/5", pair.start())
    if weakest is None:
        return None
    value: dict[str, Any] = {"grade": weakest[0], "grade_text": weakest[1]}
    # the weak cell's row label: the words since the last row or list break
    muscle = _muscle_name(re.split(r"[\n,;]", words[head.end():weakest[2]])[-1])
    if muscle:
        value["muscle"] = muscle
    return value, ("bilateral" if len(weak_sides) > 1 or "bilateral" in weak_sides
                   else weak_sides.pop())


# a side the row names right after a grade ("EHL 4/5 on the left", "4/5 (R)")
_SIDE_AFTER = re.compile(r"[ \t]*\(?(?:on[ \t]+)?(?:the[ \t]+)?(left|right|bilat\w*|lt|rt|[LR])\b",
                         re.IGNORECASE)


def _own_side(cues: _Cues, text: str, end: int) -> Optional[str]:
    """The side a grade's row names right after it ("Strength R/L: hip flexion 5/5, EHL 4/5 on
    the left"): that grade is the named side's, not a right/left pair under the header."""
    m = _SIDE_AFTER.match(text, end)
    if m is None:
        return None
    word = m.group(1).lower()
    return "bilateral" if word.startswith("bilat") else cues.laterality.get(word, word)


def _row_pair_side(span: Span, cues: _Cues, text: str) -> Optional[tuple[dict[str, Any], str]]:
    """A grade of a side-headed grid whose header opens its line before the finding's own words
    ("Strength R / L: deltoid 5/5, triceps 4/5 | 5/5, wrist flexors 4+/5 | 5/5": the span
    "wrist flexors 4+/5"): the pair the span's grade opens is read under that header, so its
    first cell is the header's first side, not the nearest side word of the header."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    head = _PAIR_HEAD.match(text[line_start:span.start_char])  # its "^" is the line's start
    if head is None:
        return None
    sides = [cues.laterality.get(head.group(i).lower()) for i in (1, 2)]
    if None in sides or sides[0] == sides[1]:
        return None
    line_end = text.find("\n", span.end_char)
    pair = _PAIR_CELLS.search(text, span.start_char, len(text) if line_end < 0 else line_end)
    if pair is None or pair.start() >= span.end_char or _own_side(cues, text, pair.end()):
        return None  # "EHL 4/5 on the left": a grade of one side the row names itself
    weak = []
    for side, number, sign in zip(sides, (pair.group(1), pair.group(3)),
                                  (pair.group(2), pair.group(4))):
        grade = _cell_grade(number, sign)
        if grade < 5:
            weak.append((grade, f"{number}{sign}/5", side))
    if not weak:
        return None
    grade, grade_text, _ = min(weak)
    value: dict[str, Any] = {"grade": grade, "grade_text": grade_text}
    muscle = _muscle_name(text[span.start_char:pair.start()])
    if muscle:
        value["muscle"] = muscle
    return value, ("bilateral" if len(weak) == 2 else weak[0][2])


def _side_label(span: Span, cues: _Cues, text: str) -> Optional[str]:
    """The side a list's label gives each of its items, to the end of the sentence ("RLE: hip
    flexion 3/5, knee extension 3/5, EHL 4/5")."""
    sent = span.sent
    if text.find(":", sent.start_char, span.start_char) < 0:
        return None
    label = None
    for label in _SIDE_LABEL.finditer(text, sent.start_char, span.start_char):
        pass
    if label is None or (len(label.group(1)) == 1 and not label.group(1).isupper()):
        return None
    return cues.laterality.get(label.group(1).lower())


def _far_side(span: Span, cues: _Cues, texts: list[str], lowers: list[str],
              starts: list[int]) -> Optional[str]:
    sent = span.sent
    lo = span.start
    for i in range(span.start - 1, max(sent.start, span.start - _FAR_BEFORE) - 1, -1):
        if texts[i] in _HARD_BREAKS or lowers[i] in _HARD_BREAKS:
            break
        lo = i
    hi = span.end
    for i in range(span.end, min(sent.end, span.end + _FAR_AFTER)):
        if texts[i] in _HARD_BREAKS or lowers[i] in _HARD_BREAKS:
            break
        hi = i + 1
    # another finding between the side word and this one takes the side
    before = bisect_left(starts, span.start)
    if before > 0 and starts[before - 1] >= lo:
        lo = starts[before - 1] + 1
    after = bisect_left(starts, span.end)
    if after < len(starts) and starts[after] < hi:
        hi = starts[after]
    return _nearest_side(span, cues, texts, lowers, lo, hi)


def _nearest_side(span: Span, cues: _Cues, texts: list[str], lowers: list[str],
                  lo: int, hi: int) -> Optional[str]:
    best: tuple[int, str] | None = None
    for i in range(lo, hi):
        text = texts[i]
        key = lowers[i]
        side = cues.laterality.get(key)
        if side is None:
            continue
        # A lone "l"/"r" is a side only when written as a capital ("4/5 L EHL").
        if len(key.rstrip(".")) == 1 and not text[0].isupper():
            continue
        if key in cues.light_touch and span.label_ in cues.light_touch_codes \
                and _light_touch(i, lowers, cues):
            continue
        if key in cues.both_of_items and i + 1 < len(texts) and texts[i + 1][:1].isdigit():
            continue  # "elbow flexion 4/5, wrist ext 4/5 (both 4/5 at eval)": both muscles
        if span.label_ == "reflex_abnormality" and span.start <= i < span.end \
                and _normal_reflex_side(i, texts):
            continue
        if span.start <= i < span.end:
            distance = 0
        elif i < span.start:
            distance = span.start - i
        else:
            distance = i - span.end + 1
        if best is None or distance < best[0]:
            best = (distance, side)
    return best[1] if best else None


# a normal reflex grade: "2+", "2", "2+/4" (tokenized "2", "+" or as one)
_NORMAL_REFLEX_GRADE = re.compile(r"^2\+?(?:/4)?$")


def _normal_reflex_side(i: int, texts: list[str]) -> bool:
    """'Achilles: R 2+, L 0': a side graded normal inside an abnormal reflex's span is the
    other side's companion (the finding is the left's), not a side of the finding."""
    return i + 1 < len(texts) and _NORMAL_REFLEX_GRADE.match(texts[i + 1]) is not None


def _light_touch(i: int, lowers: list[str], cues: _Cues) -> bool:
    """'Decreased LT over R deltoid': LT is the light-touch modality, not the left side."""
    before = lowers[i - 1] if i > 0 else ""
    two_before = lowers[i - 2] if i > 1 else ""
    after = lowers[i + 1] if i + 1 < len(lowers) else ""
    return (before in cues.light_touch_before or after in cues.light_touch_after
            or (before == "to" and two_before in cues.light_touch_before))


def _level_parts(m: re.Match[str]) -> tuple[str, str, Optional[str], Optional[str]]:
    """(region, number, lower region, lower number) of a `_LEVEL` match, the lower ones None
    for a single level ("L5")."""
    if m.group(1):
        return m.group(1, 2, 3, 4)
    if m.group(5):
        return m.group(5, 6, 7, 8)
    return m.group(9), m.group(10), None, None


def _level_text(m: re.Match[str]) -> str:
    region, number, lower_region, lower = _level_parts(m)
    if lower is None:
        return f"{region}{number}"
    return f"{region}{number}-{lower_region if lower_region and lower_region != region else ''}{lower}"


def _sentence_levels(sent: Span, cues: _Cues, text: str,
                     cache: dict[tuple[int, int], list[tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    """(start, end, level) of the levels a sentence names, less those its words place elsewhere
    ("above the L4-S1 fusion"); read once a sentence, which most often holds several findings."""
    key = (sent.start_char, sent.end_char)
    levels = cache.get(key)
    if levels is None:
        found = [m for m in _LEVEL.finditer(text, sent.start_char, sent.end_char)
                 if _in_range(m)
                 and not cues.level_elsewhere.search(text, max(sent.start_char, m.start() - 20), m.start())]
        ends = {m.end() for m in found}
        levels = cache[key] = [(m.start(), m.end(), _level_text(m)) for m in found
                               if not _level_aside(m, ends, text, sent.start_char)]
    return levels


# the segments each region has (L6 and a sixth sacral segment occur as variants)
_SEGMENTS = {"C": 8, "T": 12, "L": 6, "S": 5}


def _in_range(m: re.Match[str]) -> bool:
    """A level whose numbers the spine has: "D/C 11/11" (a discharge date) is no C11."""
    region, number, lower_region, lower = _level_parts(m)
    if not 1 <= int(number) <= _SEGMENTS[region]:
        return False
    return lower is None or 1 <= int(lower) <= _SEGMENTS[lower_region or region]


def _level_aside(m: re.Match[str], level_ends: set[int], text: str, floor: int) -> bool:
    """A level in a parenthesis that follows another level, a second thought about it ("Left
    L4 (and likely L3) radiculopathy", "L5 (vs S1) radiculopathy"): the first one is the
    finding's, however near the second stands to it."""
    opened = text.rfind("(", floor, m.start())
    if opened < 0 or ")" in text[opened:m.start()]:
        return False
    return len(text[:opened].rstrip()) in level_ends


def _level(span: Span, cues: _Cues, text: str,
           cache: dict[tuple[int, int], list[tuple[int, int, str]]]) -> Optional[str]:
    """The level written nearest the finding in its sentence ("L4-5 HNP", "stenosis at L3-4"),
    not one the words place elsewhere; else one opening the next line ("sensory level\n~T5");
    else, for a sensory loss, the root of the skin area it names."""
    sent = span.sent
    best: tuple[int, str] | None = None
    for start, end, level in _sentence_levels(sent, cues, text, cache):
        distance = _distance(span, start, end)
        if best is None or distance < best[0]:
            best = (distance, level)
    if best:
        return best[1]
    if sent.end_char - span.end_char <= 3:
        gap = _LEVEL_NEXT.match(text, sent.end_char)
        m = _LEVEL.match(text, gap.end()) if gap else None
        if m and _in_range(m):
            return _level_text(m)
    if span.label_ == "dermatomal_sensory_loss":
        # the dermatome chart's root of the skin area named, in the span else its sentence
        for words in (text[span.start_char:span.end_char], text[sent.start_char:sent.end_char]):
            roots = _furthest_roots(cues, words)
            if roots:
                return roots.pop() if len(roots) == 1 else None
    return None


def _dermatome_value(span: Span, cues: _Cues, words: _Words, text: str,
                     exam_starts: Sequence[int]) -> dict[str, Any]:
    """The root of a radiating pain or a sensory loss (contract \u00a74 `dermatome`): one named with
    the finding (`named`: in its span, in a parenthesis right after it, or in its sentence
    before a root word - "L5 dermatome", "S1 radicular pain", "radicular pain, likely C6"),
    else the root of the most distal skin territory its words name (resources/dermatomes.json).
    Nothing where two roots are named, or two roots' territories lie furthest down."""
    roots = {m.group(1) for m in _ROOT_WORD.finditer(text, span.start_char, span.end_char)
             if not _ROOT_SPARED.match(text, m.end())}
    if not roots:
        after = _ROOT_AFTER.match(text, span.end_char)
        if after:
            roots = {after.group(1)}
    if not roots:
        sent = span.sent
        roots = {root.group(1)
                 for m in cues.root_named.finditer(text, sent.start_char, sent.end_char)
                 if not _ROOT_SPARED.match(text, m.end())
                 for root in _ROOT_WORD.finditer(m.group())}
    if roots:
        return {"dermatome": roots.pop(), "named": True} if len(roots) == 1 else {}
    end = span.end
    stop = span.sent.end
    while end < stop and (words.lower[end] in cues.chain_words
                                 or not words.lower[end].strip() and "\n" not in words.lower[end]):
        end += 1
    tail_end = span.doc[end - 1].idx + len(words.text[end - 1]) if end > span.end else span.end_char
    found = _furthest_roots(cues, text[span.start_char:tail_end])
    if found is None and span.label_ == "radicular_pain":
        # "L sciatica x 3 wks. Pain L buttock -> lateral calf -> top of foot": the pain's
        # course told after it, in its sentence or the next, before an exam finding or a
        # new paragraph or label
        doc = span.doc
        last = doc[stop].sent.end_char if stop < len(doc) else span.sent.end_char
        window = text[span.end_char:last]
        cut = _NEW_BLOCK.search(window)
        window = window[:cut.start()] if cut else window
        later = bisect_left(exam_starts, span.end_char)
        if later < len(exam_starts) and exam_starts[later] < span.end_char + len(window):
            window = window[:exam_starts[later] - span.end_char]
        found = _furthest_roots(cues, text[span.start_char:span.end_char] + window)
    return {"dermatome": found.pop()} if found and len(found) == 1 else {}


def _furthest_roots(cues: _Cues, words: str) -> Optional[set[str]]:
    """The roots of the most distal territories the words name (None for no territory)."""
    told = cues.shared_modifier.sub(r"\1 \2 / \1 \3", words)
    furthest, found = -1, set()
    for root, distal, pattern in cues.dermatome_areas:
        if distal >= furthest and pattern.search(told):
            if distal > furthest:
                furthest, found = distal, set()
            found.add(root)
    return found or None


def _nearest(pattern: re.Pattern[str], span: Span, text: str) -> Optional[re.Match[str]]:
    """The match in the span itself, else the nearest one in its sentence."""
    inside = pattern.search(text[span.start_char:span.end_char])
    if inside:
        return inside
    sent = span.sent
    anchor = span.start_char - sent.start_char
    matches = list(pattern.finditer(text[sent.start_char:sent.end_char]))
    if not matches:
        return None
    return min(matches, key=lambda m: abs(m.start() - anchor))


def _first_cue(tables: list[tuple[str, re.Pattern[str]]], text: str) -> Optional[str]:
    for name, pattern in tables:
        if pattern.search(text):
            return name
    return None


def _sentence_times(span: Span) -> list[timex.TimeExpression]:
    """The time expressions inside the finding's sentence: sorted and apart, they are one run."""
    sent = span.sent
    times = span.doc._.time_expressions or []
    out = []
    for i in range(bisect_left(times, sent.start_char, key=_start_of), len(times)):
        if times[i].end > sent.end_char:
            break
        out.append(times[i])
    return out


def _start_of(t: timex.TimeExpression) -> int:
    return t.start


def _distance(span: Span, start: int, end: int) -> int:
    """Characters between the span and a sentence-level match (0 when they touch)."""
    if end <= span.start_char:
        return span.start_char - end
    if start >= span.end_char:
        return start - span.end_char
    return 0


def _nearest_expression(span: Span, items: list[timex.TimeExpression]):
    return min(items, key=lambda t: _distance(span, t.start, t.end)) if items else None


def _following_window(span: Span, text: str, treated: set[int],
                      cues: _Cues) -> Optional[tuple[int, int]]:
    """"Completed PT x 6 wks. No improvement.": the next sentence of the same line, when it
    names no treatment of its own, may tell the outcome - unless the clause after it on that
    line puts what it tells on a nerve outside the spine ("Finished chiro. R hand numbness
    persists; NCS showed CTS.": the numbness is the wrist's, no outcome of the chiropractic;
    attributes.json `outcome_put_elsewhere`, next45)."""
    sent = span.sent
    doc = span.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if following.start in treated or "\n" in text[sent.end_char:following.start_char]:
        return None
    line_end = text.find("\n", following.start_char)
    end = following.end_char if line_end < 0 else min(line_end, following.end_char)
    if cues.put_elsewhere.match(text, end, len(text) if line_end < 0 else line_end):
        return None
    return following.start_char, end


def _outcome(span: Span, cues: _Cues, rivals: list[Span], text: str,
             treated: set[int], skip: tuple[str, ...] = ()) -> Optional[str]:
    """The outcome cue nearest the therapy, but not one said of another treatment across a
    clause break ("PT helped, but NSAIDs no relief"). A longer cue wins over one inside it
    ("temporary relief" is a failure, not "relief"), and a plain failure overrules a nearer
    improvement of the same therapy ("back pain better, leg pain unchanged"; "helped at first
    but back to baseline")."""
    sent = span.sent
    found = _outcome_cues(cues, text, sent.start_char, sent.end_char)
    found = [f for f in found if f[2] not in skip
             and not _said_of_another(span, f[0], f[1], rivals, text, cues)
             and not _CONDITION_BEFORE.search(text, max(0, f[0] - 40), f[0])]
    if not found:
        window = _following_window(span, text, treated, cues)
        found = [f for f in (_outcome_cues(cues, text, *window) if window else [])
                 if f[2] not in skip]
    if not found:
        return None
    nearest = min(found, key=lambda f: _distance(span, f[0], f[1]))
    if nearest[2] in ("improved", "ongoing"):
        failures = [f for f in found if f[2] == "failed"]
        plain = [f for f in failures if not cues.weak_failure.fullmatch(text[f[0]:f[1]])]
        contrasted = [f for f in failures if f[0] > nearest[1]
                      and cues.contrast.search(text, nearest[1], f[0])]
        if nearest[2] == "improved" and (plain or contrasted):
            return "failed"
        # a course going on that the sentence says fails is a failed one ("Treatment so far:
        # PT ... - did not change her walking tolerance"), unless the therapy's going on is
        # what a reviewer must know first (a home programme: outcome_priority)
        # - but "no change yet" says the course is too young to judge
        verdicts = [f for f in plain if not _YET.match(text, f[1])]
        if nearest[2] == "ongoing" and verdicts and span.label_ not in cues.ongoing_first:
            return "failed"
    return nearest[2]


class _OutcomeReads:
    """The outcome cues of a note's sentences, each sentence read once (a sentence naming two
    therapies is asked for twice) and kept for the note being set only: keyed by offsets
    within that note's text, and forgotten when its attributes are set."""

    def __init__(self) -> None:
        # the note's text and its reads, one pair (read and replaced whole: a read for one
        # note never lands among another's)
        self.note: tuple[Optional[str], dict[tuple[int, int], list[tuple[int, int, str]]]] = (None, {})

    def __call__(self, cues: _Cues, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """`_read_outcome_cues`; the list is shared, and its callers only read it."""
        note = self.note
        if note[0] is not text:
            note = self.note = (text, {})
        found = note[1].get((start, end))
        if found is None:
            found = note[1][start, end] = _read_outcome_cues(cues, text, start, end)
        return found

    def forget(self) -> None:
        self.note = (None, {})


def _read_outcome_cues(cues: _Cues, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, outcome) of every cue in text[start:end], minus cues inside longer ones."""
    found = [(m.start(), m.end(), name) for name, pattern in cues.outcome
             for m in pattern.finditer(text, start, end)]
    return [f for f in found
            if not any(o[0] <= f[0] and f[1] <= o[1] and (o[1] - o[0]) > (f[1] - f[0])
                       for o in found)]


_outcome_cues = _OutcomeReads()


def _said_of_another(span: Span, start: int, end: int, rivals: list[Span], text: str,
                     cues: _Cues) -> bool:
    """A cue beyond another treatment that a semicolon or a "but" parts from this one."""
    for other in rivals:
        if span.end_char <= other.start_char and other.end_char <= start:
            between = text[span.end_char:other.start_char]
        elif end <= other.start_char and other.end_char <= span.start_char:
            between = text[other.end_char:span.start_char]
        else:
            continue
        if ";" in between or cues.contrast.search(between):
            return True
    return False


def _owned(span: Span, start: int, end: int, others: list[Span], text: str) -> bool:
    """Words at [start, end) belong to the finding nearest them ("L C7 radiculopathy, 10 wks,
    failed PT": the 10 weeks are the radiculopathy's, not the therapy's), or to the finding
    whose parenthesis holds them ("PT (10/2025-12/2025, 8 wks), gabapentin")."""
    gap = text[span.end_char:start] if start >= span.end_char else ""
    if gap and _OPENS_PARENTHESIS.match(gap) and ")" not in gap:
        return True
    holder = _parenthesis_holder(start, [span, *others], text)
    if holder is not None:
        return holder is span
    mine = _reach(span, start, end, text)
    return all(_reach(o, start, end, text) >= mine for o in others)


def _reach(span: Span, start: int, end: int, text: str) -> int:
    """The distance of words after a finding, where a visit rate between them is the
    therapy's own schedule ("PT twice weekly for 2.5 weeks and ibuprofen": the length follows
    the PT as if touching it, not the drug named nearer)."""
    if start >= span.end_char and _RATE_GAP.fullmatch(text, span.end_char, start):
        return 0
    return _distance(span, start, end)


def _parenthesis_holder(start: int, spans: list[Span], text: str) -> Optional[Span]:
    """The finding that a still-open parenthesis holding the words at `start` follows, no
    other finding between or inside it ("PT x 6 weeks (12/2025-1/2026) and meloxicam": the dates are the
    PT's, though the drug named after the parenthesis is nearer them)."""
    before = [s for s in spans if s.end_char <= start]
    if not before:
        return None
    last = max(before, key=lambda s: s.end_char)
    gap = text[last.end_char:start]
    opened = gap.rfind("(")
    if opened < 0 or opened > _PARENTHESIS_REACH or ")" in gap[opened:] or "\n" in gap:
        return None
    # a parenthesis naming findings of its own ("(seen at urgent care 11/08, x-ray negative)")
    # is a clause of its own: its words go by distance
    inside = last.end_char + opened
    closed = text.find(")", start, start + 120)
    if closed < 0 or any(inside < s.start_char < closed for s in spans):
        return None
    return last


# "Was supposed to do PT for 6 weeks but only went twice": the length of a course planned
# is no course done ("was to", "meant to", "scheduled to" before the length, in its clause)
_PLANNED_LENGTH = re.compile(r"\b(?:(?:was|were)\s+(?:supposed|meant|scheduled|planned|going)\s+to"
                             r"|(?:was|were)\s+to)\b[^,;.()\n]*$", re.IGNORECASE)


def _planned_length(t: timex.TimeExpression, text: str) -> bool:
    return bool(_PLANNED_LENGTH.search(text, max(0, t.start - 60), t.start)
                or _NOT_REACHED.search(text, max(0, t.start - 40), t.start))


# a length the sentence says the course has not reached ("has not completed 6 wks of
# therapy", "not yet 6 weeks of PT", "less than 6 weeks of PT"): the bar, not the course
_NOT_REACHED = re.compile(r"\b(?:(?:not|n['’]t|never)\s+(?:yet\s+)?(?:completed?|finished|done|reached|had|"
                          r"gotten|got|made\s+it\s+(?:to|through))|not\s+yet|less\s+than|fewer\s+than|"
                          r"short\s+of)\s+(?:the\s+|a\s+|an\s+|full\s+|his\s+|her\s+)*$", re.IGNORECASE)


# "improving w/ PT at ~6 wks of symptoms / 5 wks of tx": a length the sentence gives the
# symptoms is theirs, not the therapy's nearest it (mend33b and mend33c, e237)
_SYMPTOM_LENGTH = re.compile(r"\s*(?:of|w/|with)\s+(?:(?:his|her|their|the|these|current|leg|back|low\s+back|"
                             r"neck|arm|radicular)\s+)*(?:symptoms?|sx|pain|complaints?|sciatica)\b",
                             re.IGNORECASE)

# a form field's threshold the form answers no ("Conservative care >= 6 wks: [ ] Yes [X] No -
# chiro x2 (stopped)"; dev e758): the field's weeks, no course's
_DENIED_FIELD = re.compile(r"\s*[:?]?\s*\[\s*\]\s*yes\s*\[\s*[x\u2713]\s*\]\s*no\b", re.IGNORECASE)


# "gabapentin started 10/15 - made him foggy, stopped": a course stopped since it started
# has not run until today; its start stays, the weeks to today are no length of it
_STOPPED = re.compile(r"\b(?:stopped|discontinued|d/?c'?d|quit|came\s+off|went\s+off|weaned(?:\s+off)?"
                      r"|no\s+longer\s+(?:taking|on|doing|going)|ran\s+out)\b", re.IGNORECASE)


def _stopped_since(span: Span, start: int, text: str) -> bool:
    return bool(_STOPPED.search(text, max(start, span.end_char), span.sent.end_char))


def _course_duration(t: timex.TimeExpression, text: str, cues: _Cues) -> bool:
    """A duration said of the treatment: a treatment word right after it, or a failure or
    course verb right before it."""
    return bool(cues.course_item.match(text, t.end)
                or cues.course_item_before.search(text, max(0, t.start - 30), t.start)
                or cues.failed_before.search(text, max(0, t.start - 25), t.start))


def _labelled_range_after(span: Span, cues: _Cues, text: str,
                          neighbours: list[Span]) -> Optional[timex.TimeExpression]:
    """A form's field dating the therapy its line asks about, past the sentence a "?" ends
    ("Physical therapy?  [X] Y  [ ] N   Dates: 09/22/2026 to 11/06/2026"), no other finding
    between them."""
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    times = span.doc._.time_expressions or []
    for t in times[bisect_left(times, span.end_char, key=_start_of):]:
        if t.end > line_end or any(span.end_char <= o.start_char < t.start for o in neighbours):
            return None
        label = text[max(span.end_char, t.start - 40):t.start]
        if t.kind == "range" and cues.care_range.search(label):
            return t
    return None


def _relief_duration(t: timex.TimeExpression, text: str, cues: _Cues) -> bool:
    """How long one treatment's relief lasted ("helped for a day each time", "temporary relief
    for 1-2 days after each adjustment"), not how long the course ran."""
    before = text[max(0, t.start - 40):t.start]
    opened_by_for = text[t.start:t.end].lower().startswith("for")
    return bool((opened_by_for and cues.relief_before.search(before))
                or cues.relief_before_bare.search(before)
                or cues.relief_after.match(text, t.end))


def _listed_course(durations: list[timex.TimeExpression], text: str,
                   cues: _Cues) -> Optional[float]:
    """Weeks of a conservative course listed treatment by treatment ("despite 6 wks rest and
    6 wks PT": 12), when two or more durations, each naming its treatment, are joined as a list."""
    chains: list[list[timex.TimeExpression]] = []
    for t in sorted(durations, key=lambda t: t.start):
        if not cues.course_item.match(text, t.end) and not cues.course_item_before.search(
                text, max(0, t.start - 30), t.start):
            chains.append([])
            continue
        if chains and chains[-1] and _LIST_JOIN.match(text[chains[-1][-1].end:t.start]):
            chains[-1].append(t)
        else:
            chains.append([t])
    longest = max(chains, key=len, default=[])
    return round(sum(t.weeks for t in longest), 1) if len(longest) >= 2 else None


def _therapy_value(span: Span, cues: _Cues, text: str, neighbours: list[Span],
                   rivals: list[Span], treated: set[int]) -> dict[str, Any]:
    value: dict[str, Any] = {}
    times = _sentence_times(span)
    ranges = [t for t in times if t.kind == "range"]
    since = [t for t in times if t.kind == "since"]
    paused = [t for t in since if _PAUSED_SINCE.search(text, max(0, t.start - 25), t.start)]
    since = [t for t in since if t not in paused]
    durations = [t for t in times if t.kind == "duration" and t.weeks is not None
                 and not _relief_duration(t, text, cues)]
    visits = [t.visits for t in times if t.visits]
    dates = [t for t in times if t.kind in ("date", "ago") and t.start_date]
    total = span.label_ == "conservative_care_failed"
    if not total:
        # the total of a conservative course is read from the whole sentence; a single
        # therapy's figures are those nearest it
        ranges = [t for t in ranges if _owned(span, t.start, t.end, neighbours, text)]
        durations = [t for t in durations if _owned(span, t.start, t.end, neighbours, text)
                     and not _planned_length(t, text) and not _SYMPTOM_LENGTH.match(text, t.end)
                     and not _DENIED_FIELD.match(text, t.end)]
        visits = [t.visits for t in times if t.visits and _owned(span, t.start, t.end, neighbours, text)]
        # "Held from wrestling since 10/19, doing HEP most nights": the date is the rest's,
        # not the home program's
        since = [t for t in since if _owned(span, t.start, t.end, neighbours, text)]
    r = _nearest_expression(span, ranges) or _labelled_range_after(span, cues, text, neighbours)
    if r is not None:
        value.update(start=r.start_date, end=r.end_date, weeks=r.weeks, weeks_basis="dates")
        _mark_exact(value, r)
    if durations:
        # the note's own number beats one computed from dates ("8 weeks (Sept-Oct)")
        if total:
            totals = [t for t in durations
                      if re.match(r"\W*(?:total|in total|overall|altogether)",
                                  text[t.end:t.end + 15], re.I)]
            # a duration the course owns ("failed 8 weeks", "6.5 wks PT") over one that dates
            # the symptom ("10 weeks, failed 6.5 wks PT"; "9+ weeks, intractable - failed 8 weeks")
            owned = [t for t in durations if _course_duration(t, text, cues)]
            chosen = totals[0] if totals else max(owned or durations, key=lambda t: t.weeks)
            summed = None if totals else _listed_course(durations, text, cues)
            value.update(weeks=summed or chosen.weeks, weeks_basis="stated")
        else:
            chosen = _nearest_expression(span, durations)
            chosen = _done_over_ordered(chosen, durations, text) or chosen
            # ...unless day-exact dates span a longer course: then the number counts one
            # phase of it ("07/13 - 09/04 (2x/wk x 6 wks, then 1x/wk)")
            if not (r is not None and r.precision == "day" and r.weeks is not None
                    and r.weeks > chosen.weeks + 1):
                value.update(weeks=chosen.weeks, weeks_basis="stated")
                if _PRESCRIBED.search(text, max(0, chosen.start - 20), chosen.start):
                    value["prescribed"] = True  # "3x/wk x 4 wks": what was ordered, not done
        if value.get("weeks_basis") == "stated" and cues.reported.search(
                text, max(span.sent.start_char, chosen.start - cues.reported_window),
                min(span.sent.end_char, chosen.end + cues.reported_window)):
            value["reported"] = True  # "failed 6 weeks of PT per pt"
    elif r is None and since:
        s = _nearest_expression(span, since)
        if _stopped_since(span, s.end, text):
            value.update(start=s.start_date)
        else:
            value.update(start=s.start_date, weeks=s.weeks, weeks_basis="since")
        _mark_exact(value, s)
        _end_of_course(value, s, span.doc._.time_expressions or [], text)  # "since 9/15, stopped 10/6"
    if paused and not value:
        value["end"] = paused[0].start_date  # "PT on hold since 11/1": the date it stopped
    if visits:
        value["visits"] = visits[0]
        if value.get("weeks") is None:
            value["weeks_basis"] = "visits_only"
    header: dict[str, Any] = {}  # the header course the value took
    course = {}
    if span.label_ in cues.header_codes and "start" not in value:
        # a therapy note's header fields dating its whole course go before a date of the
        # note's title line ("PT DISCHARGE SUMMARY 11/06/2026 / Dates: 09/22/2026 - 11/06/2026");
        # they date a course whose weeks the note states too ("Visits: 12 (09/15/2026 -
        # 10/27/2026)" above "Minimal progress after 6 weeks of skilled PT")
        course = _header_course(span, cues, text)
        if "end" in course or ("start" in course and _title_dates_only(dates, text)):
            header = course
            value.update({k: v for k, v in header.items() if k not in value})
    started = False
    if not total:
        # a lone date nearer a study or another dated treatment is theirs ("L5 TFESI
        # 10/02/2026 with 2 days of relief, then PT started": no PT start on 10/02)
        catalogue = codes()
        dated = [o for o in neighbours if catalogue[o.label_]["value"] in _DATED_SHAPES]
        dates = [t for t in dates if _owned(span, t.start, t.end, dated, text)
                 or _in_its_parenthesis(span, t, dated, text)]
    if "start" not in value and "end" not in value and dates:
        # "completed in March", "started 12/1": one date, its role read from the words before it
        d = _date_it_began(span, dates, text) or _nearest_expression(span, dates)
        before = text[span.sent.start_char:d.start].lower()
        ended, begun = _ENDED.search(before), _STARTED.search(before)
        # the cue nearer the date says its role ("completed PT, restarted 10/1": a start)
        if ended and not (begun and begun.start() > ended.start()):
            value["end"] = d.start_date
        else:
            value["start"] = d.start_date
            started = bool(_STARTED.search(before))
            # a course the sentence also ends has not gone on since
            started = not _end_of_course(value, d, span.doc._.time_expressions or [], text) and started
        _mark_exact(value, d)
    if not total and not value and not dates:
        # "I first saw her on 10/22. At that visit I started naproxen": the visit the
        # sentence points back to dates the treatment it begins (dev e079)
        visit = _visit_pointed_back(span, text)
        if visit is not None:
            value["start"] = visit
    if span.label_ in cues.header_codes and value.get("weeks") is None and "start" not in value:
        header = course or _header_course(span, cues, text)
        value.update({k: v for k, v in header.items() if k not in value})
    reference = span.doc._.reference_date
    if started and (_stopped_since(span, span.end_char, text) or _short_course(span, cues, text)):
        started = False
    if started and value.get("weeks") is None and reference and value["start"] <= reference:
        # "PT started 11/24" and nothing ends it: a course still running on the note's date
        value.update(weeks=timex.weeks_between(value["start"], reference), weeks_basis="since")
    outcome = _outcome(span, cues, rivals, text, treated)
    outcome = outcome or _score_change(span, text)
    if outcome is None and header:
        outcome = _note_outcome(span, cues, text, treated)
    if outcome == "ongoing" and _ended_before(value, reference):
        # "Treatment so far: PT 06/15 - 08/03 (7 weeks) - no better": a course its dates
        # close is not going on; what the sentence says of it besides is its outcome
        outcome = _outcome(span, cues, rivals, text, treated, skip=("ongoing",))
    if outcome:
        value["outcome"] = outcome
        if outcome == "ongoing" and _continued_by_plan(span, cues, text):
            value["continued_by_plan"] = True
    elif (started or value.get("weeks_basis") == "since") and value.get("weeks") is not None \
            and value["weeks"] <= _ONGOING_WEEKS:
        value["outcome"] = "ongoing"
    return value


def _title_dates_only(dates: list, text: str) -> bool:
    """Whether the sentence's dates all stand on the note's title line ("PT RE-EVALUATION
    10/28/2026 (visit 10)"): that is the note's own date, not the course's, which a start
    field below it ("Initial eval 09/16/2026", "SOC 09/09/2026") gives."""
    title_end = _lines_end(text, 1)
    return all(t.end <= title_end for t in dates)


def _short_course(span: Span, cues: _Cues, text: str) -> bool:
    """"Prednisone taper started 10/01": a course that ends itself within days is no course
    still running on the note's date (resources/attributes.json `short_course`)."""
    sent = span.sent
    start = max(sent.start_char, span.start_char - cues.short_reach)
    end = min(sent.end_char, span.end_char + cues.short_reach)
    return cues.short_course.search(text, start, end) is not None


def _ended_before(value: dict[str, Any], reference: Optional[dt.date]) -> bool:
    """"PT from 9/14 to 10/30 ... and she continues the home program": a course whose own
    dates close before the note's date is over, whatever goes on beside it."""
    end = value.get("end")
    return bool(end and reference and value.get("start") and end < reference)


# the therapy's own verb before its date ("PT started 10/13", "therapy began on 9/2")
_BEGAN_AFTER = re.compile(r"\s*(?:was\s+|were\s+|had\s+)?(?:started|began|begun|initiated|commenced|"
                          r"restarted|resumed)\s+(?:on\s+)?$", re.IGNORECASE)


def _date_it_began(span: Span, dates: list, text: str) -> Optional[timex.TimeExpression]:
    """The date the therapy's own words say it began, right after it ("She saw her PCP on
    10/09: PT started 10/13"), over a nearer date that is another event's."""
    for t in dates:
        if t.start >= span.end_char and _BEGAN_AFTER.fullmatch(text, span.end_char, t.start):
            return t
    return None


# A later date in the sentence that closes the course a start date opened ("PT started 10/1,
# last visit 10/22"; "began 9/10; she attended through 9/30"): the course ran between them,
# not on to the note's date.
_COURSE_END_BEFORE = re.compile(
    r"\b(?:last\s+(?:visit|session|appointment|appt|attended|seen|went)|through|thru|until|till|"
    r"discharged|discontinued|stopped|quit|ended|completed|finished|d/c'?d)\b(?:\s+(?:on|in|at|by|around|"
    r"about|after|was|were|date|dated|visit|session))*[\s:,-]*$", re.IGNORECASE)
# what was done beside what was ordered ("PT x6wk planned, completed 2 wks so far";
# "prescribed 6 weeks of PT but only did 2 weeks")
_DONE_BEFORE = re.compile(r"\b(?:completed|did|done|attended|finished|managed|went(?:\s+(?:for|to))?|got\s+through)"
                          r"\s+(?:only\s+|just\s+|about\s+|approximately\s+|~\s*)*$", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s*(?:of\s+(?:it|them|PT|therapy)\s+)?(?:so\s+far|to\s+date|thus\s+far)\b",
                         re.IGNORECASE)
_ORDERED_AROUND = re.compile(r"\b(?:prescribed|ordered|recommended|planned|referred\s+for|scheduled)\b",
                             re.IGNORECASE)
# a sentence opening on the visit the one before it dated ("At that visit", "At the same
# appointment", "During that encounter")
_THAT_VISIT = re.compile(r"\s*(?:at|during|on)\s+(?:that|the\s+same|this)\s+"
                         r"(?:first\s+|initial\s+)?(?:visit|appointment|encounter|consultation)\b",
                         re.IGNORECASE)


def _visit_pointed_back(span: Span, text: str) -> Optional[dt.date]:
    """The date of the visit a treatment's sentence points back to: the sentence opens on
    "At that visit" (`_THAT_VISIT`) and the sentence before it dates one visit, a single
    day on or before the note's date ("I first saw her on October 22, 2026"); else None.
    Two dates there leave it unread (which visit is "that" one?)."""
    sent = span.sent
    if not _THAT_VISIT.match(text, sent.start_char) or sent.start == 0:
        return None
    before = span.doc[sent.start - 1].sent
    times = [t for t in span.doc._.time_expressions or []
             if t.start >= before.start_char and t.end <= before.end_char]
    days = [t for t in times if t.kind == "date" and t.start_date is not None]
    reference = span.doc._.reference_date
    if len(days) != 1 or len(times) != 1 or days[0].precision != "day":
        return None
    day = days[0].start_date
    return day if reference is None or day <= reference else None


# the date a course stopped, not one it began ("PT paused since 11/1 due to a flare")
_PAUSED_SINCE = re.compile(r"\b(?:paused|on\s+hold|held|stopped|discontinued|suspended|"
                           r"interrupted|out\s+of\s+(?:PT|therapy)|off\s+(?:PT|therapy))\s*$", re.IGNORECASE)


# a parenthesised list of visit dates the sentence then stops ("tried the chiropractor twice in
# early Nov (11/03, 11/06) and quit"; dev d912): the course ended at its last listed visit
_LIST_THEN_STOPPED = re.compile(r"\s*\)\s*,?\s*(?:and\s+)?(?:then\s+)?(?:quit|stopped|discontinued|"
                                r"gave\s+(?:it\s+)?up|dropped\s+out)\b", re.IGNORECASE)


def _end_of_course(value: dict[str, Any], first: timex.TimeExpression,
                   dates: list[timex.TimeExpression], text: str) -> bool:
    following = dates[bisect_left(dates, first.end, key=_start_of):]
    if following and re.fullmatch(r"\s*\(\s*", text[first.end:following[0].start]):
        listed = []
        for t in following:
            if t.kind != "date" or not t.start_date or (listed and not re.fullmatch(
                    r"\s*,\s*(?:and\s+)?", text[listed[-1].end:t.start])):
                break
            listed.append(t)
        if listed and _LIST_THEN_STOPPED.match(text, listed[-1].end):
            last = max(t.start_date for t in listed)
            if last >= value["start"]:
                value.update(end=last, weeks=timex.weeks_between(value["start"], last),
                             weeks_basis="dates")
                return True
    # its next clause may close it ("PT began 9/10; attended through 9/30"), not its next sentence
    for t in following:
        if re.search(r"[.\n]", text[first.end:t.start]):
            return False
        if t.kind != "date" or not t.start_date or t.start_date <= value["start"]:
            continue
        if _COURSE_END_BEFORE.search(text, max(first.end, t.start - 40), t.start):
            value.update(end=t.start_date, weeks=timex.weeks_between(value["start"], t.start_date),
                         weeks_basis="dates")
            return True
    return False


# a pain score the course brought down by half or more is an improvement ("after 8 weeks of PT
# pain went from 8/10 to 2/10"); one that stayed or rose is a failure ("7/10 to 7/10")
# ... also written with an arrow ("pain 7/10 -> 7/10")
_SCORE_CHANGE = re.compile(r"\bpain\b[^.;\n]{0,30}?(?:\bfrom\s+(10|\d)\s*/\s*10\s+(?:down\s+|up\s+)?to"
                           r"|(10|\d)\s*/\s*10\s*(?:-+>|=>|\u2192))\s*(10|\d)\s*/\s*10\b",
                           re.IGNORECASE)


def _score_change(span: Span, text: str) -> Optional[str]:
    m = _SCORE_CHANGE.search(text, span.sent.start_char, span.sent.end_char)
    if m is None:
        return None
    before, after = int(m.group(1) or m.group(2)), int(m.group(3))
    if after * 2 <= before:
        return "improved"
    return "failed" if after >= before else None


def _done_over_ordered(chosen: timex.TimeExpression, durations: list[timex.TimeExpression],
                       text: str) -> Optional[timex.TimeExpression]:
    if len(durations) < 2:
        return None
    done = [t for t in durations if t is not chosen
            and (_DONE_BEFORE.search(text, max(0, t.start - 25), t.start)
                 or _DONE_AFTER.match(text, t.end))]
    around = text[max(0, chosen.start - 25):chosen.end + 25]
    if done and _ORDERED_AROUND.search(around) and done[0].weeks is not None \
            and done[0].weeks < chosen.weeks:
        return done[0]
    return None


def _in_its_parenthesis(span: Span, t: timex.TimeExpression, others: list[Span],
                        text: str) -> bool:
    """A date in a parenthesis opened after the finding, no other finding before it, is the
    finding's ("Failed PT x 8 wks (spring 2026), 2 ESIs (01/2026, 04/2026)")."""
    if t.start < span.end_char or any(span.end_char <= o.start_char < t.start for o in others):
        return False
    gap = text[span.end_char:t.start]
    opened = gap.rfind("(")
    return opened >= 0 and ")" not in gap[opened:]


def _continued_by_plan(span: Span, cues: _Cues, text: str) -> bool:
    """"Plan: Continue HEP" tells what to do next, not how the course went: beside a failure
    another mention states, it is no ongoing course (extractors/findings.py); internal, not a
    contract field."""
    return (span[0]._.section_category in cues.plan_sections
            and bool(_CONTINUE_BEFORE.search(text, span.sent.start_char, span.start_char)))


def _mark_exact(value: dict[str, Any], t: timex.TimeExpression) -> None:
    """Dates known to the day ("07/14/2026 through 09/22/2026") outrank a month span ("Jul-Sep")
    when a therapy's mentions merge (extractors/findings.py); internal, not a contract field."""
    if t.precision == "day":
        value["exact_dates"] = True


def _lines_end(text: str, lines: int) -> int:
    """Where the first `lines` lines of the text end."""
    end = 0
    for _ in range(lines):
        end = text.find("\n", end) + 1
        if end == 0:
            return len(text)
    return end


class _Report:
    """Whether a note is a radiology report and where its header ends, read once a note
    (resources/attributes.json `report_header`): the study named in a report's header is the
    study the report is about."""

    def __init__(self, cues: _Cues, text: str) -> None:
        self._cues, self._text = cues, text
        self._header_end: Optional[int] = None

    def names(self, span: Span) -> bool:
        if self._header_end is None:
            cues, text = self._cues, self._text
            end = _lines_end(text, cues.report_lines)
            # a note without a report's sections has no report header at all
            self._header_end = end if cues.report_sections.search(text) is not None else 0
        return span.start_char < self._header_end

    def impression(self) -> Optional[str]:
        """The words of the report's impression (to its first blank or labelled line), which
        give the result of the study its header names."""
        m = _IMPRESSION.search(self._text)
        if m is None:
            return None
        end = _NEXT_LABEL.search(self._text, m.end())
        return self._text[m.end():end.start() if end else len(self._text)]


def _header_course(span: Span, cues: _Cues, text: str) -> dict[str, Any]:
    """The course a therapist's or chiropractor's own note states in its header fields ("Dates
    of care: 08/04/2026 - 09/29/2026"; "Initial exam: 09/15/2026   Visits to date: 18"), for
    the therapy that header names (resources/attributes.json `therapy_header`)."""
    header_end = _lines_end(text, cues.header_lines)
    if span.start_char >= header_end:
        return {}
    value: dict[str, Any] = {}
    ended = None  # an end field written before the start field
    times = span.doc._.time_expressions or []
    for i, t in enumerate(times):
        if t.start >= header_end or "end" in value:
            break
        label = text[max(text.rfind("\n", 0, t.start) + 1, t.start - 40):t.start]
        if t.kind == "range" and cues.care_range.search(label):
            value.update(start=t.start_date, end=t.end_date, weeks=t.weeks, weeks_basis="dates")
            _mark_exact(value, t)
        elif t.kind == "date" and t.start_date and cues.care_dated_visits.search(label):
            last = _dated_list_end(times, i, text)
            value.update(start=t.start_date, end=last,
                         weeks=timex.weeks_between(t.start_date, last), weeks_basis="dates")
            _mark_exact(value, t)
        elif t.kind == "date" and t.start_date and "start" not in value \
                and cues.care_start.search(label):
            value["start"] = t.start_date
            _mark_exact(value, t)
            reference = span.doc._.reference_date
            if reference and t.start_date <= reference:
                # a course begun then and reported on today runs to the note's date
                value.update(weeks=timex.weeks_between(t.start_date, reference), weeks_basis="since")
        elif t.kind == "date" and t.start_date and "start" in value and cues.care_end.search(label):
            value.update(end=t.start_date, weeks=timex.weeks_between(value["start"], t.start_date),
                         weeks_basis="dates")
        elif t.kind == "date" and t.start_date and cues.care_end.search(label):
            ended = t.start_date  # "Date of discharge: 11/13/2026   Visits: 11 (initial eval 09/30/2026)"
    if "start" in value and "end" not in value and ended and ended >= value["start"]:
        value.update(end=ended, weeks=timex.weeks_between(value["start"], ended), weeks_basis="dates")
    if "start" not in value and span.start_char < _lines_end(text, 2):
        # a log's course is dated by its rows only for the therapy its title names
        value.update(_ledger_course(times, text, cues.ledger_rows))
    visits = cues.care_visits.search(text, 0, header_end)
    if visits:
        value["visits"] = int(visits.group(1))
    return value


def _ledger_course(times: list, text: str, fewest: int) -> dict[str, Any]:
    """A visit log's course: a note whose lines open on a day's date, at least `fewest` of them
    ("08/04/26  98940  CMT C5-T1 ..." to "10/06/26  98940  re-exam"), ran from its first row's
    date to its last's."""
    rows = [t.start_date for t in times
            if t.kind == "date" and t.start_date and t.precision == "day"
            and not text[text.rfind("\n", 0, t.start) + 1:t.start].strip()]
    if len(rows) < fewest or rows != sorted(rows):
        return {}  # a log runs in date order
    start, end = min(rows), max(rows)
    return {"start": start, "end": end, "weeks": timex.weeks_between(start, end),
            "weeks_basis": "dates", "exact_dates": True}


def _dated_list_end(times: list, first: int, text: str):
    """The last date of a parenthesised list of dates opened at times[first] ("(10/14, 10/16,
    10/21/2026)"): the list's dates are one course's visits."""
    last = times[first].start_date
    for t in times[first + 1:]:
        gap = text[times[first].end:t.start]
        if t.kind != "date" or not t.start_date or ")" in gap or "\n" in gap:
            break
        last = max(last, t.start_date)
    return last


def _note_outcome(span: Span, cues: _Cues, text: str, treated: set[int]) -> Optional[str]:
    """In a therapy's own note, the outcome its sentences state of no treatment in particular
    ("Improvement has plateaued."): a plain failure first, as `_outcome` reads a sentence."""
    found = {name for sent in span.doc.sents if sent.start not in treated
             for _, _, name in _outcome_cues(cues, text, sent.start_char, sent.end_char)}
    return next((name for name in ("failed", "unable", "improved") if name in found), None)


def _imaging_status(span: Span, cues: _Cues, text: str, studies: Sequence[int] = ()) -> Optional[str]:
    """"requested" for the study being asked for ("order MRI", "MRI L-spine requested",
    "Exam: MRI L-spine w/o contrast   CPT 72148"), "not_done" for one that could not be done
    ("declined MRI", "MRI not feasible"), None for imaging that was done. A result or a date
    beside the study means it was done."""
    sent = span.sent
    before = text[sent.start_char:span.start_char]
    before = before[max(before.rfind(c) for c in ",;:(\n") + 1:]
    after = _PARENTHETICAL.sub(" ", text[span.end_char:sent.end_char])
    if cues.not_done_before.search(before) or (cues.not_done_after.match(after)
                                               and not cues.study_part_end.search(span.text)):
        return "not_done"
    dated = any(t.start_date and t.kind in ("date", "ago")
                and (0 <= t.start - span.end_char <= 4 or 0 <= span.start_char - t.end <= 4)
                for t in _sentence_times(span))
    if dated or cues.done_after.match(after):
        return None
    line = text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]
    if cues.request_before.search(before) or cues.request_after.match(after) \
            or cues.request_label.match(line):
        return "requested"
    if _billed_on_its_line(span, cues, text, studies):
        return "requested"
    return None


def _billed_on_its_line(span: Span, cues: _Cues, text: str, studies: Sequence[int]) -> bool:
    """Whether a procedure code follows the study on its line ("Re: MRI cervical spine without
    contrast (72141)"), with no other study and no date between them nor a date right after
    the code ("MRI lumbar (72148) 09/15/2026: mild stenosis" reports one done)."""
    code = cues.cpt_after.match(text, span.end_char)
    if code is None:
        return False
    i = bisect_left(studies, span.end_char)
    if i < len(studies) and studies[i] < code.end():
        return False
    times = span.doc._.time_expressions or []
    for t in times[bisect_left(times, span.end_char, key=_start_of):]:
        if t.start > code.end() + 12:
            break
        if t.kind == "date" and (t.start < code.start()
                                 or not text[code.end():t.start].strip(" \t()[]:,-")):
            return False
    return True


# a study reported done, in the past tense ("was negative", "showed"): not "shows", which a
# plan's condition uses ("if the MRI shows a fracture")
_DONE_PAST = re.compile(r"^\W*(?:[\w/-]+\s+){0,6}?(?:(?:was|were)\s+(?:negative|normal|unremarkable|"
                        r"positive|abnormal|done|performed|obtained|completed|read\s+as)|showed|revealed|"
                        r"demonstrated)\b", re.IGNORECASE)
_URGENCY = frozenset({"stat", "urgent", "urgently", "emergent", "emergently", "emergency"})


def _urgent_study_done(span: Span, text: str) -> bool:
    """"Stat MRI ... was negative": the urgency word that makes an ordered study planned also
    describes one already done; a past result after the study says which (a study only planned
    for its urgency keeps it)."""
    cues = [m.rule.literal.lower() for m in span._.modifiers if m.category.upper() == "HYPOTHETICAL"]
    if not cues or not set(cues) <= _URGENCY:
        return False
    after = _PARENTHETICAL.sub(" ", text[span.end_char:span.sent.end_char])
    return bool(_DONE_PAST.match(after))


def _study_date(span: Span, cues: _Cues, neighbours: list[Span], text: str):
    """(date, precision) of a study or procedure from its own words, else None."""
    return _own_date(span, neighbours, text) or _described_date(span, cues, neighbours, text)


# a procedure named in the plural ("ESIs", "TFESIs", "injections", "blocks"): several of them
_PLURAL_PROCEDURE = re.compile(r"[A-Za-z][^\W\dsS](?<!si)s$")  # not "stenosis", "arthrodesis"
# what joins the dates of one list: "07/09 and 09/03/2026", "08/06, 09/10 & 10/01"
_DATE_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)")


def _last_of_a_date_list(first, dates: list, text: str):
    """The last date of a list that opens at `first` ("two L4-5 TFESIs (07/10 and
    09/18/2026)", "ESIs on 08/06 and 09/10/2026"): procedures named in the plural, each on
    its date, were last done on the list's latest (next39, dev d190, d360, d381)."""
    last = first
    for t in dates:
        if t.start < last.end:
            continue
        if t.start_date is None or not _DATE_LIST_JOIN.fullmatch(text, last.end, t.start):
            break
        last = t if t.start_date >= last.start_date else last
        if last is not t:
            break
    return last


def _closed_before(start: int, end: int, at: int, text: str) -> bool:
    """Whether words at [start, end), before `at`, stand in a parenthesis that closes before
    `at`: "MRI contraindicated (neuromodulator lead, per urogyn letter 11/20) -> CT L-spine"
    dates the letter, not the CT asked for after it (next43, dev e506)."""
    if end > at:
        return False
    opened = text.rfind("(", 0, start)
    return opened > text.rfind(")", 0, start) and ")" in text[end:at]


def _own_date(span: Span, neighbours: list[Span], text: str):
    """The date nearest the finding, of those nearer it than any other finding ("XR C-spine
    4/2/2026: solid C5-6 fusion" dates the x-ray, not the fusion), with its precision."""
    # the finding a study or procedure was for ("laminectomy for stenosis 03/2024") is
    # part of its description, not a rival for its date
    rivals = [o for o in neighbours if not _INDICATION.fullmatch(text, span.end_char, o.start_char)]
    dates = [t for t in _sentence_times(span) if t.start_date and t.kind in ("date", "ago")
             and _owned(span, t.start, t.end, rivals, text)
             and not _closed_before(t.start, t.end, span.start_char, text)]
    year_after = _YEAR_AFTER.match(text, span.end_char)
    if year_after and not any(t.start <= year_after.start(1) < t.end
                              or t.start_date.year == int(year_after.group(1)) for t in dates):
        # "s/p C5-6 ACDF 2020 - solid fusion on today's films": a bare year written right
        # after the procedure is its date; a date of another year later in the sentence dates
        # the films (one of the same year only makes the year precise: it is kept)
        dates = [t for t in dates if t.end <= span.start_char]
        if not dates or _distance(span, year_after.start(1), year_after.end(1)) \
                <= _distance(span, _nearest_expression(span, dates).start,
                             _nearest_expression(span, dates).end):
            return dt.date(int(year_after.group(1)), 1, 1), "year"
    if dates:
        nearest = _nearest_expression(span, dates)
        if _PLURAL_PROCEDURE.search(span.text) and nearest.start >= span.end_char:
            nearest = _last_of_a_date_list(nearest, dates, text)
        return nearest.start_date, nearest.precision
    # a bare year written right after the study or procedure ("s/p L4-5 laminectomy 2019",
    # "MRI 2023 showed") or opening its words ("His 2015 lumbar MRI"): timex asks a lone
    # year for a preposition, the finding is one here
    year = _YEAR_AFTER.match(text, span.end_char) or _YEAR_OPENING.match(text, span.start_char, span.end_char) \
        or _YEAR_BEFORE.search(text, max(0, span.start_char - 25), span.start_char)
    return (dt.date(int(year.group(1)), 1, 1), "year") if year else None


def _date_after(doc: Doc, at: int, gap: Optional[re.Pattern[str]], text: str,
                within: Optional[int] = None) -> Optional[timex.TimeExpression]:
    """The first time expression starting at or after `at`, if it is a date and only words
    `gap` allows stand between `at` and it (no `gap`: the caller tests the words itself), at
    most `within` characters on."""
    times = doc._.time_expressions or []
    i = bisect_left(times, at, key=_start_of)
    if i == len(times) or (within is not None and times[i].start - at > within):
        return None
    t = times[i]
    if t.kind != "date" or not t.start_date:
        return None
    return t if gap is None or gap.fullmatch(text, at, t.start) else None


_EXAM_DATE_GAP = re.compile(r"[ \t]{0,3}(?:[:(,-][ \t]{0,3})?(?:(?:on|of|dated)[ \t]+)?")


def _exam_value(span: Span, text: str, document_date: Optional[dt.date],
                reference_date: Optional[dt.date]) -> dict[str, Any]:
    """An exam is the note's own unless a date written right after it says when it was
    ("Last office visit 9/1/2026: R biceps 4/5" in a telephone note is an exam 80 days old,
    which eviCore's 60-day in-person window must see), never one after the note."""
    latest = document_date or reference_date
    t = _date_after(span.doc, span.end_char, _EXAM_DATE_GAP, text) if latest else None
    if t and t.precision == "day" and t.start_date < latest:
        return {"date": t.start_date}
    return {"date": document_date} if document_date else {}


def _described_date(span: Span, cues: _Cues, neighbours: list[Span], text: str):
    """The date that follows the study's or procedure's own words on its line, no other
    finding between them ("X-ray lumbar spine with flexion/extension 07/20/2026:")."""
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    # the cheap checks (line, neighbours) before the descriptor pattern
    t = _date_after(span.doc, span.end_char, None, text, within=60)
    if t is None or t.end > line_end \
            or any(span.end_char <= o.start_char < t.start for o in neighbours) \
            or not cues.study_descriptors.fullmatch(text, span.end_char, t.start):
        return None
    return t.start_date, t.precision


def _done_here(span: Span, cues: _Cues, text: str) -> bool:
    """A study this visit took: "in clinic today", "in ED", "(here, prelim read)" after it, or
    under an "Imaging today:" label on its line."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return bool(cues.done_here_after.match(text, span.end_char)
                or cues.done_here_label.search(text, line_start, span.start_char))


def _taken_here_on(span: Span, cues: _Cues, text: str):
    """The date written right after where a study was taken ("Lumbar x-rays taken in office
    07/14/2026 (AP/lat)" at a chiropractor's discharge of 09/22): the day it was taken."""
    here = cues.done_here_after.match(text, span.end_char)
    if here is None:
        return None
    t = _date_after(span.doc, here.end(), _TAKEN_ON, text)
    return (t.start_date, t.precision) if t else None


def _imaging_value(span: Span, cues: _Cues, neighbours: list[Span], text: str,
                   studies: list[int], report: _Report) -> dict[str, Any]:
    value: dict[str, Any] = {}
    when = _study_date(span, cues, neighbours, text) or _taken_here_on(span, cues, text)
    if when is None and (report.names(span) or _done_here(span, cues, text)):
        when = span.doc._.reference_date, "day"
    if when:
        _set_date(value, *when)
    # a study's name wrapped over a line ("XR\nC-spine") is read over both its sentences
    region = _first_cue(cues.region, text[span.sent.start_char:_last_sent(span).end_char])
    if region:
        value["region"] = region
    result = _imaging_result(span, cues, text, studies)
    if result is None and report.names(span):
        impression = report.impression()
        result = _classify_result(impression, cues) if impression else None
    if result:
        value["result"] = result
    return value


def _last_sent(span: Span) -> Span:
    """The sentence of the span's last word: a study's name a hard-wrapped line splits ("09/29:
    XR" / "C-spine - mild degenerative change") has its findings after the break, where the
    sentence splitter has begun another sentence."""
    return span.doc[span.end - 1].sent


def _imaging_result(span: Span, cues: _Cues, text: str, studies: list[int]) -> Optional[str]:
    """The study's result, read from the study to the end of its line ("XR L-spine 1/7: no
    fracture; no listhesis; normal alignment" is normal) but not into another study's words;
    where those say nothing of it, from the words just before it ("normal radiographs")."""
    doc = span.doc
    sent = _last_sent(span)
    # a report's findings listed with semicolons are one result
    while text[sent.start_char:sent.end_char].rstrip().endswith(";") and sent.end < len(doc):
        sent = doc[sent.end].sent
    end = sent.end_char
    following = bisect_left(studies, span.end_char)
    if following < len(studies):
        end = min(end, studies[following])
    after = text[span.end_char:end]
    if _read_pending(after, cues):
        return None
    result = _read_as(sent, cues, text, studies) or _classify_result(after, cues)
    if result:
        return result
    before = " ".join(text[span.sent.start_char:span.start_char].split()[-3:])
    _, normal, abnormal = (pattern for _, pattern in cues.imaging_result)
    if normal.search(before):
        return "normal"
    if any(not cues.result_generic.fullmatch(m.group(0)) for m in abnormal.finditer(before)):
        return "abnormal"
    return None


# a preliminary read is a result, whatever the over-read still to come ("prelim read by
# provider, over-read pending: multilevel disc space narrowing")
_PRELIMINARY = re.compile(r"\bprelim(?:inary)?\b|\bover-?$|\b(?:official|final|formal)\s*$", re.IGNORECASE)


def _read_pending(after: str, cues: _Cues) -> bool:
    """A study whose report is awaited ("MRI obtained for epidural abscess, read pending") has no
    result yet: the diagnosis it was ordered for is no finding of it. A finding reported before
    or after the wait ("MRI showed an L5 HNP; report pending") is one."""
    pending = cues.result_pending.search(after)
    if pending is None or _PRELIMINARY.search(after[:pending.start()]):
        return False
    return (not cues.result_generic.search(after[:pending.start()])
            and _classify_result(after[pending.end():], cues) is None)


def _read_as(sent: Span, cues: _Cues, text: str, studies: list[int]) -> Optional[str]:
    """The result a verdict sentence right after the study's own gives, on the same line and
    before another study ("... mild L5-S1 disc space narrowing. Read as essentially normal.")."""
    doc = sent.doc
    if sent.end >= len(doc) or "\n" in text[sent.end_char:doc[sent.end].idx]:
        return None
    verdict = doc[sent.end].sent
    opener = cues.read_as.match(text, verdict.start_char)
    if opener is None or any(verdict.start_char <= s < verdict.end_char for s in studies):
        return None
    words = text[opener.end():verdict.end_char]
    result = _classify_result(words, cues)
    # a verdict that only denies ("Read as: no stenosis") does not unsay the findings before it
    _, normal, _ = (pattern for _, pattern in cues.imaging_result)
    return None if result == "normal" and not normal.search(words) else result


def _classify_result(words: str, cues: _Cues) -> Optional[str]:
    """nondiagnostic; else abnormal when a finding word survives the denied ones ("no fracture,
    mild DDD"); else normal when the words say so or deny every finding they name ("no
    fracture, no listhesis"); else abnormal on a reporting verb ("showed ...")."""
    nondiagnostic, normal, abnormal = (pattern for _, pattern in cues.imaging_result)
    if nondiagnostic.search(words):
        return "nondiagnostic"
    # "reviewed the films with him": the people it was looked at with are no finding
    words = cues.result_company.sub(" ", words)
    kept = cues.result_denied.sub(" ", words)
    if normal.search(words):
        # "mild degenerative change, otherwise unremarkable": the reader calls the film normal
        kept = cues.result_incidental.sub(" ", kept)
    found = [m.group(0) for m in abnormal.finditer(_QUERIED.sub(" ", kept))]
    if any(not cues.result_generic.fullmatch(f) for f in found):
        return "abnormal"
    if _QUERIED.search(kept):
        return "nondiagnostic"  # its one finding is queried
    if normal.search(words):
        return "normal"
    if found:
        return "abnormal"
    return "normal" if kept != words else None


def _procedure_value(span: Span, cues: _Cues, neighbours: list[Span], text: str,
                     level: Optional[str]) -> dict[str, Any]:
    """The operation as contract §4 names it, with its level ("L4-5 laminectomy"): the level
    the sentence gives the mention goes before a name that lacks one ("s/p microdiscectomy
    at L5-S1" -> "L5-S1 microdiscectomy"); "s/p", "prior" and the like tell when, not what."""
    name = _PROCEDURE_TIME_WORDS.sub("", text[span.start_char:span.end_char]) or span.text
    if level and not _LEVEL.search(name):
        name = f"{level} {name}"
    value: dict[str, Any] = {"procedure": name}
    when = _study_date(span, cues, neighbours, text)
    if when:
        _set_date(value, *when)
    return value


def _set_date(value: dict[str, Any], when: dt.date, precision: str) -> None:
    """A study's or procedure's date, and how exact it is: of the mentions of one finding, a
    day beats a month or a year ("MRI 03/14/2023" over "the 2023 MRI") when they merge
    (extractors/findings.py); `date_precision` is internal, not a contract field."""
    value["date"] = when
    if precision != "day":
        value["date_precision"] = precision


def _malignancy_value(span: Span, cues: _Cues, text: str, others: list[Span]) -> dict[str, Any]:
    value: dict[str, Any] = {}
    site = _nearest(cues.site, span, text)
    if site:
        value["site"] = site.group(0).lower()
    if _metastatic(span, cues, text, others):
        value["metastatic"] = True
    return value


def _metastatic(span: Span, cues: _Cues, text: str, others: list[Span]) -> bool:
    """A spread said of this cancer: not denied ("no features suggesting metastatic disease",
    "metastatic disease unlikely")
    and not nearer a relative's cancer in the sentence ("worried the cancer is back because
    her sister's breast cancer spread to the spine")."""
    sent = span.sent
    relatives = [o for o in others
                 if cues.relative.search(text, max(sent.start_char, o.start_char - 40), o.start_char)]
    for m in cues.metastatic.finditer(text, sent.start_char, sent.end_char):
        if _spread_denied(m, sent, cues, text):
            continue
        mine = _distance(span, m.start(), m.end())
        if all(_distance(o, m.start(), m.end()) >= mine for o in relatives):
            return True
    return False


def _spread_denied(m: re.Match, sent: Span, cues: _Cues, text: str) -> bool:
    return bool(cues.metastatic_denied.search(text, max(sent.start_char, m.start() - 40), m.start())
                or cues.metastatic_denied_after.match(text, m.end(), min(sent.end_char, m.end() + 40)))


def _own_spread_denied(span: Span, cues: _Cues, text: str) -> bool:
    """The spread a target names itself ("metastatic disease") is denied or doubted where it
    is written ("Metastatic disease unlikely given undetectable PSA")."""
    own = list(cues.metastatic.finditer(text, span.start_char, span.end_char))
    return bool(own) and all(_spread_denied(m, span.sent, cues, text) for m in own)


# A grade's change told in one breath: the grade it has come to is today's ("progressed from
# 4/5 to 3/5", "4/5 -> 3/5", "DF 4/5 on 2/10, 2/5 today", "4/5 last week, now 2/5")
_CHANGE_ARROW = re.compile(r"^\s*(?:->|-->|→|=>)\s*$")
_CHANGE_TO = re.compile(r"^\s*to\s*$", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\b(?:now|today|currently)\s*(?:is\s+|at\s+)?$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"\s*(?:\(\s*)?(?:today|now|currently|this\s+visit|on\s+today's\s+exam)\b",
                        re.IGNORECASE)


def _changed_grade(span: Span, text: str, finding_starts: Sequence[int]) -> Optional[re.Match[str]]:
    """The later grade of a change the finding's first grade opens, when the words between
    them name no other finding (a second muscle's grade is that muscle's). `finding_starts`:
    where each of the note's findings starts (characters), ascending."""
    grades = list(_GRADE.finditer(text, span.start_char, span.sent.end_char))
    if len(grades) < 2:
        return None
    first, second = grades[0], grades[1]
    between = text[first.end():second.start()]
    if len(between) > 40 or "\n" in between or _starts_within(finding_starts, first.end(), second.start()):
        return None
    opened = _CHANGE_FROM.search(text, max(span.sent.start_char, first.start() - 30), first.start())
    if (_CHANGE_ARROW.match(between) or (opened and _CHANGE_TO.match(between))
            or _NOW_BEFORE.search(between) or _NOW_AFTER.match(text, second.end())):
        return second
    return None


def _starts_within(starts: Sequence[int], low: int, high: int) -> bool:
    """Whether one of the ascending `starts` lies in [low, high)."""
    i = bisect_left(starts, low)
    return i < len(starts) and starts[i] < high


_CHANGE_TAIL = re.compile(r"(?:\s+(?:weakness|has|have|had|been|progressed|worsened|improved|recovered|"
                          r"increased|declined|dropped|decreased|deteriorated|fallen|fell|gone|went|"
                          r"down|from))+\s*$", re.IGNORECASE)


def _motor_value(span: Span, text: str, finding_starts: Sequence[int]) -> dict[str, Any]:
    m = _nearest(_GRADE, span, text) or _GRADE_WORDS.search(text, span.start_char, span.end_char) \
        or _MRC_GRADE.search(text, span.start_char, span.end_char)
    if not m:
        return {}
    m = _changed_grade(span, text, finding_starts) or m
    written = m.group(0).replace(" ", "") if m.re is _GRADE else " ".join(m.group(0).split())
    grade = int(m.group(1))
    # "5-/5" is a muscle below full strength (as the table rows read it), which the rules'
    # "below 5/5" must see; grade_text keeps what the note wrote
    if grade == 5 and m.group(2) == "-":
        grade = 4
    value: dict[str, Any] = {"grade": grade, "grade_text": written}
    # the muscle named inside the span, after its grade ("4/5 L EHL") or before it ("L EHL
    # 4/5", "Right triceps is 4 out of 5")
    words = text[span.start_char:span.end_char]
    inside = _GRADE.search(words) or _GRADE_WORDS.search(words)
    if inside:
        after = words[inside.end():]
        # a change of grade ("EHL has dropped from 4/5 to 3/5", "DF 4/5 on 2/10, 2/5 today")
        # names its muscle before the change, not in the words between the grades
        muscle = (None if _GRADE.search(after) else _muscle_name(after)) \
            or _muscle_name(_CHANGE_TAIL.sub("", words[:inside.start()]))
        if muscle:
            value["muscle"] = muscle
    return value


# a strength grade written without "/5" in a list or table a strength rule reads ("MRC R:
# deltoid 4-, SSp 4", "R  4  4+  4  5"): its number and sign, not a date, level or x/5 grade
_BARE_GRADE = re.compile(r"(?<![\w/.+-])([0-5])[ \t]?([+-]?)(?![\w/.+]|[ \t]*/|-\d)")


def _bare_grade_value(span: Span, text: str) -> dict[str, Any]:
    """The weakest grade of a strength list or table whose grades are written without "/5"
    (the rules marked `bare_grades`), as a table cell reads ("4+" and "4-" are 4, "5-" short
    of full strength); in a list the muscle named before that grade."""
    words = text[span.start_char:span.end_char]
    weakest = None
    for m in _BARE_GRADE.finditer(words):
        grade = _cell_grade(m.group(1), m.group(2))
        if grade < 5 and (weakest is None or grade < weakest[0]):
            weakest = (grade, m)
    if weakest is None:
        return {}
    grade, m = weakest
    value: dict[str, Any] = {"grade": grade, "grade_text": m.group(1) + m.group(2)}
    line_start = words.rfind("\n", 0, m.start()) + 1
    before = words[line_start:m.start()]
    if _SIDE_ROW.match(before):
        # a side's row of an MRC table: the muscle heads the grade's column above
        muscle = _column_header(text, span.start_char + m.start())
    else:  # a list item or a table's muscle row: the words before the grade
        muscle = _muscle_name(re.split(r"[,;:]", before)[-1].split("  ")[0] if "\n" not in words
                              else _BARE_GRADE.split(before)[0])
    if muscle:
        value["muscle"] = muscle
    return value


# the opening of a side's row of bare grades ("  R   4   4+  "), and a whole such row
_SIDE_ROW = re.compile(r"[ \t]*(?:right|left|rt|lt|[RL])\.?[ \t]*:?(?:[ \t]+[0-5][+-]?)*[ \t]*$", re.IGNORECASE)
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")


def _column_header(text: str, at: int) -> Optional[str]:
    """The muscle heading the column of the grade at `at` in an MRC table: the cell of the
    nearest line above that is no side row whose start is nearest the grade's column."""
    start = text.rfind("\n", 0, at) + 1
    column = at - start
    end = start - 1
    for _ in range(4):
        if end <= 0:
            return None
        top = text.rfind("\n", 0, end) + 1
        line = text[top:end]
        end = top - 1
        if not line.strip() or _SIDE_ROW.match(line):
            continue
        cells = [c for c in _HEADER_CELL.finditer(line) if not c.group().endswith(":")]
        if not cells:
            return None
        cell = min(cells, key=lambda c: abs(c.start() - column))
        return _get_cues().column_muscles.get(cell.group().lower()) or _muscle_name(cell.group())
    return None


def _muscle_name(words: str) -> Optional[str]:
    """The muscle in the words beside a grade, without sides, labels or verbs, as the note
    writes it (lower case but for an abbreviation), or its usual name (resources
    attributes.json `muscle_names`: "intrinsic hand muscles" -> "hand intrinsics")."""
    name = _MUSCLE_NOISE.sub(" ", words)
    name = " ".join(name.replace(",", " ").split()).strip(" .;:-")
    if not name or not re.search(r"[A-Za-z]{2}", name):
        return None
    name = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in name.split())
    return _get_cues().muscle_names.get(name, name)


def _pain_value(span: Span, text: str) -> dict[str, Any]:
    sent = span.sent
    sent_scores = [float(m.group(1) or m.group(2))
                   for m in _SCORE.finditer(text[sent.start_char:sent.end_char])]
    in_span = [float(m.group(1) or m.group(2))
               for m in _SCORE.finditer(text[span.start_char:span.end_char])]
    scores = in_span or sent_scores
    return {"score": max(scores)} if scores else {}


def _findings_by_sentence(spans: list[Span], catalogue: dict) -> dict[int, list[Span]]:
    """Per sentence start, the findings in that sentence (for who owns a duration)."""
    by_sentence: dict[int, list[Span]] = {}
    for span in spans:
        if span.label_ in catalogue:
            by_sentence.setdefault(span.sent.start, []).append(span)
    return by_sentence


def set_attributes(doc: Doc) -> Doc:
    hooks = doc.user_span_hooks
    installed = "sent" not in hooks
    if installed:
        hooks["sent"] = SentenceIndex(doc)
    try:
        return _set_attributes(doc)
    finally:
        _outcome_cues.forget()
        if installed:
            del hooks["sent"]


def _set_attributes(doc: Doc) -> Doc:
    cues = _get_cues()
    catalogue = codes()
    reference = doc._.reference_date
    text = _doc_text(doc)
    if doc._.time_expressions is None:
        doc._.time_expressions = timex.find_time_expressions(text, reference) if reference else []
    spans = [_Finding(span) for span in doc.spans.get(SPAN_GROUP, [])]
    words = _Words(doc, text)
    starts = sorted(s.start for s in spans)
    # read by each grade change, which once built every span of the note's group to look
    char_starts = sorted(s.start_char for s in spans)
    by_sentence = _findings_by_sentence(spans, catalogue)
    # where each study starts: another study's words end a study's result
    studies = sorted(s.start_char for s in spans
                     if catalogue.get(s.label_, {}).get("kind") == "imaging")
    treated = {start for start, found in by_sentence.items()
               if any(catalogue[o.label_]["kind"] == "treatment" for o in found)}
    levels: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    # where a sign of the exam starts: a radiating pain's course is told before it
    exam_starts = sorted(s.start_char for s in spans
                         if catalogue.get(s.label_, {}).get("kind") == "sign"
                         or s.label_ == "paresthesia")
    report = _Report(cues, text)
    # `span._` builds an Underscore at every read and write (~250 a note); `Extensions` reads
    # and writes the values where spaCy keeps them
    values = Extensions()
    for span in spans:
        entry = catalogue.get(span.label_)
        if entry is None:
            continue
        paired = (_side_pairs(span, cues, text) or _row_pair_side(span, cues, text)
                  if entry["value"] == "motor" else None)
        column = paired[1] if paired else (
            _column_side(span, cues, text) if entry["value"] == "motor" else None)
        values.set(span, "laterality", column or _laterality(span, cues, words, starts, text))
        values.set(span, "level", _level(span, cues, text, levels))
        shape = entry["value"]
        if shape in ("therapy", "imaging", "procedure"):
            neighbours = [o for o in by_sentence.get(span.sent.start, [])
                          if o.label_ != span.label_ and (o.end <= span.start or o.start >= span.end)]
        if shape == "therapy":
            rivals = [o for o in neighbours if catalogue[o.label_]["kind"] == "treatment"]
            value = _therapy_value(span, cues, text, neighbours, rivals, treated)
        elif shape == "imaging":
            status = _imaging_status(span, cues, text, studies)
            if status == "requested":
                values.set(span, "is_hypothetical", True)  # the study asked for: planned, not prior imaging
            elif status == "not_done":
                values.set(span, "is_negated", True)
            elif values.get(span, "is_hypothetical") and _urgent_study_done(span, text):
                values.set(span, "is_hypothetical", False)
            value = _imaging_value(span, cues, neighbours, text, studies, report)
            level = values.get(span, "level")
            if "region" not in value and level and span.label_ == "prior_mri":
                # "known L5-S1 HNP (MRI 03/2024)": an MRI its sentence ties to a spinal level
                # and names no region of is of that level's region; a CT is not (a staging or
                # abdominal CT shows a "new T9 lytic lesion" and is no study of the spine)
                value["region"] = REGION_OF_LEVEL[level[0]]
        elif shape == "procedure":
            # another mention of the operation in the sentence, dated by a bare year of its
            # own, is a rival for its date too ("failed back surgery syndrome s/p L3-L5
            # laminectomy 2017 ... since lifting the tree stand 11/14": the 11/14 is nearer the
            # laminectomy, and is no operation's); one without ("L4-5 TLIF with pedicle screw
            # fixation on 12/15") shares the date
            same = [o for o in by_sentence.get(span.sent.start, [])
                    if o.label_ == span.label_ and (o.end <= span.start or o.start >= span.end)
                    and _YEAR_AFTER.match(text, o.end_char)]
            value = _procedure_value(span, cues, neighbours + same, text, values.get(span, "level"))
            if reference and value.get("date") and value["date"] > reference:
                values.set(span, "is_hypothetical", True)  # dated after the note: booked, not done
        elif shape == "malignancy":
            others = [o for o in by_sentence.get(span.sent.start, [])
                      if o.label_ == span.label_ and o is not span
                      and (o.start, o.end) != (span.start, span.end)]
            value = _malignancy_value(span, cues, text, others)
        elif shape == "motor":
            value = paired[0] if paired else _motor_value(span, text, char_starts)
        elif shape == "pain":
            value = _pain_value(span, text)
        elif shape == "exam":
            value = _exam_value(span, text, doc._.document_date, reference)
        elif shape == "dermatome":
            value = _dermatome_value(span, cues, words, text, exam_starts)
        else:
            value = {}
        meta = _rule_metadata(values, span)
        if shape == "motor" and meta.get("bare_grades"):
            # a list or table of grades without "/5": its own weakest grade, not an x/5 near it
            value = _bare_grade_value(span, text) or value
        if shape is None and meta.get("done_as"):
            # a bare procedure counted where planned, or where done within some days as
            # `done_as` (extractors/findings.py `_own_code`): its own date, kept apart from
            # `date`, which would tell the plan's reading it was done (next40)
            when = _study_date(span, cues, by_sentence.get(span.sent.start, []), text)
            if when:
                value = {"done_date": when[0]}
        extra = meta.get("value")
        if extra:
            value = {**value, **extra}
            if extra.get("metastatic") and _own_spread_denied(span, cues, text):
                del value["metastatic"]
        if meta.get("laterality") and not column:
            values.set(span, "laterality", meta["laterality"])
        if meta.get("assertion") == "historical":
            # the phrase itself puts it in the past ("4/10 from 7/10")
            values.set(span, "is_historical", True)
        _rule_says_possible(values, span, meta)
        values.set(span, "value", value or None)
    return doc


def _rule_metadata(values: Extensions, span: Span) -> dict:
    """The metadata of the span's target rule; {} for none (or no `target_rule` extension:
    a Doc made without medspaCy's matcher)."""
    try:
        rule = values.get(span, "target_rule")
    except AttributeError:
        return {}
    return (rule.metadata or {}) if rule is not None else {}


def _rule_says_possible(values: Extensions, span: Span, meta: dict) -> None:
    # the phrase itself only raises the question: a work-up named for a diagnosis ("metastatic
    # survey ordered", "myeloma panel sent") or a lesion whose cause is not known ("lytic lesion
    # at T9") is that diagnosis suspected, not found
    if meta.get("assertion") == "possible":
        values.set(span, "is_uncertain", True)


@Language.component("spinecite_attributes")
def attributes_component(doc: Doc) -> Doc:
    return set_attributes(doc)
