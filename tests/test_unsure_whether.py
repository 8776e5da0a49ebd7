"""What the patient is unsure of is possible: "Pt unsure whether she has had any leakage of
urine" was present, because the clause's own "has" ended the doubt as it ends a denial
("denies X, has Y"); found by probing."""

import pytest


@pytest.mark.parametrize("text", [
    "Pt unsure whether she has had any leakage of urine.",
    "Not sure whether he has had any bowel incontinence.",
    "Unclear whether there has been any urinary retention.",
])
def test_unsure_whether_is_possible(findings_of, text):
    table, _ = findings_of(text)
    code = next(c for c in table if c in ("bladder_dysfunction", "bowel_dysfunction"))
    assert table[code] == {"possible"}


def test_a_clause_after_the_doubt_is_its_own(findings_of):
    table, _ = findings_of("Unsure whether she fell; has had urinary incontinence since Tuesday.")
    assert table["bladder_dysfunction"] == {"present"}
