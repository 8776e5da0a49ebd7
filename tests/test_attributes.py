"""Values a reviewer relies on: side, level, grade, score, therapy weeks and outcome."""

import datetime as dt

import pytest


def finding(result, code, assertion="present"):
    found = [f for f in result.findings if f.code == code and f.assertion == assertion]
    assert found, [(f.code, f.assertion) for f in result.findings]
    return found[0]


def test_motor_grade_and_side(findings_of):
    _, result = findings_of("Exam: 4/5 L EHL, 4+/5 left ankle dorsiflexion.")
    f = finding(result, "motor_weakness")
    assert f.value.grade == 4
    assert f.laterality == "left"


@pytest.mark.parametrize("text, side", [
    ("Neuro:\n  Motor:         R      L\n   Hip flex      5/5    5/5\n"
     "   Plantarflex   4/5    5/5\n", "right"),
    ("Strength          R      L\n   Deltoid         5/5    5/5\n"
     "   Biceps          5/5    4/5\n   Wrist ext       5/5    4/5\n", "left"),
    ("Motor   Left   Right\n   EHL   4/5   5/5\n   Ankle DF   5/5   5/5\n", "left"),
    ("Strength   R   L\n   Knee ext   4/5   4+/5\n", "bilateral"),
])
def test_a_grade_in_a_side_column_table_takes_the_column_side(findings_of, text, side):
    _, result = findings_of(text)
    f = finding(result, "motor_weakness")
    assert f.value.grade == 4
    assert f.laterality == side


def test_a_grade_dictated_in_words(findings_of):
    _, result = findings_of("Right triceps is 4 out of 5.")
    f = finding(result, "motor_weakness")
    assert (f.value.grade, f.laterality) == (4, "right")


def test_level_is_normalised(findings_of):
    _, result = findings_of("MRI 1/5/2026 showed L4-L5 disc herniation.")
    assert finding(result, "disc_herniation").level == "L4-5"


def test_pain_score(findings_of):
    _, result = findings_of("Pain 8/10, severe, worse with sitting.")
    assert finding(result, "severe_pain").value.score == 8


@pytest.mark.parametrize("text, score", [("VAS 7 today.", 7), ("Pain level: 10.", 10),
                                         ("NRS 8.5, constant.", 8.5)])
def test_pain_score_on_a_named_scale(findings_of, text, score):
    _, result = findings_of(text)
    assert finding(result, "severe_pain").value.score == score


@pytest.mark.parametrize("text", ["VAS 70/100.", "Pain score 4.", "Symptoms since 5/5."])
def test_no_severe_pain_below_seven_or_off_the_scale(findings_of, text):
    _, result = findings_of(text)
    assert not any(f.code == "severe_pain" for f in result.findings)


def test_a_date_is_not_a_motor_grade(findings_of):
    _, result = findings_of("Back pain (since 5/5) after lifting boxes.")
    assert not any(f.code == "motor_weakness" for f in result.findings)


def test_day_exact_dates_beat_a_stated_phase_of_the_course(findings_of):
    _, result = findings_of("Chiropractic care 07/13/2026 - 09/04/2026, 14 visits "
                            "(2x/wk x 6 wks, then 1x/wk).", received=dt.date(2026, 9, 10))
    chiro = finding(result, "chiropractic_care")
    assert chiro.value.weeks == 7.6
    assert chiro.value.weeks_basis == "dates"


def test_therapy_weeks_from_dates(findings_of):
    _, result = findings_of("Physical therapy 12/1/2025 to 1/12/2026 without relief.",
                            received=dt.date(2026, 2, 1))
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks == 6.0
    assert pt.value.start == dt.date(2025, 12, 1)
    assert pt.value.outcome == "failed"
    assert pt.value.weeks_basis == "dates"


def test_therapy_weeks_stated(findings_of):
    _, result = findings_of("Pt did PT x6wks, no relief.")
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks == 6
    assert pt.value.outcome == "failed"


