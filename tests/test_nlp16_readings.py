"""Fresh phrasings the lexicon missed (nlp16): a task of the hands or of the day made hard
(jars, grip, the couch, sitting "more than about" an hour, work turned down); a limb pain
named by its surface ("R lateral calf pain") or run from one place to another; a worsening
told as "worse than ever" or "a sudden increase in"; a workstation made ergonomic, breaks
from sitting, a collar come off; a slashed symptom list ("leg numbness/weakness") naming each
of its symptoms; the bowels named after a bladder trouble ("no trouble voiding or with BMs").
Each family has look-alikes that must not change."""

import pytest

LBP = "HPI: Low back pain for 5 weeks. "
NECK = "HPI: Neck pain for 3 weeks. "

READINGS = [
    # a task made hard is a functional impairment
    (LBP, "functional_impairment", "She now has trouble opening bottles and carrying the laundry basket.", {"present"}),
    (LBP, "functional_impairment", "He reports difficulty gripping a hammer since the injury.", {"present"}),
    (LBP, "functional_impairment", "It is hard for her to hold a coffee cup with the right hand.", {"present"}),
    (LBP, "functional_impairment", "Difficult to sit through a church service.", {"present"}),
    (LBP, "functional_impairment", "Some mornings he cannot get up off the floor after playing with the kids.", {"present"}),
    (LBP, "functional_impairment", "She couldn't get off the sofa yesterday without help.", {"present"}),
    (LBP, "functional_impairment", "He cannot drive more than about 40 minutes before he has to stop.", {"present"}),
    (LBP, "functional_impairment", "She has had to turn down overtime shifts since October.", {"present"}),
    # a hard exam manoeuvre, a hard decision, a couch as a place: no function lost
    (LBP, "functional_impairment", "It was hard to decide between the two surgeons.", set()),
    (LBP, "functional_impairment", "She sleeps on the couch because her husband snores.", set()),
    (LBP, "functional_impairment", "Grip strength 5/5 bilaterally.", set()),
    (LBP, "functional_impairment", "Holding the position for 30 seconds reproduces the pain.", set()),
    # a pain run from one place to a limb is radicular
    (LBP, "radicular_pain", "The pain runs from the left buttock down to the outer ankle.", {"present"}),
    (LBP, "radicular_pain", "It travels from the neck across the shoulder to the thumb.", {"present"}),
    (LBP, "radicular_pain", "The burning extends from his right hip to the top of the foot.", {"present"}),
    # a side and a surface with no pain, or a pain that runs nowhere down a limb
    (LBP, "radicular_pain", "Left lateral calf numbness.", set()),
    (LBP, "radicular_pain", "The ache runs from the low back up to the shoulder blades.", set()),
    # a worsening told plainly is a progression
    (LBP, "symptom_progression", "Her sciatica is worse than ever this week.", {"present"}),
    (LBP, "symptom_progression", "Two days ago he noticed a sudden increase in his leg pain.", {"present"}),
    (LBP, "symptom_progression", "Marked increase in numbness over the past week.", {"present"}),
    # an increase provoked by a position is an aggravating factor, not a course
    (LBP, "symptom_progression", "Sudden increase in pain with forward flexion on exam.", set()),
    (LBP, "symptom_progression", "Significant increase in pain when she stands up from a chair.", set()),
    # a changed workplace or a brace come off is activity modification
    (NECK, "activity_modification", "He made ergonomic desk adjustments at the office.", {"present"}),
    (NECK, "activity_modification", "She has had an ergonomic workstation assessment through her employer.", {"present"}),
    (NECK, "activity_modification", "He takes hourly breaks from sitting at the call center.", {"present"}),
    (NECK, "activity_modification", "She came out of the soft collar after two weeks.", {"present"}),
    # a count of breaks in a good day, a break in a bone, a collar of a shirt
    (NECK, "activity_modification", "Now gets through a full shift with two stretch breaks.", set()),
    (NECK, "activity_modification", "No breaks in the cortex on the x-ray.", set()),
    (NECK, "activity_modification", "She pulled her shirt collar away to show the scar.", set()),
    # an operation weighed against another treatment is planned
    (LBP, "intervention_planned", "Plan: MRI to decide between bracing versus surgical stabilization.", {"present"}),
    (LBP, "intervention_planned", "A/P: kyphoplasty vs a TLSO, to discuss with family.", {"present"}),
    (LBP, "intervention_planned", "Radiation oncology to weigh SBRT vs decompression.", {"present"}),
    # an old choice told in the history weighs nothing now
    (LBP, "intervention_planned", "She chose therapy over surgery back in 2019.", set()),
    # a slashed list names each of its symptoms: denied, each is denied
    (LBP, "paresthesia", "Denies arm numbness/weakness.", {"absent"}),
    (LBP, "motor_weakness", "Denies arm numbness/weakness.", {"absent"}),
    (LBP, "paresthesia", "Tingling/weakness: none.", {"absent"}),
    (LBP, "motor_weakness", "Tingling/weakness: none.", {"absent"}),
    (LBP, "paresthesia", "No pain/weakness/numbness in the legs.", {"absent"}),
    (LBP, "motor_weakness", "No pain/weakness/numbness in the legs.", {"absent"}),
    # ... complained of, each is present
    (LBP, "paresthesia", "Since Monday she reports left leg weakness/numbness.", {"present"}),
    (LBP, "motor_weakness", "Since Monday she reports left leg weakness/numbness.", {"present"}),
    # a slashed list without numbness names no paresthesia
    (LBP, "paresthesia", "Denies leg weakness/pain.", set()),
    (LBP, "motor_weakness", "Denies leg weakness/pain.", {"absent"}),
    # the bowels named after a bladder denial, or a lost control, are denied
    (LBP, "bowel_dysfunction", "No difficulty voiding or with BMs.", {"absent"}),
    (LBP, "bowel_dysfunction", "Denies problems with urination or with his bowels.", {"absent"}),
    (LBP, "bowel_dysfunction", "No loss of fecal control.", {"absent"}),
    # ... named after a bladder trouble, affirmed
    (LBP, "bowel_dysfunction", "Since last night, new trouble emptying the bladder or with bowel control.",
     {"present"}),
    # the bowels after something other than the bladder: no finding
    (LBP, "bowel_dysfunction", "Pain with sitting or with BMs.", set()),
    (LBP, "bowel_dysfunction", "No trouble with walking or with stairs.", set()),
]


