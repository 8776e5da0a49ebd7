"""assert36, fix 1: a treatment named as what an outcome is awaited from is the course under way.

"If no better after PT, consider ESI", "Consider TFESI if not improving after the PT course",
"would reconsider if not better after a full course of PT", "sooner if PT stalls", "imaging at
f/u after PT ends": the plan waits on the outcome of a therapy the note has going, so that
mention is the course (present), not a new one planned (ANNOTATION 'Conditions that still
hold'; 'A treatment already tried stays present wherever it is written'). Dev: d177, d874,
d896, d986, e122, e173, e237, e258, e350 (gold physical_therapy present only; read present and
hypothetical before).

Near-misses keep their reading: a course started today ("Start PT ... If no improvement after
6 weeks of PT"), a condition that names no outcome of the therapy ("If no better after 2
weeks, start PT"), a referral on a condition ("If no better, PT referral").
"""

import pytest

PT = "physical_therapy"


def _note(hpi, plan):
    return f"Clinic 11/27/2026\nHPI: {hpi}\n\nPlan:\n{plan}\n"


GOING = "Doing PT 2x/wk since 11/01, 6 visits so far, some help."


@pytest.mark.parametrize("plan", [
    "- Continue HEP.\n- If no better after PT, consider pain management referral.",
    "- Consider R L4-5 TFESI if not improving after the PT course.",
    "- If leg pain or weakness develops, or no improvement after PT, will consider MRI.",
    "- MRI not indicated now; would reconsider if not better after\n  a full course of PT.",
    "- If not improving after total of 6 wks PT, consider SIJ injection.",
    "- If weakness develops, or no further progress after PT re-eval, consider TFESI.",
    "- Recheck 3-4 wks; sooner if PT stalls.",
    "- Imaging to be discussed at f/u visit after PT ends.",
    "- Spine referral if symptoms persist despite PT.",
])
def test_a_course_whose_outcome_is_awaited_is_going(assertions_of, plan):
    assert assertions_of(_note(GOING, plan), PT) == {"present"}


def test_the_same_for_another_treatment(assertions_of):
    note = _note("Chiropractic 2x/wk since October, helps some.",
                 "- If no relief after chiropractic care, consider PM&R referral.")
    assert assertions_of(note, "chiropractic_care") == {"present"}


@pytest.mark.parametrize("hpi, plan", [
    # a course begun today: the condition's PT is the planned one
    ("Low back pain for 3 weeks, no treatment yet.",
     "- Start PT 2x/wk x 6 wks.\n- If no improvement after 6 weeks of PT, consider MRI."),
    # no outcome of PT: the comma ends the condition before PT
    ("Low back pain for 3 weeks, no treatment yet.",
     "- If no better after 2 weeks, start PT."),
])
def test_a_planned_course_stays_hypothetical(assertions_of, hpi, plan):
    assert assertions_of(_note(hpi, plan), PT) == {"hypothetical"}


@pytest.mark.parametrize("plan", [
    "- If no better after 2 weeks, start PT.",
    "- If no better, PT referral.",
])
def test_a_new_course_beside_an_old_one_stays_planned(assertions_of, plan):
    note = _note("PT in 2019 helped a prior episode.", plan)
    assert assertions_of(note, PT) == {"present", "hypothetical"}
