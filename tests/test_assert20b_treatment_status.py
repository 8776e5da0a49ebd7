"""assert20b: what a treatment's words say of its status (ANNOTATION "Advice in the Plan",
"Home programs given, taught, discharged to", "Kinds"). A device put on at this visit, a ward
order in force and a restriction kept or extended are present; a home exercise sheet handed
over today is still to be done; a note that reports its radiographs denies no x-ray by a
denied kind of film or a denied other study. Every sentence is new; the look-alikes must not
change."""
import pytest

MOD = "activity_modification"
HEP = "home_exercise_program"


# ---- a device put on at this visit: present ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Plan: Philadelphia collar placed in the ED; CT cervical spine without contrast.",
    "A/P: Soft cervical collar applied in clinic today. CT C-spine ordered.",
    "Plan: Rigid collar (Aspen) placed, keep on until CT reviewed.",
])
def test_a_device_placed_or_applied_in_the_plan_is_present(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: Order placed for a TLSO brace.",
    "Plan: LSO brace to be placed at the next visit.",
    "Plan: lumbar brace ordered.",
])
def test_a_device_ordered_or_to_be_placed_stays_planned(assertions_of, text):
    assert assertions_of(text, MOD) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: PT referral placed.",
    "Plan: referral placed for physical therapy 2x/wk.",
])
def test_a_referral_placed_stays_planned(assertions_of, text):
    assert assertions_of(text, "physical_therapy") == {"hypothetical"}


# ---- a ward order in force: present -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A/P:\n1. Possible cord compression. Spinal precautions, strict bedrest until the MRI "
    "is read.",
    "Plan: flat bed rest, log roll precautions, MRI thoracic spine tonight.",
    "Plan:\n- Bedrest with HOB at 30 degrees, logroll precautions until CT is read.",
])
def test_bedrest_beside_spine_precautions_is_in_force(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: bed rest for 2 days, then walking as tolerated.",
    "Plan: Relative rest x 1 week. Return precautions given.",
])
def test_outpatient_rest_advice_stays_planned(assertions_of, text):
    assert assertions_of(text, MOD) == {"hypothetical"}


# ---- a restriction kept or extended: present ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Plan: Keep the 15 lb lifting limit for 4 more weeks.",
    "Plan: maintain his current lifting restriction of 20 pounds.",
    "Plan: Light duty extended through the end of the month.",
    "Plan:\n3. Continue gabapentin. Modified duty renewed x 4 weeks.",
])
def test_a_restriction_kept_or_extended_is_present(assertions_of, text):
    assert assertions_of(text, MOD) == {"present"}


@pytest.mark.parametrize("text", [
    "Plan: Keep active; no lifting over 25 lb for 2 weeks.",
    "Plan: light duty x 3 weeks.",
])
def test_a_new_restriction_stays_planned(assertions_of, text):
    assert assertions_of(text, MOD) == {"hypothetical"}


@pytest.mark.parametrize("plan_line", [
    "4. Remains on modified duty; work note updated.",
    "- Stays on desk duty. Work note given.",
])
def test_work_note_right_after_a_kept_restriction_is_its_paper(assertions_of, plan_line):
    note = "Plan:\n1. Continue meloxicam.\n" + plan_line + "\n"
    assert assertions_of(note, MOD) == {"present"}


@pytest.mark.parametrize("note", [
    # the work note beside a new restriction in its own sentence stays planned with it
    "A/P: She remains on light duty. Work note: no lifting over 10 lb until the CT is read.",
    # a work note after new advice
    "Plan:\n- Avoid heavy lifting for 2 weeks. Work note given.",
])
def test_work_note_beside_new_advice_stays_planned(findings_of, note):
    import datetime as dt
    _, result = findings_of(note, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    planned = [e.text for f in result.findings
               if f.code == MOD and f.assertion == "hypothetical" for e in f.evidence]
    assert "Work note" in planned


# ---- a home exercise sheet handed over today: to be done ----------------------------------

@pytest.mark.parametrize("text", [
    "P: naproxen prn, ice. Lumbar stretching sheet given; recheck 2 wks.",
    "Plan: printed home exercises given and demonstrated in the office.",
    "Plan: neck ROM handout reviewed with her; PT if no better in 3 weeks.",
    "A/P: strain. Home exercise sheet for hamstring stretches provided.",
])
def test_a_home_program_handed_over_today_is_planned(assertions_of, text):
    assert assertions_of(text, HEP) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Plan: Continue HEP daily. Ibuprofen prn.",
    "PT visit 10/21: HEP given (bird dog, bridges); she reports doing it most days.",
    "Assessment: progressing. HEP reviewed; does it 4x/week.",
    "HEP was reviewed and progressed today.",
])
def test_a_home_program_done_or_continued_stays_present(assertions_of, text):
    assert assertions_of(text, HEP) == {"present"}


# ---- an x-ray the note reports is not denied by another study or kind -------------------

@pytest.mark.parametrize("text", [
    "Lumbar x-rays 10/02: mild L4-5 spondylosis. A: L5 radiculopathy, never imaged with MRI.",
    "Standing lumbar films 09/2026: grade 1 L4-5 listhesis; flexion/extension views not "
    "obtained.",
    "XR T-spine 11/20: no fracture. Occult fracture unlikely given a normal x-ray and no "
    "midline tenderness.",
])
def test_a_reported_xray_is_not_also_denied(assertions_of, text):
    assert assertions_of(text, "prior_xray") == {"present"}


@pytest.mark.parametrize("text", [
    "No prior spine imaging. Plan: lumbar x-rays today.",
    "No x-rays have been done yet.",
])
def test_a_note_without_films_still_denies_them(assertions_of, text):
    assert assertions_of(text, "prior_xray") == {"absent"}


# ---- "no prior back surgery or injections": both denied -----------------------------------

@pytest.mark.parametrize("text", [
    "No prior back surgery or injections.",
    "Never had neck surgery or injections for this.",
    "He denies any previous spine surgery or injections.",
])
def test_injections_after_a_denied_spine_surgery_are_denied(assertions_of, text):
    assert assertions_of(text, "epidural_steroid_injection") == {"absent"}
    assert assertions_of(text, "prior_spine_surgery") == {"absent"}


@pytest.mark.parametrize("text", [
    "She had knee surgery and injections in 2019.",
    "Trigger point injections helped for a week.",
])
def test_injections_of_another_kind_are_no_esi(assertions_of, text):
    assert assertions_of(text, "epidural_steroid_injection") == set()


def test_work_note_after_kept_heat_is_no_paper_of_it(findings_of):
    import datetime as dt
    note = ("HPI: stiff neck since yesterday. Has tried a heating pad.\n\n"
            "P: Ibuprofen 400 mg q8h with food x 5 days, heat, gentle range-of-motion exercises "
            "handout. Work note for 2 days.\n")
    _, result = findings_of(note, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    planned = [e.text for f in result.findings
               if f.code == MOD and f.assertion == "hypothetical" for e in f.evidence]
    assert "Work note" in planned


def test_a_brace_beside_log_roll_precautions_stays_planned(assertions_of):
    text = "Plan: CT lumbar spine now. TLSO and log-roll precautions. Spine surgery consulted."
    assert "hypothetical" in assertions_of(text, MOD)
