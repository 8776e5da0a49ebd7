"""A hard-wrapped sentence whose next line starts with a lower-case word and a colon goes on
(the colon opens that sentence's list); real field labels still open a new sentence."""

from test_sentences import sentences


def test_wrapped_lower_case_word_and_colon_continues_the_sentence():
    text = ("Seen for this once before. Back in the autumn of 2019 she developed a right L5\n"
            "radiculopathy: shooting pain to the big toe, a weak extensor hallucis and numb dorsum.")
    assert sentences(text)[-1].startswith("Back in the autumn of 2019")
    assert sentences(text)[-1].endswith("numb dorsum.")


def test_wrapped_continuation_in_a_different_voice():
    text = ("Over the winter the pain was at its worst and she described it in terms of the\n"
            "symptoms: burning in the shin, pins and needles in the toes, a limp on stairs.")
    assert len(sentences(text)) == 1


def test_capitalised_labels_after_an_unpunctuated_line_still_split():
    text = ("Pt here for f/u of low back pain with L leg radiation since August\n"
            "Impression: L5 radiculopathy\n"
            "Saddle anesthesia: denies\n")
    assert sentences(text) == ["Pt here for f/u of low back pain with L leg radiation since August",
                               "Impression: L5 radiculopathy", "Saddle anesthesia: denies"]


def test_lower_case_field_lines_after_short_field_lines_still_split():
    # a template's short fields ("HEENT: normal") and a signature before "cc:" are not prose
    text = "HEENT: normal\nneuro: numbness L foot\nR. Haldane, MD\ncc: Ann Oduya, MD"
    assert sentences(text) == ["HEENT: normal", "neuro: numbness L foot", "R. Haldane, MD",
                               "cc: Ann Oduya, MD"]


def test_lower_case_label_after_a_full_stop_still_splits():
    text = ("She has had low back pain for many months with no change at all this year.\n"
            "bladder: denies any retention or incontinence")
    assert len(sentences(text)) == 2


def test_old_episode_list_after_a_wrapped_date_stays_historical(assertions_of):
    text = ("He asked for imaging because of the earlier episode. In June 2021 he had a right C6\n"
            "radiculopathy: pain down the outer forearm to the thumb, numbness of the thumb and\n"
            "biceps weakness graded 4/5. It resolved fully after therapy that year.\n"
            "Neuro today: strength 5/5 throughout, sensation intact.")
    assert "present" not in assertions_of(text, "motor_weakness")
    assert "present" not in assertions_of(text, "paresthesia")


def test_current_list_after_a_wrapped_line_stays_present(assertions_of):
    # look-alike: the same layout about today's complaint keeps its findings present
    text = ("He comes in today because over the last three weeks he has developed a left C6\n"
            "radiculopathy: pain down the outer forearm to the thumb, numbness of the thumb and\n"
            "biceps weakness graded 4/5 on today's exam.")
    assert "present" in assertions_of(text, "motor_weakness")


def test_without_any_cause_ends_at_the_colon_that_describes_the_pain(assertions_of):
    # the wrapped line joins the sentence; the colon after "without any trigger" opens what
    # the pain is, not more that it came without
    text = ("The sciatica came back in the first week of October without any particular\n"
            "trigger: right buttock into the calf, tingling of the lateral foot.")
    assert assertions_of(text, "paresthesia") == {"present"}


def test_without_any_still_denies_its_own_list(assertions_of):
    # look-alike: a list right after "without any" stays denied
    text = "She walks in without any tingling, numbness or weakness of the legs."
    assert assertions_of(text, "paresthesia") == {"absent"}
