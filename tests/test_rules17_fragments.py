"""rules/fragments.yaml: a node tree two guideline files share is written once and inlined
where a node names it (`fragment: NAME`), so the NIA lumbar MRI and CT files read a failure
that names its therapy, and a fracture still suspected after the film, the same way and cannot
drift apart. A fragment is pure logic: the quotes stay in each guideline's own file."""

import dataclasses
import datetime as dt

import pytest
import yaml

from spinecite.extractors.models import Evidence, Finding, ImagingValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import (RuleFileError, fragments, load_all, load_guideline,
                                     parse_node, walk)


def _nodes_of(guideline_id, entry_id):
    guideline = load_all()[guideline_id]
    entries = {**{f"def.{k}": v for k, v in guideline.definitions.items()},
               **{e.id.split(".", 1)[1]: e for e in guideline.indications}}
    return list(walk(entries[entry_id].when))


@pytest.mark.parametrize("name, entry_id", [
    ("nia_failure_naming_the_therapy", "def.conservative_treatment_failed"),
    ("nia_fracture_still_suspected_after_the_film",
     "trauma.unevaluable-or-preliminary-imaging"),
])
def test_both_nia_files_hold_the_one_shared_tree(name, entry_id):
    shared = parse_node(fragments()[name], name, None)
    for guideline_id in ("nia-lumbar-mri", "nia-lumbar-ct"):
        nodes = _nodes_of(guideline_id, entry_id)
        # the same tree, placed under the line that uses it (its section is that line's)
        assert any(list(map(_shape, walk(n))) == list(map(_shape, walk(shared)))
                   for n in nodes), (guideline_id, name)


def _shape(node):
    """A node without its quote (the section is the including line's)."""
    # the dataclass's fields, not `vars`: the nodes hold them in slots (perf36a)
    fields = {f.name: getattr(node, f.name) for f in dataclasses.fields(node)
              if f.name not in ("quote", "children")}
    return type(node).__name__, tuple(sorted((k, repr(v)) for k, v in fields.items()))


RULES = yaml.safe_dump({
    "guideline": "test-fragment", "title": "test", "source": {"file": "test.txt"},
    "governs": ["72148"],
    "indications": [{"id": "test-fragment.trauma", "region": ["lumbar"],
                     "text": "preliminary imaging findings needing further evaluation",
                     "when": {"fragment": "nia_fracture_still_suspected_after_the_film"}}]})


def _said(code, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value,
                   evidence=[Evidence(document="d", start=0, end=4, text="film")])


def test_a_fragment_evaluates_where_it_is_used(tmp_path):
    path = tmp_path / "test-fragment.yaml"
    path.write_text(RULES)
    guideline = load_guideline(path)
    film = _said("prior_xray", value=ImagingValue(result="abnormal"))

    def result(*findings):
        facts = CaseFacts(dt.date(2026, 5, 4), 60, tuple(findings), cpt="72148")
        return _Evaluator(guideline, facts).entry(guideline.indications[0]).result

    assert result(film, _said("spinal_fracture", "possible")) == "met"
    # look-alike: the film shows the fracture, nothing is still suspected
    assert result(film, _said("spinal_fracture")) == "not_met"


def test_an_unknown_fragment_or_a_quoting_one_is_refused(tmp_path):
    path = tmp_path / "test-fragment.yaml"
    path.write_text(RULES.replace("nia_fracture_still_suspected_after_the_film", "no_such"))
    with pytest.raises(RuleFileError, match="unknown fragment"):
        load_guideline(path)
    quoting = tmp_path / "fragments.yaml"
    quoting.write_text("shared:\n  text: \"a line of one guideline\"\n  finding: fever\n")
    with pytest.raises(RuleFileError, match="quotes no guideline"):
        fragments(quoting)
