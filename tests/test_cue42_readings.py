"""ConText cues that lost their own phrase to an overlapping cue (session 42, cue42; the
crossing pairs tidy42's tests/test_context_cue_overlaps.py marked as looking like bugs). Each
fix in other words, and near-misses that keep their old reading.

1. "Progressive walking limitation", "progressive walking difficulty" are a worsening: the
   therapy cue "progressive loading / ... walking" held every "progressive walking" and made
   it no finding. A walking or gait word now needs a program's word after it ("progressive
   walking program", "progressive ambulation as tolerated", "progressive gait training") to
   be a therapy's graded dose.
2. "Surgery depending on the MRI", "decision depends on the CT findings": the study a
   decision waits on is still to come (mend34b's "depends on MRI result"), but with a
   determiner the TERMINATE cue "on the MRI" (three words) took "on" and dropped the two-word
   cue: the study read as had. The cue now holds the determiner and the study word.
3. "IVDU hx: no.": a history field answered no (mend39d's "Cancer hx: no.") where the target
   holds the "hx" ("IVDU hx") lost its denial to the target overlap; the cue now survives
   the overlap and holds the target.
4. "expect return to regular duty", "anticipate return to full duty": the ONGOING cue of a
   return foreseen (blind29a) lost its own phrase to the PSEUDO "return to work/duty" (four
   words); a second reading of it runs over the duty it names and wins. A return done or
   allowed ("Returned to full duty", "May return to work without restrictions") keeps the
   PSEUDO.
"""

import pytest

from note_text import section_note as _note


# ---- 1. "progressive walking" ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Progressive walking limitation over the last 3 months.",
    "Progressive walking difficulty since the spring.",
    "Reports progressive walking intolerance, now 1 block.",
    "Progressive ambulation difficulty, now uses a cane.",
])
def test_progressive_walking_trouble_is_a_worsening(assertions_of, body):
    assert assertions_of(_note(body), "symptom_progression") == {"present"}


@pytest.mark.parametrize("body", [
    "PT: progressive walking program, 10 min daily.",
    "PT: progressive ambulation as tolerated.",
    "PT: progressive gait training with core work.",
    "PT: progressive loading and resistance exercise.",
])
def test_a_graded_walking_program_is_no_worsening(assertions_of, body):
    assert assertions_of(_note(body, "Plan"), "symptom_progression") == set()


# ---- 2. a decision depending on a study ------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Decompression depending on the MRI.", "prior_mri"),
    ("Decision on injection depends on the MRI findings.", "prior_mri"),
    ("Fusion vs decompression depending on the CT.", "prior_ct"),
    ("Surgery depending on MRI.", "prior_mri"),
])
def test_a_study_a_decision_depends_on_is_no_study_had(assertions_of, body, code):
    assert "present" not in assertions_of(_note(body), code)


@pytest.mark.parametrize("body, code", [
    ("MRI 10/02 showed L4-5 stenosis; surgery depending on his pain.", "prior_mri"),
    ("Depending on his pain, may repeat ESI. MRI 10/02 showed L4-5 protrusion.", "prior_mri"),
    ("Stenosis seen on the MRI of 10/02.", "prior_mri"),
])
def test_a_study_had_beside_a_decision_stays_present(assertions_of, body, code):
    assert assertions_of(_note(body), code) == {"present"}


# ---- 3. a history field answered no after a target holding "hx" -----------------------------

@pytest.mark.parametrize("body", [
    "IVDU hx: no.",
    "IVDU hx: none. Cancer: breast.",
    "IVDU hx: denies.",
])
def test_a_history_field_answered_no_denies_its_item(assertions_of, body):
    assert assertions_of(_note(body, "PMH"), "iv_drug_use") == {"absent"}


@pytest.mark.parametrize("body", [
    "IVDU hx: yes.",
    "IVDU hx - remote, none since 2010.",
])
def test_a_history_field_answered_otherwise_keeps_its_item(assertions_of, body):
    assert "absent" not in assertions_of(_note(body, "PMH"), "iv_drug_use")


# ---- 4. a foreseen return to duty keeps its ONGOING cue ---------------------------------------

def _kept(nlp, phrase):
    from context_fixtures import matcher_of
    matcher = matcher_of(nlp)
    doc = nlp.get_pipe("spinecite_sentences")(nlp.make_doc(phrase))
    return {(matcher.rule_map[nlp.vocab.strings[m]].category, doc[s:e].text.lower())
            for m, s, e in matcher(doc)}


@pytest.mark.parametrize("phrase, words", [
    ("Expect return to regular duty in 2 wks.", "expect return to regular duty"),
    ("Anticipate return to full duty next month.", "anticipate return to full duty"),
    ("Hoping to return to work in May.", "hoping to return to work"),
])
def test_a_foreseen_return_to_duty_keeps_its_ongoing_cue(nlp, phrase, words):
    assert ("ONGOING", words) in _kept(nlp, phrase)


@pytest.mark.parametrize("phrase", [
    "Returned to full duty 11/02.",
    "May return to work without restrictions.",
])
def test_a_return_not_foreseen_keeps_the_pseudo(nlp, phrase):
    assert not any(category == "ONGOING" for category, _ in _kept(nlp, phrase))


def test_a_foreseen_return_still_names_the_limit(assertions_of):
    assert assertions_of(_note("Lifting better; anticipate return to full duty in 2-3 wks.",
                               "Plan"), "functional_impairment") == {"present"}
