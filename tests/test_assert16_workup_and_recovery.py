"""A diagnosis still to be excluded or a work-up named for one is suspected ("we must exclude
osseous metastasis", "skeletal survey for myeloma ordered"): possible; one already excluded
("We excluded an epidural abscess", "Excluded fracture on CT") is absent. A deficit said to
have recovered ("his foot drop has fully recovered") is over: historical, unless the note
says it has not ("has not recovered", "only partially recovered")."""
import pytest


@pytest.mark.parametrize("text, code, expected", [
    # still to be excluded: suspected
    ("We must exclude osseous metastasis before PT.", "malignancy", {"possible"}),
    ("It is important to exclude cauda equina tonight.", "cauda_equina_syndrome", {"possible"}),
    ("Skeletal survey for myeloma ordered.", "malignancy", {"possible"}),
    ("Blood cultures for discitis drawn x2.", "spinal_infection", {"possible"}),
    ("Bone scan for metastases next week.", "malignancy", {"possible"}),
    # already excluded: absent, and the study it was excluded on was done
    ("We excluded an epidural abscess with labs and an MRI.", "spinal_infection", {"absent"}),
    ("Excluded fracture on CT.", "spinal_fracture", {"absent"}),
    ("Excluded fracture on CT.", "prior_ct", {"present"}),
    # look-alikes: a study that found it; an exclusion ends with its clause
    ("MRI showed discitis at L3-4.", "spinal_infection", {"present"}),
    ("We excluded a fracture, and she has a new foot drop.", "foot_drop", {"present"}),
    # a work-up named for a diagnosis the note knows of is that diagnosis
    ("Known myeloma, followed by heme; skeletal survey for myeloma staging last year.",
     "malignancy", {"present"}),
    # a work-up word that is no work-up for these kinds keeps the study's own reading
    ("MRI C-spine ordered to eval for radiculopathy.", "radiculopathy", {"possible"}),
])
def test_what_is_still_to_be_excluded_is_suspected(assertions_of, text, code, expected):
    assert assertions_of(text + "\n", code) == expected


@pytest.mark.parametrize("text, code, expected", [
    ("His foot drop has fully recovered.", "foot_drop", {"historical"}),
    ("Her left foot drop has recovered since the decompression.", "foot_drop", {"historical"}),
    ("The leg weakness has recovered completely.", "motor_weakness", {"historical"}),
    # look-alikes: a deficit that has not recovered, or only in part, is there now
    ("His foot drop has not recovered.", "foot_drop", {"present"}),
    ("The foot drop has only partially recovered.", "foot_drop", {"present"}),
    # a recovery of something else, after "and"
    ("Left foot drop, and his grip has recovered.", "foot_drop", {"present"}),
])
def test_a_deficit_that_has_recovered_is_historical(assertions_of, text, code, expected):
    assert assertions_of(text + "\n", code) == expected
