"""The `missing` sentences of a not_met determination: for the indications that came closest,
what the guideline asks and what the notes showed, for a nurse to ask the provider for.

Apart from the evaluator so that the words a reviewer reads change without touching the
evaluation itself; this module imports nothing of the evaluator (it imports this one)."""

from __future__ import annotations

import functools
import re
import typing
from typing import TYPE_CHECKING, Optional

from spinecite.extractors.models import Finding
from spinecite.rules.models import CriterionOutcome, CriterionResult
from spinecite.rules.ruleset import AgeNode, Entry, LogicNode

if TYPE_CHECKING:
    from spinecite.rules.evaluator import CaseFacts

MET, NOT_MET, UNKNOWN = typing.get_args(CriterionOutcome)
_SIGNS = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<", "eq": "=", "in": "in"}
# how a request node's words begin: a fact of the request, not something a note lacks
_REQUEST_WORDS = "requested study: "


def _logic_words(node: LogicNode) -> str:
    return {"all": "all of", "any": "any of", "not": "none of",
            "at_least": f"at least {node.n} of"}[node.op]


def _age_words(node: AgeNode) -> str:
    return "age " + " and ".join(f"{_SIGNS[c]} {v:g}" for c, v in node.comparisons)


def describe_finding(f: Finding) -> str:
    words = f.code.replace("_", " ")
    if f.assertion != "present":
        words += f" ({f.assertion})"
    v = f.value
    details = []
    if v is not None:
        # a value model's fields (they forbid extras): no pydantic AttributeError for a
        # field its kind lacks
        field = v.__dict__.get
        if field("weeks") is not None:
            details.append(f"{v.weeks:g} weeks")
        if field("visits") is not None:
            details.append(f"{v.visits} visits")
        start, end = field("start"), field("end")
        if start or end:
            details.append(f"{start or '?'} to {end or '?'}")
        for name in ("outcome", "grade", "score", "result", "date"):
            if field(name) is not None:
                details.append(f"{name} {field(name)}")
    if f.laterality:
        details.append(f.laterality)
    if f.level:
        details.append(f.level)
    return words + (f" ({', '.join(details)})" if details else "")


_SCORE = {MET: 1.0, UNKNOWN: 0.5, NOT_MET: 0.0}
# how a judgment node's words begin (`evaluator._static`): never met, so no step toward met
_JUDGED = "clinical judgment"
# `_closeness` of the criteria kept in a node's memo (None until first scored)
_CONSTANT_SCORES: dict[int, Optional[float]] = {}


def _closeness(result: CriterionResult, seen: dict[int, float]) -> float:
    """How near a node is to met, by its structure: `any` counts its best child, `all` the
    mean of its children; judgments count for nothing, since they can never be met. `seen`
    holds the scores of the inner criteria scored so far (a definition's criterion stands
    under many indications of a case)."""
    # the model's fields read from its `__dict__`: one read through pydantic's `__getattr__`
    # hook, not one per field (a not-met determination's ranking visits ~800 criteria)
    fields = result.__dict__
    requires = fields["requires"]
    if requires and requires.startswith(_JUDGED):
        return 0.0
    children = fields["children"]
    if not children or requires == "none of":
        return _SCORE[fields["result"]]
    key = id(result)
    # a criterion that depends on the request and the age alone is the same object in every
    # case (`_Evaluator._node`): scored once for all of them
    if key in _CONSTANT_SCORES:
        score = _CONSTANT_SCORES[key]
        if score is None:
            score = _CONSTANT_SCORES[key] = _inner_closeness(requires, children, seen)
        return score
    # an inner node's score is its words' and its children's: the case's criteria that share
    # a children list (a definition's, under each of its references (`_Evaluator._ref`) and
    # its entry) share it, so it is scored by the list, once (the determination keeps the
    # lists alive, so their ids stay theirs)
    key = id(children)
    score = seen.get(key)
    if score is None:
        score = seen[key] = _inner_closeness(requires, children, seen)
    return score


def _inner_closeness(requires: Optional[str], children: list[CriterionResult],
                     seen: dict[int, float]) -> float:
    """`_closeness` of an inner node not scored yet. Its children are read in one loop, leaves
    and judgments without a call of their own: a not-met determination's ranking visits ~800
    criteria a case, half of them leaves."""
    scores: list[float] = []
    asked: list[float] = []   # the scores of what the line asks for (below)
    for child in children:
        fields = child.__dict__   # as in `_closeness`
        words = fields["requires"]
        if words and words.startswith(_JUDGED):
            score = 0.0
        elif words == "none of":
            score = _SCORE[fields["result"]]
            if fields["result"] == MET:
                # a guard met ("not: an MRI the notes clear") is no step toward the line: only
                # what the line asks for counts, or a barrier's line would rank near-met with
                # nothing of it in the notes
                scores.append(score)
                continue
        elif fields["children"]:
            score = _closeness(child, seen)
        else:
            score = _SCORE[fields["result"]]
        scores.append(score)
        asked.append(score)
    if requires == "any of" or requires and requires.startswith("at least"):
        return max(scores)
    asked = asked or scores
    return sum(asked) / len(asked)


