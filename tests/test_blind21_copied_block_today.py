"""A line that a label of now opens inside a block copied from a visit long before ("HPI (copied
from 03/2022 visit, reviewed): "...sciatica after moving furniture." -- resolved in 2022.\\nToday:
41M, 10 days of R low back ache after lifting a kayak") is the note's own words: blind batch
d674 read today's back ache and its lifting injury as historical. The copied words stay the old
visit's, and a line of the copy that only says "today" inside it ("Exam today: ...") too. The
notes are dated 2026-11-27."""
import pytest

HEAD = ('HPI (copied from 03/2022 visit, reviewed): "Pt with R sciatica and R foot numbness after '
        'shoveling snow." -- resolved with PT in 2022.\n')


@pytest.mark.parametrize("line", [
    "Today: 44F, 2 weeks of low back ache after carrying a washer up the stairs.",
    "Interval history: 2 weeks of low back ache after carrying a washer up the stairs.",
    "Now - 2 weeks of low back ache after carrying a washer up the stairs.",
])
@pytest.mark.parametrize("code", ["low_back_pain", "trauma"])
def test_a_line_of_now_below_the_copy_is_current(assertions_of, line, code):
    assert "present" in assertions_of(HEAD + line + "\nPlan: heat.\n", code)


@pytest.mark.parametrize("line", [
    "Today: low back ache for 2 weeks.",
    # look-alikes: a line of the copy that names today inside it stays the old visit's
    "Exam today: R EHL 4/5. Low back ache for 2 weeks.",
    "Back ache for 2 weeks, worse today.",
])
def test_the_copied_words_stay_the_old_visits(assertions_of, line):
    text = HEAD + line + "\nPlan: heat.\n"
    assert assertions_of(text, "radicular_pain") == {"historical"}
    assert "historical" in assertions_of(text, "paresthesia")