def test_visits_without_span_are_said_so(findings_of):
    _, result = findings_of("Attended 8 visits of physical therapy with minimal improvement.")
    pt = finding(result, "physical_therapy")
    assert pt.value.weeks is None
    assert pt.value.visits == 8
    assert pt.value.weeks_basis == "visits_only"


def test_listhesis_level_written_as_one_vertebra_on_another(findings_of):
    _, result = findings_of("XR: grade 1 anterolisthesis of L4 on L5, stable on flexion.")
    assert finding(result, "spondylolisthesis").level == "L4-5"


def test_lt_beside_a_sensory_word_is_light_touch_not_left(findings_of):
    _, result = findings_of("Exam: decreased LT over the R lateral calf and dorsum of foot.")
    assert finding(result, "dermatomal_sensory_loss").laterality == "right"
    _, result = findings_of("Exam: LT leg numbness, decreased sensation L5 dermatome on the left.")
    assert finding(result, "dermatomal_sensory_loss").laterality == "left"


@pytest.mark.parametrize("text, grade, muscle", [
    ("Strength: 4-/5 L EHL, otherwise 5/5.", 4, "EHL"),
    ("L EHL 4+/5.", 4, "EHL"),
    ("Right triceps is 4 out of 5.", 4, "triceps"),
    ("Hip flexors 3/5 bilaterally, knee extension 4/5.", 3, "hip flexors"),
    ("R intrinsic hand muscles 4+/5.", 4, "hand intrinsics"),
    ("Motor: L quad 4/5.", 4, "quadriceps"),
])
def test_motor_muscle_is_read_from_the_span(findings_of, text, grade, muscle):
    _, result = findings_of(text)
    value = finding(result, "motor_weakness").value
    assert (value.grade, value.muscle) == (grade, muscle)


def therapy(result, code="physical_therapy"):
    return finding(result, code).value


@pytest.mark.parametrize("note, code, outcome", [
    # a plain failure overrules a partial improvement
    ("PT 2x/wk for 6 weeks + HEP - neck pain better, arm numbness unchanged.",
     "physical_therapy", "failed"),
    # an improvement undone after "but"
    ("Physical therapy helped initially but symptoms are back to baseline.",
     "physical_therapy", "failed"),
    # an outcome said of another treatment is not this one's
    ("Chiropractic care gave good relief, but PT made the pain worse.",
     "chiropractic_care", "improved"),
    ("Chiropractic care gave good relief, but PT made the pain worse.",
     "physical_therapy", "failed"),
    # the outcome may follow in the next sentence
    ("Completed 6 weeks of PT in January. No improvement.", "physical_therapy", "failed"),
    # "worse" describing the pain does not overrule the therapy's help
    ("Did well with PT, pain 2/10 now, worse with prolonged sitting.",
     "physical_therapy", "improved"),
])
def test_therapy_outcome(findings_of, note, code, outcome):
    _, result = findings_of(note)
    assert therapy(result, code).outcome == outcome


def test_a_home_program_still_done_is_ongoing_even_after_failed_conservative_care(findings_of):
    _, result = findings_of("Failed PT and HEP over 8 weeks.\nContinues HEP daily.")
    assert therapy(result, "home_exercise_program").outcome == "ongoing"
    assert therapy(result).outcome == "failed"


def test_a_duration_nearer_another_finding_is_not_the_therapys(findings_of):
    _, result = findings_of("L5 radiculopathy, 12 wks, failed PT 1/5/2026-2/16/2026.",
                            received=dt.date(2026, 3, 2))
    assert therapy(result).weeks == 6.0


def test_a_duration_in_the_therapys_parenthesis_is_its_own(findings_of):
    _, result = findings_of("Failed PT (9/2025-11/2025, 8 wks), gabapentin and tramadol.",
                            received=dt.date(2026, 3, 2))
    assert therapy(result).weeks == 8


