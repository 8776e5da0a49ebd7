"""A denied list of alarm symptoms ('No red flag symptoms (no saddle anesthesia, ...)',
'Denies warning signs such as ...') is a list of denials, not return precautions; the
precaution phrasings keep their symptoms hypothetical."""
import pytest


@pytest.mark.parametrize("text", [
    "No red flag symptoms (no saddle anesthesia, no bowel/bladder changes, no fevers).",
    "Denies red flag symptoms including saddle anesthesia, bladder incontinence or fever.",
    "Negative for red-flag signs: fever, incontinence, saddle numbness.",
    "Denies symptoms such as saddle numbness, urinary retention or fevers.",
    "Pt without alarm features such as saddle anesthesia, fever or urinary retention.",
])
def test_denied_alarm_list(findings_of, text):
    table, _ = findings_of(text)
    assert table["saddle_anesthesia"] == {"absent"}
    assert table["fever"] == {"absent"}


@pytest.mark.parametrize("text", [
    "Red flag symptoms reviewed: return for saddle anesthesia, loss of bladder control, fever.",
    "Discussed red flag symptoms such as saddle anesthesia, fever and bowel incontinence.",
    "Return to the ED for warning signs such as fever or saddle numbness.",
])
def test_precautions_stay_hypothetical(findings_of, text):
    table, _ = findings_of(text)
    assert table["saddle_anesthesia"] == {"hypothetical"}
    assert table["fever"] == {"hypothetical"}
