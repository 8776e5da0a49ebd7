"""A therapy course's weeks and dates come from the course, not from a relief duration, and
exact dates beat a month span, also across the documents of a case (blind d326-d340)."""

import datetime as dt

import pytest

from spinecite.pipeline.timex import find_time_expressions


def therapy(result, code):
    found = [f for f in result.findings if f.code == code and f.assertion == "present"]
    assert found, code
    return found[0].value


@pytest.fixture(scope="module")
def case_findings(nlp):
    """Findings of a case made of several dated notes."""
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    def run(*notes):
        docs = [Document(id=f"n{i}", text=text, source=None, date=day, sha256=str(i))
                for i, (day, text) in enumerate(notes)]
        return extract(docs, notes[-1][0], nlp=nlp)

    return run


@pytest.mark.parametrize("text, code, weeks", [
    ('Saw a chiropractor Aug-Oct, about 10 visits, "helped for a day each time."',
     "chiropractic_care", 13.0),
    ('Saw chiropractor Jul-Sep (14 visits) - "felt good for a day, then back to square one."',
     "chiropractic_care", 13.0),
    ("Chiropractic x 14 visits, temporary relief for 1-2 days after each adjustment.",
     "chiropractic_care", None),
    ("PT twice a week since September, felt better for a day or two after each session.",
     "physical_therapy", 11.4),
    ("Went to PT in October and November, relief lasting only 2 days.",
     "physical_therapy", None),
    ("Chiro 8 visits with maybe 1 day of relief after each visit.",
     "chiropractic_care", None),
])
def test_a_relief_duration_is_not_the_course(findings_of, text, code, weeks):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    assert therapy(result, code).weeks == weeks


@pytest.mark.parametrize("text, weeks", [
    ("Did PT for 6 weeks, which helped.", 6.0),
    ("Failed 8 wks of chiropractic care.", 8.0),
])
def test_a_course_duration_still_counts(findings_of, text, weeks):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    code = "physical_therapy" if "PT" in text else "chiropractic_care"
    assert therapy(result, code).weeks == weeks


@pytest.mark.parametrize("office, therapist, code, start, end, weeks", [
    # a month span in the office note, exact dates in the therapist's discharge
    ("HPI: Did PT a while back (Core PT, Sept-Oct) and says it didn't do anything.",
     "CORE PHYSICAL THERAPY - DISCHARGE SUMMARY\nDiagnosis: LBP with R sciatica\n"
     "Dates: 09/08/2026 - 09/29/2026   Visits attended: 4 of 12 authorized\n",
     "physical_therapy", dt.date(2026, 9, 8), dt.date(2026, 9, 29), 3.0),
    # a stated duration keeps its weeks, the dates are the record's
    ("HPI: Completed PT Jul-Sep (8 wks) with no real change.",
     "PHYSICAL THERAPY DISCHARGE\nDx: lumbar stenosis\nEpisode: 07/21/2026 - 09/15/2026, 15 visits\n",
     "physical_therapy", dt.date(2026, 7, 21), dt.date(2026, 9, 15), 8.0),
    ("S: Finished PT in September. A: radiculopathy despite 6 wks PT and NSAID.",
     "Harbor Physical Therapy - Discharge Summary\nPatient: 47 F\n"
     "Plan of care 08/03/2026 - 09/11/2026, 12 visits attended.\n",
     "physical_therapy", dt.date(2026, 8, 3), dt.date(2026, 9, 11), 6.0),
    ('Saw chiropractor Jul-Sep (14 visits) - "felt good for a day."',
     "BACK IN MOTION CHIROPRACTIC\nRe-exam / discharge\nTreatment 07/14/2026 through 09/22/2026: "
     "14 visits of CMT L3-S1 with home stretches.\n",
     "chiropractic_care", dt.date(2026, 7, 14), dt.date(2026, 9, 22), 10.0),
])
def test_exact_dates_beat_a_month_span_across_documents(case_findings, office, therapist, code,
                                                        start, end, weeks):
    result = case_findings((dt.date(2026, 10, 2), therapist), (dt.date(2026, 11, 19), office))
    value = therapy(result, code)
    assert (value.start, value.end, value.weeks) == (start, end, weeks)


def test_a_therapists_header_dates_a_course_whose_weeks_it_states(findings_of):
    _, result = findings_of(
        "PhysioWorks Industrial Rehab - Re-Evaluation\nVisits: 12 (09/15/2026 - 10/27/2026)\n"
        "Assessment: Minimal progress after 6 weeks of skilled PT.", received=dt.date(2026, 10, 27))
    value = therapy(result, "physical_therapy")
    assert (value.start, value.end, value.weeks) == (dt.date(2026, 9, 15), dt.date(2026, 10, 27), 6.0)