def test_a_course_started_recently_with_no_end_is_ongoing(findings_of):
    _, result = findings_of("PT started 2/9/2026 (2x/wk), visit 5 today.",
                            received=dt.date(2026, 3, 2))
    value = therapy(result)
    assert (value.weeks, value.weeks_basis, value.outcome) == (3.0, "since", "ongoing")


def test_the_imaging_requested_is_not_prior_imaging(findings_of):
    for note in ["MRI L-spine w/o contrast requested.",
                 "Plan: order MRI of the lumbar spine.",
                 "Recommended an MRI of the lumbar spine to define the stenosis.",
                 "Will obtain CT of the lumbar spine.",
                 "Pt has declined MRI because of claustrophobia.",
                 # a request form's field, a preference, a slot to come, the study chosen
                 "PRECERTIFICATION REQUEST\nStudy: CT lumbar spine w/o contrast   CPT: 72131",
                 "She would prefer a CT because the earliest MRI slot is 12/21.",
                 "CT is available 12/03."]:
        table, _ = findings_of(note)
        assert "present" not in table.get("prior_mri", set()) | table.get("prior_ct", set()), note


def test_the_study_chosen_instead_of_another_is_requested(findings_of):
    table, _ = findings_of("Reason CT instead of MRI: scheduling - MRI wait 4 wks.")
    assert "prior_ct" not in table


def test_imaging_done_is_prior_imaging_even_beside_a_request(findings_of):
    table, result = findings_of("Repeat MRI requested; MRI L-spine 10/2025 showed L4-5 HNP.",
                                received=dt.date(2026, 3, 2))
    mri = finding(result, "prior_mri")
    assert [e.text for e in mri.evidence] == ["MRI L-spine"]
    assert mri.value.date == dt.date(2025, 10, 1)


def test_a_dated_injection_within_90_days_is_a_recent_spinal_procedure(findings_of):
    table, _ = findings_of("s/p L L5-S1 TFESI 1/15/2026 with partial relief.",
                           received=dt.date(2026, 3, 2))
    assert "present" in table["recent_spinal_procedure"]
    table, _ = findings_of("s/p L L5-S1 TFESI 6/15/2025 with partial relief.",
                           received=dt.date(2026, 3, 2))
    assert "recent_spinal_procedure" not in table


def test_bilateral_sciatica_is_radicular_pain(findings_of):
    table, result = findings_of("Bilat buttock/post thigh pain, L>R.")
    assert "present" in table["radicular_pain"]
    assert finding(result, "radicular_pain").evidence[0].text == "Bilat buttock/post thigh pain"


@pytest.mark.parametrize("note, code, level", [
    # the level nearest the finding, by the characters between them
    ("XR: spondylosis C4-C7 with a 3 mm anterolisthesis of C4 on C5.", "spondylolisthesis", "C4-5"),
    # a level the words place elsewhere is not the finding's
    ("Adjacent segment degeneration L3-4 with stenosis above the L4-S1 fusion.",
     "spinal_stenosis", "L3-4"),
    # a level opening the next line
    ("Babinski upgoing, sensory level\n~T10. Unable to walk.", "dermatomal_sensory_loss", "T10"),
    # a sensory loss named by its skin area: the root supplying it
    ("Sensation decreased over the L dorsum of foot and first web space.",
     "dermatomal_sensory_loss", "L5"),
    ("Decreased pinprick along the lateral border of the R foot.", "dermatomal_sensory_loss", "S1"),
])
def test_level_of_a_finding(findings_of, note, code, level):
    _, result = findings_of(note)
    assert finding(result, code).level == level


