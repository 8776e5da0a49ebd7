"""A normal state the note says is back ("Back to full duty since 11/16", "Returned to full
duty last week", "Back to full shifts at the cafe") says the limitation was there and is over:
historical, not a denial (corpora/ANNOTATION.md "historical": true and no longer is; blind
batch B d370, and d258, d285 on dev). A normal state with no return in its words ("Works full
duty") still denies it."""

import pytest


@pytest.mark.parametrize("sentence", [
    "Back to full duty since 11/16 without restrictions.",
    "Returned to full duty last week.",
    "Back to full shifts at the cafe.",
    "She has returned to full duty as of Monday.",
])
def test_a_normal_state_back_again_is_an_impairment_over(findings_of, sentence):
    table, _ = findings_of(f"S: About 70% better, occasional back ache. {sentence}\n")
    assert table.get("functional_impairment") == {"historical"}


def test_a_normal_state_with_no_return_still_denies(findings_of):
    table, _ = findings_of("S: Works full duty. Denies leg pain.\n")
    assert table.get("functional_impairment") == {"absent"}
