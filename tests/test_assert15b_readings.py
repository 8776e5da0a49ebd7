"""ConText readings found by probing with notes written fresh (session 15, assert15b): each
is a general way clinicians write, with look-alikes that must keep their reading."""
import datetime as dt

from readings import assertions_by_code, read_packet


def readings(text):
    found = assertions_by_code(read_packet(None, [("note", dt.date(2026, 11, 27), text)]).findings)
    return {code: sorted(values) for code, values in found.items()}


def assertions(text, code):
    return readings(text).get(code, [])


def test_a_finding_ruled_out_is_absent_on_either_side_of_the_verb():
    assert assertions("Stat MRI in the ED ruled out cauda equina.\n",
                      "cauda_equina_syndrome") == ["absent"]
    assert assertions("We ruled out an epidural abscess with labs and imaging.\n",
                      "spinal_infection") == ["absent"]
    assert assertions("Ruled out compression fracture.\n", "spinal_fracture") == ["absent"]
    assert assertions("Cauda equina was ruled out last night.\n",
                      "cauda_equina_syndrome") == ["absent"]
    # look-alikes: still to be excluded is a doubt, not an exclusion
    assert assertions("Plan: MRI to rule out cauda equina.\n",
                      "cauda_equina_syndrome") == ["possible"]
    assert assertions("Epidural abscess has not yet been ruled out.\n",
                      "spinal_infection") == ["possible"]
    assert assertions("Fracture not ruled out on plain films.\n",
                      "spinal_fracture") == ["possible"]
    # the denial ends with its clause
    assert assertions("Fracture was ruled out, but she has new urinary retention.\n",
                      "bladder_dysfunction") == ["present"]


def test_the_study_that_ruled_a_finding_out_was_done():
    found = readings("CT of the L-spine ruled out a fracture.\n")
    assert found["prior_ct"] == ["present"] and found["spinal_fracture"] == ["absent"]
    found = readings("Cauda equina was ruled out by MRI this morning.\n")
    assert found["prior_mri"] == ["present"] and found["cauda_equina_syndrome"] == ["absent"]
    assert assertions("Lumbar x-rays ruled out spondylolisthesis.\n", "prior_xray") == ["present"]


def test_a_denial_closing_a_list_reaches_every_item():
    found = readings("Numbness in the saddle area, urinary retention and fecal incontinence "
                     "are all denied.\n")
    assert found["saddle_anesthesia"] == ["absent"]
    assert found["bladder_dysfunction"] == ["absent"]
    assert found["bowel_dysfunction"] == ["absent"]
    assert assertions("Fevers, weight loss or night pain all absent.\n", "fever") == ["absent"]
    assert assertions("Hoffmann, Babinski and ankle clonus both sides negative.\n",
                      "upper_motor_neuron_signs") == ["absent"]
    # look-alikes: items with their own state, a state word between the items
    # (the negative clonus is its own sign beside the positive Hoffmann: ANNOTATION "Exam
    # companions" adds its absent - the denial does not reach the Hoffmann)
    assert assertions("Hoffmann sign positive, ankle clonus negative.\n",
                      "upper_motor_neuron_signs") == ["absent", "present"]
    assert assertions("Saddle numbness present, retention and incontinence denied.\n",
                      "saddle_anesthesia") == ["present"]


def test_a_denial_reaches_the_list_its_parenthesis_or_colon_gives():
    found = readings("Cauda equina screen (saddle numbness, urinary retention, fecal "
                     "incontinence) negative.\n")
    assert found["saddle_anesthesia"] == ["absent"] and found["bladder_dysfunction"] == ["absent"]
    assert assertions("Long tract signs negative (Babinski, Hoffmann, sustained clonus).\n",
                      "upper_motor_neuron_signs") == ["absent"]
    assert assertions("Myelopathic signs absent: Hoffmann, inverted radial reflex, clonus.\n",
                      "upper_motor_neuron_signs") == ["absent"]
    # look-alike: a parenthesis that is not a list of the denied items
    assert assertions("Clonus (3 beats on the left), Babinski negative.\n",
                      "upper_motor_neuron_signs") == ["absent", "present"]


def test_a_sign_now_negative_is_absent_and_what_follows_keeps_its_reading():
    assert assertions("Left Hoffmann now negative.\n", "upper_motor_neuron_signs") == ["absent"]
    assert assertions("Ankle clonus today absent on both sides.\n",
                      "upper_motor_neuron_signs") == ["absent"]
    found = readings("Hoffmann now negative following C4-6 ACDF.\n")
    assert found["upper_motor_neuron_signs"] == ["absent"]
    assert found["prior_spine_surgery"] == ["present"]
    # look-alike: a sign now graded is there
    assert assertions("Clonus is now 4 beats on the right.\n",
                      "upper_motor_neuron_signs") == ["present"]