@pytest.mark.parametrize("note, weeks", [
    ("Persistent pain despite 6 wks rest and 6 wks PT.", 12),
    ("Failed conservative care: PT x 6 wks, chiro x 4 wks.", 10),
    ("Failed conservative management: 6 wks PT, NSAIDs, >10 wks total.", 10),
    # durations of symptoms are not a course to add up
    ("LBP x 10 wks and leg pain x 6 wks despite conservative care.", 10),
    # ...and a failed course takes its own duration, not the symptom's
    ("A: L4 radiculopathy, 10 weeks, failed 6.5 wks PT + celecoxib + oral steroid.", 6.5),
    ("LBP 9+ weeks, intractable - failed 8 weeks of conservative care.", 8),
    ("Back pain for a year; failed 6 weeks of PT and NSAIDs.", 6),
])
def test_conservative_course_weeks(findings_of, note, weeks):
    _, result = findings_of(note)
    assert finding(result, "conservative_care_failed").value.weeks == weeks


def test_a_date_belongs_to_the_finding_it_stands_beside(findings_of):
    table, result = findings_of("XR C-spine 4/2/2025: solid C5-6 fusion, hardware intact.",
                                received=dt.date(2025, 4, 20))
    assert finding(result, "prior_xray").value.date == dt.date(2025, 4, 2)
    assert finding(result, "prior_spine_surgery").value is None or \
        finding(result, "prior_spine_surgery").value.date is None
    assert "recent_spinal_procedure" not in table  # the x-ray is recent, not the fusion


def test_a_bare_year_after_a_procedure_or_study_dates_it(findings_of):
    _, result = findings_of("s/p L4-5 laminectomy 2019. MRI 2023 showed L3-4 stenosis.")
    assert finding(result, "prior_spine_surgery").value.date == dt.date(2019, 1, 1)
    assert finding(result, "prior_mri").value.date == dt.date(2023, 1, 1)


@pytest.mark.parametrize("text, code, date", [
    ("X-ray lumbar spine with flexion/extension 07/20/2026: grade 1 anterolisthesis L4-5.",
     "prior_xray", dt.date(2026, 7, 20)),
    ("X-rays L-spine 4 views incl obliques (11/03/2026, this clinic): no listhesis.",
     "prior_xray", dt.date(2026, 11, 3)),
    ("PRIOR IMAGING\nX-ray:  [X] Y  [ ] N   Date: 09/02/2026   Result: C5-6 narrowing.",
     "prior_xray", dt.date(2026, 9, 2)),
    ("Procedure: L3-4, L4-5 laminectomy (decompression, no fusion) 05/05/2026, Dr. Hal.",
     "prior_spine_surgery", dt.date(2026, 5, 5)),
    ("CT lumbar spine w/o contrast at St. Luke's 10/02/2026: no fracture.", "prior_ct",
     dt.date(2026, 10, 2)),
])
def test_a_date_after_the_studys_own_words_dates_it(findings_of, text, code, date):
    _, result = findings_of(text, received=dt.date(2026, 11, 30))
    assert finding(result, code).value.date == date


@pytest.mark.parametrize("text", [
    "DIAGNOSTICS: Lumbar and thoracolumbar X-rays in clinic today (2 views): L1 wedge.",
    "Imaging: CXR clear. Lumbar x-ray in ED: loss of definition of the L2 endplate.",
    "X-ray T-spine 2 views (here, prelim read by me, overread pending): T12 wedge.",
    "Imaging today: C-spine AP/lateral/flexion-extension: plate and screws intact.",
])
def test_a_study_this_visit_took_is_dated_the_note(findings_of, text):
    _, result = findings_of(text, received=dt.date(2026, 11, 30))
    assert finding(result, "prior_xray").value.date == dt.date(2026, 11, 30)


def test_a_reports_impression_gives_the_result_of_the_study_its_header_names(findings_of):
    report = ("SUMMIT NEUROSURGICAL ASSOCIATES - IN-OFFICE RADIOGRAPHY\n"
              "Exam: Lumbar spine AP, lateral, flexion and extension     Date: 11/20/2026\n"
              "Clinical hx: 14 mo s/p L4-5 TLIF, recurrent axial LBP.\n"
              "Findings: Cage and screws in place. Lucency around both L5 screws.\n"
              "Impression: Indeterminate for solid fusion at L4-5; pseudarthrosis not excluded.\n")
    _, result = findings_of(report, received=dt.date(2026, 11, 30))
    assert finding(result, "prior_xray").value.result == "nondiagnostic"


