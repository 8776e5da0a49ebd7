"""read35: the words that say what a finding test requires name its yes/no conditions from one
table, in the order the long hand said them; every finding test of the guidelines and the red
flags, and each condition set alone and all together on one test, read as before."""

import dataclasses

from spinecite.rules.evaluator import _requires
from spinecite.rules.ruleset import FindingNode, load_all, load_red_flags, walk

# the conditions as `_requires` said them before read35, one `if` each
_LONG_HAND = [
    ("new", ", new (not called chronic, baseline or old)"),
    ("acute", ", acute (not called old or stable for weeks)"),
    ("since_denied", ", denied by an earlier note's exam"),
    ("current", ", not found gone by a later note"),
    ("worsened", ", said to be worsening"),
    ("called_new", ", said to be new or changing"),
    ("spinal", ", not put on a stroke or neuropathy"),
    ("same_region", ", of the region requested"),
    ("limb_region", ", of a limb or root of the region requested"),
]
FLAGS = [flag for flag, _ in _LONG_HAND]


def _nodes():
    guidelines = [*load_all().values(), load_red_flags()]
    for g in guidelines:
        entries = [*g.definitions.values(), *g.requirements, *g.exclusions, *g.indications,
                   *g.judgment_only, *g.not_encoded]
        for entry in entries:
            for node in walk(entry.when):
                if isinstance(node, FindingNode):
                    yield node


def _cleared(node):
    return dataclasses.replace(node, **{flag: False for flag in FLAGS})


def _expected(node):
    """The words of the node with its conditions cleared, and theirs put where they stood:
    after the same-side words, before the mentions."""
    bare = _requires(_cleared(node))
    said = "".join(words for flag, words in _LONG_HAND if getattr(node, flag))
    mentions = bare.find(", naming one of: ")
    if mentions < 0:
        mentions = bare.find(", and not also documented ")
    at = len(bare) if mentions < 0 else mentions
    return bare[:at] + said + bare[at:]


def test_every_finding_test_reads_as_the_long_hand():
    nodes = list(_nodes())
    assert sum(any(getattr(n, f) for f in FLAGS) for n in nodes) > 20
    for node in nodes:
        assert _requires(node) == _expected(node)


def test_each_condition_alone_and_all_together():
    node = _cleared(next(iter(_nodes())))
    for flag, words in _LONG_HAND:
        alone = dataclasses.replace(node, **{flag: True})
        assert _requires(alone) == _requires(node) + words if not (
            node.mentions or node.unless) else words in _requires(alone)
    every = dataclasses.replace(node, **{flag: True for flag in FLAGS})
    assert "".join(words for _, words in _LONG_HAND) in _requires(every)
