"""Red flags read without building the criteria of the lines they do not raise (perf14).

`_Evaluator.entry_result` gives an entry's result without its criteria; `red_flags` builds the
criteria only of the lines met or undecided. Both must agree with the full evaluation: the
result of every entry of every rule file, on notes written here, is the one `entry` builds."""

import datetime as dt

import pytest

from spinecite.rules.evaluator import CaseFacts, _Evaluator, red_flags
from spinecite.rules.ruleset import load_all, load_red_flags

RECEIVED = dt.date(2026, 3, 2)

EMERGENT = ("Chief complaint: low back pain for three days after lifting a sofa. Since this "
            "morning he has new urinary retention and numbness in the saddle region. Exam: "
            "decreased rectal tone, bilateral ankle dorsiflexion 3/5.")
# the same words denied: the look-alike raises nothing
DENIED = ("Chief complaint: low back pain for three days after lifting a sofa. He denies "
          "urinary retention, saddle numbness or bowel incontinence. Exam: rectal tone not "
          "tested, ankle dorsiflexion 5/5 bilaterally.")
# a course of care and a doubted alarm: logic over therapy, definitions and doubt
COURSE = ("History: sciatica down the left leg for 10 weeks. Completed 8 weeks of physical "
          "therapy with no relief; naproxen daily without benefit. Cauda equina syndrome felt "
          "unlikely. Exam: left straight leg raise positive at 40 degrees, left EHL 4/5, "
          "diminished left ankle reflex.")
UNKNOWN_AGE = ("Follow-up: history of breast cancer treated in 2019. New night pain in the "
               "thoracic spine and unintentional weight loss of 12 pounds over two months.")


def _facts(findings_of, note, age=58):
    _, result = findings_of(note, RECEIVED)
    return CaseFacts(RECEIVED, age, tuple(result.findings),
                     document_dates=(("note", RECEIVED),), texts=(("note", note),))


def _entries(guideline):
    return (*guideline.definitions.values(), *guideline.requirements, *guideline.exclusions,
            *guideline.indications)


@pytest.mark.parametrize("note", [EMERGENT, DENIED, COURSE, UNKNOWN_AGE])
def test_every_entry_result_is_the_built_criterions(findings_of, note):
    facts = _facts(findings_of, note)
    files = [load_red_flags()]
    for guideline in load_all().values():
        cpt = sorted(guideline.governs)[0]
        files.append((guideline, facts.replace(cpt=cpt)))
    files[0] = (files[0], facts)
    seen = set()
    for guideline, case in files:
        built, read = _Evaluator(guideline, case), _Evaluator(guideline, case)
        for entry in _entries(guideline):
            expected = built.entry(entry).result
            assert read.entry_result(entry) == expected, (guideline.id, entry.id)
            seen.add(expected)
    assert {"met", "not_met"} <= seen  # the notes reach both sides of the rules


def test_red_flags_raises_the_emergent_note_and_not_its_denial(findings_of):
    flags = load_red_flags()
    raised = red_flags(flags, _facts(findings_of, EMERGENT))
    assert [r.id for r in raised] == ["contract-red-flags.cauda-equina"]
    # the raised line carries the criteria the full evaluation builds, evidence and all
    full = _Evaluator(flags, _facts(findings_of, EMERGENT)).entry(
        next(e for e in flags.indications if e.id == raised[0].id))
    assert raised[0].model_dump() == full.model_dump()
    assert raised[0].evidence
    assert red_flags(flags, _facts(findings_of, DENIED)) == []


def test_a_disputed_line_is_still_read_leniently():
    """A line that the notes both state and rule out is undecided, not dropped: its lenient
    reading raises it (rules/red_flags.yaml `unless`)."""
    from spinecite.extractors.models import Evidence, Finding

    note = ("ED note: concern for cauda equina syndrome. Neurosurgery consult: no cauda equina "
            "syndrome on exam.")

    def said(text, assertion):
        start = note.index(text)
        return Finding(code="cauda_equina_syndrome", assertion=assertion,
                       document_date=RECEIVED, evidence=[Evidence(
                           document="note", start=start, end=start + len(text), text=text)])

    flags = load_red_flags()
    ces = next(e for e in flags.indications if e.id == "contract-red-flags.cauda-equina")
    disputed = CaseFacts(RECEIVED, 40, (said("concern for cauda equina syndrome", "possible"),
                                        said("no cauda equina syndrome", "absent")),
                         document_dates=(("note", RECEIVED),), texts=(("note", note),))
    assert _Evaluator(flags, disputed).entry_result(ces) == "unknown"
    assert [r.id for r in red_flags(flags, disputed)] == [ces.id]
    # only ruled out: nothing raised
    ruled_out = CaseFacts(RECEIVED, 40, (said("no cauda equina syndrome", "absent"),),
                          document_dates=(("note", RECEIVED),), texts=(("note", note),))
    assert red_flags(flags, ruled_out) == []
