"""assert21c: a cause weighed after "likely from", "most likely from", "probably from",
"presumably from", "almost certainly from" is possible, though the cause's words run longer
than "likely" alone reaches ("L4 radiculopathy, likely from an L3-4 foraminal or far-lateral
L4-5 disc herniation"); a finding joined to the cause "with" goes along and keeps its reading.
Every sentence is new; the look-alikes must keep their reading."""
import pytest

DH = "disc_herniation"


@pytest.mark.parametrize("text", [
    "Impression: right L5 radiculopathy, likely from a left-sided or far-lateral right L4-5 disc herniation.",
    "Assessment: acute urinary retention, most likely from a large central or paracentral L4-5 disc herniation.",
    "A/P: left C7 radiculopathy, probably from an enlarging foraminal or paracentral C6-7 disc herniation.",
    "Assessment: saddle numbness, almost certainly from a new large central or right L5-S1 disc herniation.",
    "Impression: thigh pain presumably from an upper lumbar or far-lateral L3-4 disc herniation.",
])
def test_a_cause_after_likely_from_is_possible(assertions_of, text):
    assert assertions_of(text, DH) == {"possible"}


@pytest.mark.parametrize("text", [
    # the herniation stated on its own, the hedge on something else
    "MRI 10/2026: L4-5 disc herniation. Her leg pain is likely from prolonged driving.",
    "Known L5-S1 disc herniation; flare likely from lifting boxes at work.",
])
def test_a_stated_herniation_keeps_its_present_reading(assertions_of, text):
    assert assertions_of(text, DH) == {"present"}


def test_a_finding_denied_after_the_hedge_stays_absent(assertions_of):
    text = "Assessment: neck pain likely from muscle strain; no disc herniation on the 2025 MRI."
    assert assertions_of(text, DH) == {"absent"}


def test_a_finding_with_the_weighed_cause_keeps_its_reading(assertions_of):
    text = ("X-ray 09/2026: grade 1 spondylolisthesis of L4 on L5. Impression: leg pain with "
            "walking, likely from L4-5 stenosis with the degenerative spondylolisthesis.")
    assert assertions_of(text, "spondylolisthesis") == {"present"}
    assert assertions_of(text, "spinal_stenosis") == {"possible"}


def test_a_sign_denied_in_the_same_assessment_stays_absent(assertions_of):
    text = "Assessment: right arm pain probably from a C5-6 disc herniation, no myelopathy."
    assert assertions_of(text, "myelopathy_signs") == {"absent"}
    assert assertions_of(text, DH) == {"possible"}
