"""ConText readings found by probing with fresh notes (session 15c): forms answered with a
non-answer, boxes drawn as parentheses or after their items, a minus written onto the term,
courses not begun, cancelled or required, advice talked about, occupations, and a Family
History written on one line with the patient's own history. Each is a general way notes are
written, with look-alikes that keep their reading."""
import datetime as dt

from readings import of_code, read_packet


def assertions(text, code):
    findings = read_packet(None, [("note", dt.date(2026, 11, 27), text)]).findings
    return sorted({f.assertion for f in of_code(findings, code)})


def test_a_form_field_answered_with_a_non_answer_is_no_finding():
    # the question was not answered: neither present (an urgent red flag) nor denied
    assert assertions("Bladder retention: unknown\n", "bladder_dysfunction") == []
    assert assertions("Perineal numbness? Patient is unsure.\n", "saddle_anesthesia") == []
    assert assertions("Fecal incontinence: not asked.\n", "bowel_dysfunction") == []
    assert assertions("Saddle anesthesia: N/A\n", "saddle_anesthesia") == []
    assert assertions("Prior malignancy? n/a\n", "malignancy") == []
    assert assertions("Hx of malignancy: not documented\n", "malignancy") == []
    assert assertions("Ankle dorsiflexion weakness: not examined.\n", "motor_weakness") == []
    assert assertions("Foot drop: deferred\n", "foot_drop") == []
    # look-alikes: an answer that denies, one that asserts, a non-answer word that is no
    # whole answer, and the next field on the line answered
    assert assertions("Saddle anesthesia: none.\n", "saddle_anesthesia") == ["absent"]
    assert assertions("Bladder retention: yes, since Sunday\n",
                      "bladder_dysfunction") == ["present"]
    assert assertions("History of cancer: unknown primary, on chemo.\n",
                      "malignancy") == ["present"]
    assert assertions("Saddle anesthesia: unknown    Urinary retention: yes\n",
                      "bladder_dysfunction") == ["present"]


def test_check_boxes_drawn_as_parentheses_or_after_their_items():
    assert assertions("ROS: ( ) fevers (X) low back pain\n", "fever") == ["absent"]
    assert assertions("ROS: ( ) fevers (X) low back pain\n", "low_back_pain") == ["present"]
    assert assertions("Numbness in the saddle area (X) No\n", "saddle_anesthesia") == ["absent"]
    # a short answer box written without a space, or after its answer
    assert assertions("Bowel incontinence: [ ]Y [X]N\n", "bowel_dysfunction") == ["absent"]
    assert assertions("Bowel incontinence: Y [ ]  N [x]\n", "bowel_dysfunction") == ["absent"]
    # a box after its item belongs to that item, not to the next one
    line = "Tried: NSAIDs [x]   Chiropractic [ ]   Physical therapy [x]\n"
    assert assertions(line, "nsaid") == ["present"]
    assert assertions(line, "chiropractic_care") == ["absent"]
    assert assertions(line, "physical_therapy") == ["present"]
    # look-alikes: the checked "yes" written after its box-after answer, boxes before items
    assert assertions("Bowel incontinence: Y [x]  N [ ]\n", "bowel_dysfunction") == ["present"]
    line = "[x] NSAIDs   [ ] Chiropractic   [x] Physical therapy\n"
    assert assertions(line, "nsaid") == ["present"]
    assert assertions(line, "chiropractic_care") == ["absent"]
    assert assertions(line, "physical_therapy") == ["present"]


def test_a_minus_written_onto_the_term_denies_it():
    assert assertions("ROS: -fever, -saddle anesthesia, -urinary retention\n",
                      "fever") == ["absent"]
    assert assertions("ROS: -fever, -saddle anesthesia, -urinary retention\n",
                      "bladder_dysfunction") == ["absent"]
    assert assertions("-foot drop, -saddle anesthesia, -fever\n", "foot_drop") == ["absent"]
    # look-alikes: a plus, a bullet set apart from its item, a minus not opening a list
    assert assertions("Neuro: -saddle anesthesia, +urinary retention\n",
                      "bladder_dysfunction") == ["present"]
    assert assertions("-saddle anesthesia reported since Monday\n",
                      "saddle_anesthesia") == ["present"]


