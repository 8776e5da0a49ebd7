"""Drug use that ended is history: injection drug use told inside a dated old episode ("in
2021 ... while he was injecting heroin"), denied from a date on ("no IV drug use since
05/2021"), or quit ("quit IV heroin in 2019", "sober from IV drugs since 2021") is
historical; use that goes on ("last used yesterday", "still injecting", "relapsed last month")
stays present. A word of now that speaks of something compared with the old episode ("the
current pain feels nothing like the 2021 pain, which came with fevers") leaves the episode
in the past."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # an addiction-medicine history: the use is part of the dated episode
    ("In 2020 she spent a month in hospital with vertebral osteomyelitis while she was "
     "injecting heroin.", "historical"),
    ("Back in 2019 he developed an epidural abscess while injecting fentanyl.", "historical"),
    # a denial dated from a day on: there was use, and it ended
    ("Engaged in treatment - no injection drug use since 03/2022.", "historical"),
    ("He denies IVDU since his 2018 detox.", "historical"),
    # quit, sober from
    ("Quit IV heroin in 2019 and works as a roofer.", "historical"),
    ("Sober from IV drugs since 2020, attends NA weekly.", "historical"),
    ("Former IV drug user, quit 6 years ago.", "historical"),
    # look-alikes: use that goes on
    ("Active IV heroin use, last used yesterday.", "present"),
    ("IV drug use - relapsed last month.", "present"),
    ("He is still injecting heroin daily.", "present"),
    # a quit of something else does not end the use beside it
    ("Injects heroin daily, quit smoking last year.", "present"),
])
def test_drug_use_that_ended_is_historical_and_use_that_goes_on_present(assertions_of, text,
                                                                         expected):
    assert assertions_of(text + "\n", "iv_drug_use") == {expected}


def test_a_stopped_medicine_is_still_a_tried_medicine(assertions_of):
    # "stopped" alone is a treatment stopped, not a use that ended
    assert assertions_of("A 10-day trial of tizanidine (too drowsy, stopped).\n",
                         "muscle_relaxant") == {"present"}


def test_now_before_a_contrast_speaks_of_the_thing_compared(assertions_of):
    assert assertions_of("She says her current back pain is nothing like the 2020 pain, "
                         "which came with fevers and chills.\n", "fever") == {"historical"}
    # a word of now a past copula holds describes the old episode
    assert assertions_of("He says this pain is unlike the 2019 pain, which was constant and "
                         "came with fevers.\n", "fever") == {"historical"}
    # look-alike: a likeness to the old episode says nothing of its end; the word of now
    # stands on the finding's side
    assert assertions_of("She says her current back pain is the same as the 2020 pain, "
                         "which came with fevers.\n", "fever") == {"present"}


def test_a_return_dated_by_since_ends_the_limitation(assertions_of):
    assert assertions_of("She has been back at full duty since 11/20.\n",
                         "functional_impairment") == {"historical"}
    # look-alike: no return in its words (d325)
    assert assertions_of("Back at work full time.\n", "functional_impairment") == {"absent"}
