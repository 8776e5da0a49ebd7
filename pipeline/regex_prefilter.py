"""One pass over a note that tells which regex rules can match it at all.

Most of the regex rules' cost is interpreter work per rule that then matches nothing: ~600
rules a note pass the literal check and ~80 match. Hyperscan compiles every rule into one
database and scans a note once, reporting the rules that may match; the others are
skipped. A rule it does not report must not match, so each rule is not given to Hyperscan
as written but as a regex that matches at least what Python's does, built from Python's own
parse of it (`sre_parse`), which sidesteps every difference of syntax and semantics between
`re` and Hyperscan's PCRE dialect. The note is scanned with each non-ASCII character written
as the one byte 0x80, so the translation works on bytes:

- each single-character test (a literal, a class, "\\s", "[^x]", ".") becomes the class of
  the ASCII characters Python's `re` accepts for it with or without `re.IGNORECASE` (asked
  of Python itself, character by character), and 0x80 when it accepts any other character
  (asked of Python over every code point), so case, `\\s` and `\\x1c`, `\\w`, the Kelvin
  sign and flags scoped inside the pattern need no reasoning;
- a lookbehind opening the rule and a lookahead closing it become text to match (what they
  test stands just before and just after any match); other zero-width tests ("\\b", "^",
  "$", "\\Z", lookarounds elsewhere) are dropped: a regex without them matches a superset;
  a back-reference becomes any text, a conditional both branches, an atomic group or
  possessive repeat a plain one, a lazy repeat a greedy one;
- Hyperscan's prefilter mode widens what it cannot compile exactly.

A rule Hyperscan refuses (too long) or widens to nearly any text is given as parts under the
rule's id, each the rule with one alternation cut down to some of its branches (their matches
together are the rule's), each keeping its lookarounds; a refused rule no cut fits is
translated again without its lookarounds, and when refused still, always runs. Without
Hyperscan (another CPU, no wheel), every rule runs: the same matches, slower.

Compiling the ~1,400 target rules takes a minute or more of CPU (measured: 77 s on a quiet
machine), so a child process compiles them once and the database is kept in a cache directory
under a hash of what goes into it (the rules' patterns and flags, this module's code, Python's
and Hyperscan's versions), so that a build that finds it translates nothing;
where no cache can be written, every rule runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse
from typing import Optional

try:
    import hyperscan
except ImportError:  # the fallback: every rule runs
    hyperscan = None
try:
    import fcntl
except ImportError:  # no POSIX locks: concurrent first builds may each compile
    fcntl = None

# the translation's own code is part of every cache key: a change to it (or to Python's
# parser) makes a new database, with no version number to remember to bump
_TRANSLATION = hashlib.sha256(Path(__file__).read_bytes()
                              + sys.version.encode()).hexdigest()
_ALL = frozenset(range(129))  # ASCII and _NON_ASCII
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_SINGLE = {sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class Untranslatable(Exception):
    """A construct the translation does not know: the rule always runs."""


def superset_pattern(pattern: str, flags: int, lookarounds: bool = True) -> str:
    """A Hyperscan regex (bytes mode) matching every text that `re.compile(pattern,
    flags).search` matches, once the text's non-ASCII characters are each written as the
    byte 0x80 (`_scanned`). `lookarounds`: a lookbehind opening the rule and a lookahead
    closing it are kept as text to match (see `_items`); without, the regex is shorter.
    Raises Untranslatable."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error as error:
        raise Untranslatable(str(error)) from error
    return _items(list(parsed), parsed.state, head=lookarounds, tail=lookarounds)


