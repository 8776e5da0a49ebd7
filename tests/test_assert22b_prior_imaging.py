"""Prior imaging read from a Plan and beside the note's own films (session 22, assert22b).

1. A denial of all imaging written in a Plan or an A/P block ("P: ... no imaging so far",
   "A/P: failed 7 wks PT; no prior lumbar imaging") was read as a study the Plan orders and
   dropped: the rule that reads the denial by itself (metadata absent) was not taken for a
   negation. It denies x-ray, MRI and CT (DETERMINATIONS d309, d335).
2. "No prior lumbar imaging" / "never imaged" in a note that reports its own radiographs
   denies the MRI and CT, not the x-ray the note shows (d245, d353, d439).
3. A cue of something done further along a Plan's order line ("- MRI T-spine (she did well
   with a mock scanner)", "- CT C-spine today (she is on dialysis)", "P: MRI L-spine w/o -
   failed 8 wks chiropractic") is no sign the ordered study was done (d289, d527, d333).
"""

import pytest

IMAGING = ("prior_xray", "prior_mri", "prior_ct")


def _note(body):
    return f"Clinic 11/27/2026\nHPI: low back pain into the L leg for 9 weeks.\n{body}\n"


@pytest.mark.parametrize("body", [
    "P: Adjustments 2x/wk. Patient wonders about a scan; no imaging so far.",
    "Plan: HEP, naproxen. Has not had any imaging.",
    "A/P:\n1. L L5 radiculopathy, failed 7 wks PT and meloxicam. No prior lumbar imaging.\n"
    " - MRI lumbar spine without contrast",
    "Assessment/Plan: no better after 6 weeks of therapy; no previous spine imaging.\n"
    " - MRI L-spine w/o",
])
def test_a_denial_of_all_imaging_in_a_plan_denies_all_three(assertions_of, body):
    for code in IMAGING:
        assert assertions_of(_note(body), code) == {"absent"}, code


@pytest.mark.parametrize("body", [
    "Plan: MRI lumbar spine without contrast.",
    "Plan: lumbar x-rays and MRI if no better in 4 weeks.",
    "P: CT L-spine w/o contrast (pacemaker).",
])
def test_the_study_a_plan_orders_stays_no_finding(assertions_of, body):
    for code in IMAGING:
        assert assertions_of(_note(body), code) == set(), code


def test_a_denied_drug_in_a_plan_keeps_its_reading(assertions_of):
    # the change reads rule denials of studies and treatments only; a telehealth follow-up
    # to come stays no finding
    assert assertions_of(_note("Plan: telehealth visit in 3 weeks."), "in_person_exam") == set()


@pytest.mark.parametrize("body", [
    "Lumbar x-rays 09/30/2026: mild L4-5 narrowing, no listhesis.\nNo prior lumbar imaging.",
    "Impression: L L5 radiculopathy, never imaged.\nXR L-spine today: mild spondylosis.",
    "Assessment: likely L5-S1 disc herniation (not yet imaged).\n"
    "Radiographs L-spine 10/14/2026: disc space narrowing L5-S1.",
])
def test_a_denial_of_all_imaging_beside_the_notes_own_films(assertions_of, body):
    text = _note(body)
    assert assertions_of(text, "prior_xray") == {"present"}
    assert assertions_of(text, "prior_mri") == {"absent"}
    assert assertions_of(text, "prior_ct") == {"absent"}


@pytest.mark.parametrize("body", [
    "No prior lumbar imaging.",
    "Never had back imaging.\nPlan: MRI L-spine and lumbar x-rays.",
])
def test_without_films_the_denial_still_denies_the_x_ray(assertions_of, body):
    assert assertions_of(_note(body), "prior_xray") == {"absent"}


@pytest.mark.parametrize("body", [
    "Plan:\n- MRI thoracic spine without contrast (no sedation - he did fine in a practice "
    "scanner) to look for a syrinx.",
    "Plan:\n- CT lumbar spine with IV contrast today (she is on hemodialysis, so contrast is "
    "acceptable).",
    "P: MRI C-spine w/o - failed > 8 wks PT + NSAID. Surgical referral placed.",
])
def test_a_done_cue_away_from_an_ordered_study(assertions_of, body):
    text = _note(body)
    for code in ("prior_mri", "prior_ct"):
        assert "present" not in assertions_of(text, code), code


def test_a_study_reviewed_in_the_plan_was_done(assertions_of):
    text = _note("A/P: reviewed his CT together; no fracture. Brace for comfort.")
    assert assertions_of(text, "prior_ct") == {"present"}


# 4. A device or clearance letter that allows a study ("CT is acceptable", "CT is the
#    appropriate alternative", "Please use CT") names the study to be done, not one done
#    (d324, d341, d611, d640, d656).
@pytest.mark.parametrize("body", [
    "Letter from the device clinic: the stimulator is MR Unsafe. CT is acceptable.",
    "Electrophysiology: the ICD is not MR-conditional; CT would be the preferred alternative.",
    "Our pacing service will not support MRI scanning. Please use CT.",
    "EP note: no MRI at any field strength. CT imaging is acceptable.",
])
def test_a_study_a_letter_allows_was_not_done(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "prior_ct")


@pytest.mark.parametrize("body, code", [
    ("CT L-spine 10/2026 showed acceptable alignment of the fusion.", "prior_ct"),
    ("Lumbar x-rays 10/02: alignment acceptable, no fracture.", "prior_xray"),
    ("Post-op MRI shows appropriate decompression at L4-5.", "prior_mri"),
])
def test_a_done_study_with_an_acceptable_result(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}
