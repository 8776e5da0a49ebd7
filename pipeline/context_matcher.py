"""ConText's matcher, run only from the tokens that can open a modifier.

medspaCy's ConText finds its token-pattern modifiers with spaCy's Matcher, which tries every
pattern at every token; ConText's patterns use `REGEX` predicates (a Python call per token
and pattern) and optional or repeated tokens (`"OP": "?"`, `"*"`), so the first-word matcher
of the target lexicon cannot take them, and the Matcher was two thirds of ConText's time.

`OpenerMatcher` takes patterns of `?`, `*`, `+` and `!` tokens. For each pattern it reads
which tokens can open a match (its first token, and the next ones while those before are
optional), indexed by lower-case form or text, or tested by a flag or a `REGEX` (each word
tested once, cached). A token that can open nothing is skipped. From a token that can, each
pattern it opens is run over the following words' own tests (`_ends`: one key of a pattern
token read, `!` taking any word, so its matches are a superset of spaCy's); one spaCy Matcher
holding exactly the patterns that can match there (in the order they were added) runs on a
window up to the furthest token they can end at, and only there: three windows in four used
to match nothing. spaCy's Matcher decides every match, so the matches are the whole-Doc
Matcher's, and among matches on the same tokens in the same order (a match's states never
interact with those of other start tokens or of patterns that cannot match).

`install(context)` gives medspaCy's ConText component this matcher (before its rules are
added), as `pipeline/target_matcher.py` does for the TargetMatcher.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from spinecite.pipeline.window_matches import WindowMatches, lexical

Match = tuple[int, int, int]

# boolean token attributes a pattern token may test, read for the whole Doc at once
_FLAGS = ("IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
          "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL")
_TEXT_KEYS = {"LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH}
_OPTIONAL = {"?", "*"}


class _Test:
    """What one pattern token asks of a token, as a superset: a token it matches passes.
    `values` (hashes of the lower-case form or text) or `flag` or `regex`; none of them
    means any token passes."""

    def __init__(self, attr: Optional[int] = None, values: Optional[set] = None,
                 flag: Optional[tuple[str, bool]] = None, regex: Optional[re.Pattern] = None):
        self.attr, self.values, self.flag, self.regex = attr, values, flag, regex

    @property
    def anything(self) -> bool:
        return self.values is None and self.flag is None and self.regex is None


def _test(token: Any, vocab: Vocab) -> _Test:
    if not isinstance(token, dict) or token.get("OP") == "!":
        return _Test()  # "!" consumes a token that fails the rest: any token
    for key, attr in _TEXT_KEYS.items():
        if key not in token:
            continue
        value = token[key]
        if isinstance(value, str):
            return _Test(attr, {vocab.strings.add(value)})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return _Test(attr, {vocab.strings.add(v) for v in value["IN"] if isinstance(v, str)})
        if isinstance(value, dict) and set(value) == {"REGEX"}:
            return _Test(attr, regex=re.compile(value["REGEX"]))
    for flag in _FLAGS:
        if isinstance(token.get(flag), bool):
            return _Test(flag=(flag, token[flag]))
    return _Test()


def _openers(pattern: list) -> Optional[list[int]]:
    """Indices of the pattern tokens a match can start with; None if all are optional."""
    indices = []
    for i, token in enumerate(pattern):
        indices.append(i)
        if not (isinstance(token, dict) and token.get("OP") in _OPTIONAL):
            return indices
    return None


def _follows(pattern: list, opener: int) -> Optional[list[int]]:
    """Indices of the pattern tokens that can match the token after the opener; None when
    the match can end at the opener."""
    ops = [t.get("OP") if isinstance(t, dict) else None for t in pattern]
    indices = [opener] if ops[opener] in ("*", "+") else []
    for k in range(opener + 1, len(pattern)):
        indices.append(k)
        if ops[k] not in _OPTIONAL:
            return indices
    return None


def _known_ops(pattern: list) -> bool:
    return all(not isinstance(t, dict) or t.get("OP") in (None, "?", "*", "+", "!")
               for t in pattern)


def _index(tests: tuple[dict, list], test: _Test, bit: int) -> None:
    by_value, tested = tests
    if test.values is not None:
        for value in test.values:
            by_value[test.attr][value] = by_value[test.attr].get(value, 0) | bit
        return
    # each word the matcher has not seen is put to every test here once: patterns that ask
    # the same thing ("IS_PUNCT": false in 14 of them) share one test and OR their bits
    same = _signature(test)
    for k, (other, bits) in enumerate(tested):
        if _signature(other) == same:
            tested[k] = (other, bits | bit)
            return
    tested.append((test, bit))


def _signature(test: _Test) -> tuple:
    regex = None if test.regex is None else (test.regex.pattern, test.regex.flags)
    return test.attr, test.flag, regex


def _word_passes(test: _Test, lexeme) -> bool:
    """Whether a word can pass a pattern token's test (a superset of spaCy's test)."""
    if test.values is not None:
        return (lexeme.lower if test.attr == LOWER else lexeme.orth) in test.values
    if test.flag is not None:
        return getattr(lexeme, test.flag[0].lower()) == test.flag[1]
    if test.regex is not None:
        return bool(test.regex.search(lexeme.lower_ if test.attr == LOWER else lexeme.orth_))
    return True


class _Pattern:
    def __init__(self, key: str, pattern: list, vocab: Vocab, bit: int):
        self.key, self.pattern, self.bit = key, pattern, bit
        self.tests = [_test(token, vocab) for token in pattern]
        self.ops = [t.get("OP") if isinstance(t, dict) else None for t in pattern]
        # the pattern tokens a match can be at once past an optional one ("?", "*"): index
        # len(pattern) is a whole match
        self.closure = [_skipping(self.ops, k) for k in range(len(pattern) + 1)]
        # for `OpenerMatcher._ends`, set by `OpenerMatcher.add`: what each pattern token asks
        # of a word, and where a match goes once it is taken
        self.steps: list[tuple[int, Any]] = []
        self.moves: list[tuple[int, Any, frozenset]] = []

    def set_steps(self, steps: list[tuple[int, Any]]) -> None:
        self.steps = steps
        # "+" and "*" may take the token they just took again
        self.moves = [(kind, value, self.closure[k + 1] | ({k} if self.ops[k] in ("*", "+")
                                                          else frozenset()))
                      for k, (kind, value) in enumerate(steps)]


_UNJOINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")


def _any_of(searches: list) -> Optional[Any]:
    """One search of the regexes of `searches` ((bit, regex.search) pairs) as alternatives:
    it matches a text where one of them matches (the same text, the same positions). None
    when they cannot be joined: a regex whose meaning would change among others (a group
    referred to by number or name, a conditional, a flag set for the whole pattern) or that
    has flags of its own."""
    regexes = [search.__self__ for _, search in searches]
    if len(regexes) < 2 or any(r.flags & ~re.UNICODE or _UNJOINABLE.search(r.pattern)
                               for r in regexes):
        return None
    try:
        joined = re.compile("|".join("(?:%s)" % r.pattern for r in regexes))
    except re.error:
        return None
    return joined.search


def _skipping(ops: list, k: int) -> frozenset:
    reached = {k}
    while k < len(ops) and ops[k] in _OPTIONAL:
        k += 1
        reached.add(k)
    return frozenset(reached)


# how `OpenerMatcher._ends` tests a word for a pattern token: any word, its lower-case form
# or its text among values, or a bit of the word's answers to the flag and REGEX tests
_ANY, _LOWER_IN, _ORTH_IN, _WORD_BIT = range(4)


class OpenerMatcher:
    """spaCy's Matcher, run from the tokens that can open a pattern (see the module). Every
    test reads the word alone (its text, lower-case form or flags), so what a word can open
    is computed once per word and cached."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.usable = True
        self.refused: list[str] = []  # keys of the patterns that made it unusable
        self._patterns: list[_Pattern] = []
        # the tests of the tokens a match can open with, of the tokens that can follow an
        # opener and of those that can come next, each as (LOWER and ORTH value -> bits of
        # their patterns, [(other test, bit)]); `_free`: the patterns that may end at their
        # opener, `_free_second`: those that may end at the token after it
        self._opening: tuple[dict, list] = ({LOWER: {}, ORTH: {}}, [])
        self._following: tuple[dict, list] = ({LOWER: {}, ORTH: {}}, [])
        self._second: tuple[dict, list] = ({LOWER: {}, ORTH: {}}, [])
        self._free = 0
        self._free_second = 0
        # orth -> (patterns the word can open, patterns it can continue after an opener);
        # `_seconds`: orth -> patterns it can continue two tokens after one
        self._masks: dict[int, tuple[int, int]] = {}
        self._seconds: dict[int, int] = {}
        # the distinct flag and REGEX tests of all pattern tokens, and each word's answers to
        # them as bits (a word is put to them once, when a pattern is first run over it)
        self._word_tests: list[_Test] = []
        self._word_test_at: dict[tuple, int] = {}
        self._word_bits: dict[int, int] = {}
        # `_word_tests` grouped by what they read, and the `tested` lists of the three
        # indexes as (the slot bit of each test in a word's answers, 0 for any word; the
        # patterns' bits): built when first asked, after the patterns were added
        self._answering: Optional[tuple[list, list, list]] = None
        self._tested_slots: dict[int, list[tuple[int, int]]] = {}
        self._members: dict[int, list[_Pattern]] = {}
        self._groups: dict[int, Matcher] = {}
        # the patterns that read only the words' lexemes (not `IS_SENT_START`): a window
        # whose patterns are all such is matched once by its words (`window_matches`)
        self._lexical = 0
        self._windows = WindowMatches()

    def add(self, key: str, pattern: Any, on_match: Any = None) -> None:
        openers = _openers(pattern) if isinstance(pattern, list) and pattern else None
        if openers is None or on_match is not None or not _known_ops(pattern):
            # a callback, a pattern that may start anywhere, or a quantifier `_ends` does
            # not read ("{2,3}")
            self.usable = False
            self.refused.append(key)
            return
        bit = 1 << len(self._patterns)
        item = _Pattern(key, pattern, self.vocab, bit)
        item.set_steps([self._step(test) for test in item.tests])
        self._patterns.append(item)
        self._members.clear()
        self._groups.clear()
        self._masks.clear()
        self._seconds.clear()
        self._tested_slots.clear()
        self._windows.clear()
        if lexical(pattern):
            self._lexical |= bit
        for index in openers:
            _index(self._opening, item.tests[index], bit)
            follows = _follows(pattern, index)
            if follows is None or any(item.tests[k].anything for k in follows):
                self._free |= bit
            else:
                for k in follows:
                    _index(self._following, item.tests[k], bit)
                    self._index_second(item, k)

    def _index_second(self, item: _Pattern, k: int) -> None:
        """The tests of the pattern tokens that can take the token after the one pattern
        token k took, itself right after an opener."""
        after = _follows(item.pattern, k)
        if after is None or any(item.tests[j].anything for j in after):
            self._free_second |= item.bit
            return
        for j in after:
            _index(self._second, item.tests[j], item.bit)

    def _masks_of(self, orth: int) -> tuple[int, int]:
        masks = self._masks.get(orth)
        if masks is None:
            # a new word is put to each distinct flag and REGEX test once (`_bits_of`), not
            # once for each index that holds the test: ~55 new words a note, 2.4 ms a note of
            # the opener matcher's 0.85 when its words were all new
            lower, answers = self.vocab[orth].lower, self._bits_of(orth)
            masks = self._masks[orth] = tuple(
                by_value[LOWER].get(lower, 0) | by_value[ORTH].get(orth, 0)
                | self._passed(tests, answers)
                for by_value, tests in (self._opening, self._following))
        return masks

    def _second_of(self, orth: int) -> int:
        second = self._seconds.get(orth)
        if second is None:
            by_value, tests = self._second
            second = self._seconds[orth] = (
                by_value[LOWER].get(self.vocab[orth].lower, 0) | by_value[ORTH].get(orth, 0)
                | self._passed(tests, self._bits_of(orth)))
        return second

    def _passed(self, tests: list, answers: int) -> int:
        """The bits of the patterns of an index's `tested` list whose test a word with these
        answers (`_bits_of`) passes."""
        slots = self._tested_slots.get(id(tests))
        if slots is None:
            slots = self._tested_slots[id(tests)] = [
                (0 if test.anything else 1 << self._word_test_at[_signature(test)], bits)
                for test, bits in tests]
        mask = 0
        for slot, bits in slots:
            if not slot or answers & slot:
                mask |= bits
        return mask

    def _step(self, test: _Test) -> tuple[int, Any]:
        if test.anything:
            return _ANY, None
        if test.values is not None:
            return (_LOWER_IN if test.attr == LOWER else _ORTH_IN), test.values
        same = _signature(test)
        slot = self._word_test_at.get(same)
        if slot is None:
            slot = self._word_test_at[same] = len(self._word_tests)
            self._word_tests.append(test)
            self._word_bits.clear()
            self._answering = None
        return _WORD_BIT, 1 << slot

    def _bits_of(self, orth: int) -> int:
        """The word's answers to every distinct flag and REGEX test (`_word_passes`), bit k
        for test k: each of its texts and flags read once."""
        bits = self._word_bits.get(orth)
        if bits is None:
            lexeme = self.vocab[orth]
            lowers, orths, flags, any_lower, any_orth = (self._answering
                                                         or self._group_word_tests())
            bits = 0
            # a word that passes no REGEX test of a kind (most new words) is told so by one
            # search of them all
            lower = lexeme.lower_ if lowers else ""
            if lowers and (any_lower is None or any_lower(lower)):
                for bit, search in lowers:
                    if search(lower):
                        bits |= bit
            text = lexeme.orth_ if orths else ""
            if orths and (any_orth is None or any_orth(text)):
                for bit, search in orths:
                    if search(text):
                        bits |= bit
            for bit, name, value in flags:
                if getattr(lexeme, name) == value:
                    bits |= bit
            self._word_bits[orth] = bits
        return bits

    def _group_word_tests(self) -> tuple[list, list, list, Any, Any]:
        """`_word_tests` as `_word_passes` reads them: the REGEX tests of the lower-case form,
        those of the text, the flags; and one search of each kind's REGEX tests together,
        which finds a match where one of them does (None where they cannot be joined)."""
        lowers, orths, flags = [], [], []
        for k, test in enumerate(self._word_tests):
            if test.values is not None or (test.flag is None and test.regex is None):
                raise ValueError("only flag and REGEX tests are word tests")
            if test.flag is not None:
                flags.append((1 << k, test.flag[0].lower(), test.flag[1]))
            else:
                (lowers if test.attr == LOWER else orths).append((1 << k, test.regex.search))
        self._answering = lowers, orths, flags, _any_of(lowers), _any_of(orths)
        return self._answering

    def _members_of(self, mask: int) -> list[_Pattern]:
        members = self._members.get(mask)
        if members is None:
            # the set bits alone, lowest first (the patterns' order): a mask holds a few of
            # ~530 patterns, and a new one came ~2 times a note
            members, patterns, rest = [], self._patterns, mask
            while rest:
                lowest = rest & -rest
                members.append(patterns[lowest.bit_length() - 1])
                rest ^= lowest
            self._members[mask] = members
        return members

    def _group(self, mask: int) -> Matcher:
        matcher = self._groups.get(mask)
        if matcher is None:
            matcher = self._groups[mask] = Matcher(self.vocab, validate=False)
            for member in self._members_of(mask):
                matcher.add(member.key, [member.pattern])
        return matcher

    def __call__(self, doc: Doc) -> list[Match]:
        n = len(doc)
        if not self._patterns or not n:
            return []
        columns = doc.to_array([ORTH, LOWER])
        words, lowers = columns[:, 0].tolist(), columns[:, 1].tolist()
        known, masks_of = self._masks.get, self._masks_of
        masks = [known(orth) or masks_of(orth) for orth in words]  # one call a new word
        matches: list[Match] = []
        for i, (mask, _) in enumerate(masks):
            if not mask:
                continue
            mask = self._viable(mask, i, words, masks[i + 1][1] if i + 1 < n else 0)
            if not mask:
                continue
            # three windows in four matched nothing: spaCy's Matcher (~50 us a call) runs
            # only with the patterns that can match from here, up to where they can end
            end, alive = i, 0
            for member in self._members_of(mask):
                reach = self._ends(member, i, words, lowers)
                if reach:
                    alive |= member.bit
                    end = max(end, reach)
            if not alive:
                continue
            kept = (alive, tuple(words[i:end])) if not alive & ~self._lexical else None
            # a match from a later opener has its own window
            found = self._windows.matches(kept, lambda: [
                (key, stop) for key, start, stop in self._group(alive)(doc[i:end]) if start == 0])
            matches += [(key, i, i + stop) for key, stop in found]
        return matches

    def _viable(self, mask: int, i: int, words: list[int], next_mask: int) -> int:
        """The patterns of `mask` (those word i can open) that the words after it can go on
        with: a pattern that needs a token after its opener keeps only where the next word
        (`next_mask`, the patterns it can continue) can be it, and one that needs a token after
        that only where the word after can be that one (177 runs of `_ends` a note became 94)."""
        free = self._free
        if mask & ~free:
            mask &= free | next_mask
            free_second = free | self._free_second
            if mask & ~free_second:
                mask &= free_second | (self._second_of(words[i + 2]) if i + 2 < len(words) else 0)
        return mask

    def may_hold(self, words: list[int], lowers: list[int], pairs: list[int]) -> bool:
        """Whether a match of a pattern in these words (ORTH and LOWER of each, as `__call__`
        reads a Doc) could hold words k and k + 1 for some k of `pairs` (ascending): False
        only when none can, read from `_ends`, whose matches are a superset of spaCy's, from
        each word that can open a pattern up to the last k."""
        if not self.usable:
            return True
        n = len(words)
        if not self._patterns or not n or not pairs:
            return False
        known, masks_of = self._masks.get, self._masks_of
        after = 0  # index in pairs of the first k at or after the opener
        for i in range(min(pairs[-1] + 1, n)):
            while pairs[after] < i:
                after += 1
            mask = (known(words[i]) or masks_of(words[i]))[0]
            if mask:
                mask = self._viable(mask, i, words, (known(words[i + 1]) or masks_of(words[i + 1]))[1]
                                    if i + 1 < n else 0)
            if not mask:
                continue
            # a match from i holding words k and k + 1 ends at k + 2 or later
            least = pairs[after] + 2
            for member in self._members_of(mask):
                if self._ends(member, i, words, lowers) >= least:
                    return True
        return False

    def _ends(self, member: _Pattern, i: int, words: list[int], lowers: list[int]) -> int:
        """The furthest token a match of `member` from token i can end before, 0 when none
        can: the pattern run over each token's test alone, whose matches are a superset of
        spaCy's (a test reads one key of a pattern token; "!" takes any word)."""
        moves, bits_of = member.moves, self._bits_of
        whole, n = len(moves), len(words)
        states, j, furthest = member.closure[0], i, 0
        while j < n:
            word, lower = words[j], lowers[j]
            following: set = set()
            for k in states:
                kind, value, after = moves[k]
                if (lower in value if kind == _LOWER_IN else word in value if kind == _ORTH_IN
                        else kind == _ANY or bits_of(word) & value):
                    following |= after
            j += 1
            if whole in following:
                furthest = j
                following.discard(whole)
            if not following:
                return furthest
            states = following
        return furthest


def install(context: Any) -> None:
    """Give a medspaCy ConText component (before its rules are added) the fast matcher:
    medspaCy's own MedspacyMatcher internals (the target matcher's, with literal-prefiltered
    regex rules) and the OpenerMatcher for its token patterns."""
    from spinecite.pipeline.target_matcher import FastMedspacyMatcher

    old = context._ConText__matcher
    if old.rules:
        raise ValueError("install the context matcher before adding rules")
    matcher = FastMedspacyMatcher(context.nlp, name=old.name,
                                  phrase_matcher_attr=old._MedspacyMatcher__phrase_matcher_attr,
                                  prune=old._prune)
    matcher._first_word_matcher = OpenerMatcher(context.nlp.vocab)
    context._ConText__matcher = matcher

