"""Readings mended by mend29c from the reading classes fixers listed and nobody mended.

- An option the plan weighs is not a treatment had: "might benefit from" / "could benefit from"
  read as "may benefit from" does, and "may / might / could / can try" offers a therapy (PT,
  HEP, chiropractic, an injection), not only a drug: the drug-dose rule "may give" took the
  words "may try" for drugs only and outranked the bare "try" cue for everything else.
  Near-misses: a therapy had ("did 6 weeks of PT, which might have helped"), and a reviewer's
  question ("asked whether she could try therapy first") keep their reading.
Every sentence is written here, none copied from the corpus."""

import pytest


def _note(body, complaint="low back pain for 8 weeks."):
    return f"Clinic 11/27/2026\nHPI: {complaint} {body}\n"


@pytest.mark.parametrize("body, code", [
    ("In my view he might benefit from a right S1 transforaminal injection.",
     "epidural_steroid_injection"),
    ("I think she could benefit from some spinal manipulation with a chiropractor.",
     "chiropractic_care"),
    ("She may try a short course of physical therapy before anything else.",
     "physical_therapy"),
    ("We could try a structured home exercise program for a month.", "home_exercise_program"),
    ("She can try formal PT if the pain lingers.", "physical_therapy"),
])
def test_an_option_the_plan_weighs_is_hypothetical(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"hypothetical"}


def test_a_drug_offered_with_may_try_stays_hypothetical(assertions_of):
    assert assertions_of(_note("Can try duloxetine 30 mg daily."), "neuropathic_agent") == {
        "hypothetical"}


def test_a_therapy_had_that_might_have_helped_stays_present(assertions_of):
    text = _note("She went to PT for 6 weeks, which might have helped somewhat.")
    assert assertions_of(text, "physical_therapy") == {"present"}


def test_a_reviewers_question_about_a_therapy_had_offers_nothing(assertions_of):
    text = _note("She completed 8 weeks of PT in the spring. The reviewer asked whether she "
                 "could try physical therapy first.")
    assert assertions_of(text, "physical_therapy") == {"present"}
