"""The rule files: verbatim quotes, the sources they were written from, the contract's ids."""

import pytest

from conftest import SHARED
from spinecite.rules.quotes import missing_quotes, source_text
from spinecite.rules.ruleset import RULES_DIR, load_all, load_guideline, source_sha256

RULE_FILES = sorted(RULES_DIR.glob("*.yaml"))
GUIDELINES = SHARED / "guidelines"
CONTRACT_GOVERNS = {
    "aim-spine": {*map(str, range(72125, 72134)), *map(str, range(72141, 72159))},
    "nia-lumbar-mri": {"72148", "72149", "72158"},
    "nia-lumbar-ct": {"72131", "72132", "72133"},
    "cohere-ct-spine": set(map(str, range(72125, 72134))),
    "evicore-spine": {*map(str, range(72125, 72134)), *map(str, range(72141, 72160))},
}
# The CPT codes that exist in those ranges: contract §5's regions, and MRA 72159.
REAL_CODES = {"72125", "72126", "72127", "72141", "72142", "72156", "72128", "72129", "72130",
              "72146", "72147", "72157", "72131", "72132", "72133", "72148", "72149", "72158",
              "72159"}
needs_sources = pytest.mark.skipif(not GUIDELINES.exists(), reason="shared/ not beside the repo")


@needs_sources
@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_its_source(path):
    assert missing_quotes(path) == []


@needs_sources
@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_file_records_the_source_it_was_written_from(path):
    g = load_guideline(path)
    assert g.source_sha256 == source_sha256(g)


@needs_sources
def test_a_deleted_phrase_of_a_real_source_fails_the_check():
    text = (GUIDELINES / "001_85c1f2ef0b737f48.txt").read_text(encoding="utf-8")
    deleted = "Combination requests at end of the document"
    assert f"~~({deleted})~~" in text
    assert deleted not in source_text("001_85c1f2ef0b737f48.txt")


def test_ids_unique_and_governs_match_the_contract():
    guidelines = load_all()
    assert set(guidelines) <= set(CONTRACT_GOVERNS)
    for gid, g in guidelines.items():
        assert set(g.governs) & REAL_CODES == CONTRACT_GOVERNS[gid] & REAL_CODES, gid
        ids = [e.id for e in (*g.requirements, *g.exclusions, *g.indications, *g.judgment_only,
                              *g.definitions.values())]
        assert len(ids) == len(set(ids)), gid
        assert all(i.startswith(gid + ".") for i in ids), gid
        assert all(e.family for e in g.indications), gid


# ---- the real rule files on the request: modality, study and disputed findings ----------

import datetime as dt  # noqa: E402

from spinecite.extractors.models import (Evidence, Finding, ImagingValue, MotorValue,  # noqa: E402
                                         ProcedureValue, TherapyValue)
from spinecite.rules.evaluator import CaseFacts, evaluate  # noqa: E402

RECEIVED = dt.date(2026, 3, 1)


