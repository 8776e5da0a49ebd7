"""Readings of functional_impairment (session 48, fi48): losses of function told in plain words.
Each fix's look-alikes in other words, and near-misses that keep their old reading.

1. A walking distance the pain has cut ("walking reduced from 3 miles a day to 1", "cut that to
   half a mile", "down to half a mile now", "1 mile now instead of 3", "now he manages a quarter
   mile") is a loss of function: present.
2. A tolerance told by when the pain stops the patient ("has to stop after 15 min of standing",
   "has to sit after 8 minutes"), told as hard ("sitting > 30 min is hard"), or limited at a task
   with its limit in words ("standing at the sink to wash up is limited to five minutes"): present.
3. (A walking limit "can't walk more than 15 min" is not read yet: the neurogenic_claudication target
   over the same words takes the span; see corpora/dev/FI48.md Left.)
4. An aid taken up since the pain began ("has used a walker since onset"): present.
5. "can / could no longer" + a task ("can no longer finish his morning route"): present; a lost
   sense ("can no longer feel her toes") is no loss of function.
6. A household or work task handed to someone else ("her daughter does the shopping now",
   "asks her nephew to carry the boxes"): present.
Normal function ("walks 2 miles daily without difficulty") keeps its reading (no present).
"""

import pytest

from note_text import hpi_note


F = "functional_impairment"


@pytest.mark.parametrize("body", [
    "Walking reduced from 3 miles a day to 1 since the back pain started.",
    "Used to walk two miles - has cut that to half a mile since May because of the back.",
    "Walks 3 mi/day usually - down to half a mile now because of the pain.",
    "Still walking in the evenings, maybe 1 mile now instead of 3.",
    "Until June he walked three miles; now he manages perhaps a quarter mile.",
])
def test_a_walking_distance_cut_is_a_loss_of_function(assertions_of, body):
    assert assertions_of(hpi_note(body), F) == {"present"}


@pytest.mark.parametrize("body", [
    "Leg pain 6/10. Has to stop after 15 min of standing at the counter.",
    "In the summer she could walk 30 minutes; now she has to sit after 6 minutes.",
    "Sitting > 30 min is hard at work, so she takes breaks.",
    "Standing at the counter to chop is limited to five minutes.",
])
def test_a_tolerance_with_its_limit_is_a_loss_of_function(assertions_of, body):
    assert assertions_of(hpi_note(body), F) == {"present"}


def test_an_aid_taken_up_since_onset_is_a_loss_of_function(assertions_of):
    assert assertions_of(hpi_note("Pain 7/10. Has used a walker since onset; before this she "
                                  "walked without a device."), F) == {"present"}


@pytest.mark.parametrize("body", [
    "He can no longer finish his morning route because of the leg pain.",
    "She can no longer take her husband on their evening walk.",
])
def test_a_task_no_longer_done_is_a_loss_of_function(assertions_of, body):
    assert assertions_of(hpi_note(body), F) == {"present"}


def test_a_lost_sense_is_no_loss_of_function(assertions_of):
    assert "present" not in assertions_of(hpi_note("Neck pain. She can no longer feel the tips "
                                                   "of her toes."), F)


def test_normal_walking_keeps_its_reading(assertions_of):
    assert "present" not in assertions_of(hpi_note("Walks 2 miles daily without difficulty."), F)


@pytest.mark.parametrize("body", [
    "Legs give out in line at the store, so her daughter does the shopping now.",
    "Working as a clerk but can't reach up, and her husband does the yard work.",
    "Has let his grandson take over shoveling the drive this winter.",
    "Works her shifts but asks her nephew to carry the heavy boxes.",
])
def test_a_task_handed_to_someone_else_is_a_loss_of_function(assertions_of, body):
    assert assertions_of(hpi_note(body), F) == {"present"}
