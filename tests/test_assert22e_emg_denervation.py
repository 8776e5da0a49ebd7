"""An EMG line that denies denervation is no abnormal study (session 22, assert22e).

The bare "EMG" mention is an abnormal_emg only where its sentence places it (target rule
metadata.present_near): a radiculopathy, a nerve root, or denervation / fibrillations /
sharp waves beside a root level or the paraspinals. "EMG: C5-T1 muscles - no active
denervation" named the level and the denervation and was read abnormal, though it denies
the denervation (dev d307, d368: a carpal tunnel study whose impression denies a
radiculopathy). A denied denervation no longer places the study; one stated still does.
"""

import pytest


def _report(emg_line, impression):
    return ("ELECTRODIAGNOSTIC CONSULTATION 11/20/2026\nIndication: numb hands.\n"
            "NCS: median sensory latencies prolonged on both sides; ulnar studies normal.\n"
            f"{emg_line}\nImpression: {impression}\n")


_NO_RADICULOPATHY = ("Bilateral median neuropathy at the wrist. "
                     "No electrodiagnostic evidence of cervical radiculopathy.")


@pytest.mark.parametrize("emg_line, impression, expected", [
    # denervation denied: the impression's denial is the study's reading
    ("EMG: C6-T1 muscles on both sides - no active denervation, normal recruitment.",
     _NO_RADICULOPATHY, {"absent"}),
    ("EMG of the C5 through T1 myotomes and the cervical paraspinals: no denervation, no chronic changes.",
     _NO_RADICULOPATHY, {"absent"}),
    ("Needle EMG: paraspinals without denervation; motor units normal.", _NO_RADICULOPATHY, {"absent"}),
    ("EMG: L4-S1 myotomes, fibrillations absent, recruitment full.", _NO_RADICULOPATHY, {"absent"}),
    # denervation stated: the study is abnormal
    ("EMG: active denervation in the L5 myotomes and the lower lumbar paraspinals.",
     "Findings as above.", {"present"}),
    ("EMG: fibrillations and positive sharp waves in L5 muscles and paraspinals.",
     "Findings as above.", {"present"}),
    ("EMG: C6 muscles on the right with denervation, normal on the left.", "Findings as above.", {"present"}),
    ("EMG: no active denervation; chronic reinnervation only, but fibrillations in the L5 paraspinals.",
     "Findings as above.", {"present"}),
])
def test_denervation_places_the_study_only_where_stated(assertions_of, emg_line, impression, expected):
    assert assertions_of(_report(emg_line, impression), "abnormal_emg") == expected


@pytest.mark.parametrize("line, expected", [
    ("EMG/NCS of both arms on 10/14/2026 showed no carpal tunnel syndrome and no neuropathy.", {"absent"}),
    ("NCS/EMG of the left leg 09/2026 showed no peripheral neuropathy.", {"absent"}),
    ("EMG/NCS of the right arm 10/14/2026: chronic right C7 radiculopathy.", {"present"}),
])
def test_a_study_of_a_limb_reads_by_what_it_found(assertions_of, line, expected):
    assert assertions_of(f"Neurology 11/27/2026\nHPI: numb hand.\n{line}\n", "abnormal_emg") == expected
