"""Determinations and urgency mended in session 31 (mend31d), for the blind batch's false met
and false urgent (e181-e200).

- AIM's "Evidence of nerve root or cord compression - ... reflex changes": a reflex change on
  one side counts; one on both sides or on no stated side ("ankle jerks 1+, equal" in a
  62-year-old with axial facet pain) is a reviewer's, as AIM's Cervical injury line and NIA's
  and Cohere's reflex lines already read it (blind e187).
- A limb sign one note calls old ("L ankle jerk 1+, unchanged since her 2019 laminectomy"),
  restated by a request form on the same side with no word of a new course, is the same old
  sign: not shown to be the new deficit NIA asks for (rules/course.py `restated_old`; blind
  e200).
- A request form's generic "Neurological deficit: [X] Yes - diminished reflex" names its sign:
  it is that sign, not a muscle weakness (blind e200).
- An old-course cue dated by an operation ("unchanged since his 2019 laminectomy") reaches the
  operation: the sign is the operation's residue, not a new deficit (rules/course.yaml `old`).
- Contract §3 "progressive ... neurological deficit": weakness of both legs beside a neurogenic
  claudication whose worsening is the walking distance is a reviewer's, not an emergency
  (rules/red_flags.yaml `worsening_not_of_claudication`; blind e193).
Every sentence is written here, none copied from the corpus; each fixing test fails on lead31
and the near-misses pass on both."""

import pytest

from readings import review_case


def _review(tmp_path, nlp, documents, cpt="72148", guidelines=("aim-spine", "nia-lumbar-mri",
                                                                 "evicore-spine"),
            received="2026-12-08", age=62):
    documents = [(f"doc{i}", d, t) for i, (d, t) in enumerate(documents)]
    return review_case(tmp_path, nlp, "m31d", documents, cpt, guidelines, received, age, "M")


def _outcomes(result):
    return {d.guideline: d.outcome for d in result.determinations}


# --- AIM: a symmetric reflex change is no root's by itself (blind e187) ----------------------

_FACET = ("INTERVENTIONAL SPINE - FOLLOW-UP     12/01/2026\n"
          "HPI: 62M retired machinist with axial low back pain, facet pattern, back again since "
          "August after his last radiofrequency ablation wore off. Pain stays in the low back; "
          "no leg pain, no numbness.\n"
          "Exam: lumbar extension-rotation reproduces the pain bilaterally. Strength 5/5 "
          "throughout both legs. Sensation intact to light touch in both legs. {reflexes}\n"
          "Assessment: lumbar facet arthropathy, recurrent.\n"
          "Plan: repeat L3-L5 radiofrequency ablation scheduled; lumbar MRI requested.\n")


def test_a_symmetric_reflex_change_is_no_nerve_root_evidence_for_aim(tmp_path, nlp):
    note = _FACET.format(reflexes="Reflexes: knee jerks 2+, ankle jerks 1+, equal on both sides.")
    result = _review(tmp_path, nlp, [("2026-12-01", note)])
    assert _outcomes(result)["aim-spine"] != "met"


def test_a_one_sided_reflex_change_still_counts_for_aim(tmp_path, nlp):
    # near-miss: the ankle jerk lost on one side is a root's sign (met before and after)
    note = _FACET.format(reflexes="Reflexes: knee jerks 2+; right ankle jerk absent, left 2+.")
    result = _review(tmp_path, nlp, [("2026-12-01", note)])
    assert _outcomes(result)["aim-spine"] == "met"


# --- a sign called old, restated on a form (blind e200) ---------------------------------------

_OFFICE = ("ORTHOPEDIC CLINIC     12/03/2026\n"
           "HPI: 62M with left-sided low back ache for about three weeks after raking leaves, no "
           "pain below the knee, no weakness he has noticed.\n"
           "PMH: left L5-S1 laminectomy 2019.\n"
           "Exam: strength 5/5 hip flexion, quadriceps, tibialis anterior, EHL and gastrocnemius "
           "both sides. Knee jerks 2+ both sides; {ankle}\n"
           "Assessment: mechanical low back pain.\n"
           "Plan: physical therapy for the lumbar spine, ibuprofen, heat.\n")
_FORM = ("RADIOLOGY PRIOR AUTHORIZATION     12/04/2026\n"
         "Study: MRI lumbar spine without contrast\n"
         "Neurological deficit:  [X] Yes - reduced left ankle jerk   [ ] No\n"
         "Conservative care: ibuprofen.\n")


def test_a_sign_called_old_restated_on_a_form_is_not_new(tmp_path, nlp):
    office = _OFFICE.format(ankle="left ankle jerk 1+, right 2+ (left reduced, unchanged since "
                                  "the 2019 surgery).")
    result = _review(tmp_path, nlp, [("2026-12-03", office), ("2026-12-04", _FORM)])
    assert _outcomes(result)["nia-lumbar-mri"] != "met"


