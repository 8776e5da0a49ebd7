"""'No/without improvement' is a failed course with a degree word inside it: 'without
meaningful improvement' is no improvement, not the 'significant improvement' it contains."""
import pytest


def therapy(findings_of, text):
    _, result = findings_of(text)
    return next(f for f in result.findings if f.code == "physical_therapy")


@pytest.mark.parametrize("text", [
    "Completed 6 weeks of formal PT without meaningful improvement.",
    "PT x 6 weeks w/o much improvement in the leg pain.",
    "Six weeks of physical therapy with no real relief.",
    "PT for 6 weeks without any significant benefit.",
])
def test_degree_word_keeps_the_failure(findings_of, text):
    assert therapy(findings_of, text).value.outcome == "failed"


def test_significant_improvement_is_still_improvement(findings_of):
    text = "Completed 6 weeks of PT with significant improvement; pain now 2/10."
    assert therapy(findings_of, text).value.outcome == "improved"
