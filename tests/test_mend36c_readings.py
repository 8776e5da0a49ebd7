"""Readings of red flags and determinations (session 36, mend36c; the blind batch e361-e400).
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. OCR's zero for an o in a form's answer and a lone "no": "[x] n0", "[X] N0", "Urgent?  n0",
   "n0 numbness" read as "no" (the red-flag line of a faxed PA form read as three present red
   flags, e375); a nodal stage ("pT3a N0", "T2 N0 M0") keeps its zero.
2. A therapist's goal list with ';' between its goals ("Goals: sit 90 min - MET; return to
   fitness class - progressing"): a later goal's "- progressing" is toward its mark, no
   symptom_progression (e397's NIA "progression during conservative care"); a symptom's
   word ("L leg weakness - progressing") or a worsening in the item keeps its reading.
3. A therapy's failure only a payer-facing letter claims ("She has failed 6 weeks of physical
   therapy" in an appeal) beside clinical notes recording the course improving (the
   therapist's "80% improvement ... goals MET"): the course's outcome is improved (e368's two
   false mets). A claimed failure beside a clinical course ongoing, or one a clinical note
   also calls failed, still stands; so does a failure a clinical letter states.
4. "incont", a chart's cut of incontinence, after its organ ("[ ] bowel incont  [ ] bladder
   incont" in a ROS template, "(-) ... urinary/bowel incont"): bladder and bowel dysfunction,
   denied as the word written out would be (e371, e389); a complaint of it stays present.
5. A denial cue a scan split with a space ("De nies bowel/bladder changes"): read as the word
   (e371's false urgent); "de novo" and a whole "Denies" keep their reading.
"""

import datetime as dt

import pytest

from readings import of_code, read_packet

from spinecite.pipeline.cleaning import clean

from note_text import hpi_note as _note


@pytest.mark.parametrize("text, read", [
    ("Red flag (CES, cancer, infection, fx)?   [ ] yes  [x] n0\n", "[x] no"),
    ("Urgent: [ ] Yes  [X] N0\nAttached", "[X] No"),
    ("Urgent?  n0\nSigned", "Urgent?  no"),
    ("denies pain below the knee, n0 numbness", "no numbness"),
    ("PT 7 wks, n0 better.", "no better"),
])
def test_an_ocr_zero_in_a_lone_no_is_read_as_no(text, read):
    assert read in clean(text).cleaned


@pytest.mark.parametrize("text", [
    "Prostate ca, Gleason 4+4, pT3a N0, RALP 03/2019.",
    "Breast ca T2 N0 M0, s/p lumbectomy.",
    "renal cell carcinoma, pT3a N0\n",
])
def test_a_nodal_stage_keeps_its_zero(text):
    assert clean(text).cleaned == text


