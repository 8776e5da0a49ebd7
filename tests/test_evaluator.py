"""The evaluator's semantics on a small rule file written for the test (rules/SCHEMA.md)."""

import datetime as dt

import pytest

from spinecite.extractors.models import Evidence, ExamValue, Finding, ImagingValue, TherapyValue
from spinecite.rules.evaluator import CaseFacts, evaluate
from spinecite.rules.ruleset import RuleFileError, load_guideline

RULES = """
guideline: test-guideline
title: test
source: {file: test.txt}
governs: ["72148", "72141"]
definitions:
  conservative:
    text: "six weeks of therapy"
    section: "Definitions"
    when:
      any:
        - finding: physical_therapy
          where: {weeks: {gte: 6}}
          within_days: 180
        - finding: home_exercise_program
          where: {weeks: {gte: 6}}
requirements:
  - id: test-guideline.req.exam
    text: "an exam"
    section: "General"
    when: {finding: in_person_exam}
exclusions:
  - id: test-guideline.excl.neuropathy
    text: "deficits from neuropathy"
    section: "Exclusions"
    when: {finding: peripheral_neuropathy}
indications:
  - id: test-guideline.ces
    family: cauda_equina
    region: [lumbar]
    urgent: true
    skip_requirements: true
    text: "cauda equina"
    section: "Red flags"
    when: {finding: cauda_equina_syndrome, assertion: [present, possible]}
  - id: test-guideline.conservative
    family: conservative_failure
    region: [lumbar]
    text: "failed conservative care"
    section: "Back pain"
    when:
      all:
        - finding: low_back_pain
        - ref: conservative
  - id: test-guideline.judgment
    family: other
    region: [lumbar]
    text: "will change management"
    section: "Other"
    when: {judgment: "imaging will change management"}
  - id: test-guideline.two-signs
    family: neuro_deficit
    region: [lumbar]
    text: "two signs"
    section: "Neuro"
    when:
      at_least:
        n: 2
        of:
          - finding: motor_weakness
            where: {grade: {lte: 3}}
          - finding: reflex_abnormality
          - not: {finding: gait_abnormality, assertion: absent}
"""
RECEIVED = dt.date(2026, 3, 1)


@pytest.fixture()
def guideline(tmp_path):
    path = tmp_path / "test-guideline.yaml"
    path.write_text(RULES)
    return load_guideline(path)


def f(code, assertion="present", value=None, document_date=None):
    return Finding(code=code, assertion=assertion, value=value, document_date=document_date,
                   evidence=[Evidence(document="d", start=0, end=1, text="x")])


def run(guideline, *findings, cpt="72148", age=None):
    return evaluate(guideline, cpt, CaseFacts(RECEIVED, age, tuple(findings)))


def test_nothing_documented_is_not_met_with_missing(guideline):
    d = run(guideline, f("in_person_exam"))
    assert d.outcome == "not_met" and d.basis == [] and not d.urgent
    assert d.missing


def test_possible_cauda_equina_is_urgent_and_skips_requirements(guideline):
    d = run(guideline, f("cauda_equina_syndrome", "possible"))
    assert d.outcome == "met" and d.urgent and d.basis == ["cauda_equina"]


def test_therapy_weeks_threshold_and_requirement(guideline):
    pt = f("physical_therapy", value=TherapyValue(weeks=6, end=dt.date(2026, 2, 1)))
    assert run(guideline, f("low_back_pain"), pt, f("in_person_exam")).outcome == "met"
    # the same without the required exam is not met, and says so
    d = run(guideline, f("low_back_pain"), pt)
    assert d.outcome == "not_met"
    assert any(m.startswith("Requirement: an exam") for m in d.missing)


def test_unknown_weeks_never_make_met(guideline):
    pt = f("physical_therapy", value=TherapyValue(visits=8, weeks_basis="visits_only"),
           document_date=dt.date(2026, 2, 1))
    d = run(guideline, f("low_back_pain"), pt, f("in_person_exam"))
    assert d.outcome == "not_met"
    node = next(c for c in d.criteria if c.id == "test-guideline.conservative")
    assert node.result == "unknown"


def test_old_therapy_is_outside_the_window(guideline):
    pt = f("physical_therapy", value=TherapyValue(weeks=8, end=dt.date(2025, 6, 1)))
    assert run(guideline, f("low_back_pain"), pt, f("in_person_exam")).outcome == "not_met"


def test_judgment_alone_is_never_met(guideline):
    d = run(guideline, f("in_person_exam"))
    node = next(c for c in d.criteria if c.id == "test-guideline.judgment")
    assert node.result == "unknown" and d.outcome == "not_met"


def test_exclusion_blocks_met(guideline):
    pt = f("physical_therapy", value=TherapyValue(weeks=6, end=dt.date(2026, 2, 1)))
    d = run(guideline, f("low_back_pain"), pt, f("in_person_exam"), f("peripheral_neuropathy"))
    assert d.outcome == "not_met"
    assert any(m.startswith("Exclusion applies") for m in d.missing)


