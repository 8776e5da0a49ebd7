"""Readings of studies and diagnoses (session 41, assert41c). Each fix in other words, and
near-misses that keep their old reading.

1. A fever inside a slashed compound with the weight loss or night sweats ("No fever/wt
   loss", "neg for fever/chills/wt loss", "No fever/night sweats") is read: fever and weight
   loss denied together. A bare "No fever/chills" keeps its reading.
2. A study after a comma that a verb of its result follows opens a clause of its own: the
   denial before the comma does not reach it ("no trauma, CT shows no height loss"). A list
   of studies denied ("No prior MRI, CT or x-ray") stays denied.
3. A study named with its date or kind as where something is looked for ("normal on the
   11/14 CT", "no other lytic level on staging CT") is not denied with it; "No prior CT" is.
4. "had" after a comma opens the patient's next predicate ("no deficit, had CT 2025").
5. An immunosuppressant a plan holds is one the patient is on ("Hold lenalidomide pending the
   MRI", "If surgery: tofacitinib to be held 3 days pre-op"); one the plan may start stays
   hypothetical.
6. A stinger or burner (a brachial plexus stretch injury) the note calls resolved is
   peripheral_neuropathy historical; one told as now ("burner down R arm after the tackle
   today") gives nothing.
7. A spinal infection named in a list its sentence weighs ("vertebral osteomyelitis/discitis
   and/or epidural abscess must be excluded", "an epidural abscess until proven otherwise,
   with T8-9 discitis-osteomyelitis") is possible with the rest; one stated before the doubt
   ("deep surgical site infection, possible epidural abscess") stays present.
"""

import pytest


def _note(body, section="Assessment"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


def _plain(body):
    return f"Office visit 11/27/2026\n{body}\n"


# 1. a fever in a slashed compound

@pytest.mark.parametrize("body", [
    "No bowel/bladder sx. No fever/wt loss.",
    "ROS: Const neg for fever/chills/wt loss. GU neg.",
    "No saddle numbness. No fevers/weight loss.",
    "No f/c/weight loss.",
])
def test_a_fever_beside_weight_loss_is_denied_with_it(assertions_of, body):
    assert assertions_of(_plain(body), "fever") == {"absent"}
    assert assertions_of(_plain(body), "unexplained_weight_loss") == {"absent"}


@pytest.mark.parametrize("body, expected", [
    ("Weight stable. No fever/night sweats.", {"absent"}),
    ("No fever/chills.", {"absent"}),
    ("Reports fevers/night sweats for 2 weeks.", {"present"}),
])
def test_a_fever_beside_night_sweats(assertions_of, body, expected):
    assert assertions_of(_plain(body), "fever") == expected


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


# 6. a stinger that passed

@pytest.mark.parametrize("body", [
    "Assessment: R brachial plexus stretch injury (stinger/burner), resolved; neck strain.",
    "2. Transient R brachial plexus stinger 11/14, resolved.",
])
def test_a_resolved_stinger_is_historical(assertions_of, body):
    assert assertions_of(_plain(body), "peripheral_neuropathy") == {"historical"}


def test_a_stinger_now_gives_nothing(assertions_of):
    body = "Pt c/o R neck pain + burner down R arm after a tackle today."
    assert assertions_of(_plain(body), "peripheral_neuropathy") == set()


# 7. a diagnosis of a weighed list

@pytest.mark.parametrize("body", [
    "Concern for spread - vertebral osteomyelitis/discitis and/or epidural abscess L4-S1 "
    "must be excluded urgently.",
    "This is a spinal epidural abscess until proven otherwise, with T8-9 discitis-osteomyelitis.",
    "Deep surgical site infection with possible epidural abscess or early discitis at L4-5 "
    "must be excluded.",
])
def test_a_diagnosis_of_a_weighed_list_is_possible(assertions_of, body):
    assert assertions_of(_note(body), "spinal_infection") == {"possible"}


@pytest.mark.parametrize("body", [
    "Impression: deep surgical site infection, possible epidural abscess.",
    "MRI 11/20: L4-5 discitis-osteomyelitis; epidural abscess not excluded.",
])
def test_a_diagnosis_before_the_doubt_stays_present(assertions_of, body):
    assert assertions_of(_note(body), "spinal_infection") == {"possible", "present"}
