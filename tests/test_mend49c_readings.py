"""Readings of treatments, imaging and exams (session 49, mend49c; the blind batch e881-e920).
Each fix on invented sentences, with near-misses that keep their old reading.

1. A steroid kept up for another disease is immunosuppression, not an oral-steroid course for
   the spine: "dexamethasone 20 mg weekly" (a myeloma regimen), "weekly dexamethasone", and
   "prednisone 5 mg (lupus, ...)" with the disease in the parenthesis after the dose.
2. An MRI screen's item answered "- none per pt" is denied, as "- none noted".
3. A dated "Telephone follow-up 11/26/2026" heading a note is a phone contact
   (in_person_exam absent, lead's ruling R7); a planned "telephone follow-up in 2 wks" is none.
4. A police or fire department's "PT test" (push-ups, a timed run) is no physical therapy.
5. A study's booking (an "MRI day", a "CT slot", "CT available 12/10", an "MRI appointment") is
   a study to come, no prior study; "next steps:" plans what follows, as "next step" does.
6. "encouraged PT" plans the therapy (hypothetical), as "suggested" does; "encouraged to
   continue PT" keeps it present.
"""

import pytest

from note_text import HEADER, clinic_note, hpi_note, plan_note, section_note


@pytest.mark.parametrize("text, code, want", [
    (hpi_note("On C3 of dara-pom-dex (dexamethasone 20 mg weekly). Back pain 3 wks."),
     "oral_steroid", set()),
    (hpi_note("On C3 of dara-pom-dex (dexamethasone 20 mg weekly). Back pain 3 wks."),
     "immunosuppression", {"present"}),
    (hpi_note("Myeloma on lenalidomide and weekly dexamethasone. Back pain 3 wks."),
     "oral_steroid", set()),
    (section_note("prednisone 5 mg (SLE, long-term), hydroxychloroquine, calcitriol.", "Meds"),
     "oral_steroid", set()),
    (section_note("prednisone 5 mg (SLE, long-term), hydroxychloroquine, calcitriol.", "Meds"),
     "immunosuppression", {"present"}),
    # a course for the pain keeps its reading
    (hpi_note("Prednisone 40 mg (taper) in October helped a few days."), "oral_steroid",
     {"present"}),
])
def test_a_steroid_kept_up_for_another_disease_is_no_oral_steroid(assertions_of, text, code,
                                                                     want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (section_note("MRI screen: no pacemaker; shrapnel - none per pt (never wounded).", "PMH"),
     {"absent"}),
    (section_note("MRI screen: retained shrapnel L thigh per pt.", "PMH"), {"present"}),
])
def test_a_screen_item_answered_none_per_pt_is_denied(assertions_of, text, want):
    assert assertions_of(text, "mri_contraindication") == want


@pytest.mark.parametrize("text, want", [
    ("CLINIC PHARMACY\nTelephone follow-up 11/26/2026 | A.B. 50F\n\n"
     "Called pt for med review; back pain unchanged.\n", {"absent"}),
    (plan_note("- Telephone follow-up in 2 wks."), set()),
])
def test_a_dated_telephone_follow_up_heading_is_a_phone_contact(assertions_of, text, want):
    assert assertions_of(text, "in_person_exam") == want


@pytest.mark.parametrize("text, want", [
    (section_note("Passed the department PT test (push-ups, 1.5-mile run) in May.",
                  "Social history"), set()),
    (hpi_note("Low back pain. PT twice weekly x 6 wks, no help."), {"present"}),
])
def test_a_department_pt_test_is_no_physical_therapy(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want


@pytest.mark.parametrize("text, code, want", [
    (clinic_note("Ok to order CT L-spine (MRI wait ~6 wks here, CT available 12/10)."),
     "prior_ct", set()),
    (clinic_note("Pt worried the MRI day will clash with her dialysis days - SW to help."),
     "prior_mri", set()),
    (clinic_note("Pt asks to move her MRI appointment to a Tuesday."), "prior_mri", set()),
    (clinic_note("Explained next steps: MRI of the neck without contrast, then a visit."),
     "prior_mri", set()),
    # a study had keeps its reading
    (hpi_note("MRI 2024 showed an L4-5 protrusion."), "prior_mri", {"present"}),
])
def test_a_studys_booking_is_no_study_had(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (hpi_note("Back pain 3 wks. Also encouraged PT - he will call to schedule."),
     {"hypothetical"}),
    (hpi_note("Back pain 3 wks. Encouraged to continue PT, which helps."), {"present"}),
])
def test_a_treatment_encouraged_is_planned(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want
