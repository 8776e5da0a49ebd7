"""probe19a F5/N1: a study reported "negative" is a study done with a normal result, not a
study never done; "MRI: none", "has not had an MRI" still say it was never done. Every
sentence here is new."""
import datetime as dt

import pytest

NOTE = dt.date(2026, 11, 27)


def _studies(findings_of, text):
    """{code: [(assertion, result)]} of the note's prior-imaging findings."""
    _, result = findings_of(text, dt.date(2026, 12, 1), date=NOTE)
    table = {}
    for f in result.findings:
        if f.code in ("prior_mri", "prior_xray", "prior_ct"):
            table.setdefault(f.code, []).append((f.assertion, f.value.result if f.value else None))
    return table


@pytest.mark.parametrize("text, code", [
    ("Lumbar MRI 08/02/2026: negative.\nExam: R EHL 4/5.", "prior_mri"),
    ("Imaging:\nXR lumbosacral spine: negative\nPlan: PT.", "prior_xray"),
    ("CT L-spine 10/19/2026: neg.", "prior_ct"),
    ("Radiographs of the low back 11/03/2026: negative. Plan: PT.", "prior_xray"),
    ("Neg x-rays of the lumbar spine last month.", "prior_xray"),
    ("Lumbar films were unremarkable.", "prior_xray"),
    ("X-ray L-spine: WNL.", "prior_xray"),
    ("Cervical x-rays: negative for fracture or listhesis.", "prior_xray"),
    ("Outside MRI C-spine ......... negative", "prior_mri"),
])
def test_a_study_reported_negative_is_done_and_normal(findings_of, text, code):
    found = _studies(findings_of, text)[code]
    assert ("present", "normal") in found
    assert all(assertion != "absent" for assertion, _ in found)


@pytest.mark.parametrize("text, code", [
    ("No prior imaging of the spine.", "prior_mri"),
    ("She has not had an MRI.", "prior_mri"),
    ("Lumbar MRI: not done.", "prior_mri"),
    ("Prior MRI: none.", "prior_mri"),
    ("Lumbar MRI ......... none", "prior_mri"),
    ("X-rays: never obtained.", "prior_xray"),
])
def test_a_study_never_done_stays_absent(findings_of, text, code):
    found = _studies(findings_of, text).get(code, [])
    assert found and {assertion for assertion, _ in found} == {"absent"}


@pytest.mark.parametrize("text, code", [
    ("Hoffmann: negative.", "upper_motor_neuron_signs"),
    ("Saddle anesthesia: neg", "saddle_anesthesia"),
])
def test_a_sign_answered_negative_is_still_denied(assertions_of, text, code):
    # look-alike: "negative" after a sign or symptom's colon denies it
    assert assertions_of(text, code, date=NOTE) == {"absent"}


_RADIC = ("58 yo M with left L5 radiculopathy for 5 months, unchanged since it began.\n"
          "{study}\nExam: left EHL 4/5, decreased pinprick over the dorsum of the left foot.\n"
          "Plan: referral to spine surgery; repeat MRI lumbar spine requested.\n")


def test_a_negative_mri_is_imaging_already_done(review_note):
    # AIM's radiculopathy line asks for findings "that has not previously been imaged or has
    # progressed since imaging was performed": a negative MRI is imaging performed
    result = review_note(_RADIC.format(study="Lumbar MRI 08/14/2026: negative."), age=58)
    aim = {d.guideline: d for d in result.determinations}["aim-spine"]
    assert aim.outcome != "met"


def test_a_never_done_mri_leaves_the_line_open(review_note):
    # look-alike: with no MRI ever done the same note meets the line
    result = review_note(_RADIC.format(study="He has never had spine imaging."), age=58)
    aim = {d.guideline: d for d in result.determinations}["aim-spine"]
    assert aim.outcome == "met"