def _items(items, state, head: bool = False, tail: bool = False) -> str:
    """`head`: what stands before the sequence's match may be matched too (it opens the
    rule, or a lookbehind); `tail`: what follows it may be. A match with a lookbehind
    "(?<=X)" at its head has X just before it, and one with a lookahead "(?=Y)" at its tail
    has Y just after it: the text holds X, the match and Y one after the other, so they are
    kept as consumed text ("(?:(?<=\\bhx of )|(?<=\\bPMH: ))CA" is rarely a bare "CA"). At
    most one of each: two lookbehinds both end where the match starts."""
    at_head = _edge(items, state, range(len(items)), -1) if head else None
    at_tail = _edge(items, state, range(len(items) - 1, -1, -1), 1) if tail else None
    if at_head is not None and at_tail is not None and at_tail < at_head:
        at_tail = None  # "(?=Y)(?<=X)": X comes first in the text, Y is dropped
    return _render([_item(op, av, state, at == at_head, at == at_tail)
                    for at, (op, av) in enumerate(items)])


_GROUPS = {sre.SUBPATTERN, sre.ATOMIC_GROUP, sre.BRANCH, sre.GROUPREF_EXISTS}


def _edge(items, state, order, direction: int) -> Optional[int]:
    """The item that may reach past the sequence's start (direction -1) or end (1): the
    first lookbehind (lookahead) or group among the zero-width items at that edge, or the
    first item that consumes text if it is a group."""
    for at in order:
        op, av = items[at]
        if op is sre.ASSERT and (av[0] < 0) == (direction < 0) or op in _GROUPS:
            return at
        if op not in _ZERO_WIDTH and \
                sre_parse.SubPattern(state, [items[at]]).getwidth()[1] > 0:
            return None
    return None


def _item(op, av, state, head: bool = False, tail: bool = False):
    """A regex, or the frozenset of bytes a single-character test accepts (rendered with
    its neighbours by `_render`)."""
    if op in _SINGLE:
        return _ALL if op is sre.ANY else _accepted(op, tuple(av) if op is sre.IN else av)
    if op is sre.ASSERT and head and av[0] < 0:
        return "(?:" + _items(list(av[1]), state, head=True) + ")"
    if op is sre.ASSERT and tail and av[0] >= 0:
        return "(?:" + _items(list(av[1]), state, tail=True) + ")"
    if op in _ZERO_WIDTH:
        return ""
    if op is sre.SUBPATTERN:
        return "(?:" + _items(list(av[-1]), state, head, tail) + ")"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _items(list(av), state, head, tail) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_items(list(alt), state, head, tail) for alt in av[1]) + ")"
    if op in _REPEATS:
        low, high, body = av
        bound = {(0, 1): "?", (0, None): "*", (1, None): "+"}.get(
            (low, None if high is sre.MAXREPEAT else high),
            f"{{{low},}}" if high is sre.MAXREPEAT else f"{{{low},{high}}}")
        body = list(body)
        if len(body) == 1 and body[0][0] in _SINGLE:
            return _class(_item(*body[0], state)) + bound
        return "(?:" + _items(body, state) + ")" + bound
    if op is sre.GROUPREF:
        return "[\\x00-\\x80]*"  # whatever the group took
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        return "(?:" + _items(list(yes), state, head, tail) + "|" + \
            (_items(list(no), state, head, tail) if no is not None else "") + ")"
    raise Untranslatable(str(op))


_UPPER = frozenset(range(ord("A"), ord("Z") + 1))


def _render(pieces: list) -> str:
    """The pieces one after the other, runs of tests that take a letter in both cases or
    in neither written once under "(?i:...)": "(?i:consider)" for "[Cc][Oo][Nn]..." (a
    large alternation of words is then short enough for Hyperscan to take)."""
    out, run = [], []
    for piece in pieces + [None]:
        if isinstance(piece, frozenset) and piece != _ALL and _caseless(piece):
            run.append(piece)
            continue
        if len(run) > 1 and any(chars & _UPPER for chars in run):
            out.append("(?i:" + "".join(_class(chars - _UPPER) for chars in run) + ")")
        else:
            out.extend(map(_class, run))
        run = []
        if piece is not None:
            out.append(_class(piece) if isinstance(piece, frozenset) else piece)
    return "".join(out)


def _caseless(chars: frozenset) -> bool:
    """Whether the set holds each ASCII letter it holds in both cases."""
    return all((c ^ 0x20) in chars for c in chars if chr(c).isascii() and chr(c).isalpha())


