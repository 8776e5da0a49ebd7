"""Dates and durations in clinical note text, normalised against a reference date.

Two passes: precompiled regexes find atoms (one date, one duration, one visit count), then
atoms that touch are joined into ranges ("12/1-1/15"), 'since' spans and "6 visits over
3 weeks". Overlaps are settled longest-first. Offsets always index the caller's text.
"""
import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal, Optional

from dateutil.relativedelta import relativedelta

from spinecite.pipeline.regex_literals import LiteralIndex, RegexPlan, literal_index, plan

__all__ = ["TimeExpression", "find_time_expressions", "find_document_date", "find_header_date",
           "weeks_between"]


@dataclass(frozen=True)
class TimeExpression:
    start: int              # char offset into the text given (end exclusive)
    end: int
    # "interval": a duration that schedules the next visit ("f/u 6 wks"), no one's course
    kind: Literal["date", "range", "duration", "since", "ago", "interval"]
    start_date: Optional[date]
    end_date: Optional[date]
    weeks: Optional[float]
    visits: Optional[int]
    precision: Literal["day", "month", "year"]
    approximate: bool


# ---- word tables -----------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_NUMBERS = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split(), start=1)}
_NUMBERS.update({"a": 1, "an": 1, "couple": 2})
_VAGUE = {"few", "several", "many"}                   # a count nobody stated: weeks stay None
_UNIT_WEEKS = {"d": 1 / 7, "w": 1.0, "m": 4.345, "y": 4.345 * 12}   # keyed by unit initial
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30.4375, "y": 365.25}
_UNIT_PREC = {"d": "day", "w": "day", "m": "month", "y": "year"}
_REL_DAYS = {"today": 0, "now": 0, "present": 0, "yesterday": 1, "last week": 7}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# "mid-January" has no day; a representative one keeps 'since mid-January' weeks honest.
_MOD_DAY = {"early": 1, "beginning": 1, "mid": 15, "middle": 15, "late": 21, "end": 24}
_MOD_MONTH = {"early": 1, "beginning": 1, "mid": 7, "middle": 7, "late": 9, "end": 11}
_SCALES = {2, 4, 5, 10}     # x/2 tab, reflex x/4, strength x/5, pain x/10: a bare "1/5" is a score
# a holiday's (usual) day: "since Christmas" dates a course as well as "since 12/25" does
_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "new": (1, 1), "thanksgiving": (11, 25),
             "halloween": (10, 31), "labor": (9, 3), "memorial": (5, 28), "july": (7, 4),
             "the": (7, 4), "fourth": (7, 4), "independence": (7, 4), "easter": (4, 5)}
_PRECISIONS = ["day", "month", "year"]   # finest first
_PRIO = {"range": 0, "since": 1, "ago": 2, "duration": 3, "date": 4}

