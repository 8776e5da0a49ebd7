"""Readings mended after the blind batch d815-d826 (corpora/dev/ERRORS_d815-d826.md).

- A visit the Plan dates or books ("In-person visit 12/21 for a full exam") has not happened:
  no in_person_exam (ANNOTATION 'Planned visits'); read as present it gives a video visit the
  face-to-face exam eviCore asks for (d819).
- A date written like a score ("began 3 wks before Halloween (approx 10/10)") is no pain score
  (d818: severe_pain present 10/10).
- "h/o breast cancer on letrozole, new focal thoracic pain with night pain": what the sentence
  calls new is not the history (d821: the red-flag symptoms read historical).
- "worse now than in October": a comparison with an earlier time is progression (d817).
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: Low back pain with L leg pain.\n{body}\n"


# --- a visit the Plan dates or books ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Plan: Continue PT. In-person visit 12/21 for a full exam.",
    "Plan: In-office visit on Monday for a neuro exam.",
    "Plan: In-person visit scheduled for the 28th to check reflexes.",
    "Assessment/Plan: lumbar strain. In person visit Dec 21 to recheck strength.",
    "Plan: in-person visit is booked; will examine then.",
])
def test_a_visit_the_plan_dates_is_no_exam(assertions_of, body):
    assert assertions_of(_note(body), "in_person_exam") == set()


@pytest.mark.parametrize("body", [
    # a visit told as held keeps its exam, in the Plan or elsewhere
    "Seen at an in-person visit 11/20 with a normal exam.",
    "Exam (in-person visit): strength 5/5 throughout, reflexes 2+.",
])
def test_a_visit_held_is_still_an_exam(assertions_of, body):
    assert assertions_of(_note(body), "in_person_exam") == {"present"}


def test_a_visit_in_weeks_is_still_no_exam(assertions_of):
    assert assertions_of(_note("Plan: In-person visit in 3 weeks for a full exam."),
                         "in_person_exam") == set()


# --- a date written like a score -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Pain began 3 wks before Thanksgiving (approx 10/10) after moving furniture. Rates it 3/10.",
    "Symptoms started the weekend after the wedding (approx. 9/10), now 2/10.",
    "Onset on or about 8/10 while gardening; pain mild, 3/10.",
    "Hurt it at the lake (~7/10) and it has eased since; 2/10 now.",
])
def test_a_date_like_a_score_is_no_severe_pain(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "severe_pain")


@pytest.mark.parametrize("body", [
    "Pain approx 8/10 at worst today.",
    "Rates the leg pain 9/10 since the move.",
    "Pain 10/10 in triage.",
])
def test_a_score_stays_a_score(assertions_of, body):
    assert assertions_of(_note(body), "severe_pain") == {"present"}


# --- what a history sentence calls new -------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("A/P: 64M with h/o prostate cancer on ADT, new midline thoracic pain and night pain.",
     "night_pain"),
    ("A/P: 58F with history of colon cancer, new focal thoracic pain for 4 weeks.",
     "thoracic_pain"),
    ("Impression: hx of melanoma, new weight loss of 5 kg and back pain.",
     "unexplained_weight_loss"),
])
def test_what_is_new_after_a_history_is_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


@pytest.mark.parametrize("body, code", [
    # what the history itself names stays history
    ("PMH notable for h/o sciatica in 2015, resolved with PT.", "radicular_pain"),
    ("Hx of neurogenic claudication before his 2019 laminectomy.", "neurogenic_claudication"),
])
def test_the_history_itself_stays_history(assertions_of, body, code):
    assert assertions_of(f"Clinic 11/27/2026\nHPI: {body}\n", code) == {"historical"}


# --- worse than an earlier time --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Her son says the walking is worse now than in the summer.",
    "Leg pain is worse than at the first PT visit.",
    "Numbness worse than two weeks ago.",
])
def test_worse_than_an_earlier_time_is_progression(assertions_of, body):
    assert assertions_of(_note(body), "symptom_progression") == {"present"}


@pytest.mark.parametrize("body, expected", [
    ("Leg pain is no worse than before.", {"absent"}),
    ("Pain is worse than expected for a simple strain.", set()),
    ("Sitting makes the pain worse.", set()),
])
def test_look_alikes_of_worse_than(assertions_of, body, expected):
    assert assertions_of(_note(body), "symptom_progression") == expected


# --- a line that opens on the pain, worse ----------------------------------------------------

@pytest.mark.parametrize("line, code", [
    ("Reason for call: low back pain worse, chills", "low_back_pain"),
    ("CC: neck pain worse.", "neck_pain"),
    ("Reason: sciatica worse; no weakness.", "radicular_pain"),
])
def test_a_line_opening_on_the_pain_worse_is_progression(findings_of, line, code):
    table = findings_of(f"Phone note 11/27/2026\n{line}\n")[0]
    assert table.get("symptom_progression") == {"present"}
    assert "present" in table.get(code, set())


@pytest.mark.parametrize("body", [
    "Bending makes the back pain worse.",
    "Back pain worse with sitting, better lying down.",
    "Neck pain worse when looking up.",
])
def test_what_makes_the_pain_worse_is_no_progression(assertions_of, body):
    assert assertions_of(_note(body), "symptom_progression") == set()


# --- a study weighed is no study had ---------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Impression: knee OA. I doubt a lumbar MRI adds anything here.", "prior_mri"),
    ("Cardiology letter: CT is fine from our standpoint.", "prior_ct"),
    ("A/P: MRI is not indicated at this time.", "prior_mri"),
    ("CT would be helpful if she cannot have the MRI.", "prior_ct"),
])
def test_a_study_weighed_is_no_prior_study(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code", [
    ("MRI L-spine 03/2025 showed an L4-5 protrusion; that MRI was fine otherwise.", "prior_mri"),
    ("CT lumbar 10/2026: no fracture.", "prior_ct"),
    ("Reviewed her MRI from 2023, which is of reasonable quality.", "prior_mri"),
])
def test_a_study_had_stays(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# --- an opioid named with its acetaminophen --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hydrocodone-APAP 5/325 q6h prn from urgent care helps a little.",
    "Takes oxycodone-APAP 5/325 at night.",
    "Hydrocodone/APAP 10/325 prn.",
])
def test_an_opioid_with_apap_is_an_analgesic(assertions_of, body):
    assert assertions_of(_note(body), "analgesic") == {"present"}


def test_acetaminophen_combination_denied_stays_denied(assertions_of):
    assert assertions_of(_note("No hydrocodone-APAP or other opioids."), "analgesic") == {"absent"}
