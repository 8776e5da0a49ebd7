"""Readings of the rules traced on the dev determinations of session 13 (rules13): each test
writes its own findings and sentences, with a look-alike that must not change."""

import datetime as dt

from spinecite.extractors.models import (Evidence, Finding, ImagingValue, MotorValue,
                                         ProcedureValue, TherapyValue)
from spinecite.rules.evaluator import CaseFacts, evaluate, red_flags
from spinecite.rules.ruleset import load_all, load_red_flags

RECEIVED = dt.date(2026, 3, 1)
LUMBAR_MRI = "72148"


def span(text, note, section=None, doc="d", after=0):
    start = note.index(text, after)
    return Evidence(document=doc, start=start, end=start + len(text), text=text, section=section)


def found(code, text, note, assertion="present", laterality=None, value=None, doc="d",
          section=None):
    """A finding whose evidence is the first occurrence of `text` in `note`."""
    return Finding(code=code, assertion=assertion, laterality=laterality, value=value,
                   document_date=RECEIVED, evidence=[span(text, note, section, doc)])


def spans(code, note, *where, assertion="present"):
    """A finding with several spans: (text, section) pairs, each the first occurrence."""
    return Finding(code=code, assertion=assertion, document_date=RECEIVED,
                   evidence=[span(t, note, sec) for t, sec in where])


def facts(note, *findings, age=52):
    return CaseFacts(RECEIVED, age, findings, document_dates=(("d", RECEIVED),),
                     texts=(("d", note),))


def outcome(guideline, cpt, case):
    return evaluate(load_all()[guideline], cpt, case)


def result_of(determination, entry_id):
    return next(c.result for c in determination.criteria if c.id == entry_id)


# --- eviCore SP-1.2 progressive deficit: a deficit of the spine, not of a peripheral nerve ---

PROGRESSIVE = "evicore-spine.red-flag.progressive-deficit-documented"
NUMB_NOTE = ("Exam: numbness over the top of the left foot is spreading since the nerve study. "
             "Assessment: fibular neuropathy at the knee from sitting cross-legged.")


def _numb_case(*extra, note=NUMB_NOTE):
    return facts(note,
                 found("in_person_exam", "Exam:", note),
                 found("dermatomal_sensory_loss", "numbness over the top of the left foot", note,
                       laterality="left"),
                 found("symptom_progression", "is spreading", note),
                 *extra)


def test_a_sensory_loss_spreading_with_a_fibular_neuropathy_is_for_a_reviewer():
    neuropathy = found("peripheral_neuropathy", "fibular neuropathy", NUMB_NOTE, laterality="left")
    d = outcome("evicore-spine", LUMBAR_MRI, _numb_case(neuropathy))
    assert result_of(d, PROGRESSIVE) == "unknown"
    assert d.outcome == "not_met"


def test_the_same_spreading_loss_without_a_neuropathy_is_progressive():
    d = outcome("evicore-spine", LUMBAR_MRI, _numb_case())
    assert result_of(d, PROGRESSIVE) == "met"
    assert d.outcome == "met"


def test_a_radiculopathy_diagnosed_beside_the_neuropathy_keeps_the_progressive_line():
    note = NUMB_NOTE + " Also an L5 radiculopathy on EMG."
    d = outcome("evicore-spine", LUMBAR_MRI, _numb_case(
        found("peripheral_neuropathy", "fibular neuropathy", note, laterality="left"),
        found("radiculopathy", "L5 radiculopathy", note, laterality="left"), note=note))
    assert result_of(d, PROGRESSIVE) == "met"


# --- a sphincter complaint the notes call old is no cauda equina finding (contract §3) ---

def raised(note, *findings):
    return {r.id.rsplit(".", 1)[-1] for r in red_flags(load_red_flags(), facts(note, *findings))}


def test_a_cue_between_two_spans_of_one_complaint_calls_both_old():
    note = "Assessment: Bladder leakage is her chronic stress incontinence."
    leak = spans("bladder_dysfunction", note, ("Bladder leakage", "assessment"),
                 ("stress incontinence", "assessment"))
    assert "cauda-equina" not in raised(note, leak)


