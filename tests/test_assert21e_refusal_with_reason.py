"""A refusal whose clause first gives the patient's reason ('An epidural injection was offered;
she is afraid of needles and declines') takes back the offer as a bare one does ('...; declines'):
the treatment is not done (absent) and nothing is planned from it (ANNOTATION.md 'Declined or
refused'). An offer accepted, or a reason with no refusal, keeps its planned reading."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Plan: A lumbar ESI was discussed; he is nervous about the needle and declines.",
     "epidural_steroid_injection"),
    ("Plan: Physical therapy was recommended; she is too busy caring for her mother and refuses.",
     "physical_therapy"),
    ("Plan: Chiropractic care was suggested; the patient is skeptical of it and declined.",
     "chiropractic_care"),
])
def test_refusal_after_a_reason_takes_back_the_offer(assertions_of, text, code):
    assert assertions_of(text, code) == {"absent"}


def test_refused_offer_plans_nothing(assertions_of):
    text = "Plan: A lumbar ESI was offered; she is worried about the cost and declines."
    assert "present" not in assertions_of(text, "intervention_planned")


@pytest.mark.parametrize("text, code, assertion", [
    ("Plan: A lumbar ESI was offered; she is agreeable and will schedule it.",
     "epidural_steroid_injection", "hypothetical"),
    ("Plan: PT was recommended; she is busy at work and will start next month.",
     "physical_therapy", "hypothetical"),
    ("Plan: Start PT 2x/week; he is afraid of falling and declines pain medication.",
     "physical_therapy", "hypothetical"),
])
def test_look_alikes_keep_their_reading(assertions_of, text, code, assertion):
    assert assertions_of(text, code) == {assertion}