@pytest.mark.parametrize("text", [
    "MRI L-spine showed L4-5 herniation, s/p fusion 05/2024.",
    "Lumbar x-ray reviewed in clinic today: L1 wedge.",
])
def test_no_date_from_another_findings_words_or_a_review(findings_of, text):
    _, result = findings_of(text, received=dt.date(2026, 11, 30))
    study = next(f for f in result.findings if f.code in ("prior_mri", "prior_xray"))
    assert study.value is None or study.value.date is None


@pytest.mark.parametrize("text, code, expected", [
    # denied findings only, across a report's semicolons: a normal film
    ("XR lumbar spine AP/lat 05/05/2026: no pars defect identified; no spondylolisthesis; "
     "normal alignment.", "prior_xray", "normal"),
    ("Prior imaging: XR L-spine 1/7/2026 - no fracture, no spondylolisthesis.", "prior_xray", "normal"),
    ("Plain films of the L-spine unremarkable.", "prior_xray", "normal"),
    ("Adolescent with normal radiographs - suspected spondylolysis.", "prior_xray", "normal"),
    ("MRI L-spine 3/2026: no stenosis or herniation.", "prior_mri", "normal"),
    # a finding beside the denied ones is an abnormal film
    ("XR L-spine: mild DDD, no fracture.", "prior_xray", "abnormal"),
    ("XR 06/2026: no fracture; mild L5-S1 disc thinning.", "prior_xray", "abnormal"),
    ("CT chest 04/2026 - stable osseous mets, no new lesions.", "prior_ct", "abnormal"),
    ("MRI L-spine 2/22/2025: L4-5 discitis/osteomyelitis with small epidural phlegmon, "
     "no drainable abscess.", "prior_mri", "abnormal"),
    ("XR L-spine: no fracture; ? endplate irregularity L2-3, read as indeterminate.",
     "prior_xray", "nondiagnostic"),
    # a read that queries its finding with a "?" settles nothing
    ("XR L-spine 12/8/2025: hardware intact, cage in good position; ? medial breach of R L5 "
     "pedicle screw.", "prior_xray", "nondiagnostic"),
    ("Lumbar x-ray 10/2026: ?pars defect at L5, otherwise normal.", "prior_xray",
     "nondiagnostic"),
    ("XR L-spine 10/2026: L2 compression fracture. Osteoporosis?", "prior_xray", "abnormal"),
    ("XR T-spine: loss of height T12 with widening of T11-12 - ? flexion-distraction injury.",
     "prior_xray", "abnormal"),
    # an equivocal film settles nothing, whatever finding words it names
    ("SI joint XR 5/2026: equivocal subchondral sclerosis of the iliac side.",
     "prior_xray", "nondiagnostic"),
    ("XR L-spine: equivocal L1 endplate depression, no acute fracture.",
     "prior_xray", "nondiagnostic"),
    ("Lumbar x-ray 11/29: mild endplate irregularity at L2-3, nonspecific; correlate with MRI.",
     "prior_xray", "nondiagnostic"),
    ("Thoracic spine x-rays 10/30/2026: alignment normal; subtle lucency in T7 cannot be "
     "excluded.", "prior_xray", "nondiagnostic"),
    ("C-spine XR in ED: severe multilevel degenerative change; C7-T1 not visualized.",
     "prior_xray", "nondiagnostic"),
    # a post-operative film: the expected changes are normal, a new loss of height is not
    ("Flexion/extension films showed the expected L4-5 laminotomy defect with no listhesis.",
     "prior_xray", "normal"),
    ("X-ray 11/02 showed cage and screws in good position.", "prior_xray", "normal"),
    ("XR L-spine flex/ext: post-op L4-5 hemilaminotomy, disc height slightly decreased, no "
     "listhesis.", "prior_xray", "abnormal"),
])
def test_imaging_result_reads_denied_findings(findings_of, text, code, expected):
    _, result = findings_of(text)
    assert finding(result, code).value.result == expected


