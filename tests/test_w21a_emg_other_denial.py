"""An EMG report that denies other diagnoses before the radiculopathy it finds is abnormal
(blind batch d666: "NCS/EMG 10/2026 - no carpal tunnel syndrome, no peripheral neuropathy;
chronic bilateral C6-7 radiculopathy"): the denial's reach ends at the semicolon (or "but"), and
the clause the semicolon joins to the study's sentence is read with it. A radiculopathy the
report itself denies stays no abnormal EMG."""

import pytest


@pytest.mark.parametrize("text", [
    "EMG/NCS 09/2026 - no ulnar neuropathy, no plexopathy; subacute right C7 radiculopathy.",
    "NCS/EMG: no median neuropathy at the wrist; chronic left L5 radiculopathy.",
    "EMG 08/2026: no evidence of polyneuropathy but an active right S1 radiculopathy.",
    "EMG/NCS 10/2026: chronic left C6 radiculopathy.",
])
def test_a_radiculopathy_after_another_denial_is_an_abnormal_emg(assertions_of, text):
    assert assertions_of(text, "abnormal_emg") == {"present"}


@pytest.mark.parametrize("text", [
    "EMG/NCS 07/2026: no evidence of radiculopathy or plexopathy.",
    "EMG: no carpal tunnel syndrome; no cervical radiculopathy.",
    "NCS/EMG: moderate carpal tunnel syndrome; no radiculopathy.",
    "EMG 10/2026 negative for radiculopathy; mild ulnar slowing across the elbow.",
])
def test_a_denied_radiculopathy_is_no_abnormal_emg(assertions_of, text):
    assert "present" not in assertions_of(text, "abnormal_emg")
