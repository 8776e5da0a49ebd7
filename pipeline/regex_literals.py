"""Literal prefilters for regular expressions.

Running every regex rule over every note costs one scan of the note per rule, almost all of
them finding nothing, and each scan tries the rule's leading lookbehinds at every character.
Most rules contain literal text that any match must contain ("drop", "/5", "ehl"), often at
a bounded distance from the start of the match. `RegexPlan` reads both off the parsed regex:

- the rule is skipped when the note contains none of its literals;
- otherwise, when the literal's distance from the match start is bounded, the rule is tried
  only at the positions that distance allows around each occurrence of the literal
  (`Pattern.match` at a position is exactly `Pattern.search`'s attempt there, lookbehinds
  included), and the matches are those `finditer` would give. An unbounded distance
  ("(?:strength\s*:?\s*)?[0-4]\s*/\s*5" anchored on "/") is cut at the last character
  before the literal that the parts of the pattern before it cannot match;
- starts are further kept to the characters a match can begin with, and to word starts when
  the pattern opens with "\b" before a word character or a lookbehind refusing one.

Literals are ASCII and lower case, and the note is folded the way `re.IGNORECASE` compares
characters, so a case-sensitive part of a pattern ("(?-i:S)") is only checked more loosely;
except an anchor read from a run of literal text that compares case and holds an upper-case
letter ("(?-i:CT|CAT)" -> "C"), looked for as written (`is_cased`).
Whether a literal occurs is answered for all the regex matchers' literals at once, by one
Hyperscan scan of the note (`LiteralScan`), where Hyperscan is installed.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse
from typing import Iterable, Iterator, Optional

import numpy

try:
    import hyperscan
except ImportError:  # without it each literal is looked up on its own
    hyperscan = None

# (literal, least and greatest offset of its first character from the start of a match, the
# ASCII characters the match can consume between its start and the literal: None when it
# does not consume that text (a literal read from a lookaround) or they are not known)
Anchor = tuple[str, int, int, Optional[frozenset]]
Anchors = frozenset  # of Anchor: every match contains at least one of them

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# Trying a rule at more start positions per occurrence than this is no cheaper than a scan.
_MAX_SPREAD = 120
# Trying more than one start position in this many is slower than scanning every one in C.
_MAX_SHARE = 4
# Anchor sets tried, when the cheapest allows too many starts in a text, before a scan.
_MAX_FALLBACKS = 2
# Looking a literal up in a note costs about as much as trying this many starts (in `_cost`'s
# unit, start positions per character of text: a note has a few thousand characters); a rule
# with a thousand literal lookbehinds is cheaper anchored on the few words of its body.
_LOOKUP_COST = 0.0005
# Length of the substrings of a note kept to rule out longer literals without a search.
_GRAM = 4
# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter (found by trying every
# code point); folding them first makes a lower-case substring test as permissive as the regex.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """The text as the literal test sees it, offset for offset when that is possible."""
    if not text.isascii():
        text = text.translate(_FOLD_TO_ASCII)
    return text.lower()


@dataclass(frozen=True)
class RegexPlan:
    """What a regex needs from a text: `required` (None: nothing known; no literal of it
    contains another, since the shorter one occurs wherever the longer does), `anchors`
    (None: scan the whole text). `fallbacks`: other anchor sets, cheapest first, for a text
    where `anchors` allow too many starts (a short literal like "in" followed by a long
    unbounded stretch)."""

    required: Optional[frozenset]
    anchors: Optional[Anchors]
    fallbacks: tuple = ()
    # lower-case ASCII characters a match can begin with (None: any): in an ASCII text a
    # rule is tried only where one of them (in either case) stands
    first: Optional[frozenset] = None
    # a match starts where no word character precedes ("\bR" opening on a word character,
    # "(?<![\w-])"): in an ASCII text a rule on "r" is tried at "R" but not in "for"
    word_start: bool = False
    # the same regex with its body checked first, for a pattern that opens with a long run
    # of lookarounds (None: the pattern itself)
    probe: Optional[re.Pattern] = None
    # the first _GRAM characters of every required literal, when none is shorter (None
    # otherwise): a text none of whose substrings of _GRAM characters is one of them holds
    # none of the required literals, which one set operation tells (`LiteralIndex.grams`)
    heads: Optional[frozenset] = None


@lru_cache(maxsize=None)
def plan(pattern: str, flags: int = re.IGNORECASE) -> RegexPlan:
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return RegexPlan(None, None)
    candidates = _sequence(list(parsed), parsed.state, flags, {},
                           cased=not parsed.state.flags & re.IGNORECASE)
    if not candidates:
        return RegexPlan(None, None)
    selective = max(candidates, key=_selectivity)
    # "(?:lumbar|cervical ...\s+)*radiculopathy": only a break bounds where the match starts
    usable = [c for c in candidates if all(
        hi - lo <= _MAX_SPREAD or _bounded(lead) for _, lo, hi, lead in c)]
    ranked = sorted(usable, key=_cost)[:_MAX_FALLBACKS + 1]
    anchors = ranked[0] if ranked else None
    try:
        first = _first(list(parsed), parsed.state, flags)
    except LookupError:
        first = None
    first = None if first is None else _interned(frozenset(first))
    # the test of whether a text holds a rule's literals is a loose one, without case
    required = _minimal(frozenset(a[0].lower() for a in selective))
    return RegexPlan(required, _interned_anchors(anchors),
                     tuple(map(_interned_anchors, ranked[1:])),
                     first, _word_start(list(parsed), parsed.state, first),
                     _probe(parsed, flags), _heads(required))


def _heads(required: frozenset) -> Optional[frozenset]:
    if not required or min(map(len, required)) < _GRAM:
        return None
    return _interned(frozenset(literal[:_GRAM] for literal in required))


_INTERNED: dict = {}


def _interned(value):
    """One object for all equal values. A note's caches are keyed on rules' anchors, and a
    dictionary compares a key with an equal one that is another object element by element
    (an anchor's lead holds up to ~100 characters): equal plans share their objects instead."""
    return _INTERNED.setdefault(value, value)


def _interned_anchors(anchors: Optional[Anchors]) -> Optional[Anchors]:
    if anchors is None:
        return None
    return _interned(frozenset(
        _interned((literal, low, high, None if lead is None else _interned(lead)))
        for literal, low, high, lead in anchors))


# Lookarounds a pattern opens with before its body is worth checking first.
_MANY_LOOKAROUNDS = 16


def _probe(parsed, flags: int) -> Optional[re.Pattern]:
    """"(?=BODY)LOOKAROUNDS BODY" for a pattern "LOOKAROUNDS BODY" that opens with many
    zero-width lookarounds ("(?:(?<=and PT )|(?<=and therapy )|...)" x 1,218): the same
    matches at every position, but where the body cannot match (nearly everywhere) it fails
    before evaluating them all."""
    items = list(parsed)
    lead = 0
    while lead < len(items) and _width(items[lead], parsed.state) == (0, 0):
        lead += 1
    if lead == len(items) or _lookarounds(items[:lead]) < _MANY_LOOKAROUNDS:
        return None
    state = parsed.state
    body = sre_parse.SubPattern(state, items[lead:])
    try:
        return sre_compile.compile(sre_parse.SubPattern(
            state, [(sre.ASSERT, (1, body))] + items), flags)
    except (re.error, RecursionError, OverflowError):
        return None


def _lookarounds(items) -> int:
    count = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            count += 1
        elif op is sre.BRANCH:
            count += sum(_lookarounds(branch) for branch in av[1])
        elif op is sre.SUBPATTERN:
            count += _lookarounds(av[3])
    return count


_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _word_start(items, state, first: Optional[frozenset]) -> bool:
    """Whether the zero-width items a pattern opens with let a match start only at the
    text's start or after a character that is not a word character."""
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            if first is not None and first <= _WORD:
                return True  # the boundary lies between a non-word and a word character
        elif op is sre.ASSERT_NOT and av[0] < 0 and av[1].getwidth() == (1, 1):
            refused = sre_compile.compile(av[1], state.flags).fullmatch
            if all(refused(c) and refused(c.upper()) for c in _WORD):
                return True  # "(?<![\w-])": no word character before the match
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return False
    return False


def _minimal(literals: frozenset) -> frozenset:
    """The literals that contain no other one: a text holds one of these iff it holds one of
    `literals` (1,200 lookbehind literals "and PT ", "and PT - " ... shrink to a few hundred)."""
    return frozenset(lit for lit in literals if not any(
        lit[i:j] in literals for i in range(len(lit)) for j in range(i + 1, len(lit) + 1)
        if j - i < len(lit)))


_UNITS = {sre.NOT_LITERAL, sre.ANY, sre.IN, sre.CATEGORY, sre.RANGE}
_ASCII = frozenset(map(chr, range(128)))


def _chars(items, state, flags: int, memo: dict) -> Optional[frozenset]:
    """The ASCII characters the consuming parts of a node sequence (lookarounds aside) can
    match, in either case; None when the sequence is not read. `memo`: by node, for one
    parsed pattern."""
    chars: set[str] = set()
    for item in items:
        op, av = item
        if op is sre.LITERAL and av < 128:
            chars |= _CASES[av]
            continue
        key = id(item)
        if key not in memo:
            memo[key] = _node_chars(item, state, flags, memo)
        if memo[key] is None:
            return None
        chars |= memo[key]
    return frozenset(chars)


_CASES = [frozenset({chr(c), chr(c).lower(), chr(c).upper()}) for c in range(128)]


def _node_chars(item, state, flags: int, memo: dict) -> Optional[frozenset]:
    op, av = item
    if op is sre.LITERAL or op in _UNITS:
        return _unit_matches(state, item, flags)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return frozenset()  # zero width: nothing of the match
    if op is sre.SUBPATTERN:
        return _chars(av[3], state, flags, memo)
    if op is sre.ATOMIC_GROUP:
        return _chars(av, state, flags, memo)
    if op in _REPEATS:
        return _chars(av[2], state, flags, memo)
    if op is sre.BRANCH:
        branches = [_chars(branch, state, flags, memo) for branch in av[1]]
        return None if None in branches else frozenset().union(*branches)
    return None


def _unit_matches(state, unit, flags: int) -> frozenset:
    """The ASCII characters one character-matching node matches, compiled with and without
    re.IGNORECASE (a local "(?-i:...)" or "(?i:...)" scope is not read: either may apply)."""
    key = (repr(unit), flags)  # an IN node holds a list
    chars = _UNIT_MATCHES.get(key)
    if chars is None:
        tests = [sre_compile.compile(sre_parse.SubPattern(state, [unit]), f).fullmatch
                 for f in (flags | re.IGNORECASE, flags & ~re.IGNORECASE)]
        chars = _UNIT_MATCHES[key] = frozenset(
            c for c in map(chr, range(128)) if any(test(c) for test in tests))
    return chars


_UNIT_MATCHES: dict = {}


def _bounded(lead: Optional[frozenset]) -> bool:
    """Whether some character cannot stand between a match's start and the literal."""
    return lead is not None and len(lead) < len(_ASCII)


@lru_cache(maxsize=None)
def _breaks(lead: Optional[frozenset]) -> Optional[re.Pattern]:
    """A character class of the ASCII characters not in `lead`: a match holding an anchor
    starts after the last of them before it. None when there is none (or lead is None)."""
    if lead is None:
        return None
    breaks = sorted(_ASCII - lead)
    if not breaks:
        return None
    # the class built as a parsed node: parsing its escaped text (~100 characters) was most
    # of a compile, and each new lead is compiled in the middle of a note (~150 in the first
    # 50 notes of a process, which a one-case `review` pays in full)
    state = sre_parse.State()
    state.flags = re.UNICODE
    return sre_compile.compile(sre_parse.SubPattern(
        state, [(sre.IN, [(sre.LITERAL, ord(c)) for c in breaks])]), re.UNICODE)


def _first(items, state, flags: int) -> Optional[set]:
    """Lower-case ASCII characters the sequence's first consumed character can be, None when
    it can be empty (a match may start anywhere). Lookarounds and anchors are skipped: zero
    width. Raises LookupError for nodes it does not read."""
    chars: set[str] = set()
    for item in items:
        op, av = item
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            inner = _first(list(av[3]), state, flags)
        elif op is sre.ATOMIC_GROUP:
            inner = _first(list(av), state, flags)
        elif op is sre.BRANCH:
            branches = [_first(list(b), state, flags) for b in av[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS:
            inner = _first(list(av[2]), state, flags) if av[1] else set()
        elif op is sre.LITERAL or op in _UNITS:
            inner = {c.lower() for c in _unit_matches(state, item, flags)}
        else:
            raise LookupError(op)
        if inner is None:
            return None
        chars |= inner
        if _width(item, state)[0] > 0:
            return chars
    return None


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> Optional[frozenset]:
    """Lower-case literals, at least one of which occurs in any match of `pattern`; None
    when the pattern has no such literal (the rule must always run)."""
    return plan(pattern, flags).required


def may_match(pattern: str, text: str, flags: int = re.IGNORECASE) -> bool:
    """False only when no match of `pattern` can lie in `text`: none of the literals one of
    which every match holds (`required_literals`, cached by pattern) is there. A few
    substring tests, where a search tries the pattern at each character."""
    literals = required_literals(pattern, flags)
    if literals is None:
        return True
    window = fold(text)
    return any(literal in window for literal in literals)


def _selectivity(anchors: Anchors) -> tuple[int, int]:
    return min(len(a[0]) for a in anchors), -len(anchors)


def _cost(anchors: Anchors) -> float:
    """Expected start positions to try: rarer (longer) literals, narrower spreads first; an
    unbounded spread is cut short by a break (a sentence, say) when the text is consumed."""
    cost = _LOOKUP_COST * len(anchors)
    for literal, lo, hi, lead in anchors:
        if hi - lo > _MAX_SPREAD and not _bounded(lead):
            return float("inf")
        cost += (min(hi - lo, _MAX_SPREAD) + 1) / 8 ** min(len(literal), 5)
    return cost


def _best(candidates: list[Anchors]) -> Optional[Anchors]:
    if not candidates:
        return None
    best = min(candidates, key=_cost)
    return best if _cost(best) < float("inf") else max(candidates, key=_selectivity)


def _width(item, state) -> tuple[int, int]:
    return sre_parse.SubPattern(state, [item]).getwidth()


def _shift(anchors: Optional[Anchors], low: int, high: int,
           lead: Optional[frozenset]) -> Optional[Anchors]:
    """Anchors of a part of a sequence, seen from the sequence's start: `lead` is what the
    parts before it consume (None: not consumed or not known)."""
    if anchors is None:
        return None
    return frozenset((lit, lo + low, min(hi + high, sre.MAXREPEAT),
                      None if was is None or lead is None else was | lead)
                     for lit, lo, hi, was in anchors)


def _literal_text(items: list, keep_case: bool = False) -> Optional[str]:
    """The text a node sequence matches when it is plain ASCII literals only (lower case, or
    as written if `keep_case`: then None also when a group inside changes the flags)."""
    chars = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            chars.append(chr(av) if keep_case else chr(av).lower())
        elif op is sre.SUBPATTERN and not (keep_case and (av[1] or av[2])) \
                and _literal_text(list(av[3]), keep_case) is not None:
            chars.append(_literal_text(list(av[3]), keep_case))
        else:
            return None
    return "".join(chars)


def _scoped(cased: bool, subpattern) -> bool:
    """Whether the items of a group "(?-i:...)" / "(?i:...)" compare case, from the scope's."""
    _, add_flags, del_flags, _ = subpattern
    if add_flags & re.IGNORECASE:
        return False
    return cased or bool(del_flags & re.IGNORECASE)


def is_cased(literal: str) -> bool:
    """A literal read from a part of a pattern that compares case ("(?-i:CT)" -> "C"): it
    holds an upper-case letter, and occurs only where the text has it as written. Other
    literals are lower case and are looked for in the folded text."""
    return literal != literal.lower()


def _sequence(items: list, state, flags: int, memo: dict, cased: bool = False
              ) -> list[Anchors]:
    """Anchor sets of the mandatory parts of a node sequence, offsets from its start.
    `cased`: the sequence compares case (a "(?-i:...)" group in a rule that does not): its
    literals keep their case when a run of literal text is all such ("(?-i:CT|CAT)" is
    anchored on "C", the words "CT" and "CAT" of a note, not on every "c")."""
    candidates: list[Anchors] = []
    run: list[tuple[str, Optional[str]]] = []  # (lower case, as written when case counts)
    run_at = (0, 0)  # offset of the run's first character
    run_lead: Optional[frozenset] = frozenset()
    low = high = 0   # offset of the current item
    lead: Optional[frozenset] = frozenset()  # what the items before it consume

    def flush() -> None:
        written = [piece[1] for piece in run]
        text = "".join(written) if None not in written else "".join(p[0] for p in run)
        if text:
            candidates.append(frozenset([(text, *run_at, run_lead)]))
        run.clear()

    for item in items:
        op, av = item
        text = written = None
        if op is sre.LITERAL and av < 128:
            text = chr(av).lower()
            written = chr(av) if cased else None
        elif op is sre.SUBPATTERN:
            text = _literal_text(list(av[3]))
            if text is not None and _scoped(cased, av):
                written = _literal_text(list(av[3]), keep_case=True)
        if text is not None:  # "(?:drop)" continues a run like plain text
            if not run:
                run_at, run_lead = (low, high), lead
            run.append((text, written))
        else:
            # character sets, anchors, lookarounds, optional parts end a run of literal text
            flush()
            inner = None
            if op is sre.SUBPATTERN:
                inner = _best(_sequence(list(av[3]), state, flags, memo, _scoped(cased, av)))
            elif op is sre.ATOMIC_GROUP:
                inner = _best(_sequence(list(av), state, flags, memo, cased))
            elif op is sre.BRANCH:
                inner = _any_of([_best(_sequence(list(b), state, flags, memo, cased))
                                 for b in av[1]])
            elif op in _REPEATS and av[0] >= 1:  # the first repetition starts here
                inner = _best(_sequence(list(av[2]), state, flags, memo, cased))
            elif op is sre.ASSERT:  # "(?<=\bESI )": the text around the match holds it
                direction, body = av
                inner = _best(_sequence(list(body), state, flags, memo, cased))
                width, most = body.getwidth()
                if direction < 0 and width != most:
                    inner = None
                before = width if direction < 0 else 0
                inner = _shift(inner, low - before, high - before, None)
            if op is not sre.ASSERT:
                inner = _shift(inner, low, high, lead)
            if inner:
                candidates.append(inner)
        if lead is not None:
            consumed = _chars([item], state, flags, memo)
            lead = None if consumed is None else lead | consumed
        width_low, width_high = _width(item, state)
        low, high = low + width_low, min(high + width_high, sre.MAXREPEAT)
    flush()
    return candidates


def _any_of(alternatives: list[Optional[Anchors]]) -> Optional[Anchors]:
    if not alternatives or any(a is None for a in alternatives):
        return None  # one branch can match without any known literal
    return frozenset().union(*alternatives)


# an ASCII text's bytes -> "0" for a word character, "1" for any other
_NON_WORD_FLAG = bytes(0 if chr(c).lower() in _WORD else 1 for c in range(256))
# Anchors whose literals stand at most this many characters from a match's start (most of
# them: a rule's opening words) give their starts as a list, not a bitset.
_NARROW = 2
_NARROW_OF: dict = {}


def _narrow(anchors: Anchors) -> bool:
    narrow = _NARROW_OF.get(anchors)
    if narrow is None:
        narrow = _NARROW_OF[anchors] = all(high - low <= _NARROW for _, low, high, _ in anchors)
    return narrow


class LiteralScan:
    """Registered literals, all found in a text by one Hyperscan scan (literal mode, each
    literal reported once). A regex matcher asks for a few hundred literals a note, most of
    them absent, each a search of the whole note (or a lookup of its 4-grams, whose set cost
    more than those searches): the scan answers all of them at once. The database is
    compiled in this process when first needed after literals were added (~6,000 literals:
    ~0.1 s, under 1 MB) and not cached."""

    def __init__(self) -> None:
        # literal -> its id; replaced, never changed, when literals are added, so that an
        # index keeps the map its scan was made with
        self.ids: dict[str, int] = {}
        self._literals: list[str] = []
        self._database = None
        self._compiled = 0  # how many literals the database holds
        self._failed = False

    def add(self, literals: Iterable[str]) -> None:
        new = [literal for literal in dict.fromkeys(literals) if literal not in self.ids]
        if new:
            ids = dict(self.ids)
            for literal in new:
                ids[literal] = len(self._literals)
                self._literals.append(literal)
            self.ids = ids

    def present(self, folded: str) -> Optional[tuple[dict, set]]:
        """(the literal -> id map scanned for, the ids of those in the folded text); None
        without Hyperscan or literals."""
        database = self._compile()
        if database is None:
            return None
        ids, found = self.ids, set()
        add = found.add
        # ~640 reports a note, each a call from C: named arguments, not a tuple of the rest
        database.scan(folded.encode("utf-8", "surrogatepass"),
                      match_event_handler=lambda at, _start, _end, _flags, _context: add(at))
        return ids, found

    def _compile(self):
        if hyperscan is None or self._failed or not self._literals:
            return None
        if self._compiled != len(self._literals):
            # literals are ASCII: in the UTF-8 bytes of a text, an ASCII byte is an ASCII
            # character, so a literal's bytes occur there exactly where it occurs in the text
            literals = list(self._literals)
            database = hyperscan.Database()
            try:
                database.compile(expressions=[literal.encode("ascii") for literal in literals],
                                 ids=list(range(len(literals))),
                                 flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(literals),
                                 literal=True)
            except (hyperscan.error, UnicodeEncodeError):
                self._failed = True  # each literal looked up on its own, as without it
                return None
            self._database, self._compiled = database, len(literals)
        return self._database


# The literals the regex matchers look up (`register`), scanned for once a note.
_SCAN = LiteralScan()


def register(plans: Iterable[RegexPlan]) -> None:
    """Have `LiteralIndex.scan` find the literals these plans look up."""
    literals = []
    for rule in plans:
        if rule.required:
            literals += rule.required
        for anchors in (rule.anchors, *rule.fallbacks):
            if anchors:
                literals += (anchor[0] for anchor in anchors if not is_cased(anchor[0]))
    _SCAN.add(literals)


# The indexes of the last texts seen: the target matcher, ConText's matcher and the time
# expressions all read the same note, and an index depends on its text alone.
_RECENT: list = []
_RECENT_SIZE = 4


def literal_index(text: str) -> "LiteralIndex":
    """The `LiteralIndex` of a text, shared with the last callers that asked for the same text
    (its lookups, occurrences and starts are made once a note, not once a component)."""
    for known, index in _RECENT:
        if known is text or known == text:
            return index
    index = LiteralIndex(text)
    _RECENT.append((text, index))
    if len(_RECENT) > _RECENT_SIZE:
        del _RECENT[0]
    return index


@contextmanager
def recent_indexes_kept() -> Iterator[None]:
    """Index texts made of some of the note's words (ConText matching a sentence without its
    line breaks) and leave the note's own indexes where they were: the views pushed the note's
    out before the time expressions (attributes) read it (41 notes in 100), which then built it
    again (~1.2 ms)."""
    recent = list(_RECENT)
    try:
        yield
    finally:
        _RECENT[:] = recent


def _bitset(flags: bytes) -> int:
    """Bit i set where byte i is 1 (every byte 0 or 1). Packed by numpy: reading the bytes
    reversed as a base-2 numeral cost ~2.5 times as much (38 bitsets a note)."""
    packed = numpy.packbits(numpy.frombuffer(flags, dtype=numpy.bool_), bitorder="little")
    return int.from_bytes(packed.tobytes(), "little")


class LiteralIndex:
    """A text's literals, each looked up once: whether and where it occurs."""

    def __init__(self, text: str):
        self.text = text
        self._folded = fold(text)
        # positions in the folded text are positions in the text when the lengths agree
        self._aligned = len(self._folded) == len(text)
        self._found: dict[str, bool] = {}
        self._grams: Optional[set[str]] = None
        self._met: dict[frozenset, bool] = {}
        self._positions: dict[str, list[int]] = {}
        self._allowed_of: dict[tuple, int] = {}
        self._reversed: Optional[str] = None
        self._starts_of: dict[frozenset, int] = {}
        self._ascii = text.isascii()
        self._bytes: Optional[bytes] = None
        self._first_of: dict = {}
        self._after_non_word: Optional[int] = None
        self._digits_of: dict[tuple, Optional[str]] = {}
        self._lists_of: dict[tuple, Optional[list[int]]] = {}
        self._literal_starts_of: dict[tuple, list[int]] = {}
        self._word_flags: Optional[bytes] = None
        # after `scan`: the registered literals' ids, and those of the ones present
        self._scan_ids: dict[str, int] = {}
        self._present: Optional[set[int]] = None

    @property
    def scanned(self) -> bool:
        return self._present is not None

    def scan(self) -> bool:
        """Find every registered literal (`register`) in the text at once; `contains` then
        answers for them from that. False when it cannot (no Hyperscan)."""
        if self._present is None:
            scanned = _SCAN.present(self._folded)
            if scanned is None:
                return False
            self._scan_ids, self._present = scanned
        return True

    def grams(self) -> set[str]:
        """The folded text's substrings of _GRAM characters."""
        if self._grams is None:
            folded = self._folded
            self._grams = {folded[i:i + _GRAM] for i in range(len(folded) - _GRAM + 1)}
        return self._grams

    def contains(self, literal: str) -> bool:
        found = self._found.get(literal)
        if found is None:
            at = self._scan_ids.get(literal)
            if at is not None:
                found = self._found[literal] = at in self._present
                return found
            if is_cased(literal):  # never registered: the scan reads the folded text
                found = self._found[literal] = literal in self.text
                return found
            # most literals are absent, and a search for one reads the whole note; one set of
            # the note's substrings of _GRAM characters rules out nearly all (a scanned text
            # has few other literals to look up: searched, not worth building that set)
            if len(literal) > _GRAM and (self._present is None or self._grams is not None):
                if self._grams is None:
                    self.grams()
                if literal[:_GRAM] not in self._grams or literal[-_GRAM:] not in self._grams:
                    self._found[literal] = False
                    return False
            found = self._found[literal] = literal in self._folded
        return found

    def meets(self, required: Optional[frozenset]) -> bool:
        if required is None:
            return True
        met = self._met.get(required)  # rules of a family share their literals
        if met is None:
            met = self._met[required] = any(map(self.contains, required))
        return met

    def _occurrences(self, literal: str) -> list[int]:
        positions = self._positions.get(literal)
        if positions is None:
            positions = []
            if not self.contains(literal):
                self._positions[literal] = positions
                return positions
            # a cased literal is looked for as written (its anchors are read in an aligned
            # text only, where an offset of the folded text is one of the text)
            find = self.text.find if is_cased(literal) else self._folded.find
            at = find(literal)
            while at >= 0:
                positions.append(at)
                at = find(literal, at + 1)
            self._positions[literal] = positions
        return positions

    def _allowed(self, anchor: Anchor) -> int:
        """The start positions one anchor allows, as a bitset (bit i: position i); cached,
        since rules of a family share anchors."""
        allowed = self._allowed_of.get(anchor)
        if allowed is None:
            literal, low, high, lead = anchor
            breaks = _breaks(lead)
            size = len(self.text)
            allowed = 0
            # Occurrences come in ascending order, so each text stretch is searched for a
            # break once: `after_break` (just after the last break found) carries over to
            # the next occurrence. Searching each occurrence's whole window again made a
            # long text with no break ("l l l ...") quadratic.
            after_break, scanned = -1, 0
            for at in self._occurrences(literal):
                first = at - high if at > high else 0
                if breaks is not None and first < at:
                    start = first if first > scanned else scanned
                    if start < at:
                        # the last break in the new stretch, found from the literal backwards
                        if self._reversed is None:
                            self._reversed = self.text[::-1]
                        cut = breaks.search(self._reversed, size - at, size - start)
                        if cut is not None:
                            after_break = size - cut.start()
                        scanned = at
                    if after_break > first:
                        first = after_break
                last = at - low
                if last >= first:
                    allowed |= ((1 << (last - first + 1)) - 1) << first
            self._allowed_of[anchor] = allowed
        return allowed

    def _starts(self, anchors: Anchors) -> int:
        """The start positions a rule's anchors allow, as a bitset. Cached: a family of
        rules shares anchors."""
        starts = self._starts_of.get(anchors)
        if starts is None:
            starts = 0
            found, allowed_of = self._found, self._allowed_of
            for anchor in anchors:
                present = found.get(anchor[0])
                if present is None:
                    present = self.contains(anchor[0])
                if present:
                    allowed = allowed_of.get(anchor)
                    starts |= self._allowed(anchor) if allowed is None else allowed
            self._starts_of[anchors] = starts
        return starts

    def _firsts(self, chars: frozenset) -> int:
        """Positions of an ASCII text holding one of `chars` in either case, as a bitset."""
        bits = self._first_of.get(chars)
        if bits is None:
            bits = 0
            for c in chars:
                one = self._first_of.get(c)
                if one is None:
                    one = self._first_of[c] = self._char_bits(c)
                bits |= one
            self._first_of[chars] = bits
        return bits

    def _word_starts(self) -> int:
        """Positions at the text's start or after a non-word character, as a bitset (an
        ASCII text)."""
        if self._after_non_word is None:
            if self._bytes is None:
                self._bytes = self.text.encode("ascii")
            self._after_non_word = _bitset(self._bytes.translate(_NON_WORD_FLAG)) << 1 | 1
        return self._after_non_word

    def _char_bits(self, c: str) -> int:
        if c not in self._folded:
            return 0
        table = bytearray(256)
        table[ord(c)] = table[ord(c.upper())] = 1
        if self._bytes is None:
            self._bytes = self.text.encode("ascii")
        return _bitset(self._bytes.translate(table))

    def _digits(self, anchors: Anchors, rule: RegexPlan) -> Optional[str]:
        """The starts to try, lowest first, as the positions of "1" in a string (found in C):
        those the anchors allow where a character a match can begin with stands (and a word
        starts, if the rule says so); None when they are too many to try one by one. Cached:
        a family of rules shares anchors and first characters."""
        key = (anchors, rule.first, rule.word_start)
        if key in self._digits_of:
            return self._digits_of[key]
        starts = self._starts(anchors)
        if rule.first is not None and self._ascii and starts:
            starts &= self._firsts(rule.first)
        if rule.word_start and self._ascii and starts:
            starts &= self._word_starts()
        digits = None if starts.bit_count() > len(self.text) // _MAX_SHARE \
            else bin(starts)[:1:-1]
        self._digits_of[key] = digits
        return digits

    def _start_list(self, anchors: Anchors, rule: RegexPlan) -> Optional[list[int]]:
        """The starts to try, ascending, for anchors whose literals stand at most `_NARROW`
        characters from where a match starts: each occurrence gives its few starts directly,
        where a bitset costs a note-long integer an occurrence. None when they are too many to
        try one by one. Cached like `_digits`."""
        key = (anchors, rule.first, rule.word_start)
        starts = self._lists_of.get(key, False)
        if starts is not False:
            return starts
        word_start = rule.word_start and self._ascii
        lists = []
        at_start = True  # every literal present begins the match: its characters are first
        known = self._found
        for literal, low, high, _ in anchors:
            present = known.get(literal)
            if present is None:
                present = self.contains(literal)
            if present:
                at_start = at_start and low == high == 0
                for shift in range(low, high + 1):
                    lists.append(self._literal_starts(literal, shift, word_start))
        starts = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        size = len(self.text)
        if rule.first is not None and self._ascii and not at_start:
            folded, first = self._folded, rule.first
            starts = [at for at in starts if at < size and folded[at] in first]
        if len(starts) > size // _MAX_SHARE:
            starts = None
        self._lists_of[key] = starts
        return starts

    def _literal_starts(self, literal: str, shift: int, word_start: bool) -> list[int]:
        """Where a match starts if `literal` stands `shift` characters into it, ascending; only
        where a word starts if `word_start` (an ASCII text). Cached: rules of many families
        open on the same words. Not to be changed by the caller (it may be the list of
        occurrences itself)."""
        key = (literal, shift, word_start)
        starts = self._literal_starts_of.get(key)
        if starts is None:
            starts = self._positions.get(literal)
            if starts is None:
                starts = self._occurrences(literal)
            if shift:
                starts = [at - shift for at in starts]
                # a window is clipped at the text's start; a start past its end is tried at
                # the end (`Pattern.match` clips it), as the bitsets' positions are
                if starts and starts[0] < 0:
                    starts = [at for at in starts if at >= 0]
                size = len(self.text)
                if starts and starts[-1] > size:
                    starts = sorted({at if at <= size else size for at in starts})
            if word_start:
                after_non_word = self._word_start_flags()
                starts = [at for at in starts if after_non_word[at]]
            self._literal_starts_of[key] = starts
        return starts

    def _word_start_flags(self) -> bytes:
        """For each position of an ASCII text and its end, 1 where it starts the text or
        follows a non-word character."""
        if self._word_flags is None:
            if self._bytes is None:
                self._bytes = self.text.encode("ascii")
            self._word_flags = b"\x01" + self._bytes.translate(_NON_WORD_FLAG)
        return self._word_flags

    def finditer(self, pattern: re.Pattern, rule: RegexPlan) -> Iterator[re.Match]:
        """`pattern.finditer(text)`, trying only the start positions the plan allows."""
        return iter(self.matches(pattern, rule))

    def matches(self, pattern: re.Pattern, rule: RegexPlan) -> list[re.Match]:
        """The matches of `pattern.finditer(text)`, in order, trying only the start positions
        the plan allows."""
        required = rule.required
        if required is not None:
            met = self._met.get(required)
            if not (self.meets(required) if met is None else met):
                return []
        if rule.anchors is None or not self._aligned:
            return list(pattern.finditer(self.text))
        for anchors in (rule.anchors, *rule.fallbacks):
            narrow = _NARROW_OF.get(anchors)
            if narrow is None:
                narrow = _narrow(anchors)
            starts = self._start_list(anchors, rule) if narrow else self._digits(anchors, rule)
            if starts is not None:
                break
        else:
            return list(pattern.finditer(self.text))  # scanning in C is cheaper
        match, text = (rule.probe or pattern).match, self.text
        found_all = []
        if narrow:
            resume = 0
            for start in starts:
                if start >= resume:
                    found = match(text, start)
                    if found is not None:
                        found_all.append(found)
                        # an empty match (a rule anchored on a lookaround) moves on by one
                        end = found.end()
                        resume = end if end > start else start + 1
            return found_all
        find = starts.find  # a string of "0" and "1", position by position
        start = find("1")
        while start >= 0:
            found = match(text, start)
            if found is None:
                start = find("1", start + 1)
            else:
                found_all.append(found)
                end = found.end()
                start = find("1", end if end > start else start + 1)
        return found_all
