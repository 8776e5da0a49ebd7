"""w18a: a label over a group of check boxes is the form's question - its answers are the
boxes, each item a finding of its own; a yes/no box pair with colons ("Y: ☐  N: ✔") answers
its label. New sentences written for these tests, each beside a look-alike that must keep
its reading."""


def test_a_label_over_empty_boxes_is_no_finding(assertions_of):
    row = "Cord symptoms: [ ] clumsy hands  [ ] drops cups  [ ] unsteady walking\n"
    assert "present" not in assertions_of("Myelopathy symptoms: [ ] clumsy hands "
                                          "[ ] drops cups\n", "myelopathy_signs")
    assert "present" not in assertions_of(row, "myelopathy_signs")
    assert "present" not in assertions_of("Radicular symptoms: ☐ leg pain ☐ leg numbness\n",
                                          "radicular_pain")
    assert "present" not in assertions_of("Radiculopathy sx:   [ ] shooting arm pain\n",
                                          "radicular_pain")


def test_a_checked_box_in_the_group_is_still_a_finding(assertions_of):
    assert assertions_of("Myelopathy symptoms: [x] hand clumsiness [ ] gait change\n",
                         "myelopathy_signs") == {"present"}
    assert "present" in assertions_of("Radicular symptoms: ☒ shooting pain down the left leg "
                                      "☐ leg weakness\n", "radicular_pain")


def test_a_label_answered_in_words_or_by_yes_no_boxes_keeps_its_reading(assertions_of):
    assert assertions_of("Radicular symptoms: shooting pain down the left leg.",
                         "radicular_pain") == {"present"}
    assert assertions_of("Chiropractic:   [ ] Yes   [X] No\n", "chiropractic_care") == {"absent"}
    assert assertions_of("Chiropractic:   [X] Yes   [ ] No\n",
                         "chiropractic_care") == {"present"}


def test_yes_no_glyph_boxes_after_colons_answer_their_label(assertions_of):
    assert assertions_of("Fever: Y: ☐  N: ✔\n", "fever") == {"absent"}
    assert assertions_of("Fever:  Y: ☐   N: ✓\n", "fever") == {"absent"}
    # look-alike: the yes box checked, the no box empty
    assert assertions_of("Fever: Y: ✔  N: ☐\n", "fever") == {"present"}
    assert assertions_of("Fever: Y: ✔ N: ☐\n", "fever") == {"present"}