@pytest.mark.parametrize("preface, code, line, expected", READINGS)
def test_a_reading_of_a_fresh_phrasing(assertions_of, preface, code, line, expected):
    assert assertions_of(f"{preface}{line}\n", code) == expected


# ---- a limb pain named by its surface or its course ----

@pytest.mark.parametrize("line, side", [
    ("Three weeks of L lateral calf pain after gardening.", "left"),
    ("New right posterior thigh pain since the weekend.", "right"),
    ("Left calf pain, burning, worse with sitting.", "left"),
])
def test_a_sided_limb_pain_named_by_its_surface_is_radicular(findings_of, line, side):
    # the side written before the surface is the pain's laterality
    found = {(f.assertion, f.laterality) for f in findings_of(f"{LBP}{line}\n")[1].findings
             if f.code == "radicular_pain"}
    assert found == {("present", side)}



# ---- a bare "back pain" is the back pain the note places ----

@pytest.mark.parametrize("note, expected", [
    # the note places the pain at the mid or upper back: the bare mention is that pain
    ("CC: back pain.\nHPI: Aching between the shoulder blades for 2 weeks.\n", set()),
    ("HPI: Upper back pain after a fall.\nROS: Musculoskeletal: positive for back pain.\n", set()),
    # placed nowhere, or placed low: it is low back pain
    ("CC: back pain.\nHPI: Two weeks of back pain after moving a sofa.\n", {"present"}),
    ("HPI: Thoracic pain resolved in 2024. Now back pain x 3 weeks.\n", {"present"}),
])
def test_a_bare_back_pain_is_the_back_pain_the_note_places(assertions_of, note, expected):
    assert assertions_of(note, "low_back_pain") == expected


# ---- numbness placed in the saddle is the saddle's, not a limb paresthesia ----

@pytest.mark.parametrize("line, paresthesia, saddle", [
    ("Since last night the toilet paper feels numb when he wipes.", set(), {"present"}),
    ("She is numb where she sits on the toilet.", set(), {"present"}),
    # placed in a limb, in its own clause, the numbness is a paresthesia
    ("He has had numbness in both feet for years from diabetes, and wiping has been normal.",
     {"present"}, set()),
    # a denial still denies
    ("Denies any numbness in the legs or when wiping.", {"absent"}, set()),
])
def test_numbness_is_read_where_the_note_places_it(findings_of, line, paresthesia, saddle):
    table, _ = findings_of(f"{LBP}{line}\n")
    assert (table.get("paresthesia", set()), table.get("saddle_anesthesia", set())) == (paresthesia, saddle)


@pytest.mark.parametrize("line, expected", [
    # the scanner is a place, not a study
    ("Claustrophobic: had to be taken out of the MRI scanner in 2021 before any images.", set()),
    ("She panicked inside the MRI machine last spring.", set()),
    ("Lumbar MRI 2024 showed an L4-5 protrusion.", {"present"}),
])
def test_an_mri_scanner_is_no_prior_mri(assertions_of, line, expected):
    assert assertions_of(f"{LBP}{line}\n", "prior_mri") == expected