# ---- regexes: [0-9] not \d, so an Arabic-Indic digit is never read as a day; possessive
# quantifiers and no leading \s* keep every pattern linear on long whitespace or dash runs ----
_MON = (r"(?:jan(?:uary)?|feb(?:r?uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_YR4 = r"(?:19|20)[0-9]{2}"
_YR = r"(?:[0-9]{4}|[0-9]{2})"
_APOS_YR = r"['\u2019][0-9]{2}"
_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
# "the end of September" as much as "end of September": "through the end of September" is a range
_MOD = r"(?:(?:the\s++)?(?P<mod>early|middle|mid|late|beginning|end)(?:\s+of)?[-\s]*+)?"
_L = r"(?<![\w/.])"            # not glued to a number or a level like L4/5
_R = r"(?![0-9]|/[0-9])"
_I = re.I

MONTH_WORD = _MON     # other readers of dates share the one spelling list ("sept", "febuary")


def month_number(word: str) -> int:
    """The month a MONTH_WORD match names: "Sept" -> 9."""
    return _MONTHS[word.casefold()[:3]]


# The forms opening on a number open on its first digit and look back past it: `_L` then
# [0-9]{1,2} matches exactly where [0-9] then "no [\w/.] before that digit" then [0-9]? does,
# and a pattern whose first item is a character class lets re skip to the next digit in C
# instead of trying the lookbehind at every character (0.08 -> 0.03 ms a note each).
_Y4_L = r"(?P<y>[0-9](?<![\w/.][0-9])[0-9]{3})"
_M_L = r"(?P<m>[0-9](?<![\w/.][0-9])[0-9]?)"
_DAY_L = r"(?P<d>[0-9](?<![\w/.][0-9])[0-9]?)(?:st|nd|rd|th)?"  # `_L` then `_DAY`, as above
# The forms opening on a word look ahead for a letter one of their words can open with (the
# same flags: the class matches what the words' first letters match, "\u017f" for "s"), so
# at the many word boundaries and characters no date opens on the attempt stops there
# instead of trying each alternative of `_MOD` and `_MON` (tests/test_perf31_attributes.py;
# "mon_d" is tried only where a month is written: `_PLANS`).
# They look at the second character too, a class as well (a class is one test at each place,
# where an alternation of the openings' first two letters tries each: slower than the one
# letter): "mon" 0.19 -> 0.16, "year" 0.11 -> 0.09 ms a note (tests/test_perf33c_attributes.py).
_MOD_MON_OPENS = r"(?=[abdefjlmnost][acehilnopu])"  # `_MOD` ("the", "early", "end", "mid"...), then `_MON`
_MOD_YEAR_OPENS = r"(?=[12belmt][09aehin])"         # `_MOD`, then `_YR4` (19.., 20..)
_DATE_RES = [(form, re.compile(rx, _I)) for form, rx in [
    ("ymd", rf"{_Y4_L}(?P<s>[-/])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){_R}"),
    ("mdy", rf"{_M_L}(?P<s>[-/.])(?P<d>[0-9]{{1,2}})(?P=s)(?P<y>{_YR}){_R}"),
    ("my", rf"{_M_L}/(?P<y>[0-9]{{4}}){_R}"),
    ("md", rf"{_M_L}/(?P<d>[0-9]{{1,2}}){_R}"),
    ("mon_d", rf"\b(?P<mon>{_MON})\.?\s*+{_DAY}\b(?:,?\s*+(?P<y>{_YR4}|{_APOS_YR}))?{_R}"),
    ("d_mon", rf"{_DAY_L}\s++(?:of\s+)?(?P<mon>{_MON})(?:\.?,?\s*+(?P<y>{_YR4}))?{_R}"),
    ("mon", rf"\b{_MOD_MON_OPENS}{_MOD}(?P<mon>{_MON})(?:\.?,?\s*+(?:of\s+)?(?P<y>{_YR4}|{_APOS_YR}))?{_R}"),
    ("year", rf"{_MOD_YEAR_OPENS}(?<![\w/.]){_MOD}(?P<y>{_YR4})(?![0-9]|\s*(?:mg|mcg|ml|cc|units?|iu)\b|\s*%)"),
    ("season", rf"\b(?:(?P<rel>last|this\s+past|past)\s+)?(?P<sea>spring|summer|fall|autumn|winter)"
               rf"\b(?:\s+(?:of\s+)?(?P<y>{_YR4}))?{_R}"),
    ("rel", r"\b(?P<rel>yesterday|today|now|present|last\s+(?:week|month|year))\b"),
    ("holiday", rf"\b(?P<hol>christmas|xmas|new\s+year(?:'s|\u2019s|s)?(?:\s+day|\s+eve)?|thanksgiving"
                rf"|halloween|labor\s+day|memorial\s+day|july\s+4(?:th)?|(?:the\s+)?fourth\s+of\s+july"
                rf"|independence\s+day|easter)(?![\w'\u2019])(?:,?\s*+(?P<y>{_YR4}))?{_R}"),
]]

_NUMW = r"(?:" + "|".join(sorted(_NUMBERS.keys() - {"a", "an", "couple"}, key=lambda w: (-len(w), w))) + r")\b"
_NUM = (rf"(?:(?<![0-9./])[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?|\b(?:{_NUMW}|a\s+couple(?:\s+of)?"
        rf"|couple(?:\s+of)?|a\s+few|few|several|many|an?)\b)")
_DUR_RE = re.compile(rf"""(?<![^\W\d_])  # never start mid-word: halves the scan
    (?=[0-9acdeflmnoprstwxy~\u00d7])          # a character some part below can open with
                                             # (tests/test_perf30_attributes.py): 0.2 ms a note
    (?:(?P<pre>\b(?:for|over|during|within|throughout)\b|(?<!\w)[x\u00d7])\s*+)?
    (?P<the>\bthe\s+)?
    (?:\b(?P<anchor>past|last|previous|prior|preceding)\s+)?
    (?P<approx>(?:\b(?:about|approx(?:imately)?|around|roughly|nearly|almost|at\s+least)\b\.?|~)\s*+)?
    (?<!\bage\s)(?<!\baged\s)                  # "aged 45 years" is an age
    (?:(?P<num>{_NUM})                        # separators only after a number: no rescans
       (?P<half>\s++and\s++(?:a|one)[\s-]++half\b|\u00bd|[\s-]1/2(?![0-9/]))?   # "two and a half weeks", "2 1/2 wks"
       (?:\s*+(?:-|\u2013|to|or)\s*+(?P<num2>[0-9]{{1,4}}|{_NUMW}))?\s*+(?P<plus>\+)?[\s-]*+)?
    (?P<unit>days?|dys?|weeks?|wks?|months?|mos?|mths?|mnths?|years?|yrs?|[dwmy])\b
    (?![\s-]*old)
    (?P<ago>\s+ago\b)?""", re.I | re.X)
# Where _DUR_RE need be read. A duration ends on its unit, a word that no letter but an "x"
# stands right before ("6wks", "x6w", "for 2 weeks"); found first (in C: the pattern opens on
# its letter), they leave out the stretches of a note that name none. A duration holds no
# ASCII sign but "-~+/." (its numbers, ranges, "1/2"), and what its lookaheads read stops at
# such a sign too: so each stretch from one sign to the next that names a unit is read alone,
# its closing sign included, and matches as in the whole note (tests/test_perf31_attributes.py).
_UNIT_AT = re.compile(r"[dmwy](?<![^\W\d_xX][dmwy])(?:(?<=d)(?:ays?|ys?)?|(?<=w)(?:eeks?|ks?)?"
                      r"|(?<=m)(?:onths?|os?|ths?|nths?)?|(?<=y)(?:ears?|rs?)?)\b", re.I)
_NO_DURATION = re.compile(r"[^\w\s\-\u2013~\u00d7+\u00bd/.]")
# "1" where an ASCII character is one no duration holds (the rest of bytes: never read)
_NO_DURATION_FLAGS = bytes(ord("1") if _NO_DURATION.match(chr(c)) else ord("0") for c in range(128)) \
    + b"1" * 128


def _durations(text: str) -> list[re.Match]:
    """The matches of `_DUR_RE.finditer(text)`, read only where a unit is written."""
    if not text.isascii():
        return list(_DUR_RE.finditer(text))
    found: list[re.Match] = []
    flags = None
    done = 0  # the stretches before this are read
    for unit in _UNIT_AT.finditer(text):
        at = unit.start()
        if at < done:
            continue
        if flags is None:
            flags = text.encode("ascii").translate(_NO_DURATION_FLAGS).decode("ascii")
        start = flags.rfind("1", done, at) + 1 or done
        sign = flags.find("1", at)
        end = len(text) if sign < 0 else sign + 1
        found += _DUR_RE.finditer(text, start, end)
        done = end
    return found


# a day of a date is no count: "at the 09/14 visit", "the 3/2/26 session"
_VISIT_RE = re.compile(
    rf"(?P<num>(?<![0-9./])[0-9]{{1,3}}|\b{_NUMW})\s++(?:(?:pt|ot|physical\s+therapy|therapy|"
    r"chiropractic|chiro|rehab)\s+)?(?:visits?|sessions?|treatments?|appointments?|appts?)\b"
    # "3 visits a week" is a rate, no count of visits done
    r"(?!\s*+(?:a|per|each|every|/)\s*+(?:wk|week)\b|\s*+weekly\b)", _I)

# Context tests look at a short window ending where the atom starts.
_CUE = re.compile(r"(?:\b(?:in|since|from|during|of|until|till|by|before|after|around|circa|ca"
                  r"|between|throughout|through|thru|on|dated|starting|started|began)\.?\s+"
                  r"(?:the\s+)?(?:(?:month|year)\s+of\s+)?|~\s*)\Z", _I)
_MD_CUE = re.compile(r"\b(?:on|since|dated|starting|started|began|until|till|before|after|"
                     r"as\s+of|through|thru|stopped|discontinued|ended|completed|finished)\s+\Z", _I)
# A date without its year that the words before it put ahead ("Kyphoplasty tentatively 12/10",
# "scheduled for 1/6") is the next one after the note, not the last one before it - when that
# is within _FUTURE_REACH days, as plans are ("was scheduled for 3/2 but cancelled" in a
# November note stays the past March).
# (each of these cues looks ahead for the letters its words open with, as the date forms do:
# searched over the 40 characters before each date, 0.09 -> 0.05 ms a note together)
_FUTURE_CUE = re.compile(r"\b(?=[bnprstu])(?:scheduled|rescheduled|tentatively|tentative|booked|planned|slated"
                         r"|pencil(?:l)?ed\s+in|upcoming|next)(?:\s+(?:for|on|to\s+be|at))?"
                         r"\s*:?\s+\Z", _I)
_FUTURE_REACH = 183
# With no cue either way, a date without its year only days after the note is a date to come
# ("Keep PT start date 12/02" in a note of 11/30), not one nearly a year before it; unless
# the words just before it tell of something done or begun ("had PT since 12/02").
_NEAR_AHEAD = 14
_PAST_CUE = re.compile(
    r"\b(?=[abcdfghiloprstuw])(?:done|performed|had|was|were|completed|obtained|dated|from|since|last|prior|ago"
    r"|started|began|begun|initiated|tried|took|taken|received|underwent|got|seen|on)\b[^.;\n]{0,25}\Z",
    re.IGNORECASE)
# ... or a clause that books the event, its date a few words on ("She is scheduled for an L4-5
# ESI on 12/15", "will have the injection on 12/10"), with no word between that tells of it
# done ("will review the MRI done on 11/15" stays the past November)
_FUTURE_CLAUSE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:scheduled|rescheduled|booked|planned|will|going\s+to|plans?\s+to"
    r"|set\s+up)\b(?:(?!\b(?:done|performed|had|was|were|completed|obtained|dated|from|since|last|prior"
    r"|ago|started|began|begun|initiated|tried|took|taken|received|underwent|got|seen)\b)[^.;\n]){0,45}?"
    r"\b(?:on|for)\s+\Z", _I)
