"""'Broad-based' describes a gait on exam and a disc bulge on imaging: only the gait is a
gait abnormality."""
import pytest


@pytest.mark.parametrize("text", [
    "Gait is broad-based and spastic; cannot tandem walk.",
    "Gait: broad-based, unsteady.",
    "Romberg positive; broad based, stiff gait.",
])
def test_broad_based_gait(findings_of, text):
    assert findings_of(text)[0]["gait_abnormality"] == {"present"}


@pytest.mark.parametrize("text", [
    "MRI 6/2025: L4-5 broad-based disc bulge with mild central canal stenosis.",
    "L5-S1 broad based posterior disc protrusion.",
    "C5-6 broad-based disc-osteophyte complex.",
])
def test_broad_based_disc_is_no_gait(findings_of, text):
    assert "gait_abnormality" not in findings_of(text)[0]
