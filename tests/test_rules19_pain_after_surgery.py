"""A named syndrome of lasting pain after a back operation ("failed back surgery syndrome",
"post-laminectomy syndrome", "FBSS") is a complaint of back or leg pain though the note has
no other pain word: AIM sends "pain after spine surgery beyond the perioperative time frame"
to its Pain indications, so its lumbar pain lines read it. An operation named alone is not."""

import pytest

NOTES = [
    ("Pain clinic. Post-laminectomy syndrome (L4-5 laminectomy 2020). New right foot drop, "
     "EHL 2/5, for 2 weeks; no prior imaging since the operation. Plan: MRI lumbar, refer to "
     "spine surgery."),
    ("Follow-up. Known FBSS s/p L5-S1 fusion 2018; now right ankle dorsiflexion 3/5 and an "
     "absent right Achilles reflex, new this month. Surgical consult placed."),
    ("Spine visit: failed back surgery syndrome following a 2017 microdiscectomy. Exam: left "
     "EHL 3/5, decreased sensation over the dorsum of the left foot. Referred to a spine "
     "surgeon to discuss revision."),
]
# the same notes with the syndrome taken out: an operation and a deficit, no pain
LOOK_ALIKES = [
    ("Pain clinic. L4-5 laminectomy 2020. New right foot drop, EHL 2/5, for 2 weeks; no prior "
     "imaging since the operation. Plan: MRI lumbar, refer to spine surgery."),
    ("Follow-up. s/p L5-S1 fusion 2018; now right ankle dorsiflexion 3/5 and an absent right "
     "Achilles reflex, new this month. Surgical consult placed."),
]


def _line(review_note, text):
    result = review_note(text, age=58, cpt="72148")
    aim = next(d for d in result.determinations if d.guideline == "aim-spine")
    return next(c for c in aim.criteria
                if c.id == "aim-spine.low-back-pain.adult-neuro-findings").result


@pytest.mark.parametrize("text", NOTES)
def test_a_named_pain_syndrome_after_surgery_is_back_pain_for_aim(review_note, text):
    assert _line(review_note, text) == "met"


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_an_operation_alone_is_no_pain(review_note, text):
    assert _line(review_note, text) == "not_met"
