"""Readings of studies and diagnoses (session 41, assert41c). Each fix in other words, and
near-misses that keep their old reading.

2. A study after a comma that a verb of its result follows opens a clause of its own: the
   denial before the comma does not reach it ("no trauma, CT shows no height loss"). A list
   of studies denied ("No prior MRI, CT or x-ray") stays denied.
3. A study named with its date or kind as where something is looked for ("normal on the
   11/14 CT", "no other lytic level on staging CT") is not denied with it; "No prior CT" is.
4. "had" after a comma opens the patient's next predicate ("no deficit, had CT 2025").
5. An immunosuppressant a plan holds is one the patient is on ("Hold lenalidomide pending the
   MRI", "If surgery: tofacitinib to be held 3 days pre-op"); one the plan may start stays
   hypothetical.
"""

import pytest


def _note(body, section="Assessment"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


def _plain(body):
    return f"Office visit 11/27/2026\n{body}\n"


# 2. a study that shows its result after a comma

@pytest.mark.parametrize("body", [
    "Compression fracture unlikely (no trauma, CT shows no height loss).",
    "No midline tenderness, no IVDU, CT showed no paraspinal collection.",
    "Denies fever, MRI revealed a small L4-5 protrusion only.",
])
def test_a_study_that_shows_a_result_is_had(assertions_of, body):
    codes = ("prior_ct", "prior_mri")
    assert set().union(*(assertions_of(_note(body), c) for c in codes)) == {"present"}


@pytest.mark.parametrize("body, code", [
    ("No prior MRI, CT or x-ray of the spine.", "prior_ct"),
    ("No prior MRI, CT or x-ray of the spine.", "prior_mri"),
    ("Has not had PT, MRI or injections.", "prior_mri"),
])
def test_a_list_of_studies_denied_stays_denied(assertions_of, body, code):
    assert assertions_of(_plain(body), code) == {"absent"}


# 3. a dated or staging study named as the source

@pytest.mark.parametrize("body", [
    "Afebrile, no spinal tenderness, lumbar spine normal on the 11/14 CT.",
    "T7 lesion. No other lytic level on staging CT.",
    "No fracture seen on the 10/2026 CT.",
])
def test_a_study_named_as_the_source_is_had(assertions_of, body):
    assert assertions_of(_note(body), "prior_ct") == {"present"}


def test_a_study_denied_stays_denied(assertions_of):
    assert assertions_of(_plain("No prior CT of the spine."), "prior_ct") == {"absent"}


# 4. "had" after a comma

def test_had_after_a_comma_is_a_new_predicate(assertions_of):
    body = "No further imaging needed - improving, no deficit, had CT 2025."
    assert assertions_of(_note(body, "Plan"), "prior_ct") == {"present"}


# 5. an immunosuppressant held

@pytest.mark.parametrize("body", [
    "Hold lenalidomide pending the MRI.",
    "Hold the adalimumab dose due 12/05 pending results.",
    "If surgery: tofacitinib to be held 3 days pre-op.",
    "If surgery: hold mycophenolate per our protocol.",
])
def test_a_held_immunosuppressant_is_taken(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "immunosuppression") == {"present"}


@pytest.mark.parametrize("body", [
    "Consider starting methotrexate if the arthritis flares.",
    "If a second flare, will start tocilizumab.",
])
def test_an_immunosuppressant_to_come_stays_hypothetical(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "immunosuppression") == {"hypothetical"}