def test_at_least_and_not(guideline):
    d = run(guideline, f("reflex_abnormality"), f("in_person_exam"))
    # reflexes + "gait not documented as normal" = 2 of 3
    assert d.outcome == "met" and d.basis == ["neuro_deficit"]
    d = run(guideline, f("reflex_abnormality"), f("gait_abnormality", "absent"), f("in_person_exam"))
    assert d.outcome == "not_met"


def test_region_and_cpt(guideline):
    assert run(guideline, f("cauda_equina_syndrome"), cpt="72141").outcome == "not_met"
    assert run(guideline, f("cauda_equina_syndrome"), cpt="72125").outcome == "not_applicable"


def test_met_criteria_carry_evidence(guideline):
    d = run(guideline, f("cauda_equina_syndrome"))
    node = next(c for c in d.criteria if c.id == "test-guideline.ces")
    assert node.result == "met" and node.evidence and node.text == "cauda equina"


def test_unknown_code_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(RULES.replace("finding: low_back_pain", "finding: lumbago"))
    with pytest.raises(RuleFileError, match="lumbago"):
        load_guideline(path)


REQUEST_RULES = """
guideline: test-request
title: test
source: {file: test.txt}
governs: ["72148", "72158", "72131"]
requirements:
  - id: test-request.req.ct
    modality: [ct]
    text: "CT when MRI is contraindicated"
    when:
      finding: mri_contraindication
      mentions: [pacemaker, implant]
indications:
  - id: test-request.radicular
    family: conservative_failure
    region: [lumbar]
    text: "radicular pain, MRI without contrast"
    when:
      all:
        - request: {cpt: ["72148", "72131"]}
        - finding: radicular_pain
"""


@pytest.fixture()
def request_guideline(tmp_path):
    path = tmp_path / "test-request.yaml"
    path.write_text(REQUEST_RULES)
    return load_guideline(path)


def said(code, text):
    return Finding(code=code, assertion="present",
                   evidence=[Evidence(document="d", start=0, end=len(text), text=text)])


def test_request_node_tests_the_requested_cpt(request_guideline):
    pain = said("radicular_pain", "sciatica")
    assert run(request_guideline, pain, cpt="72148").outcome == "met"
    d = run(request_guideline, pain, cpt="72158")
    assert d.outcome == "not_met"
    assert any("another study than CPT 72158" in m and "CPT 72148" in m for m in d.missing)


def test_modality_requirement_applies_to_ct_only_and_mentions_gate_it(request_guideline):
    pain = said("radicular_pain", "sciatica")
    assert run(request_guideline, pain, cpt="72131").outcome == "not_met"
    claustrophobia = said("mri_contraindication", "severe claustrophobia")
    assert run(request_guideline, pain, claustrophobia, cpt="72131").outcome == "not_met"
    pacemaker = said("mri_contraindication", "non-conditional Pacemaker")
    assert run(request_guideline, pain, pacemaker, cpt="72131").outcome == "met"
    # an MRI request never sees the CT requirement
    d = run(request_guideline, pain, cpt="72148")
    assert all(c.id != "test-request.req.ct" for c in d.criteria)


def test_mentions_are_whole_words(request_guideline):
    pain = said("radicular_pain", "sciatica")
    for text, met in (("pacemaker", True), ("Implant: pacemaker-dependent", True),
                      ("implantable loop recorder", False), ("pacemakers", False)):
        device = said("mri_contraindication", text)
        assert (run(request_guideline, pain, device, cpt="72131").outcome == "met") is met, text


def test_unknown_modality_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(REQUEST_RULES.replace("modality: [ct]", "modality: [pet]"))
    with pytest.raises(RuleFileError, match="modality"):
        load_guideline(path)


def test_unless_turns_a_disputed_met_into_unknown(tmp_path):
    path = tmp_path / "test-unless.yaml"
    path.write_text(REQUEST_RULES.replace('''        - request: {cpt: ["72148", "72131"]}
        - finding: radicular_pain''', '''        - finding: cauda_equina_syndrome
          assertion: [present, possible]
          unless: absent'''))
    g = load_guideline(path)
    suspected = said("cauda_equina_syndrome", "concern for cauda equina")
    assert run(g, suspected).outcome == "met"
    ruled_out = Finding(code="cauda_equina_syndrome", assertion="absent",
                        evidence=[Evidence(document="d", start=5, end=8, text="CES")])
    d = run(g, suspected, ruled_out)
    assert d.outcome == "not_met"
    assert d.criteria[0].result == "unknown" and len(d.criteria[0].evidence) == 2


def test_level_region_reads_the_region_of_a_level(tmp_path):
    path = tmp_path / "test-level.yaml"
    path.write_text(REQUEST_RULES.replace('''        - request: {cpt: ["72148", "72131"]}
        - finding: radicular_pain''', '''        - finding: scoliosis
          where: {laterality: left, level_region: thoracic}'''))
    g = load_guideline(path)

    def curve(laterality, level):
        return Finding(code="scoliosis", assertion="present", laterality=laterality, level=level,
                       evidence=[Evidence(document="d", start=0, end=9, text="scoliosis")])
    assert run(g, curve("left", "T5-11")).outcome == "met"
    assert run(g, curve("right", "T5-11")).outcome == "not_met"
    assert run(g, curve("left", "L2-4")).outcome == "not_met"
    assert run(g, curve("left", None)).criteria[0].result == "unknown"


