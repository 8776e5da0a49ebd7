"""Readings of function (session 43, assert43a): made-up sentences, each fix's look-alikes in
other words, and near-misses that keep their old reading.

A. functional_impairment: putting on socks or shoes named as a task the pain makes hard ("worse
   bending, putting on socks", "trouble putting on her shoes"): present; denied ("no pain
   putting on shoes/socks"): absent. Putting on a brace is no such task.
B. functional_impairment: an activity skipped because of the pain ("has skipped the last 3
   Sundays because of the back", "skipping choir due to the neck"): present. Not skipped for
   another reason ("skipped lunch because of a meeting").
"""

import pytest


def _note(body, section="HPI"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


F = "functional_impairment"


@pytest.mark.parametrize("body, want", [
    ("Low back ache, worse getting out of the car and putting on socks.", {"present"}),
    ("Pain 5/10, worse bending and putting on his shoes in the morning.", {"present"}),
    ("Aching buttock, no pain putting on shoes/socks.", {"absent"}),
    ("Shown how to put the brace on; putting on the brace takes 2 minutes.", set()),
])
def test_putting_on_socks_or_shoes_is_a_self_care_task(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Sings in a choir - has skipped the last 3 Sundays because of the back.", {"present"}),
    ("Swims most mornings, skipping this week due to the neck pain.", {"present"}),
    ("Skipped lunch because of a meeting; back pain 4/10.", set()),
])
def test_an_activity_skipped_for_the_pain_is_a_limitation(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want