def test_a_chronic_cue_of_another_problem_does_not_make_the_leakage_old():
    note = "Assessment: Bladder leakage since Monday with her chronic back pain."
    leak = spans("bladder_dysfunction", note, ("Bladder leakage", "assessment"))
    pain = found("low_back_pain", "back pain", note, section="assessment")
    assert "cauda-equina" in raised(note, leak, pain)


def test_an_incontinence_listed_in_the_past_history_is_old():
    note = "Past history: urinary incontinence; asthma. Exam: perianal sensation intact."
    leak = spans("bladder_dysfunction", note, ("urinary incontinence", "past_medical_history"))
    assert "cauda-equina" not in raised(note, leak)


def test_the_history_list_does_not_make_a_complaint_of_today_old():
    note = ("Past history: urinary incontinence; asthma. HPI: leaking urine since yesterday "
            "with numb buttocks.")
    leak = spans("bladder_dysfunction", note, ("urinary incontinence", "past_medical_history"),
                 ("leaking urine", "hpi"))
    assert "cauda-equina" in raised(note, leak)


# --- a trip with no fall is no injury (Cohere's trauma definition; injury_mechanism) ---

POST_TRAUMATIC_WEAKNESS = "cohere-ct-spine.trauma.neuro-deficit.weakness"


def _tripped(injury):
    note = (f"HPI: {injury} Exam: L EHL 4/5. PMH: spinal cord stimulator, not MR conditional.")
    return outcome("cohere-ct-spine", "72131", facts(
        note,
        found("in_person_exam", "Exam:", note),
        found("trauma", injury.split(" on ")[0], note),
        *([found("trauma", "fell", note)] if " fell " in injury else []),
        found("motor_weakness", "L EHL 4/5", note, laterality="left", section="physical_exam",
              value=MotorValue(grade=4)),
        found("mri_contraindication", "not MR conditional", note, section="past_medical_history"),
        age=70))


def test_a_caught_toe_without_a_fall_is_no_post_traumatic_deficit():
    d = _tripped("Tripped on the porch step Friday as the left toes caught; stayed on his feet.")
    assert result_of(d, POST_TRAUMATIC_WEAKNESS) == "not_met"
    assert not d.urgent


def test_a_trip_that_ends_in_a_fall_still_is():
    d = _tripped("Tripped on the porch step Friday and fell onto his back.")
    assert result_of(d, POST_TRAUMATIC_WEAKNESS) == "met"


# --- contract §3 "acute severe neurological deficit": a cord injury after a fall, no fracture ---

def _after_injury(history, exam, *, grade=3, laterality="bilateral", hoffmann=False):
    note = f"HPI: {history} Exam: {exam}" + (" Hoffmann sign present on both sides." if hoffmann else "")
    findings = [found("trauma", history.split(";")[0], note),
                found("motor_weakness", exam.split(",")[0].rstrip("."), note, laterality=laterality,
                      section="physical_exam",
                      value=MotorValue(grade=grade))]
    if hoffmann:
        findings.append(found("upper_motor_neuron_signs", "Hoffmann sign present", note,
                              laterality="bilateral", section="physical_exam"))
    return raised(note, *findings)


def test_weakness_of_both_hands_right_after_a_fall_is_urgent_without_a_fracture():
    assert "progressive-severe-deficit" in _after_injury(
        "Slipped on the icy driveway yesterday and fell backward; both hands numb and weak since.",
        "Both hands grip 3/5.")
    # 4/5 on both sides is severe enough beside a long tract sign
    assert "progressive-severe-deficit" in _after_injury(
        "Rear-ended at a stop light two days ago; hands tingle since.", "Both hands grip 4/5.",
        grade=4, hoffmann=True)


def test_one_weak_limb_after_a_fall_or_both_weak_without_an_injury_is_not():
    assert "progressive-severe-deficit" not in _after_injury(
        "Slipped on the icy driveway yesterday and fell backward; leg pain since.",
        "Left ankle dorsiflexion 3/5.", laterality="left")
    assert "progressive-severe-deficit" not in _after_injury(
        "Sore back after lifting a sofa yesterday; both hands numb.", "Both hands grip 3/5.")
    assert "progressive-severe-deficit" not in _after_injury(
        "Rear-ended at a stop light two days ago; hands tingle since.", "Both hands grip 4/5.",
        grade=4)


