"""AIM's Radiculopathy and Pain-with-neurologic-findings lines read the root signs of the region
asked for (rules/SCHEMA.md `limb_region`): an L5 radiculopathy with a weak EHL is no
radiculopathy of a cervical MRI, a C6 one none of a thoracic MRI. The same notes still meet
the line for the study of their own region, and a sign naming no limb or level stays open
(probe20a p38, p39)."""

import pytest

RADIC = "aim-spine.radiculopathy.neuro-findings"
NECK = "aim-spine.neck-pain.adult-neuro-exam"
MIDBACK = "aim-spine.midback-pain.adult-neuro-findings"
LOWBACK = "aim-spine.low-back-pain.adult-neuro-findings"

LEG = ("Office visit 11/20/2026. 49 yo M with left leg pain down the lateral calf for three "
       "weeks after lifting, and some neck stiffness. Exam: left EHL 4/5, decreased sensation "
       "over the dorsum of the left foot, SLR positive on the left. Assessment: left L5 "
       "radiculopathy. Plan: MRI, possible transforaminal ESI.")
SCIATICA = ("Spine clinic 11/20/2026. 55 yo F. Right sciatica for a month with mild neck ache. "
            "Exam: right ankle plantarflexion 4/5, right Achilles reflex absent. Assessment: "
            "right S1 radiculopathy. Plan: MRI and consider an epidural injection.")
ARM = ("Office visit 11/20/2026. 52 yo F with right arm pain into the thumb for three weeks. "
       "Exam: right biceps 4/5, decreased sensation over the right thumb, right brachioradialis "
       "reflex diminished. Assessment: right C6 radiculopathy. Plan: MRI, possible ESI.")
UNPLACED = ("Office visit 11/20/2026. 47 yo M with radiating pain for three weeks. Exam: "
            "decreased sensation, reflexes diminished. Assessment: radiculopathy. Plan: MRI, "
            "possible ESI.")


def _line(review_note, note, cpt, line):
    aim = next(d for d in review_note(note, age=50, cpt=cpt).determinations
               if d.guideline == "aim-spine")
    return next(c for c in aim.criteria if c.id == line).result


@pytest.mark.parametrize("note", [LEG, SCIATICA])
def test_lumbar_root_signs_are_no_radiculopathy_of_a_cervical_study(review_note, note):
    assert _line(review_note, note, "72141", RADIC) != "met"
    assert _line(review_note, note, "72141", NECK) != "met"


@pytest.mark.parametrize("note", [LEG, SCIATICA])
def test_the_same_lumbar_signs_still_meet_the_lumbar_study(review_note, note):
    assert _line(review_note, note, "72148", RADIC) == "met"


def test_cervical_root_signs_are_no_finding_of_a_thoracic_or_lumbar_study(review_note):
    assert _line(review_note, ARM, "72146", RADIC) != "met"
    assert _line(review_note, ARM, "72146", MIDBACK) != "met"
    assert _line(review_note, ARM, "72148", RADIC) != "met"


def test_cervical_root_signs_still_meet_the_cervical_study(review_note):
    assert _line(review_note, ARM, "72141", RADIC) == "met"


def test_leg_signs_stay_a_finding_of_a_thoracic_study(review_note):
    # AIM's mid-back line: "thoracic or lumbar nerve root or cord compression"
    note = ("Office visit 11/20/2026. 60 yo M with mid back pain for three weeks and both legs "
            "feeling heavy. Exam: bilateral hip flexors 4/5, decreased sensation in both legs "
            "below the knees. Plan: MRI thoracic spine, possible surgical referral.")
    assert _line(review_note, note, "72146", MIDBACK) == "met"


@pytest.mark.parametrize("cpt, line", [("72148", RADIC), ("72141", RADIC), ("72148", LOWBACK)])
def test_a_sign_naming_no_limb_or_level_stays_open(review_note, cpt, line):
    assert _line(review_note, UNPLACED, cpt, line) == "met"
