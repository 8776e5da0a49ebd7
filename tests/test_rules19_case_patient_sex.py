"""The case file's `patient.sex` (contract §1) reaches the reading of the notes: a he or she
that goes on telling a relative's story is that person's when the case gives the patient the
other sex, even when the note itself never states the patient's sex. A pronoun of the
patient's own sex stays the patient's, and with no sex in the case nor the note nothing
changes."""

import datetime as dt
import json

import pytest

from spinecite.extractors import extract
from spinecite.pipeline.demographics import sex_letter
from spinecite.pipeline.intake import Document
from spinecite.review import review_case_file

RECEIVED = dt.date(2026, 12, 1)


def _assertions(nlp, text, code, sex=None):
    doc = Document(id="n", text=text, source=None, date=dt.date(2026, 11, 24), sha256="0")
    result = extract([doc], RECEIVED, nlp=nlp, patient_sex=sex)
    return {f.assertion for f in result.findings if f.code == code}


# no age, sex, title or gendered word for the patient anywhere in these notes
BROTHER = ("Lumbar pain for seven weeks. Social: lives with her brother. "
           "Brother was in rehab last year. He injected heroin for a decade.")
AUNT = ("Neck pain after lifting boxes. Family history: aunt treated for breast cancer. "
        "She had a mastectomy and chemo in 2019.")


@pytest.mark.parametrize("text, code, other, own", [
    (BROTHER, "iv_drug_use", "F", "M"),
    (AUNT, "immunosuppression", "M", "F"),
])
def test_the_case_sex_reads_another_persons_pronoun(nlp, text, code, other, own):
    # the patient is of the other sex: the pronoun tells the relative's story
    assert _assertions(nlp, text, code, sex=other) == {"family"}
    # look-alike: of the pronoun's own sex, it may be the patient: not made family
    assert "family" not in _assertions(nlp, text, code, sex=own)
    # no sex anywhere: nothing changes
    assert "family" not in _assertions(nlp, text, code)


def test_spellings_of_sex_in_a_case_file():
    assert [sex_letter(s) for s in ("F", "female", " Woman ", "m", "Male")] == \
        ["F", "F", "F", "M", "M"]
    # neither, or unstated: the notes decide
    assert [sex_letter(s) for s in ("U", "unknown", "X", "", None)] == [None] * 5


def test_a_case_file_threads_its_sex_through_review(tmp_path, nlp):
    note = ("Office visit. Low back pain for 8 weeks, no leg symptoms. "
            "Her partner has a long history of addiction; he injected heroin until March.")

    def read(sex):
        case = {"case_id": "s", "received_date": "2026-12-01", "request": {"cpt": ["72148"]},
                "documents": [{"id": "n", "date": "2026-11-24", "text": note}]}
        if sex:
            case["patient"] = {"sex": sex}
        path = tmp_path / "s.case.json"
        path.write_text(json.dumps(case))
        result = review_case_file(path, nlp=nlp)
        return {f.assertion for f in result.findings if f.code == "iv_drug_use"}

    assert read("female") == {"family"}
    assert "family" not in read("M")
    assert "family" not in read(None)