def test_an_old_weakness_of_both_hands_is_no_acute_deficit_after_a_fall():
    assert "progressive-severe-deficit" not in _after_injury(
        "Slipped on the icy driveway yesterday and fell backward; neck sore.",
        "Both hands grip 3/5, unchanged since 2021.")


# --- Cohere: "Pre-procedure assessment for vertebroplasty and kyphoplasty" ---

AUGMENTATION = "cohere-ct-spine.preoperative.vertebral-augmentation"


def _before_procedure(plan, fracture=True):
    history = "L1 wedge fracture from a fall off a chair" if fracture else "Mid back ache"
    note = f"HPI: {history}. Plan: {plan}"
    findings = [found("in_person_exam", "HPI:", note),
                found("intervention_planned", plan, note, section="plan")]
    if fracture:
        findings.append(found("spinal_fracture", "L1 wedge fracture", note))
    return outcome("cohere-ct-spine", "72131", facts(note, *findings, age=81))


def test_a_planned_augmentation_of_a_fracture_meets_the_pre_procedure_line():
    d = _before_procedure("Balloon kyphoplasty booked for next week, CT first to size the pedicles.")
    assert result_of(d, AUGMENTATION) == "met"
    assert d.outcome == "met"


def test_another_procedure_or_no_fracture_leaves_the_line_to_a_reviewer():
    assert result_of(_before_procedure("Facet injection at L1-2 planned."), AUGMENTATION) == "unknown"
    assert result_of(_before_procedure("Vertebroplasty discussed.", fracture=False),
                     AUGMENTATION) == "not_met"


# --- eviCore SP-2.3 preoperative CT: the operation and its scheduling or recommendation in
# the same words ---

CT_INDICATION = "evicore-spine.req.ct-indication"


def _cervical_ct(*plans):
    note = "Exam: drops keys, Hoffmann positive on the right. Plan: " + " ".join(plans)
    planned = Finding(code="intervention_planned", assertion="present", document_date=RECEIVED,
                      evidence=[span(p.rstrip("."), note, "plan") for p in plans])
    return outcome("evicore-spine", "72125", facts(
        note, found("in_person_exam", "Exam:", note),
        found("myelopathy_signs", "drops keys", note, section="physical_exam"),
        found("upper_motor_neuron_signs", "Hoffmann positive", note, section="physical_exam"),
        planned, age=66))


def test_an_operation_the_surgeon_recommends_is_the_preoperative_ct_s():
    d = _cervical_ct("C3-6 laminoplasty is recommended.")
    assert result_of(d, CT_INDICATION) == "met"
    assert d.outcome == "met"
    assert result_of(_cervical_ct("Scheduled for C4-6 anterior decompression."), CT_INDICATION) == "met"


def test_an_injection_recommended_or_scheduled_beside_an_operation_considered_is_not():
    for injection in ("Recommend C6-7 epidural steroid injection.", "Epidural injection scheduled."):
        d = _cervical_ct(injection, "Consider surgery if no relief.")
        assert result_of(d, CT_INDICATION) == "unknown", injection
        assert d.outcome == "not_met", injection


# --- eviCore SP-2.3 pseudarthrosis: the film's report line after its name ---

def _after_fusion(report):
    note = ("HPI: s/p L4-5 instrumented fusion 10/2025; back pain back since January. "
            f"Exam: strength 5/5. Films: XR lumbar 02/20/2026 {report}")
    return facts(
        note, found("in_person_exam", "Exam:", note),
        found("prior_spine_surgery", "L4-5 instrumented fusion", note,
              value=ProcedureValue(date=dt.date(2025, 10, 10))),
        found("low_back_pain", "back pain", note),
        found("prior_xray", "XR lumbar", note,
              value=ImagingValue(date=dt.date(2026, 2, 20), region="lumbar", result="nondiagnostic")))