def test_a_sign_nobody_calls_old_still_counts(tmp_path, nlp):
    # near-miss: the same exam and form, no word of the reflex's past (met before and after)
    office = _OFFICE.format(ankle="left ankle jerk 1+, right 2+.")
    result = _review(tmp_path, nlp, [("2026-12-03", office), ("2026-12-04", _FORM)])
    assert _outcomes(result)["nia-lumbar-mri"] == "met"


def test_a_forms_generic_deficit_that_names_a_reflex_is_no_weakness(tmp_path, nlp):
    result = _review(tmp_path, nlp, [("2026-12-04", _FORM)])
    weakness = [f for f in result.findings
                if f.code == "motor_weakness" and f.assertion == "present"]
    assert not weakness
    assert any(f.code == "reflex_abnormality" and f.assertion == "present"
               for f in result.findings)


def test_a_forms_generic_deficit_that_names_no_sign_is_still_read(tmp_path, nlp):
    # near-miss: with no sign named after it the generic deficit keeps its old reading
    form = _FORM.replace("[X] Yes - reduced left ankle jerk", "[X] Yes")
    result = _review(tmp_path, nlp, [("2026-12-04", form)])
    assert any(f.code == "motor_weakness" and f.assertion == "present"
               for f in result.findings)


# --- urgency: a claudication that walks less is no progressive deficit (blind e193) -----------

_STENOSIS = ("INTERNAL MEDICINE     11/30/2026\n"
             "HPI: 80M with lumbar spinal stenosis and neurogenic claudication: aching and "
             "heaviness in both thighs and calves on walking, eased by sitting or bending over "
             "the cart. {course} Finished 8 weeks of physical therapy without gain. "
             "Acetaminophen scheduled. No bowel or bladder trouble, no saddle numbness.\n"
             "Exam: hip flexors 4+/5 on both sides, quadriceps 5/5, EHL 5/5. Knee jerks 1+ "
             "both sides. Toes downgoing.\n"
             "Assessment: lumbar stenosis with neurogenic claudication, failed physical therapy.\n"
             "Plan: lumbar MRI, spine surgery referral.\n")


def test_weak_legs_beside_a_claudication_walking_less_is_not_urgent(tmp_path, nlp):
    note = _STENOSIS.format(course="Getting worse since the summer: he now manages about 100 "
                                   "feet before he has to sit, a block in the spring.")
    result = _review(tmp_path, nlp, [("2026-11-30", note)], age=80)
    assert result.priority != "urgent"


def test_weak_legs_getting_weaker_without_a_claudication_is_urgent(tmp_path, nlp):
    # near-miss: both legs weakening over days, no claudication (urgent before and after)
    note = ("INTERNAL MEDICINE     11/30/2026\n"
            "HPI: 80M with low back pain; over the last week both legs have been getting "
            "weaker, now needs help to stand. No bowel or bladder trouble.\n"
            "Exam: hip flexors 4/5 on both sides, quadriceps 4/5 both sides. Toes downgoing.\n"
            "Assessment: progressive weakness of both legs.\nPlan: lumbar MRI today.\n")
    result = _review(tmp_path, nlp, [("2026-11-30", note)], age=80)
    assert result.priority == "urgent"


# --- a sign unchanged since a dated operation is old (the cue reaches the operation) ----------

_POSTOP = ("SPINE CLINIC     12/02/2026\n"
           "HPI: 58M with low back ache for four weeks after moving a sofa, no leg pain.\n"
           "PMH: L5-S1 laminectomy 2019.\n"
           "Exam: strength 5/5 both legs. Knee jerks 2+; {ankle}\n"
           "Assessment: lumbar strain.\nPlan: home exercises, naproxen.\n")


def test_a_sign_unchanged_since_a_dated_operation_is_not_new(tmp_path, nlp):
    note = _POSTOP.format(ankle="left ankle jerk 1+, right 2+ (left reduced, unchanged "
                                "since his 2019 laminectomy).")
    result = _review(tmp_path, nlp, [("2026-12-02", note)], age=58)
    assert _outcomes(result)["nia-lumbar-mri"] != "met"


def test_a_sign_called_new_since_a_dated_operation_still_counts(tmp_path, nlp):
    # near-miss: "new since" the operation is no old course (met before and after)
    note = _POSTOP.format(ankle="left ankle jerk 1+, right 2+ (left reduced, new since "
                                "his 2019 laminectomy).")
    result = _review(tmp_path, nlp, [("2026-12-02", note)], age=58)
    assert _outcomes(result)["nia-lumbar-mri"] == "met"
