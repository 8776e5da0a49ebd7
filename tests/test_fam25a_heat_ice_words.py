"""fam25a: heat and ice as the modality given, as advice, and as no treatment at all.

contract §4 activity_modification (ice/heat), ANNOTATION "Advice in the Plan":
- in a chiropractic or therapy treatment line, heat or ice with the session's length and no
  schedule ("moist heat 10 min" beside the adjustments, "ice to the lumbar paraspinals
  today") is the modality given at the visit: present, as a device put on at the visit is;
  with a schedule or a time for home ("Ice 15 min after activity", "3 times a day") it is
  advice: hypothetical.
- "on ice", "like ice" (a fall, a sensation) is no treatment; a hip exam's "log roll mildly
  painful" is the hip test, no spine order.
- an after-visit summary's "What to do:" list is instructions for home: hypothetical.
Every sentence is new."""
import pytest

AM = "activity_modification"


@pytest.mark.parametrize("text", [
    "A: Cervical segmental dysfunction.\nP: CMT C5-6, T4; hot pack 12 min; reviewed posture.",
    "A: L SI dysfunction, better.\nP: Activator L SI, L5; moist heat x 15 min. Re-eval in 3 wks.",
    "A: Thoracic strain.\nP: Mobilization T5-T8, e-stim and ice to the thoracic paraspinals "
    "today.",
])
def test_a_modality_given_in_the_treatment_line_is_present(assertions_of, text):
    assert assertions_of(text, AM) == {"present"}


@pytest.mark.parametrize("text", [
    "A: Lumbar strain.\nPlan: Heat 15 min twice a day at home; walk daily.",
    "A: Neck strain.\nP: CMT C5-6 today. Ice 10 min after work.",
    "A: Lumbar strain.\nPlan: naproxen; ice 20 min every 3 hours for 2 days.",
])
def test_heat_or_ice_with_a_schedule_stays_advice(assertions_of, text):
    assert assertions_of(text, AM) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "HPI: Her feet feel cold, like ice. Back pain 6/10.",
    "HPI: He went down hard on the ice in his driveway on Monday; LBP since.",
    "HPI: Slid on black ice. Mid back pain.",
])
def test_ice_of_a_fall_or_a_feeling_is_no_treatment(assertions_of, text):
    assert assertions_of(text, AM) == set()


@pytest.mark.parametrize("text", [
    "Exam: R hip: FABER positive, log roll mildly painful, IR 15 deg.",
    "Exam: Hips: log-roll painless bilaterally. Lumbar: tender L4-5.",
])
def test_a_hip_log_roll_in_the_exam_is_no_order(assertions_of, text):
    assert assertions_of(text, AM) == set()


def test_a_log_roll_order_still_holds(assertions_of):
    text = "A/P: Possible T12 fracture. CT now; log roll, flat until read."
    assert assertions_of(text, AM) == {"present"}


def test_an_after_visit_summary_what_to_do_list_is_advice(assertions_of):
    text = ("AFTER VISIT SUMMARY\nYour diagnosis: Neck strain.\nWhat to do:\n"
            "- Avoid heavy lifting for 10 days.\n- Heat 15 minutes twice a day.")
    assert assertions_of(text, AM) == {"hypothetical"}


def test_what_to_do_in_prose_opens_no_section(assertions_of):
    text = "HPI: Neck strain. Unsure what to do, he has been using a heating pad nightly."
    assert assertions_of(text, AM) == {"present"}
