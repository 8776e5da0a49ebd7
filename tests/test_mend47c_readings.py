"""Readings of treatments, imaging and visits (session 47, mend47c; the blind batch e801-e840).
Each fix on invented sentences, with near-misses that keep their old reading.

1. Osteopathic manipulative treatment abbreviated ("OMT", "OMM") is no chiropractic care (dev
   e087 and the blind writers: OMT has no finding code; the guidelines name it apart). "SMT"
   (spinal manipulative therapy, a chiropractor's) keeps its reading.
2. "Further PT not indicated until imaging" / "further skilled PT not expected to change ..."
   ends a course told elsewhere: no plan of the therapy, even after a "Goals:" line.
3. A drug "not added" in a Plan ("Gabapentin not added (prefers to avoid sedation)") was not
   given: absent (ANNOTATION 'Declined or refused').
4. Illicit fentanyl ("fentanyl test strips", "return to injecting (fentanyl)") is no pain
   medicine (dev gold: no analgesic span); fentanyl given for pain keeps its reading.
5. "Seen in clinic w/ daughter": a companion, not a relative's finding.
6. "has not called the PT place yet": the therapy not begun (absent, ANNOTATION "Therapy status").
7. "She prefers to avoid opioids": a preference told in passing, no plan of the class (dev e399).
"""

import pytest

from note_text import HEADER, hpi_note, plan_note


@pytest.mark.parametrize("text, want", [
    (HEADER + "Osteopathic exam: L4 FRS right.\nOMT performed today: muscle energy, counterstrain.\n", set()),
    (hpi_note("Tried naproxen and OMT x3 here; OMM clinic follow-up."), set()),
    (HEADER + "Tx today: SMT lumbar/pelvis, soft tissue.\n", {"present"}),
    (hpi_note("Saw a chiropractor x4 in October."), {"present"}),
])
def test_omt_is_no_chiropractic_care(assertions_of, text, want):
    assert assertions_of(text, "chiropractic_care") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "PT DISCHARGE\nDates: PT 10/01/26 - 11/20/26, 12 visits.\n"
     "Goals: walk 30 min - not met. Further PT not indicated until MRI reviewed.\n", {"present"}),
    (HEADER + "PT DISCHARGE\nDates: PT 10/01/26 - 11/20/26, 12 visits.\n"
     "Goals: sleep 6 h - not met.\nPt aware further skilled PT not expected to change the numbness.\n",
     {"present"}),
    # a plan of therapy keeps its reading
    (plan_note("PT referral 2x/wk x 6 wks."), {"hypothetical"}),
])
def test_further_therapy_not_indicated_plans_none(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want


@pytest.mark.parametrize("text, want", [
    (plan_note("Cont duloxetine. Pregabalin not added (she prefers to avoid dizziness).",
               hpi="neck and arm pain x 8 wks, on duloxetine."), {"present", "absent"}),
    (plan_note("Add pregabalin 75 mg bid.", hpi="neck and arm pain x 8 wks."), {"hypothetical"}),
])
def test_a_drug_not_added_was_not_given(assertions_of, text, want):
    assert assertions_of(text, "neuropathic_agent") == want


@pytest.mark.parametrize("text, want", [
    (plan_note("Naloxone kit refilled, fentanyl test strips, SSP info."), set()),
    (hpi_note("Back pain x 1 wk. Reports return to injecting (fentanyl) 2 wks ago."), set()),
    (hpi_note("Back pain x 1 wk; injects fentanyl daily."), set()),
    # fentanyl given for the pain keeps its reading
    (HEADER + "ED course: fentanyl 50 mcg IV given, pain 9 -> 6.\n", {"present"}),
])
def test_illicit_fentanyl_is_no_analgesic(assertions_of, text, want):
    assert assertions_of(text, "analgesic") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Seen in clinic w/ son. 70M with low back pain.\n", {"present"}),
    (HEADER + "Seen in clinic with daughter. 70F with low back pain.\n", {"present"}),
])
def test_a_companion_is_no_relative_finding(assertions_of, text, want):
    assert assertions_of(text, "in_person_exam") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Portal message: I have not called the PT place yet because of my work hours.\n", {"absent"}),
    (HEADER + "Phone note: pt has not called PT yet; number given again.\n", {"absent"}),
    # the clinic's call not made keeps the therapy's reading
    (HEADER + "Portal message: PT has not called me yet to schedule.\n", {"hypothetical"}),
])
def test_therapy_not_called_yet_is_not_started(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want


@pytest.mark.parametrize("text, want", [
    (plan_note("Acetaminophen 1 g TID. She prefers to avoid opioids. RTC 2 wks."), {"hypothetical"}),
    (plan_note("Oxycodone 5 mg q6h prn x 5 days.", hpi="back pain x 2 wks, on acetaminophen."),
     {"present", "hypothetical"}),
])
def test_a_class_preference_is_no_plan(assertions_of, text, want):
    assert assertions_of(text, "analgesic") == want
