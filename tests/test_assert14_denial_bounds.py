"""Three more places a denial ends:

- a quotation of the patient's words: '"it never lets up," per dad - and it wakes him at
  night' (the 'never' is inside the quote);
- a comma before a verb that opens the next clause: 'declined EMS, drove home and came in
  when the neck pain got worse';
- a denied change: 'Pain has not budged (ODI 40% at eval, 38% today)' denies the change,
  not the score or the pain.
"""
import pytest


@pytest.mark.parametrize("text, code", [
    ('Worse over a month - "it never lets up," per dad - and it wakes him up at night.',
     "night_pain"),
    ("She said \u201cthe ache never quits\u201d and it wakes her up at night.", "night_pain"),
    ("Refused the ambulance, walked home and came back when the neck pain got worse.",
     "neck_pain"),
    ("Declined transport, drove himself in once the low back pain got worse overnight.",
     "low_back_pain"),
    ("His function has not budged (Oswestry 40% at eval, 38% today).", "functional_impairment"),
])
def test_finding_after_the_denial_is_present(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}


@pytest.mark.parametrize("text, code", [
    ('He says "I have no numbness in my legs at all."', "paresthesia"),
    ("Declined PT, chiropractic care, or injections.", "chiropractic_care"),
    ("Denies fever, chills, or night pain.", "night_pain"),
])
def test_denial_inside_its_clause_holds(findings_of, text, code):
    assert findings_of(text)[0][code] == {"absent"}


@pytest.mark.parametrize("text, code, assertion", [
    # a dash before a verb opens the next clause: what it says is had
    ("Has not tried PT - prefers to keep seeing her chiropractor.", "chiropractic_care",
     "present"),
    ("Never had injections - has done a home exercise program since June.",
     "home_exercise_program", "present"),
    # the denial itself still holds, and a dash before a list goes on denying
    ("Has not tried PT - prefers to keep seeing her chiropractor.", "physical_therapy",
     "absent"),
    ("No red flags - fever, night pain, or weight loss.", "night_pain", "absent"),
])
def test_dash_before_a_verb_ends_the_denial(findings_of, text, code, assertion):
    assert findings_of(text)[0][code] == {assertion}
