"""Readings of symptom_progression (session 41, next41; CONV40's Left). Each fix's
look-alikes in other words, and near-misses that keep their old reading.

1. A deficit or sign said unchanged from a past year ("Achilles absent bilat - unchanged
   from 2024", "TA 2/5 (unchanged from 2019)"): sameness, symptom_progression absent
   (ANNOTATION session-22). Not a study's finding, an ECG or a weight in the clause before
   it ("old T12 wedge deformity, unchanged from 2021", "V-paced 70, unchanged from 2025").
2. A symptom's sameness told without a verb, closing its clause ("quad strength no better
   and pain the same.", "tingling same."): absent. Not "pain the same side as before",
   "numbness same distribution", "pain the same whether sitting or standing".
3. A chronic bladder baseline said unchanged or no worse ("stress incontinence since 1994 -
   unchanged per pt", "the leaking is the same as for years, no worse."): no progression
   finding (ANNOTATION session-22: not a chronic bladder baseline). The patient's symptom
   "unchanged per pt" stays absent.
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


S = "symptom_progression"


@pytest.mark.parametrize("body, want", [
    ("Reflexes: Achilles reflex absent bilat - unchanged from 2024. Gait steady.", {"absent"}),
    ("Strength: L TA 2/5 and EHL 2/5 (unchanged from 2019 per pt).", {"absent"}),
    ("Stocking loss from her known diabetic neuropathy, unchanged from 2023, not radicular.",
     {"absent"}),
    ("XR T-spine: old T12 wedge deformity, unchanged from 2021. Gait steady.", set()),
    ("Mild C5-6 spondylosis, unchanged from 2022. Neck stiff.", set()),
    ("Telemetry V-paced 70, unchanged from 2025. Back sore.", set()),
    ("Weight 81 kg, unchanged from 2024. Back sore.", set()),
])
def test_a_sign_unchanged_from_a_past_year_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("PT note says knee strength no better and pain the same. On meloxicam.", {"absent"}),
    ("Finished PT - \"no better\", neck pain persists, tingling same. Naproxen BID.", {"absent"}),
    ("Arm numbness the same; still drops keys.", {"absent"}),
    ("Pain the same side as before, L buttock.", set()),
    ("Numbness same distribution as the L5 dermatome.", set()),
    ("Pain the same whether sitting or standing.", set()),
])
def test_sameness_without_a_verb_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want


@pytest.mark.parametrize("body, want", [
    ("Chronic urinary incontinence, wears briefs for years - unchanged per nursing. "
     "Low back pain since the fall.", set()),
    ("Says the leaking is \"the same as it has been for years, no worse.\" Back aches.", set()),
    ("Bladder leakage with cough, stable per pt. Back aches.", set()),
    ("L leg pain unchanged per pt, 6/10.", {"absent"}),
    ("Back \"no worse\". Asks about a ride home.", {"absent"}),
])
def test_a_chronic_bladder_baseline_unchanged_is_no_progression(assertions_of, body, want):
    assert assertions_of(_note(body), S) == want