def _suspected(case):
    return result_of(outcome("evicore-spine", "72131", case), CT_INDICATION)


def test_a_halo_around_the_screws_told_after_the_film_s_name_is_a_suspected_pseudarthrosis():
    assert _suspected(_after_fusion("with flexion and extension views: halo around the L4 screws.")
                      ) == "met"


def test_hardware_named_in_the_report_line_without_a_failure_sign_is_not():
    assert _suspected(_after_fusion("cage in good position, possible lateral breach of an L4 screw.")
                      ) != "met"


def test_aim_and_nia_read_the_film_s_report_line_the_same_way():
    failing = _after_fusion("with flexion and extension views: halo around the L4 screws.")
    malposed = _after_fusion("cage in good position, possible lateral breach of an L4 screw.")
    for guideline, entry in (("aim-spine", "aim-spine.perioperative.nondiagnostic-radiographs"),
                             ("nia-lumbar-ct", "nia-lumbar-ct.post-operative.follow-up-6-months")):
        assert result_of(outcome(guideline, "72131", failing), entry) == "met", guideline
        assert result_of(outcome(guideline, "72131", malposed), entry) != "met", guideline


# --- medication courses: a course still taken is as recent as its note; a drug-only trial ---

def _node(criteria, node_id):
    for c in criteria:
        if c.id == node_id:
            return c
        found_below = _node(c.children, node_id)
        if found_below is not None:
            return found_below
    return None


def _medicine_trial(*extra, value):

    note = ("HPI: low back pain; celecoxib daily as prescribed, no better. "
            "Assessment: failed conservative care. Exam: tender L4-5.")
    case = facts(note, found("in_person_exam", "Exam:", note),
                 found("low_back_pain", "low back pain", note),
                 found("nsaid", "celecoxib", note, value=value),
                 found("conservative_care_failed", "failed conservative care", note,
                       value=TherapyValue(outcome="failed")),
                 *extra)
    d = outcome("evicore-spine", LUMBAR_MRI, case)
    return _node(d.criteria, "evicore-spine.def.conservative_failure").result


def test_an_nsaid_taken_for_months_and_still_taken_is_a_recent_drug_only_trial():

    since = TherapyValue(start=dt.date(2025, 11, 1), weeks=17, weeks_basis="since",
                         outcome="failed")
    assert _medicine_trial(value=since) == "met"


def test_a_course_dated_only_by_its_start_months_ago_is_not_recent():

    started = TherapyValue(start=dt.date(2025, 8, 1), weeks=6, outcome="failed")
    assert _medicine_trial(value=started) != "met"


def test_beside_an_active_course_the_medicines_do_not_make_the_trial_recent():

    since = TherapyValue(start=dt.date(2025, 11, 1), weeks=17, weeks_basis="since",
                         outcome="failed")
    note_pt = "PT 6 weeks, ended in September."
    old_pt = Finding(code="physical_therapy", assertion="present", document_date=RECEIVED,
                     value=TherapyValue(start=dt.date(2025, 8, 1), end=dt.date(2025, 9, 12),
                                        weeks=6, outcome="failed"),
                     evidence=[Evidence(document="d2", start=0, end=len(note_pt), text=note_pt)])
    assert _medicine_trial(old_pt, value=since) != "met"


def test_six_weeks_of_a_failed_nsaid_beside_a_shorter_recent_pt_course_is_the_trial():
    """SP-1.0's trial may be made of more than one treatment: six weeks of an NSAID that
    failed, with four weeks of PT begun last month."""
    six_weeks = TherapyValue(weeks=6, outcome="failed")
    note_pt = "PT 4 weeks since January."
    recent_pt = Finding(code="physical_therapy", assertion="present", document_date=RECEIVED,
                        value=TherapyValue(start=dt.date(2026, 1, 20), weeks=4, outcome="failed"),
                        evidence=[Evidence(document="d2", start=0, end=len(note_pt), text=note_pt)])
    assert _medicine_trial(recent_pt, value=six_weeks) == "met"
    # four weeks of the NSAID are no six-week trial
    assert _medicine_trial(recent_pt, value=TherapyValue(weeks=4, outcome="failed")) != "met"
