"""Treatment and course readings the lexicon missed.

activity_modification: a collar worn, a splint worn, heat or ice used at a time of day or
listed with other advice, an activity the patient has stopped. Look-alikes: a collarbone, a
blue-collar job, heat intolerance, a fever 'running', and a sport merely named.

conservative_care_failed: a course named before its therapies ('failed 8 weeks of PT with
naproxen', 'refractory to a full course of PT, NSAID and a Medrol dose pack'), a line wrapped
inside the sentence, a spelled-out duration, the care as a whole ('two months of care have not
helped'). Look-alikes: a course that helped and a failure only foreseen.

home_exercise_program: exercises on a handout or sheet, an exercise program of the patient's
own, stretches done daily. Look-alikes: a supervised walking program for claudication, the
named techniques of a PT session, a sheet that is not of exercises.

symptom_progression: a deficit's progression foreseen ('surgery if her weakness progresses'),
no change said against a time ('about the same as in June', 'stable for 3 months', 'nothing
has changed since spring'), a deficit weaker now, a course that failed while it got worse.
Look-alikes: a stable fracture, the same as the other side.

oral_steroid: a maintenance prednisone for another disease is immunosuppression, and a steroid
held or not given is no finding; a burst or dose pack for the spine stays oral_steroid.

gait_abnormality and trauma denied: walking without difficulty in shorthand ('w/o', 'nml'),
'no balance trouble', 'did not fall', 'no new falls', a 'No' that wraps before 'falls'.
Look-alikes: a screening form's 'no' at the end of one line before the next item's name, a
fall asleep, falls that happened."""

import pytest

NECK = "HPI: Neck pain after a fall from a ladder. "
LBP = "HPI: Low back pain for 4 weeks. "
A = "HPI: Low back pain with R leg pain for 3 months.\nAssessment: R L5 radiculopathy, "

MODIFIED = [
    f"{NECK}Arrived in a rigid collar. Midline tenderness at C6.\n",
    f"{NECK}Exam: C-collar in place. Grip 5/5.\n",
    f"{NECK}He is still wearing the collar the urgent care gave him.\n",
    "HPI: Hands numb at night for a year. Has worn night splints since June with some help.\n",
    f"{LBP}Uses ice after work and a heating pad on weekends.\n",
    f"{LBP}She has been icing twice a day.\n",
    f"{LBP}He has not been lifting weights since the injury.\n",
    f"{LBP}Hasn't been jogging for a month.\n",
]
# heat listed with other advice in a Plan is planned
MODIFICATION_PLANNED = [
    f"{LBP}\nPlan: Ibuprofen 400 mg TID. Heat, gentle stretches. Follow up in 3 weeks.\n",
    f"{LBP}\nPlan: naproxen; ice, relative rest for 2 days.\n",
]
NOT_MODIFIED = [
    f"{NECK}Bruise over the left collar bone.\n",
    f"{NECK}Works a blue-collar job at the mill.\n",
    f"{LBP}Reports heat intolerance and palpitations.\n",
    f"{LBP}He has been running a fever since Sunday.\n",
    f"{LBP}Plays soccer on weekends.\n",
]
CARE_FAILED = [
    f"{A}failed 8 weeks of PT with naproxen and gabapentin.\n",
    f"{A}failing > 6 weeks of physical therapy plus NSAIDs.\n",
    f"{A}refractory to a full course of PT, a Medrol dose pack and NSAIDs.\n",
    f"{A}not improved with a complete course of PT last winter, meloxicam and chiropractic.\n",
    f"{A}she did not improve\nmuch with 6 weeks of PT, NSAID and an ESI.\n",
    f"{A}not improving after four weeks of rest and analgesics.\n",
    f"{A}persistent pain after 7 weeks of physical therapy and NSAIDs.\n",
    f"{A}overall, two months of care have not helped.\n",
]
CARE_NOT_FAILED = [
    f"{A}improved after 6 weeks of PT and NSAIDs.\n",
    f"{A}if he fails 6 weeks of PT and naproxen, will consider an ESI.\n",
    f"{A}two months of care have helped a lot.\n",
]
HEP_DONE = [
    f"{LBP}Has a McKenzie extension handout from urgent care and does it most days.\n",
    f"{LBP}Keeps up the stretching program at home.\n",
    f"{LBP}Doing daily hamstring stretches.\n",
]
HEP_PLANNED = [
    f"{LBP}\nPlan: Naproxen 500 mg BID. Lumbar stretching and core handout. RTC 4 weeks.\n",
    f"{NECK}\nPlan: ibuprofen, heat, posture/chin-tuck sheet.\n",
]
NOT_HEP = [
    "HPI: Calf pain walking 1 block.\nPlan: supervised walking program for claudication.\n",
    f"{NECK}Completed PT 9/1-10/15 (traction, nerve glides) without change.\n",
    f"{LBP}\nPlan: discharge instruction sheet given.\n",
]
PROGRESSION_FORESEEN = [
    f"{LBP}\nPlan: ESI; refer to surgery if the left foot weakness progresses.\n",
    f"{NECK}\nPlan: should his hand numbness worsen, call the office.\n",
]
NO_PROGRESSION = [
    f"{NECK}The tingling is about the same as in June.\n",
    f"{LBP}He says it has been roughly the same for the past 3 weeks.\n",
    f"{NECK}Myelopathy, clinically stable for 3 months.\n",
    f"{NECK}Nothing has changed since spring per her husband.\n",
]
PROGRESSED = [
    f"{LBP}Her right leg now feels weaker on stairs.\n",
    f"{A}progressing despite 8 weeks of PT and naproxen.\n",
]
NOT_PROGRESSION = [
    f"{LBP}L1 compression fracture, stable for 6 weeks on x-ray.\n",
    f"{LBP}Left calf is about the same as the right.\n",
]
MAINTENANCE_STEROID = [
    f"{LBP}Meds: prednisone 5 mg daily for polymyalgia since 2021, amlodipine.\n",
    f"{LBP}On chronic prednisone for COPD.\n",
]
STEROID_NOT_GIVEN = [
    "HPI: Back pain, leg weakness, known lung cancer.\nPlan: MRI now. Dexamethasone not given yet.\n",
    "HPI: Back pain, leg weakness.\nPlan: steroids held until neurosurgery sees him.\n",
]
SPINE_BURST = [
    f"{LBP}Took a Medrol dose pack in October with 3 days of relief.\n",
    f"{LBP}Prednisone 40 mg taper x 5 days last month, little help.\n",
]
GAIT_NORMAL = [
    f"{LBP}\nExam: Walking in the hallway w/o a limp.\n",
    f"{LBP}\nExam: Gait nml, heel and toe walk ok.\n",
    f"{NECK}No balance problems, no hand clumsiness.\n",
]
NO_INJURY = [
    f"{LBP}He was at a bounce park that weekend but did not fall.\n",
    f"{LBP}No recent falls or injuries per the nursing staff.\n",
    f"{LBP}Appetite good. No\nfalls.\n",
]
NOT_DENIED = [
    ("trauma", f"{LBP}He never fell asleep before 2 am this week.\n"),
    ("trauma", f"{LBP}She fell twice last week.\n"),
]

