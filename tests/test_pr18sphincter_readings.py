"""Sphincter wordings, urological causes and report boilerplate (probe18 items 4, 5, 9, 10, 13).

- A bladder that does not empty, an attempt to pass urine that fails or needs straining, is
  the retention the CES lines and the urgency read, from one shared word list
  (rules/word_lists.yaml `incontinence_or_retention`, held by `sphincter_problem`).
- Incontinence named by its urological kind ("stress", "urge", "mixed"), tied to a prostate or
  bladder condition before it ("BPH with urinary hesitancy"), or only on a Problem List is no
  new cauda equina sign (rules/course.yaml `urological_kinds`, `cause_before_links`,
  `old_sections`); a new incontinence since a fall stays urgent.
- What a study can show ("CT is insensitive for ...") and a condition on a reader's concern
  ("if there is clinical concern for ...") are no diagnosis of the patient.
- Imaging "for surgical consideration" is an intervention weighed (AIM's candidate line).
Every note is written here."""

import pytest

from spinecite.rules.ruleset import word_lists


def _met(result, guideline):
    return next(d.outcome for d in result.determinations if d.guideline == guideline) == "met"


SCIATICA = ("Clinic 11/20/2026\n48M with 3 weeks of back pain, and since yesterday pain down "
            "both legs to the calves. {line}\nExam: straight leg raise positive on both sides.\n"
            "Plan: MRI lumbar spine today.\n")


def test_every_retention_wording_the_ces_lines_read_also_raises_the_flag():
    lists = word_lists()
    assert set(lists["incontinence_or_retention"]) <= set(lists["sphincter_problem"])
    assert {"emptying", "cannot pass urine", "inability to urinate"} <= set(
        lists["incontinence_or_retention"])
    # the broad list still holds what only the urgency reads
    assert "hesitancy" in lists["sphincter_problem"]
    assert "hesitancy" not in lists["incontinence_or_retention"]


# a patient's, a nurse's and a clinician's words for a bladder that does not empty
RETENTION = ("He has not been able to empty his bladder since yesterday morning.",
             "New incomplete bladder emptying since last night.",
             "He feels he is not emptying his bladder completely since yesterday.",
             "Since last night his bladder does not empty fully.",
             "Inability to urinate since this morning.", "He cannot pass urine since 5 am.",
             "He has to strain to urinate since yesterday.")


@pytest.mark.parametrize("line", RETENTION)
def test_retention_in_plain_words_is_urgent_and_meets_the_ces_lines(review_note, line):
    result = review_note(SCIATICA.format(line=line), age=48)
    assert result.priority == "urgent"
    assert _met(result, "aim-spine") and _met(result, "nia-lumbar-mri")


def test_a_bladder_emptying_normally_is_no_retention(review_note):
    result = review_note(SCIATICA.format(
        line="He is emptying his bladder completely and has had no leakage."), age=48)
    assert result.priority == "routine"
    assert not _met(result, "aim-spine")


CHRONIC = ("Office visit 11/20/2026\n63F with 2 years of low back pain, no leg symptoms, no "
           "saddle numbness. Exam: lumbar paraspinal tenderness, strength 5/5 in both legs, "
           "reflexes 2+ and symmetric.\n{line}\n")


@pytest.mark.parametrize("line", [
    "Problem List:\n1. Urge incontinence (N39.41)\n2. Essential hypertension",
    "Active Problems:\n- Urinary incontinence\n- Hypothyroidism",
    "Assessment:\n1. Chronic low back pain - home exercises.\n"
    "2. Mixed urinary incontinence - refer to urogynecology.",
    "A/P: Stress incontinence with coughing and lifting - pelvic floor PT.",
    "Current medications: solifenacin 5 mg daily for urge incontinence; lisinopril.",
    "Medications: tamsulosin 0.4 mg for BPH with urinary hesitancy.",
])
def test_a_urological_incontinence_is_no_new_sphincter_sign(review_note, line):
    result = review_note(CHRONIC.format(line=line), age=63)
    assert result.priority == "routine"
    assert not any(d.outcome == "met" and "cauda_equina" in d.basis
                   for d in result.determinations)
    assert not _met(result, "nia-lumbar-mri")


