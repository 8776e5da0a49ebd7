"""A study whose report or images are missing was still done: "Outside MRI report not
available" and "MRI images not available for review today" were read as no prior MRI (the
request logic's "not available" reached over the study's part); "MRI not available in her
town" stays a study not done (found by probing)."""

import pytest


@pytest.mark.parametrize("text", [
    "Outside MRI report not available; pt states it showed a bulging disc.",
    "MRI images not available for review today.",
    "Outside MRI report not available.",
])
def test_a_missing_report_is_no_missing_study(findings_of, text):
    table, _ = findings_of(text)
    assert table["prior_mri"] == {"present"}


def test_a_study_not_available_was_not_done(findings_of):
    table, _ = findings_of("MRI not available in her town.")
    assert table.get("prior_mri", set()) <= {"absent", "hypothetical"}
