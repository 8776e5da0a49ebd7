"""A denied change is a denial when the change is the finding itself: 'no change in
handwriting' denies the myelopathic sign 'change in handwriting', and 'No changes in bowel
habits' is a normal bowel, while 'no change in his foot drop' still says the foot drop is there."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Buttons his shirts without trouble; no change in handwriting.", "myelopathy_signs"),
    ("Denies any change in handwriting or balance.", "myelopathy_signs"),
    ("No changes in bowel habits.", "bowel_dysfunction"),
    ("ROS: no change in bowel habits, sleeping well.", "bowel_dysfunction"),
])
def test_denied_change_is_absent(findings_of, text, code):
    assert findings_of(text)[0][code] == {"absent"}


@pytest.mark.parametrize("text, code", [
    ("No change in his foot drop since the last visit.", "foot_drop"),
    ("Reports a change in handwriting over the last two months.", "myelopathy_signs"),
])
def test_stable_or_reported_change_is_present(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}
