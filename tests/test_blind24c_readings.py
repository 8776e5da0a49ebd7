"""Readings mended after the blind batch d791-d802 (corpora/dev/ERRORS_d791-d802.md).

- A review-of-systems grid that marks each item "[-]" or "[+]" ("Constitutional: [-] fever
  [-] chills [-] weight loss", "Neuro: [-] numbness [-] saddle numbness"): "[-]" denies its
  item as "[N]" does (d793: the denied fever, weight loss, bowel leak, weakness and saddle
  numbness read present made a lumbar strain urgent and met).
- A denial before a diagnosis that the sentence then doubts is the doubt's reason ("with no
  focal tenderness, a normal exam and a normal WBC, epidural abscess is felt to be very
  unlikely"): the diagnosis is doubted (possible), not denied (d795: the earlier "spinal
  infection was considered" was then the last word, undoubted, and raised the infection
  red flag).
- "remote IVDU" is drug use that ended (historical), as "in remission" is.
- A relative a preposition names as the owner of a place or thing ("shoveling gravel for his
  daughter's driveway") is no family cue for the pain before it (d800).
- A deficit compared to a year's exam ("identical to my 2024 and 2025 exams") or "the same
  map as before" is called old (d800: a foot drop since 2019 met NIA's "new deficits").
- "Daughter to call if new leg weakness, numbness, or trouble passing urine": the relative's
  task and its condition are one precaution; the match pruning had taken the "if" (d792:
  false urgent).
Every sentence is written here, none copied from the corpus."""

import pytest

from note_text import hpi_note as _note


# --- "[-]" in a review-of-systems grid ---------------------------------------------------------

_GRID = ("ROS:\nGeneral: [-] fever  [-] night sweats  [-] weight loss\n"
         "GU: [+] urinary frequency (baseline)  [-] retention\n"
         "GI: [-] bowel incontinence\n"
         "Neuro: [-] numbness  [-] weakness  [-] saddle anesthesia\n")


@pytest.mark.parametrize("code", ["fever", "unexplained_weight_loss", "bowel_dysfunction",
                                  "paresthesia", "motor_weakness", "saddle_anesthesia"])
def test_a_minus_box_denies_its_item(assertions_of, code):
    assert assertions_of("Clinic 11/27/2026\nHPI: low back pain 2 weeks.\n" + _GRID, code) == {
        "absent"}


@pytest.mark.parametrize("line, code, want", [
    # written after its item, as a form's answer column
    ("Fever [-]   Chills [-]", "fever", {"absent"}),
    # a plus box keeps its item
    ("Neuro: [+] tingling in the L foot  [-] saddle anesthesia", "paresthesia", {"present"}),
    ("Neuro: [+] tingling in the L foot  [-] saddle anesthesia", "saddle_anesthesia", {"absent"}),
    # the minus box reaches its own item only, not the next one's plus
    ("Constitutional: [-] chills  [+] fever", "fever", {"present"}),
])
def test_a_minus_box_reads_only_its_item(assertions_of, line, code, want):
    assert assertions_of(f"Clinic 11/27/2026\nHPI: back pain.\nROS: {line}\n", code) == want


# --- a denial as the reason of a doubt ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Without fever or leukocytosis, discitis is unlikely.",
    "With no focal tenderness, normal labs and a clear viral source, epidural abscess is felt "
    "to be very unlikely.",
    "No saddle numbness, no retention, cauda equina syndrome unlikely.",
])
def test_a_denial_before_a_doubt_is_its_reason(findings_of, body):
    _, result = findings_of(_note(body))
    doubted = [f for f in result.findings
               if f.code in ("spinal_infection", "cauda_equina_syndrome")]
    assert doubted and all(f.assertion == "possible" and f.doubted for f in doubted)


@pytest.mark.parametrize("body, code, want", [
    # the denial stands right at the diagnosis: denied, the doubt is of another one
    ("No discitis; fracture unlikely.", "spinal_infection", {"absent"}),
    ("No discitis; fracture unlikely.", "spinal_fracture", {"possible"}),
    # a denial with no doubt after it still denies
    ("No fever, no history of epidural abscess.", "spinal_infection", {"absent"}),
    # the denied signs themselves stay denied
    ("Without fever or leukocytosis, discitis is unlikely.", "fever", {"absent"}),
])
def test_a_denial_without_a_doubt_after_it_still_denies(assertions_of, body, code, want):
    assert assertions_of(_note(body), code) == want


