"""What someone reports and the patient then denies is not the patient's sign: "Wife thinks he
is dropping things more; he denies this." (a false myelopathy met eviCore's SP-7 line)."""

import pytest


@pytest.mark.parametrize("text, code, expected", [
    ("Wife thinks he is dropping things more; he denies this.", "myelopathy_signs", {"absent"}),
    ("He has been dropping things, which he denies.", "myelopathy_signs", {"absent"}),
    ("Daughter reports leg weakness. He denied it.", "motor_weakness", {"absent"}),
    ("Per ED note, urinary retention; patient disputes this.", "bladder_dysfunction",
     {"absent"}),
    # a denial naming something of its own leaves the clause before it alone
    ("Left leg weakness; he denies back pain.", "motor_weakness", {"present"}),
    ("Left leg weakness; he denies any bowel or bladder change.", "motor_weakness",
     {"present"}),
])
def test_a_bare_denial_takes_back_the_report_before_it(findings_of, text, code, expected):
    table, _ = findings_of(text)
    assert table.get(code) == expected, table
