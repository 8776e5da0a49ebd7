"""Readings mended after the blind batch d925-d934 (corpora/dev/ERRORS_d925-d934.md).

- A temperature the same clause says has ended ("Tmax 38.6 on 11/20, afebrile since 11/22")
  is a fever that was, historical: it raised a suspected infection in a patient on chemotherapy
  (d930 false urgent). A fever the clause does not end stays present.
- "..., no arm symptoms, failed chiropractic care plus daily ibuprofen": the comma and "failed"
  start what was tried; the denial list before does not reach it (d926).
- Not analgesics: fentanyl injected with heroin, a buprenorphine induction for opioid use
  disorder (d929, as d556).
- A study put off ("MRI delayed ... now scheduled") is not done (d929); "high pretest
  probability of" osteomyelitis is a suspicion (d929); "worse than yesterday" is a worsening
  (d929).
- "discussed natural hx of sciatica" is the condition's usual course, no finding (d932); a drug
  "discussed ... not prescribed" was not taken (d932); pain "not controlled with" a drug says
  the drug was taken (d928).
- Dictated scores in words ("seven to eight out of ten at night") are severe pain and night
  pain (d925); "left triceps absent" in a reflex list is a reflex finding (d925).
- "reflexes 2+ symmetric (ankles 1+ bilat)": the parenthesis is an exception to the normal
  statement, not its gloss (d934); "sensation decreased stocking distribution" is a
  neuropathy, not a dermatome (d934).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- a fever the clause says has ended -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Vitals: T 37.0 (Tmax 38.6 on 11/20, afebrile since 11/22). HR 80.",
    "Exam: Tmax 38.4 two days ago, afebrile for 48 hours.",
])
def test_a_fever_then_afebrile_since_is_historical(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "fever")
    assert "historical" in assertions_of(_note(body), "fever")


@pytest.mark.parametrize("body", [
    "Vitals: Tmax 38.7 overnight. HR 102.",
    "Fever to 38.9 today; was afebrile for a week before.",
])
def test_a_fever_not_ended_stays_present(assertions_of, body):
    assert "present" in assertions_of(_note(body), "fever")


# --- a course failed after a denial list ----------------------------------------------------

def test_failed_after_a_denial_list_is_a_course_had(assertions_of):
    text = _note("Neck pain, no arm symptoms, failed chiropractic care plus daily ibuprofen.")
    assert assertions_of(text, "chiropractic_care") == {"present"}
    assert assertions_of(text, "nsaid") == {"present"}


def test_a_plain_denial_list_stays_denied(assertions_of):
    text = _note("Neck pain. No PT, no chiropractic care, no NSAIDs.")
    assert assertions_of(text, "chiropractic_care") == {"absent"}
    assert assertions_of(text, "nsaid") == {"absent"}


# --- drugs that are no analgesic -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hx: injection drug use (heroin, fentanyl; last used two days ago).",
    "Active IV drug use (heroin and fentanyl), last use today.",
    "OUD: buprenorphine induction discussed with addiction medicine; he agrees.",
])
def test_street_fentanyl_and_an_induction_are_no_analgesic(assertions_of, body):
    assert assertions_of(_note(body), "analgesic") == set()


def test_injected_heroin_stays_drug_use(assertions_of):
    assert assertions_of(_note("Social: heroin, fentanyl - snorts, no needles."),
                         "iv_drug_use") != set()


def test_a_prescribed_fentanyl_stays_an_analgesic(assertions_of):
    assert assertions_of(_note("Fentanyl patch 25 mcg for his cancer pain."),
                         "analgesic") == {"present"}


# --- studies put off, suspicions, worsening ----------------------------------------------------

def test_a_delayed_mri_is_not_done(assertions_of):
    text = _note("Lumbar MRI delayed two days (scanner down), now booked for 14:00.")
    assert "present" not in assertions_of(text, "prior_mri")


def test_an_mri_done_beside_a_delay_stays(assertions_of):
    text = _note("MRI 10/02 showed an L4-5 herniation; surgery delayed by insurance.")
    assert assertions_of(text, "prior_mri") == {"present"}


def test_a_high_pretest_probability_is_a_suspicion(assertions_of):
    text = _note("Fever and focal tenderness: high likelihood of epidural abscess; MRI today.")
    assert assertions_of(text, "spinal_infection") == {"possible"}


def test_an_infection_the_scan_shows_stays_present(assertions_of):
    assert assertions_of(_note("MRI shows L2-3 discitis with an epidural abscess."),
                         "spinal_infection") == {"present"}


def test_worse_than_yesterday_is_a_worsening(assertions_of):
    assert assertions_of(_note('She says the leg pain is "worse than yesterday" and now 9/10.'),
                         "symptom_progression") == {"present"}


# --- general talk, drugs not given, drugs that did nothing ------------------------------------

def test_the_natural_history_of_a_condition_is_no_finding(assertions_of):
    text = _note("Low back pain. We went over the natural history of sciatica at length.")
    assert assertions_of(text, "radicular_pain") == set()


def test_a_past_sciatica_stays_historical(assertions_of):
    assert assertions_of(_note("History of sciatica in 2019, resolved."),
                         "radicular_pain") == {"historical"}


def test_a_drug_discussed_and_not_prescribed_is_absent(assertions_of):
    text = ("Clinic 11/27/2026\nHPI: back pain.\n\nPlan:\n"
            "- Prednisone burst - talked it over, he would rather not, not prescribed.\n")
    assert assertions_of(text, "oral_steroid") == {"absent"}


def test_a_drug_prescribed_today_stays_planned(assertions_of):
    text = "Clinic 11/27/2026\nHPI: back pain.\n\nPlan:\n- Medrol dose pack prescribed today.\n"
    assert assertions_of(text, "oral_steroid") == {"hypothetical"}


def test_pain_not_controlled_with_a_drug_means_it_was_taken(assertions_of):
    assert assertions_of(_note("Pain 9/10, not controlled with tramadol he had left over."),
                         "analgesic") == {"present"}


def test_a_denied_drug_stays_absent(assertions_of):
    assert assertions_of(_note("No oxycodone, no tramadol."), "analgesic") == {"absent"}


# --- dictated scores, reflexes named by their muscle ------------------------------------------

def test_a_score_in_words_is_severe_pain_at_night(assertions_of):
    text = _note("She puts it at eight to nine out of ten at night, four out of ten by day.")
    assert assertions_of(text, "severe_pain") == {"present"}
    assert assertions_of(text, "night_pain") == {"present"}


def test_a_low_score_in_words_is_no_severe_pain(assertions_of):
    assert assertions_of(_note("Pain is three out of ten today, five out of ten at worst."),
                         "severe_pain") == set()


def test_a_reflex_named_by_its_muscle_graded_absent(assertions_of):
    text = _note("Reflexes: biceps 2+ bilaterally, right triceps absent, left triceps 2+.")
    assert assertions_of(text, "reflex_abnormality") == {"present"}


def test_a_trace_contraction_is_no_reflex(assertions_of):
    assert assertions_of(_note("Strength: left triceps trace contraction only."),
                         "reflex_abnormality") == set()


# --- a parenthesis that excepts, a stocking loss ------------------------------------------------

def test_an_abnormal_part_in_parentheses_after_a_normal_statement(assertions_of):
    text = _note("Neuro: DTRs 2+ throughout (knees 1+ bilaterally, chronic).")
    assert assertions_of(text, "reflex_abnormality") == {"present"}


def test_a_normal_gloss_in_parentheses_stays_normal(assertions_of):
    assert assertions_of(_note("Gait normal (heel and toe walk normal)."),
                         "gait_abnormality") == {"absent"}


def test_a_stocking_loss_is_no_dermatomal_loss(assertions_of):
    text = _note("Neuro: sensation decreased stocking distribution to the ankles bilat.")
    assert assertions_of(text, "dermatomal_sensory_loss") == set()


def test_a_dermatomal_loss_stays(assertions_of):
    text = _note("Neuro: sensation decreased L5 dermatome on the left.")
    assert assertions_of(text, "dermatomal_sensory_loss") == {"present"}