def test_requested_region_operand(tmp_path):
    path = tmp_path / "test-region.yaml"
    path.write_text(REQUEST_RULES.replace('''        - request: {cpt: ["72148", "72131"]}
        - finding: radicular_pain''', '''        - finding: radicular_pain
        - not: {finding: prior_mri, where: {region: requested}}'''))
    g = load_guideline(path)
    pain = said("radicular_pain", "sciatica")

    def mri(region):
        return Finding(code="prior_mri", assertion="present", value=ImagingValue(region=region),
                       evidence=[Evidence(document="d", start=0, end=3, text="MRI")])
    assert run(g, pain, mri("cervical")).outcome == "met"
    assert run(g, pain, mri("lumbar")).outcome == "not_met"
    assert run(g, pain, mri(None)).outcome == "not_met"   # unknown region: a nurse checks


def test_a_disputed_red_flag_is_not_met_but_stays_urgent(tmp_path):
    path = tmp_path / "test-urgent.yaml"
    path.write_text(REQUEST_RULES.replace('''    text: "radicular pain, MRI without contrast"''', '''    urgent: true
    text: "retention"''').replace('''        - request: {cpt: ["72148", "72131"]}
        - finding: radicular_pain''', '''        - finding: bladder_dysfunction
          unless: absent'''))
    g = load_guideline(path)
    retention = said("bladder_dysfunction", "urinary retention")
    # the same kind of the sign denied ("No incontinence" would deny another: rules/course.yaml
    # `sign_kinds`)
    denied = Finding(code="bladder_dysfunction", assertion="absent",
                     evidence=[Evidence(document="d", start=20, end=37, text="urinary retention")])
    d = run(g, retention)
    assert d.outcome == "met" and d.urgent
    d = run(g, retention, denied)
    assert d.outcome == "not_met" and d.urgent
    assert not run(g, denied).urgent


def test_criteria_built_directly_equal_pydantics_own_construction():
    from spinecite.rules.evaluator import _criterion
    from spinecite.rules.models import CriterionResult, Source
    evidence = [Evidence(document="d", start=0, end=9, text="foot drop")]
    for values in ({"id": "a", "result": "unknown"},
                   {"id": "b", "text": "New onset foot drop", "source": Source(file="f.txt"),
                    "result": "met", "evidence": evidence, "requires": "foot drop",
                    "code": "foot_drop"}):
        built, reference = _criterion(**values), CriterionResult.model_construct(**values)
        assert built.model_dump_json() == reference.model_dump_json()
        assert built.model_fields_set == reference.model_fields_set
        assert built == reference
    # criteria share what is the same for many (the empty list, the set of fields): copying one
    # with an update, the way results are changed (`model_copy`), leaves the others as they were
    first, second = _criterion(id="c", result="met"), _criterion(id="d", result="met")
    changed = first.model_copy(update={"evidence": evidence, "code": "foot_drop"})
    assert changed.evidence == evidence and "code" in changed.model_fields_set
    assert first.evidence == second.evidence == [] and second.children == []
    assert "code" not in first.model_fields_set | second.model_fields_set


COURSE_RULES = RULES.replace('''        - finding: home_exercise_program
          where: {weeks: {gte: 6}}
''', '''        - finding: home_exercise_program
          where: {weeks: {gte: 6}}
        - finding: conservative_care_failed
          where: {weeks: {gte: 6}}
          within_days: 90
          undated: {latest_of: [physical_therapy, chiropractic_care]}
        - finding: prior_mri
          within_days: 90
          undated: unknown
''')


@pytest.fixture()
def course_guideline(tmp_path):
    path = tmp_path / "test-guideline.yaml"
    path.write_text(COURSE_RULES)
    return load_guideline(path)


def test_a_stated_failed_course_is_as_recent_as_its_therapies(course_guideline):
    """'Persistent > 6 months despite PT' written today: the trial ended when the PT did."""
    failed = f("conservative_care_failed", value=TherapyValue(weeks=26), document_date=RECEIVED)
    pain, exam = f("low_back_pain"), f("in_person_exam")

    def outcome(*findings):
        return run(course_guideline, pain, exam, failed, *findings).outcome
    old_pt = f("physical_therapy", value=TherapyValue(weeks=4, end=RECEIVED - dt.timedelta(days=150)),
               document_date=RECEIVED)
    assert outcome(old_pt) == "not_met"
    recent_chiro = f("chiropractic_care", value=TherapyValue(end=RECEIVED - dt.timedelta(days=20)))
    assert outcome(old_pt, recent_chiro) == "met"        # the latest therapy dates the course
    undated_pt = f("physical_therapy", document_date=RECEIVED - dt.timedelta(days=5))
    assert outcome(undated_pt) == "met"                  # an undated therapy: its note's date
    # no therapy to date it by: the window cannot be checked, so a nurse does
    d = run(course_guideline, pain, exam, failed)
    node = next(c for c in d.criteria if c.id == "test-guideline.conservative")
    assert d.outcome == "not_met" and node.result == "unknown"
    # a failed course with its own end date is dated by it
    own = f("conservative_care_failed", value=TherapyValue(weeks=8, end=RECEIVED - dt.timedelta(days=10)))
    assert run(course_guideline, pain, exam, own, old_pt).outcome == "met"
    # a therapy dated in the notes dates the course over one dated by its note alone ("eight
    # weeks of PT in the spring, home exercises" in today's note, blind d272) ...
    undated_hep = f("home_exercise_program", document_date=RECEIVED)
    assert outcome(old_pt, undated_hep) == "not_met"
    # ... and a course with a start and weeks ended that many weeks after its start
    begun = f("physical_therapy", value=TherapyValue(
        weeks=6, start=RECEIVED - dt.timedelta(days=120), weeks_basis="stated"))
    assert outcome(begun, undated_hep) == "met"


