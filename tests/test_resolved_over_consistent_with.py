"""A clause-final "resolved" reaches back over what the finding was consistent with:
"Transient perineal numbness after prolonged cycling - consistent with pressure from the bike
saddle, resolved" kept the numbness present, made the case urgent and met AIM and eviCore's
cauda equina lines (corpora/dev d352, a blind case: false met). "consistent with" still ends
every other scope."""

import pytest


@pytest.mark.parametrize("sentence, code", [
    ("Transient perineal numbness after prolonged cycling - consistent with pressure from the "
     "bike saddle, resolved.", "saddle_anesthesia"),
    ("L foot drop consistent with an L5 radiculopathy, now resolved.", "foot_drop"),
])
def test_resolved_reaches_back_over_consistent_with(findings_of, sentence, code):
    table, _ = findings_of(f"Clinic 11/20/2026\n{sentence}\n")
    assert table[code] == {"historical"}


def test_consistent_with_still_ends_a_denial(findings_of):
    table, _ = findings_of("Clinic 11/20/2026\nNo trauma. Pain consistent with L5 "
                           "radiculopathy.\n")
    assert table["radiculopathy"] == {"present"}
