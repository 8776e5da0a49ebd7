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

from spinecite.extractors.models import Evidence, Finding, MotorValue, TherapyValue  # noqa: E402
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