# a scanned text's byte for each of its non-ASCII characters
_NON_ASCII = 0x80


@lru_cache(maxsize=None)
def _accepted(op, av) -> frozenset:
    """The ASCII characters a single-character test accepts, with or without IGNORECASE (a
    test scoped as case-sensitive inside a case-insensitive rule is still covered), and
    _NON_ASCII when it accepts any other character ("\\w", "[^x]", "→", "k" taking the
    Kelvin sign)."""
    node = (op, list(av) if op is sre.IN else av)
    accepted = set()
    for flags in (re.UNICODE, re.UNICODE | re.IGNORECASE):
        state = sre_parse.State()
        state.flags = flags
        test = sre_compile.compile(sre_parse.SubPattern(state, [node]), flags)
        accepted.update(c for c in range(128) if test.match(chr(c)))
        if test.search(_non_ascii_text()):
            accepted.add(_NON_ASCII)
    return frozenset(accepted)


@lru_cache(maxsize=1)
def _non_ascii_text() -> str:
    """Every character a note may hold beyond ASCII, once each (surrogates included)."""
    return "".join(map(chr, range(0x80, sys.maxunicode + 1)))


def _class(chars: frozenset) -> str:
    if not chars:
        return "\\xff"  # a byte no scanned text holds: the test fails, as in Python
    if chars == _ALL:
        return "[\\x00-\\x80]"
    if len(chars) == 1:
        return _char(next(iter(chars)))
    ranges, run = [], []
    for c in sorted(chars):
        if run and c == run[-1] + 1:
            run.append(c)
        else:
            if run:
                ranges.append(run)
            run = [c]
    ranges.append(run)
    # letters and digits as themselves: "[Aa]" is a third of "[\\x41\\x61]", which brings
    # large alternations of words under Hyperscan's limit on a pattern's length
    body = "".join(_char(r[0]) if len(r) == 1 else f"{_char(r[0])}-{_char(r[-1])}"
                   for r in ranges)
    return "[" + body + "]"


def _char(c: int) -> str:
    return chr(c) if chr(c).isascii() and chr(c).isalnum() else f"\\x{c:02x}"


class Prefilter:
    """The rules (by position) that may match a text; None: every rule may (no Hyperscan, or
    no database)."""

    def __init__(self, patterns: list[re.Pattern], cache_dir: Optional[Path] = None):
        self.always: list[int] = []  # rules Hyperscan cannot tell about
        self._database = None
        if hyperscan is None or not patterns:
            return
        built = _database([(p.pattern, p.flags) for p in patterns], cache_dir or _cache_dir())
        if built is not None:  # else no cache to keep it in, or a set Hyperscan would not take
            self._database, self.always = built

    @property
    def active(self) -> bool:
        return self._database is not None

    def candidates(self, text: str) -> Optional[set[int]]:
        if self._database is None:
            return None
        found = set(self.always)
        add = found.add
        self._database.scan(_scanned(text), match_event_handler=lambda id_, *_: add(id_))
        return found


_OTHER = re.compile(r"[^\x00-\x7f]")


def _scanned(text: str) -> bytes:
    """The bytes the database scans: ASCII as itself, any other character as _NON_ASCII,
    which every translated test accepting some non-ASCII character accepts."""
    if not text.isascii():
        text = _OTHER.sub(chr(_NON_ASCII), text)
    return text.encode("latin-1")


def _flags() -> int:
    return hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH | \
        hyperscan.HS_FLAG_ALLOWEMPTY


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "spinecite" / "hyperscan"


def _database(rules: list[tuple[str, int]], cache_dir: Path):
    """The compiled database and the rules it cannot tell about, from the cache when it holds
    them (a build that finds it translates nothing: ~1 s of CPU a build, measured); None when
    no cache can be written or the compile failed: then every rule runs. Compiling in this
    process instead would cost every build a minute and a half of CPU and leave a batch worker
    ~250 MB larger (measured), on a machine whose home is read-only."""
    path = cache_dir / f"{_key(rules)}.hsdb"
    cached = _load(path)
    if cached is None and _writable(cache_dir):
        with _compile_lock(path):
            # two batch workers finding no cache at once: the second waits for the first's
            # database instead of compiling it a second time beside it
            cached = _load(path)
            if cached is None:
                _compile_in_child(rules, path)
                cached = _load(path)
    return cached


