"""A denied list goes on after an exception set off by commas: 'Denies gait change, hand
clumsiness other than the weak grip, bladder or bowel change' denies the bladder and bowel
change as well as the gait change, and the exception itself is there. An exception followed by
a clause of its own ends the denial ('no weakness other than the left EHL, which is 4/5')."""
import pytest


@pytest.mark.parametrize("text", [
    "Denies gait change, hand clumsiness other than the weak grip, bladder or bowel change.",
    "He denies leg numbness other than in the toes, urinary retention or bowel incontinence.",
    "No leg weakness except for the old left foot drop, no urinary retention or bowel "
    "incontinence.",
    "Pt denies any symptoms apart from the neck pain, urinary retention, or bowel incontinence.",
])
def test_denial_resumes_after_exception(findings_of, text):
    table = findings_of(text)[0]
    assert table["bladder_dysfunction"] == {"absent"}
    assert table["bowel_dysfunction"] == {"absent"}


@pytest.mark.parametrize("text, code", [
    # the exception names what is there
    ("Denies gait change, hand clumsiness other than the weak grip, bladder or bowel change.",
     "motor_weakness"),
    # an exception with a clause of its own: what follows is the patient's
    ("No numbness other than in the toes, which started with urinary retention and bowel "
     "incontinence.", "bladder_dysfunction"),
    ("No trauma other than a lifting strain, and he now reports urinary retention or "
     "dribbling.", "bladder_dysfunction"),
])
def test_exception_and_its_clause_are_not_denied(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}
