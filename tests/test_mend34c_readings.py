"""Determinations and urgency of the blind batch e281-e320 (session 34, mend34c): the
readings and rule lines that made a determination or the urgency wrong. Each fix's look-alikes
in other words, and a near-miss that keeps its old reading.

1. "Indication (from H&P): ..." in a post-operative note quotes the operation's own record:
   the picture before the operation (historical), as "Indication at the time:" (e295).
2. "Wife's myelopathy history discussed": another person's, with no "his" before (e307).
3. "Goal: community ambulation 300 m - progressing": a therapy goal on its way, no worsening
   (e310).
4. "2024 urinary retention after hernia repair, catheter x 3 days, none since": a past
   episode closed (MEND33A left C, dev e280).
5. eviCore SP-7: a possible myelopathy with an unsteady gait beside a documented
   polyneuropathy is the nerve's sensory ataxia, not a reasonable suspicion (e288).
6. eviCore SP-1.2 cancer cord compression: a weakness the notes call chronic is no sign of
   acute compression (e298).
7. A fever the latest note puts on a cause outside the spine (a cystitis, influenza) is no
   sign of a spinal infection (e299, dev e186).
8. Cohere's post-traumatic weakness line: one weak muscle after an injury meets it but is
   not urgent; weakness of both legs is (MEND33D's open call).
"""

import datetime as dt

import pytest

from readings import review_case

from spinecite.extractors.models import Evidence, Finding, MalignancyValue, MotorValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

from note_text import hpi_note as _note


# 1. the indication quoted from a past operation's own record
_POSTOP = ("SPINE CLINIC - POSTOPERATIVE VISIT (5 wk)\n"
           "Procedure: L L5-S1 microdiscectomy, 10/27/2026\n"
           "{head} L S1 radiculopathy - severe L sciatica 9/10, L gastroc 4/5, absent L ankle "
           "jerk; MRI 09/2026 large L5-S1 extrusion.\n"
           "Interval: Leg pain resolved since surgery. Walking 30 min daily.\n")


@pytest.mark.parametrize("head", [
    "Indication (from H&P):",
    "Indication (per op note):",
])
@pytest.mark.parametrize("code", ["radiculopathy", "severe_pain"])
def test_the_indication_quoted_from_the_operations_record_is_historical(assertions_of, head,
                                                                        code):
    assert assertions_of(_POSTOP.format(head=head), code) == {"historical"}


def test_an_orders_indication_stays_the_patients_now(assertions_of):
    # near-miss: an imaging order's indication names no operation's record
    text = _POSTOP.format(head="Indication (per ordering provider):")
    assert "present" in assertions_of(text, "radiculopathy")


# 2. another person opening the sentence with no "his"/"her"
@pytest.mark.parametrize("body, code", [
    ("Neck ache after sleeping in a recliner. Wife's myelopathy history discussed; his exam "
     "does not suggest it.", "myelopathy_signs"),
    ("Back ache after gardening. Husband's sciatica flared last month too.", "radicular_pain"),
])
def test_another_persons_finding_opening_the_sentence_is_theirs(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"family"}


def test_the_patient_after_the_other_person_is_the_patients(assertions_of):
    # near-miss: the wife only reports; the finding is the patient's
    body = "Neck ache. Wife reports his hands are clumsy with buttons for a month."
    assert "present" in assertions_of(_note(body), "myelopathy_signs")


# 3. a therapy goal "- progressing"
@pytest.mark.parametrize("line", [
    "Goal: community ambulation 300 m - progressing.",
    "Goal 2: lift 25 lb floor to waist - progressing",
])
def test_a_goal_progressing_is_no_worsening(assertions_of, line):
    text = f"HOME HEALTH PT PROGRESS NOTE\nA: 70% better.\nP: Cont PT.\n{line}\n"
    assert "present" not in assertions_of(text, "symptom_progression")


def test_a_deficit_progressing_still_worsens(assertions_of):
    # near-miss: no goal before the dash
    text = "HOME HEALTH PT PROGRESS NOTE\nA: L leg weakness - progressing.\n"
    assert "present" in assertions_of(text, "symptom_progression")


# 4. "none since" closes a past episode
@pytest.mark.parametrize("body, code", [
    ("Urinary: 2024 urinary retention after inguinal hernia repair, catheter x 3 days, none "
     "since. Now voiding fine.", "bladder_dysfunction"),
    ("Low-grade fever w/ the cold, none since 11/21. Back ache for 2 wks.", "fever"),
])
def test_an_episode_closed_by_none_since_is_historical(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"historical"}


