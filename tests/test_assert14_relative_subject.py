"""A relative who opens the next clause as its subject ('..., daughter staying with her',
'; wife drove him in') is what that clause is about: the finding before the comma is still the
patient's. A relative written as a label after the finding ('breast cancer, mother.') still
makes it family."""
import pytest


@pytest.mark.parametrize("text, code", [
    ("Cannot shop or cook since the fall, daughter staying with her for now.", "trauma"),
    ("Back pain since the fall, mother is staying with her this week.", "trauma"),
    ("Low back pain since he fell off a ladder, son is doing the yard work.", "trauma"),
])
def test_relative_opening_a_clause_is_no_family_cue(findings_of, text, code):
    assert findings_of(text)[0][code] == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Cancer history: breast cancer, mother.", "malignancy"),
    ("Lung cancer, father - died at 70.", "malignancy"),
    ("Ankylosing spondylitis - brother.", "inflammatory_spondyloarthropathy"),
])
def test_relative_as_a_label_is_still_family(findings_of, text, code):
    assert findings_of(text)[0][code] == {"family"}