# how many alternatives of an `any` a sentence names (the closest first), and how many
# findings it lists as found: a nurse reads it to know what to ask the provider for
_ALTERNATIVES = 3
_FOUND = 6
_JUDGMENT = "clinical judgment: "
# the parts of a finding node's words (`evaluator._requires`) that say how the evaluator
# reads a note, not what a nurse asks for: a closed word list of ~80 inflections, how an
# undated finding is dated, the wording of `new` and `acute`
_WORD_LIST = re.compile(r", naming one of: (.*?)(?=, and not also documented |$)")
_TECHNICAL = re.compile(r" \((?:undated: [^)]*|dated in the note|as of the latest note recording it"
                        r"|as the note states)\)| \(not called chronic, baseline or old\)"
                        r"| \(not called old or stable for weeks\)|, and not also documented \S+$")
_LIST_OPERAND = re.compile(r" in \[([^\]]*)\]")


def _examples(words: str) -> str:
    """A closed word list's first few words, one per stem ('pacemaker, pacemakers, ppm' →
    'pacemaker, ppm')."""
    picked: list[str] = []
    for word in words.split(", "):
        if not any(word[:4] == p[:4] for p in picked):
            picked.append(word)
        if len(picked) == 3:
            break
    return f" (e.g. {', '.join(picked)})"


# a finding node's words are its rule file's, the same in every case: rewritten once each
@functools.lru_cache(maxsize=4096)
def _finding_words(requires: str) -> str:
    words = _WORD_LIST.sub(lambda m: _examples(m.group(1)), requires)
    words = _LIST_OPERAND.sub(lambda m: " " + "/".join(w.strip(" '") for w in m.group(1).split(",")),
                              words)
    return _TECHNICAL.sub("", words)


_AGE_LINE = re.compile(r"age (?:[<>≤≥=]|in )")


def _doubt(node: CriterionResult) -> str:
    if node.result != UNKNOWN or (node.requires or "").startswith(_JUDGMENT):
        return ""
    if node.requires and ", and not also documented " in node.requires:
        return " (the notes disagree)"
    if node.requires and _AGE_LINE.match(node.requires):
        # an age line is unknown only when neither the case nor any note gives an age
        return " (the age is not stated)"
    return " (unclear in the notes)"


# a guideline line that introduces a list ("... ALL of the following:") names nothing itself
_INTRODUCES = (":", "the", "of")
_TRAILING = re.compile(r"[;,]?\s+(?:or|and)\s*$|[;,]\s*$|^(?:or|and)\s+")


def _codes(node: CriterionResult) -> frozenset[str]:
    """The codes of the node's leaves: walked with one stack, not a list made per inner node;
    a constant subtree (`_CONSTANT_SCORES`: most of a guideline's tree, for most notes) read
    from its first walk."""
    return _leaf_codes(node, False, _CONSTANT_CODES)


def _leaf_codes(node: CriterionResult, asked: bool,
                made: Optional[dict[int, tuple[CriterionResult, frozenset[str]]]]
                ) -> frozenset[str]:
    """The codes of the leaves under `node` (`asked`: not under a `none of`), a constant
    subtree's read from `made` (None: the first walk of one, which fills it)."""
    found, stack = set(), [node]
    while stack:
        node = stack.pop()
        if asked and node.requires == "none of":
            continue
        if node.children:
            key = id(node)
            if made is not None and key in _CONSTANT_SCORES:
                known = made.get(key)
                if known is None or known[0] is not node:
                    known = made[key] = (node, _leaf_codes(node, asked, None))
                found |= known[1]
            else:
                stack.extend(node.children)
        elif node.code:
            found.add(node.code)
    return frozenset(found)


# `_codes` and `_asked` of the constant criteria, made on first use; each kept beside its
# criterion, so that an id is never another criterion's (rules loaded again, as tests do,
# leave the old memo's criteria to die, and `_CONSTANT_SCORES` keeps their ids)
_CONSTANT_CODES: dict[int, tuple[CriterionResult, frozenset[str]]] = {}
_CONSTANT_ASKED: dict[int, tuple[CriterionResult, frozenset[str]]] = {}


def _documented(facts: CaseFacts, codes: frozenset[str]) -> list[str]:
    """The case's findings of `codes`, described, repeats dropped (never mutated): the same
    for every sentence naming those codes, in every determination of the case, so made once a
    case (`CaseFacts.made_once` is shared only by facts with the same findings)."""
    made = facts.made_once
    key = ("documented", codes)   # a str in the tuple: never a key of ids, nor a bare code
    found = made.get(key)
    if found is None:
        # each finding described once a case, whatever sets of codes name it
        described = made.get(_DESCRIBED)
        if described is None:
            described = made[_DESCRIBED] = {}
        found = made[key] = list(dict.fromkeys(
            _described(f, described) for f in facts.findings if f.code in codes))
    return found


_DESCRIBED = ("described",)   # `made_once`'s key of the findings' descriptions, by id


