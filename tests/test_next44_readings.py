"""Readings and rule readings of session 44's next round (next44); invented sentences only.

1. A sensory change the note puts on shingles in a parenthesis right after it ("decreased
   light touch in the R T6 band (PHN area)") is a peripheral nerve's (rules/course.yaml
   `limb_causes`, and a cause named in a parenthesis right after a sign, without a doubt in
   it, is a link as much as "due to"): no new dermatomal loss of the spine (dev e589, Cohere).
2. An earlier exam that denies the limbs' deficit only ("Neuro intact LE") is no earlier
   state of a trunk band (a T8 sensory loss): no progression between examinations
   (`since_denied`; dev e589, eviCore).
3. "Plantar flexor bilat": the plantar response, singular, with its sides; the muscle is
   plural in a strength list ("plantar flexors bilaterally 5/5").
4. An exam sign the same line says is normal now ("Achilles L 1+ in the 2019 notes; now
   normal", "absent at the last visit, now 2+") is the state before: historical.
5. A grade that changed into a strength grade ("quad 4+ -> 4-/5") is the muscle's grade
   before, not a 4+ reflex.
"""

import datetime as dt

import pytest

from note_text import clinic_note as _note

UMN = "upper_motor_neuron_signs"
REFLEX = "reflex_abnormality"
MW = "motor_weakness"


@pytest.mark.parametrize("text, explained", [
    ("Decreased light touch in the R T6 band (PHN area).", True),
    ("Numbness L T10 dermatome (post-herpetic neuralgia).", True),
    ("Decreased pinprick R lateral foot (old stroke).", True),
    # must not: a parenthesis that weighs a cause, or names none
    ("Decreased pinprick R lateral foot (neuropathy vs L5).", False),
    ("Decreased pinprick R lateral foot (L5 distribution).", False),
    ("Decreased light touch in the R T6 band (? zoster).", False),
])
def test_a_cause_in_a_parenthesis_after_a_sign_puts_it_on_that_cause(text, explained):
    from spinecite.rules.course import cues, said_limb_cause

    c = cues()
    # the sign's span as the target takes it: through its level or limb
    span = next(w for w in ("Decreased light touch in the R T6", "Numbness L T10",
                            "Decreased pinprick R lateral foot") if w in text)
    start = text.index(span)
    assert said_limb_cause(text, start, start + len(span), False, c) is explained


def _finding(code, assertion, level, text, phrase, document):
    from spinecite.extractors.models import Evidence, Finding

    start = text.index(phrase)
    return Finding(code=code, assertion=assertion, level=level,
                   evidence=[Evidence(document=document, start=start,
                                      end=start + len(phrase), text=phrase)])


@pytest.mark.parametrize("earlier, phrase, level, limb_only", [
    ("O: Neuro intact LE.", "Neuro intact", "T8", True),
    ("Sensation intact to light touch bilateral legs.", "Sensation intact", "T10", True),
    # must not: a denial of no limb, and a leg's level
    ("Neuro: sensation intact throughout.", "sensation intact", "T8", False),
    ("O: Neuro intact LE.", "Neuro intact", "L5", False),
])
def test_a_denial_of_the_limbs_is_no_earlier_state_of_a_trunk_band(earlier, phrase, level,
                                                                    limb_only):
    from spinecite.rules.evaluator import _denies_a_limb_only

    denial = _finding("dermatomal_sensory_loss", "absent", None, earlier, phrase, "prior")
    band = _finding("dermatomal_sensory_loss", "present", level, "Decreased LT band.",
                    "Decreased LT", "today")
    assert _denies_a_limb_only(denial, band, {"prior": earlier}) is limb_only


@pytest.mark.parametrize("body, expected", [
    ("Reflexes: patellar trace bilat. Plantar flexor bilat.", {"absent"}),
    ("Plantar: flexor bilaterally.", {"absent"}),
    # must not: the muscle in a strength list, and an upgoing toe
    ("Strength 5/5 in plantar flexors bilaterally.", set()),
    ("Plantar extensor on the R, flexor on the L.", {"present"}),
])
def test_plantar_flexor_with_its_sides_is_the_response(assertions_of, body, expected):
    assert assertions_of(_note(body), UMN) == expected


@pytest.mark.parametrize("body, code, expected", [
    ("Achilles 2+ symmetric (Achilles L 1+ in the 2019 notes; now normal).", REFLEX,
     {"historical"}),
    ("Achilles reflex absent L at the last visit, now 2+.", REFLEX, {"historical"}),
    ("EHL 4/5 L; now full strength.", MW, {"historical"}),
    # must not: a worse grade now, a sign with something else now, no mark before "now"
    ("Achilles reflex trace L, now absent.", REFLEX, {"present"}),
    ("EHL 4/5 L, now worse.", MW, {"present"}),
    ("Achilles absent L; now with a new foot drop.", REFLEX, {"present"}),
])
def test_a_sign_the_line_says_is_normal_now_is_the_state_before(assertions_of, body, code,
                                                                 expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body, expected", [
    ("A: R L4 radiculopathy, progressive deficit (quad 4+ -> 4-/5).", set()),
    ("Quad 4+ \u2192 4-/5 since the last visit.", set()),
    # must not: a brisk reflex with clonus, and a reflex that rose to 4+
    ("Patellar 4+ with clonus.", {"present"}),
])
def test_a_grade_that_changed_into_a_strength_grade_is_no_reflex(assertions_of, body,
                                                                  expected):
    assert assertions_of(_note(body), UMN) == expected


@pytest.mark.parametrize("text, unlinked", [
    ("Background: on 05/02/2026 she slipped on ice and fell. No back pain after that fall. "
     "Her back pain began in October.", True),
    ("On 04/11/2026 he fell off a ladder. Chronic LBP, not changed by the April fall.", True),
    ("MVC 03/2026, rear-ended. Her neck pain predates the accident.", True),
    # must not: an injury of this month, one the note does not unlink, a study that
    # predates the fall
    ("On 11/20/2026 she slipped and fell. No back pain after that fall until today.", False),
    ("On 05/02/2026 she slipped on ice and fell; back pain since then.", False),
    ("Fell 05/2026. The September study predates the fall and the deficit.", False),
])
def test_an_injury_its_note_unlinks_from_the_complaint_is_before_this_episode(text, unlinked):
    from spinecite.rules.course import cues, unlinked_injury

    span = next(w for w in ("fell", "MVC", "Fell") if w in text)
    start = text.index(span)
    assert unlinked_injury(text, start, start + len(span), dt.date(2026, 11, 27),
                           cues()) is unlinked