def test_signs_taught_to_watch_for_are_not_the_patients():
    found = readings("Myelopathy symptoms discussed with the patient (hand numbness, "
                     "unsteady gait).\n")
    assert found["gait_abnormality"] == ["hypothetical"]
    found = readings("Warning symptoms went over with him (numbness in the groin, urinary "
                     "retention).\n")
    assert found["bladder_dysfunction"] == ["hypothetical"]
    assert assertions("Gave her a pamphlet about cauda equina syndrome.\n",
                      "cauda_equina_syndrome") == ["hypothetical"]
    assert assertions("She knows that groin numbness or retention of urine needs "
                      "urgent evaluation.\n", "bladder_dysfunction") == ["hypothetical"]
    # look-alikes: results reviewed, the patient's own symptom needing evaluation
    found = readings("MRI results reviewed with the patient: L4-5 disc herniation.\n")
    assert found["disc_herniation"] == ["present"] and found["prior_mri"] == ["present"]
    assert assertions("His urinary retention needs same-day evaluation.\n",
                      "bladder_dysfunction") == ["present"]


def test_a_spouse_partner_or_roommate_is_not_the_patient():
    assert assertions("His partner has metastatic breast cancer.\n", "malignancy") == ["family"]
    assert assertions("Her fiance underwent a lumbar fusion in May.\n",
                      "prior_spine_surgery") == ["family"]
    assert assertions("Roommate was hospitalized for vertebral osteomyelitis.\n",
                      "spinal_infection") == ["family"]
    # look-alikes: the patient as co-subject, the patient back in the clause
    assert assertions("He and his wife had a car accident on 11/20.\n", "trauma") == ["present"]
    assert assertions("Her boyfriend has noticed her limp.\n", "gait_abnormality") == ["present"]


def test_a_course_the_payer_does_not_cover_was_not_had():
    assert assertions("Chiropractic care is not currently covered by her plan.\n",
                      "chiropractic_care") == ["absent"]
    assert assertions("Physical therapy was not approved by insurance.\n",
                      "physical_therapy") == ["absent"]
    # look-alike: a course covered and done
    assert assertions("PT covered by insurance; completed 8 sessions.\n",
                      "physical_therapy") == ["present"]


def test_a_denied_family_history_is_no_finding():
    assert readings("Nobody in his family has had cancer.\n").get("malignancy") is None
    assert readings("No one on her side of the family has had osteoporosis.\n").get(
        "osteoporosis") is None
    # look-alike: the patient's own history after the denial
    assert assertions("No one in the family has had cancer; she had breast cancer in 2019.\n",
                      "malignancy") == ["present"]


def test_a_course_referred_to_whose_first_visit_is_to_come_is_planned():
    assert assertions("Referred to physical therapy on 11/02; first session is next "
                      "Tuesday.\n", "physical_therapy") == ["hypothetical"]
    assert assertions("Chiropractic referral placed on 11/10; initial visit is tomorrow.\n",
                      "chiropractic_care") == ["hypothetical"]
    # look-alike: a course begun on a date
    assert assertions("Started PT on 10/01; first visit went well, now 2x/week.\n",
                      "physical_therapy") == ["present"]


def test_a_resolution_after_a_dated_past_episode_ends_the_whole_episode():
    assert assertions("Had numbness in the saddle area after horseback riding last spring, "
                      "which went away within hours.\n", "saddle_anesthesia") == ["historical"]
    assert assertions("Had weakness in both legs during a viral illness two years ago that "
                      "completely resolved.\n", "motor_weakness") == ["historical"]
    # look-alikes: a symptom now, an episode not over
    assert assertions("Saddle numbness since the fall last month that has not resolved.\n",
                      "saddle_anesthesia") == ["present"]
    assert assertions("Had back pain last year, which resolved; now has leg weakness.\n",
                      "motor_weakness") == ["present"]


def test_an_infection_an_operation_took_away_is_history():
    assert assertions("S/p T10-11 laminectomy and evacuation of epidural abscess 2019.\n",
                      "spinal_infection") == ["historical"]
    assert assertions("Spinal epidural abscess in 2018 treated with emergent laminectomy.\n",
                      "spinal_infection") == ["historical"]
    # look-alikes: an infection after the operation, an operation still to come
    assert assertions("Post-operative discitis at L4-5, s/p L4-5 TLIF in June.\n",
                      "spinal_infection") == ["present"]
    assert assertions("Epidural abscess at T8, to be treated with laminectomy today.\n",
                      "spinal_infection") == ["present"]
