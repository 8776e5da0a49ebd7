"""A limb's signs that the note puts on a cause outside the spine - a stroke's residual
hemiparesis, multiple sclerosis, a plexopathy, a peroneal palsy - are no evidence of a nerve
root or cord lesion: NIA's "new neurological deficits" and AIM's compression evidence and
"myelopathic signs" are a reviewer's for a sign on that side that no span calls new (probe17
c46: "right ankle DF 4/5 (residual from the stroke)" and "Reflexes brisk on the right" were read
as a spinal deficit and a myelopathy). A new deficit on that side, or one on the other side,
still counts."""

import pytest

STROKE_PMH = "PMH: {cause}.\n"


def _outcomes(review_note, text, cpt="72148", age=68):
    result = review_note(text, age=age, cpt=cpt)
    return {d.guideline: d.outcome for d in result.determinations}


# residual central deficits, several voices and layouts: nothing new is said of them
@pytest.mark.parametrize("note", [
    ("Clinic note. 68 yo F with axial low back pain for 4 weeks, no leg pain.\n"
     "PMH: right MCA stroke in 2021 with residual left hemiparesis.\n"
     "Exam: left knee extension 4/5, left EHL 4/5 (residual from her stroke). "
     "Left triceps 4/5. Left patellar reflex 3+ with spread.\nPlan: MRI L-spine."),
    ("Back pain x 1 month, no radiation. Known multiple sclerosis, on ocrelizumab.\n"
     "Exam: right hip flexion 4-/5, right ankle dorsiflexion 4/5 due to her MS, unchanged. "
     "Hyperreflexia on the right.\nAssessment: mechanical LBP."),
    ("HPI: 4 weeks of low back ache after gardening, no sciatica.\n"
     "History: CVA 2019, chronic right-sided weakness since the stroke.\n"
     "Neuro: R hip flexion 4/5, R dorsiflexion 4/5. R Achilles 3+.\nPlan: lumbar MRI."),
])
def test_a_residual_central_deficit_meets_no_spinal_deficit_line(review_note, note):
    outcomes = _outcomes(review_note, note)
    assert outcomes["nia-lumbar-mri"] == "not_met"
    assert outcomes["aim-spine"] == "not_met"


# look-alikes that must stay met: a new deficit on the stroke's side, said new, with radicular
# pain; a deficit on the other side from the stroke's
@pytest.mark.parametrize("note", [
    ("Clinic note. 68 yo F. PMH: right MCA stroke in 2021 with residual left hemiparesis.\n"
     "HPI: 10 days of left buttock pain shooting to the lateral calf and top of the foot.\n"
     "Exam: new left foot drop, left EHL 2/5, left ankle DF 2/5, decreased sensation over the "
     "dorsum of the left foot. SLR positive on the left.\nPlan: MRI L-spine."),
    ("Clinic note. 68 yo F. PMH: right MCA stroke in 2021 with residual left hemiparesis.\n"
     "HPI: 3 weeks of right leg pain radiating to the lateral foot.\n"
     "Exam: right ankle plantarflexion 4/5, right Achilles reflex absent, decreased sensation "
     "lateral right foot.\nPlan: MRI L-spine."),
])
def test_a_spinal_deficit_beside_a_stroke_still_counts(review_note, note):
    outcomes = _outcomes(review_note, note)
    assert outcomes["nia-lumbar-mri"] == "met"


def test_the_side_the_stroke_explains_is_read_from_the_note(findings_of):
    """The reading itself: the explained side is the stroke's, not the other one."""
    import datetime as dt

    from spinecite.rules.course import cues, read_courses

    text = ("PMH: left MCA stroke 2020 with residual right hemiparesis.\n"
            "Exam: right ankle DF 4/5 (residual from the stroke). Left EHL 3/5.")
    _, result = findings_of(text, dt.date(2026, 12, 1), date=dt.date(2026, 11, 27))
    courses = read_courses(result.findings, {"note": text}, {"note": dt.date(2026, 11, 27)},
                           dt.date(2026, 12, 1), frozenset(cues().central_signs))
    assert courses.explained_sides == frozenset({"right"})


@pytest.mark.parametrize("text, explained", [
    ("R ankle DF 4/5 (residual from the stroke).", True),
    ("Left foot numbness consistent with diabetic neuropathy.", True),
    ("Chronic L foot drop, old peroneal palsy.", True),
    # a cause named beside a sign nobody calls old, with no link: not put on it
    ("Prior stroke, right foot drop x 1 week.", False),
    # a negated link is no explanation
    ("R EHL 3/5, not explained by her stroke.", False),
])
def test_which_words_put_a_sign_on_another_cause(text, explained):
    from spinecite.rules.course import cues, said_limb_cause, said_old

    c = cues()
    span = next(w for w in ("4/5", "numbness", "foot drop", "3/5") if w in text)
    start = text.index(span)
    end = start + len(span)
    was_old = said_old(text, start, end, c)
    assert said_limb_cause(text, start, end, was_old, c) is explained
