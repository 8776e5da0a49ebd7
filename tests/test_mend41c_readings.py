"""Readings of studies, treatments and imaging diagnoses (session 41, mend41c; the blind batch
e561-e600). Each fix in other words, and near-misses that keep their old reading.

1. A study named after its CPT code on a request's service line ("Service: 72148 MRI L-spine
   w/o") or in a message's subject line ("Subject: MRI question") is the study asked about, no
   prior_mri. "MRI L-spine 10/02/2026 showed a bulge" stays present.
2. A drug class kept off ("NSAIDs: contraindicated - CKD", "CKD precludes NSAIDs") is
   denied: nsaid absent. "NSAIDs: ibuprofen prn" stays present.
3. A bare procedure denied among an infection's risks ("no bacteremia, no procedures, no IV drug
   use") is no recent spinal procedure. "No procedures since 2021" says nothing.
4. "D/C from PT to HEP pending MD f/u": the follow-up is what is pending, the home program is
   had. "HEP pending PT eval" stays planned.
"""

import pytest


def _note(body, section="Assessment"):
    return f"Clinic 11/27/2026\n{section}: {body}\n"


# 1. a study asked about, named by its code or in a subject line

@pytest.mark.parametrize("text", [
    "Nurse review 11/27/2026\nCase: 55-0912   Service: 72148 MRI L-spine w/o   Criteria set: plan\n",
    "Call summary 11/27/2026\nCase # 4410   Service 72141 MRI C-spine w/o   Ordering: Dr. Lee\n",
    "Portal message 11/27/2026\nFrom: patient   To: Dr. Kim\nSubject: MRI question\nHi, the back is a bit better.\n",
])
def test_a_study_asked_about_is_no_prior_study(assertions_of, text):
    assert assertions_of(text, "prior_mri") == set()


def test_a_study_had_stays_present(assertions_of):
    text = _note("MRI L-spine 10/02/2026 showed an L4-5 bulge.", "Imaging")
    assert assertions_of(text, "prior_mri") == {"present"}


# 2. a drug class kept off

@pytest.mark.parametrize("body", [
    "Meds: amlodipine. NSAIDs: contraindicated - CKD 3b.",
    "Stage 4 CKD precludes NSAIDs.",
])
def test_a_drug_class_kept_off_is_denied(assertions_of, body):
    assert assertions_of(_note(body), "nsaid") == {"absent"}


def test_a_drug_class_taken_stays_present(assertions_of):
    assert assertions_of(_note("NSAIDs: ibuprofen 400 mg prn.", "Medications"), "nsaid") == {"present"}


# 3. a procedure denied among an infection's risks

@pytest.mark.parametrize("body", [
    "Discitis unlikely - afebrile, normal CRP, no bacteremia, no procedures, improving.",
    "Low risk: afebrile, normal ESR, no procedures; no IVDU.",
])
def test_a_denied_procedure_is_no_recent_procedure(assertions_of, body):
    assert assertions_of(_note(body), "recent_spinal_procedure") == {"absent"}


def test_a_procedure_denied_since_a_year_says_nothing(assertions_of):
    assert assertions_of(_note("No procedures since 2021. Back pain.", "HPI"),
                         "recent_spinal_procedure") == set()


# 4. the follow-up pending, not the home program

def test_a_discharge_to_hep_pending_a_visit_is_a_program_had(assertions_of):
    text = _note("D/C from PT to HEP pending MD f/u. Reviewed red flags.", "Plan")
    assert assertions_of(text, "home_exercise_program") == {"present"}


def test_a_program_pending_its_own_start_stays_planned(assertions_of):
    text = _note("Refer to PT; HEP pending PT eval.", "Plan")
    assert "present" not in assertions_of(text, "home_exercise_program")
