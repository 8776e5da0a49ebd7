"""A question mark right after a finding, mid-line, questions it ("thoracic radiculopathy?
r/o disc", "Patellar 3+? vs 2+"): possible. A form's question answered on its line
("Fever? No.") is no doubt, and the item before a slash is not questioned with the one
after it ("R arm pain / ? cervical radiculopathy")."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text, code", [
    ("A: R T8 band-like pain - thoracic radiculopathy? r/o shingles.", "radiculopathy"),
    ("Patellar 3+? vs 2+, hard to tell with guarding.", "upper_motor_neuron_signs"),
    ("? early foot drop on the left", "foot_drop"),
])
def test_question_mark_at_a_finding_makes_it_possible(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"possible"}


@pytest.mark.parametrize("text, code, assertion", [
    ("Fever? No. Weight loss? No.", "fever", "absent"),
    ("Referral: L leg pain / ? lumbar radiculopathy", "radicular_pain", "present"),
])
def test_answered_or_set_apart_is_not_questioned(findings_of, text, code, assertion):
    assert findings_of(text, NOTE_DATE)[0][code] == {assertion}
