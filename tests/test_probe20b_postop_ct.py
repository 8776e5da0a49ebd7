"""NIA lumbar CT reads its post-operative follow-up line as the MRI twin does (probe20b c04).

"A follow-up study may be needed ... after ... surgery in the last 6 months. Documentation
requires a medical reason ... (routine surveillance post-op not indicated without symptoms)"
stands in both NIA lumbar files in the same words: back or leg pain that came back or worsened
since an operation of the last six months is that reason for the CT as for the MRI
(rules/fragments.yaml `nia_symptoms_back_since_the_operation`). A routine post-operative check,
or an operation years ago, is not. Every note is written here."""

import pytest


_LINE = "nia-lumbar-ct.post-operative.follow-up-6-months"


def _note(hpi):
    return ("Spine clinic 11/18/2026\nHPI: " + hpi + "\nExam: Strength 5/5. Incision healed.\n"
            "Plan: CT lumbar spine.\n")


@pytest.mark.parametrize("hpi", [
    "S/p right L5-S1 laminectomy on 08/25/2026. Two weeks ago his right sciatica returned and "
    "is getting worse.",
    "Underwent L4-5 TLIF on 07/14/2026. Since early November his low back pain has come back "
    "and is steadily worsening.",
])
def test_pain_back_and_worse_since_a_recent_operation_meets_it(review_under, criterion_result, hpi):
    note = _note(hpi)
    assert criterion_result(review_under(note, ["nia-lumbar-ct"], age=60, sex="M"), _LINE) == "met"


@pytest.mark.parametrize("hpi", [
    # routine surveillance: no symptoms
    "S/p L4-5 TLIF on 08/03/2026. Doing well, leg pain resolved, walking daily. "
    "Routine post-operative check.",
    # an operation long past: not "in the last 6 months"
    "S/p L4-5 TLIF in 2021. Over the last 2 weeks his low back pain is getting worse.",
])
def test_routine_check_or_old_operation_does_not(review_under, criterion_result, hpi):
    note = _note(hpi)
    assert criterion_result(review_under(note, ["nia-lumbar-ct"], age=60, sex="M"), _LINE) != "met"
