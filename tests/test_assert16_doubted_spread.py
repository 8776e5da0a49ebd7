"""A doubted diagnosis written after its subject ("X is doubtful", "X is not favored", "X felt
to be quite unlikely") is possible and doubted, not present nor absent (ANNOTATION "Doubted
diagnoses"); and a doubted spread of a known cancer is that cancer, present, without a
spread the note knows of: the `metastatic` value a doubt names does not reach the finding,
while a suspected or stated spread keeps it."""
import datetime as dt

import pytest

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document


def malignancy(text):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 27), sha256="0")
    found = [f for f in extract([doc], dt.date(2026, 12, 1)).findings if f.code == "malignancy"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("text, code", [
    ("Epidural abscess is doubtful given a normal CRP.", "spinal_infection"),
    ("Vertebral fracture is not favored on these films.", "spinal_fracture"),
    ("Ankylosing spondylitis not favoured.", "inflammatory_spondyloarthropathy"),
    ("Osseous mets felt to be quite unlikely.", "malignancy"),
    ("Cauda equina seems highly improbable.", "cauda_equina_syndrome"),
])
def test_a_doubt_after_the_diagnosis_is_possible(findings_of, text, code):
    table, result = findings_of(text + "\n", dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert table[code] == {"possible"}
    assert all(f.doubted for f in result.findings if f.code == code)


def test_the_doubt_ends_with_its_clause(assertions_of):
    text = "Fracture is not favored given the normal films, but she has a new foot drop.\n"
    assert assertions_of(text, "foot_drop") == {"present"}


@pytest.mark.parametrize("text", [
    # an internist's assessment
    "Hx of R breast cancer 2016, NED. I think metastatic recurrence of her cancer in the "
    "spine is very unlikely given the positional pain.",
    # an oncologist's shorthand
    "Prostate ca 2019 s/p prostatectomy, PSA undetectable. Osseous mets felt quite unlikely.",
    "Known lung cancer. Spinal metastatic disease is doubtful.",
])
def test_a_doubted_spread_of_a_known_cancer_is_no_known_spread(text):
    found = malignancy(text + "\n")
    assert found.assertion == "present"
    assert not (found.value and found.value.metastatic)


@pytest.mark.parametrize("text", [
    # look-alikes: a stated or a suspected spread of a known cancer is marked
    "Known lung cancer with spinal metastases.",
    "Known prostate cancer; concern for spinal metastasis, MRI to follow.",
])
def test_a_stated_or_suspected_spread_keeps_its_mark(text):
    found = malignancy(text + "\n")
    assert found.assertion == "present" and found.value.metastatic