# A month range with no year of its own takes the year its sentence gives it just before ("PT
# in 2025 (Oct-Dec)", "In 2025 she did PT from September through November") or right after
# ("January to March of last year"), not the latest months before the note.
_YEAR_AFTER_RANGE = re.compile(r"\s*,?\s*(?:of\s+|in\s+)?(?:(?P<last>last\s+year)|(?P<this>this\s+year))\b", _I)
_YEAR_BEFORE_RANGE = re.compile(r"\b(?:in|during)\s+(?P<y>(?:19|20)[0-9]{2})(?P<gap>[^.;\n0-9]{0,50})\Z", _I)
_FALL_CTX = re.compile(r"\b(?:her|his|their|a|the|recent|prior|previous|mechanical)\s+(?:last\s+)?\Z", _I)
_LEAD = re.compile(r"\b(?P<w>from|between)\s+\Z", _I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?\Z", _I)
_CONN = re.compile(r"\s*+(?P<c>[-\u2013\u2014]+|(?:to|through|thru|until|till|and)\b)\s*+", _I)
_GAP = re.compile(r"\s*+,?\s*+")
_VIS_OVER = re.compile(r"\s*+,?\s*+(?:over|in|across|during|within|for)\s++", _I)


def _booked_on(text: str, end: int) -> bool:
    """`_FUTURE_CLAUSE` in the 60 characters before `end`: read only when they end on "on" or
    "for" and a space, as any match of it does (most dates without a year are scores such as
    "4/5", and its tempered scan of the window was a fifth of reading dates)."""
    start = max(0, end - 60)
    word_end = end
    while word_end > start and text[word_end - 1].isspace():  # what its "\s+" takes
        word_end -= 1
    if word_end == end or not text[max(start, word_end - 3):word_end].lower().endswith(("on", "for")):
        return False
    return _FUTURE_CLAUSE.search(text, start, end) is not None


@dataclass(frozen=True)
class _D:
    """A parsed date before its year is inferred."""
    y: Optional[int]
    m: Optional[int]        # None: the whole year
    d: Optional[int]        # None: the whole month (or year)
    prec: str
    approx: bool = False
    weak: bool = False      # shaped like a score (7/10, 4/5): needs a date cue or a real partner
    gate: str = ""          # "" standalone, "cue" needs a preposition, "never" only as a range end
    closes: bool = False    # "end of <month/year>": a range it ends runs to the last day


@dataclass
class _Atom:
    start: int
    end: int
    te: TimeExpression
    d: Optional[_D] = None
    alone: bool = True


def weeks_between(start: date, end: date) -> float:
    """Whole-day difference in weeks, rounded to 1 decimal (negative when end < start)."""
    return round((end - start).days / 7, 1)


def _mk(y: Optional[int], m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None


def _year(tok: str, ref: date) -> int:
    tok = tok.lstrip("'\u2019")
    y = int(tok)
    if len(tok) == 2:   # two-digit years: this century unless that lands >10 years ahead
        y += 2000 if 2000 + y <= ref.year + 10 else 1900
    return y


def _resolve(p: _D, bound: date) -> Optional[date]:
    """Start of p; a missing year is the latest that puts it on or before bound."""
    if p.y is not None:
        return _mk(p.y, p.m or 1, p.d or 1)
    dates = (_mk(y, p.m or 1, p.d or 1) for y in range(bound.year, bound.year - 9, -1))
    return next((dt for dt in dates if dt and dt <= bound), None)    # 8 back covers Feb 29


def _after(p: _D, low: date) -> Optional[date]:
    dates = (_mk(y, p.m or 1, p.d or 1) for y in range(low.year, low.year + 9))
    return next((dt for dt in dates if dt and dt >= low), None)


def _expand(p: _D, start: date) -> Optional[date]:
    """A range end stated as a month or a year means its last day."""
    if p.closes:
        m = p.m if p.prec == "month" else 12
        return _mk(start.year, m, calendar.monthrange(start.year, m)[1])
    if p.d is not None:
        return start
    m = p.m or 12
    return _mk(start.year, m, calendar.monthrange(start.year, m)[1])


def _back(ref: date, n: float, unit: str) -> Optional[date]:
    try:
        if n == int(n) and unit in "my":   # calendar months, not 30-day blocks
            return ref - relativedelta(**{"months" if unit == "m" else "years": int(n)})
        return ref - timedelta(days=round(n * _UNIT_DAYS[unit]))
    except (ValueError, OverflowError):
        return None


def _number(tok: str) -> tuple[Optional[float], bool]:
    w = " ".join(tok.casefold().split())
    if w[0].isdigit():
        return float(w), False
    w = w.removesuffix(" of")
    w = w[2:] if w.startswith("a ") else w
    if w in _VAGUE:
        return None, True
    return float(_NUMBERS[w]), w == "couple"


def _parse(form: str, m: re.Match, text: str, ref: date) -> Optional[_D]:
    g = m.groupdict()
    y = _year(g["y"], ref) if g.get("y") else None
    mod = (g.get("mod") or "").casefold()
    mon = g.get("mon")
    if mon is not None:
        if mon == "may" and y is None:    # the verb: "pain may 5", "may improve in 2 weeks"
            return None
        mon = _MONTHS[mon.casefold()[:3]]
    if form in ("ymd", "mdy", "md", "mon_d", "d_mon"):
        mo, d = (mon, int(g["d"])) if mon else (int(g["m"]), int(g["d"]))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return _D(y, mo, d, "day", weak=form == "md" and mo <= d and d in _SCALES)
    if form == "my":
        mo = int(g["m"])
        return _D(y, mo, None, "month") if 1 <= mo <= 12 else None
    if form == "mon":
        return _D(y, mon, _MOD_DAY.get(mod), "month", bool(mod),
                  gate="" if (y or mod) else "cue", closes=mod == "end")
    if form == "year":
        return _D(y, _MOD_MONTH.get(mod), 1 if mod else None, "year", bool(mod),
                  gate="" if mod else "cue", closes=mod == "end")
    if form == "holiday":
        # approximate where the day moves (Thanksgiving, Easter, Labor Day) and a cue is needed:
        # "Christmas" alone is no date of anything ("Christmas tree")
        name = g["hol"].casefold()
        mo, d = (12, 31) if name.endswith("eve") else _HOLIDAYS[name.split()[0]]
        return _D(y, mo, d, "day", name[:3] in ("tha", "eas", "lab", "mem"),
                  gate="" if y else "cue")
    rel = " ".join((g.get("rel") or "").casefold().split())
    if form == "season":
        sea = g["sea"].casefold()
        sm = _SEASONS[sea]
        s = m.start()
        if sea == "fall" and _FALL_CTX.search(text, max(0, s - 20), s):
            return None                   # "since her last fall": a tumble, not autumn
        if y is not None:
            return _D(y, sm, None, "month", True)
        if not rel:
            return None
        for yy in range(ref.year, ref.year - 3, -1):   # the latest season already over
            st = _mk(yy, sm, 1)
            if st and st + relativedelta(months=3) <= ref:
                return _D(yy, sm, None, "month", True)
        return None
    if rel == "last year":
        return _D(ref.year - 1, None, None, "year")
    if rel == "last month":
        dt = ref - relativedelta(months=1)
        return _D(dt.year, dt.month, None, "month")
    dt = ref - timedelta(days=_REL_DAYS[rel])
    return _D(dt.year, dt.month, dt.day, "day", rel == "last week",
              gate="never" if rel in ("now", "present") else "")   # "now" only ends a range


def _date_atom(form: str, m: re.Match, text: str, ref: date) -> Optional[_Atom]:
    p = _parse(form, m, text, ref)
    dt = _resolve(p, ref) if p else None
    if dt is None:
        return None
    s = m.start()
    if p.y is None and p.d is not None and (_FUTURE_CUE.search(text, max(0, s - 40), s)
                                            or _booked_on(text, s)):
        ahead = _after(p, ref + timedelta(days=1))
        if ahead is not None and (ahead - ref).days <= _FUTURE_REACH:
            dt = ahead
    elif p.y is None and p.d is not None and not _PAST_CUE.search(text, max(0, s - 40), s):
        ahead = _after(p, ref + timedelta(days=1))
        if ahead is not None and (ahead - ref).days <= _NEAR_AHEAD:
            dt = ahead
    if p.gate == "cue":
        alone = bool(_CUE.search(text, max(0, s - 30), s))
    elif p.weak:
        alone = bool(_MD_CUE.search(text, max(0, s - 16), s))
    else:
        alone = p.gate == ""
    te = TimeExpression(s, m.end(), "date", dt, None, None, None, p.prec, p.approx)  # type: ignore[arg-type]
    return _Atom(s, m.end(), te, p, alone)


def _dur_atom(m: re.Match, ref: date) -> Optional[_Atom]:
    g = m.groupdict()
    unit = g["unit"].casefold()[0]
    pre = (g["pre"] or "").casefold()
    ago = bool(g["ago"])
    if len(g["unit"]) == 1 and pre not in ("x", "\u00d7"):
        return None                   # "65 y/o", "10 d": single letters only as "x6w"
    if g["num"] is None:
        # "for the past month" is a duration; bare "last month" stays a date
        if not (g["anchor"] and (pre or g["the"])) or ago:
            return None
        n, approx = 1.0, False
    else:
        n, approx = _number(g["num"])
        if n is not None and g["half"]:
            n += 0.5
        if g["num"].casefold() in ("a", "an") and not (pre or ago or g["anchor"]):
            return None               # "once a week" is a frequency
    approx = approx or bool(g["approx"] or g["num2"] or g["plus"])
    weeks = None if n is None else round(n * _UNIT_WEEKS[unit], 1)
    start = _back(ref, n, unit) if n is not None and (g["anchor"] or ago) else None
    te = TimeExpression(m.start(), m.end(), "ago" if ago else "duration", start, None, weeks,
                        None, _UNIT_PREC[unit], approx)  # type: ignore[arg-type]
    return _Atom(m.start(), m.end(), te)


def _visit_atom(m: re.Match) -> Optional[_Atom]:
    n, _ = _number(m.group("num"))
    if not n:
        return None
    te = TimeExpression(m.start(), m.end(), "duration", None, None, None, int(n), "day", False)
    return _Atom(m.start(), m.end(), te)


def _range_atom(text: str, a: _Atom, b: _Atom, conn: re.Match, ref: date) -> Optional[_Atom]:
    pa, pb = a.d, b.d
    if pa is None or pb is None or pa.gate == "never" or (pa.weak and pb.weak):
        return None                   # "from 8/10 to 4/10" is a pain score improving
    lead = _LEAD.search(text, max(0, a.start - 12), a.start)
    if conn.group("c").casefold() == "and" and not (lead and lead.group("w").casefold() == "between"):
        return None
    if pa.y is None and pb.y is None:
        year = _range_year(text, a.start, b.end, ref)
        pa = replace(pa, y=year) if year else pa
    if pb.y is None and pa.y is not None:
        sa = _resolve(pa, ref)
        b0 = _after(pb, sa) if sa else None
    else:                              # end nearest before the reference, start before the end
        b0 = _resolve(pb, ref)
        sa = _resolve(pa, b0) if b0 else None
    eb = _expand(pb, b0) if b0 and sa else None
    if eb is None or eb < sa:
        return None
    s = lead.start() if lead else a.start
    # a range is as exact as its vaguer end ("07/14/2026 - Sept" is known to the month)
    prec = max(pa.prec, pb.prec, key=_PRECISIONS.index)
    te = TimeExpression(s, b.end, "range", sa, eb, weeks_between(sa, eb), None,
                        prec, pa.approx or pb.approx)  # type: ignore[arg-type]
    return _Atom(s, b.end, te)


def _range_year(text: str, start: int, end: int, ref: date) -> Optional[int]:
    after = _YEAR_AFTER_RANGE.match(text, end)
    if after:
        return ref.year - 1 if after.group("last") else ref.year
    before = _YEAR_BEFORE_RANGE.search(text, max(0, start - 70), start)
    if before and not re.search(_MON, before.group("gap"), _I):
        return int(before.group("y"))
    return None


def _since_atom(text: str, a: _Atom, ref: date) -> Optional[_Atom]:
    if a.te.kind not in ("date", "ago") or a.te.start_date is None or (a.d and a.d.gate == "never"):
        return None
    m = _SINCE.search(text, max(0, a.start - 20), a.start)
    if not m:
        return None
    st = a.te.start_date
    te = TimeExpression(m.start(), a.end, "since", st, ref, weeks_between(st, ref), None,
                        a.te.precision, a.te.approximate)
    return _Atom(m.start(), a.end, te)


def _guard(fn, *args):
    try:   # the contract is "never raise": one odd atom must not cost the whole note
        return fn(*args)
    except Exception:
        return None


# The forms that name a word (a month, a season, "visit"...) are tried only around the places
# that word occurs (regex_literals; the matches are those of finditer). A form opening on a
# digit or a slash is cheaper scanned whole, and "mon" and "year", whose optional "early
# of"-style lead has no bounded length, would be tried at a quadratic number of places in a
# long run of dates with no line break ("Dec - Dec - ...", tests/test_timex.py).
_PLANS: dict[re.Pattern, RegexPlan] = {
    rx: plan(rx.pattern, rx.flags) for form, rx in _DATE_RES
    if form in ("mon_d", "season", "rel", "holiday")}
_PLANS[_VISIT_RE] = plan(_VISIT_RE.pattern, _VISIT_RE.flags)


def _matches(rx: re.Pattern, text: str, index: LiteralIndex):
    rule = _PLANS.get(rx)
    return rx.finditer(text) if rule is None else index.finditer(rx, rule)


def _find(text: str, ref: date) -> list[TimeExpression]:
    atoms: list[_Atom] = []
    index = literal_index(text)
    for form, rx in _DATE_RES:
        atoms += filter(None, (_guard(_date_atom, form, m, text, ref) for m in _matches(rx, text, index)))
    atoms += filter(None, (_guard(_dur_atom, m, ref) for m in _durations(text)))
    visits = [a for a in (_guard(_visit_atom, m) for m in _matches(_VISIT_RE, text, index)) if a]
    atoms += visits
    by_start: dict[int, list[_Atom]] = defaultdict(list)
    for a in atoms:
        by_start[a.start].append(a)
    extra: list[_Atom] = []
    for a in atoms:
        if a.d is not None:
            conn = _CONN.match(text, a.end)
            for b in by_start.get(conn.end(), ()) if conn else ():
                extra.append(_guard(_range_atom, text, a, b, conn, ref))
        extra.append(_guard(_since_atom, text, a, ref))
    for v in visits:
        over = _VIS_OVER.match(text, v.end)
        for pos in {_GAP.match(text, v.end).end(), over.end() if over else -1}:
            for d in by_start.get(pos, ()):
                t = d.te
                if d.d is None and t.kind == "duration" and t.visits is None and t.weeks is not None:
                    extra.append(_Atom(v.start, d.end, TimeExpression(
                        v.start, d.end, "duration", t.start_date, None, t.weeks, v.te.visits,
                        t.precision, t.approximate)))
    cands = [a for a in atoms + extra if a and a.alone and a.end > a.start]
    cands.sort(key=lambda a: (a.start - a.end, _PRIO[a.te.kind], a.start))
    taken = bytearray(len(text))      # longest first; a byte map keeps the check O(length)
    out = []
    for a in cands:
        if taken.find(1, a.start, a.end) == -1:
            taken[a.start:a.end] = b"\x01" * (a.end - a.start)
            out.append(a.te)
    out.sort(key=lambda t: t.start)
    return [replace(t, kind="interval") if t.kind == "duration" and _FOLLOW_UP.search(
        text, max(0, t.start - 40), t.start) else t for t in out]


# What schedules the next visit: the duration after it is an interval, not how long a course
# or a symptom has run ("Continue meloxicam, follow up in 8 weeks": not 8 weeks of NSAID).
_FOLLOW_UP = re.compile(
    r"\b(?:f/u|follow[- ]?up|rtc|return(?:\s+(?:to\s+)?(?:clinic|office|the\s+clinic))?|re-?check"
    r"|re-?assess|re-?evaluate|see\s+(?:\w+\s+)?back|next\s+(?:visit|appointment|appt)|appt"
    r"|appointment)\s*(?:in|after|within|x|:|-|for)?\s*(?:about|approx\.?|approximately|~)?\s*$",
    re.IGNORECASE)


def find_time_expressions(text: str, reference: date) -> list[TimeExpression]:
    """All time expressions in text, sorted by start, non-overlapping (longest wins)."""
    if isinstance(reference, datetime):
        reference = reference.date()
    if not isinstance(text, str) or not isinstance(reference, date):
        return []
    try:
        return _find(text, reference)
    except Exception:
        return []


# ---- the note's own date -------------------------------------------------------------------
_DOC_LABEL = re.compile(
    r"\b(?:date\s+of\s+(?:service|visit|encounter|exam(?:ination)?)|(?:visit|encounter|exam(?:ination)?"
    r"|service|appointment)\s+date|d\.?o\.?s\.?|date(?=\s*[:#]))(?![a-z])\s*+[:#=-]?\s*+"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*+)?", _I)
# A 'Date:' that belongs to something else (birth, injury, a previous visit).
_NOT_DOC = re.compile(r"\b(?:birth|injury|onset|surgery|accident|admission|admit|discharge|"
                      r"referral|procedure|last|next|prior|previous|follow[- ]?up)\W*\Z", _I)
_FULL_FORMS = [(f, rx) for f, rx in _DATE_RES if f in ("ymd", "mdy", "mon_d", "d_mon")]


def _full_date(form: str, m: Optional[re.Match], text: str, ref: date) -> Optional[date]:
    """The date a match of a full form (`_FULL_FORMS`) writes, when it has a year."""
    p = _parse(form, m, text, ref) if m else None
    return _mk(p.y, p.m, p.d) if p and p.y is not None else None


def find_document_date(text: str) -> Optional[date]:
    """The note's own date from a header label within the first 15 lines; None when absent."""
    if not isinstance(text, str):
        return None
    today = date.today()
    try:
        for line in text.split("\n", 15)[:15]:
            for lab in _DOC_LABEL.finditer(line):
                if _NOT_DOC.search(line, max(0, lab.start() - 20), lab.start()):
                    continue
                for form, rx in _FULL_FORMS:
                    when = _full_date(form, rx.match(line, lab.end()), line, today)
                    if when:
                        return when
    except Exception:
        return None
    return None


# A header's date with no label: "Ortho spine 11/23/2026", "11/24/2026  Spine Center - NP
# visit", "PM&R note 11/30/2026". Only the words before the date on its line tell a header from
# prose, so any of these there makes it prose or another event's date ("seen 3/1/2026 for",
# "since 10/01/2026", "DOB 1/2/1960", "MRI 10/02/2026 showed", "s/p TFESI 6/15/2025").
_HEADER_PROSE = re.compile(
    r"\b(?:since|from|on|in|at|until|till|through|thru|after|before|of|for|with|was|were|is|"
    r"had|has|have|started|began|begin|dated|done|performed|completed|seen|last|next|prior|"
    r"previous|scheduled|due|born|birth|dob|d\.o\.b|age|injury|injured|onset|surgery|accident|"
    r"admission|admit(?:ted)?|referral|referred|procedure|"
    r"mri|mr|ct|x-?rays?|xr|radiographs?|emg|ncs|\w*esis?|injections?|blocks?|s/p|status\s+post)"
    r"(?![\w/])|\b(?:DOB|D\.O\.B\.?)", _I)
# "Oncology follow-up 11/25/2026" titles a visit; "Follow-up 12/15/2026" books the next one
_HEADER_NEXT_VISIT = re.compile(r"\b(?:follow[- ]?up|f/u)(?![\w/])", _I)
# ... or the words right after it ("TFESI 6/15/2025 with partial relief", "3/1/2026 showed")
_HEADER_PROSE_AFTER = re.compile(
    r"[ \t]*+(?:with|w/|without|w/o|for|showed|shows|revealed|reveals|demonstrated|which|that|"
    r"and|but|at|in|on|by|was|were|after|due|because|of|since|until|when|while|then)\b", _I)
_HEADER_LINES = 4            # non-empty lines a header spans
_HEADER_BEFORE = 60          # a header's date comes early on its line


def find_header_date(text: str, reference: Optional[date] = None) -> Optional[date]:
    """The note's date from an unlabelled header, for a document nothing else dates (no
    'Date of service:' label, no date from the case file): the first full date (day, month
    and year) within the first few non-empty lines with no prose word before it on its line.
    A range ("PT discharge summary 10/01/2026 - 11/12/2026") dates the note by its end. A date
    more than three years before `reference` (or over a week after it) is someone's birth
    date or a typo, and dates nothing. None when no line qualifies."""
    if not isinstance(text, str):
        return None
    reference = reference or date.today()
    try:
        lines = [line for line in text.split("\n", 40)[:40] if line.strip()][:_HEADER_LINES]
        for line in lines:
            found = []
            for form, rx in _FULL_FORMS:
                for m in rx.finditer(line, 0, min(len(line), _HEADER_BEFORE + 20)):
                    found.append((m.start(), m.end(), form, m))
            after = 0           # words before an earlier date belong to it ("DOB 1/2/1960")
            for start, end, form, m in sorted(found, key=lambda t: t[0]):
                if start < after:
                    continue
                if start > _HEADER_BEFORE or _HEADER_PROSE.search(line, after, start) \
                        or _HEADER_PROSE_AFTER.match(line, end):
                    after = end
                    continue
                when = _full_date(form, m, line, reference)
                if when is None or (when > reference
                                    and _HEADER_NEXT_VISIT.search(line, after, start)):
                    after = end
                    continue
                after = end
                conn = _CONN.match(line, end)  # a range, as elsewhere in this module
                if conn:
                    for form2, rx2 in _FULL_FORMS:
                        later = _full_date(form2, rx2.match(line, conn.end()), line, reference)
                        if later and later >= when:
                            when = later
                            break
                if reference - timedelta(days=3 * 366) <= when <= reference + timedelta(days=7):
                    return when
    except Exception:
        return None
    return None
