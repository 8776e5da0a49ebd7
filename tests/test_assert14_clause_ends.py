"""Where a denial ends: a new clause after it says what the patient has or had.

- 'failing 8 weeks of PT, naproxen' says the therapies were tried, in a plan too, and it opens
  a clause of its own after a denial ('without motor deficit, failing ...');
- 'no meaningful progress after 7 weeks of PT': a qualified lack of progress still says the
  therapy was had;
- 'w/ no significant PMH presents w/ acute LBP': the verb opens what the patient presents with;
- 'NSAIDs avoided after fusion': the reason something is avoided is not avoided.
"""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Impression: L5 radiculopathy without motor deficit, failing 7 weeks of PT and meloxicam.",
     "physical_therapy"),
    ("Impression: L5 radiculopathy without motor deficit, failing 7 weeks of PT and meloxicam.",
     "nsaid"),
    ("A/P: S1 radiculopathy, no weakness, failing 6 wks of chiropractic care and gabapentin.\n"
     "- MRI lumbar spine requested.", "chiropractic_care"),
    ("A/P: S1 radiculopathy, no weakness, failing 6 wks of chiropractic care and gabapentin.\n"
     "- MRI lumbar spine requested.", "neuropathic_agent"),
    ("Assessment/Plan\n1. Lumbar radiculopathy - failing PT and ibuprofen, now 9 weeks.",
     "physical_therapy"),
    ("Assessment: no meaningful progress after 7 weeks of supervised PT.", "physical_therapy"),
    ("She has had no significant improvement with 8 weeks of physical therapy.",
     "physical_therapy"),
    ("No real benefit from naproxen 500 mg BID since October.", "nsaid"),
    ("HPI: 38 y/o F w/ no significant PMH presents w/ acute LBP after moving furniture.",
     "low_back_pain"),
    ("No prior history; presented to the ED with low back pain this morning.", "low_back_pain"),
])
def test_new_clause_is_not_denied(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}


@pytest.mark.parametrize("text, code", [
    # the denial before the new clause still holds
    ("Impression: L5 radiculopathy without motor deficit, failing 7 weeks of PT and meloxicam.",
     "motor_weakness"),
    # a lack of progress that is itself the finding stays as it was
    ("Has not had PT; no improvement in her leg pain.", "physical_therapy"),
    ("HPI: 38 y/o F presents w/ acute LBP; no fever, no saddle anesthesia.", "fever"),
    ("Meloxicam avoided given her kidney disease.", "nsaid"),
    ("Avoid NSAIDs after the fusion for 3 months.", "nsaid"),
])
def test_denial_before_the_new_clause_holds(findings_of, text, code):
    assert findings_of(text)[0][code] == {"absent"}


@pytest.mark.parametrize("text", [
    "NSAIDs avoided after his 2022 L4-5 fusion per the surgeon's protocol.",
    "Ibuprofen is avoided since her lumbar fusion in 2021.",
])
def test_reason_for_avoiding_is_not_avoided(findings_of, text):
    table = findings_of(text)[0]
    assert table["nsaid"] == {"absent"}
    assert table["prior_spine_surgery"] == {"present"}
