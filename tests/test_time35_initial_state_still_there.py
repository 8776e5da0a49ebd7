"""A PT discharge's "Initial:" line beside its "D/C:" line (session 35, time35): the first
state of a sign or score the discharge still finds ("Initial: ... L EHL 4/5, SLR L + 35 deg"
then "D/C: ... L EHL 4/5, SLR L + 40 deg") tells the course of a deficit still there, not an
ended one: present, as the then-and-now reading (policy `then_and_now`) already gives "at
intake" and "(eval 7/10)" (ANNOTATION "Comparisons"). One the discharge finds recovered
("D/C: pain 2/10, SLR neg bilat") stays historical."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document


def readings(text):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 20), sha256="0")
    found = {}
    for f in extract([doc], dt.date(2026, 12, 1)).findings:
        found.setdefault(f.code, set()).add(f.assertion)
    return found


HEAD = "PT DISCHARGE SUMMARY\nDx: lumbar radiculopathy L. Attended 12 visits.\n"


def test_an_initial_state_the_discharge_still_finds_is_present():
    found = readings(HEAD + "Initial: L leg pain 8/10, L EHL 4/5, SLR L + 30 deg.\n"
                            "D/C: L leg pain 7-8/10, L EHL 4/5, SLR L + 35 deg.\n"
                            "Assessment: no meaningful progress; refer back to MD.\n")
    assert found["motor_weakness"] == {"present"}
    assert found["positive_straight_leg_raise"] == {"present"}
    assert found["severe_pain"] == {"present"}


def test_an_initial_state_the_discharge_finds_recovered_stays_historical():
    found = readings(HEAD + "Initial: L leg pain 8/10, L EHL 4/5, SLR L + 30 deg.\n"
                            "D/C: L leg pain 2/10, L EHL 5/5, SLR neg bilat.\n"
                            "Assessment: goals met, D/C to HEP.\n")
    assert "present" not in found["positive_straight_leg_raise"]
    assert "historical" in found["positive_straight_leg_raise"]
    assert "present" not in found["severe_pain"]
