"""Readings of assert38 (dev's largest assertion confusions, session 38). Made-up sentences:
each class with its look-alikes in other words, and the near-misses that keep their old reading.

1. A condition as the subject of what it does in general ("an epidural abscess can cause rapid
   cord compression", "epidural abscess can progress to deficit quickly") says nothing of this
   patient: no finding from that mention, as "natural history of sciatica" gives none. A
   suspicion ("could explain"), "cannot be excluded", "can be seen", and a clause of its own
   after a comma ("confirmed on MRI, which can cause ...") keep their readings.
2. A study a chiropractor ordered or took ("XR C-spine 9/30 (ordered by chiro)") tells of a
   chiropractor who already treats the patient: chiropractic_care present, not planned by the
   study's "ordered". An evaluation or referral still to come keeps its reading.
3. "concerned for" is a clinician's suspicion as "concern for" and "concerned about" are ("ID
   was concerned for early discitis or epidural abscess"): possible. A patient's worry in the
   same words is doubted (no urgency), and "cared for", "concerned" alone are no cue.
"""

import pytest


def _note(body, section="A/P"):
    return f"ED 11/27/2026\nHPI: Fever, back pain for 2 weeks.\n{section}: {body}\n"


INF = "spinal_infection"


@pytest.mark.parametrize("body", [
    "Time-sensitive: an epidural abscess can cause rapid cord compression.",
    "Neuro intact now, but epidural abscess can progress to deficit quickly.",
    "Explained that spinal infection can spread along the epidural space.",
    "We discussed how an epidural abscess can present without fever.",
    "Reviewed with family that discitis can lead to collapse of the disc space.",
])
def test_what_a_condition_does_in_general_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body), INF) == set()


@pytest.mark.parametrize("body, expected", [
    ("Epidural abscess cannot be excluded; MRI tonight.", {"possible"}),
    ("Concern for epidural abscess; an abscess here could explain the fever.", {"possible"}),
    ("L4-5 epidural abscess confirmed on MRI, which can cause compression.", {"present"}),
    ("Epidural abscess at L4-5 on today's MRI.", {"present"}),
])
def test_a_suspicion_or_a_stated_condition_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_note(body), INF) == expected


def test_the_general_sentence_leaves_the_suspicion_beside_it(assertions_of):
    body = ("Concern for spinal epidural abscess vs discitis at L2-3. "
            "An epidural abscess can cause rapid cord compression.")
    assert assertions_of(_note(body), INF) == {"possible"}


CHIRO = "chiropractic_care"


@pytest.mark.parametrize("line", [
    "XR C-spine 9/30 (ordered by chiro): C5-6 narrowing.",
    "Lumbar films 10/02 ordered by chiropractor: mild L4-5 facet arthropathy.",
    "X-rays obtained by chiro last month showed no fracture.",
    "Outside films taken by chiro 10/14 reviewed - no listhesis.",
])
def test_a_study_a_chiropractor_ordered_tells_of_care_had(assertions_of, line):
    text = f"Clinic 11/27/2026\nHPI: Neck pain for 10 weeks.\nData: {line}\nPlan: MRI.\n"
    assert assertions_of(text, CHIRO) == {"present"}


@pytest.mark.parametrize("plan, expected", [
    ("Plan: evaluation by chiropractor.", {"hypothetical"}),
    ("Plan: referral to chiro placed today.", {"hypothetical"}),
])
def test_care_still_to_come_stays_planned(assertions_of, plan, expected):
    text = f"Clinic 11/27/2026\nHPI: Neck pain for 10 weeks.\n{plan}\n"
    assert assertions_of(text, CHIRO) == expected


def test_the_study_a_chiropractor_ordered_keeps_its_own_order(assertions_of):
    # the cue opens on "by": the study's own "ordered" still plans a study not yet done
    text = ("Clinic 11/27/2026\nHPI: Neck pain for 10 weeks.\n"
            "MRI C-spine ordered by chiro, pending auth.\nPlan: recheck 2 wks.\n")
    assert assertions_of(text, CHIRO) == {"present"}
    assert "present" not in assertions_of(text, "prior_mri")



@pytest.mark.parametrize("body", [
    "ID was concerned for early discitis or epidural abscess; MRI attempted, aborted.",
    "I am concerned for an epidural abscess at L3-4 given the bacteremia.",
    "We remain concerned for vertebral osteomyelitis; repeat MRI with contrast.",
])
def test_concerned_for_is_a_suspicion(assertions_of, body):
    assert assertions_of(_note(body, "Hospital course"), INF) == {"possible"}


def test_a_patients_worry_in_the_same_words_raises_no_urgency(review_note):
    text = ("Clinic 11/20/2026\nHPI: Low back pain 3 wks after lifting. No fever, no IVDU.\n"
            "She is concerned for an infection in her spine after reading online.\n"
            "Exam: afebrile, neuro intact.\nA/P: Lumbar strain. Reassured.\n")
    result = review_note(text)
    infection = [f for f in result.findings if f.code == INF]
    assert all(f.assertion != "present" for f in infection)
    assert result.priority != "urgent"


# 4. An infection of the skin or soft tissue ("a soft-tissue infection at the injection site",
#    "a presumed superficial wound infection") is not a spinal infection: no finding from it; the
#    suspicion beside it keeps its reading, and a deep or spinal infection stays.
@pytest.mark.parametrize("body", [
    "Raised CRP and a soft-tissue infection at the injection site; afebrile, no spinal tenderness.",
    "Started on cephalexin for a presumed superficial wound infection, healing.",
    "Cutaneous infection at the old port site, improving on doxycycline.",
])
def test_a_skin_or_soft_tissue_infection_is_no_spinal_infection(assertions_of, body):
    assert assertions_of(_note(body), INF) == set()


@pytest.mark.parametrize("body, expected", [
    ("Soft-tissue infection at the injection site; epidural abscess vs discitis at L3-4 is the "
     "leading concern.", {"possible"}),
    ("Deep surgical site infection at L4-5 on today's MRI.", {"present"}),
])
def test_the_spinal_infection_beside_it_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_note(body), INF) == expected
