"""Readings of treatments, imaging and visits (session 46, mend46c; the blind batch e761-e800).
Each fix on invented sentences, with near-misses that keep their old reading.

1. "No further skilled PT indicated" ends a course: no denial of the therapy (ANNOTATION
   'further PT is not indicated' after a completed course denies no PT).
2. A form field answered "not yet" ("PT: not yet.") denies the treatment.
3. A treatment held until a condition is met ("No PT until fracture excluded") is no finding
   (ANNOTATION 'Held treatments').
4. "No anticoagulation pending possible surgery": the held drug's denial is not the operation's.
5. "Last in-person visit 2024": a past visit, no finding of this contact's exam.
6. A therapy's first visit booked ("PT evaluation scheduled 12/14", "PT start date confirmed")
   is to come: hypothetical; "I'll do the x-rays and the PT" too.
7. A study on a day still to come ("X-rays Thursday at 7:30", "CT tomorrow"), one not to be
   had ("an MRI isn't available for 3 weeks", "MRI avoided", "failed 2 MRIs without GA",
   "No MRI - ICD"), one awaiting approval ("Is the MRI approved yet?", "submitted the MRI"):
   no prior study.
8. A treatment or operation waiting on a study ("Depending on the findings, TFESI", "TFESI or
   surgical decompression depending on imaging") is planned, no prior surgery.
9. A course told done with its failure ("poor response to 7 weeks of PT", "PT plus NSAID
   without benefit") stays present in a Plan.
10. "did not attend PT between 09/24 and 10/08" is a gap in a course, no denial.
11. "No imaging evidence of demyelination" denies a finding, not the study.
12. A therapy's paperwork ("the PT summary", "PT records") is not the course (dev: no such mention
    annotated).
13. A doubt of a treatment's effect ("not sure whether the PT helped") is no doubt it was had.
"""

import pytest

from note_text import HEADER, hpi_note, plan_note


@pytest.mark.parametrize("text, want", [
    (HEADER + "A: plateau after 6 wks.\nP: D/C to HEP. No further skilled PT indicated now.\n", set()),
    (HEADER + "Assessment: goals met. No further chiropractic visits needed.\n", set()),
    # the bare denial keeps its reading
    (hpi_note("No PT so far; has been using ice."), {"absent"}),
])
def test_no_further_therapy_indicated_denies_no_course(assertions_of, text, want):
    code = "chiropractic_care" if "chiropractic" in text else "physical_therapy"
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("body, want", [
    ("Tried so far: ibuprofen. PT: not yet. Injections: none.", {"absent"}),
    ("Tried so far: ibuprofen. PT: yes, 6 visits in October.", {"present"}),
])
def test_a_field_answered_not_yet_denies(assertions_of, body, want):
    assert assertions_of(hpi_note(body), "physical_therapy") == want


@pytest.mark.parametrize("body, code, want", [
    ("Collar on. No massage or PT until the fracture is excluded.", "physical_therapy", set()),
    ("No NSAIDs until the renal labs are back.", "nsaid", set()),
    ("No PT yet; she prefers to wait.", "physical_therapy", {"absent"}),
])
def test_a_held_treatment_is_no_finding(assertions_of, body, code, want):
    assert assertions_of(hpi_note(body), code) == want


def test_a_restriction_until_a_study_stays_a_restriction(assertions_of):
    assert assertions_of(plan_note("- No soccer until the MRI is reviewed."), "activity_modification")


def test_a_held_drug_does_not_deny_the_operation(assertions_of):
    text = plan_note("1) Spine surgery paged now. 2) No anticoagulation pending possible surgery.")
    assert "absent" not in assertions_of(text, "intervention_planned")


@pytest.mark.parametrize("text, want", [
    (HEADER + "Video visit. Exam limited - video only.\nLast in-person visit with us 2023 (hip).\n",
     {"absent"}),
    (HEADER + "In-person visit today. Exam: strength 5/5.\n", {"present"}),
    (HEADER + "Request form\nDate of last in-person exam: 11/20/2026\n", {"present"}),
])
def test_a_past_in_person_visit_is_no_finding(assertions_of, text, want):
    assert assertions_of(text, "in_person_exam") == want


