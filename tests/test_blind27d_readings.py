"""Readings mended after the blind batch d951-d958 (corpora/dev/ERRORS_d951-d958.md).

- A plan against imaging today ("No imaging now", "no MRI at this time") neither denies nor
  affirms a study had (d951, d958); "no imaging yet" still denies one.
- A sentence ends after a one-letter unit ("no BM x 2 d. Back pain 9/10"): the denial before
  it no longer reaches the next sentence's pain (d953).
- Targets: a reflex named once then graded side by side ("Achilles: R 2+, L 0", d952); the
  rectal exam's label then its tone ("Rectal: tone decreased", d953); "toes down" (d955);
  "sensation nl" (d956); a cytotoxic drug joined to another by a slash (d953); a second service paged with
  neurosurgery ("Neurosurgery and rad-onc paged", d953); FMLA / medical leave is a work
  restriction in force too (d952); "lighter loads" at work (d956); "carpal tunnel" without
  "syndrome" (d958).
- Not findings: buprenorphine from an addiction clinic is opioid-use-disorder treatment, not a
  pain medicine (d956).
- Assertions: "old mild T7 wedge deformity" (d955); a worry told in the patient's quoted
  words, also where the quote opens the next line (d956).
- Course: a symptom's onset date ("leg pain to the lateral foot, onset early August 2026")
  gives how long it has lasted (d952, Cohere's new-onset condition).
Every sentence is written here, none copied from the corpus."""

import datetime as dt

import pytest

from note_text import hpi_note as _note


def _exam(body):
    return f"Clinic 11/27/2026\nHPI: low back pain for 3 weeks.\nExam: {body}\n"


def _plan(lines):
    return "Clinic 11/27/2026\nHPI: neck pain for 3 weeks.\n\nPlan:\n" + lines + "\n"


# --- a plan against imaging today ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Home exercises. No MRI at this time; recheck in 4 weeks.",
    "- No x-rays for now, will revisit if not better.",
    "- Naproxen. No imaging today.",
])
def test_no_imaging_now_is_no_study(assertions_of, line):
    text = _plan(line)
    for code in ("prior_mri", "prior_xray", "prior_ct"):
        assert assertions_of(text, code) == set()


def test_not_yet_imaged_still_denies_the_studies(assertions_of):
    assert assertions_of(_note("neck pain for 3 weeks. No imaging yet."), "prior_mri") == {"absent"}


# --- a one-letter unit ends its sentence ---------------------------------------------------

def test_a_denial_stops_at_a_one_letter_unit(assertions_of):
    text = _note("legs weak since yesterday. No BM x 2 d. Neck pain 8/10.")
    assert assertions_of(text, "neck_pain") == {"present"}
    assert assertions_of(text, "severe_pain") == {"present"}


def test_the_denial_before_the_unit_still_holds(assertions_of):
    assert assertions_of(_note("No fever x 2 d. Neck pain."), "fever") == {"absent"}


# --- exam targets --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Knee jerks: L 2+, R 0.",
    "Ankle jerks: R 2+, L 1+",
    "Achilles reflex: right 2+, left trace.",
])
def test_a_reflex_graded_side_by_side_is_abnormal(assertions_of, line):
    assert "present" in assertions_of(_exam("strength 5/5. " + line), "reflex_abnormality")


def test_equal_normal_grades_side_by_side_are_no_abnormal_reflex(assertions_of):
    assert "present" not in assertions_of(_exam("Knee jerks: R 2+, L 2+."), "reflex_abnormality")


@pytest.mark.parametrize("line", ["Rectal: tone decreased.", "Rectal exam - tone markedly reduced."])
def test_rectal_label_then_a_low_tone(assertions_of, line):
    assert assertions_of(_exam(line), "decreased_rectal_tone") == {"present"}


def test_rectal_label_then_a_normal_tone(assertions_of):
    assert assertions_of(_exam("Rectal: tone normal."), "decreased_rectal_tone") == {"absent"}


@pytest.mark.parametrize("line", ["reflexes 2+, toes down bilat.", "Plantars down."])
def test_toes_down_is_a_flexor_plantar(assertions_of, line):
    assert assertions_of(_exam(line), "upper_motor_neuron_signs") == {"absent"}


def test_toes_upgoing_stays_a_sign(assertions_of):
    assert assertions_of(_exam("toes upgoing on the right."), "upper_motor_neuron_signs") == {"present"}


def test_sensation_nl_is_intact(assertions_of):
    assert assertions_of(_exam("Strength 5/5, sensation nl."), "dermatomal_sensory_loss") == {"absent"}


# --- other targets -------------------------------------------------------------------------

@pytest.mark.parametrize("drug", ["nivolumab/docetaxel", "atezolizumab/carboplatin"])
def test_a_cytotoxic_drug_joined_by_a_slash_is_chemotherapy(assertions_of, drug):
    text = _note(f"back pain. Lung cancer, on {drug} every 3 weeks.")
    assert assertions_of(text, "immunosuppression") == {"present"}


