"""eviCore SP-7 defines myelopathy as 'abnormal spinal cord function with long tract signs' and
asks for 'Unexplained' signs: a clumsy hand or thenar atrophy beside a documented carpal tunnel
syndrome (blind d368) is the nerve's until a long tract sign stands beside it, and only the
sign itself meets 'Sustained, prominent, and unexplained Lhermitte's sign'."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 3, 1)
CERVICAL_MRI = "72141"


def said(code, text, laterality=None):
    return Finding(code=code, assertion="present", laterality=laterality, document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def determination(*findings):
    facts = CaseFacts(RECEIVED, 58, (said("in_person_exam", "Exam:"), *findings))
    return evaluate(load_all()["evicore-spine"], CERVICAL_MRI, facts)


def results(d):
    return {c.id.rsplit(".", 1)[-1]: c.result for c in d.criteria if ".myelopathy." in c.id}


def test_a_hand_sign_beside_a_carpal_tunnel_syndrome_is_no_suspected_myelopathy():
    hand = said("myelopathy_signs", "drops things", "right")
    cts = said("peripheral_neuropathy", "carpal tunnel syndrome", "bilateral")
    d = determination(hand, cts)
    assert d.outcome == "not_met"
    assert results(d)["suspected"] == "unknown" and results(d)["lhermitte"] == "not_met"
    # a long tract sign beside it is the cord's; without the neuropathy the sign counts
    assert determination(hand, cts, said("upper_motor_neuron_signs", "Hoffmann positive")
                         ).outcome == "met"
    assert determination(hand).outcome == "met"


def test_lhermittes_line_wants_the_sign_named_or_told():
    told = said("myelopathy_signs", "electric shock down her back when she bends her head forward")
    assert results(determination(told))["lhermitte"] == "met"
    assert results(determination(said("myelopathy_signs", "Lhermitte sign")))["lhermitte"] == "met"
    assert results(determination(said("myelopathy_signs", "hand clumsiness")))["lhermitte"] == "not_met"


def test_a_device_named_by_its_abbreviation_and_mr_label_is_an_mri_contraindication():
    """SP-2.3: 'Electronically, magnetically or mechanically activated implanted devices that
    are not determined by the manufacturer as MRI compatible/conditional' ('VNS ... not MR
    conditional', dev d347): a cervical CT for a suspected myelopathy."""
    cord = (said("myelopathy_signs", "hand clumsiness"), said("upper_motor_neuron_signs", "Hoffmann +"))
    for words in ("VNS", "not MR conditional"):
        facts = CaseFacts(RECEIVED, 61, (said("in_person_exam", "Exam:"), *cord,
                                         said("mri_contraindication", words)))
        assert evaluate(load_all()["evicore-spine"], "72125", facts).outcome == "met", words
