"""A one-paragraph note ("Exam: ... Assessment: ... Plan: ...") has its sections too: a
header that ends in a colon after a sentence's end opens its section mid-line, so therapy
ordered in the Plan is planned, not had; it governs to the paragraph's end only."""


def test_therapy_ordered_in_a_run_on_plan_is_planned(assertions_of):
    note = ("38 yo man with 4 days of low back pain after lifting at work, no radiation. "
            "Exam: tender paraspinals, straight leg raise negative. Assessment: lumbar "
            "strain. Plan: meloxicam, ice. Physical therapy twice a week for 6 weeks. "
            "Recheck in 2 weeks.\n")
    assert assertions_of(note, "physical_therapy") == {"hypothetical"}


def test_a_telegraphic_p_line_after_a_sentence_is_the_plan(assertions_of):
    note = "Neck pain x 10 days, no arm sx. Spurling neg. A: cervical strain. P: PT 2x/wk x 6 wk.\n"
    assert assertions_of(note, "physical_therapy") == {"hypothetical"}


def test_the_plan_of_a_quoted_paragraph_ends_with_that_paragraph(assertions_of):
    note = ("HPI: [Copied from 09/02/2026] Back pain for 1 week. Plan: PT referral.\n\n"
            "Now the pain goes down her left leg. Tramadol at night gives some relief.\n")
    assert assertions_of(note, "physical_therapy") == {"hypothetical"}
    assert assertions_of(note, "analgesic") == {"present"}


def test_plan_without_a_colon_or_inside_a_sentence_is_no_header(assertions_of):
    # "plan" in prose names no section: the therapy she had stays had
    note = ("She did physical therapy for 6 weeks, which was the plan: it did not help. "
            "Pain persists.\n")
    assert assertions_of(note, "physical_therapy") == {"present"}


def test_many_mid_line_headers_are_sectioned_in_linear_time(nlp):
    # each mid-line header asks for the line it stands on: reading it from `doc.text` (joined
    # anew at each call) made a 20,000-line ROS take minutes; linear_time.py says why a ratio
    from linear_time import grows_linearly

    sectionizer = nlp.get_pipe("medspacy_sectionizer")
    line = "1. Back pain. Exam: tender. Plan: ice. "

    def sectioned(text):
        doc = nlp.make_doc(text)
        for name in nlp.pipe_names[:nlp.pipe_names.index("medspacy_sectionizer")]:
            doc = nlp.get_pipe(name)(doc)
        return sectionizer(doc)

    assert grows_linearly(sectioned, lambda n: "\n".join([line] * n) + "\n", 1_500)
    assert grows_linearly(sectioned, lambda n: line * n + "\n", 1_500)