@pytest.mark.parametrize("body, want", [
    ("Comment: member prefers imaging first; PT evaluation scheduled 01/05/2027.", {"hypothetical"}),
    ("RN called back; callback number verified and PT start date confirmed.", {"hypothetical"}),
    ("Sure, I'll do the PT and the stretches.", {"hypothetical"}),
    ("PT evaluation 10/02 found poor core control; 8 visits since.", {"present"}),
])
def test_a_first_visit_booked_is_to_come(assertions_of, body, want):
    assert assertions_of(hpi_note(body), "physical_therapy") == want


@pytest.mark.parametrize("body, code", [
    ("Lumbar x-rays Friday at 8:15 before work.", "prior_xray"),
    ("The imaging center can fit in a CT tomorrow.", "prior_ct"),
    ("He says an MRI isn't available for 4 weeks.", "prior_mri"),
    ("Is the MRI approved yet?", "prior_mri"),
    ("I have resubmitted the MRI with your note.", "prior_mri"),
    ("CT lumbar spine (MRI avoided - claustrophobia).", "prior_mri"),
    ("Very claustrophobic - failed 3 MRIs even with lorazepam.", "prior_mri"),
    ("No MRI - pacemaker, not conditional.", "prior_mri"),
])
def test_a_study_to_come_or_not_had_is_no_prior_study(assertions_of, body, code):
    assert assertions_of(hpi_note(body), code) == set()


@pytest.mark.parametrize("body, code, want", [
    ("MRI Friday showed an L4-5 protrusion.", "prior_mri", {"present"}),
    ("No MRI to date.", "prior_mri", {"absent"}),
    ("No MRI (spinal cord stimulator).", "prior_mri", {"absent"}),
])
def test_studies_had_or_denied_keep_their_reading(assertions_of, body, code, want):
    assert assertions_of(hpi_note(body), code) == want


@pytest.mark.parametrize("text, code, want", [
    (HEADER + "Assessment: L5 radiculopathy. Depending on the results, L5 TFESI.\n",
     "epidural_steroid_injection", {"hypothetical"}),
    (HEADER + "Assessment: L4 radiculopathy, good candidate for TFESI or surgical decompression "
     "depending on CT.\n", "prior_spine_surgery", set()),
    (HEADER + "PSH: L4-5 laminectomy 2019.\nAssessment: recurrent pain. ESI depending on MRI.\n",
     "prior_spine_surgery", {"present"}),
])
def test_a_treatment_waiting_on_a_study_is_planned(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("lines, code, want", [
    ("- MRI lumbar spine: poor response to 8 weeks of PT and meds.", "physical_therapy", {"present"}),
    ("- Discussion: 6 wks of PT plus ibuprofen without benefit; MRI now.", "nsaid", {"present"}),
    ("- PT 2x/wk x 6 wks; MRI if 6 weeks pass without improvement.", "physical_therapy", {"hypothetical"}),
])
def test_a_course_told_failed_in_a_plan_was_had(assertions_of, lines, code, want):
    assert assertions_of(plan_note(lines), code) == want


def test_a_gap_in_a_course_is_no_denial(assertions_of):
    text = HEADER + "Re: gap in care. She did not attend physical therapy between 10/02/2026 and 10/16/2026.\n"
    assert assertions_of(text, "physical_therapy") == set()


@pytest.mark.parametrize("body, want", [
    ("Impression: Normal brain MRI. No imaging evidence of demyelination.", set()),
    ("No imaging to date.", {"absent"}),
])
def test_no_imaging_evidence_denies_the_finding_not_the_study(assertions_of, body, want):
    assert assertions_of(hpi_note(body), "prior_ct") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Portal reply: we sent the auth request today with your visit note and the PT summary.\n"
     "HPI: leg pain.\n", set()),
    (HEADER + "HPI: leg pain. Completed 6 wks of PT in October, no help.\n", {"present"}),
])
def test_a_therapys_paperwork_is_not_the_course(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want


@pytest.mark.parametrize("body, want", [
    ("Pt is not sure whether the PT helped much; did the exercises most days.", {"present"}),
    ("Unclear whether the chiropractor helped.", {"present"}),
    ("Not sure whether she has had PT before.", {"hypothetical"}),
])
def test_a_doubt_of_a_treatments_effect_is_no_doubt_it_was_had(assertions_of, body, want):
    code = "chiropractic_care" if "chiro" in body else "physical_therapy"
    assert assertions_of(hpi_note(body), code) == want