def test_undated_unknown_does_not_take_the_notes_date(course_guideline):
    """'MRI lumbar spine' requested in today's plan is no prior study of today."""
    pain, exam = f("low_back_pain"), f("in_person_exam")
    requested = f("prior_mri", document_date=RECEIVED)
    d = run(course_guideline, pain, exam, requested)
    assert d.outcome == "not_met"
    dated = f("prior_mri", value=ImagingValue(date=RECEIVED - dt.timedelta(days=40)),
              document_date=RECEIVED)
    assert run(course_guideline, pain, exam, dated).outcome == "met"
    old = f("prior_mri", value=ImagingValue(date=RECEIVED - dt.timedelta(days=400)))
    assert run(course_guideline, pain, exam, old).outcome == "not_met"


def test_undated_must_be_a_known_form(tmp_path):
    path = tmp_path / "test-guideline.yaml"
    path.write_text(COURSE_RULES.replace("undated: unknown", "undated: today"))
    with pytest.raises(RuleFileError, match="undated"):
        load_guideline(path)
    path.write_text(COURSE_RULES.replace("latest_of: [physical_therapy", "latest_of: [physio"))
    with pytest.raises(RuleFileError, match="physio"):
        load_guideline(path)


def test_mentions_may_name_a_shared_word_list(tmp_path):
    from spinecite.rules.ruleset import word_lists
    path = tmp_path / "test-guideline.yaml"
    path.write_text(RULES.replace("when: {finding: peripheral_neuropathy}",
                                  "when: {finding: trauma, mentions: injury_mechanism}"))
    g = load_guideline(path)
    assert g.exclusions[0].when.mentions == word_lists()["injury_mechanism"]
    fall = Finding(code="trauma", assertion="present",
                   evidence=[Evidence(document="d", start=0, end=19, text="fell down the stairs"[:19])])
    strain = Finding(code="trauma", assertion="present",
                     evidence=[Evidence(document="d", start=0, end=23, text="while carrying shingles")])
    pt = f("physical_therapy", value=TherapyValue(weeks=6, end=dt.date(2026, 2, 1)))
    base = (f("low_back_pain"), pt, f("in_person_exam"))
    assert run(g, *base, strain).outcome == "met"        # a strain is no injury mechanism
    assert run(g, *base, fall).outcome == "not_met"
    path.write_text(RULES.replace("when: {finding: peripheral_neuropathy}",
                                  "when: {finding: trauma, mentions: injury_mechanisms}"))
    with pytest.raises(RuleFileError, match="word list"):
        load_guideline(path)


def test_reused_parts_never_carry_one_case_into_another(tmp_path):
    """What does not depend on the notes is built once and shared between cases: each case's
    determination is still exactly what a first evaluation of it gives."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    (tmp_path / "a" / "test-guideline.yaml").write_text(RULES)
    (tmp_path / "b" / "test-guideline.yaml").write_text(RULES)
    seasoned = load_guideline(tmp_path / "a" / "test-guideline.yaml")
    pt = f("physical_therapy", value=TherapyValue(weeks=6, end=dt.date(2026, 2, 1)))
    cases = [(), (f("low_back_pain"), pt, f("in_person_exam")),
             (f("gait_abnormality", "absent"), f("reflex_abnormality")), (f("in_person_exam"),)]
    for cpt in ("72148", "72141"):
        for findings in cases + cases[::-1]:
            fresh = load_guideline(tmp_path / "b" / "test-guideline.yaml")
            assert (run(seasoned, *findings, cpt=cpt).model_dump_json()
                    == run(fresh, *findings, cpt=cpt).model_dump_json())
    assert run(seasoned, f("low_back_pain"), pt, f("in_person_exam")).outcome == "met"
    assert run(seasoned).outcome == "not_met"


EXAM_RULES = """
guideline: test-exam
title: test
source: {file: test.txt}
governs: ["72148"]
requirements:
  - id: test-exam.req.recent-exam
    text: "A face-to-face evaluation within the last 60 days."
    when: {finding: in_person_exam, within_days: 60, undated: latest_document}
indications:
  - id: test-exam.pain
    region: [lumbar]
    text: "back pain"
    when: {finding: low_back_pain}
