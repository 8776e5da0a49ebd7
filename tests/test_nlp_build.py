"""How the pipeline is built: components in order, a trained model's loading path, quiet logs."""

import datetime as dt
import logging

import spacy

from spinecite.pipeline import build_nlp, process


def test_pipeline_has_the_medspacy_and_scispacy_components(nlp):
    assert nlp.pipe_names == [
        "spinecite_sentences", "abbreviation_detector", "medspacy_target_matcher",
        "spinecite_abbreviation_targets", "spinecite_relatives_same", "medspacy_sectionizer",
        "spinecite_context",
        "spinecite_attributes", "spinecite_assertion"]
    assert type(nlp.tokenizer).__module__.startswith("spacy")  # scispaCy builds a spaCy Tokenizer
    assert nlp.tokenizer("4/5 L EHL x6wks")[0].text == "4/5"


def test_a_trained_model_on_disk_is_loaded_and_extended(tmp_path):
    # a stand-in for a scispaCy model: a saved pipeline with a component of its own
    small = spacy.blank("en")
    small.add_pipe("sentencizer")
    small.add_pipe("entity_ruler").add_patterns([{"label": "X", "pattern": "zzz"}])
    small.to_disk(tmp_path / "small_model")
    nlp = build_nlp(str(tmp_path / "small_model"))
    assert "entity_ruler" in nlp.pipe_names  # the model's own components are kept
    assert "sentencizer" not in nlp.pipe_names  # spinecite's sentence splitter replaces it
    doc = process("Left foot drop.", dt.date(2026, 1, 1), nlp=nlp)
    assert [s.label_ for s in doc.spans["medspacy_spans"]] == ["foot_drop"]


def test_no_note_text_reaches_the_logs(nlp, caplog, capfd):
    marker = "Zqxv7PHI"
    logging.getLogger().setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    process(f"Patient {marker} has left foot drop and denies {marker} saddle anesthesia.",
            dt.date(2026, 1, 1), nlp=build_nlp())
    out, err = capfd.readouterr()
    assert marker not in out + err
    assert marker not in caplog.text


def test_a_20000_line_ros_note_is_read_to_the_end_with_exact_spans(nlp):
    # every component is linear in the note: this took minutes with quadratic matchers
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    lines = [f"Constitutional: denies fever, chills ({i}). Neuro: no numbness (L5)." for i in
             range(20_000)]
    text = "ROS:\n" + "\n".join(lines) + "\nExam: left foot drop.\n"
    result = extract([Document(id="ros", text=text, source=None, date=None, sha256="0")],
                     dt.date(2026, 1, 1), nlp=nlp)
    findings = {(f.code, f.assertion): f for f in result.findings}
    assert findings[("foot_drop", "present")].evidence[0].start > len(text) - 30
    # each line's negations stay in their line: every one is found, none leaks into the exam
    assert len(findings[("fever", "absent")].evidence) == 20_000
    assert len(findings[("paresthesia", "absent")].evidence) == 20_000
    evidence = [e for f in result.findings for e in f.evidence]
    assert all(text[e.start:e.end] == e.text for e in evidence)


def test_labels_an_abbreviation_takes_from_its_long_form_keep_the_spans_order(nlp):
    """An abbreviation gets the labels of its long form's spans in their order, whatever the
    process's hash seed (a set's order once decided which of two spans on the same tokens
    took an attribute value, so a review's findings changed from run to run)."""
    from spacy.tokens import Span

    from spinecite.pipeline.abbreviations import abbreviation_targets
    from spinecite.pipeline.extensions import SPAN_GROUP

    for labels in (["zeta_label", "alpha_label"], ["alpha_label", "zeta_label"]):
        doc = nlp.make_doc("lumbar magnetic resonance imaging (LMRI) was done")
        short = doc[5:6]
        short._.long_form = doc[0:4]
        doc._.abbreviations = [short]
        doc.spans[SPAN_GROUP] = [Span(doc, 0, 2, label=labels[0]),
                                 Span(doc, 1, 4, label=labels[1])]
        added = [s for s in abbreviation_targets(doc).spans[SPAN_GROUP] if s.start == 5]
        assert [s.label_ for s in added] == labels
        assert all(s._.implied_from_abbreviation for s in added)