@pytest.mark.parametrize("line", [
    # a new incontinence the notes date to a fall, with numbness of the saddle
    "Since she slipped on the ice two days ago she has been incontinent of urine and her "
    "bottom feels numb.",
    # the kind named, but called new
    "New urge incontinence since the fall on Tuesday, with numbness of the perineum.",
])
def test_a_new_incontinence_stays_urgent(review_note, line):
    result = review_note(CHRONIC.format(line=line), age=63)
    assert result.priority == "urgent"


def test_a_cause_before_the_span_needs_its_link_and_no_new_word(review_note):
    # BPH named, then a retention called new: not the prostate's
    result = review_note(CHRONIC.format(
        line="He has known BPH with new urinary retention since last night."), age=63)
    assert result.priority == "urgent"


@pytest.mark.parametrize("text, code", [
    ("CT lumbar spine 11/19/2026: No acute fracture. Mild L4-5 disc bulge. CT is insensitive "
     "for cauda equina compression; MRI is recommended if clinically warranted.",
     "cauda_equina_syndrome"),
    ("Lumbar spine radiographs: Multilevel spondylosis. MRI may be obtained if there is "
     "clinical concern for metastatic disease.", "malignancy"),
    ("Impression: degenerative changes. Suggest MRI if there is clinical concern for cord "
     "compression or cauda equina syndrome.", "cauda_equina_syndrome"),
    ("He is anxious after reading online about cauda equina syndrome.",
     "cauda_equina_syndrome"),
])
def test_boilerplate_and_lay_reading_are_no_suspicion(assertions_of, text, code):
    note = "Low back pain for 2 weeks after lifting. No bladder or bowel change.\n" + text
    assert not assertions_of(note, code) & {"present", "possible"}


def test_a_study_named_for_what_it_shows_better_is_not_done(assertions_of):
    note = ("Lumbar x-ray today: no fracture seen. MRI is more sensitive for occult "
            "fracture.\n")
    assert "present" not in assertions_of(note, "prior_mri")
    # look-alike: an MRI that was done stays done
    assert "present" in assertions_of("MRI lumbar spine 10/02/2026: L4-5 protrusion.\n",
                                      "prior_mri")


def test_a_clinicians_concern_stays_a_suspicion(assertions_of):
    note = ("Two days of urinary retention and perineal numbness. Concern for cauda equina "
            "syndrome; emergent MRI.\n")
    assert "possible" in assertions_of(note, "cauda_equina_syndrome")


def test_a_return_precaution_with_concern_stays_hypothetical(assertions_of):
    note = "Strength 5/5. Return to the ED if there is any concern for new leg weakness.\n"
    assert assertions_of(note, "motor_weakness") == {"absent", "hypothetical"}


RADICULOPATHY = ("Spine clinic 11/20/2026\nL5 radiculopathy for 10 weeks; 6 weeks of PT and "
                 "celecoxib failed. Exam: left EHL 4/5, left Achilles reflex absent.\n{plan}\n")


@pytest.mark.parametrize("plan", [
    "Plan: MRI lumbar spine for surgical consideration.",
    "Plan: MRI L-spine, then review with me for consideration of decompression.",
])
def test_imaging_for_surgical_consideration_is_an_intervention_weighed(assertions_of, plan):
    assert "present" in assertions_of(RADICULOPATHY.format(plan=plan), "intervention_planned")


def test_imaging_with_no_intervention_weighed_is_none(assertions_of):
    note = RADICULOPATHY.format(plan="Plan: MRI lumbar spine. Continue home exercises.")
    assert assertions_of(note, "intervention_planned") == set()