def test_a_complaint_with_no_such_close_stays_present(assertions_of):
    # near-miss: "since" dates the onset
    body = "Urinary retention since Monday, catheter placed in the ED."
    assert assertions_of(_note(body), "bladder_dysfunction") == {"present"}


# 5-8. determinations and urgency from findings (as tests/test_rules13_readings.py)
RECEIVED = dt.date(2026, 12, 2)


def _span(text, note, section=None):
    start = note.index(text)
    return Evidence(document="d", start=start, end=start + len(text), text=text, section=section)


def _found(code, text, note, assertion="present", laterality=None, value=None, section=None):
    return Finding(code=code, assertion=assertion, laterality=laterality, value=value,
                   document_date=RECEIVED, evidence=[_span(text, note, section)])


def _facts(note, *findings, age=66):
    return CaseFacts(RECEIVED, age, findings, document_dates=(("d", RECEIVED),),
                     texts=(("d", note),))


def _outcome(guideline, cpt, case):
    return evaluate(load_all()[guideline], cpt, case)


_NEUROPATHY = ("Exam: Romberg positive. Gait slightly wide-based. Ankle jerks absent. "
               "Assessment: Peripheral neuropathy, diabetic, with B12 deficiency. "
               "Imbalance - r/o cervical myelopathy.")


def _unsteady(with_neuropathy):
    note = _NEUROPATHY
    findings = [_found("in_person_exam", "Exam:", note, section="physical_exam"),
                _found("gait_abnormality", "Gait slightly wide-based", note,
                       section="physical_exam"),
                _found("myelopathy_signs", "cervical myelopathy", note, assertion="possible",
                       section="assessment")]
    if with_neuropathy:
        findings.append(_found("peripheral_neuropathy", "Peripheral neuropathy", note,
                               section="assessment"))
    return _outcome("evicore-spine", "72141", _facts(note, *findings))


def test_a_possible_myelopathy_with_a_neuropathys_unsteady_gait_is_not_met():
    assert _unsteady(with_neuropathy=True).outcome != "met"


def test_a_possible_myelopathy_with_an_unexplained_unsteady_gait_is_met():
    # near-miss: no polyneuropathy beside the gait (met before and after)
    assert _unsteady(with_neuropathy=False).outcome == "met"


_CANCER = ("A: Prostate adenocarcinoma with a new L1 sclerotic lesion - suspect osseous "
           "metastasis. Exam: L ankle dorsiflexion 2/5 {course}. Low back pain at night.")


def _cancer(course):
    note = _CANCER.format(course=course)
    findings = [_found("malignancy", "Prostate adenocarcinoma", note,
                       value=MalignancyValue(metastatic=True), section="assessment"),
                _found("motor_weakness", "L ankle dorsiflexion 2/5", note, laterality="left",
                       value=MotorValue(grade=2), section="physical_exam"),
                _found("low_back_pain", "Low back pain", note, section="physical_exam")]
    return _outcome("evicore-spine", "72158", _facts(note, *findings, age=74))


CORD = "evicore-spine.red-flag.cancer-cord-compression"


def _result_of(determination, entry_id):
    return next(c.result for c in determination.criteria if c.id == entry_id)


def test_a_chronic_foot_weakness_beside_a_new_metastasis_is_no_cord_compression():
    assert _result_of(_cancer("w/ AFO (chronic, since the 2019 surgery)"), CORD) != "met"


def test_a_new_weakness_beside_a_new_metastasis_still_is():
    # near-miss: the weakness is new (met before and after)
    assert _result_of(_cancer("- new since last week"), CORD) == "met"


# 7. a fever the latest note explains
def _review(tmp_path, nlp, text, cpt="72158", guidelines=("nia-lumbar-mri", "evicore-spine"),
            age=57):
    return review_case(tmp_path, nlp, "m34c", [("ed", "2026-12-04", text)], cpt, guidelines,
                       "2026-12-04", age, "F")


_ED = ("EMERGENCY DEPARTMENT RECORD 12/04/2026\n"
       "Chief complaint: fever\n"
       "HPI: 57F POD 18 s/p L4-5 laminectomy. Tonight temp 100.9 with chills, and 2 days of "
       "burning with urination. Back pain at incision 3/10, better every week.\n"
       "EXAM: T 38.2. Incision healed, no erythema. Strength 5/5.\n"
       "LABS: WBC 14.2 (H), CRP 96 mg/L (H).\n"
       "MDM: {mdm}\n"
       "Plan: nitrofurantoin.\n")


