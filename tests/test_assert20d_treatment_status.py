"""Treatment status in an A/P or a report (assert20d): an injection that dates what followed it
("fever 3 weeks after L4-5 ESI") was done; a treatment the patient is "improving with" or a
chiropractor who already ordered a film is being had; "Continue X, heat, frequent breaks"
continues every item of its comma list up to a semicolon or a new plan verb; a home program
"issued - compliance not known" is given, its doing unknown: hypothetical (ANNOTATION, Home
programs given). Look-alikes: a visit timed after an injection, a chiropractor to be seen, a
list after a semicolon, a program whose compliance the note reports."""

import pytest

HPI = "HPI: 58F, low back pain for 6 weeks, diabetic.\n"


@pytest.mark.parametrize("ap", [
    "Plan: L5-S1 ESI. Follow up 2 weeks after the injection.",
    "Plan: Refer for L4-5 ESI; RTC 3 weeks after the ESI.",
    "Plan: L4-5 ESI. If no better 2 weeks after the injection, surgical consult.",
])
def test_a_visit_timed_after_an_injection_leaves_it_planned(assertions_of, ap):
    assert assertions_of(HPI + ap, "epidural_steroid_injection") == {"hypothetical"}


@pytest.mark.parametrize("ap, code", [
    ("A/P: Mechanical LBP, 5 wks, improving with chiropractic. No imaging now.",
     "chiropractic_care"),
    ("A/P: LBP, improved with chiropractic care and ibuprofen. No imaging now.",
     "chiropractic_care"),
    ("Imaging: Lumbar x-ray 10/01/2026 (ordered by the chiropractor): mild facet arthropathy.\n"
     "Plan: MRI lumbar spine.", "chiropractic_care"),
    ("A/P: Neck pain, improved with physical therapy, now plateaued. MRI.", "physical_therapy"),
])
def test_a_treatment_being_had_in_an_assessment_is_present(assertions_of, ap, code):
    assert assertions_of(HPI + ap, code) == {"present"}


@pytest.mark.parametrize("ap", [
    "Plan: Recommend evaluation by a chiropractor. Ibuprofen prn.",
    "Plan: Referral to the chiropractor down the street. Ibuprofen prn.",
    "Plan: She should improve with chiropractic care; referral placed.",
    "Plan: He would feel better with a chiropractor; referral placed.",
])
def test_a_chiropractor_to_be_seen_stays_planned(assertions_of, ap):
    assert assertions_of(HPI + ap, "chiropractic_care") == {"hypothetical"}


@pytest.mark.parametrize("plan", [
    "Plan:\n- Continue ibuprofen 400 mg up to TID with food, heat, frequent breaks from desk work.",
    "Plan: Cont naproxen 500 mg BID with meals x 2 more weeks, ice, frequent breaks.",
])
def test_continue_carries_to_the_items_of_its_list(assertions_of, plan):
    assert assertions_of(HPI + plan, "activity_modification") == {"present"}


@pytest.mark.parametrize("plan", [
    "Plan: Continue naproxen 500 mg BID; frequent breaks from desk work.",
    "Plan: Ibuprofen 400 mg TID with food, heat, frequent breaks from desk work.",
])
def test_a_list_not_under_continue_stays_planned(assertions_of, plan):
    assert assertions_of(HPI + plan, "activity_modification") == {"hypothetical"}


def test_a_program_continued_with_another_item_stays_present(assertions_of):
    note = HPI + "Plan:\n- Continue traction and home program 2x/week x 4 weeks pending MRI."
    assert assertions_of(note, "home_exercise_program") == {"present"}


def test_continue_stops_at_a_new_plan_verb(assertions_of):
    note = HPI + "Plan: Continue naproxen with food, heat, start PT 2x/wk x 6 wks."
    assert assertions_of(note, "physical_therapy") == {"hypothetical"}


PT_DC = "PT DISCHARGE SUMMARY\nDx: lumbar radiculopathy\nVisits attended: {n}.\n{hep}\n" \
        "Discharge reason: {why}.\n"


@pytest.mark.parametrize("hep", [
    "HEP issued (bridges, cat-camel) - compliance not known.",
    "Home exercise program issued at eval, adherence unknown.",
])
def test_a_program_whose_doing_is_unknown_is_hypothetical(assertions_of, hep):
    note = PT_DC.format(n=2, hep=hep, why="did not return")
    assert assertions_of(note, "home_exercise_program") == {"hypothetical"}


@pytest.mark.parametrize("hep", [
    "HEP issued (bridges, cat-camel) - compliance good, 5x/wk.",
    "HEP issued 10/02 and progressed; compliance reported daily.",
])
def test_a_program_reported_done_stays_present(assertions_of, hep):
    note = PT_DC.format(n=6, hep=hep, why="goals met")
    assert assertions_of(note, "home_exercise_program") == {"present"}
