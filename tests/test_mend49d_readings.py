"""mend49d (blind batch e881-e920): red-flag readings fixed by class of wording.

1. A relative named as the audience of a teaching ("w/ pt + daughter", "Son instructed: ...")
   hears what to watch for in the patient: the alarms are hypothetical, no relative's finding
   (blind e888, e899); "bring to ED for" is a precaution as "go to ED for".
2. "-> go to ED" after an alarm is the arrow of "-> ED" with its verb (blind e915).
3. "numbness in the saddle", the area word left out, is saddle anesthesia (blind e919).
4. "Weight stable per wife": the weight's sameness told by a relative (blind e882).
5. A transplant named as a candidacy ("Listed for kidney transplant", "pre-emptive transplant
   eval", "transplant workup") or as a service ("transplant center", "transplant clinic") is
   no immunosuppression (blind e891, e898, e900); a recipient's graft keeps its reading.
6. A workmate ("His sergeant had ...") or an acquaintance with a first name ("my friend Carol
   whose cancer ...") owns the finding told of them; so does a relative past a short
   parenthesis ("her mother (resident's sister) had ...") (blind e920, e885, e909).
7. "Healed, stable T8 wedge deformity": the two state words before the fracture make it old
   (blind e909, whose evicore false met stood on it).
8. A study's silence on a bone lesion ("no compression deformity or lytic lesion seen") says
   nothing of the cancer: no malignancy finding (blind e881, e887; dev gold marks none).
9. "conus/cauda equina compression" (the slash one token) is the cauda equina (blind e904).
10. "Reviewed symptoms to report: new bone pain, weight loss" lists alarms (blind e896).
"""

import pytest

from note_text import section_note as _note


@pytest.mark.parametrize("body, code", [
    ("Went over alarm signs w/ pt + son: new leg weakness, numbness in saddle area -> ED right away.",
     "saddle_anesthesia"),
    ("Discussed with the patient and his wife: groin numbness or loss of bladder control -> ED.",
     "bladder_dysfunction"),
    ("Husband instructed: bring to ED for leg weakness or loss of bladder/bowel control.",
     "bowel_dysfunction"),
    ("Husband instructed: bring to ED for leg weakness or loss of bladder/bowel control.",
     "bladder_dysfunction"),
])
def test_a_relative_taught_what_to_watch_for(assertions_of, body, code):
    assert assertions_of(_note(body, "Plan"), code) == {"hypothetical"}


def test_a_relatives_own_finding_stays_theirs(assertions_of):
    body = "Her son had a lumbar disc herniation and needed surgery."
    assert assertions_of(_note(body, "Family History"), "disc_herniation") == {"family"}


def test_an_arrow_to_go_to_the_ed(assertions_of):
    body = "Warning signs reviewed: numbness between the legs, trouble peeing -> go to ED."
    assert assertions_of(_note(body, "Plan"), "saddle_anesthesia") == {"hypothetical"}


@pytest.mark.parametrize("body, expected", [
    ("Denies numbness in the saddle.", {"absent"}),
    ("Return to ED if new weakness, numbness in the saddle or bladder trouble.", {"hypothetical"}),
])
def test_numbness_in_the_saddle(assertions_of, body, expected):
    assert assertions_of(_note(body, "HPI"), "saddle_anesthesia") == expected


@pytest.mark.parametrize("body", ["Weight stable per husband.", "Wt stable per daughter."])
def test_weight_stable_per_a_relative(assertions_of, body):
    assert assertions_of(_note(body, "ROS"), "unexplained_weight_loss") == {"absent"}


@pytest.mark.parametrize("body", [
    "ESRD on HD. Listed for liver transplant - eval ongoing.",
    "CKD 4, pre-emptive transplant eval started.",
    "SW to fax transplant center the insurance forms.",
    "Transplant workup ongoing - dental clearance pending.",
])
def test_a_transplant_candidacy_or_service_is_no_immunosuppression(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "immunosuppression") == set()


@pytest.mark.parametrize("body", [
    "S/p kidney transplant 2018, followed by transplant clinic.",
    "Transplant recipient, on tacrolimus.",
])
def test_a_recipients_graft_keeps_its_reading(assertions_of, body):
    assert assertions_of(_note(body, "Assessment"), "immunosuppression") == {"present"}


@pytest.mark.parametrize("body, code", [
    ("His captain had a missed neck fracture years ago.", "spinal_fracture"),
    ("She is scared because my neighbor Joan whose cancer spread to her bones died.", "malignancy"),
    ("Her aunt (pt's godmother) had three compression fractures.", "spinal_fracture"),
])
def test_another_persons_finding(assertions_of, body, code):
    assert assertions_of(_note(body, "HPI"), code) == {"family"}


def test_healed_and_stable_before_the_fracture(assertions_of):
    body = "Impression: 1. No acute fracture. 2. Healed, stable L1 compression deformity."
    assert assertions_of(_note(body, "Impression"), "spinal_fracture") == {"absent", "historical"}


def test_a_study_without_a_lytic_lesion_says_nothing_of_the_cancer(assertions_of):
    body = "Hx colon cancer. XR T-spine: no compression deformity or lytic lesion seen."
    assert assertions_of(_note(body, "HPI"), "malignancy") == {"present"}


def test_a_lytic_lesion_found_stays_suspected(assertions_of):
    body = "XR: multiple lytic lesions in the lumbar spine."
    assert assertions_of(_note(body, "Impression"), "malignancy") == {"possible"}


def test_conus_cauda_compression_with_a_slash(assertions_of):
    body = "Concern for conus/cauda equina compression from retropulsion."
    assert assertions_of(_note(body, "Assessment"), "cauda_equina_syndrome") == {"possible"}


def test_symptoms_to_report_list_alarms(assertions_of):
    body = "Reviewed symptoms to report: new bone pain, weight loss, blood in the urine."
    assert assertions_of(_note(body, "Plan"), "unexplained_weight_loss") == {"hypothetical"}

