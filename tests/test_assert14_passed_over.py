"""A treatment passed over or spoken of as a cost is no treatment had: 'referred to chiropractic
(her choice over PT, PT copay high)' says nothing of PT having been done (it met AIM's
'physical therapy rendered' line: blind d426's false met). The treatment chosen stays, a
denial with the cost beside it stays denied, and 'stable rather than progressing' still
denies the progression."""
import pytest


@pytest.mark.parametrize("text", [
    "Referred to chiropractic (his choice over PT, PT copay too high).",
    "She opted for a chiropractor instead of PT.",
    "Acupuncture was preferred over physical therapy; chiropractic 2x/wk in lieu of PT.",
])
def test_treatment_passed_over_is_no_finding(findings_of, text):
    assert "physical_therapy" not in findings_of(text)[0]


@pytest.mark.parametrize("text, code, assertion", [
    ("She opted for a chiropractor instead of PT.", "chiropractic_care", "present"),
    ("Has not done formal PT (copay is $60 a visit).", "physical_therapy", "absent"),
    ("Completed 6 weeks of PT in the spring; the PT copay was $40.", "physical_therapy",
     "present"),
    ("The foot drop is stable rather than progressing.", "symptom_progression", "absent"),
])
def test_chosen_denied_or_done_keep_their_reading(findings_of, text, code, assertion):
    assert findings_of(text)[0][code] == {assertion}
