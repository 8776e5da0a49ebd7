"""Readings mended after the blind batch d687-d698 (corpora/dev/ERRORS_d687-d698.md).

- A sign the notes say has stood since an operation ("Achilles 1+ R (unchanged since
  surgery)", "numb lateral foot since the 2019 microdiscectomy") is an old sign, not the new
  deficit NIA's lines ask for (d698: false met).
- "VS:" heads the vital signs; it is no "versus" that puts the fever in doubt (d695).
- An arrow ends what "until proven otherwise" reaches back to: the findings that lead to the
  working diagnosis are present (d695).
- An employer's option denied ("his boss has no light duty") is not the patient's (d687).
- "congenitally narrow canal" is a stenosis (d689).
- "Video exam:" after a SOAP "O:" is no in-person exam; an examiner unable to do an exam is
  no loss of the patient's function (d694).
- A figure OCR wrote with a capital O ("8/1O", "1O/O1/2026") is read as its digits (d697).
Every sentence is written here, none copied from the corpus."""

import datetime as dt

import pytest

from spinecite.pipeline.cleaning import clean


# --- an old sign: "since surgery" ------------------------------------------------------------

OLD_SIGN = ("PM&R follow-up 11/20/2026\n64M, s/p L L5-S1 microdiscectomy in 2019 with full relief "
            "of sciatica. Now 4 months of central low back ache, no leg pain, no numbness.\n"
            "Exam: Strength 5/5 throughout. {sign} Patellar 2+ bilaterally. Sensation intact. "
            "SLR negative. Gait normal.\nA/P: Chronic axial low back pain. MRI lumbar w/wo "
            "requested by the patient.\n")


@pytest.mark.parametrize("sign, want", [
    ("Achilles 1+ on the L (unchanged since surgery).", "not_met"),
    ("L ankle jerk trace, present since the 2019 microdiscectomy.", "not_met"),
    ("L Achilles diminished, the same since her surgery.", "not_met"),
    ("L Achilles absent since prior discectomy.", "not_met"),
    # look-alikes that keep a new deficit: no cue, or the sign said worse since
    ("Achilles 1+ on the L.", "met"),
    ("L Achilles absent, worse since surgery.", "met"),
])
def test_a_reflex_left_by_an_old_operation_is_no_new_deficit(review_under, sign, want):
    result = review_under(OLD_SIGN.format(sign=sign), ["nia-lumbar-mri"], cpt="72158",
                          date="2026-11-20")
    assert result.determinations[0].outcome == want


# --- VS:, arrows, employers, canals, video exams ---------------------------------------------

@pytest.mark.parametrize("text, code, want", [
    ("VS: T 38.8, HR 112, BP 118/70.", "fever", {"present"}),
    ("Vitals VS - T 101.9 F, RR 18.", "fever", {"present"}),
    # look-alike: a true "vs" still weighs
    ("Sciatica vs hip arthritis, exam equivocal.", "radicular_pain", {"possible"}),
    ("Fever + IV drug use + high CRP -> vertebral osteomyelitis until proven otherwise.",
     "fever", {"present"}),
    ("Fever + IV drug use + high CRP -> vertebral osteomyelitis until proven otherwise.",
     "spinal_infection", {"possible"}),
    ("Back pain => discitis unless proven otherwise.", "low_back_pain", {"present"}),
    # look-alike: the working diagnosis itself stays possible without an arrow
    ("Severe back pain in a febrile IVDU: epidural abscess until proven otherwise.",
     "spinal_infection", {"possible"}),
    ("Out of work since 10/02 because his boss has no light duty.", "activity_modification",
     {"present"}),
    ("Remains off work; her supervisor does not have modified duty.", "functional_impairment",
     {"present"}),
    # look-alikes: the patient's own denial still denies
    ("Not on light duty; full duty at the plant.", "activity_modification", {"absent"}),
    ("CT: congenitally narrow canal with spondylosis, worst at C4-5.", "spinal_stenosis",
     {"present"}),
    ("Films: narrowed lumbar canal at L3-4.", "spinal_stenosis", {"present"}),
    ("No narrow canal on the myelogram.", "spinal_stenosis", {"absent"}),
    ("Narrow ear canal on otoscopy.", "spinal_stenosis", set()),
    ("O: Video exam: walks about the room, bends to the knees.", "in_person_exam", {"absent"}),
    ("Objective: Virtual exam - sits comfortably.", "in_person_exam", {"absent"}),
    ("O: Exam: tender over the L4-5 paraspinals.", "in_person_exam", {"present"}),
    ("Unable to do a hands-on or neuro exam by video.", "functional_impairment", set()),
    ("Unable to perform a full neurologic examination over the phone.",
     "functional_impairment", set()),
    # look-alikes: the patient's lost tasks stay
    ("Unable to do her job at the warehouse since the fall.", "functional_impairment",
     {"present"}),
    ("Impaired ability to walk more than a block.", "functional_impairment", {"present"}),
])
def test_readings(assertions_of, text, code, want):
    assert assertions_of("Clinic note\n" + text + "\n", code) == want


# --- OCR: a capital O in a figure -------------------------------------------------------------

@pytest.mark.parametrize("raw, read", [
    ("Pain 9/1O at night", "Pain 9/10 at night"),
    ("PT 1O/O6/2026 - 11/2O/2O26", "PT 10/06/2026 - 11/20/2026"),
    ("Gabapentin 3OO mg TID", "Gabapentin 300 mg TID"),
    ("1OO mg", "100 mg"),
    ("Seen at 1O:45", "Seen at 10:45"),
    # look-alikes: words with an O and a digit stay as written
    ("O2 sat 97%, SpO2 96", "O2 sat 97%, SpO2 96"),
    ("CO2 25", "CO2 25"),
    ("O: Video", "O: Video"),
    ("Pain 4/10.", "Pain 4/10."),
])
def test_a_capital_o_in_a_figure_is_a_zero(raw, read):
    assert clean(raw).cleaned == read


def test_an_ocr_score_and_course_are_read(findings_of):
    text = ("Progress note 11/28/2026\nHPI: R arm pain since Sept. PT 1O/O2/2026 - 11/16/2O26 "
            "(6 wks) n0 better. Pain 8/1O at night, wakes him.\n")
    table, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 28))
    assert table.get("severe_pain") == {"present"}
    assert table.get("night_pain") == {"present"}
    pt = next(f for f in result.findings if f.code == "physical_therapy")
    assert str(pt.value.start) == "2026-10-02" and str(pt.value.end) == "2026-11-16"