@contextmanager
def _compile_lock(path: Path):
    """An exclusive lock on `path`'s compile, released by the kernel if its holder dies."""
    with open(path.with_suffix(".lock"), "a") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_UN)


def _writable(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory):
            return True
    except OSError:
        return False


def _compile_in_child(rules: list[tuple[str, int]], path: Path) -> None:
    """Compiling holds ~250 MB that the process keeps once freed (measured): a batch
    worker must stay small, so a child process compiles and writes the cache."""
    try:
        subprocess.run([sys.executable, "-c", _CHILD, str(path)],
                       input=json.dumps(rules).encode(),
                       env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    except OSError:
        pass  # no child: no database, every rule runs


_CHILD = ("import json, sys; from pathlib import Path; "
          "from spinecite.pipeline.regex_prefilter import _compile_and_store; "
          "_compile_and_store(json.load(sys.stdin.buffer), Path(sys.argv[1]))")


def _compile_and_store(rules: list[tuple[str, int]], path: Path) -> None:
    """Translates `rules` ((pattern, flags) by position), compiles what Hyperscan takes and
    caches it with the positions of the rules it cannot tell about (untranslatable or
    refused)."""
    expressions, ids, always = [], [], []
    for at, (pattern, flags) in enumerate(rules):
        regexes = _compiled_translations(pattern, flags)
        if not regexes:
            always.append(at)
        expressions += [regex.encode() for regex in regexes]
        ids += [at] * len(regexes)  # a rule given in parts is reported under its own id
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=expressions, ids=ids, flags=[_flags()] * len(ids))
    _store(path, database, always)


def _compiled_translations(pattern: str, flags: int) -> list[str]:
    """Regexes that Hyperscan takes and that together match every text the rule matches: its
    translation; else, when Hyperscan refuses it (too long) or widens it to nearly any text,
    the translations of the rule cut down to parts of an alternation (`_split`); else, when
    refused, its translation without lookarounds (shorter); empty when Hyperscan takes none."""
    if not _parses(pattern, flags):
        return []
    try:
        regex = superset_pattern(pattern, flags)
    except Untranslatable:
        return []
    taken = _taken(regex)
    if taken or taken is False and _matches_probe(pattern, flags):
        return [regex]
    parts, narrow = _split(pattern, flags, refused=taken is None)
    if parts and narrow:
        return parts
    if taken is not None:
        return [regex]  # widened, and no split narrows it: reported on every note, as before
    shorter = superset_pattern(pattern, flags, lookarounds=False)
    return [shorter] if _taken(shorter) is not None else parts


def _split(pattern: str, flags: int, refused: bool) -> tuple[list[str], bool]:
    """The translations of the rule cut down to parts of one of its top-level alternations
    (`_branch_parts`), and whether each is narrow: the first alternation that gives narrow
    parts, tried largest first for a rule Hyperscan refused (the length is there), smallest
    first for one it widened (fewer parts; each part is compiled alone to check it)."""
    parsed = sre_parse.parse(pattern, flags)
    items = list(parsed)
    sizes = sorted(((len(branches), at) for at, item in enumerate(items)
                    if (branches := _branches(item)) is not None and len(branches) > 1),
                   reverse=refused)
    fallback: tuple[list[str], bool] = ([], False)
    for _, at in sizes:
        split = _branch_parts(items, at, parsed.state, _branches(items[at]))
        if split is not None and split[1]:
            return split
        if split is not None and not fallback[0]:
            fallback = split
    return fallback


def _branches(item) -> Optional[list]:
    """The alternatives of a top-level item that is an alternation, bare ("a|b", "(?:a|b)")
    or under scoped flags ("(?i:a|b)"); None for any other item."""
    op, av = item
    if op is sre.SUBPATTERN and len(av[-1]) == 1:
        op, av = av[-1][0]
    return list(av[1]) if op is sre.BRANCH else None


