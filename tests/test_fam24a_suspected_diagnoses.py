"""fam24a: diagnoses the note suspects rather than states (possible vs present).

- A split spinal level ("L4-5" is three tokens, "L5-S1" one) counts as one word in a cue's
  reach: "Presumed large central L4-5 or L5-S1 disc herniation", "CT to look for an L3-4 /
  L4-5 foraminal disc herniation" are possible, as with whole-token levels.
- A clinician's doubt with a subject of a few words ("I do not think his back strain
  represents a recurrent disc herniation") doubts what follows the verb (possible, doubted).
- "is not proven", "unproven" weigh a diagnosis not yet shown (possible).
- A parenthesis listing what "must be excluded" ("a compressive lesion (disc herniation,
  meningioma or metastasis) must be excluded") makes each item possible.
- A suspected enlargement of a known herniation is a new one, possible beside the known one
  (ANNOTATION "A known lesion named as the likely cause").
- "X doubted" after a diagnosis is the clinician's doubt (possible, doubted), of diagnoses
  and signs only.
- Another person's finding told in a quotation ('a coworker "had a herniated disc"') is
  family.
Every sentence is new; the look-alikes must keep their reading."""
import pytest

DH = "disc_herniation"


def possible_and_doubted(findings_of, text, code):
    """Every finding of `code` is possible and carries `doubted`."""
    table, result = findings_of(text)
    return table.get(code) == {"possible"} and all(
        f.doubted for f in result.findings if f.code == code)


@pytest.mark.parametrize("text", [
    "Impression: presumed large paracentral L4-5 or L5-S1 disc herniation.",
    "Assessment: probable right C5-6 or C6-7 foraminal disc herniation.",
    "Plan: CT lumbar spine to look for an L2-3 / L3-4 far-lateral or foraminal disc herniation.",
    "A/P: presumed central T7-8 or T8-9 disc herniation with cord compression.",
])
def test_a_split_level_counts_as_one_word_in_the_cue_reach(assertions_of, text):
    assert assertions_of(text, DH) == {"possible"}


@pytest.mark.parametrize("text", [
    # a stated herniation after a cue about something else keeps its reading
    "Likely L4-5 facet arthropathy. The L5-S1 disc herniation seen on MRI 2025 is unchanged.",
    "MRI 09/2026: no stenosis at L2-3 or L3-4. Large L4-5 disc extrusion compressing the L5 root.",
])
def test_a_stated_herniation_near_levels_stays_present(assertions_of, text):
    assert assertions_of(text, DH) == {"present"}


def test_a_denial_still_ends_at_its_reach_past_a_level(assertions_of):
    text = "No fracture at L1-2 or L2-3; known L4-5 disc herniation managed with PT."
    assert assertions_of(text, "spinal_fracture") == {"absent"}
    assert assertions_of(text, DH) == {"present"}


@pytest.mark.parametrize("text", [
    "I do not think her neck pain reflects a new cervical disc herniation.",
    "I don't think the new weakness represents a recurrent herniation at L4-5.",
    "I do not think his lifting injury represents a disc herniation.",
])
def test_a_doubt_with_a_longer_subject_is_possible_and_doubted(findings_of, text):
    assert possible_and_doubted(findings_of, text, DH)


def test_the_subject_of_the_doubt_keeps_its_reading(assertions_of):
    text = "I do not think her neck pain reflects a new cervical disc herniation."
    assert assertions_of(text, "neck_pain") == {"present"}


@pytest.mark.parametrize("text", [
    "Told him that a lumbar disc herniation is not proven, as he has never been imaged.",
    "Assessment: a C6-7 disc herniation remains unproven; symptoms improving.",
])
def test_a_diagnosis_not_proven_is_possible(assertions_of, text):
    assert assertions_of(text, DH) == {"possible"}


def test_a_proven_herniation_stays_present(assertions_of):
    assert assertions_of("The L4-5 disc herniation is proven on the 10/2026 MRI.", DH) == {"present"}


@pytest.mark.parametrize("code", [DH, "malignancy"])
def test_a_parenthesis_of_what_must_be_excluded_is_possible(assertions_of, code):
    text = ("Myelitis is the leading diagnosis, but a mass lesion (disc herniation, "
            "metastasis or abscess) needs to be ruled out tonight.")
    assert assertions_of(text, code) == {"possible"}


def test_a_parenthesis_that_is_no_list_of_what_is_excluded_keeps_its_reading(assertions_of):
    text = "Known lung cancer (on chemotherapy since May). Cord compression must be excluded."
    assert assertions_of(text, "malignancy") == {"present"}


@pytest.mark.parametrize("text", [
    "Known L5-S1 disc extrusion (MRI 08/2026). A: new saddle numbness, probably from "
    "enlargement of the known extrusion.",
    "Known L4-5 protrusion on MRI. Today new foot drop - suspect enlargement/new extrusion at L4-5.",
])
def test_a_suspected_enlargement_is_possible_beside_the_known_lesion(assertions_of, text):
    assert assertions_of(text, DH) == {"possible", "present"}


def test_an_enlargement_the_study_shows_is_present(assertions_of):
    text = "MRI 11/18/2026: interval enlargement of the known L4-5 extrusion, now severe stenosis."
    assert assertions_of(text, DH) == {"present"}


def test_another_persons_finding_in_quotation_marks_is_family(assertions_of):
    text = 'He wants an MRI because a friend "had a ruptured disc in the neck" last year.'
    assert assertions_of(text, DH) == {"family"}


def test_the_patients_own_quoted_herniation_is_not_family(assertions_of):
    text = 'She says her MRI "showed a herniated disc" at L5-S1 in 2024.'
    assert assertions_of(text, DH) != {"family"}


@pytest.mark.parametrize("text, code", [
    ("A: mechanical neck strain. Spinal metastasis or another serious cause doubted - "
     "weight stable, afebrile.", "malignancy"),
    ("Acute compression fracture doubted given no point tenderness and normal films.",
     "spinal_fracture"),
    ("Cauda equina syndrome doubted; perianal sensation and tone normal.", "cauda_equina_syndrome"),
])
def test_a_diagnosis_doubted_after_it_is_possible_and_doubted(findings_of, text, code):
    assert possible_and_doubted(findings_of, text, code)


def test_doubted_weighs_no_therapy(assertions_of):
    text = "Completed 6 weeks of physical therapy last spring; she doubted it helped much."
    assert assertions_of(text, "physical_therapy") == {"present"}


@pytest.mark.parametrize("text, code", [
    ('He would like an MRI "to make sure it is not a herniated disc."', DH),
    ("She asks for a scan to make sure it's not cancer coming back.", "malignancy"),
    ("CT ordered to be certain there is no fracture through the fused segment.", "spinal_fracture"),
])
def test_a_rule_out_asked_as_reassurance_is_possible_and_doubted(findings_of, text, code):
    assert possible_and_doubted(findings_of, text, code)


@pytest.mark.parametrize("text, code, reading", [
    # a complaint the reassurance is about is no diagnosis: it keeps its reading
    ("Low back pain x 3 weeks; she wants to make sure it is nothing serious.", "low_back_pain",
     {"present"}),
    # "sure" that affirms the known lesion weighs nothing
    ("MRI 2025 showed an L4-5 disc herniation and I am sure it is the same one.", DH, {"present"}),
])
def test_reassurance_words_elsewhere_keep_the_reading(assertions_of, text, code, reading):
    assert assertions_of(text, code) == reading
