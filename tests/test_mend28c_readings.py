"""Readings mended by mend28c after the blind batch e021-e030 (corpora/dev/ERRORS_e021-e030.md,
ERRORS_e031-e040.md).

- A study asked for, hoped for, talked of or put before another step is no study had: "Pls
  approve CT in place of MRI", "asked specifically for the 'full MRI with dye'", "An MRI to see
  what is going on", "When MRI was mentioned", "x-ray deferred - MRI first" (e022, e030, e036,
  e040).
- "MRI brain and whole spine ... were normal": the spine MRI named after the brain's (e029).
- "foraminal stenosis +/- disc protrusion": the lesion after "+/-" may be there (e023).
- "loss of bladder/bowel\\n  control": the B/B words over a line break and its indent (e027).
- "I reviewed the flexion-extension radiographs with him": the reviewing "with" is no finding,
  so the report's "indeterminate for solid fusion" gives the film's result (e024).
- "something more detailed than an x-ray": a kind of study weighed, no film had (d295, moved by
  the request rule).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


def _plan(line):
    return f"Clinic 11/27/2026\nHPI: back pain.\n\nPlan:\n{line}\n"


# --- a study asked for, hoped for or talked of is no study had ------------------------------

@pytest.mark.parametrize("body, code", [
    ("Please approve CT in place of MRI for him.", "prior_ct"),
    ("Kindly authorize CT in lieu of MRI.", "prior_mri"),
    ("She asked again for the \"complete MRI\" her neighbor got.", "prior_mri"),
    ("Expectations for today: an MRI to see what is causing the pain.", "prior_mri"),
    ("Reason for visit? \"MRI of my back to see what's going on in there.\"", "prior_mri"),
    ("When MRI was raised she said she gets panicky in tight places.", "prior_mri"),
    ("Lumbar films deferred - CT first.", "prior_ct"),
])
def test_a_study_asked_for_or_talked_of_is_no_study_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == set()


@pytest.mark.parametrize("body, code", [
    ("An MRI was done in 2024 to see what was going on; it showed an L5 HNP.", "prior_mri"),
    ("The MRI first showed the herniation in 2023.", "prior_mri"),
    ("CT was reviewed with him and shows a healed fracture.", "prior_ct"),
])
def test_a_study_done_stays_had(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# --- a spine MRI named after the brain's ------------------------------------------------------

def test_mri_of_the_brain_and_spine_is_a_spine_mri(assertions_of):
    assert assertions_of(_note("MRI of the brain and entire spine back then was unremarkable."),
                         "prior_mri") == {"present"}


def test_mri_of_the_brain_alone_is_no_spine_mri(assertions_of):
    assert assertions_of(_note("MRI brain at that time was unremarkable."), "prior_mri") == set()


# --- "+/-" before a lesion ----------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Probably right L5-S1 foraminal narrowing +/- disc herniation.", "disc_herniation"),
    ("Assessment: degenerative listhesis +/- pars defect at L5.", "spondylolysis"),
])
def test_a_lesion_after_plus_minus_is_possible(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"possible"}


def test_a_procedure_after_plus_minus_leaves_the_stenosis_it_is_for(assertions_of):
    assert assertions_of(_plan("- Refer for L3-4 laminectomy +/- fusion for his stenosis."),
                         "spinal_stenosis") == {"present"}


# --- bladder/bowel words over a line break and its indent --------------------------------------

def test_bladder_bowel_control_over_an_indented_line_break(assertions_of):
    text = _plan("- To the ER for saddle numbness or new loss of bladder/bowel\n   control.")
    assert assertions_of(text, "bladder_dysfunction") == {"hypothetical"}


def test_bladder_bowel_intact_over_a_line_break_stays_absent(assertions_of):
    assert assertions_of(_note("Denies fever. B/B\n  function intact."),
                         "bladder_dysfunction") == {"absent"}


# --- the people a film was reviewed with are no finding -----------------------------------------

def _xray_results(findings_of, text):
    import datetime as dt
    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    return {f.value.result for f in result.findings
            if f.code == "prior_xray" and f.value is not None}


def test_films_reviewed_with_the_patient_have_no_result_from_the_with(findings_of):
    text = ("Clinic 11/27/2026\nIMAGING: I went over the lumbar radiographs of 11/20 with her "
            "today.\nPlan: follow up.\n")
    assert _xray_results(findings_of, text) == {None}


def test_films_with_a_finding_stay_abnormal(findings_of):
    text = ("Clinic 11/27/2026\nIMAGING: lumbar radiographs of 11/20 with L4-5 disc space "
            "narrowing.\nPlan: follow up.\n")
    assert _xray_results(findings_of, text) == {"abnormal"}


# --- a kind of study weighed against another ------------------------------------------------------

def test_a_study_more_sensitive_than_plain_films_is_no_film_had(assertions_of):
    assert assertions_of(_note("He asks for imaging more sensitive than plain films."),
                         "prior_xray") == set()


def test_films_had_beside_a_comparison_stay_had(assertions_of):
    body = "X-rays 11/20 showed mild DDD; MRI is better than x-rays for the disc."
    assert assertions_of(_note(body), "prior_xray") == {"present"}