def test_imaging_result_stops_at_the_next_study(findings_of):
    _, result = findings_of("XR L-spine 1/2026: no fracture; MRI 2/2026: L4-5 extrusion.")
    assert finding(result, "prior_xray").value.result == "normal"
    assert finding(result, "prior_mri").value.result == "abnormal"


@pytest.mark.parametrize("text, metastatic", [
    ("Breast cancer with mets to the spine.", True),
    ("Metastatic lung cancer to L2.", True),
    ("H/o breast cancer - concerning for osseous metastatic disease.", True),
    ("Prostate cancer, no evidence of bony mets on bone scan.", None),
    ("Breast cancer 2009. No features suggesting metastatic disease.", None),
    # a relative's spread is not the patient's
    ("Worried the cancer is back because her sister's breast cancer spread to the spine.", None),
])
def test_metastatic_is_the_patients_and_not_denied(findings_of, text, metastatic):
    _, result = findings_of(text)
    value = finding(result, "malignancy").value
    assert (value.metastatic if value else None) is metastatic


@pytest.mark.parametrize("text, code, side", [
    # levels between the side and the finding cost nothing
    ("Assessment: right-sided L3 or L4 radicular pain.", "radicular_pain", "right"),
    # the side of a limb finding further off in its clause, across "and"
    ("Severe right buttock and lateral leg pain radiating to the top of the foot.",
     "radicular_pain", "right"),
    ("He reports numbness in all fingers of both hands.", "paresthesia", "bilateral"),
    # the dominant side of "R > L"
    ("Pain across lower back, R > L, occasionally into the buttock.", "low_back_pain", "right"),
    # a side set off after the finding, but not one naming the next body part
    ("Constant posterior neck pain, bilateral, worse on the R.", "neck_pain", "bilateral"),
    ("Low back pain, right leg numbness.", "low_back_pain", None),
])
def test_laterality_further_from_the_finding(findings_of, text, code, side):
    _, result = findings_of(text)
    assert finding(result, code).laterality == side


def test_a_side_belongs_to_the_finding_next_to_it(findings_of):
    # "Right" is the shoulder's: the back pain between takes it, not the radiation after it
    _, result = findings_of("Right shoulder pain and low back pain radiating down the leg.")
    assert finding(result, "radicular_pain").laterality is None


def test_level_is_the_one_the_mentions_give(findings_of):
    _, result = findings_of("84F, severe osteoporosis (prior L2 compression fx 2021), AFib.\n"
                            "XR T/L-spine: new T12 compression fracture.\n"
                            "A/P: acute T12 osteoporotic compression fx after a fall.")
    assert finding(result, "spinal_fracture").level == "T12"


def _exam_of(nlp, notes, received=dt.date(2026, 11, 20)):
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    documents = [Document(id=name, text=text, source=None, date=date, sha256="0")
                 for name, date, text in notes]
    result = extract(documents, received, nlp=nlp)
    return [f for f in result.findings if f.code == "in_person_exam"]


@pytest.mark.parametrize("old, new", [
    ("OBJECTIVE\nLumbar AROM limited. SLR (-) bilat.", "O: Strength 5/5 LEs, SLR neg."),
    ("Physical exam: antalgic gait.", "On exam today she has 4/5 L EHL."),
    ("Examined the patient: paraspinal TTP.", "Seen and examined. Reflexes symmetric."),
])
def test_a_face_to_face_exam_is_dated_by_the_latest_note_that_documents_one(nlp, old, new):
    # eviCore's "evaluated within 60 days" asks for the last visit, not the packet's oldest;
    # the older document is named so that it sorts first
    exams = _exam_of(nlp, [("a-older", dt.date(2026, 8, 4), old),
                           ("b-recent", dt.date(2026, 11, 17), new)])
    present = [f for f in exams if f.assertion == "present"]
    assert present and present[0].value.date == dt.date(2026, 11, 17)


