"""Assertion readings from the session-10 blind batch (corpora/dev/ERRORS_d326-d340.md) and
the lead's probes, each as a family of phrasings a real note uses (corpora/ANNOTATION.md)."""

import pytest

READINGS = [
    # "w/o" after a study name is "without contrast" with the contrast left off; a dash set
    # off by spaces ends a "without" in any case
    ("P: MRI L-spine w/o - failed > 6 wks chiropractic + NSAID.", "chiropractic_care",
     {"present"}),
    ("P: MRI L-spine w/o - failed > 6 wks chiropractic + NSAID.", "conservative_care_failed",
     {"present"}),
    ("Plan: CT L-spine w/o, failed 8 wks of PT and naproxen.", "nsaid", {"present"}),
    ("Returns without her cane - antalgic gait, limping on the left.", "gait_abnormality",
     {"present"}),
    # a precaution that does not open its line: the red flags it lists are conditions
    ("Plan:\n- Go to urgent care or ED for leg weakness, numbness, fever, or bowel/bladder "
     "changes.", "fever", {"hypothetical"}),
    ("Plan:\n- Go to urgent care or ED for leg weakness, numbness, fever, or bowel/bladder "
     "changes.", "motor_weakness", {"hypothetical"}),
    ("Discussed red flags. Head to the nearest ER for fever or numbness in the groin.",
     "fever", {"hypothetical"}),
    ("Admit. Neuro checks q2h; page neurosurgery for new weakness or numbness.",
     "paresthesia", {"hypothetical"}),
    ("Nursing: notify MD for fever > 38.5 or new leg weakness.", "motor_weakness",
     {"hypothetical"}),
    # a relative who reports the patient's symptom is an informant, not a family history
    ("His daughter says he has been dropping things.", "myelopathy_signs", {"present"}),
    ("Her son reports she has had urinary incontinence twice this week.",
     "bladder_dysfunction", {"present"}),
    # the course of a therapy coming to its end is no denial of the therapy
    ("No further progress expected with skilled PT at this time.", "physical_therapy",
     {"present"}),
    ("PT d/c: no further gains expected with skilled physical therapy.", "physical_therapy",
     {"present"}),
    # "given" ending its clause: given, though written in the Plan
    ("Plan:\n- Hydromorphone IV for pain, given.\n- Admit to medicine", "analgesic",
     {"present"}),
    ("Plan: Toradol 30 mg IM for pain, given.", "nsaid", {"present"}),
    # "since" a dated event: the state began then and goes on
    ("Walking: uses a cane outdoors since her knee replacement in 2023.", "gait_abnormality",
     {"present"}),
    ("Ambulates with a walker since her stroke in 2021.", "gait_abnormality", {"present"}),
    # a negation's scope ends at the colon that opens what follows
    ("Assessment: positive stork test and negative radiographs: suspected L5 "
     "spondylolysis.", "spondylolysis", {"possible"}),
    # only the level is in doubt, not the radiculopathy
    ("Assessment: L5 vs S1 radiculopathy.", "radiculopathy", {"present"}),
    ("Impression: left L4 vs L5 radiculopathy.", "radiculopathy", {"present"}),
    # a referral the treatment's own words name is planned, though "continue" opens the list
    ("Plan: continue acetaminophen, PT referral.", "physical_therapy", {"hypothetical"}),
    ("Plan: continue naproxen and stretches, chiropractic referral.", "chiropractic_care",
     {"hypothetical"}),
    # a pre-op history copied into a post-op note tells the state before the operation
    ("Procedure: L4-5 laminectomy on 10/13/2026.\n\nPre-op history (copied from H&P "
     "09/22/2026): buttock and thigh pain with walking, relieved with sitting or leaning on "
     "a cart. Failed PT x 8 wks.\n\nInterval history: walks the whole store now.",
     "neurogenic_claudication", {"historical"}),
    ("Preoperative history (carried forward): numbness in the left foot, gabapentin.\n\n"
     "Exam: strength 5/5.", "paresthesia", {"historical"}),
    ("Preoperative history (carried forward): numbness in the left foot, gabapentin.\n\n"
     "Exam: strength 5/5.", "neuropathic_agent", {"present"}),
]

# counselling in general terms names no finding of the patient's; a head injury denied
# says nothing of the fall
NO_FINDING = [
    ("Plan:\n- Discussed that imaging is usually not needed for muscular back pain in the "
     "first 6 weeks.", "low_back_pain"),
    ("Explained that most sciatica improves within 6 weeks without surgery.",
     "radicular_pain"),
    ("Found on the floor at 05:10; unwitnessed, no head injury noted, no LOC per staff.",
     "trauma"),
    ("Unwitnessed; no head trauma per staff.", "trauma"),
]


# a code made of several symptoms: one stated, another denied, both stand; a denial that
# names its exception is still the partial normal of the one there
READINGS += [
    ("Some urinary urgency, no incontinence. No fever.", "bladder_dysfunction",
     {"present", "absent"}),
    ("Has chronic urinary urgency, on oxybutynin for years, no incontinence episodes per "
     "daughter.", "bladder_dysfunction", {"present", "absent"}),
    ("ROS: no bowel or bladder incontinence except longstanding stress incontinence with "
     "coughing.", "bladder_dysfunction", {"present"}),
]

# a treatment judged against is not done; "further PT is not indicated" after a course
# completed denies nothing
READINGS += [
    ("A repeat ESI is not reasonable.", "epidural_steroid_injection", {"absent"}),
    ("Plan:\n- A third TFESI is not indicated (relief < 50% after #2).",
     "epidural_steroid_injection", {"absent"}),
    ("The claimant has completed an adequate course of PT; further PT is not indicated.",
     "physical_therapy", {"present"}),
]


@pytest.mark.parametrize("text, code, expected", READINGS)
def test_reading(findings_of, text, code, expected):
    table, _ = findings_of(text)
    assert table.get(code) == expected


@pytest.mark.parametrize("text, code", NO_FINDING)
def test_no_finding_of_the_patient(findings_of, text, code):
    table, _ = findings_of(text)
    assert "absent" not in table.get(code, set())
    if code != "trauma":
        assert code not in table
