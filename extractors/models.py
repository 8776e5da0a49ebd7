"""The finding shapes of contract §3/§4: the single source of their JSON Schema."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Assertion = Literal["present", "absent", "possible", "historical", "hypothetical", "family"]
ASSERTIONS: tuple[str, ...] = Assertion.__args__  # type: ignore[attr-defined]
Laterality = Literal["left", "right", "bilateral"]
# who states what a document says (pipeline/document_kind.py): a payer-facing document (a
# letter of medical necessity, an appeal, a prior-authorization form, a UR review) states claims
DocumentKind = Literal["clinical", "payer_facing"]
TherapyOutcome = Literal["failed", "improved", "ongoing", "unable"]


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TherapyValue(_Value):
    """physical_therapy, home_exercise_program, chiropractic_care, conservative_care_failed."""

    weeks: Optional[float] = None
    outcome: Optional[TherapyOutcome] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    visits: Optional[int] = None
    # How `weeks` was obtained, so a reviewer can judge it: a stated duration, computed
    # from dates, or only a visit count with no span (then `weeks` stays null).
    weeks_basis: Optional[Literal["stated", "dates", "since", "visits_only"]] = None
    # True when the stated duration is the patient's report ("6 weeks of PT per pt"), not
    # the record's: a dated course outranks it, and a rule may weigh it
    reported: Optional[bool] = None


class MotorValue(_Value):
    grade: Optional[float] = Field(None, description="the x of x/5; 4+ is 4.5, 4- is 3.75")
    grade_text: Optional[str] = Field(None, description="the grade as written, e.g. '4+/5'")
    muscle: Optional[str] = None


class DermatomeValue(_Value):
    """radicular_pain, dermatomal_sensory_loss: the root whose skin the pain or the loss
    follows, named with it ("L5 dermatome", "S1 radicular pain") or read off a dermatome
    chart from the most distal territory the note names (pipeline/resources/dermatomes.json)."""

    dermatome: Optional[str] = Field(None, pattern=r"^(?:C[1-8]|T(?:1[0-2]|[1-9])|L[1-5]|S[1-5])$",
                                     description="a spinal root, e.g. 'L5', 'C6'")


class PainValue(_Value):
    score: Optional[float] = Field(None, description="pain on a 0-10 scale")


class MalignancyValue(_Value):
    site: Optional[str] = None
    metastatic: Optional[bool] = None


class ProcedureValue(_Value):
    date: Optional[dt.date] = None
    procedure: Optional[str] = None


class ImagingValue(_Value):
    date: Optional[dt.date] = None
    region: Optional[Literal["cervical", "thoracic", "lumbar"]] = None
    result: Optional[Literal["normal", "abnormal", "nondiagnostic"]] = None


class ExamValue(_Value):
    date: Optional[dt.date] = None


FindingValue = Union[TherapyValue, MotorValue, PainValue, MalignancyValue, ProcedureValue,
                     ImagingValue, ExamValue, DermatomeValue]

# codes.json names each code's value shape; this is the model of each shape.
VALUE_MODELS: dict[str, type[_Value]] = {
    "therapy": TherapyValue, "motor": MotorValue, "pain": PainValue,
    "malignancy": MalignancyValue, "procedure": ProcedureValue,
    "imaging": ImagingValue, "exam": ExamValue, "dermatome": DermatomeValue,
}


def value_model(code: Optional[str]) -> Optional[type[_Value]]:
    """The value model of a finding code, or None for a code without a value."""
    from spinecite.pipeline.resources import codes  # the vocabulary is data

    shape = codes().get(code or "", {}).get("value")
    return VALUE_MODELS.get(shape) if shape else None


class Evidence(BaseModel):
    """A span of a document: `text == document_text[start:end]`, always."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    section: Optional[str] = None


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    assertion: Assertion
    laterality: Optional[Laterality] = None
    level: Optional[str] = None
    value: Optional[FindingValue] = None
    evidence: list[Evidence] = Field(min_length=1)
    # A possible finding the notes' last word on it doubts ("CES unlikely", "doubt fracture",
    # "Low suspicion for CES" after "Rule out cauda equina"): the rules never let it raise
    # urgency or meet an indication by itself (ANNOTATION.md "Doubted diagnoses").
    doubted: Optional[bool] = Field(None, description="a possible finding whose last mention "
                                    "doubts it; it meets nothing and raises no urgency")
    # Where a finding's date differs from the case's received date (a faxed PT summary
    # dated weeks earlier), later time windows are computed from this date.
    document_date: Optional[dt.date] = None

    @field_validator("value", mode="wrap")
    @classmethod
    def _value_of_its_code(cls, value: Any, handler: Any, info: ValidationInfo) -> Any:
        # The shapes share field names (an exam's {"date"} also fits a procedure), so the
        # union alone cannot tell them apart when a result is read back from JSON: the
        # finding's code decides, and the contract's JSON needs no tag.
        model = value_model(info.data.get("code"))
        if value is None or model is None or isinstance(value, model):
            return handler(value)
        return model.model_validate(value)


class DocumentInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    source: Optional[str] = None
    ocr: bool = False
    pages: Optional[int] = None
    chars: int
    sha256: str
    date: Optional[dt.date] = None
    kind: Optional[DocumentKind] = Field(
        None, description="payer_facing: a letter of medical necessity, an appeal, a prior-"
        "authorization or precertification form, a fax cover to the UM desk, a peer-to-peer "
        "record or a UR review, read from its own title, addressee or salutation; its "
        "statements are claims weighed against the clinical documents. clinical: any other")


class ExtractResult(BaseModel):
    """What `spinecite extract` prints: the documents read and the findings in them."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentInfo]
    findings: list[Finding]
