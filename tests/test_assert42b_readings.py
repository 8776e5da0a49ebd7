"""Assertion readings of the neurological codes and trauma (session 42, assert42b).

1. A baseline urinary symptom told bare ("stress leak w/ cough, 1 pad/day", "his usual BPH
   frequency", "some urgency for a year", "urgency over the last month", "mild urgency since
   radiation") is bladder_dysfunction, read as the note puts it (present); a request form's
   "Urgency: routine", "no urgency for surgery" and a BPH nocturia are no bladder finding.
2. A parenthesis after a denial that opens on the baseline ("No bladder or bowel change
   (baseline mild urgency since radiation, unchanged)") names what is there: the denial does
   not reach into it; a denial after the parenthesis's word still denies.
3. "or can't control bladder/bowel", "trouble controlling bladder/bowel", "lose control of
   bladder/bowels": the slashed pair is one token, which the bladder rule took whole; the
   pair's bowel half is read too (as "B/B" alone is), in a precaution or a denial.
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\n{body}\n"


BLADDER = "bladder_dysfunction"
FOOT_DROP = "foot_drop"
PARESTHESIA = "paresthesia"


@pytest.mark.parametrize("body,expected", [
    ("Pt has had some urgency for a year, attributed to BPH by urology.", {"present"}),
    ("She does admit to urgency over the past month which is new for her.", {"present"}),
    ("Bladder: urgency for 2 months, no leakage beyond that.", {"present"}),
    ("S/p prostatectomy; mild stress leakage since the surgery, 1 pad/day.", {"present"}),
    ("Bladder is as always, his usual BPH frequency.", {"present"}),
    ("Has had urgency since radiation in 2022.", {"present"}),
    # must not: a request form's field, a clinical urgency, a BPH nocturia
    ("MRI lumbar spine. Urgency: [ ] Urgent [X] Routine", set()),
    ("We agreed there is no urgency for surgery at this point.", set()),
    ("Sleeps well apart from BPH nocturia x2.", set()),
    # must not: a denial still denies it
    ("Denies stress leakage.", {"absent"}),
])
def test_a_baseline_urinary_symptom_told_bare(assertions_of, body, expected):
    assert assertions_of(_note(body), BLADDER) == expected


@pytest.mark.parametrize("body,code,expected", [
    ("No bladder or bowel change (baseline mild urgency since radiation, unchanged).",
     BLADDER, {"absent", "present"}),
    ("No trouble holding urine (baseline post-prostatectomy stress leak w/ cough).",
     BLADDER, {"absent", "present"}),
    ("Denies new weakness (baseline L foot drop since 2019).", FOOT_DROP, {"present"}),
    # must not: a denial with nothing of the baseline in parentheses
    ("Denies new weakness or foot drop.", FOOT_DROP, {"absent"}),
    ("No numbness (at baseline).", PARESTHESIA, {"absent"}),
])
def test_a_baseline_in_parentheses_after_a_denial(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


BOWEL = "bowel_dysfunction"


@pytest.mark.parametrize("body,code,expected", [
    ("Plan: ED if leg weakness, numbness between the legs, or can't control bladder/bowel.",
     BOWEL, {"hypothetical"}),
    ("Plan: call/ED if numbness in groin, or trouble controlling bladder/bowel.", BOWEL,
     {"hypothetical"}),
    ("Return precautions: leg weakness, can't urinate or lose control of bladder/bowels.",
     BOWEL, {"hypothetical"}),
    ("Plan: call/ED if numbness in groin, or trouble controlling bladder/bowel.", BLADDER,
     {"hypothetical"}),
    ("Denies leg weakness or trouble controlling bladder/bowel.", BOWEL, {"absent"}),
    # must not: the bladder alone stays the bladder's
    ("Plan: ED if she has trouble controlling her bladder.", BOWEL, set()),
])
def test_a_slashed_bladder_bowel_pair_after_a_control_verb_reads_both(assertions_of, body,
                                                                      code, expected):
    assert assertions_of(_note(body), code) == expected
