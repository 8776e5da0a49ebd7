"""Session 25's mend of four named readings (fresh sentences, not copied from a corpus note).

- A therapy the A/P dates before the note by its `start` ("deltoid 4/5 at PT eval 11/16") is
  not planned: the Plan default skips a dated finding, and a therapy's date is its start.
- A symptom put in the past only by "had a" in a sentence that dates it hours ago ("he had a
  temp of 101.6 last night") is the current complaint, present (policy `just_had`).
- An onset the patient dates ("dates the problem to the spring of 2025, when she first
  noticed ...") is no old episode (old_episode.now_words), and "could no longer" is a lost
  ability, not an ended symptom (PSEUDO).
- Lhermitte told in words ("Bending her head forward does not cause electric sensations")
  is myelopathy_signs, denied or present, not paresthesia."""

import pytest

NOTE = "CLINIC NOTE 11/27/2026\n{}\n"


def _read(assertions_of, line, code):
    return assertions_of(NOTE.format(line), code)


# (1) a therapy dated before the note in an A/P
@pytest.mark.parametrize("line", [
    "A/P: C6 radiculopathy, biceps 4/5 at PT eval 11/18. Continue PT.",
    "Assessment/Plan: L5 radiculopathy; EHL 4-/5 on her physical therapy evaluation 11/05.",
])
def test_a_therapy_the_plan_dates_before_the_note_is_not_planned(assertions_of, line):
    assert _read(assertions_of, line, "physical_therapy") == {"present"}


@pytest.mark.parametrize("line", [
    "Plan: Start PT 12/08, 2x/week for 6 weeks.",
    "Plan: physical therapy eval on 12/03.",
    "Plan: PT 2x/week x 6 weeks.",
    "Plan: PT referral sent 11/20.",
])
def test_a_therapy_to_come_in_the_plan_stays_planned(assertions_of, line):
    assert _read(assertions_of, line, "physical_therapy") == {"hypothetical"}


# (2) yesterday's fever, told with "had a"
@pytest.mark.parametrize("line", [
    "HPI: Since Monday her neck pain is the worst ever, and last night she had a temp of "
    "102.2 with sweats.",
    "HPI: 38M with mid back pain; he had a fever of 101.9 yesterday.",
    "HPI: low back pain, had a temperature of 38.7 this morning.",
])
def test_a_fever_had_hours_ago_is_present(assertions_of, line):
    assert _read(assertions_of, line, "fever") == {"present"}


@pytest.mark.parametrize("line", [
    "HPI: She had a fever of 101 yesterday and has since been afebrile.",
    "HPI: back pain; he had a temp of 102 in 2019 with a kidney infection.",
])
def test_a_fever_said_over_or_long_past_stays_historical(assertions_of, line):
    read = _read(assertions_of, line, "fever")  # "afebrile" is its own finding (absent)
    assert "historical" in read and "present" not in read


def test_a_numbness_had_yesterday_that_resolved_stays_historical(assertions_of):
    line = "HPI: he had a brief spell of numbness in both hands yesterday that resolved."
    assert _read(assertions_of, line, "paresthesia") == {"historical"}


# (3) an onset the patient dates; a lost ability
@pytest.mark.parametrize("line", [
    "HPI: A 71 year old retired teacher who dates the problem to the spring of 2025, when she "
    "first noticed she could no longer fasten small buttons and her handwriting became messy.",
    "HPI: He traces his symptoms to March 2025, when he first noticed trouble with buttons.",
])
def test_an_onset_the_patient_dates_is_the_current_complaint(assertions_of, line):
    assert _read(assertions_of, line, "myelopathy_signs") == {"present"}


@pytest.mark.parametrize("line", [
    "HPI: In the spring of 2025 she had trouble with buttons, which resolved by summer.",
    "HPI: He no longer has trouble with buttons since the carpal tunnel release.",
])
def test_a_problem_said_over_stays_historical(assertions_of, line):
    assert _read(assertions_of, line, "myelopathy_signs") == {"historical"}


def test_a_symptom_no_longer_present_stays_historical(assertions_of):
    assert _read(assertions_of, "HPI: Her hand numbness is no longer present.",
                 "paresthesia") == {"historical"}


# (4) Lhermitte in words
@pytest.mark.parametrize("line", [
    "Exam: Bending his head forward\ndoes not cause electric sensations.",
    "HPI: Looking down never produces any shock-like feelings.",
    "HPI: denies electric sensations with neck flexion.",
])
def test_a_lhermitte_denied_in_words_is_myelopathy_signs_absent(assertions_of, line):
    assert _read(assertions_of, line, "myelopathy_signs") == {"absent"}
    assert _read(assertions_of, line, "paresthesia") == set()


@pytest.mark.parametrize("line", [
    "HPI: Flexing her neck forward sends electric shocks into both hands.",
    "HPI: she gets electrical jolts when she bends her head forward.",
    "HPI: reports electric shocks down his spine when he looks down at his phone.",
])
def test_a_lhermitte_told_in_words_is_myelopathy_signs_present(assertions_of, line):
    assert _read(assertions_of, line, "myelopathy_signs") == {"present"}


@pytest.mark.parametrize("line, assertion", [
    ("HPI: Coughing does not cause electric sensations in his legs.", "absent"),
    ("HPI: Standing causes electric sensations down the left leg.", "present"),
    ("HPI: burning and electric sensations in both feet at night.", "present"),
])
def test_electric_sensations_without_neck_flexion_stay_paresthesia(assertions_of, line,
                                                                    assertion):
    assert _read(assertions_of, line, "paresthesia") == {assertion}
    assert _read(assertions_of, line, "myelopathy_signs") == set()


def test_a_denied_lhermitte_beside_hand_signs_stands_on_its_own(assertions_of):
    text = ("HPI: His handwriting has become sloppy and he drops his keys. Tipping his head "
            "forward does not cause electric sensations.")
    assert _read(assertions_of, text, "myelopathy_signs") == {"present", "absent"}


def test_denied_hand_clumsiness_beside_sloppy_handwriting_stays_a_companion(assertions_of):
    text = "HPI: His handwriting has become sloppy; no trouble with buttons."
    assert "present" in _read(assertions_of, text, "myelopathy_signs")
