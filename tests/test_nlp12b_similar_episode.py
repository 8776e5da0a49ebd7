"""A similar episode before, in a low back pain note ("Similar episode in 2022 that went away
with rest", "he had a similar episode this summer treated with PT", "a couple of similar
episodes in past years") is the back pain's past: low_back_pain historical (dev d129, d142,
d231). An episode that names its own condition ("a similar episode of sciatica"), a denied or
foreseen one, or one in a note without back pain, says nothing of back pain."""

import pytest

LBP = "HPI: Low back pain x 1 wk after lifting a box. "


@pytest.mark.parametrize("line", [
    "Similar episode in 2022 that went away with a few days of rest.",
    "He had a similar episode this summer treated with PT.",
    "Has had a couple of similar episodes in past years that settled within a week.",
    "She had a similar episode of back pain in 2019.",
])
def test_a_similar_episode_is_past_back_pain(findings_of, line):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert table.get("low_back_pain") == {"present", "historical"}


@pytest.mark.parametrize("text", [
    f"{LBP}She had a similar episode of right-sided sciatica in 2019.\n",
    f"{LBP}No similar episodes before.\n",
    f"{LBP}\nPlan: If a similar episode recurs, start HEP early.\n",
    "HPI: Neck pain x 2 wk. Similar episode in 2022.\n",
])
def test_other_similar_episodes_are_no_back_pain_past(findings_of, text):
    table, _ = findings_of(text)
    assert not {"historical", "absent"} & table.get("low_back_pain", set())