"""


def test_an_exam_recorded_in_several_notes_is_as_recent_as_the_latest(tmp_path):
    path = tmp_path / "test-exam.yaml"
    path.write_text(EXAM_RULES)
    g = load_guideline(path)
    dates = (("august", dt.date(2025, 12, 1)), ("february", dt.date(2026, 2, 20)))

    def exam(*documents, assertion="present", value=None):
        return Finding(code="in_person_exam", assertion=assertion, value=value,
                       document_date=dates[0][1],
                       evidence=[Evidence(document=d, start=0, end=4, text="Exam")
                                 for d in documents])

    def outcome(*findings):
        facts = CaseFacts(RECEIVED, None, (f("low_back_pain"), *findings), document_dates=dates)
        return evaluate(g, "72148", facts).outcome

    assert outcome(exam("august")) == "not_met"
    assert outcome(exam("august", "february")) == "met"
    # a note that says no exam was done ("Telephone encounter - no exam performed") dates none
    assert outcome(exam("august", "february"), exam("february", assertion="absent")) == "not_met"
    # merged from two notes, the one value date is not the latest note's
    dated = ExamValue(date=dt.date(2025, 12, 1))
    assert outcome(exam("august", "february", value=dated)) == "met"
    assert outcome(exam("february", value=dated)) == "not_met"   # one note: its own date
    # nor does its own date when the denying note gave it ("Exam: deferred (video visit)" in
    # the February video note, merged with the December office exam: dev d264)
    video = ExamValue(date=dt.date(2026, 2, 20))
    assert outcome(exam("august", "february", value=video),
                   exam("february", assertion="absent")) == "not_met"


def requiring(tmp_path, when):
    """The EXAM_RULES guideline with another `when` for its one requirement."""
    path = tmp_path / "test-exam.yaml"
    path.write_text(EXAM_RULES.replace(
        "when: {finding: in_person_exam, within_days: 60, undated: latest_document}",
        f"when: {when}"))
    return load_guideline(path)


def test_an_undated_prior_study_is_dated_by_an_earlier_note_never_by_the_requesting_one(tmp_path):
    g = requiring(tmp_path, "{finding: prior_mri, within_days: 92, undated: earlier_documents}")
    dates = (("mri-report", dt.date(2026, 1, 10)), ("request-note", dt.date(2026, 2, 27)))

    def prior_mri(*documents):
        return Finding(code="prior_mri", assertion="present", document_date=dates[0][1],
                       evidence=[Evidence(document=d, start=0, end=3, text="MRI")
                                 for d in documents])

    def result(finding, document_dates=dates):
        facts = CaseFacts(RECEIVED, None, (finding,), document_dates=document_dates)
        return evaluate(g, "72148", facts).criteria[0].result

    assert result(prior_mri("mri-report", "request-note")) == "met"     # the report's date
    assert result(prior_mri("request-note")) == "unknown"   # "Plan: MRI" names today's study
    assert result(prior_mri("mri-report"), ()) == "unknown"
    old = (("mri-report", dt.date(2025, 9, 1)), ("request-note", dt.date(2026, 2, 27)))
    assert result(prior_mri("mri-report", "request-note"), old) == "not_met"


def test_stated_counts_a_finding_only_when_the_note_states_its_attribute(tmp_path):
    g = requiring(tmp_path, "{finding: prior_mri, where: {result: nondiagnostic}, stated: true}")

    def result(value):
        mri = Finding(code="prior_mri", assertion="present", value=value,
                      evidence=[Evidence(document="d", start=0, end=3, text="MRI")])
        return evaluate(g, "72148", CaseFacts(RECEIVED, None, (mri,))).criteria[0].result

    assert result(ImagingValue(result="nondiagnostic")) == "met"
    assert result(ImagingValue(result="abnormal")) == "not_met"
    assert result(ImagingValue()) == "not_met"       # without `stated`: unknown
    with pytest.raises(RuleFileError, match="stated"):
        requiring(tmp_path, "{finding: prior_mri, where: {result: nondiagnostic}, stated: always}")


def noted(text, code, phrase, laterality=None, document="note"):
    """A present finding whose evidence is `phrase` where it stands in `text`."""
    start = text.index(phrase)
    return Finding(code=code, assertion="present", laterality=laterality,
                   evidence=[Evidence(document=document, start=start, end=start + len(phrase),
                                      text=phrase)])


def test_new_does_not_count_a_deficit_the_notes_call_old(tmp_path):
    """rules/SCHEMA.md `new` (dev d199): a foot drop "since 2021", a 0/5 muscle "(baseline per
    2023 neurology note)" is present but not new; a sign of the same limb beside it is a
    reviewer's; a deficit on the other side, or said to be new, counts."""
    g = requiring(tmp_path, "{any: [{finding: motor_weakness, new: true}, "
                            "{finding: reflex_abnormality, new: true}]}")

    def result(text, *findings):
        facts = CaseFacts(RECEIVED, None, findings, texts=(("note", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    old = "Exam: R ankle DF 0/5 and EHL 0/5 (baseline per 2023 neurology note). R Achilles 1+."
    assert result(old, noted(old, "motor_weakness", "EHL 0/5", "right")) == "not_met"
    # beside the old right-sided weakness, the right reflex change is not shown to be new
    assert result(old, noted(old, "motor_weakness", "EHL 0/5", "right"),
                  noted(old, "reflex_abnormality", "R Achilles 1+", "right")) == "unknown"
    left = old.replace("R Achilles 1+", "L Achilles 1+")
    assert result(left, noted(left, "motor_weakness", "EHL 0/5", "right"),
                  noted(left, "reflex_abnormality", "L Achilles 1+", "left")) == "met"
    # a cue in another sentence, an age, or "unchanged" alone says nothing of the course
    for text in ("Back pain since 2021. Exam: EHL 0/5.", "62-year-old man. Exam: EHL 0/5.",
                 "Exam: EHL 4/5 (unchanged from the eval 3 weeks ago)."):
        assert result(text, noted(text, "motor_weakness", "EHL")) == "met", text
    # something new between the cue and the deficit: the deficit is new
    text = "Chronic R foot drop, now new L EHL 3/5"
    assert result(text, noted(text, "motor_weakness", "L EHL 3/5", "left")) == "met"
    text = "Chronic back pain and new L EHL 3/5"
    assert result(text, noted(text, "motor_weakness", "L EHL 3/5", "left")) == "met"
    # without the notes' text (findings read back from JSON) nothing is called old
    assert evaluate(g, "72148", CaseFacts(RECEIVED, None, (
        noted(old, "motor_weakness", "EHL 0/5", "right"),))).criteria[0].result == "met"
    with pytest.raises(RuleFileError, match="new"):
        requiring(tmp_path, "{finding: motor_weakness, new: yes please}")


def test_an_old_cue_belongs_to_the_problem_it_stands_at(tmp_path):
    """A course word qualifies the problem it is said of: in "chronic low back pain presents
    with R foot drop x3 days" the pain is chronic and the foot drop is new (read as old, this
    very common opening took a new foot drop off every new-deficit line and the red flags)."""
    g = requiring(tmp_path, "{finding: foot_drop, new: true}")

    def result(text, *findings):
        facts = CaseFacts(RECEIVED, None, findings, texts=(("note", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    for text in ("62M with chronic low back pain presents with R foot drop x3 days.",
                 "Long-standing back pain; R foot drop noted today."):
        pain = noted(text, "low_back_pain", "back pain")
        assert result(text, pain, noted(text, "foot_drop", "R foot drop", "right")) == "met", text
    # the same limb's weakness between them is the same deficit: still old
    text = "Chronic R EHL 0/5 and R foot drop since 2019."
    assert result(text, noted(text, "motor_weakness", "R EHL 0/5", "right"),
                  noted(text, "foot_drop", "R foot drop", "right")) == "not_met"


def test_a_date_window_holds_nothing_yet_to_come(tmp_path):
    """A planned operation misread as a prior one ("TLIF on 12/15/2026", dev d190) must not
    open a post-operative window: a date after the note that records it, or after the
    received date, is no date of the last N days. A course under way may state its planned
    end."""
    from spinecite.extractors.models import ProcedureValue
    g = requiring(tmp_path, "{any: [{finding: prior_spine_surgery, within_days: 182}, "
                            "{finding: physical_therapy, within_days: 90}]}")
    note = dt.date(2026, 2, 20)

    def result(finding):
        facts = CaseFacts(RECEIVED, None, (finding,), document_dates=(("d", note),))
        return evaluate(g, "72148", facts).criteria[0].result

    def surgery(date):
        return f("prior_spine_surgery", value=ProcedureValue(date=date), document_date=note)

    assert result(surgery(dt.date(2026, 1, 5))) == "met"
    assert result(surgery(dt.date(2026, 3, 15))) == "not_met"    # after the received date
    assert result(surgery(dt.date(2026, 2, 25))) == "not_met"    # after the note that plans it
    under_way = TherapyValue(start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 20))
    assert result(f("physical_therapy", value=under_way, document_date=note)) == "met"
    to_start = TherapyValue(start=dt.date(2026, 3, 5))
    assert result(f("physical_therapy", value=to_start, document_date=note)) == "not_met"


def test_acute_does_not_count_a_deficit_stable_for_weeks(tmp_path):
    """rules/SCHEMA.md `acute` (dev d248): "foot drop, unchanged since my exam on 09/15", ten
    weeks before the note, is no acute deficit (though it may be a new one); unchanged since
    yesterday it is. A Plan's span ("AFO fitted today for the foot drop") says nothing of the
    course."""
    g = requiring(tmp_path, "{finding: foot_drop, acute: true}")
    note = dt.date(2026, 2, 27)

    def result(text, *phrases):
        starts = [(text.index(p), p) for p in phrases]
        drop = Finding(code="foot_drop", assertion="present", laterality="left",
                       evidence=[Evidence(document="note", start=s, end=s + len(p), text=p,
                                          section="plan" if p.startswith("AFO") else None)
                                 for s, p in starts])
        facts = CaseFacts(RECEIVED, None, (drop,), document_dates=(("note", note),),
                          texts=(("note", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    stable = "L5 weakness and foot drop, unchanged since my exam on 12/15 (EHL 3/5 then). "
    assert result(stable, "foot drop") == "not_met"
    assert result(stable + "AFO for the foot drop.", "foot drop", "AFO for the foot drop") \
        == "not_met"
    assert result("Foot drop, stable for 3 months.", "Foot drop") == "not_met"
    assert result("Foot drop, unchanged since yesterday.", "Foot drop") == "met"
    assert result("Foot drop since Tuesday, worse today.", "Foot drop") == "met"


def test_a_symptoms_weeks_are_the_duration_stated_beside_it(tmp_path):
    """`where: {weeks: ...}` on a symptom (no value of its own) reads the duration the note
    states right beside its evidence ("low back pain of 5 weeks", "since September"), resolved
    by timex against the note's date; a duration of something else in the sentence is not
    the pain's, and without one the node stays unknown."""
    g = requiring(tmp_path, "{finding: low_back_pain, where: {weeks: {gt: 4}}}")
    note = dt.date(2026, 2, 27)

    def result(text, phrase="low back pain"):
        start = text.index(phrase)
        pain = Finding(code="low_back_pain", assertion="present",
                       evidence=[Evidence(document="n", start=start, end=start + len(phrase),
                                          text=phrase)])
        facts = CaseFacts(RECEIVED, 15, (pain,), document_dates=(("n", note),),
                          texts=(("n", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    assert result("Seen for low back pain of 5 weeks.") == "met"
    assert result("5 weeks of low back pain.") == "met"
    assert result("Intermittent low back pain since December.") == "met"
    assert result("Seen for low back pain of 3 weeks.") == "not_met"
    assert result("Seen for low back pain. PT for 6 weeks.") == "unknown"


def test_a_stated_course_longer_than_its_dates_allow_does_not_meet_a_weeks_threshold(tmp_path):
    """A therapy merged from several notes: "Failed 6 wks PT" per pt in the office note of
    11/24, while the therapist's discharge dates the course from 10/27 (dev d222). Six weeks
    cannot have passed between the course's start and the latest note that reports it, so the
    chart's four weeks count, not the six; a duration the dates allow stands."""
    g = requiring(tmp_path, "{finding: physical_therapy, where: {weeks: {gte: 6}}}")
    office, discharge = dt.date(2026, 11, 24), dt.date(2026, 11, 17)

    def result(value):
        pt = Finding(code="physical_therapy", assertion="present", value=value,
                     evidence=[Evidence(document="office", start=0, end=2, text="PT"),
                               Evidence(document="pt", start=0, end=2, text="PT")])
        facts = CaseFacts(dt.date(2026, 12, 1), None, (pt,),
                          document_dates=(("office", office), ("pt", discharge)))
        return evaluate(g, "72148", facts).criteria[0].result

    stated = dict(weeks=6, outcome="failed", weeks_basis="stated")
    assert result(TherapyValue(**stated, start=dt.date(2026, 10, 27))) == "not_met"
    # within a week of what the dates allow, or begun early enough: the stated weeks stand
    assert result(TherapyValue(**stated, start=dt.date(2026, 10, 17))) == "met"
    assert result(TherapyValue(**stated, start=dt.date(2026, 9, 1))) == "met"
    assert result(TherapyValue(**stated)) == "met"   # no date to weigh it against


def doubted(code):
    """A condition the notes doubt ("CES unlikely", "doubt fracture"): possible, marked
    `doubted` (built directly while the finding model may not carry the field yet)."""
    finding = f(code, "possible")
    if "doubted" in Finding.model_fields:
        return finding.model_copy(update={"doubted": True})
    finding.__dict__["doubted"] = True
    return finding


def test_a_doubted_condition_meets_nothing_and_raises_no_flag(guideline):
    """"CES unlikely" is no suspicion of cauda equina: the line that a suspicion meets
    ("concern for CES") stays unknown, citing the doubt for a reviewer, and neither the
    guideline's urgent line nor the contract's red flag is raised by it."""
    from spinecite.rules.evaluator import red_flags
    from spinecite.rules.ruleset import load_red_flags
    d = run(guideline, doubted("cauda_equina_syndrome"))
    node = next(c for c in d.criteria if c.id == "test-guideline.ces")
    assert d.outcome == "not_met" and not d.urgent
    assert node.result == "unknown" and node.evidence
    facts = CaseFacts(RECEIVED, None, (doubted("cauda_equina_syndrome"),))
    assert red_flags(load_red_flags(), facts) == []
    # the same suspicion, not doubted, is met and urgent
    assert run(guideline, f("cauda_equina_syndrome", "possible")).urgent
    assert red_flags(load_red_flags(), CaseFacts(RECEIVED, None,
                                                 (f("cauda_equina_syndrome", "possible"),)))


def test_an_old_cue_trailing_or_leading_another_problem_is_that_problems(tmp_path):
    """A course word right after another problem ("back pain for years, with a R foot drop
    since Tuesday") or right before one ("R foot drop x3 days, chronic LBP") is said of that
    problem, not of the deficit; one right at the deficit is the deficit's."""
    g = requiring(tmp_path, "{finding: foot_drop, new: true}")

    def result(text, pain_words):
        facts = CaseFacts(RECEIVED, None, (noted(text, "low_back_pain", pain_words),
                                           noted(text, "foot_drop", "R foot drop", "right")),
                          texts=(("note", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    assert result("Back pain for years, with a R foot drop since Tuesday.", "Back pain") == "met"
    assert result("R foot drop x3 days, chronic LBP.", "LBP") == "met"
    assert result("Back pain, chronic R foot drop.", "Back pain") == "not_met"
    assert result("R foot drop for years, and LBP.", "LBP") == "not_met"


def in_document(code, assertion, document):
    return Finding(code=code, assertion=assertion,
                   evidence=[Evidence(document=document, start=0, end=1, text="x")])


def test_a_denial_in_an_earlier_note_is_the_state_before_not_a_dispute(tmp_path):
    """`unless`: "Denies bowel or bladder changes" at the office visit and "wet her pants
    twice" on the phone a month later (dev d270) are a change, not a dispute: the met stands.
    A denial in the same or a later note still puts the met in doubt."""
    g = requiring(tmp_path, "{finding: bladder_dysfunction, unless: absent}")
    dates = (("office", dt.date(2026, 1, 30)), ("phone", dt.date(2026, 2, 27)))

    def result(denied_in):
        facts = CaseFacts(RECEIVED, None, (in_document("bladder_dysfunction", "present", "phone"),
                                           in_document("bladder_dysfunction", "absent",
                                                       denied_in)),
                          document_dates=dates)
        return evaluate(g, "72148", facts).criteria[0].result

    assert result("office") == "met"
    assert result("phone") == "unknown"
    assert result("undated-note") == "unknown"


EMERGENT_RULES = RULES.replace("""exclusions:
""", """exclusions:
  - id: test-guideline.excl.repeat
    unless_urgent: true
    text: "repeat imaging with no clinical change"
    when: {finding: prior_mri}
""")


def test_an_emergent_indication_is_the_clinical_change_a_repeat_study_needs(tmp_path):
    """An exclusion marked `unless_urgent` (repeat imaging "with no clinical change") does not
    veto an urgent indication the case meets (cauda equina two months after an MRI, dev d270);
    it still excludes a routine one, and other exclusions still exclude an urgent one."""
    path = tmp_path / "test-guideline.yaml"
    path.write_text(EMERGENT_RULES)
    g = load_guideline(path)
    prior = f("prior_mri")
    assert run(g, prior, f("cauda_equina_syndrome", "possible")).outcome == "met"
    pt = f("physical_therapy", value=TherapyValue(weeks=6, end=dt.date(2026, 2, 1)))
    routine = (f("low_back_pain"), pt, f("in_person_exam"))
    assert run(g, *routine).outcome == "met"
    assert run(g, prior, *routine).outcome == "not_met"
    assert run(g, f("peripheral_neuropathy"), f("cauda_equina_syndrome")).outcome == "not_met"


def test_since_denied_counts_a_deficit_an_earlier_exam_found_absent(tmp_path):
    """rules/SCHEMA.md `since_denied` (dev d012): "Strength 5/5 BLE" in April and "L
    gastrocnemius 4/5" in May is a deficit that progressed between examinations; a denial in
    the same note, on the other side only, or no denial at all shows no progression."""
    g = requiring(tmp_path, "{finding: motor_weakness, since_denied: true}")
    dates = (("april", dt.date(2026, 1, 11)), ("may", dt.date(2026, 2, 20)))

    def result(denied_in, side="bilateral"):
        weak = in_document("motor_weakness", "present", "may").model_copy(
            update={"laterality": "left"})
        findings = [weak]
        if denied_in:
            findings.append(in_document("motor_weakness", "absent", denied_in).model_copy(
                update={"laterality": side}))
        facts = CaseFacts(RECEIVED, None, tuple(findings), document_dates=dates)
        return evaluate(g, "72148", facts).criteria[0].result

    assert result("april") == "met"
    assert result("april", "left") == "met"
    assert result("april", "right") == "not_met"
    assert result("may") == "not_met"
    assert result(None) == "not_met"


def test_worsened_counts_a_deficit_the_worsening_is_said_of(tmp_path):
    """rules/SCHEMA.md `worsened` (dev d206): "new and progressing EHL/TA weakness" is a
    worsening deficit; "leg pain progressing. EHL 4/5" is a worsening pain beside a deficit."""
    g = requiring(tmp_path, "{finding: motor_weakness, worsened: true}")

    def result(text, weak, worse):
        facts = CaseFacts(RECEIVED, None, (noted(text, "motor_weakness", weak),
                                           noted(text, "symptom_progression", worse)),
                          texts=(("note", text),))
        return evaluate(g, "72148", facts).criteria[0].result

    assert result("Recurrent L5 radiculopathy with new and progressing EHL/TA weakness.",
                  "EHL/TA weakness", "progressing") == "met"
    assert result("The L foot weakness is worse this week.", "L foot weakness", "worse") == "met"
    assert result("Leg pain progressing. EHL 4/5.", "EHL 4/5", "progressing") == "not_met"


def test_missing_names_only_what_keeps_a_line_from_met(tmp_path):
    """A nurse reads `missing` as a to-do list: for an MRI request, the MRI contraindication
    that a CT request would need (the `any` the request already meets) is nothing to find."""
    path = tmp_path / "test-guideline.yaml"
    path.write_text(REQUEST_RULES.replace("""        - request: {cpt: ["72148", "72131"]}
""", """        - any:
            - request: {modality: [mri]}
            - finding: mri_contraindication
"""))
    d = run(load_guideline(path), said("low_back_pain", "back pain"), cpt="72148")
    assert d.outcome == "not_met"
    assert any("radicular pain" in m for m in d.missing)
    assert not any("mri contraindication" in m for m in d.missing)
