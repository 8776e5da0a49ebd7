"""Readings of course and function (session 37, mend37a; the blind batch e401-e440).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. An informant added to the sources of the history ("Hx per NP note + son:") does not make
   the patient's pain family; one writing the patient's diary ("daughter fills it in") is
   left (strict xfail).
2. An update dated today inside a carried-forward block ("Interval update 11/30/2026: ...")
   is the note's own words, not the copy's.
3. activity_modification: a gait or deficit shown without the device ("steppage gait R w/o
   AFO", "w/o AFO toe catches") does not deny the device; heat by a warm towel or pack.

(The regex readings of e97346ad - severe scores, night pain, pastimes back, sameness, a limb
worse - were taken out in ef442927: MEND37A.md, Left.)
"""

import pytest

from note_text import section_note as _note


SEV = "severe_pain"
N = "night_pain"


def test_a_relative_added_to_the_sources_of_the_history_is_no_family(assertions_of):
    got = assertions_of(_note("Hx per NP note + son: pain 8/10 w/ transfers, better lying flat."), SEV)
    assert got and "family" not in got


# passes since the merge of mend37b's family-scope cues (a relative who helps or writes for the
# patient is no family finding); mend37a had left it as a strict xfail
def test_a_relative_writing_the_diary_is_no_family(assertions_of):
    body = "Reviewed her pain diary (daughter fills it in each evening): leg pain 7-9/10 most evenings."
    assert assertions_of(_note(body), SEV) == {"present"}


@pytest.mark.parametrize("body", [
    "FHx: mother + sister with back pain 8/10 for years.",
    "Her mother had back pain 9/10 for years.",
])
def test_a_relatives_pain_stays_family(assertions_of, body):
    assert assertions_of(_note(body, "Family history"), SEV) == {"family"}


_CARRIED = ("ONCOLOGY FOLLOW-UP 11/30/2026\n"
            "Subjective (carried forward from 05/2026, reviewed): Feels well. No bone pain.\n"
            "{line}\n")


def test_an_update_dated_today_in_a_carried_block_is_now(assertions_of):
    text = _CARRIED.format(line="Interval update 11/30/2026: The above is NOT current. Since late "
                                "Oct new mid-back pain, wakes her at 2-3 am. Pain 7/10 at night.")
    got = assertions_of(text, N)
    assert got == {"present"}


def test_a_carried_line_without_an_update_label_stays_old(assertions_of):
    text = _CARRIED.format(line="Back pain wakes her at 2-3 am. Pain 7/10 at night.")
    assert "present" not in assertions_of(text, N)


A = "activity_modification"


@pytest.mark.parametrize("body", [
    "Walks with cane + R AFO. Exam: steppage gait R w/o AFO.",
    "Gait 150 ft w/ SPC + R AFO, min steppage; w/o AFO toe catches R.",
])
def test_a_deficit_shown_without_the_device_does_not_deny_it(assertions_of, body):
    assert assertions_of(_note(body), A) == {"present"}


def test_walking_without_the_device_still_denies_it(assertions_of):
    assert "absent" in assertions_of(_note("Foot drop resolved; ambulates w/o AFO."), A)


@pytest.mark.parametrize("body", [
    "Daughter using a warm towel on her back at night.",
    "Uses warm packs + a support belt.",
])
def test_heat_by_a_warm_towel_or_pack_is_activity_modification(assertions_of, body):
    assert assertions_of(_note(body), A) == {"present"}


def test_a_warm_shower_easing_the_pain_stays_silent(assertions_of):
    assert assertions_of(_note("Stiff in the morning, eased by a warm shower."), A) == set()

