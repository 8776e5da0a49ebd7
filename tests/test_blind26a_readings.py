"""Readings mended after the blind batch d863-d874 (corpora/dev/ERRORS_d863-d874.md).

- "listhesis without dynamic instability, and failure of 6 weeks of care": a comma and "and"
  right after a "without" phrase's first item end the denial (d865: the failed course and its
  worsening read absent, two determinations not met).
- "In a patient with a history of breast cancer, progressive thoracic pain ...": the opening
  phrase's comma ends the history (d869).
- "We deferred NSAIDs because of her kidneys": a medicine deferred or withheld was not given
  (d871).
- "My main concern is myeloma": a concern with its rank is a doubt (d871).
- "no trouble with his 2020 lumbar MRI": the study was done (d874); "MRI is not
  contraindicated" names no study; "CT order submitted" is one still to come.
- "Baseline: residual foot drop since the 2017 surgery": a left-over deficit is there now (d868).
- "C6 radicular irritation", "an irritable C6 root": radiculopathy (d864); "No fevers or weight
  change" denies the weight change (d864).
- "had more than six weeks of structured therapy plus an NSAID without improvement": a failed
  course (d863).
- "her foot going to sleep after walking": paresthesia (d865).
- "no falls apart from one in 2021, when she slipped on ice": the exception's own clause is no
  denied list (d869).
- "until fitted, avoid lifting": the brace is still to come; the advice is the Plan's (d870).
- "Old peroneal palsy resolved": a palsy that recovered is historical (d872).
- A packet's older note is not made historical by an episode a later note dates to months
  before it ("sciatica March to May 2026, resolved" beside a November PT note, d863).
Every sentence is written here, none copied from the corpus."""

import datetime as dt

import pytest

from note_text import hpi_note as _note
from readings import read_packet


# --- ", and" ends a "without" phrase -----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Impression: stable disc bulge without instability on flexion views, and failure of 8 weeks "
     "of formal PT plus naproxen.", "conservative_care_failed"),
    ("Chronic stenosis without cord signal change, and worsening walking distance this month.",
     "symptom_progression"),
    ("Low back ache without radiation, and numbness of the left foot at night.", "paresthesia"),
])
def test_comma_and_after_a_without_phrase_ends_the_denial(assertions_of, body, code):
    assert "present" in assertions_of(_note(body), code)


@pytest.mark.parametrize("body, code", [
    # a list the "without" denies has its commas before the ", and"
    ("Presents without fever, chills, and weight loss.", "unexplained_weight_loss"),
    ("Back pain without radiation or numbness.", "paresthesia"),
])
def test_a_without_list_is_still_denied(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


# --- an opening "in a patient with a history of X," -------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("In a man with a history of prostate cancer, worsening mid back pain that wakes him at "
     "night needs an MRI.", "night_pain"),
    ("For a 70-year-old woman with a known history of myeloma, new weight loss is worrying.",
     "unexplained_weight_loss"),
])
def test_an_opening_history_phrase_ends_at_its_comma(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


def test_a_history_list_is_still_history(assertions_of):
    assert "historical" in assertions_of(
        _note("Patient with a history of sciatica, foot drop and back surgery."), "foot_drop")


# --- a medicine deferred or withheld ----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("We deferred anti-inflammatories given his ulcer.", "nsaid"),
    ("Muscle relaxant deferred because of fall risk.", "muscle_relaxant"),
    ("Gabapentin was withheld because of sedation.", "neuropathic_agent"),
])
def test_a_deferred_medicine_is_not_given(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"absent"}


@pytest.mark.parametrize("body, code, assertion", [
    ("Lumbar radiographs deferred; ibuprofen started.", "nsaid", "present"),
    ("MRI deferred given her pacemaker.", "prior_mri", "absent"),
])
def test_deferred_reaches_no_further_than_its_item(assertions_of, body, code, assertion):
    assert assertions_of(_note(body), code) == {assertion}


# --- a ranked concern ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Our biggest concern is cauda equina syndrome.", "cauda_equina_syndrome"),
    ("The chief worry is an epidural abscess.", "spinal_infection"),
])
def test_a_ranked_concern_is_a_doubt(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"possible"}


def test_a_concern_about_something_else_leaves_a_known_cancer(assertions_of):
    body = "My main concern is her pain control; she has known metastatic lung cancer."
    assert assertions_of(_note(body), "malignancy") == {"present"}


# --- studies done, not named, still to come -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "She had no problems with her 2019 cervical MRI; no implants.",
    "No claustrophobia during his last MRI.",
])
def test_no_trouble_with_a_study_says_it_was_done(assertions_of, body):
    assert assertions_of(_note(body), "prior_mri") == {"present"}


def test_no_trouble_with_buttons_is_still_denied(assertions_of):
    assert assertions_of(_note("No trouble with buttons or writing."), "myelopathy_signs") == {"absent"}