@pytest.mark.parametrize("plan", ["Plan: MRI lumbar spine. Office visit after the MRI.",
                                  "Plan: In-person visit in 3 weeks for a full neuro exam.",
                                  "Plan: office visit in 2 weeks to review the MRI."])
def test_a_planned_visit_is_no_exam(nlp, plan):
    exams = _exam_of(nlp, [("a-office", dt.date(2026, 9, 2), "EXAM: paraspinal tenderness."),
                           ("b-phone", dt.date(2026, 11, 24),
                            "Telephone encounter - no exam performed.\n" + plan)])
    present = [f for f in exams if f.assertion == "present"]
    assert present and present[0].value.date == dt.date(2026, 9, 2)


@pytest.mark.parametrize("text", [
    "Primary survey: A patent, B equal BS, C HR 104.\nSecondary survey:\n- Spine: midline TTP.",
    "Secondary survey notable for a step-off at T11-12.",
    "Tertiary trauma survey: no new injuries, moves all 4.",
])
def test_a_trauma_bay_survey_is_a_face_to_face_exam(findings_of, text):
    table, _ = findings_of(text)
    assert "present" in table.get("in_person_exam", set())


@pytest.mark.parametrize("header, weeks, visits", [
    ("ALIGN CHIROPRACTIC & WELLNESS\nRE-EXAMINATION          Date: 11/19/2026\n"
     "Initial exam: 09/15/2026   Visits to date: 18\n", 9.3, 18),
    ("RIVERSIDE PHYSICAL THERAPY - DISCHARGE SUMMARY\n"
     "Date: 09/29/2026    Visits attended: 15 of 16    Dates of care: 08/04/2026 - 09/29/2026\n", 8.0, 15),
    ("Lakeside Physical Therapy - Progress Note\nDate: 11/19/2026\nStart of care: 10/01/2026\n", 7.0, None),
    # the course's own dates, not the date of the title line
    ("PT DISCHARGE SUMMARY        11/06/2026\nDates: 09/22/2026 - 11/06/2026, 12 visits.\n", 6.4,
     None),
    ("PEDIATRIC PT - PROGRESS NOTE            11/19/2026\nVisits: 8 (10/27/2026 - 11/19/2026)\n",
     3.3, 8),
    ("RIVERBEND PHYSICAL THERAPY - DISCHARGE SUMMARY\nPt: M.K.\n"
     "Visits attended: 3 (10/14, 10/16, 10/21/2026). No-showed 10/23.\n", 1.0, 3),
    ("ACTIVE MOTION PHYSICAL THERAPY\nDISCHARGE SUMMARY\nPatient: M.O.\nReferring MD: R. H.\n"
     "Date of eval: 10/27/2026   Date of last visit: 11/10/2026\n", 2.0, None),
])
def test_a_therapy_note_header_states_the_course(findings_of, header, weeks, visits):
    _, result = findings_of(header + "\nASSESSMENT: Improvement has plateaued.\n",
                            received=dt.date(2026, 11, 20))
    therapy = [f for f in result.findings if f.code in ("chiropractic_care", "physical_therapy")]
    assert therapy and therapy[0].value.weeks == weeks
    assert therapy[0].value.visits == visits
    assert therapy[0].value.outcome == "failed"


@pytest.mark.parametrize("text, side", [
    ("RLE: hip flexion 3/5, knee extension 3/5, ankle DF 4/5. LLE 5/5 throughout.", "right"),
    ("L: EHL 4/5, DF 4+/5.", "left"),
    ("LLE: hip flexion 4/5, EHL 4-/5; RLE 5/5.", "left"),
])
def test_a_side_heading_a_list_is_the_side_of_each_item(findings_of, text, side):
    _, result = findings_of(text)
    assert finding(result, "motor_weakness").laterality == side


