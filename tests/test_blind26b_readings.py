"""Readings mended after the blind cases d875-d886 (session 26, blind26b). Invented sentences,
never the cases' text; each class of reading with a near-miss that keeps its old reading.

1. An MRI a note clears outright ("MRI lumbar spine may proceed", "Not a contraindication to
   MRI") is no denied kind of contraindication: it stands beside the device another note gave
   as the barrier, and the CT lines that need "MRI cannot be performed" are not met
   (DETERMINATIONS d123, d886). A study cleared to go ahead is no prior MRI either.
2. A short aside right after a cue ("his brother (64)") is no word of its reach; a line break
   is none either ("he is not to take\\nanti-inflammatories").
3. "that was my sister": a problem the patient gives back to a relative is the relative's.
4. A study named by its CPT code on a form's order line is the study asked for.
6. "fentanyl use", "heroin + fentanyl": a drug used, not an analgesic.
7. "HEP: issued at eval, progressed ...": the programme progressed after a label's colon.
8. "bladder\\nor bowels" wrapped at the margin; a parenthesis that opens the next line of
   long prose continues its sentence ("... conservative care\\n(PT, NSAID)").
9. Spoken grades ("Strength five over five", "four out of five"); "walks with a stoop".
"""

import pytest


def _note(body):
    return f"Spine clinic 11/20/2026\n{body}\n"


# 1 -------------------------------------------------------------------------------------------

CLEARED = ("Plan: CT lumbar spine instead of MRI because of the cochlear implant.\n\n"
           "MRI SAFETY REVIEW 11/19/2026\n"
           "Device reviewed with the manufacturer. Not a contraindication to MRI; MRI of the "
           "lumbar spine can proceed at 1.5T.\n")


def test_a_cleared_mri_stands_beside_the_barrier(assertions_of):
    assert assertions_of(_note(CLEARED), "mri_contraindication") == {"present", "absent"}


def test_a_denied_kind_beside_a_device_still_yields(assertions_of):
    # near-miss: "no pacemaker" denies another kind, not the implant
    text = _note("Plan: CT lumbar spine; MRI not possible because of the cochlear implant.\n"
                 "No pacemaker, no metal fragments.")
    assert assertions_of(text, "mri_contraindication") == {"present"}


@pytest.mark.parametrize("sentence", [
    "MRI lumbar spine may proceed at 3T per the device conditions.",
    "The MRI of the cervical spine can be done once the pump is paused.",
])
def test_an_mri_cleared_to_go_ahead_is_no_prior_mri(assertions_of, sentence):
    assert assertions_of(_note(sentence), "prior_mri") == set()


def test_an_mri_done_is_still_a_prior_mri(assertions_of):
    assert assertions_of(_note("MRI lumbar spine 2024 showed an L4-5 protrusion."),
                         "prior_mri") == {"present"}


L4_DEFICIT = ("57 yo with R L4 radiculopathy since July: quad 4/5, patellar absent on the R, "
              "decreased pinprick over the R medial shin. PT 08/01-09/20 (7 wks), naproxen "
              "and gabapentin, no lasting relief. TFESI planned.\n")


def test_ct_is_not_met_when_a_note_clears_the_mri(review_under):
    result = review_under(_note(L4_DEFICIT + CLEARED), ["nia-lumbar-ct", "cohere-ct-spine"])
    outcomes = {d.guideline: d.outcome for d in result.determinations}
    assert "met" not in outcomes.values(), outcomes


def test_ct_is_met_when_the_implant_bars_the_mri(review_under):
    # near-miss: the barrier alone, never cleared
    text = _note(L4_DEFICIT + "Plan: CT lumbar spine; MRI contraindicated because of the "
                 "cochlear implant (not MR conditional).")
    result = review_under(text, ["nia-lumbar-ct"])
    assert {d.guideline: d.outcome for d in result.determinations}["nia-lumbar-ct"] == "met"


# 2 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "She wants imaging because her mother (age 80) had surgery for cervical myelopathy.",
    "He asks for a scan since his sister (RN) was just operated on for cervical myelopathy.",
])
def test_an_aside_after_a_relative_does_not_shorten_the_reach(assertions_of, sentence):
    assert assertions_of(_note(sentence), "myelopathy_signs") == {"family"}


def test_the_patients_own_myelopathy_after_a_relative_aside(assertions_of):
    # near-miss: the patient's own sign in the next sentence
    text = _note("Her sister (RN) came with her. Exam: Hoffmann positive on the R, "
                 "cervical myelopathy suspected.")
    assert "family" not in assertions_of(text, "myelopathy_signs")


