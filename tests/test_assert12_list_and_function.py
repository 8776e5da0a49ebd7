"""Two ways a note states a normal it means for a whole list or an organ.

- A ROS line headed "(-)" denies every item it lists, however long the list: "(-) fever,
  chills, night sweats, wt loss, saddle numbness, urinary retention, bowel incontinence" made
  the last two present (d300), as "Negative for ..." never did.
- "Bladder and bowels are working normally" (d345) states the function normal: absent, not
  the bladder dysfunction the bare words name.
"""

import pytest


def test_a_long_negative_ros_list_denies_its_last_items(findings_of):
    table, _ = findings_of("ROS: (-) fever, chills, night sweats, wt loss, saddle numbness, "
                           "urinary retention, bowel incontinence. No new weakness.\n")
    assert table.get("bladder_dysfunction") == {"absent"}
    assert table.get("bowel_dysfunction") == {"absent"}


@pytest.mark.parametrize("sentence", [
    "Bladder and bowels are working normally.",
    "Bowel and bladder function normally.",
    "Bladder and bowel functioning fine.",
])
def test_a_function_stated_normal_is_denied(findings_of, sentence):
    table, _ = findings_of(f"S: No fevers, chills or wound drainage. {sentence}\n")
    assert table.get("bladder_dysfunction") == {"absent"}
