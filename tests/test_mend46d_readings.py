"""mend46d (blind batch e761-e800): red-flag readings fixed by class of wording.

1. An arrow from alarms to whom to reach ("any leg weakness, trouble passing urine -> text me
   and go straight to the ED") is a precaution, as "-> call" and "-> ED" are (blind e773: the
   taught retention made a false urgent).
2. A syndrome named before "warning signs" ("Reviewed CES warning signs in writing: ...") is
   what to watch for, as "discussed cauda equina red flags" (blind e778).
3. "No other definite fracture" beside the fracture found denies a second one, not that one
   (blind e795; the rule took one qualifier only).
4. HIV as the name of a test ordered or awaited ("HIV pending", "B12, copper, HIV, ANA") is no
   immunosuppression (blind e786; dev e183, e572, e732, d776 carry none from it).
5. A weight loss listed after a history item ("Hx: mid back pain, hx breast ca, wt loss") is the
   complaint now, not a past one (blind e794; dev e207, e685 read present).
6. A bare condition after "given" ("Possible vertebral injury given osteoporosis") is the
   stated reason of the doubt, not doubted itself (blind e790).
7. A disc in lay words: a relative's two "slipped discs", "a disc that pressed on the nerve"
   (family: blind e766, e782, e788; dev d853) and a guess that "it could be a disc" / "it's a
   disc" (possible: blind e775; dev e090, e168, e489).
"""

import pytest

from note_text import section_note as _note


def test_arrow_to_text_me_is_a_precaution(assertions_of):
    body = ("Told her and her partner: any leg weakness, numbness, trouble passing urine "
            "-> text me and go straight to the ED.")
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


def test_arrow_to_page_on_call_is_a_precaution(assertions_of):
    body = "Loss of bladder control => page the on-call spine fellow."
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


def test_a_grade_arrow_still_tells_a_change(assertions_of):
    body = "Urinary retention since Sunday, PVR 500 -> Foley placed."
    assert "present" in assertions_of(_note(body, "HPI"), "bladder_dysfunction")


@pytest.mark.parametrize("body", [
    "Gave written CES warning signs: numbness between the legs, difficulty urinating.",
    "Reviewed cauda equina alarm symptoms with him and his daughter.",
])
def test_warning_signs_of_a_syndrome_are_no_present_syndrome(assertions_of, body):
    assert "present" not in assertions_of(_note(body, "Plan"), "cauda_equina_syndrome")


def test_the_syndrome_itself_reviewed_stays_present(assertions_of):
    body = "Reviewed her cauda equina syndrome and the operative findings with her."
    assert "present" in assertions_of(_note(body, "Assessment"), "cauda_equina_syndrome")


def test_no_other_definite_fracture_denies_no_fracture(assertions_of):
    body = "Impression: L1 wedge compression fracture, acute-appearing. No other definite acute fracture."
    assert assertions_of(_note(body, "Impression"), "spinal_fracture") == {"present"}


def test_no_definite_fracture_stays_absent(assertions_of):
    body = "Impression: Degenerative change. No definite fracture."
    assert assertions_of(_note(body, "Impression"), "spinal_fracture") == {"absent"}


@pytest.mark.parametrize("body", [
    "Plan: 1. MRI. 2. ESR, CRP, B12, copper, HIV, RPR.",
    "Labs: WBC 14. HIV pending. Cultures drawn.",
    "Prenatal labs: CBC, HIV repeat at 28 weeks.",
])
def test_hiv_as_a_test_is_no_immunosuppression(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "immunosuppression") == set()


def test_hiv_in_a_problem_list_stays_present(assertions_of):
    body = "HTN, HIV on ART with undetectable load, CKD 3."
    assert "present" in assertions_of(_note(body, "PMH"), "immunosuppression")


def test_weight_loss_after_a_history_item_is_now(assertions_of):
    body = "Clinical hx: 72M low back pain 6 wks, hx colon ca, wt loss"
    assert assertions_of(_note(body, "Indication"), "unexplained_weight_loss") == {"present"}


def test_a_list_denial_still_reaches_weight_loss(assertions_of):
    body = "No fevers, weight loss or night sweats."
    assert assertions_of(_note(body, "ROS"), "unexplained_weight_loss") == {"absent"}


def test_a_bare_condition_after_given_is_stated(assertions_of):
    body = "Probable sacral insufficiency injury given osteoporosis."
    assert assertions_of(_note(body, "Assessment"), "osteoporosis") == {"present"}


def test_a_doubted_osteoporosis_stays_possible(assertions_of):
    body = "Possible osteoporosis; DEXA ordered."
    assert assertions_of(_note(body, "Assessment"), "osteoporosis") == {"possible"}


def test_plural_slipped_discs_of_a_relative_is_family(assertions_of):
    body = 'Father had three "slipped discs" in his low back.'
    assert assertions_of(_note(body, "Family history"), "disc_herniation") == {"family"}


def test_a_relatives_disc_that_pressed_on_the_nerve_is_family(assertions_of):
    body = 'Her aunt had "a disc in her neck that pinched a nerve" and needed surgery.'
    assert "family" in assertions_of(_note(body, "HPI"), "disc_herniation")


@pytest.mark.parametrize("body", [
    "His physio thinks it could be a disc. No leg symptoms.",
    'Wants a scan because his climbing partner says "it\'s a disc."',
])
def test_a_lay_guess_of_a_disc_is_possible(assertions_of, body):
    assert assertions_of(_note(body, "HPI"), "disc_herniation") == {"possible"}


def test_a_disc_herniation_stated_stays_present(assertions_of):
    body = "MRI 2024 showed an L5-S1 disc herniation compressing the S1 root."
    assert "present" in assertions_of(_note(body, "Imaging"), "disc_herniation")


def test_hiv_with_its_result_in_a_lab_list_stays_absent(assertions_of):
    body = "Labs: ESR 12, CRP, HIV neg, A1c 5.4."
    assert assertions_of(_note(body, "Labs"), "immunosuppression") == {"absent"}
