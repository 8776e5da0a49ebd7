"""eViCore's red flags (SP-1.2) waive "the requirement for documented failure of six weeks of
provider-directed treatment", not the visit: each red-flag table is headed "(Initial clinical
evaluation required within the last 60 days)", and SP-1.0 requires that evaluation in person.
So an emergent presentation examined in person is met under eViCore with no trial, no film and
no earlier visit; the same story told over the telephone is not, and a note without a date
leaves the 60-day window for a reviewer. (Probe 16 saw eViCore not_met in such scenarios: its
notes carried no date.) Each scenario is a note written here, run through the pipeline."""

import json

import pytest

from spinecite.review import review_case_file

CES = ("EMERGENCY DEPARTMENT NOTE\n"
       "52-year-old woman with three days of low back pain. Since last night the pain runs down "
       "both legs to the heels, and she has not voided since 6 am. Bladder scan shows 750 mL.\n\n"
       "Exam: Perianal sensation reduced to pinprick. Rectal exam: lax anal tone. Ankle "
       "dorsiflexion 5/5 bilaterally.\n\n"
       "Assessment: suspected cauda equina syndrome.\n"
       "Plan: emergent MRI lumbar spine, neurosurgery paged.\n")
ABSCESS = ("EMERGENCY DEPARTMENT NOTE\n"
           "39-year-old man who injects heroin daily, with 10 days of worsening low back pain. "
           "Temperature 38.9 C. ESR 88, CRP 19.\n\n"
           "Exam: marked tenderness over the L3 spinous process. Strength 5/5 in both legs, "
           "sensation intact.\n\n"
           "Assessment: concern for vertebral osteomyelitis or epidural abscess.\n"
           "Plan: blood cultures, MRI lumbar spine with and without contrast.\n")
CORD = ("ONCOLOGY URGENT VISIT\n"
        "67-year-old man with prostate cancer metastatic to bone. Two days of new mid-back pain "
        "and weakness of both legs.\n\n"
        "Exam: hip flexion 3/5 on both sides, sensory level at T10, both toes upgoing.\n\n"
        "Assessment: suspected malignant spinal cord compression.\n"
        "Plan: dexamethasone, emergent MRI thoracic spine.\n")
FRACTURE = ("EMERGENCY DEPARTMENT NOTE\n"
            "58-year-old man fell about 12 feet from a roof onto his back this morning. CT of "
            "the lumbar spine in the ED shows an L2 burst fracture.\n\n"
            "Exam: left hip flexion 3/5, reduced sensation over the left anterior thigh.\n\n"
            "Assessment: acute L2 burst fracture with left L2 deficit.\n"
            "Plan: MRI lumbar spine, spine surgery consult.\n")
# the look-alike: the same emergency told to a nurse over the telephone, nobody examined her
PHONE = ("TELEPHONE ENCOUNTER - no exam performed\n"
         "52-year-old woman calls with three days of low back pain. Since last night the pain "
         "runs down both legs to the heels and she has not been able to pass urine since 6 am; "
         "she feels numb between the legs.\n"
         "Plan: MRI lumbar spine ordered; told to go to the emergency department now.\n")

SCENARIOS = [("ces", CES, "72148", "cauda_equina"), ("abscess", ABSCESS, "72148", "infection"),
             ("cord", CORD, "72146", "malignancy"), ("fracture", FRACTURE, "72148",
                                                     "fracture_trauma")]


@pytest.fixture
def evicore(tmp_path, nlp):
    """eViCore's determination and the case's priority for a one-note case received on
    2026-11-20; the note is dated that day unless `dated` is false."""
    def run(text, cpt, dated=True):
        document = {"id": "note", "text": text, **({"date": "2026-11-20"} if dated else {})}
        case = {"case_id": "p", "received_date": "2026-11-20",
                "patient": {"age": 55, "sex": "F"}, "request": {"cpt": [cpt]},
                "documents": [document]}
        path = tmp_path / "p.case.json"
        path.write_text(json.dumps(case))
        result = review_case_file(path, nlp=nlp)
        return next(d for d in result.determinations if d.guideline == "evicore-spine"), \
            result.priority
    return run


@pytest.mark.parametrize("name, text, cpt, family", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_an_emergency_examined_in_person_needs_no_trial_no_film_and_no_earlier_visit(
        evicore, name, text, cpt, family):
    determination, priority = evicore(text, cpt)
    assert determination.outcome == "met"
    assert family in determination.basis
    assert priority == "urgent"


def _in_person_requirement(determination):
    return next(m for m in determination.missing if m.startswith("Requirement: An in-person"))


def test_the_same_emergency_over_the_telephone_is_urgent_but_not_met(evicore):
    determination, priority = evicore(PHONE, "72148")
    assert priority == "urgent"
    assert determination.outcome == "not_met"
    assert "in person exam" in _in_person_requirement(determination)


def test_an_undated_note_leaves_the_60_day_window_to_a_reviewer(evicore):
    determination, priority = evicore(CES, "72148", dated=False)
    assert priority == "urgent"
    assert determination.outcome == "not_met"
    assert "unclear in the notes" in _in_person_requirement(determination)