CASES = ([("gait_abnormality", t, "absent") for t in GAIT_NORMAL]
         + [("trauma", t, "absent") for t in NO_INJURY]
         + [(code, t, "present" if "fell twice" in t else None) for code, t in NOT_DENIED]
         + [("oral_steroid", t, None) for t in MAINTENANCE_STEROID]
         + [("immunosuppression", t, "present") for t in MAINTENANCE_STEROID]
         + [("oral_steroid", t, False) for t in STEROID_NOT_GIVEN]
         + [("oral_steroid", t, "present") for t in SPINE_BURST]
         + [("symptom_progression", t, "hypothetical") for t in PROGRESSION_FORESEEN]
         + [("symptom_progression", t, "absent") for t in NO_PROGRESSION]
         + [("symptom_progression", t, "present") for t in PROGRESSED]
         + [("symptom_progression", t, False) for t in NOT_PROGRESSION]
         + [("home_exercise_program", t, "present") for t in HEP_DONE]
         + [("home_exercise_program", t, "hypothetical") for t in HEP_PLANNED]
         + [("home_exercise_program", t, None) for t in NOT_HEP]
         + [("activity_modification", t, "present") for t in MODIFIED]
         + [("activity_modification", t, "hypothetical") for t in MODIFICATION_PLANNED]
         + [("activity_modification", t, None) for t in NOT_MODIFIED]
         + [("conservative_care_failed", t, "present") for t in CARE_FAILED]
         + [("conservative_care_failed", t, None) for t in CARE_NOT_FAILED])


@pytest.mark.parametrize("code, text, want", CASES)
def test_treatment_reading(findings_of, code, text, want):
    """`want`: an assertion the code must include; None: the code is not present; False: no
    finding of the code at all."""
    got = findings_of(text)[0].get(code, set())
    if want is False:
        assert not got
    else:
        assert (want in got) if want else "present" not in got


def test_a_screening_no_does_not_deny_the_next_line(findings_of):
    table, _ = findings_of(f"{NECK}Screened today:\n  Fever - no\n  Gait change - yes, shuffling\n")
    assert "absent" not in table.get("gait_abnormality", set())
