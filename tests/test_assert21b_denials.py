"""assert21b: denials the pipeline did not read, and a denial that reached too far.

1. An assessment's "no radicular features / signs / findings" denies radiating pain
   (radicular_pain absent); with the words stated ("pain with radicular features") it is there.
2. Pain whose reach down the limb is denied ("into the buttock, not past the knee", "does not
   go below the knee", "no pain in the legs") is radicular pain denied, not no finding
   (ANNOTATION: a templated or stated denial is absent); "no longer goes below the knee" stays
   out of it (an end, read elsewhere), and pain that goes past the knee stays present.
3. A comma before "walking with ...", "walks across ..." opens a new clause of the exam: a
   denial before it ("in no distress", "without using arms") does not reach the gait after it.
4. A goal to return to full duty says the limitation is there now ("Goal: return to full duty
   by 12/14": functional_impairment present, not the denial "full duty" is by itself); "Back at
   full duty" says it is over (historical); "working full duty" still denies it.
"""
import pytest


@pytest.mark.parametrize("text", [
    "Impression: mechanical neck pain, no radicular features.",
    "A/P: lumbar sprain; no radicular signs today.",
    "Assessment: trapezius strain. No radicular findings.",
    "Axial back pain without a radicular component.",
])
def test_radicular_words_denied_are_radicular_pain_absent(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


def test_radicular_features_stated_are_present(assertions_of):
    assert assertions_of("Buttock pain with radicular features into the right calf.",
                         "radicular_pain") == {"present"}


@pytest.mark.parametrize("text", [
    "Ache across the belt line, sometimes into the right buttock but not below the knee.",
    "Pain in the lumbar area with a little spread into the L buttock, not past the knee.",
    "The hip pain does not go below the knee.",
    "Her back pain doesn't go past the buttocks.",
    "Aching low back, never beyond the gluteal folds.",
])
def test_a_reach_denied_is_radicular_pain_absent(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


@pytest.mark.parametrize("text", [
    "No pain in the legs; no numbness or tingling.",
    "He denies pain in either arm.",
    "She does not report pain in either leg.",
])
def test_no_pain_in_the_limbs_is_radicular_pain_absent(assertions_of, text):
    assert assertions_of(text, "radicular_pain") == {"absent"}


@pytest.mark.parametrize("text", [
    "The pain radiates down the right leg past the knee into the heel.",
    "Pain travels down the back of the left thigh and below the knee to the calf.",
])
def test_pain_past_the_knee_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, "radicular_pain")
    assert "absent" not in assertions_of(text, "radicular_pain")


def test_pain_that_no_longer_reaches_the_knee_is_not_denied(assertions_of):
    assert "absent" not in assertions_of("The pain no longer goes below the knee.",
                                         "radicular_pain")


def test_pain_in_the_legs_not_denied_is_no_radicular_denial(assertions_of):
    assert "absent" not in assertions_of("She gets pain in the legs after two blocks of walking.",
                                         "radicular_pain")


@pytest.mark.parametrize("text", [
    "Exam: pleasant, no acute distress, walking with a slightly antalgic gait.",
    "Rises without using her hands, walks across the hall with a mild foot slap on the left.",
    "No arm weakness - hands feel normal, walking with his cane as always.",
])
def test_a_denial_does_not_reach_the_gait_after_a_comma(assertions_of, text):
    assert assertions_of(text, "gait_abnormality") == {"present"}


@pytest.mark.parametrize("text", [
    "Denies numbness, gait difficulty or falls.",
    "No weakness, no antalgic gait.",
    "Exam: no distress. Gait normal, heel and toe walk normal.",
])
def test_gait_denied_in_its_own_list_stays_absent(assertions_of, text):
    assert assertions_of(text, "gait_abnormality") == {"absent"}


@pytest.mark.parametrize("text", [
    "Goal: return to full duty as a warehouse picker by 01/05.",
    "Tolerating the program; goal return to full duty in 3 wks.",
    "Goals - return to full duty at the plant.",
])
def test_a_goal_of_full_duty_is_a_limitation_now(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"present"}


@pytest.mark.parametrize("text", [
    "Goals: return to full duty - MET 11/20.",
    "Back at full duty as a bus driver.",
])
def test_full_duty_reached_is_historical(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"historical"}


@pytest.mark.parametrize("text", [
    "Working full duty.",
    "Back at work full duty.",
    "May return to full duty without restrictions.",
])
def test_full_duty_now_stays_absent(assertions_of, text):
    assert assertions_of(text, "functional_impairment") == {"absent"}


@pytest.mark.parametrize("text", [
    "Knee jerks 2+. Sensation intact to pinprick L3-S1 and perianal. Tone normal.",
    "Pinprick and light touch intact over both feet and the saddle area.",
    "Sensation to light touch intact in all dermatomes of the legs and in the perineum.",
])
def test_the_saddle_last_in_an_intact_sensory_exam_is_saddle_anesthesia_absent(assertions_of, text):
    assert assertions_of(text, "saddle_anesthesia") == {"absent"}
    assert assertions_of(text, "dermatomal_sensory_loss") == {"absent"}


@pytest.mark.parametrize("text", [
    "Sensation intact in both legs but reduced to pinprick over the saddle.",
    "Light touch intact L2-S1, diminished in the perineum.",
])
def test_a_saddle_deficit_after_an_intact_exam_is_not_denied(assertions_of, text):
    assert "absent" not in assertions_of(text, "saddle_anesthesia")


def test_an_intact_saddle_after_the_reflexes_takes_no_reflex_finding(findings_of):
    table, _ = findings_of("Strength 5/5, sensation intact, knee/ankle jerks 2+ symmetric, "
                           "perianal sensation intact, toes downgoing.")
    assert table.get("reflex_abnormality") == {"absent"}
    assert table.get("saddle_anesthesia") == {"absent"}
