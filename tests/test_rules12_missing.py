"""`missing` is what a nurse reads to know what to ask the provider for: each sentence short,
naming the guideline line, what keeps it from met (the closest alternative first, in full;
the others by name) and what was found, never the ~80 words a `mentions:` list reads a note
with nor the same finding asked again with other thresholds."""

import datetime as dt

from spinecite.extractors.models import Evidence, Finding, TherapyValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import load_all

RECEIVED = dt.date(2026, 3, 1)


def said(code, text, value=None, laterality=None):
    return Finding(code=code, assertion="present", value=value, laterality=laterality,
                   document_date=RECEIVED,
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def missing(guideline, cpt, *findings):
    facts = CaseFacts(RECEIVED, 50, (said("in_person_exam", "Exam:"), *findings))
    d = evaluate(load_all()[guideline], cpt, facts)
    assert d.outcome == "not_met"
    return d.missing


def test_no_word_list_and_no_sentence_a_page_long():
    back = said("low_back_pain", "low back pain")
    for guideline, cpt in (("cohere-ct-spine", "72131"), ("evicore-spine", "72131"),
                           ("aim-spine", "72131"), ("nia-lumbar-ct", "72131")):
        for sentence in missing(guideline, cpt, back):
            assert "naming one of" not in sentence
            # 1,000: AIM's neuro-finding lines ask the same signs twice since session 20 (not put
            # on a stroke or neuropathy; of the requested region's limb or root), ~970 characters
            assert len(sentence) < 1000, sentence
    # a line that is one finding node (AIM's cervical injury lines: 'trauma' naming a fall,
    # a collision ...) names its words the same way
    neck = (said("neck_pain", "neck pain"), said("motor_weakness", "deltoid 4/5"))
    assert not any("naming one of" in s for s in missing("aim-spine", "72141", *neck))


def test_the_closest_alternative_comes_first_with_what_is_unclear():
    """Physical therapy whose weeks the notes do not state: eviCore's six-week trial is the
    closest line, and the sentence names that trial first, as unclear, not among its peers."""
    back = said("low_back_pain", "low back pain")
    pt = said("physical_therapy", "PT x 8 visits", TherapyValue(visits=8, weeks_basis="visits_only"))
    sentences = missing("evicore-spine", "72148", back, pt)
    trial = next(s for s in sentences if "[SP-5.1]" in s)
    need = trial.split(" — missing: ", 1)[1]
    first = need.split(" or ")[0]
    assert first.startswith("physical therapy, weeks ≥ 6") and first.endswith("(unclear in the notes)")
    # 'physical therapy' asked once, not again with each threshold of each alternative
    assert need.split("; found:")[0].count("physical therapy, weeks") <= 1


def test_a_line_met_but_for_a_requirement_says_so():
    """A suspected myelopathy for a cervical CT without an MRI contraindication: the SP-7 line
    is documented; it is eviCore's CT requirement that is not."""
    cord = (said("myelopathy_signs", "hand clumsiness"), said("upper_motor_neuron_signs", "Hoffmann +"))
    sentences = missing("evicore-spine", "72125", *cord)
    sp7 = next(s for s in sentences if "[SP-7 Myelopathy]" in s)
    assert "documented, but a requirement below is not" in sp7
    assert any(s.startswith("Requirement: ") and "mri contraindication" in s for s in sentences)