def _described(f: Finding, described: dict[int, str]) -> str:
    words = described.get(id(f))
    if words is None:
        words = described[id(f)] = describe_finding(f)
    return words


def _asked(node: CriterionResult) -> frozenset[str]:
    """The codes a node asks to be documented: not those it asks to be absent (`none of`).
    Walked with one stack, as `_codes` is, a constant subtree read from its first walk: a
    sentence asks it of a node and again of the nodes under it (`_distinct`, `_name`), and a
    set made per inner node cost most of it."""
    return _leaf_codes(node, True, _CONSTANT_ASKED)


def _distinct(children: list[CriterionResult]) -> list[CriterionResult]:
    """Children that ask for other findings than those before them: 'dermatomal sensory loss,
    new' and 'dermatomal sensory loss, left/right, new' are one thing for a nurse to find."""
    asked: set[str] = set()
    kept = []
    for child in children:
        codes = _asked(child)
        if codes and codes <= asked:
            continue
        asked |= codes
        kept.append(child)
    return kept


def _name(node: CriterionResult, named: frozenset[str] = frozenset()) -> str:
    """What a node asks for, in the fewest words: the guideline's own, else its findings'
    (the qualifiers under it, `not` and judgments, left to its expansion), leaving out the
    findings a closer alternative has `named` already."""
    text = node.text
    if text and len(text) <= 120 and not text.rstrip().endswith(_INTRODUCES):
        return _TRAILING.sub("", text)
    requires = node.requires or ""
    if not node.children:
        if node.code in named:
            return ""
        return _finding_words(requires) if requires else text or node.id
    parts = [_name(c, named) for c in _distinct(node.children)
             if c.requires != "none of" and not (c.requires or "").startswith(_JUDGMENT)]
    return _joined(parts, requires) or text or requires


def _joined(parts: list[str], requires: Optional[str]) -> str:
    parts = list(dict.fromkeys(p for p in parts if p))
    if len(parts) < 2:
        return "".join(parts)
    return "(" + (" and " if requires in ("all of", None) else " or ").join(parts) + ")"


def _need(node: CriterionResult, seen: dict[int, float], studies: list[str]) -> str:
    """What keeps a node from met: an `all`'s open parts, an `any`'s closest alternatives
    (near duplicates, the same finding asked again, named once), a `not`'s documented
    finding; '' when only the request keeps it (`studies` collects those)."""
    requires = node.requires or ""
    if node.result == MET:
        return ""
    if requires.startswith(_REQUEST_WORDS):
        studies.append(requires)   # a fact of the request, not something a note lacks
        return ""
    if requires.startswith(_JUDGMENT):
        return requires
    if not node.children:   # in full: the finding's own terms, not the line's words
        return (_finding_words(requires) if requires else _name(node)) + _doubt(node)
    if requires == "none of":
        return "no " + _name(node.children[0]) + (
            " (it is documented)" if node.result == NOT_MET else " (unclear in the notes)")
    open_children = [c for c in node.children if c.result != MET]
    if requires in ("all of", ""):
        return _joined([_need(c, seen, studies) for c in open_children], "all of")
    ranked = sorted(open_children, key=lambda c: -_closeness(c, seen))   # stable: file order
    alternatives: list[str] = []
    named: frozenset[str] = frozenset()
    # the closest alternative in full, the others by name
    for child in _distinct(ranked):
        if alternatives:
            need = _name(child, named)
            need += _doubt(child) if need else ""
        else:
            need = _need(child, seen, studies)
        named |= _asked(child)
        if need:
            alternatives.append(need)
    more = len(alternatives) - _ALTERNATIVES
    shown = _joined(alternatives[:_ALTERNATIVES], "any of")
    if more > 0:
        shown = shown[:-1] + f" or {more} other{'s' if more > 1 else ''})"
    if requires.startswith("at least"):
        return f"{requires}: {shown}"
    return shown


def _missing_sentence(entry: Entry, result: CriterionResult, facts: CaseFacts,
                      prefix: str = "", seen: Optional[dict[int, float]] = None) -> str:
    """`seen`: the scores `_closeness` gave the determination's criteria so far (its ranking
    of the indications scored them all), so that ranking an `any`'s alternatives here does not
    score them again."""
    asked = entry.quote.text or result.requires or entry.id
    where = f" [{entry.quote.section}]" if entry.quote.section else ""
    studies: list[str] = []
    if result.result == MET:
        sentence = f"{prefix}{asked}{where} — documented, but a requirement below is not"
    else:
        need = _need(result, {} if seen is None else seen, studies)
        if need.startswith("(") and need.endswith(")"):
            need = need[1:-1]
        sentence = f"{prefix}{asked}{where} — missing: {need or 'nothing in the notes'}"
    if studies:
        sentence += (f"; this line covers another study than CPT {facts.cpt} "
                     f"({'; '.join(dict.fromkeys(studies))})")
    documented = _documented(facts, _codes(result))
    if documented:
        more = len(documented) - _FOUND
        sentence += f"; found: {'; '.join(documented[:_FOUND])}" + (
            f" and {more} more" if more > 0 else "")
    return sentence
