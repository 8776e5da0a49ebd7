"""assert22d: a disability score (Oswestry / ODI, Neck Disability Index / NDI) that has fallen
into the minimal band, 20% or less, at a PT discharge or progress note says the limitation it
measured is over: functional_impairment historical, as a met goal does (ANNOTATION 'Goals',
'Back to full duty'). A score still above the band, or one that barely moved, is a limitation
there now (present). Every sentence is new."""
import pytest

FI = "functional_impairment"


@pytest.mark.parametrize("text", [
    "Objective: NDI: initial 46%, now 12%. Rotation now full to both sides.",
    "Progress: SLR negative, MMT 5/5, ODI 52% -> 14%.",
    "Status at discharge: Oswestry 40% -> 6%. Walking 3 miles without pain.",
    "Objective: myotomes 5/5. ODI 8% (was 42% at eval).",
])
def test_a_score_fallen_to_the_minimal_band_is_historical(assertions_of, text):
    assert assertions_of(text, FI) == {"historical"}


@pytest.mark.parametrize("text", [
    "Progress: ODI 48% -> 34%. Still limited with lifting at work.",
    "Objective: ODI: 36%.",
    "Objective: NDI 50% at eval -> 46% at D/C.",
])
def test_a_score_above_the_minimal_band_is_present(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}
