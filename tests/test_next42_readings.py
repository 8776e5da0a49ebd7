"""Readings behind session 42's determinations (next42): each fix with its look-alikes in
other words, and near-misses that keep their old reading.

1. A suspected infection written with a slash ("discitis/epidural abscess", "epidural
   abscess/discitis") is found, one token with the first word as it is.
2. A doubt cue that opens after every denial ("no fever, no bacteremia - low suspicion for
   discitis") doubts the diagnosis the reasons before it argue against: possible, doubted;
   a denial after the doubt ("low suspicion for infection; no discitis on MRI") still denies.
3. The patient's fear told with "that" and a clause ("anxious that this represents cancer",
   "afraid that it is ...") is a worry: possible, doubted - it meets no suspicion of its own.
4. A relative's diagnosis the patient fears is hers too, named only as "the same thing", "what
   my mom had" or "something like that" after a worry word: that diagnosis, possible and
   doubted (the relative's own stays family); not without a worry word, nor without a
   relative named beside the diagnosis.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


def _of(findings_of, text, code):
    table, result = findings_of(text)
    return [f for f in result.findings if f.code == code]


# ---- 1. a suspected infection written with a slash ----------------------------------------

@pytest.mark.parametrize("body", [
    "Concern for discitis/epidural abscess - MRI w/wo tonight.",
    "r/o epidural abscess/discitis, MRI today.",
])
def test_a_slashed_pair_of_infections_is_found(assertions_of, body):
    assert assertions_of(_note(body, "A/P"), "spinal_infection") == {"possible"}


def test_a_slashed_pair_on_a_study_is_present(assertions_of):
    body = "MRI shows discitis/epidural abscess at L3-4."
    assert assertions_of(_note(body, "Imaging"), "spinal_infection") == {"present"}


# ---- 2. a doubt after the denials that argue against it -----------------------------------

@pytest.mark.parametrize("body", [
    "No fever, no bacteremia - low suspicion for discitis/epidural abscess.",
    "Afebrile, no IVDU, no recent procedure; low suspicion for epidural abscess.",
])
def test_a_doubt_after_its_reasons_is_doubted_not_denied(findings_of, body):
    found = _of(findings_of, _note(body, "A/P"), "spinal_infection")
    assert [(f.assertion, f.doubted) for f in found] == [("possible", True)]


def test_a_denial_after_the_doubt_still_denies(assertions_of):
    body = "Low suspicion for infection; no discitis on MRI."
    assert "absent" in assertions_of(_note(body, "A/P"), "spinal_infection")


def test_a_plain_denial_list_stays_denied(assertions_of):
    body = "No fever, no weight loss, no hx of cancer."
    assert assertions_of(_note(body, "ROS"), "malignancy") == {"absent"}


# ---- 3. "anxious that this represents ..." ------------------------------------------------

@pytest.mark.parametrize("body", [
    'She is extremely anxious that this represents "cancer in the spine" like her mother.',
    "He is scared that it is cancer again.",
])
def test_a_fear_told_with_that_is_a_doubted_worry(findings_of, body):
    found = _of(findings_of, _note(body), "malignancy")
    assert [(f.assertion, f.doubted) for f in found] == [("possible", True)]


def test_a_fear_of_something_else_leaves_a_known_cancer(assertions_of):
    body = "Pt anxious that the back pain will return. Known metastatic breast cancer."
    assert assertions_of(_note(body), "malignancy") == {"present"}


# ---- 4. "worried she has the same thing" after a relative's diagnosis ---------------------

@pytest.mark.parametrize("body, code", [
    ("Her brother had a herniated disc last year. She worries she has the same thing.",
     "disc_herniation"),
    ("Father had lumbar stenosis surgery in 2019. Pt is afraid he has what his dad had.",
     "spinal_stenosis"),
    ("Her aunt died of metastatic breast cancer. She is frightened this is the same thing.",
     "malignancy"),
    ('He is worried he has "what my mom had": mother had back surgery for a slipped disc.',
     "disc_herniation"),
])
def test_the_same_thing_feared_after_a_relatives_diagnosis(findings_of, body, code):
    found = _of(findings_of, _note(body), code)
    assert sorted((f.assertion, bool(f.doubted)) for f in found) == [
        ("family", False), ("possible", True)]


@pytest.mark.parametrize("body, code", [
    # no worry word: a comparison, not a fear
    ("Her brother had a herniated disc. The pain is the same thing as last year.",
     "disc_herniation"),
    # a worry about something else; "the same" runs on to what it is compared with
    ("Sister had breast cancer. She is worried about her knee; the pain is the same as before.",
     "malignancy"),
])
def test_the_same_without_a_feared_relatives_diagnosis_is_nothing(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"family"}


def test_the_same_thing_with_no_relative_named_is_nothing(assertions_of):
    body = "Herniated disc at L4-5 on MRI 2020. She worries she has the same thing again."
    assert "possible" not in assertions_of(_note(body), "disc_herniation")

