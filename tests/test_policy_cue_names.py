"""assertion_policy.json names ConText rules by their literal text: a list such as
`continuation_cues` is compared with the literals of the cues that modify a finding. A rule
renamed (its literal given a comment, merged into a pattern rule) leaves the old name in the
list, where it matches nothing and the reading it carried is silently lost. These tests fail
on such a name, so a rename has to carry the policy with it."""

from __future__ import annotations

import json

import pytest

from spinecite.pipeline.resources import CONTEXT_RULES, load_json

# Lists of the policy that pipeline/assertion.py compares with `finding.cues(...)` (a cue's
# literal, lower-cased), as paths into the policy; a dict of lists is checked list by list.
CUE_LISTS = [
    ("conditional_cues",),
    ("dose_given_cues",),
    ("plan_header_cues",),
    ("in_force_despite",),
    ("continuation_cues",),
    ("past_advice_cues",),
    ("goal_cues",),
    ("goal_negations",),
    ("goal_sections", "negations"),
    ("read_then_feared", "cues"),
    ("course_counted_cues",),
    ("stopped_at_the_treatment", "cues"),
    ("trial_cues",),
    ("ending_cues",),
    ("code_ending_cues",),
    ("status_ending_cues", "cues"),
    ("came_back", "ended_cues"),
    ("then_and_now", "cues"),
    ("old_episode", "yield_to_still_cues"),
    ("just_had", "cues"),
    ("past_only_denial", "past_cues"),
]


def _rule_literals() -> set[str]:
    with open(CONTEXT_RULES, encoding="utf-8") as fh:
        data = json.load(fh)
    rules = data["context_rules"] if isinstance(data, dict) else data
    literals = set()
    for rule in rules:
        literals.add(rule["literal"].lower())
        second = (rule.get("metadata") or {}).get("second_reading")
        if second:  # a rule of its own, made in pipeline/context.py `_second_reading`
            literals.add(second["literal"].lower())
    return literals


def _lists(path: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    node = load_json("assertion_policy.json")
    for key in path:
        node = node[key]
    name = "/".join(path)
    if isinstance(node, dict):
        return [(f"{name}/{key}", value) for key, value in node.items()]
    return [(name, node)]


@pytest.mark.parametrize("path", CUE_LISTS, ids=["/".join(p) for p in CUE_LISTS])
def test_every_cue_the_policy_names_is_a_context_rule(path):
    literals = _rule_literals()
    dead = [(name, cue) for name, cues in _lists(path) for cue in cues
            if cue.lower() not in literals]
    assert not dead, f"policy names cues no ConText rule has (renamed or removed rules): {dead}"

