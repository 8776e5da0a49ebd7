"""mend48d (blind batch e841-e880): red-flag readings fixed by class of wording.

1. An infection named after a bare "prior" (also inside "given prior ...", the reason a plan
   gives) was had and is over: spinal_infection historical, not a current infection that makes
   the case urgent (blind e859).
2. "No other compression deformity" beside the one found denies a second one, not that one, as
   "No other fracture" (blind e880).
3. A degree word between the rectal tone and its change ("Rectal tone mildly reduced") is
   decreased_rectal_tone (blind e852).
4. What stands after "despite" is there, whatever denial came before it: "no neuropathy despite
   the DM" denies the neuropathy, not the diabetes (blind e861).
5. The primary a suspected metastasis is "from" is the patient's known cancer: "Suspected T9
   metastasis from breast cancer" is that cancer, present (blind e880; dev e167).
6. A named exercise advanced in a home program ("prone press-up progression") is no
   symptom_progression (blind e849, whose nia-lumbar-mri false met stood on it).
7. A problem list's dash before its status ("1. HIV - well controlled") is no minus sign: HIV
   present, not a negative test (blind e853, dev e578).
8. "urine problems" is the bladder in lay words (blind e879).
9. A live vaccine avoided on a biologic or steroid denies the vaccine, not the drug (blind e856).
10. "Return visit" as a note's title is no precaution (blind e858).
11. A bare "thoracic disc" weighed as the pain's source is a herniation suspected or denied
    (blind e865, e878); "thoracic disc space narrowing" is none.
12. "hernia de disco" is a herniated disc (blind e873, dev d687).
13. "X (Y) also in differential", the article left out, is possible (blind e875).
"""

import pytest

from note_text import section_note as _note


@pytest.mark.parametrize("body, section", [
    ("Doubt recurrence; given prior osteomyelitis at L3, I would add contrast.", "Assessment"),
    ("- CT L-spine with contrast (prior discitis at L2-3 per ID note).", "Plan"),
])
def test_an_infection_named_after_prior_is_over(assertions_of, body, section):
    assert assertions_of(_note(body, section), "spinal_infection") == {"historical"}


def test_a_prior_infection_ends_no_other_reading(assertions_of):
    body = "Concern for new discitis at L4-5 with fever and rising CRP."
    assert assertions_of(_note(body, "Assessment"), "spinal_infection") == {"possible"}


def test_no_other_compression_deformity_leaves_the_one_found(assertions_of):
    body = "L1 compression fracture, ~25% height loss. No other compression deformity."
    assert assertions_of(_note(body, "Findings"), "spinal_fracture") == {"present"}


@pytest.mark.parametrize("body", [
    "Rectal tone mildly reduced, perianal sensation intact.",
    "DRE: sphincter tone slightly decreased.",
])
def test_a_degree_word_inside_a_reduced_tone(assertions_of, body):
    assert assertions_of(_note(body, "Exam"), "decreased_rectal_tone") == {"present"}


def test_a_denial_stops_at_despite(assertions_of):
    body = "Vibration and monofilament intact, no neuropathy despite the diabetes."
    assert assertions_of(_note(body, "Exam"), "diabetes") == {"present"}
    assert assertions_of(_note(body, "Exam"), "peripheral_neuropathy") == {"absent"}


def test_the_primary_of_a_suspected_metastasis_is_known(assertions_of):
    body = "Suspected L3 metastasis from lung cancer (resected 2022) with L3 height loss."
    assert assertions_of(_note(body, "Assessment"), "malignancy") == {"present"}


def test_a_suspected_metastasis_alone_stays_possible(assertions_of):
    body = "Concern for metastatic disease from an occult primary; CT chest ordered."
    assert assertions_of(_note(body, "Assessment"), "malignancy") == {"possible"}


def test_an_exercise_progression_is_no_symptom_progression(assertions_of):
    body = "HEP updated (bridges, prone press-up progression, walking program)."
    assert assertions_of(_note(body, "Plan"), "symptom_progression") == set()


@pytest.mark.parametrize("body", [
    "1. HIV - well controlled on ART, labs today.",
    "2. HIV - stable, continue current regimen.",
])
def test_a_problem_list_dash_is_no_minus(assertions_of, body):
    assert assertions_of(_note(body, "Assessment/Plan"), "immunosuppression") == {"present"}


@pytest.mark.parametrize("body", ["Labs: HCV Ab -, HIV - (05/2026).", "Screening: HIV - neg."])
def test_a_minus_after_hiv_still_denies(assertions_of, body):
    assert assertions_of(_note(body, "Labs"), "immunosuppression") == {"absent"}


def test_urine_problems_in_a_precaution(assertions_of):
    """8. "urine problems" is the bladder in lay words, as "bladder problems" (blind e879)."""
    body = "Return if new leg weakness, numbness between the legs or urine problems."
    assert assertions_of(_note(body, "Plan"), "bladder_dysfunction") == {"hypothetical"}


@pytest.mark.parametrize("body", [
    "Counseled: sun protection; live vaccines avoided on biologic.",
    "Psoriasis controlled. No live vaccines on secukinumab.",
])
def test_a_live_vaccine_avoided_is_no_denial_of_the_drug(assertions_of, body):
    """9. The live vaccine is what is avoided, not the biologic or steroid (blind e856, dev e556)."""
    assert assertions_of(_note(body, "Assessment"), "immunosuppression") == {"present"}


def test_a_return_visit_title_is_no_precaution(assertions_of):
    """10. "Return visit - psoriasis on biologic" names the visit, not a precaution (blind e858)."""
    text = "Lakeview Dermatology\nReturn visit - psoriasis on biologic   11/20/2026\nExam: plaques quiet.\n"
    assert assertions_of(text, "immunosuppression") == {"present"}


@pytest.mark.parametrize("body, expected", [
    ("Interscapular pain, postural vs spondylosis. Possible thoracic disc given radiation.", {"possible"}),
    ("Chest wall pain; ? thoracic disc vs occult fracture given severity.", {"possible"}),
    ("Shingles. Thoracic disc or fracture not suspected: films negative.", {"absent"}),
    ("XR: mild thoracic disc space narrowing T6-8.", set()),
])
def test_a_bare_thoracic_disc_weighed_as_the_source(assertions_of, body, expected):
    """11. A bare "thoracic disc" weighed as the pain's source is a herniation suspected or
    denied; the disc's space or degeneration is none (blind e865, e878)."""
    assert assertions_of(_note(body, "Assessment"), "disc_herniation") == expected


def test_a_spanish_disc_herniation(assertions_of):
    """12. "hernia de disco" is a herniated disc (blind e873, dev d687)."""
    body = "FH: his brother had surgery for a hernia de disco in 2019."
    assert assertions_of(_note(body, "HPI"), "disc_herniation") == {"family"}


def test_also_in_differential_without_article(assertions_of):
    """13. The article left out, a parenthesis naming the kind before the cue (blind e875)."""
    body = "TB spondylitis vs pyogenic discitis; malignancy (lymphoma) also in differential."
    assert assertions_of(_note(body, "Assessment"), "malignancy") == {"possible"}


def test_an_unknown_primary_ends_no_differential(assertions_of):
    """5 (cont.). A metastasis "from an occult primary" names no known cancer: a differential's
    list goes on past it (dev d112)."""
    body = ("Differential includes myeloma, metastatic disease from an occult primary, and less "
            "likely infection.")
    assert assertions_of(_note(body, "Assessment"), "spinal_infection") == {"possible"}
