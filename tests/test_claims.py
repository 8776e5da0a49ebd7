"""Who states a fact (session 32, mend32d): payer-facing documents (pipeline/document_kind.py)
and the claims of theirs that the clinical record contradicts (rules/claims.py). Invented
documents, in words of their own."""

from __future__ import annotations

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding
from spinecite.pipeline.document_kind import document_kind, payer_cue
from spinecite.rules.claims import claim_documents, contradicted_claims

LETTER = """Lakeview Spine Partners
03/02/2026

Attn: Utilization Management, Meridian Health Plan
Re: Dorothea V. - request for MRI of the lumbar spine

I am asking that you approve this study. Ms. V. has a worsening foot drop on the right and
has exhausted two months of therapy.
"""

FORM = """MERIDIAN HEALTH PLAN - SPINE IMAGING PRECERTIFICATION FORM
Member: V., Dorothea        Study: MRI L-spine (72148)
[X] Neurologic deficit      [ ] Bladder symptoms      [X] Conservative care > 6 weeks
Comments: needs study before surgeon visit
"""

APPEAL = """*** REQUEST FOR RECONSIDERATION ***
Denied service: MRI lumbar spine. We appeal the denial dated 02/27/2026 for the reasons below.
"""

SALUTATION = """Harbor Pain Clinic
March 4, 2026

Dear Reviewer,

Mr. T. needs this scan: his leg pain has spread below the knee despite injections.
"""

QUOTING_NOTE = """RIVERSIDE FAMILY MEDICINE - OFFICE VISIT 03/05/2026
S: Back for follow-up. We sent a letter of medical necessity and the prior authorization
request form last week; the plan asked for a peer to peer call.
O: Strength 5/5 in both legs. Reflexes symmetric.
"""

CONSULT = """Eastgate Neurosurgery
March 1, 2026

Dear Dr. Whitlow,

Thank you for asking me to see Mrs. K. about her back. On examination today her strength is full.
"""

FAXED_NOTE = """03/06/2026 10:12  FROM: ELM STREET CLINIC  TO: PRIOR AUTH DESK   PG 1/2
ELM STREET CLINIC - PROGRESS NOTE
S: neck pain, six weeks.
"""

DEVICE_LETTER = """Northside Heart Rhythm Clinic
To whom it may concern:
Mr. P. has an MR-conditional pacemaker; our nurse will program it before and after the scan.
"""


@pytest.mark.parametrize("text", [LETTER, FORM, APPEAL, SALUTATION])
def test_payer_facing_documents_are_recognised(text):
    assert document_kind(text) == "payer_facing"
    assert payer_cue(text)


@pytest.mark.parametrize("text", [QUOTING_NOTE, CONSULT, FAXED_NOTE, DEVICE_LETTER])
def test_clinical_documents_are_not_taken_for_letters(text):
    # a note that names a letter or a form, a colleague's consult letter, a note faxed to the
    # plan's desk, a device clinic's general letter
    assert document_kind(text) == "clinical"


def test_ocr_lookalike_letters_are_read():
    assert document_kind("PR1OR AUTH0RIZATlON REQUEST - ADVANCED IMAGlNG\nMernber: X\n") \
        == "payer_facing"


def _finding(code, assertion, document, text, laterality=None):
    return Finding(code=code, assertion=assertion, laterality=laterality,
                   evidence=[Evidence(document=document, start=0, end=len(text), text=text)])


def test_a_claim_the_earlier_exam_contradicts_is_set_aside():
    claimed = _finding("motor_weakness", "present", "letter", "worsening foot drop", "right")
    exam = _finding("motor_weakness", "absent", "visit", "5/5 both legs")
    claims = contradicted_claims([claimed, exam], ["letter"])
    assert [c.finding for c in claims] == [claimed]
    assert claims[0].documents == ("letter",) and claims[0].contradicted == (exam,)


def test_a_claim_the_record_bears_out_stands():
    # the letter's weakness is also in the clinical note: one finding, not a claim alone
    both = Finding(code="motor_weakness", assertion="present", laterality="right", evidence=[
        Evidence(document="letter", start=0, end=8, text="weakness"),
        Evidence(document="visit", start=0, end=13, text="R EHL 4-/5")])
    other_side = _finding("motor_weakness", "absent", "visit", "L leg 5/5", "left")
    assert contradicted_claims([both, other_side], ["letter"]) == []


def test_a_claim_on_the_other_side_is_not_contradicted():
    claimed = _finding("motor_weakness", "present", "form", "weak R leg", "right")
    exam = _finding("motor_weakness", "absent", "visit", "L leg 5/5", "left")
    assert contradicted_claims([claimed, exam], ["form"]) == []


