"""Spans become contract findings: one phrase may state two codes (target rule `also`)."""

import datetime as dt

import pytest

from spinecite.extractors.extract import extract
from spinecite.pipeline.intake import Document


def findings(nlp, text):
    document = Document(id="note", text=text, source=None, date=None, sha256="0")
    result = extract([document], dt.date(2026, 3, 2), nlp=nlp)
    return {(f.code, f.assertion) for f in result.findings}


@pytest.mark.parametrize("text", [
    "He has been out of work for three weeks.",
    "Off work since the injury on 11/02.",
])
def test_being_off_work_is_lost_function_and_a_restriction_followed(nlp, text):
    # a work status in force is a loss of function and a restriction the patient follows
    # (corpora/ANNOTATION.md "Work status", session 21; gold d085, d161, d205 relabelled)
    found = findings(nlp, text)
    assert ("functional_impairment", "present") in found
    assert ("activity_modification", "present") in found


@pytest.mark.parametrize("text", [
    "PLAN:\n1. Bilateral L4-5 and L5-S1 medial branch blocks; if two blocks each give >80% "
    "relief, radiofrequency ablation.",
    "Plan:\n- R L4-5 facet injections\n- Continue HEP",
    "Will consider RFA if the blocks help.",
    "P: Refer Dr. Feld (pain) for L L4-5 / L5-S1 TFESI once CT reviewed.",
    "Refer to Dr. Okafor (interventional pain) for an L5-S1 interlaminar ESI.",
    "If CT shows a fracture -> spine surgery same day.",
    "If the CT shows instability \u2192 neurosurgery consult.",
    "Plan: L4-5 TLIF next month.",
    "Plan: STAT MRI L-spine. NSGY (Dr. Okafor) paged for emergent decompression.",
    "Plan: CT cervical spine. If CT shows fracture -> spine consult.",
    "3. Transfer to the ED; called ED physician and on-call neurosurgeon Dr. Hammond.",
    "PLAN: Direct admit. Likely I&D in OR tomorrow - consented.",
])
def test_a_procedure_the_plan_names_is_an_intervention_planned(nlp, text):
    found = findings(nlp, text)
    assert ("intervention_planned", "present") in found
    # a planned operation is no prior surgery
    assert not any(code == "prior_spine_surgery" for code, _ in found)


@pytest.mark.parametrize("text", [
    "She had an L4-5 facet injection in 2024 and MBB with 80% relief.",
    "s/p RFA 2023 with a year of relief.",
    "History: L4-5 HNP -> microdiscectomy 2019.",
    "PSH: s/p I&D 2019 for a hand abscess.",
])
def test_a_procedure_already_done_is_no_plan(nlp, text):
    assert not any(code == "intervention_planned" for code, _ in findings(nlp, text))


def test_light_duty_is_also_lost_function(nlp):
    found = findings(nlp, "Currently on light duty at the warehouse.")
    assert {("activity_modification", "present"), ("functional_impairment", "present")} <= found


def test_planned_duty_change_states_no_lost_function(nlp):
    found = findings(nlp, "Plan: work note for modified duty x 4 weeks.")
    assert ("activity_modification", "hypothetical") in found
    assert not any(code == "functional_impairment" for code, _ in found)


def test_pain_now_spreading_into_a_leg_is_radicular_and_progressing(nlp):
    found = findings(nlp, "Back pain is now spreading into the left leg.")
    assert {("radicular_pain", "present"), ("symptom_progression", "present")} <= found


@pytest.mark.parametrize("text", ["No prior imaging.", "She has never had imaging of the spine."])
def test_no_imaging_denies_every_prior_study(nlp, text):
    found = findings(nlp, text)
    assert {("prior_xray", "absent"), ("prior_mri", "absent"), ("prior_ct", "absent")} <= found


@pytest.mark.parametrize("text", ["She declines injections.", "Declines ESI.",
                                  "Not interested in an L5-S1 TFESI at this time."])
def test_a_declined_injection_is_no_injection_and_no_plan(nlp, text):
    found = findings(nlp, text)
    assert ("epidural_steroid_injection", "absent") in found
    assert ("intervention_planned", "absent") in found
    assert ("epidural_steroid_injection", "present") not in found


def test_pt_and_hep_written_together_are_both_found(nlp):
    found = findings(nlp, "Completed PT/HEP x 6 wks without relief.")
    assert {("physical_therapy", "present"), ("home_exercise_program", "present")} <= found


def test_continent_of_bowel_and_bladder_denies_both(nlp):
    found = findings(nlp, "Continent of bowel and bladder.")
    assert {("bladder_dysfunction", "absent"), ("bowel_dysfunction", "absent")} <= found
    assert ("bladder_dysfunction", "present") not in found


def test_imaging_denied_except_x_rays_denies_mri_and_ct_only(nlp):
    found = findings(nlp, "No prior imaging of the spine other than lumbar radiographs in 2024.")
    assert {("prior_mri", "absent"), ("prior_ct", "absent")} <= found
    assert ("prior_xray", "absent") not in found


def test_a_report_date_line_is_no_exam(nlp):
    found = findings(nlp, "MRI LUMBAR SPINE\nDate of exam: 05/10/2023\nFindings: L3-4 stenosis.")
    assert not any(code == "in_person_exam" for code, _ in found)


def test_a_finding_holding_a_word_scispacy_pairs_with_a_parenthesis_is_kept(nlp):
    # scispaCy pairs "degrees" with "(was 35 degrees 4 weeks ago)"; a lower-case word is no
    # abbreviation, so it does not redefine the SLR span around it
    found = findings(nlp, "SLR positive on the left at 60 degrees (was 35 degrees 4 weeks ago).")
    assert ("positive_straight_leg_raise", "present") in found


def test_a_study_planned_after_another_is_no_prior_study(nlp):
    found = findings(nlp, "Needs CT to characterize the fracture and then MRI for neural elements.")
    assert not any(code == "prior_mri" for code, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("He has not started therapy. Plan: start physical therapy 2x/week.", {"absent", "hypothetical"}),
    ("Did 6 weeks of therapy without relief; PT discharge summary attached.", {"present"}),
    ("Fevers resolved after the first week of therapy.", set()),
    ("He has not started therapy.", set()),
])
def test_a_bare_therapy_is_physical_therapy_only_where_the_note_names_it(nlp, text, expected):
    found = findings(nlp, text)
    assert {a for code, a in found if code == "physical_therapy"} == expected