@pytest.mark.parametrize("sentence", [
    "His cardiologist stopped it, and he is told not to take\nibuprofen now.",
    "She was advised not to use\nnaproxen after the GI bleed.",
])
def test_a_line_break_is_no_word_of_a_denial(assertions_of, sentence):
    assert assertions_of(_note(sentence), "nsaid") == {"absent"}


def test_a_drug_on_the_next_sentence_is_not_denied(assertions_of):
    text = _note("Not taking any opioids.\nNaproxen 500 mg BID helps.")
    assert assertions_of(text, "nsaid") == {"present"}


# 3 -------------------------------------------------------------------------------------------

def test_a_listed_problem_given_back_to_a_relative(assertions_of):
    text = _note('PMH: HTN. "Colon cancer 2012" is on the old med list -- he says "no, that '
                 'was my father," corrected.')
    assert assertions_of(text, "malignancy") == {"family"}


def test_the_patients_own_cancer_beside_a_remark(assertions_of):
    text = _note("PMH: breast cancer 2015 s/p lumpectomy; she says that was my worst year.")
    assert assertions_of(text, "malignancy") == {"present"}


# 4 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, code", [
    ("Member: 52 F    CPT: 72141 MRI C-spine w/o contrast    Dx: M54.12", "prior_mri"),
    ("Order: CPT 72131 CT lumbar spine without contrast", "prior_ct"),
])
def test_a_study_named_by_its_cpt_code_is_the_request(assertions_of, line, code):
    assert assertions_of("PRIOR AUTHORIZATION REQUEST\n" + line + "\n", code) == set()


def test_a_prior_study_beside_the_code_is_still_prior(assertions_of):
    text = "PRIOR AUTHORIZATION REQUEST\nRequested: CPT 72148. Prior MRI L-spine 06/2024 normal.\n"
    assert assertions_of(text, "prior_mri") == {"present"}


# 6 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Social: active IV heroin + fentanyl use, last used two days ago.",
    "History of fentanyl abuse, clean since 2023.",
])
def test_fentanyl_used_is_no_analgesic(assertions_of, sentence):
    assert assertions_of(_note(sentence), "analgesic") == set()


def test_fentanyl_given_is_an_analgesic(assertions_of):
    text = _note("Given fentanyl 50 mcg IV in the ED for pain.")
    assert assertions_of(text, "analgesic") == {"present"}


# 7 -------------------------------------------------------------------------------------------

def test_a_programme_progressed_after_a_label(assertions_of):
    text = _note("Home program: taught at eval, progressed twice since; does it daily.")
    assert assertions_of(text, "symptom_progression") == set()


def test_a_symptom_progressed_after_the_programme(assertions_of):
    text = _note("HEP: done daily. Leg numbness has progressed since October.")
    assert assertions_of(text, "symptom_progression") == {"present"}


# 8 -------------------------------------------------------------------------------------------

def test_bowels_wrapped_after_the_bladder(assertions_of):
    text = _note("Denies saddle numbness, no problems with her bladder\nor bowels.")
    assert assertions_of(text, "bowel_dysfunction") == {"absent"}


def test_a_parenthesis_wrapping_a_long_line_lists_its_items(assertions_of):
    text = _note("A/P: R S1 radiculopathy, failed more than 6 weeks of conservative care\n"
                 "(PT, NSAID, muscle relaxant).\n - MRI L-spine w/o contrast")
    assert assertions_of(text, "muscle_relaxant") == {"present"}


def test_a_parenthesis_after_a_short_line_is_its_own(assertions_of):
    text = _note("Plan: MRI\n(muscle relaxant if spasm persists)")
    assert assertions_of(text, "muscle_relaxant") == {"hypothetical"}


# 9 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Exam: Strength five over five in both legs.", {"absent"}),
    ("Exam: Strength 5 out of 5 throughout.", {"absent"}),
    ("Exam: Left ankle dorsiflexion strength four over five.", {"present"}),
])
def test_spoken_grades(assertions_of, sentence, expected):
    assert assertions_of(_note(sentence), "motor_weakness") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Exam: She walks with a slight stoop, otherwise steady.", {"present"}),
    ("Exam: Walks upright, no stoop.", set()),
])
def test_a_stoop_in_the_gait(assertions_of, sentence, expected):
    assert assertions_of(_note(sentence), "gait_abnormality") == expected
