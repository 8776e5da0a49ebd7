"""Activity modification the lexicon missed: a collar worn, a splint worn, heat or ice used at
a time of day or listed with other advice, an activity the patient has stopped. Look-alikes:
a collarbone, a blue-collar job, heat intolerance, and a sport merely named."""

import pytest

NECK = "HPI: Neck pain after a fall from a ladder. "
LBP = "HPI: Low back pain for 4 weeks. "

# (note, the assertion activity_modification must include, or None: no finding at all)
CASES = [
    (f"{NECK}Arrived in a rigid collar. Midline tenderness at C6.\n", "present"),
    (f"{NECK}Exam: C-collar in place. Grip 5/5.\n", "present"),
    (f"{NECK}He is still wearing the collar the urgent care gave him.\n", "present"),
    ("HPI: Hands numb at night for a year. Has worn night splints since June with some help.\n",
     "present"),
    (f"{LBP}Uses ice after work and a heating pad on weekends.\n", "present"),
    (f"{LBP}She has been icing twice a day.\n", "present"),
    (f"{LBP}He has not been lifting weights since the injury.\n", "present"),
    (f"{LBP}Hasn't been jogging for a month.\n", "present"),
    # heat listed with other advice in a Plan is planned
    (f"{LBP}\nPlan: Ibuprofen 400 mg TID. Heat, gentle stretches. Follow up in 3 weeks.\n",
     "hypothetical"),
    (f"{LBP}\nPlan: naproxen; ice, relative rest for 2 days.\n", "hypothetical"),
    # look-alikes
    (f"{NECK}Bruise over the left collar bone.\n", None),
    (f"{NECK}Works a blue-collar job at the mill.\n", None),
    (f"{LBP}Reports heat intolerance and palpitations.\n", None),
    (f"{LBP}He has been running a fever since Sunday.\n", None),
    (f"{LBP}Plays soccer on weekends.\n", None),
]


@pytest.mark.parametrize("text, want", CASES)
def test_activity_modification_reading(findings_of, text, want):
    got = findings_of(text)[0].get("activity_modification", set())
    assert (want in got) if want else not got
