"""A relative present at the visit is an informant ('Mother at bedside reports ...', 'Dad is
here and says ...'), but 'her mother is ...' or '... in her mother at 52' says what the relative
has: the bare 'is' or 'at' after a relative had made 'Her mother is a breast cancer survivor'
the patient's own cancer."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Her mother is a breast cancer survivor.", "malignancy"),
    ("Colon cancer in his father at age 60.", "malignancy"),
    ("Father is diabetic, on insulin.", "diabetes"),
])
def test_what_the_relative_has_is_family(findings_of, text, code):
    assert findings_of(text)[0][code] == {"family"}


@pytest.mark.parametrize("text, code", [
    ("Mother at bedside reports he has had a fever since Tuesday.", "fever"),
    ("Dad is here and says she fell off her bike on Sunday.", "trauma"),
    ("Mom is present and gives him ibuprofen at night.", "nsaid"),
])
def test_relative_present_is_an_informant(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}


@pytest.mark.parametrize("text, code, assertion", [
    # a worried relative voices a worry about the patient, not their own history
    ("Mother is concerned about his neck pain.", "neck_pain", "present"),
    # a relative who asks about their own diagnosis still has it
    ('Mom asks whether this is "the same slipped disc" she had in her 30s.', "disc_herniation",
     "family"),
])
def test_worried_or_asking_relative(findings_of, text, code, assertion):
    assert assertion in findings_of(text)[0][code]
