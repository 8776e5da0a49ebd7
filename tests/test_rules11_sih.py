"""AIM's spontaneous intracranial hypotension lines read from the blood patch the notes name
(rules/guidelines/aim-spine.yaml `aim-spine.sih.*`, rules/word_lists.yaml `blood_patch`)."""

SIH = """NEUROLOGY - HEADACHE CLINIC 11/20/2026
41 yo F with orthostatic headaches for three months, gone within minutes of lying flat. Brain \
MRI 10/30/2026: pachymeningeal enhancement and brainstem sagging, consistent with intracranial \
hypotension. {history}
Exam: Strength 5/5 in all four limbs, reflexes 2+ and symmetric, sensation intact, gait normal.
Assessment: spontaneous intracranial hypotension{refractory}.
Plan: MRI thoracic spine to localize the leak before a targeted epidural blood patch by \
interventional radiology.
"""


def aim(result):
    return next(d for d in result.determinations if d.guideline == "aim-spine")


def test_a_repeat_blood_patch_after_one_that_failed_is_met(review_note):
    # "To direct placement of a repeat epidural blood patch or for presurgical planning in
    # patients with refractory symptoms"
    det = aim(review_note(SIH.format(
        history="A non-targeted lumbar epidural blood patch on 11/03/2026 gave four days of "
                "relief, then the headaches returned.",
        refractory=", refractory after one blood patch"), age=41, cpt="72146"))
    assert det.outcome == "met"
    assert det.basis == ["csf_leak"]


def test_a_first_blood_patch_needs_a_reviewer_to_confirm_the_sih(review_note):
    # "To localize a cerebrospinal fluid (CSF) leak in confirmed or suspected SIH prior to
    # placement of an epidural blood patch": no code says SIH, so the line stays unknown
    det = aim(review_note(SIH.format(history="Caffeine and fluids have not helped.",
                                     refractory=""), age=41, cpt="72146"))
    assert det.outcome == "not_met"
    line = next(c for c in det.criteria if c.id == "aim-spine.sih.localize-leak")
    assert line.result == "unknown"
