"""fam25c: a symptom's sameness told in more words, a therapy's "not progressing", and a
band-like pain told without a wrap round the trunk (session 25).

ANNOTATION "Sameness denies progression" (session 22): "unchanged", "about the same", "no
better, no worse", "plateau in the leg symptoms" said of the patient's symptoms, function or
deficits is symptom_progression absent; not of a chronic bladder baseline, a study, a dose.
The lexicon missed the sameness where:

- it is told with its own verb after the symptom ("the arm is about the same", "leg pain has
  stayed the same") or as the symptom's usual state ("same as always", "same as for years");
- it is said against a dated visit ("about the same as at his 10/27 visit") or an earlier
  time ("not worse than the first week", "no better than when it started");
- a named symptom "plateaued", a tolerance is the same at both ends of an arrow ("Standing
  tolerance: 10 min -> 10 min"), or the symptom's frequency or long course comes between it
  and "unchanged" ("headaches 3x/wk, unchanged", "stiffness for years, no change");
- the writer judges it ("I do not think the weakness is progressing").

A therapy note's "Pt is not progressing" is the patient's progress in therapy, not the
symptoms' course: no symptom_progression from it.

radicular_pain: a band-like pain is a thoracic radicular pain when it wraps round the trunk
or goes around the ribs or chest (d114, d510, d526, d673; fam24b); told without either ("new band-like pain", "band-like pain at the
level of the nipples") the gold reads no radicular pain from it (d187, d364, d809), while a
denied one ("no band-like chest pain") still denies it (d478, d725, d731). A pelvic or
shoulder girdle pain is no band.

Every sentence is new; the look-alikes must keep their reading.
"""
import pytest

SP, RP = "symptom_progression", "radicular_pain"


@pytest.mark.parametrize("text", [
    "HPI: Therapy eased the neck stiffness but the arm is about the same.",
    "HPI: Massage helped her shoulders; the leg is the same.",
    "HPI: His left leg pain has stayed the same since the injection.",
    "HPI: Her shin numbness has remained the same all autumn.",
    'HPI: Ache across the lumbar belt line, "the same as always, just there."',
    "HPI: Her toes have tingled for a decade, same as for years.",
    "HPI: Buttock-to-calf pain 5/10, about the same as at her 09/14 visit.",
    "HPI: Neck ache is essentially the same as at the last appointment.",
    "Assessment: Little gain over 6 weeks; pain plateaued despite good attendance.",
    "HPI: Upper back ache 4/10, not worse than the first month, not much better.",
    'HPI: Calf pain "no better than when it began" in August.',
    "Outcomes (eval -> d/c): Sitting tolerance: 15 min -> 15 min",
    "Outcomes: Walking distance 2 blocks -> 2 blocks",
    "HPI: Occipital headaches 2x/wk, unchanged.",
    "HPI: Mild neck stiffness for years, no change.",
    "HPI: Numb soles present for several years and unchanged.",
    "A: Biceps still 4/5 as in October, so I do not think the weakness is progressing.",
    "A: We don't believe her numbness is getting worse.",
])
def test_a_symptoms_sameness_denies_progression(assertions_of, text):
    assert assertions_of(text, SP) == {"absent"}


@pytest.mark.parametrize("text", [
    # look-alikes: no sameness of a symptom
    "HPI: The pain is the same on both sides.",
    "HPI: The ache is the same kind he had in 2020.",
    "HPI: Left arm pain is the same as the right.",
    "HPI: She takes the same dose as always.",
    "HPI: Uses the same cane as always.",
    "HPI: Bladder same as always (stress leakage with coughing for years).",
    "HPI: She says the leaking is about the same as always.",
    "Meds: Meloxicam 15 mg once a day, unchanged.",
    "HPI: Walks 2 blocks -> 4 blocks since starting PT.",
    "HPI: The pain is no better than ibuprofen alone.",
    "PT assessment: Patient is progressing toward goals.",
])
def test_no_sameness_of_a_symptom_gives_no_absent(assertions_of, text):
    assert "absent" not in assertions_of(text, SP)


@pytest.mark.parametrize("text", [
    # worsenings keep their reading
    "HPI: Leg pain is worse than at intake.",
    "HPI: The weakness is progressing despite the steroid taper.",
    "HPI: I do not think the weakness is from the neck; it is progressing.",
    "HPI: Sitting tolerance 30 min -> 10 min, calf pain much worse.",
])
def test_a_worsening_stays_present(assertions_of, text):
    assert "present" in assertions_of(text, SP)


def test_a_therapy_notes_not_progressing_is_no_course_of_symptoms(assertions_of):
    text = "A: 12 PT visits without functional gain. Pt is not progressing; refer back to MD."
    assert assertions_of(text, SP) == set()


def test_a_symptom_said_not_progressing_is_still_denied(assertions_of):
    assert assertions_of("HPI: Foot numbness not progressing over the last month.", SP) \
        == {"absent"}


@pytest.mark.parametrize("text, code", [
    # the symptom beside the sameness keeps its own finding
    ("HPI: Therapy eased the neck stiffness but the left arm pain is about the same.", RP),
    ("A: Biceps 4/5 as in October, so I do not think the weakness is progressing.",
     "motor_weakness"),
])
def test_the_symptom_beside_a_sameness_is_kept(assertions_of, text, code):
    assert "present" in assertions_of(text, code)


@pytest.mark.parametrize("text", [
    "A: Concern for cord compression - new band-like pain, leg weakness, sensory level.",
    "HPI: Band-like pain at the level of the umbilicus for 2 weeks, waking him at night.",
    "A: Likely L5 radiculopathy of pregnancy. Not pelvic girdle pain.",
])
def test_a_band_told_without_a_wrap_is_no_radicular_pain(assertions_of, text):
    assert "present" not in assertions_of(text, RP)
    assert "absent" not in assertions_of(text, RP)


@pytest.mark.parametrize("text", [
    "HPI: A burning band-like pain that wraps around the left side of his ribs.",
    "HPI: Two weeks of band-like mid-back pain wrapping around to the front of the chest.",
    "HPI: A band-like ache, which wraps round both sides of the trunk at the bra line.",
    "HPI: Band-like pain around the right lower ribs since Tuesday.",
])
def test_a_band_wrapping_round_the_trunk_is_radicular(assertions_of, text):
    assert assertions_of(text, RP) == {"present"}


@pytest.mark.parametrize("text", [
    "ROS: No band-like chest pain. No leg weakness.",
    "ROS: Denies band-like pain around the ribs.",
])
def test_a_denied_band_still_denies_radicular_pain(assertions_of, text):
    assert assertions_of(text, RP) == {"absent"}
