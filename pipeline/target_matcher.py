"""medspaCy's TargetMatcher with internals that stay fast on long notes.

It is medspaCy's TargetMatcher: the same TargetRule JSON, API and output, match for match.
Profiling showed its cost is not the rules but how they are run. For every regex rule,
medspaCy's RegexMatcher rebuilds `doc.text` and scans the whole note, and resolves a match
that does not fall on token boundaries by walking the tokens from the start; its pruning of
overlapping matches pops from the front of a list and repeats until nothing changes. Here:

- a regex rule runs only when the note contains a literal every match of it must contain,
  and only at the start positions that literal allows (`regex_literals`), over one copy of
  the text; the literals of every rule are found by one scan of the note;
- token patterns run only from the tokens that hold their first word (`first_word_matcher`);
- character offsets map to tokens by dictionary lookup and bisection, resolving unaligned
  matches exactly as medspaCy does (start to the left, end to the right);
- pruning runs medspaCy's pass-until-stable algorithm on each cluster of overlapping
  matches on its own: a pass never pairs matches from two clusters, so the result is the
  same, and a note's cost grows with its length, not its length squared.
- the matches become spans as medspaCy's TargetMatcher makes them, each rule looked up once
  a process rather than by string for every span.
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
from bisect import bisect_left
from typing import Iterable, List, Optional, Tuple, Union

from medspacy.common.medspacy_matcher import MedspacyMatcher
from medspacy.target_matcher import TargetMatcher, TargetRule
from spacy.attrs import IDX, LENGTH
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore

from spinecite.pipeline.extensions import doc_text
from spinecite.pipeline.first_word_matcher import FirstWordMatcher
from spinecite.pipeline.regex_literals import literal_index, plan, register
from spinecite.pipeline.regex_prefilter import Prefilter

Match = Tuple[int, int, int]  # (match_id, start token, end token)
# Rules to run in a text from which their literals are found by one scan, not one by one.
_SCAN_FROM = 16


class _TokenOffsets:
    """Character offsets of a Doc's tokens, for turning regex matches into token spans."""

    def __init__(self, doc: Doc):
        # a note has ~1,000 tokens and ~50 regex matches: two sorted lists searched by
        # bisection cost less to build than dictionaries of every token's start and end
        columns = doc.to_array([IDX, LENGTH]) if len(doc) else None
        self.starts = columns[:, 0].tolist() if columns is not None else []
        self.ends = columns.sum(axis=1).tolist() if columns is not None else []

    def span(self, start_char: int, end_char: int) -> Tuple[int, int]:
        """Token range of a character range, as medspaCy resolves it: `Doc.char_span` when
        both ends fall on token boundaries, else the start widened to the token on its left
        and the end to the token on its right (`medspacy.common.util.get_token_for_char`)."""
        starts, ends = self.starts, self.ends
        start = bisect_left(starts, start_char)
        end = bisect_left(ends, end_char)
        if start < len(starts) and starts[start] == start_char and end < len(ends) \
                and ends[end] == end_char:
            return start, end + 1  # tokens neither overlap nor are empty: both lists ascend
        return self._resolve(start_char, left=True), self._resolve(end_char, left=False)

    def _resolve(self, char: int, left: bool) -> int:
        n = len(self.starts)
        i = bisect_left(self.starts, char)
        if i < n and self.starts[i] == char:
            return i
        if i < n:
            # medspaCy's doc[i - 1]: at i == 0 that is the last token, kept for equality
            return (i - 1) % n if left else i
        return n - 1 if left else n


def prune_like_medspacy(matches: List[Match]) -> List[Match]:
    """`medspacy.common.util.prune_overlapping_matches`, cluster by cluster."""
    if not matches:
        return matches
    ordered = sorted(matches, key=lambda m: (m[1], m[2]))
    pruned: List[Match] = []
    cluster = [ordered[0]]
    reach = ordered[0][2]
    for match in ordered[1:]:
        if match[1] >= reach:
            pruned += _prune_cluster(cluster)
            cluster = []
        cluster.append(match)
        reach = max(reach, match[2])
    pruned += _prune_cluster(cluster)
    return pruned


def _prune_cluster(cluster: List[Match]) -> List[Match]:
    if len(cluster) == 1:
        return cluster
    while True:
        after = _prune_pass(cluster)
        if len(after) == len(cluster):
            return after
        cluster = after


