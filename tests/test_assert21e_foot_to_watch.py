"""A foot drop told in lay words in a precaution ('ED if the L foot starts to drag', 'call for a
foot that slaps or catches', 'foot dragging in either leg', 'if you notice the foot slapping
again') is the foot drop to watch for: foot_drop hypothetical, not a gait the patient has. A foot
that started to drag in the history is there (present); a foot that slaps now, with no lay
onset, keeps its gait reading."""
import pytest


@pytest.mark.parametrize("text", [
    "Plan: ED for numbness in the groin, loss of bladder control, or if the R foot begins to drag.",
    "Plan: Call us right away if the left foot starts to drop or you trip over your toes.",
    "AVS: Go to the emergency room for fever or a foot that drags or catches on the stairs.",
    'Plan: Return sooner for a foot that "slaps" or for any bladder trouble.',
    "Discharge: come back for new weakness or foot scuffing in either leg.",
    "Plan: Phone the clinic if you see the foot slapping again when you walk.",
])
def test_lay_foot_drop_in_a_precaution_is_hypothetical(assertions_of, text):
    assert assertions_of(text, "foot_drop") == {"hypothetical"}


def test_the_lay_words_do_not_read_as_a_gait_he_has(assertions_of):
    text = "Plan: Let us know if the right foot starts slapping or catching again."
    assert "present" not in assertions_of(text, "gait_abnormality")
    assert "present" not in assertions_of(text, "foot_drop")


@pytest.mark.parametrize("text, code, assertion", [
    ("HPI: Ten days ago her L foot started to drag on the stairs at work.", "foot_drop", "present"),
    ("HPI: His right foot slaps on the floor when he walks fast.", "gait_abnormality", "present"),
    ("Exam: gait with mild L foot slap on heel walking.", "gait_abnormality", "present"),
    ("HPI: He catches his toe on the curb and his foot drags on the carpet.",
     "gait_abnormality", "present"),
])
def test_look_alikes_keep_their_reading(assertions_of, text, code, assertion):
    assert assertions_of(text, code) == {assertion}


def test_a_foot_that_never_drops_is_no_finding(assertions_of):
    assert assertions_of("Plan: icing the foot that she sprained; recheck in 2 weeks.",
                         "foot_drop") == set()