def test_a_course_not_yet_begun_is_planned():
    assert assertions("Chiropractic referral sent 2 weeks ago, but she is still on the wait "
                      "list.\n", "chiropractic_care") == ["hypothetical"]
    assert assertions("Referred to PT in October but he has not been able to schedule an "
                      "appointment.\n", "physical_therapy") == ["hypothetical"]
    assert assertions("Pending insurance approval for chiropractic care.\n",
                      "chiropractic_care") == ["hypothetical"]
    assert assertions("Right L4-5 TFESI - pending prior auth.\n",
                      "epidural_steroid_injection") == ["hypothetical"]
    assert assertions("Rx written for PT 3x/week x 4 weeks.\n",
                      "physical_therapy") == ["hypothetical"]
    assert assertions("Gave him a physical therapy prescription today.\n",
                      "physical_therapy") == ["hypothetical"]
    assert assertions("Handed the patient a chiropractic referral.\n",
                      "chiropractic_care") == ["hypothetical"]
    # look-alikes: a course done, and a drug's prescription, which is how it is taken
    assert assertions("Completed 8 weeks of PT, no longer on the waiting list for "
                      "surgery.\n", "physical_therapy") == ["present"]
    assert assertions("Doing PT 2x/week since October; Rx for meloxicam given.\n",
                      "physical_therapy") == ["present"]


def test_a_course_cancelled_never_attended_or_out_of_reach_is_absent():
    assert assertions("The L5-S1 epidural was booked for 10/30 but cancelled because of a "
                      "URI.\n", "epidural_steroid_injection") == ["absent"]
    assert assertions("Chiropractic was arranged but he canceled every visit.\n",
                      "chiropractic_care") == ["absent"]
    assert assertions("She no-showed to her first two physical therapy visits.\n",
                      "physical_therapy") == ["absent"]
    assert assertions("He cannot afford chiropractic care.\n", "chiropractic_care") == ["absent"]
    assert assertions("Physical therapy was not covered by his plan.\n",
                      "physical_therapy") == ["absent"]
    # look-alikes: a course cut short after it was attended
    assert assertions("Did 6 weeks of PT but cancelled the last two visits after she "
                      "improved.\n", "physical_therapy") == ["present"]
    assert assertions("PT was cancelled after 4 visits because of a family emergency.\n",
                      "physical_therapy") == ["present"]


def test_a_payers_requirement_or_a_condition_is_no_course():
    # read as a course they would meet a six-week failed-therapy line: a false met
    assert assertions("His insurance company requires 6 weeks of failed physical therapy "
                      "first.\n", "physical_therapy") == ["hypothetical"]
    assert assertions("The payer needs documentation of 6 weeks of chiropractic care.\n",
                      "chiropractic_care") == ["hypothetical"]
    assert assertions("We will revisit imaging once he has completed 6 weeks of PT.\n",
                      "physical_therapy") == ["hypothetical"]
    assert assertions("No MRI until she completes a 6 week course of PT.\n",
                      "physical_therapy") == ["hypothetical"]
    assert assertions("Injection not indicated until he has failed 6 weeks of conservative "
                      "care.\n", "conservative_care_failed") == []
    # look-alikes: a course done, beside a payer's other requirement
    assert assertions("She completed 6 weeks of PT; insurance requires an MRI report before "
                      "surgery.\n", "physical_therapy") == ["present"]
    assert assertions("Underwent 6 weeks of PT before she was referred here.\n",
                      "physical_therapy") == ["present"]


