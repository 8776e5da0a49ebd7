"""OCR and fax clean-up: the pipeline reads repaired words, and every evidence span is exact
in the ORIGINAL text and covers the whole misread word."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinecite.pipeline.cleaning import clean


def _spans(text_map):
    """(cleaned word, original characters it maps to) for every word of the cleaned copy."""
    for m in re.finditer(r"\S+", text_map.cleaned):
        start, end = text_map.to_original(m.start(), m.end())
        yield m.group(0), text_map.original[start:end]


@pytest.mark.parametrize("misread, word", [
    ("Hoffrnann", "Hoffmann"),
    ("vveakness", "weakness"),
    ("racliculopathy", "radiculopathy"),
    ("clecreased", "decreased"),
    ("syrnptorns", "symptoms"),          # two repairs in one word
    ("CORNPRESSION", "COMPRESSION"),     # case kept
    ("nurnbness", "numbness"),
    ("dexarnethasone", "dexamethasone"),
    ("f00t", "foot"),
    ("1eft", "left"),
])
def test_a_misread_word_is_repaired_and_maps_back_whole(misread, word):
    text = f"Exam: {misread} noted."
    text_map = clean(text)
    assert text_map.cleaned == f"Exam: {word} noted."
    assert (word, misread) in set(_spans(text_map))


@pytest.mark.parametrize("misspelt, word", [
    ("Babinksi", "Babinski"),            # two letters swapped
    ("weekness", "weakness"),            # one changed
    ("straigh", "straight"),             # one dropped
    ("carcinomma", "carcinoma"),         # one added
    ("SPONDILOLISTHESIS", "SPONDYLOLISTHESIS"),
    ("diminshed", "diminished"),         # spelled out in the lexicon, still a misspelling
])
def test_a_misspelt_clinical_word_is_read_as_the_word_and_maps_back_whole(misspelt, word):
    text_map = clean(f"Exam: {misspelt} noted.")
    assert text_map.cleaned == f"Exam: {word} noted."
    assert (word, misspelt) in set(_spans(text_map))


@pytest.mark.parametrize("word", [
    "peroneal", "deceased", "infection", "reflux", "weighs", "sweets", "sciatic", "fractured",
    "patella", "diskectomies",
])
def test_real_words_near_a_clinical_word_are_not_misspellings(word):
    text = f"Note: {word} and more."
    assert clean(text).cleaned == text


@pytest.mark.parametrize("word", [
    "clonus", "modern", "turn", "concern", "return", "clad", "include", "hernia", "burning",
    "claudication", "RN", "cll", "Kernig",
])
def test_real_words_are_never_repaired(word):
    text = f"Note: {word} and more."
    assert clean(text).cleaned == text


def test_zero_opening_a_soap_line_is_the_objective_header_and_other_zeros_stay():
    text = "S: back pain\n0: Afebrile. Reflexes 0 at ankles.\nScore 0: none"
    assert clean(text).cleaned == "S: back pain\nO: Afebrile. Reflexes 0 at ankles.\nScore 0: none"


@pytest.mark.parametrize("text, cleaned", [
    ("N0 fecal incontinence.", "No fecal incontinence."),
    ("0R booked for tonight.", "OR booked for tonight."),
    ("Stage IIIA, T2 N0 M0.", "Stage IIIA, T2 N0 M0."),   # TNM staging is not "No"
    ("WBC x10 N0.", "WBC x10 N0."),
])
def test_short_ocr_tokens_are_repaired_only_where_they_stand_as_words(text, cleaned):
    assert clean(text).cleaned == cleaned


def test_fax_header_and_page_footer_are_blanked_but_offsets_still_map():
    text = ("10/20/2025 15:31  FROM: Clinic  FAX 555-0190   P.001/002\n"
            "Hoffrnann sign positive.\nPage 1 of 2\nvveakness L EHL.")
    text_map = clean(text)
    assert "FAX" not in text_map.cleaned and "Page 1" not in text_map.cleaned
    pairs = dict(_spans(text_map))
    assert pairs["Hoffmann"] == "Hoffrnann"
    assert pairs["weakness"] == "vveakness"
    assert pairs["positive."] == "positive."


def test_a_span_across_several_repairs_maps_to_exactly_the_original_stretch():
    text = "pt has racliculopathy with vveakness\nof the L EHL"
    text_map = clean(text)
    start = text_map.cleaned.index("radiculopathy")
    end = text_map.cleaned.index("weakness") + len("weakness")
    a, b = text_map.to_original(start, end)
    assert text[a:b] == "racliculopathy with vveakness"


def test_text_without_anything_to_clean_is_identity():
    text = "L5 radiculopathy, 4/5 EHL, failed 6 wks PT."
    text_map = clean(text)
    assert text_map.identity
    assert text_map.to_original(3, 16) == (3, 16)


def _fold(text):
    """A spelling with every repairable confusion folded, to compare a word with its source."""
    text = text.lower().replace("-\n", "").replace("0", "o").replace("1", "l")
    return text.replace("rn", "m").replace("vv", "w").replace("cl", "d")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Hoffrnann", "vveakness", "racliculopathy", "nurnbness", "foot", "f00t", "4/S", "clonus",
    "-\n", " ", "\n", "FAX 555-0101 P.1/2\n", "Page 2 of 3\n", "0:", "pain", "x6wks", "é",
]), max_size=30))
def test_every_cleaned_word_maps_to_the_original_stretch_it_was_read_from(parts):
    text = " ".join(parts)
    text_map = clean(text)
    previous_end = 0
    for m in re.finditer(r"[A-Za-z]+", text_map.cleaned):
        start, end = text_map.to_original(m.start(), m.end())
        assert previous_end <= start <= end <= len(text)
        assert _fold(text[start:end]) == _fold(m.group(0))
        previous_end = end


def test_evidence_from_a_repaired_word_is_exact_in_the_original_note(findings_of):
    note = ("0: Hoffrnann sign positive on the right. 4/S L EHL vveakness.\n"
            "A/P: L5 racliculopathy. Start dexarnethasone.")
    table, result = findings_of(note)
    assert "present" in table["upper_motor_neuron_signs"]
    assert "present" in table["radiculopathy"]
    texts = set()
    for f in result.findings:
        for e in f.evidence:
            assert note[e.start:e.end] == e.text
            texts.add(e.text)
    assert "Hoffrnann" in " ".join(texts)
    assert any("racliculopathy" in t for t in texts)
    exam = [e for f in result.findings if f.code == "upper_motor_neuron_signs" for e in f.evidence]
    assert exam[0].section == "physical_exam"
