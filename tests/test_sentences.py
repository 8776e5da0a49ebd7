"""The note-aware sentence splitter: boundaries decide where negation stops."""

import spacy
from scispacy.custom_tokenizer import combined_rule_tokenizer

from spinecite.pipeline.sentences import set_note_sentence_starts


def sentences(text):
    nlp = spacy.blank("en")
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    doc = set_note_sentence_starts(nlp.make_doc(text))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_telegraphic_lines_without_periods_are_separate_sentences():
    text = "Denies bowel/bladder changes\nWeakness L foot\nPt c/o LBP x 6 wks"
    assert sentences(text) == ["Denies bowel/bladder changes", "Weakness L foot",
                               "Pt c/o LBP x 6 wks"]


def test_hard_wrapped_prose_stays_one_sentence():
    text = ("The patient denies any numbness in the groin or saddle region and has\n"
            "noticed no change in bladder function over the last month.")
    assert len(sentences(text)) == 1


def test_line_ending_in_a_connective_continues():
    text = "She denies fever, chills, weight loss and\nSaddle anesthesia."
    assert len(sentences(text)) == 1


def test_bullets_and_headers_start_sentences():
    text = "Plan:\n- PT 2x/week\n- Meloxicam 15 mg daily\n1. Follow up in 6 weeks"
    assert sentences(text) == ["Plan:", "- PT 2x/week", "- Meloxicam 15 mg daily",
                               "1. Follow up in 6 weeks"]


def test_inline_ros_headers_and_semicolons_split():
    text = "ROS: GU: denies incontinence  Neuro: numbness L foot; weakness L EHL"
    got = sentences(text)
    assert "numbness L foot;" in " | ".join(got)
    assert any(s.startswith("Neuro:") for s in got)
    assert got[-1] == "weakness L EHL"


def test_abbreviation_periods_do_not_split():
    assert len(sentences("Seen by Dr. Smith vs. Dr. Jones today.")) == 1


def test_blank_line_always_splits():
    assert len(sentences("no fever\n\nnumbness in both feet")) == 2


def test_starts_written_as_one_array_are_those_set_token_by_token():
    import json

    from conftest import CORPORA
    from spinecite.pipeline.sentences import note_sentence_starts

    nlp = spacy.blank("en")
    nlp.tokenizer = combined_rule_tokenizer(nlp)
    for path in sorted((CORPORA / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            text = document.get("text", "")
            fast = set_note_sentence_starts(nlp.make_doc(text))
            slow = nlp.make_doc(text)
            for token, start in zip(slow, note_sentence_starts(slow)):
                token.is_sent_start = start
            assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow], path.name
            assert [s.start for s in fast.sents] == [s.start for s in slow.sents], path.name


def test_every_line_of_a_long_ros_block_is_its_own_sentence():
    lines = [f"Constitutional: denies fever ({i})" for i in range(5000)]
    assert len(sentences("\n".join(lines))) == 5000


def test_a_side_initial_closing_a_clause_ends_the_sentence():
    # the tokenizer keeps "R." whole, as it keeps a name's initial
    assert sentences("SLR + L at 50 deg, neg R. Gait normal") == [
        "SLR + L at 50 deg, neg R.", "Gait normal"]
    assert sentences("Strength 5/5 L. Reflexes 2+ and symmetric") == [
        "Strength 5/5 L.", "Reflexes 2+ and symmetric"]


def test_a_name_initial_does_not_end_the_sentence():
    for text in ("Seen by Dr. R. Smith today", "seen by R. Smith today",
                 "John R. Smith, MD reviewed the films", "cc: J. L. Jones"):
        assert len(sentences(text)) == 1, text