def test_a_radiology_reports_own_study_is_dated_by_the_report(findings_of):
    report = ("MERIDIAN OPEN MRI\nPatient: [redacted]   DOS: 10/02/2026\n"
              "EXAM: MRI lumbar spine without contrast\n"
              "FINDINGS: L5-S1 left paracentral protrusion.\nIMPRESSION: L5-S1 disc protrusion.\n")
    _, result = findings_of(report, received=dt.date(2026, 11, 20))
    assert finding(result, "prior_mri").value.date == dt.date(2026, 10, 2)


def test_an_office_note_mentioning_an_mri_in_its_header_does_not_date_it(findings_of):
    note = "Office visit 11/20/2026\nReason: review MRI lumbar spine.\nPain 5/10.\n"
    table, result = findings_of(note, received=dt.date(2026, 11, 20))
    mri = [f for f in result.findings if f.code == "prior_mri"]
    assert all(f.value is None or f.value.date is None for f in mri)


def test_an_operation_dated_after_the_note_is_planned_not_done(findings_of):
    table, _ = findings_of("Plan: L4-5 TLIF with navigated pedicle screw fixation on 12/15/2026.")
    assert "present" not in table.get("prior_spine_surgery", set())


def test_a_course_the_patient_reports_ranks_below_the_dated_one(findings_of):
    note = ("ACTIVE MOTION PHYSICAL THERAPY - DISCHARGE SUMMARY\n"
            "Dates of care: 10/27/2026 - 11/10/2026\n\n"
            "ORTHO NOTE: L5 radiculopathy. \"Failed 6 wks PT\" per pt.\n")
    _, result = findings_of(note, received=dt.date(2026, 11, 24))
    pt = finding(result, "physical_therapy")
    assert (pt.value.weeks, pt.value.weeks_basis, pt.value.reported) == (2.0, "dates", None)
    _, result = findings_of("She did 6 weeks of PT per pt, without relief.")
    pt = finding(result, "physical_therapy")
    assert (pt.value.weeks, pt.value.reported) == (6.0, True)


@pytest.mark.parametrize("text, procedure", [
    # contract §4's shape: the operation with its level
    ("PSH: s/p microdiscectomy (L5-S1), 2019.", "L5-S1 microdiscectomy"),
    ("History of L4-5 laminectomy (2018).", "L4-5 laminectomy"),
    # a name that carries its own level is kept as written
    ("Prior surgery: ACDF C5-6, 2021.", "ACDF C5-6"),
])
def test_a_prior_operation_is_named_with_its_level(findings_of, text, procedure):
    _, result = findings_of(text)
    assert finding(result, "prior_spine_surgery").value.procedure == procedure


def test_the_mention_naming_the_operation_names_the_finding(findings_of):
    # a bare "back surgery" first, the operation and its level later in the note
    _, result = findings_of("HPI: Had back surgery years ago, doing well since.\n\n"
                            "PSH: L4-5 microdiscectomy 2015.")
    assert finding(result, "prior_spine_surgery").value.procedure == "L4-5 microdiscectomy"


@pytest.mark.parametrize("text, region", [
    # a study its sentence ties to a level, naming no region: the level's region
    ("HPI: known L5-S1 disc herniation (MRI 03/2024, treated with PT).", "lumbar"),
    ("History: C5-6 foraminal stenosis on MRI 2023.", "cervical"),
    # a region named wins over the level
    ("Cervical MRI 2023 was normal; lumbar MRI 2024 showed L4-5 stenosis.", "cervical"),
])
def test_a_prior_study_without_a_region_takes_its_levels(findings_of, text, region):
    _, result = findings_of(text)
    assert finding(result, "prior_mri").value.region == region


def test_a_staging_ct_showing_a_spinal_lesion_is_no_study_of_that_region(findings_of):
    # the CT that found the lesion is no prior study of the spine the request is for
    _, result = findings_of("Surveillance CT 11/19/2026: new lytic lesion at T9.")
    assert finding(result, "prior_ct").value.region is None