def said(code, text, assertion="present", value=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def outcome(guideline, cpt, *findings):
    return evaluate(load_all()[guideline], cpt, CaseFacts(RECEIVED, 50, tuple(findings))).outcome


RADICULOPATHY = (
    said("radicular_pain", "L5 radicular pain"), said("radiculopathy", "L5 radiculopathy"),
    said("motor_weakness", "EHL 4/5", value=MotorValue(grade=4)),
    said("dermatomal_sensory_loss", "decreased L5 sensation"),
    said("intervention_planned", "TFESI planned"), said("in_person_exam", "Exam:"),
    said("physical_therapy", "6 weeks of PT without relief",
         value=TherapyValue(weeks=6, outcome="failed", end=RECEIVED - dt.timedelta(days=10))),
)


def test_aim_ct_for_radiculopathy_needs_mri_to_be_impossible():
    assert outcome("aim-spine", "72148", *RADICULOPATHY) == "met"
    assert outcome("aim-spine", "72131", *RADICULOPATHY) == "not_met"
    pacemaker = said("mri_contraindication", "non-MRI-conditional pacemaker")
    assert outcome("aim-spine", "72131", *RADICULOPATHY, pacemaker) == "met"


def test_evicore_ct_needs_an_implant_contraindication_not_claustrophobia():
    assert outcome("evicore-spine", "72148", *RADICULOPATHY) == "met"
    claustrophobia = said("mri_contraindication", "severe claustrophobia")
    assert outcome("evicore-spine", "72131", *RADICULOPATHY, claustrophobia) == "not_met"
    icd = said("mri_contraindication", "ICD, not MRI conditional")
    assert outcome("evicore-spine", "72131", *RADICULOPATHY, icd) == "met"


def test_evicore_failed_trial_covers_the_plain_mri_not_the_contrast_study():
    assert outcome("evicore-spine", "72158", *RADICULOPATHY) == "not_met"


def test_cauda_equina_ruled_out_is_not_fast_tracked():
    suspected = said("cauda_equina_syndrome", "cauda equina syndrome")
    ruled_out = said("cauda_equina_syndrome", "CES ruled out", "absent")
    context = (said("in_person_exam", "Exam:"), said("radicular_pain", "bilateral leg pain"))
    for g in ("aim-spine", "nia-lumbar-mri", "evicore-spine"):
        assert outcome(g, "72148", suspected, *context) == "met"
        assert outcome(g, "72148", suspected, ruled_out, *context) == "not_met"


# ---- urgent (contract §3): from the findings, under every guideline, region and study ------

from spinecite.extractors.models import MalignancyValue  # noqa: E402
from spinecite.review import determine  # noqa: E402
from spinecite.rules.evaluator import CPT_REGIONS, red_flags  # noqa: E402
from spinecite.rules.ruleset import load_red_flags  # noqa: E402

PROGRESSION = said("symptom_progression", "rapidly worsening")
# each emergent red flag of contract §3, as a note with nothing else: no exam, no conservative
# care, no imaging; suspicions written as suspicions
RED_FLAGS = {
    "suspected cauda equina": (said("cauda_equina_syndrome", "concern for CES", "possible"),),
    "saddle anesthesia": (said("saddle_anesthesia", "numb in the saddle area"),),
    "urinary retention": (said("bladder_dysfunction", "urinary retention"),
                          said("low_back_pain", "back pain")),
    "progressive foot drop": (said("foot_drop", "L foot drop"), PROGRESSION),
    "a foot drop worse on its own side": (
        said("foot_drop", "L foot drop").model_copy(update={"laterality": "left"}),
        said("symptom_progression", "L leg weaker each day").model_copy(
            update={"laterality": "left"})),
    "progressive bilateral weakness, ungraded": (
        said("motor_weakness", "both legs weak").model_copy(update={"laterality": "bilateral"}),
        PROGRESSION),
    "progressive myelopathy beside a neuropathy": (
        said("upper_motor_neuron_signs", "Hoffmann positive"),
        said("peripheral_neuropathy", "diabetic neuropathy"), PROGRESSION),
    "suspected infection, unnamed, febrile": (
        said("spinal_infection", "concern for infection", "possible"), said("fever", "T 38.9"),
        said("elevated_inflammatory_markers", "CRP 140")),
    "new foot drop, no word of worsening": (said("foot_drop", "woke with a L foot drop"),),
    "progressive weakness 3/5": (said("motor_weakness", "EHL 3/5", value=MotorValue(grade=3)),
                                 PROGRESSION),
    "progressive myelopathy": (said("upper_motor_neuron_signs", "Hoffmann positive"),
                               PROGRESSION),
    "suspected epidural abscess": (said("spinal_infection", "r/o epidural abscess", "possible"),
                                   said("fever", "T 38.9")),
    "worsening known discitis": (said("spinal_infection", "discitis"), PROGRESSION),
    "febrile IVDU with raised CRP": (said("fever", "febrile"), said("iv_drug_use", "IVDU"),
                                     said("elevated_inflammatory_markers", "CRP 140")),
    "metastatic cancer with cord signs": (
        said("malignancy", "metastatic breast cancer",
             value=MalignancyValue(site="breast", metastatic=True)),
        said("upper_motor_neuron_signs", "Babinski")),
    "spinal metastases with new weakness": (
        said("malignancy", "prostate cancer with bone mets",
             value=MalignancyValue(site="prostate", metastatic=True)),
        said("motor_weakness", "R hip flexion 4/5", value=MotorValue(grade=4))),
    "suspected discitis in a cancer patient": (
        said("spinal_infection", "r/o discitis", "possible"), said("malignancy", "on chemo for AML")),
    "suspected metastasis with retention": (
        said("malignancy", "concern for metastasis", "possible"),
        said("bladder_dysfunction", "new retention")),
    "suspected fracture with weakness after a fall": (
        said("spinal_fracture", "? compression fracture", "possible"), said("trauma", "fell"),
        said("motor_weakness", "hip flexion 4/5", value=MotorValue(grade=4))),
}
# a study of each region for each guideline that governs one, MRI and CT where both are governed
STUDIES = [(gid, cpt) for gid in CONTRACT_GOVERNS for region in CPT_REGIONS
           for cpt in sorted(CPT_REGIONS[region]) if cpt in ("72141", "72125", "72146", "72128",
                                                             "72148", "72131")
           and cpt in CONTRACT_GOVERNS[gid]]


def facts_of(*findings):
    return CaseFacts(RECEIVED, 50, tuple(findings))


@pytest.mark.parametrize("flag", RED_FLAGS)
def test_each_red_flag_is_urgent_under_every_guideline_region_and_study(flag):
    facts = facts_of(*RED_FLAGS[flag])
    determinations, raised = determine([(load_all()[g], cpt) for g, cpt in STUDIES], facts)
    assert raised and all(r.evidence for r in raised)
    assert {(d.guideline, d.cpt) for d in determinations if not d.urgent} == set()
    # urgent never fast-tracks: nothing here meets a cervical CT's prerequisites, say
    assert any(d.outcome == "not_met" for d in determinations)


def test_a_red_flag_is_urgent_where_no_guideline_governs_the_study():
    facts = facts_of(*RED_FLAGS["suspected cauda equina"])
    determinations, raised = determine([(load_all()["nia-lumbar-mri"], "72141")], facts)
    assert [d.outcome for d in determinations] == ["not_applicable"]
    assert [r.id for r in raised] == ["contract-red-flags.cauda-equina"]


NOT_URGENT = {
    # "DDx: discitis, spondylolysis, neoplasm" in a child with normal labs and no fever
    "discitis in a differential": (said("spinal_infection", "discitis", "possible"),
                                   said("fever", "afebrile", "absent"),
                                   said("elevated_inflammatory_markers", "ESR 12", "absent"),
                                   said("malignancy", "neoplasm", "possible")),
    "known discitis improving": (said("spinal_infection", "discitis"),
                                 said("elevated_inflammatory_markers", "ESR 88"),
                                 said("symptom_progression", "no worsening", "absent")),
    "foot drop left by an operation": (said("foot_drop", "R foot drop"),
                                       said("motor_weakness", "TA 2/5", value=MotorValue(grade=2)),
                                       said("prior_spine_surgery", "L4-5 laminectomy 2019")),
    "foot drop from a peroneal neuropathy": (said("foot_drop", "L foot drop"),
                                             said("peripheral_neuropathy", "peroneal neuropathy")),
    "foot drop in the past": (said("foot_drop", "foot drop in 2015", "historical"),
                              said("foot_drop", "foot drop")),
    "mild progressive deficit": (said("motor_weakness", "gastroc 4/5", value=MotorValue(grade=4)),
                                 PROGRESSION),
    "cancer history with a Hoffmann sign": (said("malignancy", "thyroid cancer"),
                                            said("upper_motor_neuron_signs", "Hoffmann")),
    "fracture without a deficit": (said("spinal_fracture", "L1 burst fracture"),
                                   said("trauma", "fell from a ladder")),
    # "risks including bleeding, infection ..." misread as a fact, in a worsening patient
    "infection as a listed risk of surgery": (said("spinal_infection", "infection"), PROGRESSION),
    "cauda equina only as return precautions": (
        said("cauda_equina_syndrome", "return for cauda equina", "hypothetical"),
        said("saddle_anesthesia", "numbness in the saddle area", "hypothetical")),
    # dev d067: the right leg pain worsened; the left foot drop is unchanged since the 2019
    # microdiscectomy
    "worse on the other side than the foot drop": (
        said("prior_spine_surgery", "L4-5 microdiscectomy 2019"),
        said("foot_drop", "left foot drop").model_copy(update={"laterality": "left"}),
        said("motor_weakness", "left tibialis anterior 2/5",
             value=MotorValue(grade=2)).model_copy(update={"laterality": "left"}),
        said("symptom_progression", "right leg pain has worsened").model_copy(
            update={"laterality": "right"})),
    # dev d174: "Strength 5/5 bilat" read as weakness beside worsening sciatica
    "full strength read as weakness": (
        said("motor_weakness", "Strength 5/5 bilat", value=MotorValue(grade=5)).model_copy(
            update={"laterality": "bilateral"}), PROGRESSION),
    # dev d186: symmetric hyporeflexia at 81 beside an L1 compression fracture after a fall
    "a fracture with symmetric hyporeflexia": (
        said("spinal_fracture", "L1 compression fracture"), said("trauma", "slipped on a bathmat"),
        said("reflex_abnormality", "Patellar 1+, Achilles trace"),
        said("low_back_pain", "low back pain")),
    # dev d175: a cervical myelopathy "the hands have not gotten worse", found at a
    # pre-anesthesia visit for lumbar claudication that "worsened steadily"
    "stable cord signs beside a worsening elsewhere": (
        said("upper_motor_neuron_signs", "Hoffmann sign positive bilaterally").model_copy(
            update={"laterality": "bilateral"}),
        said("myelopathy_signs", "clumsy hands").model_copy(update={"laterality": "bilateral"}),
        said("motor_weakness", "grip 4+/5 bilaterally", value=MotorValue(grade=4.5)).model_copy(
            update={"laterality": "bilateral"}),
        said("symptom_progression", "worsened steadily over the past year"),
        said("symptom_progression", "the hands have not gotten worse", "absent")),
    # dev d151: an NCS-proven polyneuropathy "progressing", intrinsics 4/5 both feet, Romberg
    "a progressing polyneuropathy": (
        said("motor_weakness", "intrinsics 4/5", value=MotorValue(grade=4)).model_copy(
            update={"laterality": "bilateral"}),
        said("myelopathy_signs", "Romberg positive"),
        said("peripheral_neuropathy", "length-dependent sensorimotor polyneuropathy"),
        said("symptom_progression", "progressing")),
}


def test_an_unnamed_infection_in_an_afebrile_differential_is_no_suspected_spinal_infection():
    """dev d112: 'less likely infection' closing a myeloma work-up's differential, ESR 74,
    afebrile: no red flag, and urgent under no guideline (AIM's and NIA's infection lines may
    still meet, not urgently: the case's tumor lines rest on an x-ray result left unread)."""
    facts = facts_of(said("spinal_infection", "infection", "possible"),
                     said("elevated_inflammatory_markers", "ESR 74"),
                     said("fever", "denies fever", "absent"), said("diabetes", "DM2"), EXAM,
                     said("low_back_pain", "deep boring low back ache"))
    assert red_flags(load_red_flags(), facts) == []
    determinations, _ = determine([(load_all()[g], cpt) for g, cpt in STUDIES], facts)
    assert [(d.guideline, d.cpt) for d in determinations if d.urgent] == []
    assert outcome("nia-lumbar-mri", "72148", *facts.findings) == "met"
    named = said("spinal_infection", "r/o discitis", "possible")
    facts = facts.replace(findings=facts.findings + (named,))
    assert red_flags(load_red_flags(), facts)


@pytest.mark.parametrize("case", NOT_URGENT)
def test_no_red_flag_without_an_emergent_finding(case):
    facts = facts_of(*NOT_URGENT[case])
    assert red_flags(load_red_flags(), facts) == []
    determinations, _ = determine([(load_all()[g], cpt) for g, cpt in STUDIES], facts)
    assert [(d.guideline, d.cpt) for d in determinations if d.urgent] == []


def test_red_flag_quotes_are_the_contracts_words():
    contract = " ".join((SHARED / "spec" / "CONTRACT.md").read_text(encoding="utf-8").split())
    flags = load_red_flags()
    quotes = [e.quote.text for e in flags.indications]
    quotes += [d.quote.text for d in flags.definitions.values() if d.quote.text]
    assert len(quotes) >= 5 and all(q in contract for q in quotes)


# ---- no fast-track on a red flag the note does not establish (zero false met) -------------

EXAM = said("in_person_exam", "Exam:")


def settles(guideline, cpt, findings, *deciding):
    """Examined in person, `findings` alone are not_met; each of `deciding` added makes met."""
    assert outcome(guideline, cpt, EXAM, *findings) == "not_met"
    for finding in deciding:
        assert outcome(guideline, cpt, EXAM, *findings, finding) == "met", finding.evidence


def test_evicore_a_neoplasm_in_a_differential_is_no_suspicion_of_malignancy():
    night_pain = said("night_pain", "wakes him from sleep")
    differential = said("malignancy", "DDx: discitis, spondylolysis, neoplasm", "possible")
    settles("evicore-spine", "72148", (night_pain, differential),
            said("malignancy", "breast cancer"), said("unexplained_weight_loss", "15 lb lost"),
            said("malignancy", "concern for spinal metastasis", "possible",
                 value=MalignancyValue(metastatic=True)))


def test_evicore_a_motor_red_flag_after_spine_surgery_may_be_residual():
    foot_drop = said("foot_drop", "right foot drop")
    weak = said("motor_weakness", "TA 2/5", value=MotorValue(grade=2))
    surgery = said("prior_spine_surgery", "L4-5 laminectomy in 2024")
    for deficit in (foot_drop, weak):
        assert outcome("evicore-spine", "72148", EXAM, deficit) == "met"
        assert outcome("evicore-spine", "72148", EXAM, deficit, surgery) == "not_met"


def test_evicore_a_failed_course_continued_by_a_recent_injection_is_a_recent_trial():
    pt = said("physical_therapy", "Failed PT (10/2025-12/2025, 8 wks)",
              value=TherapyValue(weeks=8, outcome="failed", end=RECEIVED - dt.timedelta(days=110)))
    pain = said("radicular_pain", "L L4 radicular pain")
    tfesi = said("recent_spinal_procedure", "L3-4 TFESI 2/9/2026")
    assert outcome("evicore-spine", "72148", EXAM, pain, pt) == "not_met"   # PT alone: too old
    assert outcome("evicore-spine", "72148", EXAM, pain, pt, tfesi) == "met"
    # a recent operation is no continued trial, nor is an old course (over six months)
    surgery = said("recent_spinal_procedure", "L4-5 microdiscectomy 1/20/2026")
    assert outcome("evicore-spine", "72148", EXAM, pain, pt, surgery) == "not_met"
    old = said("physical_therapy", "PT in 2024, 8 wks, no help",
               value=TherapyValue(weeks=8, outcome="failed", end=RECEIVED - dt.timedelta(days=400)))
    assert outcome("evicore-spine", "72148", EXAM, pain, old, tfesi) == "not_met"


def test_a_myelopathy_or_tumor_named_only_as_a_possibility_goes_to_a_reviewer():
    differential = said("myelopathy_signs", "r/o cervical myelopathy", "possible")
    settles("evicore-spine", "72141", (said("neck_pain", "neck pain"), differential),
            said("upper_motor_neuron_signs", "Hoffmann positive"))
    # Cohere: a neoplasm in a differential beside a degenerative film is not a suspected tumor
    neoplasm = said("malignancy", "DDx: strain vs neoplasm", "possible")
    film = said("prior_xray", "XR: degenerative changes", value=ImagingValue(result="abnormal"))
    settles("cohere-ct-spine", "72131", (said("low_back_pain", "low back pain"), neoplasm, film),
            said("prior_xray", "XR: indeterminate lucency L3",
                 value=ImagingValue(result="nondiagnostic")))


def test_initial_trauma_needs_an_injury_that_can_break_the_spine():
    """A lifting strain is `trauma` too; with age over 65 alone it must not fast-track."""
    strain = said("trauma", "hurt his back lifting boxes")
    fall = said("trauma", "fell down the stairs")
    neck, back = said("neck_pain", "neck pain"), said("low_back_pain", "low back pain")
    for gid, cpt, pain in (("aim-spine", "72125", neck), ("aim-spine", "72131", back),
                           ("evicore-spine", "72141", neck)):
        def older(*findings):
            return evaluate(load_all()[gid], cpt, CaseFacts(RECEIVED, 70, (EXAM, pain, *findings)))
        assert older(strain).outcome == "not_met", (gid, cpt)
        assert older(fall).outcome == "met", (gid, cpt)


def test_aim_high_energy_injury_is_a_high_risk_initial_diagnosis_by_ct_only():
    """AIM's thoracic or lumbar injury: a high-energy mechanism makes the patient high-risk for
    the initial diagnosis, which its IMAGING STUDY lists for CT; MRI is for management."""
    back = said("thoracic_pain", "mid-back pain")
    for text, ct in (("T-boned", "met"), ("motorcycle crash", "met"), ("fell", "not_met"),
                     ("tripped over", "not_met"), ("rear-ended", "not_met")):
        trauma = said("trauma", text)
        assert outcome("aim-spine", "72128", EXAM, back, trauma) == ct, text
        assert outcome("aim-spine", "72146", EXAM, back, trauma) == "not_met", text


def test_nia_a_home_program_followed_up_as_failed_after_a_stated_course_is_a_failed_hep():
    """NIA's HEP needs the prescription and a follow-up documenting failure after 6 weeks: a
    home program found failed at the follow-up that states an 8-week course (d126)."""
    back, nsaid = said("low_back_pain", "low back pain"), said("nsaid", "naproxen")
    course = said("conservative_care_failed", "no improvement after 8 weeks",
                  value=TherapyValue(weeks=8, outcome="failed", weeks_basis="stated"))
    handout = said("home_exercise_program", "home exercises")
    failed = said("home_exercise_program", "home exercises", value=TherapyValue(outcome="failed"))
    for gid, cpt in (("nia-lumbar-mri", "72148"), ("nia-lumbar-ct", "72131")):
        extra = (said("mri_contraindication", "pacemaker"),) if cpt == "72131" else ()
        assert outcome(gid, cpt, EXAM, back, nsaid, course, handout, *extra) == "not_met", gid
        assert outcome(gid, cpt, EXAM, back, nsaid, course, failed, *extra) == "met", gid


def test_evicore_a_high_risk_neck_injury_named_in_the_trauma_evidence_waives_xray_and_trial():
    neck = said("neck_pain", "neck pain")
    for text, expected in (("fell down the stairs", "met"), ("struck his head on the pavement", "met"),
                           ("diving accident", "met"), ("fell", "not_met"), ("rear-ended", "not_met")):
        assert outcome("evicore-spine", "72141", EXAM, neck, said("trauma", text)) == expected, text


def test_evicore_a_nondiagnostic_mri_approves_ct_myelography_not_a_plain_ct():
    """SP-2.4's 'clarify equivocal ... MRI findings' is CT myelography's line (d153)."""
    spoilt = said("prior_mri", "MRI L-spine: nondiagnostic due to motion",
                  value=ImagingValue(result="nondiagnostic", region="lumbar"))
    ct = [e for e in load_all()["evicore-spine"].requirements if e.id.endswith("ct-indication")]
    for cpt, met in (("72131", False), ("72132", True)):
        d = evaluate(load_all()["evicore-spine"], cpt,
                     CaseFacts(RECEIVED, 50, (*RADICULOPATHY, spoilt)))
        assert (next(c for c in d.criteria if c.id == ct[0].id).result == "met") is met, cpt


def test_a_progression_or_imbalance_beside_a_peripheral_neuropathy_goes_to_a_reviewer():
    """d151: a diabetic's polyneuropathy 'slowly creeping up' is no progression of back pain
    for NIA, and its positive Romberg no myelopathy for AIM, unless a reviewer says so."""
    back = said("low_back_pain", "low back pain")
    pt = said("physical_therapy", "PT x 4 weeks", value=TherapyValue(weeks=4))
    worse = said("symptom_progression", "slowly creeping up")
    neuropathy = said("peripheral_neuropathy", "diabetic peripheral polyneuropathy")
    assert outcome("nia-lumbar-mri", "72148", EXAM, back, pt, said("nsaid", "ibuprofen"),
                   worse) == "met"
    assert outcome("nia-lumbar-mri", "72148", EXAM, back, pt, said("nsaid", "ibuprofen"),
                   worse, neuropathy) == "not_met"
    romberg = said("myelopathy_signs", "Romberg positive")
    assert outcome("aim-spine", "72148", EXAM, back, romberg) == "met"
    assert outcome("aim-spine", "72148", EXAM, back, romberg, neuropathy) == "not_met"
    hoffmann = said("upper_motor_neuron_signs", "Babinski upgoing")
    assert outcome("aim-spine", "72148", EXAM, back, romberg, neuropathy, hoffmann) == "met"


def test_nia_an_indeterminate_film_after_an_injury_needs_further_evaluation():
    fall = said("trauma", "fall from horse")
    for gid, cpt in (("nia-lumbar-ct", "72131"), ("nia-lumbar-mri", "72148")):
        for result, expected in (("nondiagnostic", "met"), ("abnormal", "not_met")):
            film = said("prior_xray", "XR: L1 wedging, age indeterminate",
                        value=ImagingValue(result=result, region="lumbar"))
            assert outcome(gid, cpt, EXAM, fall, film) == expected, (gid, result)


def test_aim_follow_up_of_a_known_neck_fracture_is_ct_for_adults():
    """Adult IMAGING STUDY: 'MRI cervical spine for management of trauma, except follow up of
    known fracture'; the pediatric list gives MRI for all of trauma."""
    findings = (EXAM, said("neck_pain", "neck pain"), said("trauma", "fell"),
                said("spinal_fracture", "C6 lamina fracture"))

    def known_fracture(cpt, age):
        d = evaluate(load_all()["aim-spine"], cpt, CaseFacts(RECEIVED, age, findings))
        return next(c for c in d.criteria if c.id.endswith("cervical.known-fracture")).result

    assert known_fracture("72125", 50) == "met"
    assert known_fracture("72141", 50) == "not_met"
    assert known_fracture("72141", 12) == "met"


# ---- the blind false-met cases d081-d095, as general rules ---------------------------------

def days_ago(n):
    return RECEIVED - dt.timedelta(days=n)


def test_a_strain_is_no_trauma_for_the_trauma_sections():
    """'after pulling cable overhead' months ago does not unlock CT without an MRI
    contraindication (NIA, AIM) nor eviCore's CT indication 'spinal trauma/fractures'."""
    strain = said("trauma", "after pulling cable overhead")
    fall = said("trauma", "fell off a ladder")
    xray = said("prior_xray", "lumbar x-rays: disc space narrowing",
                value=ImagingValue(result="abnormal", region="lumbar"))
    for gid in ("nia-lumbar-ct", "aim-spine"):
        assert outcome(gid, "72131", *RADICULOPATHY, xray, strain) == "not_met", gid
        assert outcome(gid, "72131", *RADICULOPATHY, xray, fall) == "met", gid
    ct = [e for e in load_all()["evicore-spine"].requirements if e.id.endswith("ct-indication")]
    for finding, expected in ((strain, {"not_met", "unknown"}), (fall, {"met"})):
        d = evaluate(load_all()["evicore-spine"], "72131",
                     CaseFacts(RECEIVED, 50, (*RADICULOPATHY, finding)))
        node = next(c for c in d.criteria if c.id == ct[0].id)
        assert node.result in expected, finding.evidence[0].text


def test_an_ncs_of_a_known_polyneuropathy_is_no_emg_radiculopathy():
    ncs = said("abnormal_emg", "NCS 2019: length-dependent sensorimotor polyneuropathy")
    back = said("low_back_pain", "low back ache")
    neuropathy = said("peripheral_neuropathy", "diabetic peripheral neuropathy")
    assert outcome("nia-lumbar-mri", "72148", EXAM, back, ncs) == "met"
    assert outcome("nia-lumbar-mri", "72148", EXAM, back, ncs, neuropathy) == "not_met"
    gait = said("gait_abnormality", "slightly wide-based")
    assert outcome("nia-lumbar-mri", "72148", EXAM, gait, ncs, neuropathy) == "not_met"


def test_a_cancer_whose_spread_the_note_denies_is_not_known_metastatic():
    """The `metastatic` attribute set beside 'No features suggesting metastatic disease'."""
    # a span naming the spread as a fact: eViCore's known-metastatic line reads it there
    cancer = said("malignancy", "Left breast cancer, stage IV",
                  value=MalignancyValue(site="breast", metastatic=True))
    denied = said("malignancy", "No features suggesting metastatic disease", "absent",
                  value=MalignancyValue(metastatic=True))
    back = said("low_back_pain", "right low back pain")
    for gid in ("evicore-spine", "aim-spine", "nia-lumbar-mri"):
        assert outcome(gid, "72148", EXAM, back, cancer) == "met", gid
        assert outcome(gid, "72148", EXAM, back, cancer, denied) == "not_met", gid


def test_a_repeat_study_within_three_months_without_change_goes_to_a_clinician():
    """MRI 6 weeks ago, 'no clinical change since': AIM, NIA and eviCore route it to review;
    a change since, or the study asked for today (no date of its own), does not."""
    recent = said("prior_mri", "MRI L-spine 07/09/2026",
                  value=ImagingValue(date=days_ago(43), region="lumbar", result="abnormal"))
    requested = said("prior_mri", "MRI lumbar spine")
    old = said("prior_mri", "MRI L-spine 2024",
               value=ImagingValue(date=days_ago(400), region="lumbar", result="abnormal"))
    def excluded(gid, *findings):
        d = evaluate(load_all()[gid], "72148", CaseFacts(RECEIVED, 50, (*RADICULOPATHY, *findings)))
        return [c.id for c in d.criteria if ".excl." in c.id and c.result == "met"]
    for gid in ("aim-spine", "nia-lumbar-mri", "evicore-spine"):
        assert outcome(gid, "72148", *RADICULOPATHY) == "met", gid
        assert excluded(gid, recent) and outcome(gid, "72148", *RADICULOPATHY, recent) == "not_met"
        assert outcome(gid, "72148", *RADICULOPATHY, recent, PROGRESSION) == "met", gid
        for other in (requested, old):
            assert not excluded(gid, other), (gid, other.evidence[0].text)


def test_a_failed_course_written_today_is_as_old_as_its_therapy():
    """'persistent > 6 months despite PT' in today's note; the PT ended five months ago."""
    course = said("conservative_care_failed", "persistent > 6 months despite PT, NSAID",
                  value=TherapyValue(weeks=26, outcome="failed"))
    pain = said("radicular_pain", "L L5 radicular pain")
    old_pt = said("physical_therapy", "PT 9/2/2025 - 10/14/2025, no change",
                  value=TherapyValue(weeks=6, outcome="failed", end=days_ago(155)))
    recent_pt = said("physical_therapy", "PT through last month, no change",
                     value=TherapyValue(weeks=6, outcome="failed", end=days_ago(30)))
    assert outcome("evicore-spine", "72148", EXAM, pain, course, old_pt) == "not_met"
    assert outcome("evicore-spine", "72148", EXAM, pain, course, recent_pt) == "met"


def test_a_deficit_the_note_puts_on_a_peroneal_palsy_is_no_red_flag():
    """'EMG: common peroneal neuropathy at the fibular head; no evidence of L5 radiculopathy':
    the foot drop, TA 2/5, steppage gait and dorsal-foot numbness are the nerve's."""
    deficits = (said("foot_drop", "R foot drop"),
                said("motor_weakness", "R ankle dorsiflexion 2/5", value=MotorValue(grade=2)),
                said("gait_abnormality", "Steppage gait"),
                said("dermatomal_sensory_loss", "decreased light touch R dorsal foot"),
                said("low_back_pain", "mild low back pain"))
    deficits = tuple(f.model_copy(update={"laterality": "right"}) for f in deficits)
    palsy = said("peripheral_neuropathy", "common peroneal neuropathy at the fibular head")
    no_root = said("radiculopathy", "no evidence of L5 radiculopathy", "absent")
    root = said("radiculopathy", "L5 radiculopathy")
    for gid in ("nia-lumbar-mri", "evicore-spine"):
        assert outcome(gid, "72148", EXAM, *deficits) == "met", gid
        assert outcome(gid, "72148", EXAM, *deficits, palsy, no_root) == "not_met", gid
        # a radiculopathy the note diagnoses beside a neuropathy keeps the deficit the root's
        assert outcome(gid, "72148", EXAM, *deficits, palsy, root) == "met", gid


def test_evicore_a_therapists_discharge_summary_is_no_re_evaluation():
    """Office visit, then six weeks of PT whose discharge says 'goals not met', then an MRI
    ordered from that summary without seeing the patient: SP-1.0's re-evaluation after the
    treatment period is the requesting provider's, and the only exam predates the course."""
    pain = said("radicular_pain", "R buttock pain going down the back of the R thigh")
    pt = said("physical_therapy", "no significant change after 6 weeks of skilled PT",
              value=TherapyValue(weeks=6, outcome="failed", start=days_ago(52),
                                 end=days_ago(10)))
    before = EXAM.model_copy(update={"document_date": days_ago(59)})
    assert outcome("evicore-spine", "72148", before, pain, pt) == "not_met"
    # the discharge summary's own "Objective:" exam, on the course's last day
    discharge = said("in_person_exam", "Objective:").model_copy(
        update={"document_date": days_ago(10)})
    assert outcome("evicore-spine", "72148", before, discharge, pain, pt) == "not_met"
    after = EXAM.model_copy(update={"document_date": days_ago(8)})
    assert outcome("evicore-spine", "72148", before, after, pain, pt) == "met"
    # a chiropractor's re-examination that ends the course is the requesting provider's own
    chiro = said("chiropractic_care", "8 weeks of spinal manipulation, no meaningful improvement",
                 value=TherapyValue(weeks=8, outcome="failed", end=days_ago(7)))
    reexam = EXAM.model_copy(update={"document_date": days_ago(7)})
    assert outcome("evicore-spine", "72148", reexam, pain, chiro) == "met"


def test_evicore_a_suspected_spread_of_a_known_cancer_is_a_clinical_suspicion():
    """ANNOTATION.md writes 'metastatic disease to the spine must be excluded' in a known
    breast cancer as that malignancy present (marked metastatic), not a second, possible one:
    SP-1.2's 'clinical suspicion of spinal malignancy' must read it so."""
    cancer = said("malignancy", "left breast cancer (ER+, stage IIA) in 2019",
                  value=MalignancyValue(site="breast", metastatic=True))
    d = evaluate(load_all()["evicore-spine"], "72148",
                 CaseFacts(RECEIVED, 57, (EXAM, cancer, said("night_pain", "wakes her at night"))))
    suspected = next(c for c in d.criteria if c.id == "evicore-spine.red-flag.cancer-suspected")
    assert d.outcome == "met" and suspected.result == "met"
    # without a named spread, a cancer history is a reviewer's call
    history = cancer.model_copy(update={"value": MalignancyValue(site="breast")})
    d = evaluate(load_all()["evicore-spine"], "72148",
                 CaseFacts(RECEIVED, 57, (EXAM, history, said("night_pain", "wakes her at night"))))
    assert d.outcome == "not_met"


def test_a_sign_named_only_in_the_review_of_systems_or_the_plan_is_none():
    """'ROS: Neuro: positive for weakness' beside 'Strength 5/5' made NIA's weakness line
    met; a sign found only in a Review of Systems meets no guideline line, but the contract's
    red flags still read a sphincter complaint there."""
    def in_section(code, text, section):
        return Finding(code=code, assertion="present", document_date=RECEIVED,
                       evidence=[Evidence(document="d", start=0, end=len(text), text=text,
                                          section=section)])
    back = said("low_back_pain", "low back pain")
    assert outcome("nia-lumbar-mri", "72148", EXAM, back,
                   in_section("motor_weakness", "weakness", "review_of_systems")) == "not_met"
    assert outcome("nia-lumbar-mri", "72148", EXAM, back,
                   in_section("motor_weakness", "hip flexion 4/5", "physical_exam")) == "met"
    incontinence = in_section("bladder_dysfunction", "urinary incontinence", "review_of_systems")
    assert outcome("evicore-spine", "72148", EXAM, back, incontinence) == "not_met"
    facts = CaseFacts(RECEIVED, 50, (EXAM, back, incontinence))
    assert [r.id for r in red_flags(load_red_flags(), facts)] == ["contract-red-flags.cauda-equina"]
    # a precaution in the Plan read as present ("call if you lose bladder control") is none
    precaution = in_section("bladder_dysfunction", "loss of bladder control", "plan")
    facts = CaseFacts(RECEIVED, 50, (EXAM, back, precaution))
    assert red_flags(load_red_flags(), facts) == []
    assert outcome("nia-lumbar-mri", "72148", EXAM, back, precaution) == "not_met"


def test_evicore_cauda_equina_needs_incontinence_or_retention_not_urgency():
    """SP-1.2 names 'New onset bowel/bladder incontinence' and 'Otherwise unexplained acute
    urinary retention'; the urgency of a prostate or an overactive bladder is neither."""
    back = said("low_back_pain", "low back pain")
    settles("evicore-spine", "72148", (back, said("bladder_dysfunction", "urinary urgency")),
            said("bladder_dysfunction", "unable to void, PVR 620 mL"),
            said("bladder_dysfunction", "new urinary incontinence"),
            said("bowel_dysfunction", "fecal incontinence"))


def test_the_nocturia_and_hesitancy_of_a_prostate_are_no_cauda_equina_sign():
    """'BPH with nocturia x3 and urinary hesitancy for years ... on tamsulosin' beside a
    mechanical low back ache: AIM's 'new or worsening ... bladder dysfunction' and NIA's 'New
    onset bowel or bladder dysfunction (e.g., retention or incontinence)' are not met."""
    back = said("low_back_pain", "low back ache")
    for gid in ("aim-spine", "nia-lumbar-mri"):
        settles(gid, "72148", (back, said("bladder_dysfunction", "urinary hesitancy")),
                said("bladder_dysfunction", "unable to void, PVR 620 mL"),
                said("bladder_dysfunction", "new urinary incontinence"))
    # an erectile dysfunction beside back pain is a reviewer's call, not a cauda equina sign
    assert outcome("aim-spine", "72148", EXAM, back,
                   said("sexual_dysfunction", "erectile dysfunction")) == "not_met"


def test_nia_symmetric_hyporeflexia_alone_is_a_reviewers_call():
    """'Ankle jerks 1+ bilaterally' in a 75-year-old with back pain: no new focal deficit."""
    back = said("low_back_pain", "low back pain")
    both = said("reflex_abnormality", "ankle jerks 1+ bilaterally").model_copy(
        update={"laterality": "bilateral"})
    one = said("reflex_abnormality", "L Achilles absent").model_copy(update={"laterality": "left"})
    for gid, cpt, extra in (("nia-lumbar-mri", "72148", ()),
                            ("nia-lumbar-ct", "72131",
                             (said("mri_contraindication", "non-MRI-conditional pacemaker"),))):
        settles(gid, cpt, (back, both, *extra), one, said("upper_motor_neuron_signs", "Babinski"))


def test_nia_a_deficit_weeks_after_an_operation_is_its_residual_unless_it_changes():
    """dev d182: residual S1 heel numbness, improving, 5 weeks after a dated microdiscectomy,
    MRI 'as a routine 6-week baseline': NIA struck 'Residual' from its post-operative line."""
    numb = said("dermatomal_sensory_loss", "light touch reduced over the lateral R heel")
    soreness = said("low_back_pain", "mild low back soreness")
    operated = said("prior_spine_surgery", "R L5-S1 microdiscectomy 10/22/2026",
                    value=ProcedureValue(date=days_ago(40)))
    settles("nia-lumbar-mri", "72148", (numb, soreness, operated),
            said("symptom_progression", "numbness spreading since last week"))
    # an operation with no date of its own is not read as recent (dev d034: 's/p laminectomy')
    undated = said("prior_spine_surgery", "s/p laminectomy")
    assert outcome("nia-lumbar-mri", "72148", EXAM, numb, soreness, undated) == "met"
    # nor is the operation years ago
    old = said("prior_spine_surgery", "laminectomy 2019", value=ProcedureValue(date=days_ago(2400)))
    assert outcome("nia-lumbar-mri", "72148", EXAM, numb, soreness, old) == "met"


def test_a_bladder_or_bowel_named_without_a_problem_is_no_sphincter_sign():
    """dev d184: 'Normal bladder and bowel habits' read as present, evidence 'bladder' and
    'bowel' alone: no cauda equina red flag, and no eviCore neurologic sign for scoliosis."""
    organs = (said("bladder_dysfunction", "bladder"), said("bowel_dysfunction", "bowel"))
    back = said("low_back_pain", "low back pain")
    assert red_flags(load_red_flags(), facts_of(back, *organs)) == []
    assert red_flags(load_red_flags(), facts_of(back, said("bladder_dysfunction",
                                                           "urinary hesitancy")))
    film = said("prior_xray", "12 degree left-convex curve",
                value=ImagingValue(result="abnormal", region="lumbar"))
    settles("evicore-spine", "72148", (back, said("scoliosis", "scoliosis"), film, *organs),
            said("bladder_dysfunction", "new urinary incontinence"))


def test_a_recent_study_repeated_to_plan_a_scheduled_operation_is_not_excluded():
    """dev d190: MRI 58 days ago, L4-5 decompression and fusion scheduled, CT for
    navigation: the planned operation is the documented reason for the overlapping study."""
    recent = said("prior_mri", "MRI lumbar spine 10/02/2026",
                  value=ImagingValue(date=days_ago(58), region="lumbar", result="abnormal"))
    def excluded(gid, *findings):
        d = evaluate(load_all()[gid], "72148", CaseFacts(RECEIVED, 66, (*RADICULOPATHY, *findings)))
        return [c.id for c in d.criteria if ".excl." in c.id and c.result == "met"]
    scheduled = said("intervention_planned", "Scheduled for L4-5 decompression")
    for gid in ("nia-lumbar-mri", "evicore-spine"):
        assert excluded(gid, recent), gid
        assert not excluded(gid, recent, scheduled), gid


def test_evicore_ct_for_a_scheduled_operation_is_preoperative_evaluation_not_a_referral():
    """SP-2.3 'for preoperative evaluation to define abnormal or variant bony spinal
    anatomy': a scheduled TLIF (dev d190) opens the CT gate; a surgical referral does not."""
    ct = [e for e in load_all()["evicore-spine"].requirements if e.id.endswith("ct-indication")][0]
    def gate(*findings):
        d = evaluate(load_all()["evicore-spine"], "72131", CaseFacts(RECEIVED, 66, (EXAM, *findings)))
        return next(c for c in d.criteria if c.id == ct.id).result
    assert gate(said("intervention_planned", "Scheduled for L4-5 decompression and TLIF")) == "met"
    assert gate(said("intervention_planned", "spine surgery referral")) != "met"


def test_a_chronic_post_surgical_foot_drop_is_no_new_deficit():
    """dev d199: a right foot drop since a 2021 microdiscectomy, 0/5 "baseline per 2023
    neurology note", sensory loss "chronic, unchanged", beside a new lumbar strain: neither
    NIA's "new neurological deficits" nor eviCore's red flags; the same exam with nothing
    called old meets NIA."""
    note = ("HPI: known R foot drop since 2021 after L4-5 microdiscectomy 06/2021. Lumbar "
            "strain raking leaves 3 weeks ago.\nExam: R ankle DF 0/5 and EHL 0/5 (baseline per "
            "2023 neurology note), R steppage gait with AFO. Patellar 2+ bilat; R Achilles 1+, "
            "L 2+. Decreased sensation R dorsal foot (chronic, unchanged).\n")

    def case(text):
        def at(code, phrase, value=None, laterality="right"):
            start = text.index(phrase)
            return Finding(code=code, assertion="present", value=value, laterality=laterality,
                           document_date=RECEIVED,
                           evidence=[Evidence(document="n", start=start,
                                              end=start + len(phrase), text=phrase)])
        return CaseFacts(RECEIVED, 62, (
            at("foot_drop", "R foot drop"),
            at("motor_weakness", "EHL 0/5", MotorValue(grade=0)),
            at("gait_abnormality", "steppage gait"),
            at("reflex_abnormality", "R Achilles 1+"),
            at("dermatomal_sensory_loss", "Decreased sensation R dorsal foot"),
            at("low_back_pain", "Lumbar strain", laterality=None),
            at("in_person_exam", "Exam:", laterality=None),
            at("prior_spine_surgery", "microdiscectomy", ProcedureValue(date=dt.date(2021, 6, 1)),
               laterality=None)), texts=(("n", text),))

    for gid in ("nia-lumbar-mri", "evicore-spine"):
        assert evaluate(load_all()[gid], "72148", case(note)).outcome == "not_met", gid
    assert not red_flags(load_red_flags(), case(note))
    new = (note.replace("since 2021 after", "two weeks after a fall; prior")
               .replace(" (baseline per 2023 neurology note)", "")
               .replace(" (chronic, unchanged)", ""))
    assert evaluate(load_all()["nia-lumbar-mri"], "72148", case(new)).outcome == "met"


def test_cannot_opens_the_ct_paths_only_when_said_of_the_mri():
    """dev d200: "she now cannot lie flat" (pain) read as mri_contraindication; CT is done
    lying flat too. "Lumbar MRI cannot be performed (motion)" (d153) is a reason."""
    lie_flat = said("mri_contraindication", "cannot lie flat")
    said_of_mri = said("mri_contraindication", "Lumbar MRI cannot be performed")
    assert outcome("aim-spine", "72131", *RADICULOPATHY, lie_flat) == "not_met"
    assert outcome("aim-spine", "72131", *RADICULOPATHY, said_of_mri) == "met"
    # eviCore's contraindications are implants and devices, on every CT line
    assert outcome("evicore-spine", "72131", *RADICULOPATHY, said_of_mri) == "not_met"


def test_a_planned_brace_is_the_treatment_a_pediatric_pars_mri_decides():
    """dev d203: a 14-year-old's suspected pars stress injury, normal radiographs, "The MRI will
    decide treatment: if a pars stress reaction ... TLSO brace": NIA's "imaging would change
    treatment"; ice and heat in the plan are no such treatment."""
    pars = (said("spondylolysis", "suspected pars stress injury", "possible"),
            said("prior_xray", "radiographs normal",
                 value=ImagingValue(result="normal", date=RECEIVED - dt.timedelta(days=20))),
            said("low_back_pain", "low back pain"), said("in_person_exam", "Exam:"))

    def nia(*findings):
        return evaluate(load_all()["nia-lumbar-mri"], "72148",
                        CaseFacts(RECEIVED, 14, pars + findings)).outcome

    assert nia(said("activity_modification", "TLSO brace", "hypothetical")) == "met"
    assert nia(said("activity_modification", "ice and heat", "hypothetical")) == "not_met"
    assert nia() == "not_met"


def test_nia_progression_needs_a_course_of_active_and_inactive_treatment():
    """dev d216: pain 'worse since his father died' on oxycodone and duloxetine alone (no PT
    since 04/2025, no HEP) is no 'worsening of symptoms during the course of conservative
    treatment*' - the asterisk's Conservative Therapy combines active and inactive parts."""
    worse = (said("low_back_pain", "low back pain"), said("symptom_progression", "worse"),
             said("analgesic", "oxycodone"), said("neuropathic_agent", "duloxetine"),
             said("in_person_exam", "Exam:"))
    assert outcome("nia-lumbar-mri", "72148", *worse) == "not_met"
    pt = said("physical_therapy", "PT 2x/week",
              value=TherapyValue(start=RECEIVED - dt.timedelta(days=20), outcome="ongoing"))
    assert outcome("nia-lumbar-mri", "72148", *worse, pt) == "met"


def test_chronic_incontinence_is_no_cauda_equina_sign():
    """dev d208, d214: "Chronic urinary incontinence, wears briefs for years - unchanged",
    "longstanding stress incontinence" beside new back pain raise no cauda equina flag and meet
    no sphincter line; "now new urinary incontinence" beside a chronic back pain does."""
    def case(text, phrase):
        start = text.index(phrase)
        bladder = Finding(code="bladder_dysfunction", assertion="present",
                          document_date=RECEIVED,
                          evidence=[Evidence(document="n", start=start,
                                             end=start + len(phrase), text=phrase)])
        return CaseFacts(RECEIVED, 70, (said("low_back_pain", "low back pain"),
                                        said("in_person_exam", "Exam:"), bladder),
                         texts=(("n", text),))

    for text, phrase in (
            ("Fell 11/29. Chronic urinary incontinence, wears briefs for years - unchanged.",
             "urinary incontinence"),
            ("No saddle numbness; longstanding stress incontinence with coughing.",
             "stress incontinence")):
        facts = case(text, phrase)
        assert red_flags(load_red_flags(), facts) == [], text
        for g in ("aim-spine", "nia-lumbar-mri", "evicore-spine"):
            assert evaluate(load_all()[g], "72148", facts).outcome == "not_met", (g, text)
    new = case("Chronic low back pain, now new urinary incontinence since Tuesday.",
               "urinary incontinence")
    assert [r.id for r in red_flags(load_red_flags(), new)] == ["contract-red-flags.cauda-equina"]


def test_a_foot_drop_stable_for_weeks_is_no_acute_red_flag():
    """dev d248: "L5 radiculopathy with L5 weakness and foot drop, unchanged since my exam on
    09/15" at the 11/30 visit: no acute severe deficit (not urgent); the same foot drop
    since Tuesday is."""
    def facts(text):
        start = text.index("foot drop")
        drop = Finding(code="foot_drop", assertion="present", laterality="left",
                       document_date=RECEIVED,
                       evidence=[Evidence(document="n", start=start, end=start + 9,
                                          text="foot drop", section="assessment")])
        return CaseFacts(RECEIVED, 60, (drop, said("low_back_pain", "low back pain")),
                         document_dates=(("n", RECEIVED),), texts=(("n", text),))

    stable = facts("1. L L5 radiculopathy with L5 weakness and foot drop, unchanged since my "
                   "exam on 12/15 (EHL 3/5 then and now).")
    assert red_flags(load_red_flags(), stable) == []
    acute = facts("1. L L5 radiculopathy with L5 weakness and foot drop since Tuesday.")
    assert [r.id for r in red_flags(load_red_flags(), acute)] == [
        "contract-red-flags.progressive-severe-deficit"]


def test_a_deficit_stable_for_weeks_raises_no_red_flag_beside_a_cancer_or_fracture():
    """Every red flag's deficit is `acute`: a weakness "unchanged since my exam on 12/15",
    beside metastatic cancer or a suspected fracture after a fall, is no emergency; the same
    weakness since Tuesday is (malignant cord compression, fracture with deficit)."""
    def facts(text, *others):
        start = text.index("L EHL 4/5")
        weak = Finding(code="motor_weakness", assertion="present", laterality="left",
                       document_date=RECEIVED, value=MotorValue(grade=4),
                       evidence=[Evidence(document="n", start=start, end=start + 9,
                                          text="L EHL 4/5", section="exam")])
        return CaseFacts(RECEIVED, 70, (weak, *others), document_dates=(("n", RECEIVED),),
                         texts=(("n", text),))

    mets = said("malignancy", "metastatic breast cancer", value=MalignancyValue(metastatic=True))
    fracture = (said("spinal_fracture", "compression fracture", "possible"),
                said("trauma", "fell"))
    stable = "Exam: L EHL 4/5, unchanged since my exam on 12/15."
    acute = "Exam: L EHL 4/5 since Tuesday."
    assert red_flags(load_red_flags(), facts(stable, mets)) == []
    assert red_flags(load_red_flags(), facts(stable, *fracture)) == []
    assert [r.id for r in red_flags(load_red_flags(), facts(acute, mets))] == [
        "contract-red-flags.malignant-cord-compression"]
    assert [r.id for r in red_flags(load_red_flags(), facts(acute, *fracture))] == [
        "contract-red-flags.fracture-with-deficit"]


def test_a_childs_back_pain_of_more_than_4_weeks_is_nias_pediatric_red_flag():
    """dev d249: a 15-year-old's "low back pain of 5 weeks" with negative radiographs meets
    NIA's "pain lasting >4 weeks" red flag; 3 weeks does not (d183)."""
    def nia(text):
        start = text.index("low back pain")
        pain = Finding(code="low_back_pain", assertion="present", document_date=RECEIVED,
                       evidence=[Evidence(document="n", start=start, end=start + 13,
                                          text="low back pain")])
        xray = said("prior_xray", "x-rays negative",
                    value=ImagingValue(result="normal", date=RECEIVED - dt.timedelta(days=20)))
        facts = CaseFacts(RECEIVED, 15, (pain, xray, said("in_person_exam", "Exam:")),
                          document_dates=(("n", RECEIVED),), texts=(("n", text),))
        return evaluate(load_all()["nia-lumbar-mri"], "72148", facts).outcome

    assert nia("Gymnast seen for low back pain of 5 weeks.") == "met"
    assert nia("Gymnast seen for low back pain of 3 weeks.") == "not_met"


def test_a_known_cancer_with_an_old_cord_sign_is_no_suspected_compression():
    """A Hoffmann sign "unchanged since 2021" in metastatic breast cancer is no suspected cord
    compression now; the same sign found new is (contract §3)."""
    def flags(text):
        start = text.index("Hoffmann")
        hoffmann = Finding(code="upper_motor_neuron_signs", assertion="present",
                           document_date=RECEIVED,
                           evidence=[Evidence(document="n", start=start, end=start + 8,
                                              text="Hoffmann")])
        cancer = said("malignancy", "metastatic breast cancer",
                      value=MalignancyValue(site="breast", metastatic=True))
        facts = CaseFacts(RECEIVED, 60, (hoffmann, cancer), texts=(("n", text),))
        return [r.id for r in red_flags(load_red_flags(), facts)]

    assert flags("Exam: R Hoffmann positive, unchanged since 2021 (C5-6 spondylosis).") == []
    assert flags("Exam: R Hoffmann positive, new since last visit.") == [
        "contract-red-flags.malignant-cord-compression"]


def test_a_peroneal_palsy_after_a_fall_is_no_post_traumatic_spinal_deficit():
    """dev d263: a foot drop after a ladder fall that the EMG puts on the common peroneal nerve
    ('No electrodiagnostic evidence of L5 radiculopathy') meets no AIM post-traumatic deficit
    line and raises no fracture-with-deficit flag; without the named nerve lesion it does."""
    fall = (said("trauma", "fall from a ladder"), said("in_person_exam", "Exam:"),
            said("prior_xray", "L-spine x-rays",
                 value=ImagingValue(date=RECEIVED - dt.timedelta(days=20))),
            said("spinal_fracture", "fracture", "possible"),
            said("foot_drop", "L foot drop").model_copy(update={"laterality": "left"}),
            said("motor_weakness", "DF 2/5", value=MotorValue(grade=2)).model_copy(
                update={"laterality": "left"}))
    nerve = (said("peripheral_neuropathy", "common peroneal neuropathy at the fibular head"),
             said("radiculopathy", "No electrodiagnostic evidence of L5 radiculopathy",
                  "absent"))
    assert outcome("aim-spine", "72148", *fall) == "met"
    assert outcome("aim-spine", "72148", *fall, *nerve) == "not_met"
    assert not any(r.id == "contract-red-flags.fracture-with-deficit"
                   for r in red_flags(load_red_flags(), facts_of(*fall, *nerve)))
    assert any(r.id == "contract-red-flags.fracture-with-deficit"
               for r in red_flags(load_red_flags(), facts_of(*fall)))


def test_aims_physical_therapy_is_of_this_episode():
    """dev d260: "neck pain after a car accident in 2019 that cleared up after a few weeks of
    PT" is no physical therapy for this episode's conservative management (AIM)."""
    def radiculopathy(pt_start):
        pt = said("physical_therapy", "PT",
                  value=TherapyValue(weeks=6, outcome="failed", start=pt_start))
        return outcome("aim-spine", "72141", said("radicular_pain", "C6 radicular pain"),
                       said("radiculopathy", "C6 radiculopathy"), said("nsaid", "naproxen"),
                       said("intervention_planned", "ESI planned"),
                       said("in_person_exam", "Exam:"), pt)

    assert radiculopathy(RECEIVED - dt.timedelta(days=70)) == "met"
    assert radiculopathy(dt.date(2019, 1, 1)) == "not_met"


def test_a_suspected_pars_fracture_is_no_compression_fracture():
    """Blind d267: "pars stress reaction vs fracture" with nondiagnostic oblique films met
    eviCore SP-11's "acuity of the spinal compression fracture deformity ... indeterminate";
    the compression-fracture lines need the fracture named as one (wedge, burst, compression,
    osteoporotic ...)."""
    def sp11(fracture_words):
        facts = CaseFacts(RECEIVED, 16, (
            said("spinal_fracture", fracture_words, "possible"), said("low_back_pain", "LBP"),
            said("prior_xray", "oblique films", value=ImagingValue(
                result="nondiagnostic", region="lumbar", date=RECEIVED - dt.timedelta(days=5))),
            said("in_person_exam", "Exam:")))
        d = evaluate(load_all()["evicore-spine"], "72148", facts)
        return next(c for c in d.criteria
                    if c.id == "evicore-spine.fracture.pathological-compression").result

    assert sp11("pars stress reaction vs fracture") == "not_met"
    assert sp11("L1 compression fracture") == "met"


def test_severe_claudication_restricts_an_activity_not_just_pauses_it():
    """eviCore SP-9 "Severe symptoms of neurogenic claudication restricting normal activity":
    "stopped her daily walks", "gave up her volunteer shifts" (dev d004, d213) meet it; "has to
    sit on the bench at the grocery store and then she can finish her shopping" (blind d272) is
    every claudicant's pause, not a severe restriction."""
    def sp9(limit):
        facts = facts_of(said("neurogenic_claudication", "leg heaviness with walking"),
                         said("functional_impairment", limit),
                         said("in_person_exam", "Exam:"))
        d = evaluate(load_all()["evicore-spine"], "72148", facts)
        return next(c for c in d.criteria
                    if c.id == "evicore-spine.stenosis.severe-claudication").result

    assert sp9("stopped her daily walks") == "met"
    assert sp9("gave up her volunteer shifts") == "met"
    assert sp9("has to sit on the bench") == "not_met"


def test_cohere_new_onset_pain_is_read_from_a_stated_duration_of_six_months_or_less():
    """Cohere's 'New onset pain or radiculopathy ... MRI is contraindicated ... failed 6 weeks
    of conservative treatment': leg pain 'x 10 weeks' beside a pacemaker and a failed PT with an
    NSAID is new onset (dev d079, d122); the same pain 'for 3 years' is not (dev d029), and a
    pain with no duration stated ('Chronic L leg pain') stays for a reviewer (not met)."""
    def facts(text):
        return cohere_ct_case(text, "pacemaker, not MRI conditional")

    cohere = load_all()["cohere-ct-spine"]
    assert evaluate(cohere, "72131", facts("L leg pain x 10 weeks, no injury.")).outcome == "met"
    for text in ("L leg pain for 3 years, no injury.", "Chronic L leg pain, no injury.",
                 "L leg pain, no injury."):
        assert evaluate(cohere, "72131", facts(text)).outcome == "not_met", text


def test_evicore_thoracic_pain_line_reads_a_radiculopathy_at_a_thoracic_level():
    """SP-4.1 (thoracic pain, failed 6-week trial): "right T6 thoracic radiculopathy" is
    radiculopathy of the trunk (dev d114); an L5 radiculopathy (sciatica) or one with no level
    does not qualify a thoracic MRI."""
    trial = (said("in_person_exam", "Exam:"),
             said("physical_therapy", "6 weeks of PT without relief",
                  value=TherapyValue(weeks=6, outcome="failed",
                                     start=RECEIVED - dt.timedelta(days=60),
                                     end=RECEIVED - dt.timedelta(days=10))),
             said("nsaid", "naproxen"))

    def radiculopathy(level):
        return said("radiculopathy", "radiculopathy").model_copy(update={"level": level})

    assert outcome("evicore-spine", "72146", radiculopathy("T6"), *trial) == "met"
    for level in ("L5", None):
        assert outcome("evicore-spine", "72146", radiculopathy(level), *trial) == "not_met", level


def test_films_that_do_not_settle_a_fusion_are_a_suspected_pseudoarthrosis():
    """dev d230: 14 months after an L4-5 TLIF, axial pain, flexion/extension films
    "indeterminate for solid fusion" (nondiagnostic): eviCore's SP-2.3 CT line ("to assess
    spinal fusions when pseudoarthrosis is suspected") and AIM's delayed-healing line are met.
    A laminectomy, films taken before the operation, or a film nobody read for the fusion
    (limited by body habitus) are not."""
    def case(procedure, film_date, film_text="flexion/extension x-rays"):
        surgery = said("prior_spine_surgery", procedure,
                       value=ProcedureValue(date=RECEIVED - dt.timedelta(days=420)))
        film = said("prior_xray", film_text,
                    value=ImagingValue(result="nondiagnostic", region="lumbar", date=film_date))
        return (surgery, film, said("low_back_pain", "axial low back pain"),
                said("in_person_exam", "Exam:"))

    after, before = RECEIVED - dt.timedelta(days=5), RECEIVED - dt.timedelta(days=500)
    evicore = load_all()["evicore-spine"]
    for g in ("evicore-spine", "aim-spine"):
        met = evaluate(load_all()[g], "72131", CaseFacts(RECEIVED, 60, case("L4-5 TLIF", after)))
        assert any(c.result == "met" and ("pseudoarthrosis" in c.id or "perioperative" in c.id)
                   for c in met.criteria), g
        for procedure, *film in (("L4-5 laminectomy", after), ("L4-5 TLIF", before),
                                 ("L4-5 TLIF", after, "AP x-ray limited by body habitus")):
            facts = CaseFacts(RECEIVED, 60, case(procedure, *film))
            assert not any(c.result == "met" and ("pseudoarthrosis" in c.id
                                                  or "perioperative" in c.id)
                           for c in evaluate(load_all()[g], "72131", facts).criteria), \
                (g, procedure)
    assert evaluate(evicore, "72131",
                    CaseFacts(RECEIVED, 60, case("L4-5 TLIF", after))).outcome == "met"


def test_a_named_spinal_infection_not_yet_imaged_in_a_febrile_patient_is_diagnosed_by_imaging():
    """dev d217: day 3 of an MSSA bacteremia, "vertebral osteomyelitis / discitis or an early
    epidural abscess" (read present), fever 39.4, CRP 186, no spine MRI or CT yet: AIM's
    diagnosis line and NIA's "known or suspected infection" are met. The same infection
    afebrile after its treatment (an end-of-treatment MRI), or already shown on an MRI, is
    management or follow-up: not met by this reading."""
    base = (said("spinal_infection", "vertebral osteomyelitis"),
            said("low_back_pain", "low back pain"), said("in_person_exam", "Exam:"),
            said("elevated_inflammatory_markers", "CRP 186 mg/L"))
    fever = said("fever", "fevers to 39.4")
    mri = said("prior_mri", "MRI L-spine 11/02", value=ImagingValue(region="lumbar"))
    for g in ("aim-spine", "nia-lumbar-mri"):
        assert outcome(g, "72158", *base, fever) == "met", g
        assert outcome(g, "72158", *base) == "not_met", g
        assert outcome(g, "72158", *base, fever, mri) == "not_met", g
    pacemaker = said("mri_contraindication", "non-MRI-conditional pacemaker")
    assert outcome("nia-lumbar-ct", "72131", *base, fever, pacemaker) == "met"
    assert outcome("nia-lumbar-ct", "72131", *base, pacemaker) == "not_met"


def test_a_lay_worry_of_a_broken_vertebra_is_no_clinical_suspicion_of_fracture():
    """blind d325: after a rear-end MVC, a negative thoracic film, the patient asks on the phone
    whether she "could have a broken vertebra like my mom" (possible, as ANNOTATION reads a
    worry): eviCore's SP-1.2 fracture red flag wants a clinical suspicion, named as a fracture
    ("? T7 compression fracture"), which still meets it."""
    context = (said("trauma", "rear-ended MVC"), said("thoracic_pain", "mid-back pain"),
               said("in_person_exam", "Examination:"),
               said("prior_xray", "thoracic x-rays",
                    value=ImagingValue(region="thoracic", result="normal",
                                       date=RECEIVED - dt.timedelta(days=30))))
    worry = said("spinal_fracture", "broken vertebra", "possible")
    suspicion = said("spinal_fracture", "T7 compression fracture", "possible")
    assert outcome("evicore-spine", "72146", *context, worry) == "not_met"
    assert outcome("evicore-spine", "72146", *context, suspicion) == "met"


def test_nia_weakness_is_on_examination_not_a_felt_weakness_beside_full_strength():
    """blind d314: "Pt feels his right leg is 'weak and wobbly'" (present, right, no grade)
    beside "Strength 5/5 in all myotomes, no give-way" (absent, both sides, 5/5) is no
    extremity muscular weakness for NIA, nor Cohere's or AIM's "objective muscle weakness". A
    graded weakness, or an ungraded one on a side no exam grades at full strength, still is."""
    def side(finding, laterality):
        return finding.model_copy(update={"laterality": laterality})

    felt = side(said("motor_weakness", "weak"), "right")
    full = side(said("motor_weakness", "Strength 5/5", "absent", value=MotorValue(grade=5)),
                "bilateral")
    graded = side(said("motor_weakness", "R EHL 4/5", value=MotorValue(grade=4)), "right")
    right_full = side(full, "right")
    left_weak = side(felt, "left")
    pain = said("low_back_pain", "low back pain")
    for g, cpt, extra in (("nia-lumbar-mri", "72148", ()),
                          ("nia-lumbar-ct", "72131",
                           (said("mri_contraindication", "non-MRI-conditional pacemaker"),)),
                          ("cohere-ct-spine", "72131",
                           (said("mri_contraindication", "non-MRI-conditional pacemaker"),
                            said("in_person_exam", "Exam:")))):
        assert outcome(g, cpt, pain, felt, full, *extra) == "not_met", g
        assert outcome(g, cpt, pain, felt, *extra) == "met", g
        assert outcome(g, cpt, pain, graded, full, *extra) == "met", g
        assert outcome(g, cpt, pain, left_weak, right_full, *extra) == "met", g
    # AIM's "Evidence of nerve root or cord compression - objective muscle weakness"
    radicular = (said("radicular_pain", "R leg pain"), said("intervention_planned", "TFESI"))
    assert outcome("aim-spine", "72148", *radicular, felt, full) == "not_met"
    assert outcome("aim-spine", "72148", *radicular, graded, full) == "met"


def test_cohere_postoperative_deficit_new_since_an_earlier_exam_and_a_stated_failed_course():
    """Cohere 'Postoperative with new or worsening neurological symptoms': an L EHL 4/5 in
    February after a 2024 fusion, where the January exam found full strength, is new (as
    eviCore reads SP-1.2 on re-evaluation, dev d012); the same weakness with no earlier exam
    stays a judgment. And 'failed conservative care' stated beside a PT course whose dates give
    7 weeks is a documented failed six-week course; not when that PT is recorded as improved."""
    def in_note(code, assertion, document, value=None, laterality="left"):
        return Finding(code=code, assertion=assertion, value=value, laterality=laterality,
                       evidence=[Evidence(document=document, start=0, end=4, text=code[:4])])

    dates = (("jan", RECEIVED - dt.timedelta(days=50)), ("feb", RECEIVED - dt.timedelta(days=2)))
    surgery = in_note("prior_spine_surgery", "present", "feb",
                      ProcedureValue(date=dt.date(2024, 5, 1)), None)
    weak = in_note("motor_weakness", "present", "feb", MotorValue(grade=4))
    denied = in_note("motor_weakness", "absent", "jan", MotorValue(grade=5), "bilateral")
    cohere = load_all()["cohere-ct-spine"]

    def postop(*findings):
        facts = CaseFacts(RECEIVED, 60, (surgery, *findings), document_dates=dates)
        return next(c.result for c in evaluate(cohere, "72131", facts).criteria
                    if c.id == "cohere-ct-spine.post-operative.new-or-worsening-neuro")

    assert postop(weak, denied) == "met"
    assert postop(weak) == "unknown"

    def course(outcome):
        pt = said("physical_therapy", "PT 09/22-11/06",
                  value=TherapyValue(weeks=7, outcome=outcome,
                                     start=RECEIVED - dt.timedelta(days=70),
                                     end=RECEIVED - dt.timedelta(days=20)))
        return (pt, said("conservative_care_failed", "failed conservative care"),
                said("radicular_pain", "L leg pain"), said("nsaid", "naproxen"),
                said("in_person_exam", "Exam:"),
                said("mri_contraindication", "pacemaker, not MRI conditional"))

    def failed_course(outcome):
        d = evaluate(cohere, "72131", CaseFacts(RECEIVED, 60, course(outcome)))
        line = next(c for c in d.criteria if c.id == "cohere-ct-spine.conservative-failure.lumbar")
        return _node(line, "cohere-ct-spine.def.conservative_treatment.when.1")

    assert failed_course(None) == "met"
    assert failed_course("improved") != "met"


def _node(criterion, node_id):
    """The result of the node `node_id` anywhere under `criterion`."""
    stack = [criterion]
    while stack:
        c = stack.pop()
        if c.id == node_id:
            return c.result
        stack.extend(c.children or [])
    raise KeyError(node_id)


def test_an_mri_the_scanner_cannot_do_is_one_that_cannot_be_performed():
    """Cohere 'MRI is contraindicated or cannot be performed' (word list mri_barrier): a
    patient over the table's weight limit, or an MRI aborted for a movement disorder, is a
    reason named; a form box 'MRI contraindication: Other - prefers CT' (dev d189) is not."""
    def facts(reason):
        return cohere_ct_case("L leg pain x 10 weeks, no injury.", reason)

    cohere = load_all()["cohere-ct-spine"]
    for reason in ("480 lb, over the MRI table weight limit",
                   "MRI aborted, severe dyskinesias"):
        assert evaluate(cohere, "72131", facts(reason)).outcome == "met", reason
    assert evaluate(cohere, "72131", facts("Other: prefers CT - sooner appt")).outcome == "not_met"


def cohere_ct_case(text, contraindication):
    """A note `text` naming the leg pain, an NSAID, a failed 8-week PT and an MRI
    contraindication `contraindication`: Cohere's new-onset pain line turns on the two."""
    start = text.index("leg pain")
    pain = Finding(code="radicular_pain", assertion="present", document_date=RECEIVED,
                   evidence=[Evidence(document="n", start=start, end=start + 8, text="leg pain")])
    care = (said("in_person_exam", "Exam:"), said("nsaid", "naproxen"),
            said("mri_contraindication", contraindication),
            said("physical_therapy", "8 weeks of PT without relief",
                 value=TherapyValue(weeks=8, outcome="failed",
                                    end=RECEIVED - dt.timedelta(days=20))))
    return CaseFacts(RECEIVED, 60, (pain, *care), document_dates=(("n", RECEIVED),),
                     texts=(("n", text),))


def test_aim_an_abnormal_film_beside_a_normal_ct_of_the_region_is_no_explanation():
    """dev d104: axial neck pain after 7 weeks of failed PT with an NSAID, medial branch blocks
    planned; the film shows "mild C5-6 spondylosis, no instability" (abnormal) and a CT of the
    cervical spine is negative: AIM's "negative or nondiagnostic radiographs" holds. The film
    alone stays a reviewer's call; a normal CT of another region says nothing."""
    neck = (said("neck_pain", "posterior neck pain"), said("intervention_planned", "MBB"),
            said("nsaid", "naproxen"), said("in_person_exam", "Exam:"),
            said("physical_therapy", "PT 7 weeks, no functional gains",
                 value=TherapyValue(weeks=7, outcome="failed",
                                    end=RECEIVED - dt.timedelta(days=20))),
            said("prior_xray", "C-spine XR", value=ImagingValue(result="abnormal",
                                                                region="cervical")))

    def ct(region):
        return said("prior_ct", "CT C-spine", value=ImagingValue(result="normal", region=region))

    assert outcome("aim-spine", "72141", *neck, ct("cervical")) == "met"
    assert outcome("aim-spine", "72141", *neck) == "not_met"
    assert outcome("aim-spine", "72141", *neck, ct("lumbar")) == "not_met"
