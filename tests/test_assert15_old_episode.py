"""An old episode is not read as now: a symptom, a sign or an episodic condition that its
sentence dates months or years before the note ("in 03/2017 he developed urinary
retention", "C6 burst fracture 2015 after a diving accident", "two years ago", "as a
teenager") is historical, unless the sentence says it goes on ("since 2019", "still",
"began ... never gone away"), dates something else (a study, a transplant in parentheses,
an earlier exam it is compared with) or the date is recent."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text, codes", [
    # a neurosurgeon's history
    ("In 03/2017 he developed urinary retention and saddle numbness and was taken to the OR "
     "the same night.", ("bladder_dysfunction", "saddle_anesthesia")),
    # a trauma clinic's shorthand: the date after the finding
    ("C6 burst fracture 2015 after a diving accident, treated in a collar for 10 weeks.",
     ("spinal_fracture", "trauma")),
    # a year with no "in" before it
    ("Broke his back in a 2016 car accident, managed in a brace.", ("trauma",)),
    ("Two years ago she had sciatica down the right leg.", ("radicular_pain",)),
    ("Her L2-3 discitis 03/2020 was treated with six weeks of IV antibiotics.",
     ("spinal_infection",)),
    # an age long past, with no date at all
    ("In his 20s he had left leg numbness for a few months.", ("paresthesia",)),
    ("As a teenager she had a bout of sciatica after football.", ("radicular_pain",)),
])
def test_episode_dated_long_before_the_note_is_historical(findings_of, text, codes):
    table = findings_of(text, NOTE_DATE)[0]
    for code in codes:
        assert table[code] == {"historical"}, code


@pytest.mark.parametrize("text, code", [
    # a course that runs to now
    ("Low back pain since 2019, worse over the last month.", "low_back_pain"),
    ("Back pain since he was a teenager.", "low_back_pain"),
    # a word of now in the sentence
    ("Right leg numbness began in 04/2024 and has never fully gone away.", "paresthesia"),
    ("Sciatica in 2019, still there most days.", "radicular_pain"),
    # a comparison with an earlier exam: the sign is there now
    ("Achilles reflexes absent bilaterally (as in 2022).", "reflex_abnormality"),
    ("Achilles reflexes absent bilaterally (unchanged from 2021).", "reflex_abnormality"),
    # the parenthesis dates the transplant, not the pain
    ("Renal transplant (2018) on tacrolimus; 5 days of severe low back pain.", "low_back_pain"),
    # a study's date dates the study
    ("MRI 08/2023 showed an L4-5 extrusion with L5 nerve root compression.", "radiculopathy"),
    # a date only weeks before the note
    ("She slipped on a wet floor in 2025 and hurt her back.", "trauma"),
    ("Fell on the ice on 02/20/2026 and has had low back pain since.", "low_back_pain"),
])
def test_episode_going_on_or_dated_otherwise_stays_present(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"present"}


def test_date_without_year_is_not_read_as_old(findings_of):
    """'Off work 12/20 - 01/04': a date written without its year is resolved by a guess of
    the year; it puts nothing in the past."""
    table = findings_of("Fell down the stairs 02/20, pain since then.", NOTE_DATE)[0]
    assert table["trauma"] == {"present"}