def test_a_second_service_paged_with_neurosurgery(assertions_of):
    text = _note("cord compression suspected.") + "MDM: Neurosurgery and rad-onc paged.\n"
    assert assertions_of(text, "intervention_planned") == {"present"}


def test_rad_onc_paged_alone_plans_no_spine_intervention(assertions_of):
    text = _note("cord compression suspected.") + "MDM: Rad-onc paged.\n"
    assert assertions_of(text, "intervention_planned") == set()


@pytest.mark.parametrize("body", ["back pain. Has been on FMLA leave since 10/20.",
                                  "back pain. On medical leave from the warehouse."])
def test_leave_from_work_is_a_restriction_in_force(assertions_of, body):
    assert assertions_of(_note(body), "activity_modification") == {"present"}
    assert assertions_of(_note(body), "functional_impairment") == {"present"}


def test_lighter_loads_at_work(assertions_of):
    text = _note("back pain. Still on the job, fewer hours and lighter loads.")
    assert assertions_of(text, "activity_modification") == {"present"}
    assert assertions_of(text, "functional_impairment") == {"present"}


def test_still_working_full_shifts_keeps_its_denial(assertions_of):
    assert assertions_of(_note("back pain. Still working full shifts."),
                         "functional_impairment") == {"absent"}


def test_carpal_tunnel_without_syndrome(assertions_of):
    text = _note("neck pain. Numb fingers from carpal tunnel, being splinted.")
    assert assertions_of(text, "peripheral_neuropathy") == {"present"}


def test_a_carpal_tunnel_release_names_no_neuropathy(assertions_of):
    text = _note("neck pain. Surgical history: left carpal tunnel release 2019.")
    assert assertions_of(text, "peripheral_neuropathy") == set()


def test_buprenorphine_from_an_addiction_clinic_is_no_analgesic(assertions_of):
    text = _note("back pain. Former heroin use, on buprenorphine through the bridge clinic.")
    assert assertions_of(text, "analgesic") == set()


def test_buprenorphine_for_pain_stays_an_analgesic(assertions_of):
    assert assertions_of(_note("back pain. Buprenorphine patch for pain, helps."),
                         "analgesic") == {"present"}


# --- assertions ----------------------------------------------------------------------------

def test_old_graded_fracture_at_a_level_is_historical(assertions_of):
    text = ("XR T-spine 11/27/2026\nFINDINGS: Old moderate L2 wedge deformity, stable. "
            "Acute T12 compression fracture.\n")
    assert assertions_of(text, "spinal_fracture") == {"historical", "present"}


@pytest.mark.parametrize("body", [
    'low back pain. She is worried "it is an infection in my spine."',
    'low back pain. She is worried\n"it is an infection in my spine."',
])
def test_a_quoted_worry_is_possible(assertions_of, body):
    assert assertions_of(_note(body), "spinal_infection") == {"possible"}


def test_quoted_speech_on_the_next_line_stays_the_patients(assertions_of):
    text = _note('low back pain. He says\n"the pain wakes me every night."')
    assert assertions_of(text, "night_pain") == {"present"}


# --- a symptom's onset date gives its duration ---------------------------------------------

@pytest.mark.parametrize("text,weeks", [
    ("leg pain to the lateral foot, onset early August 2026, no injury.", 19.6),
    ("leg pain into the calf x 6 weeks.", 6.0),
    ("leg pain, started 09/02/2026.", 15.0),
])
def test_stated_weeks_reads_an_onset_date(text, weeks):
    from spinecite.rules.course import stated_weeks

    assert stated_weeks(text, 0, 8, dt.date(2026, 12, 16)) == pytest.approx(weeks, abs=0.1)


def test_a_bare_date_after_a_symptom_is_no_duration():
    from spinecite.rules.course import stated_weeks

    assert stated_weeks("leg pain 08/05/2026 at the clinic.", 0, 8, dt.date(2026, 12, 16)) is None


@pytest.mark.parametrize("line,side", [("Ankle jerks: R 2+, L 0.", "left"),
                                       ("Knee jerks: left 2+, right trace.", "right")])
def test_the_side_graded_low_is_the_findings_side(findings_of, line, side):
    _, result = findings_of(_exam(line), dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    sides = {f.laterality for f in result.findings
             if f.code == "reflex_abnormality" and f.assertion == "present"}
    assert sides == {side}


@pytest.mark.parametrize("body", [
    "neck pain. Exam: Tinel over R carpal tunnel: negative.",
    "neck pain with a positive Hoffmann. Carpal tunnel does not explain the brisk reflexes.",
])
def test_carpal_tunnel_as_an_exam_site_or_a_cause_set_aside(assertions_of, body):
    assert "present" not in assertions_of(_note(body), "peripheral_neuropathy")
