"""Readings mended after the blind batch d743-d766 (corpora/dev/ERRORS_d743-d766.md).

- "Advised ER if unable to urinate or new numbness in groin": an "ED/ER if" precaution is one
  wherever it stands in its sentence (only "ED for" needs to open its line: "seen in the ED
  for back pain" is a visit). Read as present it made a phone triage note's precaution a
  saddle anesthesia and the case urgent and met (d744: false met, false urgent).
- "neuro intact - doubt spinal source such as epidural abscess": the dash's "doubt" doubts what
  follows as "doubt" alone does; "CES - doubt" still doubts what stands before (d745: false
  met, false urgent).
- Therapy of another body part: "PT (hip) 8 wks" and a joint's diagnosis with the therapy it
  failed ("End-stage hip OA, failed PT, NSAID and injection") are no spine PT; "XR pelvis/L
  hip", "x-ray of the left hip" no spine film (d764: false met).
- A gym lift or a spell of moving furniture as the onset is trauma ("after deadlifting",
  "she spent a morning moving tables") (d752, d755).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- "ED if": a precaution anywhere in its sentence ------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Told to call back. Advised ER if she cannot pass urine or gets numb in the groin area.",
     "saddle_anesthesia"),
    ("Okay to go home, ED if unable to urinate or new saddle numbness.", "saddle_anesthesia"),
    ("Pt instructed ED for new leg weakness or numbness in the groin.", "motor_weakness"),
    ("Reviewed plan; ER if the leg gets weak or he loses bladder control.", "bladder_dysfunction"),
])
def test_an_ed_if_precaution_is_hypothetical(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


@pytest.mark.parametrize("body, code", [
    # a visit to the ED, not a precaution
    ("Seen in the ED for saddle numbness two days ago; MRI was normal.", "saddle_anesthesia"),
    ("She went to the ED with leg weakness last night.", "motor_weakness"),
    # the symptom stated as now, beside the precaution
    ("Numbness in the groin since Monday. Advised ER if it spreads.", "saddle_anesthesia"),
])
def test_an_ed_visit_or_a_symptom_stated_now_stays_present(assertions_of, body, code):
    assert "present" in assertions_of(_note(body), code)


def test_a_chronic_leak_with_an_er_precaution_is_not_urgent(review_note):
    note = ("RN PHONE NOTE 11/20/2026\n70M, back ache 10 days after stacking firewood, no leg "
            "pain. Long-standing urge leakage since his prostate surgery in 2019, unchanged. "
            "Denies trouble emptying his bladder, denies numbness in the seat area.\n"
            "Advised ER if unable to urinate or new numbness in the groin.\n")
    result = review_note(note)
    assert not any(d.urgent for d in result.determinations)


# --- "- doubt X": the dash's doubt reads forward too -----------------------------------------

@pytest.mark.parametrize("body, code", [
    # the verb after the dash doubts what follows
    ("Flank pain, spine nontender, neuro intact - doubt spinal source such as epidural abscess.",
     "spinal_infection"),
    ("Pain is at the CVA - doubt discitis.", "spinal_infection"),
    ("Exam is benign - doubt cauda equina syndrome.", "cauda_equina_syndrome"),
    # a telegraphic doubt still doubts what stands before the dash
    ("Cauda equina syndrome - doubt, rectal tone normal.", "cauda_equina_syndrome"),
    ("Epidural abscess - doubt given afebrile and normal labs.", "spinal_infection"),
])
def test_a_doubt_after_a_dash_doubts_its_diagnosis(findings_of, body, code):
    found = [f for f in findings_of(_note(body))[1].findings if f.code == code]
    assert found and all(f.assertion == "possible" and f.doubted for f in found)


def test_a_suspicion_after_a_dash_is_not_doubted(findings_of):
    body = "Fever 39 and new back pain - epidural abscess suspected."
    found = [f for f in findings_of(_note(body))[1].findings if f.code == "spinal_infection"]
    assert found and not any(f.doubted for f in found)


# --- therapy and films of another body part ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Conservative tx: PT (hip) 8 wks; meloxicam 15 mg.",
    "Prior care: PT (R knee) x 6 wks, no better.",
    "Severe R hip osteoarthritis, failed PT and an intra-articular injection.",
    "L knee OA despite 10 weeks of physical therapy.",
])
def test_another_joints_therapy_is_no_spine_pt(assertions_of, body):
    assert assertions_of(_note(body), "physical_therapy") == set()


@pytest.mark.parametrize("body", [
    "Conservative tx: PT (lumbar) 8 wks; meloxicam 15 mg.",
    "Lumbar radiculopathy, failed PT, NSAID and ESI.",
    "Hip OA and lumbar stenosis, failed PT and NSAIDs.",
])
def test_spine_therapy_stays_present(assertions_of, body):
    assert assertions_of(_note(body), "physical_therapy") == {"present"}


@pytest.mark.parametrize("body", [
    "XR pelvis/R hip 11/20/2026: moderate R hip OA.",
    "X-ray of the left hip: joint space loss.",
    "Pelvis x-ray negative for fracture.",
])
def test_a_film_of_the_hip_or_pelvis_is_no_spine_xray(assertions_of, body):
    assert assertions_of(_note(body), "prior_xray") == set()


@pytest.mark.parametrize("body", [
    "XR pelvis and lumbar spine: mild spondylosis.",
    "XR L-spine 11/18: mild spondylosis.",
    "XR lumbar spine and pelvis: degenerative change at L4-5.",
    "XR pelvis/SIJ 03/02/2026: bilateral sacroiliitis, grade 2.",
])
def test_a_spine_film_beside_the_pelvis_stays(assertions_of, body):
    assert assertions_of(_note(body), "prior_xray") == {"present"}


# --- a gym lift or a spell of moving as the onset --------------------------------------------

@pytest.mark.parametrize("body", [
    "L buttock pain into the calf since deadlifting at the gym 2 weeks ago.",
    "Back gave out while squatting heavy on Saturday.",
    "Pain came on after he spent a whole afternoon moving furniture.",
    "She spent a day hauling boxes to the attic; back pain since.",
])
def test_an_exertion_as_the_onset_is_trauma(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == {"present"}


@pytest.mark.parametrize("body", [
    "Back pain is worse after deadlifting.",
    "Told to avoid squatting and deadlifting for 2 weeks.",
    "She spent a morning reading and the pain was no better.",
])
def test_an_aggravation_or_advice_is_no_trauma(assertions_of, body):
    assert assertions_of(_note(body), "trauma") == set()
