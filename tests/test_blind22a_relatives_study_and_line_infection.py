"""Blind batch d675-d686 (session 22).

d683: "his wife had one [an MRI] for her neck last year and it showed a herniated disc" read the
herniation as the patient's: "showed" ends every scope, the relative's too. "it showed" - the
study just named, the relative's - ends every scope but the relative's.

d681: "Was treated for MRSA line infection in September" read a spinal infection present: an
infection of a line, catheter, port, access or graft is not the spine's.
"""

import pytest


@pytest.mark.parametrize("text, code", [
    ("His wife had an MRI for her neck last year and it showed a herniated disc.", "disc_herniation"),
    ("Pt asks for a scan - his wife had one last year and it showed a herniated disc.",
     "disc_herniation"),
    ("Her brother had a CT after a crash and it revealed a compression fracture.", "spinal_fracture"),
])
def test_the_relatives_study_shows_the_relatives_finding(assertions_of, text, code):
    assert assertions_of(text, code) == {"family"}


@pytest.mark.parametrize("text, code, want", [
    # the patient's own study: "it showed" still ends a denial or a history before it
    ("No PT yet. He had an MRI in 2025 and it showed a herniated disc at L4-5.",
     "disc_herniation", {"present"}),
    ("Denies fever; had an x-ray and it showed a compression fracture.", "spinal_fracture",
     {"present"}),
    ("His mother had back surgery. MRI showed a herniated disc at L5-S1.", "disc_herniation",
     {"present"}),
])
def test_the_patients_own_study_keeps_its_reading(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text", [
    "Was treated for MRSA line infection in September (tunneled cath since removed).",
    "HD catheter infection in 2025; dialysis access infection in March.",
    "Port infection last spring, treated with vancomycin.",
])
def test_an_infection_of_a_line_is_not_the_spines(assertions_of, text):
    assert assertions_of(text, "spinal_infection") == set()


@pytest.mark.parametrize("text, want", [
    ("Fever and back pain after a recent line removal; concern for infection, MRI with contrast.",
     {"possible"}),
    ("History of spinal infection at L2-3 in 2022.", {"historical"}),
])
def test_a_spine_infection_keeps_its_reading(assertions_of, text, want):
    assert assertions_of(text, "spinal_infection") == want
