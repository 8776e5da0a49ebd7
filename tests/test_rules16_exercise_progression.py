"""A therapist's or physician's plan to progress an exercise programme ("with progression of
the home program") is the programme's progression, not the symptoms'; read as
symptom_progression it met NIA's "progression or worsening of symptoms during the course of
conservative treatment" for a patient whose pain was settling (dev d454). The words before
"program"/"exercises" (home, core, walking ...) no longer hide that it is the programme's."""

import pytest


def _progression(findings_of, text):
    table, _ = findings_of(text)
    return table.get("symptom_progression", set())


@pytest.mark.parametrize("text", [
    "Keep going with PT twice a week, with progression of the home program as tolerated.",
    "Therapist plans progression of her core exercises next visit.",
    "Discussed progression of their walking program to 30 minutes daily.",
    "Plan: progresslon of the home exercise program.",  # OCR i -> l
])
def test_an_exercise_programmes_progression_is_no_symptom_progression(findings_of, text):
    assert "present" not in _progression(findings_of, text)


@pytest.mark.parametrize("text", [
    # look-alikes: the symptoms' own progression, beside a home programme
    "Despite the home program there has been progression of his leg pain since March.",
    "Progression of numbness into the left foot over two weeks, on a home exercise program.",
])
def test_the_symptoms_progression_beside_a_home_programme_still_counts(findings_of, text):
    assert "present" in _progression(findings_of, text)
