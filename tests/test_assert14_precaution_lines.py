"""A precaution is what to watch for, wherever the line that gives it starts: after a Plan or
Disposition label ('Plan: ED if ...'), after a bullet set off from the label ('Plan: - ED if
...': the dash is a bullet, not the '-' of a negative exam item), after 'To' or 'Call /'
('To ED if: ...', 'Call / ED for any ...'), and in a nursing instruction to a named team
('notify the receiving team for any leg weakness'). A visit to the ED that happened, and a
negative exam item written with a dash, stay as they were."""
import pytest

PRECAUTIONS = [
    "Plan: ED if leg weakness or numbness in the groin.",
    "Plan: - ED if leg weakness, numbness in the groin, or can't control her bladder",
    "Dispo: home with naproxen.\nDischarge: ED for new leg weakness or numbness in the groin.",
    "Plan:\n- Naproxen 500 mg BID.\n- To ED if: new leg weakness, numbness in the groin, fever.",
    "Plan:\n- Heat.\n- Call / ED for any leg weakness or numbness in the groin.",
    "Nursing to notify the receiving team for any leg weakness or numbness in the groin "
    "during transfer.",
    "We will call the on-call resident if numbness in the groin or leg weakness appears.",
]


@pytest.mark.parametrize("text", PRECAUTIONS)
def test_precaution_line_is_hypothetical(findings_of, text):
    table = findings_of(text)[0]
    assert table["motor_weakness"] == {"hypothetical"}
    assert table["saddle_anesthesia"] == {"hypothetical"}


@pytest.mark.parametrize("text, code, assertion", [
    ("Brought to ED for leg weakness since this morning.", "motor_weakness", "present"),
    ("HPI: Seen in the ED for back pain after a fall; no numbness in the groin.",
     "saddle_anesthesia", "absent"),
    ("Exam: SLR: - bilat.", "positive_straight_leg_raise", "absent"),
    ("Exam: Hoffmann: - bilaterally.", "upper_motor_neuron_signs", "absent"),
    ("Alert and oriented x3 with normal gait.", "gait_abnormality", "absent"),
])
def test_look_alikes_keep_their_reading(findings_of, text, code, assertion):
    assert findings_of(text)[0][code] == {assertion}
