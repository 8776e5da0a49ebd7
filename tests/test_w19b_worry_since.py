"""Who is worried, and what "since" means (session 19, w19b).

- A worry's scope stops at an event the sentence narrates as past fact ("worried he broke his
  back when he fell"): the fall happened (trauma present), the fracture is feared.
- A relative who asks for a study to rule something out, or worries aloud, is the speaker:
  the feared diagnosis is the patient's, possible and doubted (ANNOTATION.md "Worry", "Mom is
  worried it is a fracture"), not the relative's own (family).
- A "since" that dates how an old finding has looked on imaging ("unchanged on films since
  2020") is the study's course, not the episode's: the 2019 fall stays historical.
- "x-ray was equivocal": the study was done, its result is nondiagnostic; "equivocal for
  spondylolysis" leaves the spondylolysis possible.
"""

import datetime as dt

import pytest


@pytest.mark.parametrize("text", [
    "Pt is worried he cracked a vertebra when he fell down the stairs on Sunday.",
    "She is afraid she broke her back after she slipped on the wet floor at work.",
    "He fears he has a fracture since he landed on his tailbone at the rink.",
    "Concern for compression fracture; worried she has one after she tripped over the dog.",
])
def test_a_worry_does_not_reach_the_fall_the_sentence_narrates(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    # look-alikes: the fall itself is what is feared, or is still to come
    "She is worried she may fall again at home.",
    "Worried he could have a fall on the stairs.",
])
def test_a_feared_fall_is_still_uncertain(assertions_of, text):
    assert "present" not in assertions_of(text, "trauma")


@pytest.mark.parametrize("text", [
    "Mom requests a CT of the spine to r/o a fracture.",
    "His father is asking for an MRI to rule out a broken vertebra.",
    "Her husband called asking for imaging to rule out a spinal fracture.",
    "Wife asked for x-rays to rule out a compression fracture.",
])
def test_a_relative_who_asks_to_rule_out_is_the_speaker(findings_of, text):
    table, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert table.get("spinal_fracture") == {"possible"}
    assert all(f.doubted for f in result.findings if f.code == "spinal_fracture")


@pytest.mark.parametrize("text", [
    # look-alikes: the relative's own history, told as such
    "Mother had a compression fracture of the spine.",
    "Father had a CT to rule out a spinal fracture after his own fall.",
])
def test_a_relatives_own_history_stays_family(assertions_of, text):
    assert assertions_of(text, "spinal_fracture") == {"family"}


@pytest.mark.parametrize("text", [
    "Fell off a ladder in 2019, unchanged on films since 2020.",
    "Fell from a horse in 2018; the old injury has been stable by x-ray since 2021.",
    "MVC in 2017 with a minor L2 endplate fracture, no change on serial imaging since 2019.",
])
def test_a_since_of_imaging_stability_is_not_the_events_course(assertions_of, text):
    assert assertions_of(text, "trauma") == {"historical"}


@pytest.mark.parametrize("text", [
    # look-alikes: the sentence says the episode's own course runs to now
    "Fell off a ladder in 2019 and has been in pain since 2020.",
    "Fell from a roof in 2019 - still unsteady since then.",
])
def test_a_since_of_the_episode_keeps_it_present(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "Lumbar x-ray was equivocal.",
    "L-spine radiographs equivocal, per the ED.",
    "Outside x-rays of the low back were read as equivocal.",
])
def test_an_equivocal_study_was_done(findings_of, text):
    table, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert table.get("prior_xray") == {"present"}
    assert {f.value.result for f in result.findings if f.code == "prior_xray"} == {
        "nondiagnostic"}


@pytest.mark.parametrize("text", [
    "Lumbar x-ray equivocal for a pars defect.",
    "Radiographs of the L-spine were equivocal for spondylolysis at L5.",
])
def test_equivocal_for_leaves_the_lesion_possible(findings_of, text):
    table, _ = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    assert table.get("spondylolysis") == {"possible"}
    assert table.get("prior_xray") == {"present"}


@pytest.mark.parametrize("text, code", [
    ("No further stumbles since she was fitted with an AFO.", "activity_modification"),
    ("Has had no more falls since he got his AFO.", "activity_modification"),
    ("Denies any numbness when he fell off the loading dock last week.", "trauma"),
])
def test_a_denial_does_not_reach_the_event_its_clause_narrates(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}


def test_a_denied_fall_is_still_denied(assertions_of):
    # look-alike: the denial names the fall itself
    assert assertions_of("No falls since the last visit.", "trauma") == {"absent"}
