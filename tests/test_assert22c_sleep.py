"""Sleep the pain leaves alone (session 22, assert22c).

The dev gold reads a normal night ("Sleeps OK", "sleeping fine", "does not wake her at
night") as night_pain absent (d071, d107, d152, d342, d366 ...). The same holds when the
sentence says it another way: "Sleep is unaffected", "sleeps reasonably well", "the pain does
not wake him" with no "at night". A sleep that is fine only once a position is found
("Sleep is fine once she finds a position") says the pain is there at night: no denial.
"""

import pytest

HPI = "HPI: Mid back ache for 3 weeks after moving furniture, 4/10. {}\n"


@pytest.mark.parametrize("said", [
    "Sleep is unaffected.",
    "She sleeps reasonably well with a pillow under her knees.",
    "The pain does not wake him.",
    "It never wakes her up.",
    "Sleep has been fine.",
    "He is sleeping well.",
    # mend28b: dev gold reads a night fine once settled as night pain denied (d506, d551,
    # d873, e012 "Sleeping ok once he finds a position")
    "Sleep is fine once she finds a comfortable position.",
    # mend28f: and once settled (e078 "Sleeps fine once he is settled"; dev gold as above)
    "Sleeping OK once he gets settled on his side.",
])
def test_a_normal_night_denies_night_pain(assertions_of, said):
    assert assertions_of(HPI.format(said), "night_pain") == {"absent"}


@pytest.mark.parametrize("said", [
    # look-alikes that must not deny night pain: the night is not fine
    "Wakes at night until he gets settled on his side.",
    "Up twice a night with leg pain before he gets settled.",
])
def test_a_night_broken_until_settled_is_no_denial(assertions_of, said):
    assert "absent" not in assertions_of(HPI.format(said), "night_pain")


@pytest.mark.parametrize("said", [
    "The pain wakes her most nights.",
    "The ache wakes him up at night 2-3 times.",
])
def test_pain_that_wakes_the_patient_stays_present(assertions_of, said):
    assert "present" in assertions_of(HPI.format(said), "night_pain")
