"""A doubt after a longer subject still reaches it (batch A, ERRORS_d371-d382: "a doubted spinal
infection read present is the dangerous direction").

- "Spinal infection or tumor much less likely": the doubt's intensifier ("much", "considered")
  put the first item beyond the reach of "less likely".
- "Diabetic amyotrophy considered but felt unlikely": "but" ended the doubt's reach, so the
  weighed diagnosis read present.
"""

import pytest


@pytest.mark.parametrize("text, code", [
    ("Assessment: Acute LBP after lifting. Spinal infection or tumor much\nless likely given "
     "normal labs.", "spinal_infection"),
    ("A/P: Calf claudication - vascular most likely; neurogenic claudication from lumbar stenosis "
     "considered less likely.", "spinal_stenosis"),
    ("Impression: L thigh pain and weakness. Diabetic amyotrophy considered but felt unlikely.",
     "peripheral_neuropathy"),
])
def test_a_trailing_doubt_reaches_its_subject(findings_of, text, code):
    table, result = findings_of(text + "\n")
    assert table.get(code) == {"possible"}
    assert all(f.doubted for f in result.findings if f.code == code)
