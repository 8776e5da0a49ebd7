"""eviCore SP-1.2 "acute spinal cord compression from primary or metastatic spinal neoplastic
disease is suspected by history and physical examination": a known cancer, not in remission,
with a new picture of the cord (weakness of both legs; an upper motor neuron sign with an
unsteady gait or clumsy hands) is that suspicion before anyone writes "metastatic" - the line
now agrees with the contract's red flag (rules/fragments.yaml known_cancer_new_cord_picture,
shared with red_flags.yaml). A cancer in remission, or one weak limb, is not."""

import pytest

LINE = "evicore-spine.red-flag.cancer-cord-compression"


def _cancer_line(review_note, text):
    result = review_note(text, age=64, cpt="72146")
    evicore = next(d for d in result.determinations if d.guideline == "evicore-spine")
    return LINE in {c.id for c in evicore.criteria if c.result == "met"}, result.priority


@pytest.mark.parametrize("text", [
    ("ED visit 11/20/2026. 64 yo man with lung adenocarcinoma on chemotherapy. Ten days of mid "
     "back pain; since Monday both legs feel heavy. Exam: hip flexors 4/5 bilaterally, "
     "knee extension 4/5 bilaterally.\nPlan: MRI thoracic spine."),
    ("Oncology clinic 11/20/2026. Renal cell carcinoma, resected 2025, on surveillance. New "
     "upper back pain for 3 weeks; now walks with a wide-based unsteady gait and has sustained "
     "ankle clonus on the left.\nPlan: MRI thoracic spine."),
])
def test_a_known_cancer_with_a_new_cord_picture_meets_the_cancer_line(review_note, text):
    met, priority = _cancer_line(review_note, text)
    assert met
    assert priority == "urgent"


@pytest.mark.parametrize("text", [
    # in remission: the cancer is no neoplastic disease now
    ("Clinic 11/20/2026. Breast cancer 2010, treated, no evidence of disease since. Mid back "
     "pain x 3 weeks; both legs 4/5 at the hips.\nPlan: MRI thoracic spine."),
    # one weak limb: a root's picture, not the cord's
    ("Clinic 11/20/2026. Prostate cancer on leuprolide. Mid back pain x 3 weeks. Right hip "
     "flexion 4/5, left leg full strength, reflexes normal.\nPlan: MRI thoracic spine."),
])
def test_a_cancer_without_a_new_cord_picture_does_not(review_note, text):
    met, _ = _cancer_line(review_note, text)
    assert not met
