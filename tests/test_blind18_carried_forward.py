"""A block copied or carried forward from a visit long before the note (session 18's blind
batch, d587, corpora/dev/ERRORS_d563-d592.md): its symptoms and signs are that old visit's
picture (historical) - the old text's "x 2 weeks", "today" are that visit's - while its
treatments still count as tried. A recent block, one the header says was brought up to date,
and a block with no header date keep their reading. The notes are dated 2026-11-27."""
import pytest

OLD_HEADERS = [
    "HPI (copied forward from visit of 02/03/2024):",
    "History of present illness (carried forward from the 04/2025 consult):",
    "HPI - copied from 2024 note:",
    "Subjective (pulled forward from 01/15/2025 visit, not re-verified):",
]

BLOCK = ("Left arm pain shooting into the thumb for 10 days, with tingling of the thumb and "
         "index finger. Pain rated 9/10.\n"
         "Exam today: L biceps 4/5, L biceps reflex absent.\n"
         "Dx L C6 radiculopathy; started PT and a Medrol dose pack.\n")

NOW = ("\nInterval history:\n"
       "Stiff neck for 2 weeks after painting a ceiling. Arm is fine.\n")


@pytest.mark.parametrize("header", OLD_HEADERS)
@pytest.mark.parametrize("code", ["radicular_pain", "paresthesia", "severe_pain",
                                  "motor_weakness", "reflex_abnormality", "radiculopathy"])
def test_an_old_carried_forward_block_is_a_past_episode(assertions_of, header, code):
    assert assertions_of(header + "\n" + BLOCK + NOW, code) == {"historical"}


@pytest.mark.parametrize("header", OLD_HEADERS[:2])
@pytest.mark.parametrize("code", ["physical_therapy", "oral_steroid"])
def test_the_old_blocks_treatments_were_still_tried(assertions_of, header, code):
    assert assertions_of(header + "\n" + BLOCK + NOW, code) == {"present"}


@pytest.mark.parametrize("header", [
    # a recent visit's block is today's episode (the packet convention of ANNOTATION.md)
    "HPI (copied forward from visit of 10/20/2026):",
    # brought up to date, or checked today
    "HPI (carried forward from 02/2024 and updated):",
    "HPI (copied from 2024 note, reviewed with patient):",
    # no date: nothing puts the block in the past
    "HPI (carried forward from prior visit):",
    # a date that is not the header's: the old year is inside the block's text
    "HPI:",
])
@pytest.mark.parametrize("code", ["motor_weakness", "reflex_abnormality"])
def test_a_recent_or_updated_block_keeps_its_reading(assertions_of, header, code):
    assert assertions_of(header + "\n" + BLOCK + NOW, code) == {"present"}


def test_a_carried_forward_word_far_from_the_title_is_no_header(assertions_of):
    # the words belong to the sentence written on the header's line, not to the block
    text = ("HPI: 58 y/o woman whose meds were copied from the 2024 list; now L biceps 4/5 "
            "and L biceps reflex absent.\n")
    assert assertions_of(text, "motor_weakness") == {"present"}
