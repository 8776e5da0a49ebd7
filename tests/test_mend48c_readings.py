"""Readings of treatments, imaging and devices (session 48, mend48c; the blind batch e841-e880).
Each fix on invented sentences, with near-misses that keep their old reading.

1. A "vs" ends at a closing parenthesis, also where the tokenizer keeps it and a colon as one word
   ("Med rec (list vs bottles): gabapentin ..."): the "vs" weighs the two lists, not the drugs
   after the colon.
2. "Dorflex" (orphenadrine with dipyrone) is a muscle relaxant.
3. "epidural/paraspinal abscess" (one token with the slash) is an abscess, no epidural injection.
4. "No device contraindication to MRI" (a device clinic's clearance) denies the contraindication;
   the "no device" of a walking aid stays a PSEUDO cue.
5. "MRI SureScan" (a pacemaker's brand or its scan mode) is no MRI had.
6. A quoted "nothing" after a treatment tried is its outcome, not a denial of the treatment; a
   quoted "nothing" answering a symptom's question still denies it.
7. A question mark glued to a list's item ("?helping") does not doubt the next item.
8. An injection's bleeding-risk class in a protocol ("TFESI is an intermediate-risk procedure")
   is no injection had; "OK to proceed with ESI" plans it (hypothetical).
"""

import pytest

from note_text import HEADER, hpi_note, plan_note, section_note


@pytest.mark.parametrize("text, code, want", [
    (hpi_note("Meds reconciled (pharmacy list vs bottles): pregabalin 75 BID, meloxicam 15 daily."),
     "neuropathic_agent", {"present"}),
    (hpi_note("Meds reconciled (pharmacy list vs bottles): pregabalin 75 BID, meloxicam 15 daily."),
     "nsaid", {"present"}),
    # a "vs" outside parentheses still weighs
    (hpi_note("Leg pain: L5 radiculopathy vs peroneal neuropathy."), "radiculopathy", {"possible"}),
])
def test_vs_ends_with_its_parenthesis_before_a_colon(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (hpi_note("Took Dorflex from a pharmacy abroad, helps him sleep."), {"present"}),
    (hpi_note("Tried orphenadrine for a week."), {"present"}),
])
def test_dorflex_is_a_muscle_relaxant(assertions_of, text, want):
    assert assertions_of(text, "muscle_relaxant") == want


@pytest.mark.parametrize("text, code, want", [
    (plan_note("Fever and rising CRP; r/o epidural/paraspinal abscess, MRI w/wo today."),
     "epidural_steroid_injection", set()),
    (plan_note("Fever and rising CRP; r/o epidural/paraspinal abscess, MRI w/wo today."),
     "spinal_infection", {"possible"}),
    (plan_note("Consider L5-S1 epidural steroid injection after MRI."),
     "epidural_steroid_injection", {"hypothetical"}),
])
def test_an_epidural_slash_paraspinal_abscess_is_no_injection(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Chart review for MRI clearance: no device contraindication to MRI.\n", {"absent"}),
    (HEADER + "DEVICE CLINIC\nLegacy pacemaker with abandoned lead: contraindication to MRI.\n",
     {"present"}),
])
def test_no_device_contraindication_denies_it(assertions_of, text, want):
    assert assertions_of(text, "mri_contraindication") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Device: Medtronic Azure MRI SureScan pacemaker, implanted 2019.\n", set()),
    (HEADER + "Plan: device clinic to place the pacer in MRI SureScan mode on scan day.\n", set()),
    (hpi_note("MRI 2023 showed L4-5 stenosis."), {"present"}),
])
def test_mri_surescan_is_no_mri_had(assertions_of, text, want):
    assert assertions_of(text, "prior_mri") == want


@pytest.mark.parametrize("text, code, want", [
    (hpi_note('Took naproxen 500 BID x 4 days - "nothing". No fever.'), "nsaid", {"present"}),
    (hpi_note('Any numbness in the groin - "nothing". Bladder ok.'), "saddle_anesthesia", {"absent"}),
])
def test_a_quoted_nothing_after_a_treatment_is_its_outcome(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, code, want", [
    (hpi_note("Tried: knee sleeve x 2 wks, ?useful, naproxen prn."), "nsaid", {"present"}),
    # the doubt keeps the item it is glued to
    (section_note("?L5 radiculopathy vs hip OA.", "Assessment"), "radiculopathy", {"possible"}),
])
def test_a_glued_question_mark_doubts_its_own_item(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "ANTICOAGULATION CLINIC\nPer protocol, an ILESI is a high-risk procedure; "
     "hold apixaban 3 days.\n", set()),
    (HEADER + "ANTICOAGULATION CLINIC\nLumbar ESI = intermediate bleeding-risk spine procedure.\n",
     set()),
    (HEADER + "NEUROLOGY CONSULT\nFrom our side it is fine to proceed with TFESI once the MRI is read.\n",
     {"hypothetical"}),
    (hpi_note("Got an L5 TFESI last month, 50% relief for 3 weeks."), {"present"}),
])
def test_an_injections_risk_class_or_its_go_ahead_is_no_injection_had(assertions_of, text, want):
    assert assertions_of(text, "epidural_steroid_injection") == want


@pytest.mark.parametrize("text, code, want", [
    (HEADER + "Radiology safety review: MRI declined (bullet fragment near the cord); CT advised.\n",
     "prior_mri", set()),
    (HEADER + 'Portal message: the insurer says the MRI is "under review" - do I still go?\n',
     "prior_mri", set()),
    (HEADER + "Phone note: MRI NOT approved by the plan; will appeal.\n", "prior_mri", set()),
    (HEADER + "Phone note: sent the CT clinicals to the payer today.\n", "prior_ct", set()),
    (hpi_note("MRI 2022 showed an L5-S1 protrusion."), "prior_mri", {"present"}),
])
def test_a_study_refused_or_awaiting_approval_is_none_had(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "PT DISCHARGE SUMMARY\nInterpreter: Somali via video interpreter each session.\n"
     "Visits: 10.\n", set()),
    (HEADER + "Visit conducted via video; exam limited.\n", {"absent"}),
])
def test_a_video_interpreter_is_no_video_visit(assertions_of, text, want):
    assert assertions_of(text, "in_person_exam") == want


@pytest.mark.parametrize("text, code, want", [
    (hpi_note("Ibuprofen prn - told to avoid while on pregabalin titration if dizzy."),
     "neuropathic_agent", {"present"}),
    (plan_note("Avoid pregabalin (fall risk).", hpi="back pain x 8 wks."), "neuropathic_agent",
     {"absent"}),
])
def test_avoid_ends_at_while(assertions_of, text, code, want):
    assert assertions_of(text, code) == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "ROS: no fever.\nMed rec: d/c list reconciled - lisinopril, acetaminophen prn.\n", {"present"}),
    (HEADER + "Spine consult recs:\nRec: acetaminophen 1 g TID, PT.\n", {"hypothetical"}),
])
def test_med_rec_is_no_recommendation(assertions_of, text, want):
    assert assertions_of(text, "analgesic") == want


@pytest.mark.parametrize("text, want", [
    (HEADER + "Phone note: explained the insurer may want chiropractic tried first; pt unsure.\n", {"hypothetical"}),
    (HEADER + "Phone note: insurer wants chiropractic tried first.\n", {"hypothetical"}),
])
def test_a_payer_that_may_want_a_therapy_asks_for_it(assertions_of, text, want):
    assert assertions_of(text, "chiropractic_care") == want
