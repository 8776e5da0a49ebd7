"""pr18forms: a form label is a question, its finding comes from its answer - several fields on
one line, a row of answers under a row of labels, boxes drawn after their answers, an answer
ending the document. New sentences written for these tests, each beside a look-alike that
must keep its reading."""


def test_several_fields_on_one_line_each_take_their_own_answer(assertions_of):
    line = "Chills: No    Loss of bladder control: No    Groin numbness: No\n"
    assert assertions_of(line, "bladder_dysfunction") == {"absent"}
    assert assertions_of(line, "saddle_anesthesia") == {"absent"}
    two_columns = "Groin numbness: No              Fever: no\nPain: 7/10\n"
    assert assertions_of(two_columns, "fever") == {"absent"}
    assert assertions_of(two_columns, "saddle_anesthesia") == {"absent"}
    # look-alike: a field answered yes beside one answered no keeps its yes
    mixed = "Fever: no      Urinary retention: yes   Weight loss: no\n"
    assert assertions_of(mixed, "bladder_dysfunction") == {"present"}
    assert assertions_of(mixed, "fever") == {"absent"}


def test_a_field_answered_no_does_not_deny_the_label_on_the_next_line(assertions_of):
    form = "Groin numbness: No\nUrinary retention: Yes\nOnset: 2 days\n"
    assert assertions_of(form, "bladder_dysfunction") == {"present"}
    assert assertions_of(form, "saddle_anesthesia") == {"absent"}
    # look-alike: prose wrapped onto a lower-case line is no new field
    assert assertions_of("Pt states he has no\nurinary retention and no fever.",
                         "bladder_dysfunction") == {"absent"}


def test_the_answer_ending_the_document_is_read_without_a_line_break(assertions_of):
    assert assertions_of("Back pain 10 days.\nLeaking urine? No", "bladder_dysfunction") == {
        "absent"}
    assert assertions_of("Back pain 10 days.\nNumb in the groin: none",
                         "saddle_anesthesia") == {"absent"}
    # look-alikes: a yes at the end, and a denial that goes on after the colon
    assert assertions_of("Back pain 10 days.\nLeaking urine? Yes", "bladder_dysfunction") == {
        "present"}
    assert assertions_of("Chills: no fever but sweats", "fever") >= {"absent"}


def test_a_row_of_answers_answers_the_labels_above_it(assertions_of):
    form = ("Groin numbness      Trouble urinating      Fever\n"
            "No                  No                     No\n")
    assert assertions_of(form, "saddle_anesthesia") == {"absent"}
    assert assertions_of(form, "bladder_dysfunction") == {"absent"}
    assert assertions_of(form, "fever") == {"absent"}
    yes_under = ("Groin numbness      Trouble urinating      Fever\n"
                 "  N                   Y                      N\n")
    assert assertions_of(yes_under, "bladder_dysfunction") == {"present"}
    assert assertions_of(yes_under, "fever") == {"absent"}
    # answers that line up under no label: never read present
    unaligned = "Groin numbness      Trouble urinating      Fever\n   No   Yes\n"
    assert "present" not in assertions_of(unaligned, "bladder_dysfunction")
    assert "present" not in assertions_of(unaligned, "saddle_anesthesia")


def test_boxes_drawn_after_their_answers(assertions_of):
    assert assertions_of("Bowel accidents   Y ☐   N ☒\n", "bowel_dysfunction") == {"absent"}
    assert assertions_of("Groin numbness  N ☑  Y ☐\n", "saddle_anesthesia") == {"absent"}
    assert assertions_of("Fever: Y: ☐ N: ✔\n", "fever") == {"absent"}
    # look-alike: the yes box checked
    assert assertions_of("Bowel accidents   Y ☒   N ☐\n", "bowel_dysfunction") == {"present"}
