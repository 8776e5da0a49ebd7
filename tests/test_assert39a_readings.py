"""Symptom, exam-sign and function readings of dev's assertion confusions (session 39, assert39a).

1. A bare "back pain" (no low, lower, lumbar) in a case whose other document places the
   pain in the mid or upper back (thoracic_pain held now) is that thoracic pain, not low back
   pain: the target rule's `unless_beside` reaches across the case's documents
   (`unless_beside_in_case`), as it already did within one note.
2. A precaution for a symptom's worsening ("Return precautions: ... worsening leg weakness",
   "sooner if weakness increases") speaks of the symptom there now: an instructions section's
   default hypothetical yields to clauses.condition_holds as a HYPOTHETICAL cue does, and
   "increases" joins its words after the target.
3. "Mother has MS and pt worries her own back pain could be MS": the patient named as the
   subject again after a coordinator ends a relative's clause (a TERMINATE cue cutting FAMILY).
"""

import datetime as dt

import pytest

from note_text import clinic_note as _note
from readings import assertions_by_code, read_packet


def _findings(nlp, texts):
    notes = [(f"note{i}", dt.date(2026, 11, 20 + i), text) for i, text in enumerate(texts)]
    return assertions_by_code(read_packet(nlp, notes).findings)


CONSULT_MID = ("Spine consult 11/20/2026\nHPI: 70 yo with aching mid back pain x 3 weeks "
               "after lifting a box, worse at night.\nExam: tender over T8.\n")
CONSULT_LOW = ("Spine consult 11/20/2026\nHPI: 70 yo with aching low back pain x 3 weeks "
               "after lifting a box, worse at night.\nExam: tender over L4.\n")
CONSULT_NECK = ("Spine consult 11/20/2026\nHPI: 70 yo with neck pain x 3 weeks, "
                "worse at night.\nExam: tender over C6.\n")


@pytest.mark.parametrize("texts,expected", [
    ([CONSULT_MID, "RN phone note 11/21/2026\nPt called: back pain 8/10 since last night, took extra "
                   "acetaminophen.\n"], set()),
    ([CONSULT_MID, "Urgent care 11/21/2026\nCC: back pain\nS: fell off a step stool.\n"], set()),
    ([CONSULT_MID, "Message 11/21/2026\nMy back hurts more since Monday.\n"], set()),
    # must not: a case that names the low back keeps it, and a bare back pain beside a neck
    # pain (no thoracic pain anywhere) is still the low back
    ([CONSULT_LOW, "RN phone note 11/21/2026\nPt called: back pain 8/10 since last night.\n"], {"present"}),
    ([CONSULT_NECK, "RN phone note 11/21/2026\nPt called: back pain 8/10 since last night.\n"],
     {"present"}),
    # ... nor does a thoracic pain that reaches the low back, or a bare word whose own
    # words before it name the low back
    (["ED 11/20/2026\nHPI: fell off a ladder, sharp pain at the thoracolumbar junction.\n",
      "XR 11/21/2026\nClinical: fall, back pain.\n"], {"present"}),
    ([CONSULT_MID, "Urgent care 11/21/2026\nHPI: sharp mid-to-low back pain since a fall.\n"],
     {"present"}),
])
def test_a_bare_back_pain_is_the_thoracic_pain_another_document_places(nlp, texts, expected):
    assert _findings(nlp, texts).get("low_back_pain", set()) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("Exam: R EHL 4/5.\nPlan: gabapentin.\nReturn precautions: loss of bladder control, "
     "worsening leg weakness, fever.", "motor_weakness", {"present"}),
    ("Numb R foot. Exam: decreased LT R foot.\nPatient instructions: go to the ED for bladder "
     "changes or numbness that gets worse.", "paresthesia", {"present"}),
    # R9 (contract46): the weakness named in the condition is hypothetical; the exam's is present
    ("Exam: R EHL 4/5.\nPlan: gabapentin, recheck in 3 wks; sooner if weakness increases.",
     "motor_weakness", {"present", "hypothetical"}),
    # must not: a new sign to watch for stays hypothetical, and a worsening of a sign the
    # note denies and never states is only what to watch for
    ("Exam: R EHL 4/5.\nPlan: gabapentin.\nReturn precautions: new leg weakness, fever.",
     "motor_weakness", {"present", "hypothetical"}),
    ("Exam: strength 5/5 throughout.\nPlan: gabapentin.\nReturn precautions: loss of bladder "
     "control, worsening leg weakness, fever.", "motor_weakness", {"absent", "hypothetical"}),
])
def test_a_precaution_for_a_worsening_speaks_of_the_symptom_there_now(assertions_of, body,
                                                                        code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("HPI: LBP x 6 wks. Mother has multiple sclerosis and pt worries her own back pain could "
     "be MS.", "low_back_pain", {"present"}),
    ("HPI: neck pain. Father had a cervical fusion and the patient is worried the numbness in "
     "her hand is the same.", "paresthesia", {"present"}),
    # must not: a relative's own clause stays family, and so does a second relative's after
    # the patient's possessive
    ("HPI: LBP x 6 wks. Her sister had numbness from MS.", "paresthesia", {"family"}),
    ("HPI: LBP x 6 wks. Mother had back surgery and pt's sister has numbness from MS.",
     "paresthesia", {"family"}),
])
def test_the_patient_named_again_ends_a_relatives_clause(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected
