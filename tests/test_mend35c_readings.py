"""Determinations, urgency and red flags of the blind batch e321-e360 (session 35, mend35c):
the readings that made a determination or a red-flag finding wrong. Each fix's look-alikes in
other words, and a near-miss that keeps its old reading.

1. "So the pacemaker is not a barrier to MRI" (the device clinic has called the system MR
   conditional): the device named and cleared in one clause is no MRI contraindication, its
   bare mentions in that note are that device, and the study is cleared for the guidelines'
   CT lines: a CT asked for because of the pacemaker meets none (e349).
2. "Lift 30 lb floor-to-waist - progressing": a therapy goal's status after its object, no
   worsening (e344).
3. "Denies saddle anesth": the word cut short in a telegraphic note (e353).
4. "18 lb wt loss - intentional (diet)": a loss the note calls sought, after it (e346).
5. "his wife Dorothy's breast cancer": a spouse's possessive with the name between (e335).
6. "Weight stable per pt": the weight's sameness, not a symptom's course (e325).
7. "thoracic epidural abscess ... is the leading diagnosis": ranked first, not made (e357).
"""

import json

import pytest

from note_text import hpi_note as _note
from readings import review_case


# 1. a device cleared for MRI in its own clause
@pytest.mark.parametrize("body", [
    "Per the device clinic the system is MR conditional. So the pacemaker is not a barrier to MRI.",
    "The ICD is not a contraindication to lumbar MRI per EP.",
    "Spoke with cardiology: the device is no longer a barrier to an MRI.",
])
def test_a_device_cleared_for_mri_in_its_clause_is_absent(assertions_of, body):
    assert assertions_of(_note(body), "mri_contraindication") == {"absent"}


def test_the_notes_bare_mention_of_the_cleared_device_is_that_device(assertions_of):
    body = ("Radiology called about the CT order: the patient's pacemaker is a\nMedtronic "
            "system with SureScan leads, and per the device clinic it is fine for scanning "
            "with programming. So the pacemaker is not a barrier to MRI.")
    assert assertions_of(_note(body), "mri_contraindication") == {"absent"}


@pytest.mark.parametrize("body", [
    "The pacemaker is a barrier to MRI, so CT lumbar spine ordered.",
    "Because of the pacemaker, MRI is not an option; CT ordered.",
])
def test_a_device_that_bars_mri_stays_present(assertions_of, body):
    # near-misses: the device named as the barrier
    assert "present" in assertions_of(_note(body), "mri_contraindication")


_OFFICE = ("OFFICE NOTE 11/23/2026\nRight L5 radicular pain since September, worse despite 6 "
           "1/2 weeks of PT, naproxen and home exercise. Now numbness over the dorsum of the "
           "right foot.\nPMH: complete heart block with a dual chamber pacemaker placed 2023.\n"
           "Exam: right EHL 4/5, left 5/5. Right ankle reflex 1+, left 2+. Decreased light "
           "touch over the dorsum of the right foot. SLR positive on the right.\n"
           "Plan: Because of the pacemaker, MRI is not an option, so I will request a CT of "
           "the lumbar spine without contrast.\n")
_ADDENDUM = ("ADDENDUM 12/03/2026\nRadiology called about the CT L-spine order: the patient's "
             "pacemaker is an MRI SureScan system, and per the device clinic the system is MR "
             "conditional at 1.5T and 3T. So the pacemaker is not a barrier to MRI. CT order "
             "left as submitted for now.\n")


@pytest.fixture
def review_packet(tmp_path, nlp):
    def run(docs, cpt="72131"):
        documents = [(f"d{i}", date, text) for i, (date, text) in enumerate(docs)]
        return review_case(tmp_path, nlp, "p", documents, cpt, received="2026-12-04", age=70,
                           sex="M")

    return run


def _outcome(result, guideline):
    data = json.loads(result.model_dump_json()) if hasattr(result, "model_dump_json") else result
    return {d["guideline"]: d["outcome"] for d in data["determinations"]}[guideline]


def test_a_ct_asked_for_a_device_the_next_note_clears_meets_no_ct_line(review_packet):
    result = review_packet([("2026-11-23", _OFFICE), ("2026-12-03", _ADDENDUM)])
    assert _outcome(result, "nia-lumbar-ct") != "met"


def test_a_ct_asked_for_a_device_no_note_clears_still_meets(review_packet):
    # near-miss: without the addendum the pacemaker bars MRI
    result = review_packet([("2026-11-23", _OFFICE)])
    assert _outcome(result, "nia-lumbar-ct") == "met"


# 2. a therapy goal's status after its object
@pytest.mark.parametrize("body", [
    "Goals:\n - Return to full duty - MET\n - Lift 30 lb floor-to-waist - progressing\n",
    "Goals: 1) Oswestry <20% - progressing. 2) Stairs without rail - MET.\n",
    "STG: carry groceries up 2 flights of stairs - progressing.\n",
])
def test_a_goals_status_after_its_object_is_no_worsening(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "symptom_progression")


def test_a_symptom_called_progressing_stays_a_worsening(assertions_of):
    # near-miss: the numbness itself progressing
    assert "present" in assertions_of(_note("R foot numbness - progressing since last week."),
                                      "symptom_progression")


# 3. the word cut short
@pytest.mark.parametrize("body", ["Denies saddle anesth, no bowel/bladder change.",
                                  "No saddle anaesth. No fever."])
def test_saddle_anesth_denied_is_absent(assertions_of, body):
    assert assertions_of(_note(body), "saddle_anesthesia") == {"absent"}


def test_saddle_anesth_reported_is_present(assertions_of):
    assert "present" in assertions_of(_note("New saddle anesth since this morning."),
                                      "saddle_anesthesia")


# 4. a loss the note calls sought, after it
@pytest.mark.parametrize("body", [
    "ROS: denies fever, chills. 18 lb wt loss - intentional (diet).",
    "Weight loss, intentional, since starting the diet in June.",
    "12 lb weight loss (deliberate - walking program).",
])
def test_a_weight_loss_called_intentional_after_it_is_absent(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "unexplained_weight_loss")


@pytest.mark.parametrize("body", [
    "18 lb wt loss - not intentional.",
    "Unintentional weight loss of 18 lb since June.",
])
def test_a_weight_loss_called_not_intentional_stays_present(assertions_of, body):
    assert "present" in assertions_of(_note(body), "unexplained_weight_loss")


# 5. a spouse's possessive with the person's name between (e335)
@pytest.mark.parametrize("body", [
    "His wife Dorothy's breast cancer went into her spine and he is scared.",
    "Neighbor Frank's prostate cancer spread to his bones.",
])
def test_a_named_spouses_possessive_gives_the_thing_to_them(assertions_of, body):
    assert assertions_of(_note(body), "malignancy") == {"family"}


@pytest.mark.parametrize("body", [
    "His wife Dorothy reports his breast cancer is stable.",
    "Wife reports husband's breast cancer history.",
])
def test_a_named_spouse_who_tells_is_no_family_cue(assertions_of, body):
    # near-misses: the spouse as informant, no possessive before the cancer
    assert "present" in assertions_of(_note(body), "malignancy")


# 6. the weight's own sameness told with its source (e325)
@pytest.mark.parametrize("body", ["No fevers, chills. Weight stable per pt.",
                                  "Wt stable per patient; appetite good."])
def test_weight_stable_per_pt_denies_the_loss(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_a_symptom_stable_per_pt_keeps_its_course(assertions_of):
    # near-miss: the symptom's own sameness stays a course word
    assert "absent" in assertions_of(_note("Back pain stable per pt."), "symptom_progression")


# 7. a diagnosis ranked first, not made (e357)
@pytest.mark.parametrize("body", [
    "Impression: paraparesis in a bacteremic patient - thoracic epidural abscess at ~T8-9 "
    "with cord compression is the leading diagnosis.",
    "Spinal epidural abscess with early cord compression is the likeliest diagnosis.",
])
def test_a_diagnosis_ranked_first_is_possible(assertions_of, body):
    assert assertions_of(_note(body), "spinal_infection") == {"possible"}


def test_a_diagnosis_named_as_made_stays_present(assertions_of):
    # near-miss: no rank, the diagnosis stated
    assert assertions_of(_note("Epidural abscess, drained 11/20, is the diagnosis; continue "
                               "antibiotics."), "spinal_infection") == {"present"}