def test_a_treatment_talked_about_or_advised_is_planned():
    assert assertions("Talked with the patient about a trial of gabapentin.\n",
                      "neuropathic_agent") == ["hypothetical"]
    assert assertions("Spoke to him about chiropractic care.\n",
                      "chiropractic_care") == ["hypothetical"]
    assert assertions("Advised naproxen 500 mg BID with food.\n", "nsaid") == ["hypothetical"]
    # look-alikes: advice the note shows taken; talk about a dose of a drug already taken
    assert assertions("His PCP advised ibuprofen, which he has taken for 6 weeks without "
                      "relief.\n", "nsaid") == ["present"]
    assert assertions("He has been taking gabapentin 300 mg TID for 2 months; talked about "
                      "increasing the dose.\n", "neuropathic_agent") == ["present"]


def test_an_answered_question_denies_its_items():
    assert assertions("Asked specifically about perineal numbness and bowel changes - "
                      "none.\n", "bowel_dysfunction") == ["absent"]
    assert assertions("Asked specifically about perineal numbness and bowel changes - "
                      "none.\n", "saddle_anesthesia") == ["absent"]


def test_an_occupation_is_no_treatment():
    assert assertions("He works as a physical therapy aide at the hospital.\n",
                      "physical_therapy") == []
    assert assertions("Occupation: chiropractor\n", "chiropractic_care") == []
    assert assertions("He is a physical therapist by trade.\n", "physical_therapy") == []
    assert assertions("Pharmacy technician, dispensing NSAIDs all day.\n", "nsaid") == []
    # look-alikes: the patient's own course beside the occupation
    assert assertions("Works as a nurse; completed 6 weeks of PT in October.\n",
                      "physical_therapy") == ["present"]
    assert assertions("She was seen by a physical therapist for 8 sessions in September.\n",
                      "physical_therapy") == ["present"]


def test_the_patients_own_history_after_an_inline_family_history_is_the_patients():
    assert assertions("Family hx: noncontributory. She has a history of lung cancer, on "
                      "osimertinib.\n", "malignancy") == ["present"]
    assert assertions("FH: negative x3. Patient reports new urinary retention since "
                      "Tuesday.\n", "bladder_dysfunction") == ["present"]
    # look-alikes: the relatives' history goes on; a worry about the relative's illness
    assert assertions("FH: mother - breast cancer. Sister with colon cancer.\n",
                      "malignancy") == ["family"]
    assert assertions("FH: father has ankylosing spondylitis. He is worried he will end up "
                      "like his dad.\n", "inflammatory_spondyloarthropathy") == ["family"]


def test_an_operation_proposed_then_refused_is_neither_planned_nor_had():
    assert assertions("Decompression was recommended in 2023 but he declined.\n",
                      "intervention_planned") == ["absent"]
    assert assertions("Her surgeon offered a laminectomy, which she turned down.\n",
                      "intervention_planned") == ["absent"]
    assert assertions("Was told he needs an operation but does not want it.\n",
                      "intervention_planned") == ["absent"]
    text = "A discectomy was suggested by the spine surgeon in 2024; she chose not to proceed.\n"
    assert assertions(text, "prior_spine_surgery") in ([], ["absent"])
    assert assertions(text, "intervention_planned") in ([], ["absent"])
    # look-alikes: an operation proposed and still weighed, and one had
    assert assertions("A laminectomy was offered; she decided to proceed.\n",
                      "intervention_planned") == ["present"]
    assert assertions("L4-5 fusion in 2019 by Dr. Lee.\n", "prior_spine_surgery") == ["present"]


def test_refusing_more_of_a_course_already_had_keeps_the_course():
    assert assertions("He declined physical therapy since he already did 10 weeks of it in "
                      "2025 with no benefit.\n", "physical_therapy") == ["present"]
    assert assertions("Refuses chiropractic because she tried 6 sessions last spring.\n",
                      "chiropractic_care") == ["present"]
    # look-alikes: a refusal for another reason
    assert assertions("He declined physical therapy because he cannot get time off work.\n",
                      "physical_therapy") == ["absent"]


def test_an_operation_proposed_is_not_one_had():
    assert assertions("A microdiscectomy was proposed by neurosurgery last month.\n",
                      "prior_spine_surgery") != ["present"]
    # look-alike: an operation had, then more surgery refused
    assert assertions("L4-5 fusion in 2019; she refused further surgery.\n",
                      "prior_spine_surgery") == ["present"]
