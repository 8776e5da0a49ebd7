"""Readings of session 46's left46 (session 45's ready fixes; corpora/dev/LEFT46.md).

1. A therapist's signature with a parenthesis after it ("- J. Doe, PT  (11/20/2026, 40 min;
   CPT 97110)", "R. Roe, PT, DPT (co-signed)") and a staff field naming a therapist inside a
   line ("Therapist: S. Doe, PT, DPT   Referral: ...", "Supervising: R. Roe, PT, DPT"): the
   credential is no physical therapy.
2. "Tc-99m MDP" / "MDP bone scan" is a bone scan's tracer, no Medrol dose pack; "Took an MDP in
   October" stays one.
3. A suspicion in a study's indication ("CLINICAL HX: ... R/o fracture.") that the same
   report's findings deny ("no fracture") is answered: possible and doubted, so it raises no
   red flag. A suspicion the report leaves open, or another code's, keeps its reading.
4. A therapy's visit booked for a date ("PT eval scheduled 12/10 - first visit"), the first
   opening offered ("First available PT evaluation: 01/12/2027"), a voucher's paperwork ("PT
   voucher paperwork") is a therapy not begun; a field answered "PT: not yet." denies it.
5. The operation a pre-operative visit is for ("pre-op evaluation before L5-S1 TLIF on 12/17")
   is still to come: no prior spine surgery. "before her fusion in 2024" stays one had.
"""

import pytest

from note_text import HEADER


@pytest.mark.parametrize("text, want", [
    (HEADER + "HPI: neck pain.\nPlan: Return in 4 weeks.\n"
     "- J. Doe, PT  (11/20/2026, 40 min; CPT 97110)\n", set()),
    (HEADER + "HPI: neck pain.\nPlan: Discharged.\nR. Roe, PT, DPT (co-signed)\n", set()),
    (HEADER + "Date: 11/20/2026   Therapist: S. Doe, PT, DPT   Referral: Dr. Kay\n"
     "HPI: neck pain.\n", set()),
    (HEADER + "Student: A. Bee, SPT    Supervising: R. Roe, PT, DPT\nHPI: neck pain.\n", set()),
    # the therapy itself keeps its reading
    (HEADER + "HPI: neck pain.\nPlan: PT 2x/wk (6 weeks).\n", {"hypothetical"}),
])
def test_a_therapists_credential_is_no_therapy(assertions_of, text, want):
    assert assertions_of(text, "physical_therapy") == want


@pytest.mark.parametrize("body, want", [
    ("Bone scan 11/02: 22 mCi Tc-99m MDP IV, no abnormal uptake.", set()),
    ("MDP bone scan 11/02 was negative.", set()),
    ("Took an MDP in October with some relief.", {"present"}),
])
def test_a_bone_scans_tracer_is_no_medrol(assertions_of, body, want):
    assert assertions_of(HEADER + f"HPI: back pain. {body}\n", "oral_steroid") == want


REPORT = ("XR LUMBAR SPINE 3 VIEWS   11/20/2026\n"
          "CLINICAL HX: L leg pain after a fall down the stairs 3 days ago, new L EHL 4/5 "
          "weakness. {ask}\n"
          "FINDINGS: Vertebral body heights maintained; {findings}. Alignment normal.\n"
          "IMPRESSION: {impression}\n")


def _possible(findings_of, text, code):
    _, result = findings_of(text)
    return next((f for f in result.findings if f.code == code and f.assertion == "possible"),
                None)


@pytest.mark.parametrize("ask, findings, impression, code, doubted", [
    ("R/o fracture.", "no fracture", "No acute osseous abnormality.", "spinal_fracture", True),
    ("Eval for discitis/fracture.", "no compression fracture",
     "1. Endplate erosion at L3-4, suspicious for discitis. 2. No fracture.",
     "spinal_infection", None),
    # the report leaves the question open
    ("R/o fracture.", "mild degenerative change",
     "Degenerative change. Fracture cannot be excluded; CT if concern persists.",
     "spinal_fracture", None),
])
def test_an_indication_the_report_answers_is_doubted(findings_of, ask, findings, impression,
                                                     code, doubted):
    text = REPORT.format(ask=ask, findings=findings, impression=impression)
    finding = _possible(findings_of, text, code)
    assert finding is not None and finding.doubted is doubted


@pytest.mark.parametrize("findings, impression, urgent", [
    ("no fracture", "No acute osseous abnormality.", False),
    ("mild degenerative change", "Degenerative change. Fracture cannot be excluded.", True),
])
def test_an_answered_suspicion_of_fracture_raises_no_red_flag(review_note, findings, impression,
                                                              urgent):
    text = REPORT.format(ask="R/o fracture.", findings=findings, impression=impression)
    assert (review_note(text, age=52).priority == "urgent") is urgent


@pytest.mark.parametrize("body, code, want", [
    ("Phone note: started naproxen. PT eval scheduled 12/10 - first visit.", "physical_therapy",
     {"hypothetical"}),
    ("Chiro visit booked for next Tuesday.", "chiropractic_care", {"hypothetical"}),
    ("Seen for PT voucher paperwork.", "physical_therapy", {"hypothetical"}),
    ("First available PT evaluation: 01/12/2027.", "physical_therapy", {"hypothetical"}),
    ("Conservative care: NSAID started 11/10. PT: not yet. Chiro: none.", "physical_therapy",
     {"absent"}),
    # a therapy had keeps its reading
    ("Completed PT eval 10/02 and 8 visits.", "physical_therapy", {"present"}),
    ("PT eval done 10/02.", "physical_therapy", {"present"}),
])
def test_a_therapy_not_begun(assertions_of, body, code, want):
    assert assertions_of(HEADER + f"HPI: back pain. {body}\n", code) == want


@pytest.mark.parametrize("body, had", [
    ("Seen today for pre-op evaluation before L4-L5 TLIF on 12/17.", False),
    ("Here for pre-op clearance for her L4-L5 fusion.", False),
    ("Walking 2 miles a day before her fusion in 2024.", True),
])
def test_the_operation_a_pre_op_visit_is_for_is_to_come(assertions_of, body, had):
    # planned, or left to intervention_planned: never a prior operation
    found = assertions_of(HEADER + f"HPI: back pain. {body}\n", "prior_spine_surgery")
    assert ("present" in found) is had