def _with_branches(items, at: int, branches: list, state) -> list:
    """The rule with the alternation at `at` cut down to `branches`. A match of the rule takes
    one branch, so it is a match of the rule cut down to that branch: parts that together
    hold every branch together match what the rule matches."""
    op, av = items[at]
    alternation = (sre.BRANCH, (None, branches))
    if op is sre.SUBPATTERN:
        alternation = (sre.SUBPATTERN,
                       (*av[:-1], sre_parse.SubPattern(state, [alternation])))
    return items[:at] + [alternation] + items[at + 1:]


def _branch_parts(items, at: int, state, branches: list) -> Optional[tuple[list[str], bool]]:
    """Translations of the rule cut down to parts of the alternation at `at`, halved until
    Hyperscan takes each part and keeps it narrow, and whether every part is narrow (a
    single branch is kept if taken at all, with the lookarounds at the rule's edges or
    without); None when a branch is refused even alone."""
    taken = None
    for lookarounds in ((True,) if len(branches) > 1 else (True, False)):
        try:
            regex = _items(_with_branches(items, at, branches, state), state,
                           head=lookarounds, tail=lookarounds)
        except Untranslatable:
            return None
        taken = _taken(regex)
        if taken or taken is not None and len(branches) == 1:
            return [regex], taken
    if len(branches) == 1:
        return None
    half = len(branches) // 2
    first = _branch_parts(items, at, state, branches[:half])
    second = _branch_parts(items, at, state, branches[half:]) if first is not None else None
    if second is None:
        return None
    return first[0] + second[0], first[1] and second[1]


def _key(rules: list[tuple[str, int]]) -> str:
    digest = hashlib.sha256(f"{_TRANSLATION}\0{hyperscan.__version__}\0{_flags()}".encode())
    for pattern, flags in rules:
        digest.update(f"{flags}\0{pattern}\0".encode())
    return digest.hexdigest()[:32]


# Hyperscan's prefilter mode widens what it cannot compile exactly, at worst to any text of a
# few characters (a rule of 4,639 characters, two large alternations one after the other):
# reported on every note, such a rule ran on every note for nothing. A translation reporting
# on this text, which no rule matches, is cut into parts that each stay narrow.
_PROBE = "x" * 64


def _taken(regex: str) -> Optional[bool]:
    """None when Hyperscan refuses the regex (Hyperscan refuses a pattern of more than 16,000
    characters); else whether it is kept narrow: not reported on _PROBE."""
    database = hyperscan.Database()
    try:
        database.compile(expressions=[regex.encode()], ids=[0], flags=[_flags()])
    except hyperscan.error:
        return None
    reported = []
    database.scan(_PROBE.encode(), match_event_handler=lambda *_: reported.append(True))
    return not reported


def _parses(pattern: str, flags: int) -> bool:
    try:
        sre_parse.parse(pattern, flags)
    except re.error:
        return False
    return True


def _matches_probe(pattern: str, flags: int) -> bool:
    """Whether the rule itself matches _PROBE: then its translation must report on it."""
    return re.compile(pattern, flags).search(_PROBE) is not None


def _load(path: Path):
    """(database, the rules it cannot tell about) from a cache file; None when missing or
    unreadable."""
    try:
        data = path.read_bytes()
        head, body = data.split(b"\n", 1)
        always = [int(at) for at in head.split(b",") if at]
        database = hyperscan.loadb(body, hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)  # `compile` makes one, `loadb` not
        return database, always
    except Exception:  # noqa: BLE001 - any unreadable cache is rebuilt
        return None


def _store(path: Path, database, always: list[int]) -> None:
    """Written to a temporary file and renamed: a reader never sees half a database."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = ",".join(map(str, always)).encode() + b"\n" + hyperscan.dumpb(database)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            out.write(data)
        os.replace(out.name, path)
    except OSError:
        pass  # unwritable after all: no database, every rule runs