@pytest.mark.parametrize("mdm", [
    "Fever most likely from acute cystitis (symptoms + UA).",
    "Fever is explained by a UTI.",
])
def test_a_fever_the_note_puts_on_a_cystitis_raises_no_infection_flag(tmp_path, nlp, mdm):
    result = _review(tmp_path, nlp, _ED.format(mdm=mdm))
    assert not any(r.id.endswith("suspected-infection") for r in result.red_flags)


def test_a_fever_left_unexplained_after_spine_surgery_still_raises_it(tmp_path, nlp):
    # near-miss: the fever tied to no cause (urgent before and after)
    result = _review(tmp_path, nlp, _ED.format(mdm="Fever after spine surgery, source unclear."))
    assert any(r.id.endswith("suspected-infection") for r in result.red_flags)


def test_a_fever_the_note_calls_not_explained_still_raises_it(tmp_path, nlp):
    # near-miss: a negated link is no explanation
    result = _review(tmp_path, nlp, _ED.format(
        mdm="Fever not explained by the cystitis alone; wound concerning."))
    assert any(r.id.endswith("suspected-infection") for r in result.red_flags)


# 8. Cohere's post-traumatic weakness line
WEAK = "cohere-ct-spine.trauma.neuro-deficit.weakness"
WEAK_SEVERE = "cohere-ct-spine.trauma.neuro-deficit.weakness-severe"


def _after_fall(exam, laterality):
    note = (f"HPI: Slipped on the ice yesterday and fell onto his back. Exam: {exam}. "
            "PMH: spinal cord stimulator, not MR conditional.")
    return _outcome("cohere-ct-spine", "72131", _facts(
        note,
        _found("in_person_exam", "Exam:", note),
        _found("trauma", "fell onto his back", note),
        _found("motor_weakness", exam, note, laterality=laterality, section="physical_exam",
               value=MotorValue(grade=4)),
        _found("mri_contraindication", "not MR conditional", note,
               section="past_medical_history"),
        age=70))


def test_one_weak_muscle_after_a_fall_meets_the_line_but_is_not_urgent():
    d = _after_fall("R quad 4/5", "right")
    assert _result_of(d, WEAK) == "met"
    assert not d.urgent


def test_weakness_of_both_legs_after_a_fall_is_urgent():
    # near-miss: both legs (urgent before and after)
    d = _after_fall("Hip flexion 4/5 bilat", "bilateral")
    assert _result_of(d, WEAK_SEVERE) == "met"
    assert d.urgent


def test_the_open_goals_limitation_is_still_read_under_the_goal_cue(assertions_of):
    # look-alike kept: the goal's "- progressing" still leaves its limitation present (dev
    # e049), though the goal cue now spans the line
    text = ("PT PROGRESS NOTE\nA: better.\n"
            "Goals: sitting tolerance 60 min - progressing; return to full duty - not met.\n")
    assert "present" in assertions_of(text, "functional_impairment")
    assert "present" not in assertions_of(text, "symptom_progression")


# 9. eviCore SP-14.1 "For preoperative evaluation": an MRI before a planned deformity operation
_AIS = ("PEDIATRIC ORTHOPAEDICS 11/23/2026\n"
        "HPI: 13F with adolescent idiopathic scoliosis, R thoracic curve, in a TLSO since 2025.\n"
        "Imaging: standing PA scoliosis films today - R thoracic curve 48 deg (was 36 deg).\n"
        "Exam: strength 5/5, reflexes symmetric, abdominal reflexes present.\n"
        "Assessment: Adolescent idiopathic scoliosis, progressed despite bracing.\n"
        "Plan: Discussed posterior spinal fusion T4-L1; they wish to proceed with surgical "
        "planning. {study} for preoperative evaluation.\n")


def test_an_mri_before_a_planned_deformity_operation_meets_preoperative(review_under):
    result = review_under(_AIS.format(study="MRI thoracic spine w/o contrast"),
                          ["evicore-spine"], cpt="72146", age=13)
    assert "preoperative" in result.determinations[0].basis


def test_a_ct_before_it_still_needs_a_complex_osseous_deformity(review_under):
    # near-miss: the CT sentence's complex osseous deformity stays a reviewer's
    result = review_under(_AIS.format(study="CT thoracic spine w/o contrast"),
                          ["evicore-spine"], cpt="72128", age=13)
    assert "preoperative" not in result.determinations[0].basis
