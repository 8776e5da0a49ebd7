"""AIM's Tumor line ("diagnosis or management of a mass in the spinal cord, vertebrae, or
adjacent soft tissue") read only a cancer's spread (`metastatic`). A cancer of the marrow has no
spread to speak of: a myeloma's lytic vertebral lesion or a plasmacytoma is the vertebral mass
itself (dev d452). The cancer's sentence must name the lesion and a spinal site (word_lists
`vertebral_lesion`, `spinal_site`). Findings are built by hand over sentences written here."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding, MalignancyValue
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 7, 20)
LINE = "aim-spine.tumor.suspected-mass-diagnosis"


def _said(code, note, words, value=None):
    start = note.index(words)
    return Finding(code=code, assertion="present", value=value, document_date=DAY,
                   evidence=[Evidence(document="note", start=start, end=start + len(words),
                                      text=words)])


def _result(note, cancer_words):
    cancer = _said("malignancy", note, cancer_words, MalignancyValue(site="myeloma"))
    pain = _said("low_back_pain", note, "low back pain")
    facts = CaseFacts(DAY, 70, (cancer, pain), cpt="72148", document_dates=(("note", DAY),),
                      texts=(("note", note),))
    guideline = load_all()["aim-spine"]
    entry = next(e for e in guideline.indications if e.id == LINE)
    return _Evaluator(guideline, facts).entry(entry).result


@pytest.mark.parametrize("note, words, expected", [
    ("Lambda light-chain myeloma with a new osteolytic T12 lesion; low back pain for 10 days.",
     "Lambda light-chain myeloma", "met"),
    ("Solitary plasmacytoma of the sacrum under radiotherapy, low back pain worse at night.",
     "Solitary plasmacytoma", "met"),
    # look-alikes: the lesions lie outside the spine, or the sentence names none
    ("Lambda light-chain myeloma with lytic lesions of the skull and ribs; low back pain.",
     "Lambda light-chain myeloma", "unknown"),
    ("Lambda light-chain myeloma in remission. Separately, low back pain after gardening; "
     "L4-5 disc bulge on an old film.", "Lambda light-chain myeloma", "unknown"),
])
def test_a_cancers_own_vertebral_lesion_is_a_spinal_mass(note, words, expected):
    assert _result(note, words) == expected
