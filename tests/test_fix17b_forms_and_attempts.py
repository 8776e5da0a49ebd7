"""fix17b: form answers left open, boxes drawn as glyphs, an MRI given up. New sentences
written for these tests, each beside a look-alike that must keep its reading."""


def test_a_non_answer_with_a_comment_is_no_finding(assertions_of):
    # ANNOTATION forms: a field not answered gives no finding, a comment after a spaced dash
    # does not make the non-answer an answer
    assert assertions_of("Prior malignancy? unknown - will get outside records.",
                         "malignancy") == set()
    assert assertions_of("Bowel incontinence: unsure -- wife says maybe once.",
                         "bowel_dysfunction") == set()
    # look-alike: an answer that names the condition stays an answer
    assert assertions_of("Cancer: unknown primary, on chemotherapy.", "malignancy") == {"present"}


def test_an_mri_given_up_for_claustrophobia(assertions_of):
    assert assertions_of("Tried an MRI in May, couldn't finish it because of claustrophobia.",
                         "mri_contraindication") == {"present"}
    assert assertions_of("Attempted lumbar MRI 2/2026 but unable to complete due to "
                         "claustrophobia.", "mri_contraindication") == {"present"}
    # look-alike: given up for pain, no contraindication
    assert assertions_of("Attempted MRI 2/2026 but could not complete due to pain; "
                         "repeat with sedation.", "mri_contraindication") == set()


def test_boxes_drawn_as_glyphs(assertions_of):
    form = "Red flag screen:\n☐ Bowel or bladder incontinence\n☐ Saddle numbness\n☒ None\n"
    assert assertions_of(form, "bladder_dysfunction") == {"absent"}
    assert assertions_of(form, "saddle_anesthesia") == {"absent"}
    checked = "Red flag screen:\n☒ Saddle numbness\n☐ None\n"
    assert assertions_of(checked, "saddle_anesthesia") == {"present"}
    assert assertions_of("Implanted device: ☐ Yes ☒ No (pacemaker)\n",
                         "mri_contraindication") != {"present"}
    # boxes after their items: the empty box is the item's before it
    line = "Tried so far:  PT ☒   Chiropractic ☐   NSAIDs ☒\n"
    assert assertions_of(line, "physical_therapy") == {"present"}
    assert assertions_of(line, "chiropractic_care") == {"absent"}