@pytest.mark.parametrize("body, code", [
    ("Red flag (CES, cancer, infection, fx)?   [ ] yes  [x] n0", "cauda_equina_syndrome"),
    ("Red flag (CES, cancer, infection, fx)?   [ ] yes  [x] n0", "malignancy"),
    ("Red flag (CES, cancer, infection, fx)?   [ ] yes  [x] n0", "spinal_infection"),
    ("Bowel or bladder incontinence?  [ ] Yes  [X] N0", "bladder_dysfunction"),
])
def test_a_red_flag_answered_n0_on_a_form_is_absent(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


def test_a_checked_yes_beside_the_n0_stays_present(assertions_of):
    body = "Red flag (CES, cancer, infection, fx)?   [x] yes  [ ] n0"
    assert "present" in assertions_of(_note(body), "cauda_equina_syndrome")


PROG = "symptom_progression"


def _pt(body):
    return f"PT progress note 11/27/2026\nA: {body}\n"


@pytest.mark.parametrize("body", [
    "Goals: sit 90 min - MET; return to fitness class - progressing.",
    "Goals: sit 60 min - partially met; lift 25 lb - progressing; HEP independent - MET",
    "STG: walk 20 min - met; return to yard work - progressing",
])
def test_a_later_goal_of_a_list_progressing_is_no_worsening(assertions_of, body):
    assert "present" not in assertions_of(_pt(body), PROG)


@pytest.mark.parametrize("body", [
    "Goals: walk 30 min - MET; L leg weakness - progressing",
    "Goals: sit 90 min - MET; leg pain worse - progressing",
    "L leg weakness - progressing",
])
def test_a_symptom_or_worsening_progressing_stays_present(assertions_of, body):
    assert "present" in assertions_of(_pt(body), PROG)


_APPEAL = ("APPEAL - SECOND LEVEL\nDate: 12/01/2026\nService: MRI lumbar spine, CPT 72148\n"
           "Reason for appeal:\nThis patient has left sciatica since September. {claim} "
           "We feel an MRI is medically necessary.\nSubmitted by: K. Lindgren, FNP-C\n")
_PT_IMPROVED = ("PHYSICAL THERAPY DISCHARGE SUMMARY\nSOC: 09/15/2026   D/C: 11/20/2026   "
                "Visits: 14\nSUBJECTIVE: Pt reports 80% improvement with PT. Back pain 2/10.\n"
                "ASSESSMENT: Excellent response to PT.\n")
_PT_ONGOING = ("PHYSICAL THERAPY PROGRESS NOTE\nSOC: 09/15/2026   Visits: 12\n"
               "SUBJECTIVE: leg pain 6/10, same as at eval.\nPLAN: continue PT 2x/wk.\n")
_PT_MIXED = ("PHYSICAL THERAPY DISCHARGE SUMMARY\nSOC: 09/15/2026   D/C: 11/20/2026\n"
             "Back pain improved with PT early on. Leg pain failed to respond to PT.\n")


def _pt_outcome(nlp, documents):
    notes = [(name, dt.date(2026, 12, 1), text) for name, text in documents]
    result = read_packet(nlp, notes, dt.date(2026, 12, 2))
    return next(f.value.outcome for f in of_code(result.findings, "physical_therapy", "present"))


@pytest.mark.parametrize("claim", [
    "She has failed 6 weeks of physical therapy and continues to have pain.",
    "He failed PT and remains symptomatic.",
])
def test_a_claimed_failure_gives_way_to_a_clinical_improvement(nlp, claim):
    documents = [("appeal", _APPEAL.format(claim=claim)), ("pt-dc", _PT_IMPROVED)]
    assert _pt_outcome(nlp, documents) == "improved"


@pytest.mark.parametrize("pt_note", [_PT_ONGOING, _PT_MIXED])
def test_a_claimed_failure_beside_no_clinical_improvement_stands(nlp, pt_note):
    claim = "She has failed 6 weeks of physical therapy and continues to have pain."
    assert _pt_outcome(nlp, [("appeal", _APPEAL.format(claim=claim)), ("pt", pt_note)]) == "failed"


def test_a_failure_in_a_clinical_letter_still_outranks(nlp):
    letter = ("Dear Dr. Okafor,\nThank you for seeing this patient. She has failed 6 weeks of "
              "physical therapy and continues to have pain.\n")
    assert _pt_outcome(nlp, [("letter", letter), ("pt-dc", _PT_IMPROVED)]) == "failed"


@pytest.mark.parametrize("body, code", [
    ("ROS (template): [x] leg pain  [ ] fever  [ ] bowel incont  [ ] bladder incont", "bladder_dysfunction"),
    ("ROS (template): [x] leg pain  [ ] fever  [ ] bowel incont  [ ] bladder incont", "bowel_dysfunction"),
    ("(-) fever, night sweats, wt loss, saddle anesthesia, urinary/bowel incont.", "bladder_dysfunction"),
    ("(-) fever, night sweats, wt loss, saddle anesthesia, urinary/bowel incont.", "bowel_dysfunction"),
    ("No fecal incont or retention.", "bowel_dysfunction"),
])
def test_a_denied_incont_is_absent(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code", [
    ("New urinary incont x 2 days, wears pads.", "bladder_dysfunction"),
    ("Pt reports bowel incont since yesterday.", "bowel_dysfunction"),
])
def test_a_complaint_of_incont_is_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("text, read", [
    ("De nies bowel/bladder changes, denies groin numbness.", "Denies bowel/bladder changes"),
    ("pt de nied any fever", "pt denied any fever"),
    ("Neg ative for saddle numbness", "Negative for saddle"),
])
def test_a_split_denial_is_read_whole(text, read):
    assert clean(text).cleaned.startswith(read)


@pytest.mark.parametrize("text", ["de novo lesion at L2", "Denies fever.", "the den is warm"])
def test_words_near_a_split_denial_stay(text):
    assert clean(text).cleaned == text


def test_a_split_denial_denies_the_sphincter_change(assertions_of):
    body = "De nies bowel/bladder changes, denies groin numbness."
    assert "present" not in assertions_of(_note(body), "bladder_dysfunction")
