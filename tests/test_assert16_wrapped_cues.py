"""A cue whose words a line wrap splits ("Carpal tunnel syndrome not\\nfavored", "Fracture
cannot\\nbe excluded") still reads as the whole cue: hard-wrapped notes put a newline token
between its words. An indented next line is a list's next item, not a wrap, and a cue on a
target's own words is the target's ("not\\nimproving" is a conservative care that failed).
A diagnosis suspected after its subject ("adjacent-level stenosis or instability at L3-4
suspected") is possible for every item that subject names."""
import pytest


@pytest.mark.parametrize("text, code, expected", [
    ("Assessment: carpal tunnel syndrome not\nfavored.", "peripheral_neuropathy", {"possible"}),
    ("T11 compression fracture cannot\nbe excluded on these films.", "spinal_fracture",
     {"possible"}),
    ("Epidural abscess is felt to be\nunlikely given the normal CRP.", "spinal_infection",
     {"possible"}),
    # look-alikes: the same words on one line, and a wrap with no cue across it
    ("Assessment: carpal tunnel syndrome not favored.", "peripheral_neuropathy", {"possible"}),
    ("She reports saddle\nanesthesia since this morning.", "saddle_anesthesia", {"present"}),
])
def test_a_cue_split_by_a_line_wrap_is_the_whole_cue(assertions_of, text, code, expected):
    assert assertions_of(text + "\n", code) == expected


def test_an_indented_next_line_is_the_next_item_of_a_form(assertions_of):
    text = ("Red flags screened today:\n  Fever - no\n  Unexplained weight loss - no\n"
            "  History of cancer - no\n")
    assert assertions_of(text, "unexplained_weight_loss") == {"absent"}
    assert assertions_of(text, "fever") == {"absent"}


def test_a_wrapped_target_keeps_its_own_reading(assertions_of):
    text = ("Assessment: mechanical low back pain without radicular features, not\n"
            "improving after 10 weeks of a home program.\n")
    assert assertions_of(text, "conservative_care_failed") == {"present"}


@pytest.mark.parametrize("text, code", [
    ("Assessment: radiculopathy - adjacent-level stenosis or instability at L3-4 suspected.",
     "spinal_stenosis"),
    ("Assessment: radiculopathy - adjacent-level stenosis or instability at L3-4 suspected.",
     "flexion_extension_instability"),
    ("Pars defect at L5 vs instability at L4-5 possible.", "flexion_extension_instability"),
])
def test_a_postposed_suspicion_reaches_its_whole_subject(assertions_of, text, code):
    assert assertions_of(text + "\n", code) == {"possible"}
