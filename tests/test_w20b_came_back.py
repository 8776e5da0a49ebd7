"""A symptom that ended and then came back is there now (session-20 probe, issue 2): "the leg
pain went away after surgery, but over the last month it has returned" read the pain
historical, the recurrence in the next clause or sentence undoing nothing. An ending with no
return, a denied return, or a return said of the patient or a study stays as it was."""

import pytest

NOTE = "HPI: 58F seen for back and leg complaints. {text}\nExam: 5/5 strength.\n"


@pytest.mark.parametrize("text, code", [
    ("Her left leg pain went away after the microdiscectomy, but over the past month it has "
     "returned.", "radicular_pain"),
    ("Sciatica resolved with therapy in 2023; it came back about three weeks ago.",
     "radicular_pain"),
    ("The tingling in her right foot had cleared by spring. Since October it has recurred.",
     "paresthesia"),
    ("Low back pain subsided after the injection. Two weeks ago it was back, 7/10.",
     "low_back_pain"),
])
def test_an_ended_symptom_that_came_back_is_present(assertions_of, text, code):
    assert assertions_of(NOTE.format(text=text), code) == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Her left leg pain went away after the microdiscectomy and has not returned.",
     "radicular_pain"),
    ("Sciatica resolved with therapy in 2023. It never came back.", "radicular_pain"),
    ("Low back pain subsided after the injection; she came back to clinic to discuss work.",
     "low_back_pain"),
    ("Her left leg pain came back in May and has since resolved.", "radicular_pain"),
    ("The tingling in her right foot went away. Labs came back normal.", "paresthesia"),
    # another symptom came back, not this one
    ("Her left leg pain went away after the microdiscectomy and has not come back. A month "
     "ago, when aching axial back pain returned, she called.", "radicular_pain"),
])
def test_an_ended_symptom_with_no_return_is_not_present(assertions_of, text, code):
    assert "present" not in assertions_of(NOTE.format(text=text), code)


def test_a_return_two_sentences_on_does_not_reach(assertions_of):
    text = ("Her left leg pain went away after the microdiscectomy. She walks daily. "
            "She swims twice a week. The neck stiffness has returned.")
    assert "present" not in assertions_of(NOTE.format(text=text), "radicular_pain")