def test_an_uncontradicted_claim_still_counts():
    # decided (measured on the whole dev, session 32): a claim no clinical document reads
    # otherwise is the packet's statement of it, and stands
    claimed = _finding("symptom_progression", "present", "form", "getting worse")
    assert contradicted_claims([claimed], ["form"]) == []
    assert contradicted_claims([claimed, _finding("symptom_progression", "absent", "form2",
                                                   "no change")], ["form", "form2"]) == []


def test_a_letter_with_its_own_exam_reports_that_exam():
    claimed = _finding("motor_weakness", "present", "letter", "ankle dorsiflexion 3/5")
    exam_in_letter = _finding("in_person_exam", "present", "letter", "On examination today")
    earlier = _finding("motor_weakness", "absent", "visit", "strength full")
    assert claim_documents(["letter"], [claimed, exam_in_letter]) == frozenset()
    assert contradicted_claims([claimed, exam_in_letter, earlier], ["letter"]) == []


VISIT = """WESTBROOK ORTHOPAEDICS - FOLLOW-UP 02/23/2026
S: 44 y/o man, right buttock and posterior thigh pain since mid-January after carrying
drywall. Leg pain is unchanged from the last visit. Ibuprofen helps a little.
O: Gait normal. Strength 5/5 in both legs, hip flexors through toe extensors. Knee and ankle
jerks 2+ and symmetric. Sensation intact. SLR positive on the right at 60 degrees.
A: right lumbar radicular pain, no deficit.
P: start physical therapy; ibuprofen; recheck in 4 weeks.
"""

CLAIM_LETTER = """Westbrook Orthopaedics
03/02/2026
Attn: Utilization Management
Re: request for MRI lumbar spine (72148) - letter of medical necessity

To the reviewer:
Mr. R. has a progressive neurologic deficit, with new weakness of the right leg that is
getting worse week by week. An MRI is medically necessary.
"""


@pytest.fixture(scope="module")
def claim_case():
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import review_documents
    case = Case.model_validate({
        "case_id": "claims-1", "received_date": "2026-03-03",
        "patient": {"age": 44, "sex": "M"},
        "request": {"cpt": ["72148"], "guidelines": ["evicore-spine", "nia-lumbar-mri"]},
        "documents": [{"id": "visit", "text": VISIT}, {"id": "lmn", "text": CLAIM_LETTER}]})
    documents = [Document(id="visit", text=VISIT, source=None, date=dt.date(2026, 2, 23),
                          sha256="0"),
                 Document(id="lmn", text=CLAIM_LETTER, source=None, date=dt.date(2026, 3, 2),
                          sha256="1")]
    return review_documents(case, documents)


def test_result_names_each_documents_kind(claim_case):
    assert {d.id: d.kind for d in claim_case.documents} == {"visit": "clinical",
                                                            "lmn": "payer_facing"}


def test_a_contradicted_claim_meets_no_line_and_missing_says_why(claim_case):
    for d in claim_case.determinations:
        assert d.outcome == "not_met", d.guideline
    said = [m for d in claim_case.determinations for m in d.missing
            if "claimed in the payer-facing lmn" in m]
    assert said and all("not shown in the clinical notes" in m for m in said)


BORNE_OUT_VISIT = VISIT.replace(
    "Strength 5/5 in both legs, hip flexors through toe extensors.",
    "Right ankle dorsiflexion and great toe extension 4/5, left 5/5.").replace(
    "no deficit", "with right L5 weakness")


@pytest.fixture(scope="module")
def borne_out_case():
    from spinecite.pipeline.intake import Case, Document
    from spinecite.review import review_documents
    case = Case.model_validate({
        "case_id": "claims-2", "received_date": "2026-03-03",
        "patient": {"age": 44, "sex": "M"},
        "request": {"cpt": ["72148"], "guidelines": ["evicore-spine", "nia-lumbar-mri"]},
        "documents": [{"id": "visit", "text": BORNE_OUT_VISIT},
                      {"id": "lmn", "text": CLAIM_LETTER}]})
    documents = [Document(id="visit", text=BORNE_OUT_VISIT, source=None,
                          date=dt.date(2026, 2, 23), sha256="0"),
                 Document(id="lmn", text=CLAIM_LETTER, source=None, date=dt.date(2026, 3, 2),
                          sha256="1")]
    return review_documents(case, documents)


def test_a_claim_the_exam_bears_out_is_no_claim_alone(borne_out_case):
    # the letter's weakness and the exam's 4/5 are one present finding with clinical evidence
    weak = [f for f in borne_out_case.findings
            if f.code == "motor_weakness" and f.assertion == "present"]
    assert weak and any(e.document == "visit" for f in weak for e in f.evidence)
    assert not [m for d in borne_out_case.determinations for m in d.missing
                if "claimed in the payer-facing" in m]
    assert {d.guideline: d.outcome for d in borne_out_case.determinations} == {
        "evicore-spine": "met", "nia-lumbar-mri": "met"}
