"""A pain score a later "now" score has brought down ("Worst 8/10 the first week, now 3/10")
is historical; a symptom named as the reason for an operation done ("the leg pain that
brought him to surgery") is historical, unless its sentence says it goes on."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text, code", [
    ("Worst 8/10 the first week, now 3/10 and easing.", "severe_pain"),
    ("Pain 9/10 in October, now 5/10 with PT.", "severe_pain"),
    ("The left leg pain that brought him to surgery has gone.", "radicular_pain"),
    ("The foot numbness that took her to surgery is described in the operative note.",
     "paresthesia"),
])
def test_earlier_state_is_historical(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"historical"}


@pytest.mark.parametrize("text, code", [
    # the score went up: the later one is severe now
    ("Pain was 5/10 last week, now 9/10.", "severe_pain"),
    # a second severe score beside the first
    ("Pain 8/10 at rest, now 9/10 with walking.", "severe_pain"),
    # the reason for the operation still there
    ("The numbness that led to her decompression is unchanged.", "paresthesia"),
])
def test_state_still_there_stays_present(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"present"}
