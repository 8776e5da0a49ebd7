"""AIM's "corresponding to a specific dermatome/myotome" beside a documented peripheral
neuropathy was always a reviewer's judgment, even where the examining clinician had placed the
deficit on a root: "Right L4 radiculopathy" with pinprick reduced over the L4 dermatome on that
side, an amyotrophy only weighed in the differential (dev d425). A radiculopathy diagnosed at a
level with a sensory loss given a dermatome on its side now corresponds. Findings are built by
hand over sentences written for this test."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, Finding
from spinecite.rules.evaluator import CaseFacts, _Evaluator
from spinecite.rules.ruleset import load_all

DAY = dt.date(2026, 5, 4)
NOTE = ("Exam: pinprick reduced over the lateral left calf and dorsum of the foot. "
        "Impression: left L5 radiculopathy from the L4-5 disc; his long-standing diabetic "
        "polyneuropathy of the feet is no explanation for the calf findings.")


def _said(code, words, laterality=None, level=None):
    start = NOTE.index(words)
    return Finding(code=code, assertion="present", laterality=laterality, level=level,
                   document_date=DAY, evidence=[Evidence(document="note", start=start,
                                                         end=start + len(words), text=words)])


def _corresponds(*findings):
    aim = load_all()["aim-spine"]
    facts = CaseFacts(DAY, 61, findings, cpt="72148", document_dates=(("note", DAY),),
                      texts=(("note", NOTE),))
    return _Evaluator(aim, facts).entry(aim.definitions["nerve_root_or_cord_compression"]).result


NEUROPATHY = _said("peripheral_neuropathy", "diabetic polyneuropathy")


@pytest.mark.parametrize("radiculopathy_level, sensory_side, sensory_level, expected", [
    ("L5", "left", "L5", "met"),
    # look-alikes: no level to the diagnosis, no dermatome to the sensory loss, the other side
    (None, "left", "L5", "unknown"),
    ("L5", "left", None, "unknown"),
    ("L5", "right", "L5", "unknown"),
])
def test_a_root_the_clinician_names_with_its_dermatome_corresponds(
        radiculopathy_level, sensory_side, sensory_level, expected):
    radiculopathy = _said("radiculopathy", "left L5 radiculopathy", "left", radiculopathy_level)
    sensory = _said("dermatomal_sensory_loss", "pinprick reduced over the lateral left calf",
                    sensory_side, sensory_level)
    assert _corresponds(NEUROPATHY, radiculopathy, sensory) == expected
