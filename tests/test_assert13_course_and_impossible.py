"""Readings of a therapy course and of an impossible study:

- "no progress after 9 weeks of chiropractic care" says the care was had (present), it denies
  none; a plain denial ("no chiropractic care") still denies;
- "Plan: finish chiropractic course", "complete the remaining 4 PT visits", "HEP updated"
  continue a course the patient is in (present), while "complete a course of PT" or
  "start PT" plan one (hypothetical);
- "MRI not possible (cochlear implant)" states the implant, it does not suspect it; "not
  possible to exclude" is still a doubt.
"""

import pytest


@pytest.mark.parametrize("text, code, want", [
    ("Assessment: lumbar strain; no progress after 8 weeks of physical therapy.",
     "physical_therapy", {"present"}),
    ("Neck pain with no progress despite 6 weeks of chiropractic care.", "chiropractic_care",
     {"present"}),
    # look-alike: a plain denial denies
    ("No chiropractic care so far.", "chiropractic_care", {"absent"}),
    ("Plan: finish chiropractic course, then reassess.", "chiropractic_care", {"present"}),
    ("Plan: complete the remaining 3 PT sessions.", "physical_therapy", {"present"}),
    ("Plan: home exercise program updated with bridges.", "home_exercise_program", {"present"}),
    # look-alikes: a course to begin is planned
    ("Plan: complete a course of physical therapy.", "physical_therapy", {"hypothetical"}),
    ("Plan: start physical therapy 2x/week.", "physical_therapy", {"hypothetical"}),
    # what makes a study impossible is there; "not possible to exclude" still doubts
    ("Lumbar MRI not possible (pacemaker).", "mri_contraindication", {"present"}),
    ("Reason MRI not possible: pacemaker.", "mri_contraindication", {"present"}),
    ("Not possible to exclude a compression fracture on plain film.", "spinal_fracture",
     {"possible"}),
])
def test_a_course_under_way_or_a_study_impossible(findings_of, text, code, want):
    table, _ = findings_of(text)
    assert table.get(code) == want
