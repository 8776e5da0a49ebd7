"""fam23a: hand tasks lost told in prose, and heat or ice advised with its duration.

ANNOTATION "Session-22 readings", *Hand function lost*: a hand task the patient has lost
("dropping cups", "can't do buttons", "weak opening jars") is functional_impairment present;
a denial of it ("has not dropped things") denies the myelopathy screen's sign only, and a
precaution ("call if she starts dropping things") states no loss yet. The lexicon missed the
task told with its object's words ("dropping coffee mugs", "dropped a hot pot"), with "can no
longer", another doing it for the patient ("his wife now buttons them") and weakness when
opening a jar; and a plain denial of a hand task made functional_impairment absent.

contract §4 activity_modification (ice/heat), ANNOTATION "Advice in the Plan": heat or ice
told with how long ("Heat 15 minutes three times a day", "Ice 20 min after each shift") or
beside other advice ("Heat, walk as tolerated") is the measure; in the Plan, to be done.

Every sentence is new; the look-alikes must keep their reading."""
import pytest

AM, FI = "activity_modification", "functional_impairment"


@pytest.mark.parametrize("text", [
    "HPI: For a month he keeps dropping coffee mugs at breakfast.",
    "HPI: She dropped a hot pot of soup on Sunday when her right hand let go.",
    "HPI: He drops coins at the register and his fingers feel thick.",
    "HPI: Since October she can no longer do up her coat buttons.",
    "HPI: Hands feel clumsy; his husband now buttons them for him every morning.",
    "HPI: Since the fall she cannot grip her walker or button her coat.",
    "HPI: He cannot pick small nails out of the bin at the hardware store.",
    "HPI: Her grip is weaker when opening bottles at the pharmacy counter.",
    "HPI: He reports trouble with fine tasks such as threading a needle.",
])
def test_a_hand_task_lost_is_a_loss_of_function(assertions_of, text):
    assert assertions_of(text, FI) == {"present"}


@pytest.mark.parametrize("text", [
    "ROS: She has not dropped things and has no trouble with buttons or writing.",
    "ROS: Denies dropping cups or trouble opening jars. No gait change.",
    "Neuro ROS: no dropping of mugs, no clumsiness.",
])
def test_a_denied_hand_task_denies_no_function(assertions_of, text):
    assert assertions_of(text, FI) == set()


@pytest.mark.parametrize("text", [
    "Plan: Return precautions - call if he starts dropping coffee cups or has trouble walking.",
    "HPI: He can still button his shirt and tie his shoes without trouble.",
    "HPI: The price of gas dropped a lot this week, he says.",
    "HPI: The hospital dropped the copay for her visits.",
])
def test_look_alikes_state_no_loss(assertions_of, text):
    assert assertions_of(text, FI) - {"absent"} == set()
    assert "present" not in assertions_of(text, FI)


@pytest.mark.parametrize("text", [
    "Plan: Heat 15 minutes three times a day. Follow up in 3 weeks.",
    "Plan: Ice 20 min after each shift; recheck 2 wk.",
    "Plan: Heat, walk as tolerated, no running x 2 wk.",
    "Plan: ice, posture breaks at the computer, recheck in a month.",
])
def test_heat_or_ice_advised_in_the_plan_is_to_be_done(assertions_of, text):
    assert assertions_of(text, AM) == {"hypothetical"}


def test_heat_used_with_its_duration_is_done(assertions_of):
    assert assertions_of("HPI: Heat 20 minutes at bedtime takes the edge off the ache.",
                         AM) == {"present"}


# (sentence, code, the assertions it must give): heat words that are no measure, a test not
# done at a video visit, and tasks still lost that keep their reading
KEEP = [
    ("ROS: no heat or cold intolerance. Endocrine negative.", AM, set()),
    ("HPI: He works 10 minutes from home and drives an ice cream truck.", AM, set()),
    ("ROS: Endocrine: denies heat intolerance, 5 minutes of sweating after meals.", AM, set()),
    ("Exam: Unable to perform strength, reflex or sensory testing by video.", FI, set()),
    ("HPI: She is unable to perform her job as a cashier.", FI, {"present"}),
    ("HPI: He has been unable to stand for more than 10 minutes at the grill.", FI, {"present"}),
]


@pytest.mark.parametrize("text,code,expected", KEEP)
def test_look_alikes_keep_their_reading(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


# (sentence, code, the assertions it must give): ANNOTATION "Back to full duty" ('Back to full
# shifts at the cafe' is historical), "Work status" (a spell off work the note closes with
# its dates is over), "Advice in the Plan" ('has sat out soccer' is followed), *Hand function
# lost* ('handwriting back to normal' after surgery is historical)
BACK = [
    ("HPI: Pain started 11/24. Returned to his full warehouse shifts 11/30.", FI, {"historical"}),
    ("HPI: Back to her usual hours at the bank since Monday.", FI, {"historical"}),
    ("HPI: She would like to get back to her full shifts soon.", FI, set()),
    ("HPI: Works full duty at the depot.", FI, {"absent"}),
    ("HPI: Six weeks after the ACDF her handwriting is back to normal.", FI, {"historical"}),
    ("HPI: Back at work full time since 11/23. Off work (cashier) 11/07-11/22.", FI,
     {"absent", "historical"}),
    ("HPI: Back to full duty in May. Off work again since 11/20 after re-injury.", FI,
     {"historical", "present"}),
    ("HPI: He limps after games and has sat out basketball for 2 weeks.", AM, {"present"}),
    ("HPI: Sitting out practice this week; tried heat at home.", AM, {"present"}),
    ("HPI: He sat out in the sun at the game and then his back hurt.", AM, set()),
]


@pytest.mark.parametrize("text,code,expected", BACK)
def test_limits_over_or_followed(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected


def test_a_bare_modality_timed_in_a_treatment_note_is_no_advice(assertions_of):
    # a chiropractic daily note's "ice 15 min post-tx today" is the modality given at the visit
    text = "S: LBP better. P: Diversified adjustment L4-5; ice 15 min post-tx today. RTC 2x/wk."
    assert "hypothetical" not in assertions_of(text, AM)


# (sentence, code, the assertions it must give): everyday tasks lost told in prose - a
# relative's help with self-care, engagements missed, an activity not done since the onset
PROSE = [
    ("HPI: Using a walker at home since the fall; her daughter is helping with bathing.", FI,
     {"present"}),
    ("HPI: His wife helps him with his socks in the morning.", FI, {"present"}),
    ("HPI: She missed 2 rehearsals this month and is playing shorter sets.", FI, {"present"}),
    ("HPI: He runs 3x/wk - has not run since onset d/t neck pain.", FI, {"present"}),
    ("HPI: Hasn't golfed since the injury.", FI, {"present"}),
    ("HPI: She has not had leg pain since the injection.", FI, set()),
    ("HPI: Her daughter is helping with the move this weekend.", FI, set()),
]


@pytest.mark.parametrize("text,code,expected", PROSE)
def test_everyday_tasks_lost_in_prose(assertions_of, text, code, expected):
    assert assertions_of(text, code) == expected