LEDGER = """NORTHGATE CHIROPRACTIC - TREATMENT LEDGER / VISIT LOG
Pt: [M] DOB on file   Complaint: neck pain
Date      CPT    Tx                     Pain
08/04/26  98940  adjustment C5-T1, heat 7/10
08/12/26  98940  adjustment, STM        6/10
09/02/26  98940  adjustment, IFC        6/10
10/06/26  98940  re-exam                7/10
"""


def test_a_visit_log_is_dated_by_its_rows(case_findings):
    result = case_findings((dt.date(2026, 10, 6), LEDGER), (
        dt.date(2026, 11, 18), 'Saw a chiropractor Aug-Oct, about 10 visits, "helped for a day each time."'))
    value = therapy(result, "chiropractic_care")
    assert (value.start, value.end, value.weeks) == (dt.date(2026, 8, 4), dt.date(2026, 10, 6), 9.0)


def test_a_log_out_of_date_order_dates_nothing(findings_of):
    rows = LEDGER.replace("08/12/26", "11/12/26")
    _, result = findings_of(rows, received=dt.date(2026, 11, 20))
    value = next(f.value for f in result.findings if f.code == "chiropractic_care")
    assert value is None or value.end is None


@pytest.mark.parametrize("text, precision", [
    ("Jul-Sep", "month"), ("07/14/2026 through 09/22/2026", "day"),
    ("07/14/2026 - Sept 2026", "month"), ("Sept 2026 - 10/02/2026", "month"),
])
def test_a_range_is_as_exact_as_its_vaguer_end(text, precision):
    found = [t for t in find_time_expressions(f"PT {text}.", dt.date(2026, 11, 20)) if t.kind == "range"]
    assert [t.precision for t in found] == [precision]


@pytest.mark.parametrize("therapist, start, end", [
    ("OUTPATIENT REHAB - PT DISCHARGE\nStart of care 09/01/2026 - discharge 10/13/2026, 11 visits\n",
     dt.date(2026, 9, 1), dt.date(2026, 10, 13)),
    ("PHYSICAL THERAPY DISCHARGE NOTE\nSOC: 08/15/2026   Discharge date: 10/10/2026\n",
     dt.date(2026, 8, 15), dt.date(2026, 10, 10)),
    # the end field written before the start field
    ("NORTHGATE PHYSICAL THERAPY - DISCHARGE SUMMARY\n"
     "Date of discharge: 11/13/2026     Visits: 11 (initial eval 09/30/2026)\n",
     dt.date(2026, 9, 30), dt.date(2026, 11, 13)),
])
def test_a_discharge_field_ends_the_course_its_start_field_opens(findings_of, therapist, start, end):
    _, result = findings_of(therapist, received=dt.date(2026, 11, 20))
    value = therapy(result, "physical_therapy")
    assert (value.start, value.end, value.weeks_basis) == (start, end, "dates")


@pytest.mark.parametrize("text, end", [
    ("She completed six weeks of physical therapy ending 10/13 without meaningful change.",
     dt.date(2026, 10, 13)),
    ("Six weeks of PT ending 09/30/2026, no better.", dt.date(2026, 9, 30)),
])
def test_a_course_ending_on_a_date_ends_then(findings_of, text, end):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    value = therapy(result, "physical_therapy")
    assert (value.start, value.end) == (None, end)


@pytest.mark.parametrize("line, start, end", [
    ("Physical therapy?  [X] Y  [ ] N   Dates: 09/22/2026 to 11/06/2026   # visits: 11",
     dt.date(2026, 9, 22), dt.date(2026, 11, 6)),
    ("Physical therapy: [X] Yes   Dates of treatment: 08/03/2026 - 09/14/2026",
     dt.date(2026, 8, 3), dt.date(2026, 9, 14)),
])
def test_a_forms_dates_field_dates_the_therapy_its_line_asks_about(findings_of, line, start, end):
    form = ("PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING\nMember: [redacted]\nOrdering: Dr. Ames\n"
            "Study requested: CT cervical spine w/o contrast\nCPT: 72125\nICD-10: M54.12\n"
            "Conservative care:\n")
    _, result = findings_of(form + line + "\n", received=dt.date(2026, 11, 24))
    value = therapy(result, "physical_therapy")
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize("daily", [
    "09/15/26 P: CMT L5/SI, ice, 3x/wk x 4 wks, re-eval.",
    "09/15/26 Plan: continue chiropractic care twice a week for 4 weeks.",
])
def test_a_prescribed_duration_yields_to_the_dated_course(case_findings, daily):
    result = case_findings(
        (dt.date(2026, 11, 10), daily),
        (dt.date(2026, 11, 20), "CHIROPRACTIC RE-EXAM\n55 yo M treated 09/15-11/10/2026, 18 visits: "
                                "chiropractic manipulation + ice/heat + HEP. Outcome: no sustained improvement."))
    value = therapy(result, "chiropractic_care")
    assert (value.weeks, value.start, value.end) == (8.0, dt.date(2026, 9, 15), dt.date(2026, 11, 10))