def test_a_weighed_infection_then_doubted_raises_no_red_flag(review_note):
    text = ("ED note 11/20/2026\nHPI: 40M, injected heroin until 2015, in recovery since. Flu "
            "with fever 39.2 and achy back.\nLabs: WBC 6.0.\nMDM: Given his remote IVDU, spinal "
            "infection was considered; with no focal tenderness, a normal neuro exam and a "
            "normal WBC, vertebral osteomyelitis/epidural abscess is felt to be very unlikely.\n")
    result = review_note(text)
    assert result.priority == "routine"
    infection = next(f for f in result.findings if f.code == "spinal_infection")
    assert infection.assertion == "possible" and infection.doubted


# --- remote drug use ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, want", [
    ("Given his remote IVDU, labs were checked.", {"historical"}),
    ("Remote history of IV drug use.", {"historical"}),
    # look-alikes: use now
    ("Active IVDU, last injected 2 days ago.", {"present"}),
    ("Hx IVDU, currently using.", {"present"}),
])
def test_remote_drug_use_is_over(assertions_of, body, want):
    assert assertions_of(_note(body), "iv_drug_use") == want


# --- a relative's place or thing ---------------------------------------------------------------

@pytest.mark.parametrize("body, code, want", [
    ("Axial low back pain after shoveling gravel for his daughter's driveway.",
     "low_back_pain", {"present"}),
    ("Axial low back pain after shoveling gravel for his daughter's driveway.", "trauma",
     {"present"}),
    ("Low back pain since a long drive to her son's graduation.", "low_back_pain",
     {"present"}),
    ("Neck pain after a night on her sister's couch.", "neck_pain", {"present"}),
    # look-alikes: the relative's own condition
    ("Colon cancer on her mother's side.", "malignancy", {"family"}),
    ("He is anxious because of his brother's lung cancer.", "malignancy", {"family"}),
    ("Breast cancer in her mother.", "malignancy", {"family"}),
])
def test_a_relatives_place_is_no_family_cue(assertions_of, body, code, want):
    assert assertions_of(_note(body), code) == want


# --- a deficit compared to an old exam ---------------------------------------------------------

_OLD_DROP = ("PM&R return 11/20/2026\nHPI: L foot drop since a 2019 microdiscectomy, never "
             "recovered. New low back strain 2 weeks after yard work.\n"
             "EXAM: L TA 2/5, EHL 1/5 - identical to my 2024 and 2025 exams. {sensory} "
             "Steppage gait L.\n")


@pytest.mark.parametrize("sensory", [
    "Decreased LT L dorsal foot (same map as before).",
    "Decreased LT L dorsal foot, unchanged from 2023.",
])
def test_a_deficit_the_same_as_before_is_no_new_deficit(review_note, criterion_result,
                                                        sensory):
    result = review_note(_OLD_DROP.format(sensory=sensory), age=62)
    assert criterion_result(result, "nia-lumbar-mri.neuro-deficit.dermatomal-sensory-loss",
                            "nia-lumbar-mri") == "not_met"


def test_a_new_deficit_beside_an_old_one_still_counts(review_note, criterion_result):
    text = ("Ortho 11/20/2026\nHPI: new L leg pain 3 weeks.\nEXAM: Decreased LT L dorsal foot, "
            "new since last month. L EHL 4/5.\n")
    result = review_note(text, age=62)
    assert criterion_result(result, "nia-lumbar-mri.neuro-deficit.dermatomal-sensory-loss",
                            "nia-lumbar-mri") == "met"


# --- a relative told when to call --------------------------------------------------------------

@pytest.mark.parametrize("plan, code", [
    ("- Daughter to call if new leg weakness, numbness, or trouble passing urine.",
     "bladder_dysfunction"),
    ("- Daughter to call if new leg weakness, numbness, or trouble passing urine.",
     "motor_weakness"),
    ("- Son will call for any new numbness in the groin.", "saddle_anesthesia"),
    ("- Wife to call if he has new leg weakness.", "motor_weakness"),
])
def test_a_relatives_call_if_is_a_precaution(assertions_of, plan, code):
    text = f"Clinic 11/27/2026\nHPI: back pain after a fall.\nA/P:\n1. L2 fracture.\n{plan}\n"
    assert assertions_of(text, code) == {"hypothetical"}


def test_a_relatives_own_plan_stays_theirs(assertions_of):
    text = "Clinic 11/27/2026\nFH: daughter to undergo surgery for a disc herniation.\n"
    assert assertions_of(text, "disc_herniation") == {"family"}
