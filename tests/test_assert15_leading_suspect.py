"""A diagnosis the note names as its main suspect or as the alternative is weighed, not
stated: possible (ANNOTATION "possible": a differential). A "suspect" reaches a target
after spinal levels ("Suspect L3-4 or L4-5 foraminal stenosis")."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text, code", [
    ("A T10-11 disc herniation is the main suspect; MRI thoracic spine requested.",
     "disc_herniation"),
    ("Lateral recess stenosis at L4-5 is the alternative.", "spinal_stenosis"),
    ("Right L5 radiculopathy remains the leading consideration.", "radiculopathy"),
    ("Suspect L3-4 or L4-5 foraminal stenosis.", "spinal_stenosis"),
])
def test_leading_suspect_or_alternative_is_possible(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"possible"}


@pytest.mark.parametrize("text, code", [
    # a stated finding, its consequence weighed
    ("MRI showed an L4-5 disc herniation; surgery is the alternative to another ESI.",
     "disc_herniation"),
    ("L4-5 spinal stenosis, and walking is her main concern.", "spinal_stenosis"),
])
def test_stated_finding_beside_a_weighed_option_stays_present(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"present"}
