"""A spread the clinician doubts is no known metastatic disease: "Hx prostate cancer 2015 ...
Metastatic disease unlikely given undetectable PSA" made the cancer metastatic, the case
urgent and eviCore's "Known metastatic malignancies" met (found by probing). The cancer itself
stays present; only its spread is not asserted."""

import pytest

_NOTE = ("72M with 4 months of bilateral leg heaviness with walking, relieved by sitting. "
         "Hx prostate cancer 2015 s/p prostatectomy, PSA undetectable.\n"
         "Exam: strength full, sensation intact.\nAssessment: lumbar stenosis likely. {spread}\n")


@pytest.mark.parametrize("spread", [
    "Metastatic disease unlikely given undetectable PSA.",
    "Less likely metastatic disease.",
    "Metastatic disease is felt to be unlikely.",
    "Mets doubtful.",
])
def test_a_doubted_spread_is_not_metastatic(findings_of, spread):
    table, result = findings_of(_NOTE.format(spread=spread))
    assert table["malignancy"] == {"present"}
    assert not any(f.value and f.value.metastatic for f in result.findings if f.code == "malignancy")


def test_a_stated_spread_still_is(findings_of):
    _, result = findings_of(_NOTE.format(spread="Known metastatic disease to the spine."))
    assert any(f.value and f.value.metastatic for f in result.findings if f.code == "malignancy")


def test_a_doubted_spread_is_not_urgent(review_note):
    result = review_note(_NOTE.format(spread="Metastatic disease unlikely given undetectable PSA."),
                         age=72)
    assert result.priority == "routine"
    evicore = next(d for d in result.determinations if d.guideline == "evicore-spine")
    assert "malignancy" not in evicore.basis
