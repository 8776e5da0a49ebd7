"""Denials of radicular symptoms (session 22, assert22f).

1. A denial limited by a position or rest written after the symptom ("No leg pain at rest",
   "no leg symptoms lying down") says when the symptom is gone, as the same words before the
   cue do ("At rest she has no leg pain"): no finding (ANNOTATION.md "Circumstances";
   DETERMINATIONS d237 "No real back pain at rest"). Dev d492, d552, d636, d656 read it as
   radicular_pain absent in claudication notes. A list of circumstances ("at rest or with
   walking") still denies.
2. A denied symptom list that reaches a limb ("No pain, numbness or tingling down either
   arm", "no pain or tingling into the arms", "No pain around the ribs or into the arms")
   denies radicular pain; only "pain" is matched, so numbness and tingling stay paresthesia
   (dev d487, d531, d610, d679).
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: {body}\n"


@pytest.mark.parametrize("body", [
    "Calves tire after three blocks of walking, eases when she sits. No leg pain at rest.",
    "Heavy legs on the treadmill after five minutes. No leg symptoms lying down.",
    "Walks two blocks, then leans on a cart. He has no leg pain when sitting.",
    "Thighs ache with walking uphill; no leg pain while seated.",
])
def test_a_denial_limited_to_rest_or_a_position_is_no_finding(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == set()


def test_a_back_pain_denied_at_rest_only_is_no_finding(assertions_of):
    assert assertions_of(_note("Walking tolerance one block. No real back pain at rest."),
                         "low_back_pain") == set()


@pytest.mark.parametrize("body", [
    "Aching low back for 4 weeks. No leg pain.",
    "Aching low back for 4 weeks. No leg pain at all.",
    "Aching low back for 4 weeks. No leg pain at rest or with walking.",
    "Aching low back for 4 weeks. No leg pain, rests in bed when it flares.",
])
def test_a_plain_denial_or_a_list_of_circumstances_still_denies(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == {"absent"}


def test_a_limb_pain_affirmed_elsewhere_stays_present(assertions_of):
    body = "Low back pain shooting down the L leg to the ankle. No leg pain at rest."
    assert assertions_of(_note(body), "radicular_pain") == {"present"}


@pytest.mark.parametrize("body", [
    "Stiff neck since Monday. No pain, numbness or tingling down either arm.",
    "Sore neck after painting. No pain or tingling into the arms.",
    "Neck ache 3/10. No pain, numbness or tingling in the arms or hands.",
    "Upper back strain from rowing. No pain around the ribs or into the arms.",
    "Low back pain 5/10. Denies pain, tingling, or weakness in either leg.",
])
def test_a_denied_list_that_reaches_a_limb_denies_radicular_pain(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == {"absent"}


@pytest.mark.parametrize("body", [
    "Stiff neck since Monday. No pain, numbness or tingling down either arm.",
    "Sore neck after painting. No pain or tingling into the arms.",
])
def test_the_list_keeps_its_paresthesia(assertions_of, body):
    assert assertions_of(_note(body), "paresthesia") == {"absent"}


@pytest.mark.parametrize("body", [
    "Low back pain 5/10. No back pain or numbness in the legs overnight.",
    "Neck ache 3/10. No pain or numbness in the hands.",
])
def test_a_list_without_a_limb_pain_is_no_radicular_denial(assertions_of, body):
    assert assertions_of(_note(body), "radicular_pain") == set()