@pytest.mark.parametrize("body, code", [
    ("An MRI is not contraindicated and not needed now.", "prior_mri"),
    ("CT order submitted at the adjuster's request.", "prior_ct"),
    ("MRI requisition faxed today.", "prior_mri"),
])
def test_no_study_done(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


def test_no_prior_mri_is_still_denied(assertions_of):
    assert assertions_of(_note("No prior MRI of the spine."), "prior_mri") == {"absent"}


# --- a residual deficit at baseline ---------------------------------------------------------------

def test_a_residual_baseline_deficit_is_there_now(assertions_of):
    body = "Baseline: residual R foot drop since the 2015 operation, unchanged for years."
    assert assertions_of(_note(body), "foot_drop") == {"present"}


def test_a_baseline_state_alone_is_still_the_earlier_one(assertions_of):
    assert assertions_of(_note("Baseline: R foot drop.\nNow: 4/5 ankle dorsiflexion."),
                         "foot_drop") == {"historical"}


# --- roots named irritated; a weight change in a denied list -------------------------------------

@pytest.mark.parametrize("body, assertion", [
    ("The tingling could be an irritable C7 root or early carpal tunnel syndrome.", "possible"),
    ("Assessment: possible C7 radicular irritation.", "possible"),
    ("Exam fits L5 root irritation on the right.", "present"),
])
def test_an_irritated_root_is_radiculopathy(assertions_of, body, assertion):
    assert assertions_of(_note(body), "radiculopathy") == {assertion}


@pytest.mark.parametrize("body", [
    "No chills or weight change.",
    "Denies night sweats, fevers, weight changes.",
])
def test_a_weight_change_in_a_denied_list(assertions_of, body):
    assert assertions_of(_note(body), "unexplained_weight_loss") == {"absent"}


def test_a_weight_change_alone_is_no_finding(assertions_of):
    assert assertions_of(_note("Weight change: up 3 kg since summer."),
                         "unexplained_weight_loss") == set()


# --- a failed course told by its length ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "She has now had over six weeks of supervised therapy and an anti-inflammatory without relief.",
    "He completed 8 weeks of PT plus naproxen without improvement.",
])
def test_a_course_of_two_therapies_without_improvement_failed(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == {"present"}


def test_the_failed_course_keeps_its_therapies(assertions_of):
    body = "He completed 8 weeks of PT plus naproxen without improvement."
    assert assertions_of(_note(body), "physical_therapy") == {"present"}
    assert assertions_of(_note(body), "nsaid") == {"present"}


@pytest.mark.parametrize("body", [
    "He has had two weeks of PT without improvement.",
    "She has had six weeks of PT and naproxen with improvement.",
])
def test_one_therapy_or_an_improving_course_is_no_failed_course(assertions_of, body):
    assert assertions_of(_note(body), "conservative_care_failed") == set()


# --- a limb going to sleep ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    'His right foot keeps "going to sleep" when he stands in line.',
    "Her left foot goes to sleep after a mile.",
])
def test_a_limb_going_to_sleep_is_paresthesia(assertions_of, body):
    assert assertions_of(_note(body), "paresthesia") == {"present"}


def test_going_to_sleep_at_night_is_no_paresthesia(assertions_of):
    assert assertions_of(_note("He goes to sleep at 10 pm."), "paresthesia") == set()


# --- an exception with a clause of its own ---------------------------------------------------------

def test_an_exception_told_in_its_own_clause_is_not_denied(assertions_of):
    body = "He has had no falls apart from one in 2020, when he tripped on a curb and hit his back."
    assert "absent" not in assertions_of(_note(body), "trauma")


def test_a_denied_list_after_an_exception_goes_on(assertions_of):
    body = "Denies numbness other than the toes, weakness, or bladder change."
    assert assertions_of(_note(body), "bladder_dysfunction") == {"absent"}


# --- a brace still to be fitted --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Back pain after a fall.\nPlan:\n- Until the brace is fitted, avoid bending.",
    "Back pain after a fall.\nPlan:\n- TLSO ordered; until fitted, avoid lifting.",
])
def test_advice_until_a_fitting_is_the_plans(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == {"hypothetical"}


def test_a_brace_fitted_is_worn(assertions_of):
    body = "Back pain.\nTLSO fitted today, avoiding lifting since."
    assert assertions_of(_note(body), "activity_modification") == {"present"}


# --- a palsy that recovered ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Old R peroneal palsy resolved - no current weakness.",
    "Ulnar neuropathy at the elbow that resolved with splinting.",
])
def test_a_recovered_palsy_is_historical(assertions_of, body):
    assert assertions_of(_note(body), "peripheral_neuropathy") == {"historical"}


def test_a_stable_neuropathy_is_present(assertions_of):
    assert assertions_of(_note("Diabetic peripheral neuropathy, stable."),
                         "peripheral_neuropathy") == {"present"}


# --- an episode that ended months before the older note --------------------------------------------

def _packet(nlp, later_episode):
    older = ("PT discharge 11/18/2026\nL leg pain to the foot, 7/10. SLR L 40 deg (+).\n"
             "Sensation: diminished dorsum L foot.\n")
    later = "Consult 12/06/2026\nHPI: " + later_episode + "\n"
    result = read_packet(nlp, [("pt", dt.date(2026, 11, 18), older),
                               ("md", dt.date(2026, 12, 6), later)], dt.date(2026, 12, 10))
    return {(f.code, f.assertion) for f in result.findings}


def test_an_episode_ended_months_before_leaves_the_older_note_present(nlp):
    found = _packet(nlp, "Impression: 1. L L5 radiculopathy, recurrent since October. "
                         "2. Earlier L sciatica February to April 2026, resolved with PT.")
    assert ("dermatomal_sensory_loss", "present") in found
    assert ("dermatomal_sensory_loss", "historical") not in found


def test_an_episode_ended_after_the_older_note_makes_it_historical(nlp):
    found = _packet(nlp, "The L leg pain resolved in early December 2026 after the PT course.")
    assert ("dermatomal_sensory_loss", "historical") in found
