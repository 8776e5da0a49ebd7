"""A nerve study that reports a neuropathy names a peripheral neuropathy (probe21 n15).

"EMG 11/25/2026: R common peroneal neuropathy at the fibular head; no evidence of L5
radiculopathy" is no abnormal_emg (a study of the nerves, not of the root: the NOT_A_FINDING
rule of pipeline/resources/targets/imaging.json), but the rule used to swallow the neuropathy
it reports as well, so a peroneal foot drop with a pacemaker met Cohere's "Objective muscle
weakness not related to peripheral neuropathy" and NIA CT's "New onset foot drop (Not related
to a peripheral nerve injury e.g., peroneal nerve)". The rule now covers the study's name only;
the neuropathy is read by its own rules. Every note is written here."""

import pytest


@pytest.mark.parametrize("line", [
    "EMG 11/25/2026: R common peroneal neuropathy at the fibular head; no evidence of L5 "
    "radiculopathy.",
    "EMG: common peroneal neuropathy at the fibular head.",
    "NCS showed mild sensorimotor polyneuropathy in both legs.",
    "EMG/NCS 10/2026 - bilateral carpal tunnel syndrome.",
    "Nerve conduction study consistent with length-dependent axonal polyneuropathy.",
])
def test_the_neuropathy_a_study_reports_is_read(assertions_of, line):
    note = "Neurology 11/27/2026\nResults: " + line + "\n"
    assert assertions_of(note, "peripheral_neuropathy") == {"present"}
    assert "present" not in assertions_of(note, "abnormal_emg")


@pytest.mark.parametrize("line, emg", [
    # a study that shows the root stays an abnormal study
    ("EMG shows chronic L5 radiculopathy with active denervation.", {"present"}),
    # a study that denies a neuropathy names none
    ("EMG/NCS 09/2026 showed no peripheral neuropathy.", {"absent"}),
])
def test_a_study_of_the_root_or_a_denied_neuropathy_is_unchanged(assertions_of, line, emg):
    note = "Neurology 11/27/2026\nResults: " + line + "\n"
    assert "present" not in assertions_of(note, "peripheral_neuropathy")
    if "radiculopathy" in line:
        assert assertions_of(note, "abnormal_emg") == emg


_PERONEAL = (
    "Neurology note 11/24/2026\n"
    "HPI: R foot drop for 4 weeks after sitting cross-legged for hours. No back pain.\n"
    "EMG 11/20/2026: R common peroneal neuropathy at the fibular head; no evidence of L5 "
    "radiculopathy.\n"
    "PMH: pacemaker, not MRI conditional.\n"
    "Exam: R ankle dorsiflexion 2/5, R foot drop.\n"
    "Plan: CT lumbar spine.\n")

_ROOT = (
    "Neurology note 11/24/2026\n"
    "HPI: R foot drop for 3 weeks with low back pain. No injury.\n"
    "EMG 11/20/2026: acute R L5 radiculopathy; no peroneal neuropathy.\n"
    "PMH: pacemaker, not MRI conditional.\n"
    "Exam: R ankle dorsiflexion 2/5, R foot drop.\n"
    "Plan: CT lumbar spine.\n")


def _outcome(result, guideline):
    return next(d.outcome for d in result.determinations if d.guideline == guideline)


def test_a_peroneal_foot_drop_meets_no_ct_line(review_under):
    result = review_under(_PERONEAL, ["nia-lumbar-ct", "cohere-ct-spine"], age=64, sex="M")
    assert _outcome(result, "nia-lumbar-ct") == "not_met"
    assert _outcome(result, "cohere-ct-spine") == "not_met"


def test_a_root_foot_drop_with_a_pacemaker_still_meets_them(review_under):
    result = review_under(_ROOT, ["nia-lumbar-ct", "cohere-ct-spine"], age=64, sex="M")
    assert _outcome(result, "nia-lumbar-ct") == "met"
    assert _outcome(result, "cohere-ct-spine") == "met"
