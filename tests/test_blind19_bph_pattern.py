"""Urinary symptoms the note names as the patient's own prostate or bladder condition ("are his
chronic BPH pattern") are that condition, not a new cauda equina sign (blind batch d620: a
68-year-old's unchanged slow stream and nocturia made the case urgent). The same words naming a
spinal cause, or denying the prostate as the cause, still raise the flag."""

import pytest

NOTE = ("ED 11/20/2026\nCC: back pain, trouble peeing\nHPI: 70M, BPH on tamsulosin, right "
        "sciatica for 3 days after lifting a bag of soil. Urinary hesitancy and a weak stream. "
        "No numbness in the saddle.\nExam: 5/5, reflexes 2+, saddle sensation intact, normal "
        "rectal tone.\nMDM: {mdm} Naproxen, PT referral.\n")


@pytest.mark.parametrize("mdm", [
    "The urinary symptoms are his chronic BPH pattern and unchanged.",
    "His hesitancy is his BPH, same as for years.",
    "Urinary complaints were his usual BPH symptoms.",
])
def test_a_complaint_named_as_his_bph_is_not_urgent(review_note, mdm):
    result = review_note(NOTE.format(mdm=mdm), age=70)
    assert result.priority == "routine"


@pytest.mark.parametrize("mdm", [
    "The urinary symptoms are not his BPH; new since the injury.",
    "The hesitancy is new and is his first bladder symptom.",
])
def test_a_complaint_not_put_on_the_prostate_stays_urgent(review_note, mdm):
    result = review_note(NOTE.format(mdm=mdm), age=70)
    assert result.priority == "urgent"