def _overlaps(a: Match, b: Match) -> bool:
    return a[1] <= b[1] < a[2] or a[1] < b[2] <= a[2]


def _prune_pass(matches: List[Match]) -> List[Match]:
    """One pass of medspaCy's pruning: each match is compared with the next; of an
    overlapping pair the longer (the first on a tie) is kept and both are consumed."""
    kept = []
    n = len(matches)
    current, i = matches[0], 1
    while i < n:
        following = matches[i]
        i += 1
        if _overlaps(current, following):
            longer = following if following[2] - following[1] > current[2] - current[1] \
                else current
            kept.append(longer)
            if i >= n:
                return kept
            current = matches[i]
            i += 1
        else:
            kept.append(current)
            current = following
    kept.append(current)
    return kept


def _shape(value, key: Optional[str] = None):
    """A token pattern with its words blanked: what spaCy's pattern schema checks of it
    (keys, value types, operators), for patterns that differ only in their words."""
    if isinstance(value, str):
        return value if key == "OP" else ""
    if isinstance(value, dict):
        return tuple(sorted((k, _shape(v, k)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_shape(v, key) for v in value)
    return type(value).__name__, value


class FastMedspacyMatcher(MedspacyMatcher):
    """MedspacyMatcher with literal-prefiltered regex rules, bisected token alignment and
    cluster-wise pruning; rules are stored and matched by medspaCy's own matchers."""

    def __init__(self, nlp: Language, name: str = "medspacy_matcher",
                 phrase_matcher_attr: str = "LOWER", prune: bool = True):
        super().__init__(nlp, name=name, phrase_matcher_attr=phrase_matcher_attr, prune=prune)
        # spaCy validates each pattern against its schema, most of the build's time with
        # ~8,000 patterns; `add` validates each shape of pattern once instead
        self._MedspacyMatcher__matcher = Matcher(nlp.vocab, validate=False)
        self._valid_shapes: set = set()
        self._regex_rules: Optional[list] = None
        self._prefilter: Optional[Prefilter] = None
        self._first_word_matcher = FirstWordMatcher(nlp.vocab)

    def _validate(self, rules: list) -> None:
        """spaCy's validation (the same MatchPatternError), once per shape of pattern."""
        for rule in rules:
            if isinstance(rule.pattern, list) and rule.pattern:
                shape = _shape(rule.pattern)
                if shape not in self._valid_shapes:
                    errors = validate_token_pattern(rule.pattern)
                    if errors:
                        raise MatchPatternError(f"{rule.category} ({rule.literal})", {0: errors})
                    self._valid_shapes.add(shape)

    def add(self, rules: Iterable) -> None:
        rules = list(rules)
        self._validate(rules)
        super().add(rules)
        for rule in rules:
            if isinstance(rule.pattern, list):
                self._first_word_matcher.add(rule._rule_id, rule.pattern, rule.on_match)
        self._regex_rules = None
        self._compiled_regex_rules()  # read the regexes when the pipeline is built, not per note

    def _compiled_regex_rules(self) -> list:
        """(match_id, compiled pattern, plan, on_match), in medspaCy's order."""
        if self._regex_rules is None:
            regex_matcher = self._MedspacyMatcher__regex_matcher
            self._regex_rules = [
                (match_id, pattern, plan(pattern.pattern, pattern.flags),
                 regex_matcher._callbacks[match_id])
                for match_id, patterns in regex_matcher._patterns.items()
                for pattern in patterns]
            register(rule[2] for rule in self._regex_rules)
            self._prefilter = None
        return self._regex_rules

    def _regex_prefilter(self) -> Prefilter:
        """Built at the first note, not at each `add`: rule files are added one by one, and
        a database holds every rule at once."""
        if self._prefilter is None:
            self._prefilter = Prefilter([rule[1] for rule in self._compiled_regex_rules()])
        return self._prefilter

    def match_regex(self, doc: Doc) -> List[Match]:
        """medspaCy's RegexMatcher.__call__, running only rules the text can satisfy."""
        rules = self._compiled_regex_rules()
        if not rules or not len(doc):
            return []
        text = doc_text(doc)
        literals = literal_index(text)
        offsets: Optional[_TokenOffsets] = None
        matches: List[Match] = []
        regex_matcher = self._MedspacyMatcher__regex_matcher
        meets, rule_matches = literals.meets, literals.matches
        candidates = self._regex_prefilter().candidates(text)
        if candidates is not None:  # the rules the one scan did not rule out, in order
            rules = [rules[at] for at in sorted(candidates)]
        # a rule whose literals' heads the note lacks is skipped without looking them up,
        # unless one scan finds every literal (or found them for another matcher): a note's
        # 4-grams cost more than ~10 rules' lookups (ConText's matcher runs a few rules a
        # note, the target matcher ~70)
        scanned = literals.scanned or len(rules) >= _SCAN_FROM and literals.scan()
        no_heads = None if scanned else literals.grams().isdisjoint
        for match_id, pattern, rule_plan, on_match in rules:
            heads = rule_plan.heads
            if heads is not None and no_heads is not None and no_heads(heads) \
                    or not meets(rule_plan.required):
                continue  # most rules: the note holds none of their literals
            for found in rule_matches(pattern, rule_plan):
                if offsets is None:
                    offsets = _TokenOffsets(doc)
                start, end = offsets.span(found.start(), found.end())
                if end > start:
                    matches.append((match_id, start, end))
                if on_match is not None:
                    on_match(regex_matcher, doc, len(matches) - 1, matches)
        return matches

    def __call__(self, doc: Doc) -> List[Match]:
        # the first-word matcher gives the Matcher's matches in another order, which pruning
        # sorts back (spaCy's order survives among matches on the same tokens)
        if self._prune and self._first_word_matcher.usable:
            matches = self._first_word_matcher(doc)
        else:
            matches = self._MedspacyMatcher__matcher(doc)
        matches += self._MedspacyMatcher__phrase_matcher(doc)
        matches += self.match_regex(doc)
        if self._prune:
            matches = prune_like_medspacy(matches)
        return matches


@Language.factory("spinecite_target_matcher")
class FastTargetMatcher(TargetMatcher):
    """medspaCy's TargetMatcher running on a FastMedspacyMatcher. Add it under medspaCy's
    pipe name: `nlp.add_pipe("spinecite_target_matcher", name="medspacy_target_matcher")`."""

    def __init__(self, nlp: Language, name: str = "medspacy_target_matcher",
                 rules: Optional[str] = None, phrase_matcher_attr: str = "LOWER",
                 result_type: Union[str, None] = "ents",
                 span_group_name: str = "medspacy_spans", prune: bool = True):
        super().__init__(nlp, name=name, rules=None, phrase_matcher_attr=phrase_matcher_attr,
                         result_type=result_type, span_group_name=span_group_name, prune=prune)
        self._TargetMatcher__matcher = FastMedspacyMatcher(
            nlp, name=name, phrase_matcher_attr=phrase_matcher_attr, prune=prune)
        # match id -> (its TargetRule, its category): medspaCy looks both up by string
        self._rule_of: dict = {}
        self._attributes = False  # a rule sets span attributes: medspaCy's own path
        if rules:
            self.add(TargetRule.from_json(rules))

    def add(self, rules) -> None:
        rules = [rules] if isinstance(rules, TargetRule) else list(rules)
        self._rule_of = {}
        self._attributes = self._attributes or any(
            getattr(rule, "attributes", None) is not None for rule in rules)
        super().add(rules)

    def __call__(self, doc: Doc):
        """medspaCy's `TargetMatcher.__call__` for a span group, each span's `target_rule`
        written where `span._.target_rule = rule` writes it: ~80 spans a note, each paying for
        two string lookups and an `Underscore` object there. Other result types, rules with
        attributes, and an extension with a setter (or none) take medspaCy's own path."""
        result_type = self.result_type
        # (default, method, getter, setter), as spaCy registers an extension
        extension = Underscore.span_extensions.get("target_rule")
        if (not result_type or result_type.lower() != "group" or extension is None
                or extension[3] is not None or self._attributes):
            return super().__call__(doc)
        matcher = self._TargetMatcher__matcher
        rule_of, user_data = self._rule_of, doc.user_data
        spans = []
        for rule_id, start, end in matcher(doc):
            entry = rule_of.get(rule_id)
            if entry is None:
                rule = matcher.rule_map[self.nlp.vocab.strings[rule_id]]
                entry = rule_of[rule_id] = (rule, rule.category)
            span = Span(doc, start, end, label=entry[1])
            user_data["._.", "target_rule", span.start_char, span.end_char] = entry[0]
            spans.append(span)
        group = self.span_group_name
        if group in doc.spans.keys():
            doc.spans[group] += spans
        else:
            doc.spans[group] = spans
        return doc
