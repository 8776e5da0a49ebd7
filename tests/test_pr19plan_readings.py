"""probe19a F4/N3, probe19b B3: what the notes' words plan. A referral to a surgeon of another
organ is no spine intervention; a blood patch named in the Plan is planned; a brace the note
says "will be fitted" is still to come. Every sentence is new."""
import pytest


# ---- a surgeon of another organ: no spine intervention -----------------------------------

@pytest.mark.parametrize("text", [
    "Known PAD with calf claudication; vascular surgery referral placed.",
    "Umbilical hernia, reducible. General surgery consult requested for elective repair.",
    "Gallstones on ultrasound: general surgical referral for cholecystectomy.",
    "Breast mass on mammogram, breast surgery consult was requested today.",
    "Trigger finger R hand - hand surgery referral.",
])
def test_a_referral_to_a_surgeon_of_another_organ_is_no_planned_intervention(assertions_of,
                                                                            text):
    assert assertions_of(text, "intervention_planned") == set()


@pytest.mark.parametrize("text", [
    # look-alikes that stay a spine plan
    "Spine surgery referral placed for the L4-5 stenosis.",
    "Neurosurgery referral for possible decompression.",
    "Surgical referral placed for L5-S1 discectomy.",
    # another organ's referral beside a spine one: the spine one still counts
    "Vascular surgery referral for PAD; also referred to neurosurgery for the L4-5 stenosis.",
])
def test_a_spine_surgery_referral_stays_a_planned_intervention(assertions_of, text):
    assert "present" in assertions_of(text, "intervention_planned")


# ---- an epidural blood patch named in the Plan ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Plan: targeted repeat epidural blood patch; CT myelogram first to find the leak.",
    "PLAN: 1) repeat epidural blood patch next week.",
    "Plan: second blood patch at T10 under fluoroscopy.",
])
def test_a_blood_patch_in_the_plan_is_planned(assertions_of, text):
    assert "present" in assertions_of(text, "intervention_planned")


def test_a_blood_patch_done_is_no_plan(assertions_of):
    text = "She had a lumbar epidural blood patch on 10/02/2026 with two weeks of relief."
    assert assertions_of(text, "intervention_planned") == set()
    assert "present" in assertions_of(text, "recent_spinal_procedure")


# ---- a brace to come: hypothetical, also under a condition -------------------------------

@pytest.mark.parametrize("text", [
    "If the MRI confirms a pars stress reaction, he will be fitted for a TLSO and kept out of "
    "football for 3 months.",
    "She will be fitted for a Boston brace next week.",
    "Should the scan show an active lesion, he would be placed in an LSO.",
])
def test_a_brace_the_note_says_will_be_fitted_is_hypothetical(assertions_of, text):
    found = assertions_of(text, "activity_modification")
    assert "hypothetical" in found
    assert "present" not in found


@pytest.mark.parametrize("text", [
    "She was fitted for a TLSO brace last month and wears it during the day.",
    "Fitted for a lumbar corset in clinic today.",
])
def test_a_brace_already_fitted_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "activity_modification")
