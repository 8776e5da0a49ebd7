"""assert22a: disc herniations read present, possible or historical for one reason each.

- A lesion the notes date no later than an operation at its level (its sentence's date, or
  the date heading the old imaging report it stands in) is the lesion the operation treated:
  historical (ANNOTATION "Problems that ended"); one dated after it, at another level, or
  called recurrent/residual is not.
- An operative note's finding "..., removed" / "was excised" is history.
- A herniation the note calls known, named as the likely cause, is that lesion (present);
  an enlarged/new one beside it stays possible (ANNOTATION "A known lesion named as the
  likely cause").
- A suspected herniation at a level where no stated one lies is a new one: possible beside
  the known one ("or puts it at another level").
- "sequestered disc herniation" is one lesion; "soft disc", "far-lateral disc" name one.

Every sentence is new; the look-alikes must keep their reading."""
import pytest

DH = "disc_herniation"


# --- dated no later than the operation at its level --------------------------------------

@pytest.mark.parametrize("text", [
    "History: in 05/2018 she had severe L sciatica from a large L5-S1 disc herniation.\n"
    "PSH: L5-S1 microdiscectomy 06/2018.\nToday: 2 weeks of axial back ache after gardening.",
    "In March 2021 he developed a foot drop from a big L4-5 disc extrusion seen on MRI; "
    "he underwent an L4-5 discectomy with Dr. Hale in April 2021 and recovered.",
    "CLINIC NOTE 11/18/2026\nHPI: 61F, s/p C5-6 ACDF 2020 for arm pain, now neck strain.\n"
    "Exam: full strength.\nPlan: PT.\n\nMRI CERVICAL SPINE WITHOUT CONTRAST    02/14/2020\n"
    "HISTORY: R arm pain.\nFINDINGS: C5-6: right foraminal disc protrusion compressing the "
    "C6 root.",
])
def test_a_lesion_dated_before_its_operation_is_historical(assertions_of, text):
    assert assertions_of(text, DH) == {"historical"}


@pytest.mark.parametrize("text", [
    # imaged after the operation: a new lesion at the operated level
    "s/p L4-5 microdiscectomy 04/2020.\nMRI 10/2026: L4-5 left paracentral extrusion "
    "contacting the L5 root.",
    # dated before, but at another level than the operation
    "s/p L4-5 microdiscectomy 04/2020.\nMRI 01/2020: L5-S1 right paracentral extrusion "
    "touching the S1 root.",
    # no operation at all
    "In 2019 she had a large L4-5 disc herniation treated with PT and one injection.",
])
def test_a_lesion_not_dated_before_an_operation_at_its_level_keeps_present(assertions_of, text):
    assert assertions_of(text, DH) == {"present"}


def test_a_recurrent_lesion_dated_before_a_second_operation_is_not_the_first_ones(
        assertions_of):
    text = ("s/p L4-5 microdiscectomy 2021.\nMRI 09/2026: recurrent L4-5 disc extrusion "
            "compressing the L5 root.\nPlan: revision surgery discussed.")
    assert "historical" not in assertions_of(text, DH)


# --- removed in the operation ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Procedure: L5-S1 microdiscectomy.\nFindings: a sequestered fragment lying under the S1 "
    "root, removed.\n",
    "Procedure: L3-4 discectomy.\nFindings: extruded fragment pressing on the L4 root was "
    "excised.\n",
])
def test_a_fragment_removed_in_the_operation_is_historical(assertions_of, text):
    assert assertions_of(text, DH) == {"historical"}


def test_a_lesion_left_in_place_beside_one_removed_stays_present(assertions_of):
    text = ("Procedure: L5-S1 microdiscectomy.\nFindings: extruded fragment under the S1 root "
            "was removed; a small L4-5 disc protrusion was left alone.\n")
    assert assertions_of(text, DH) == {"historical", "present"}


# --- a known lesion named as the likely cause ----------------------------------------------

@pytest.mark.parametrize("text", [
    "ED MDM: urinary retention and saddle numbness, most likely from her known L5-S1 "
    "herniation.",
    "Assessment: right C6 radiculopathy, probably from his known C5-6 disc protrusion.",
])
def test_a_known_lesion_as_the_likely_cause_is_present(assertions_of, text):
    assert assertions_of(text, DH) == {"present"}


@pytest.mark.parametrize("text", [
    # an enlargement of the known one is a new lesion
    "Assessment: new foot drop, likely from enlargement of the known L4-5 disc extrusion.",
    # no word says it is known
    "Assessment: left L5 radiculopathy, likely from an L4-5 disc herniation.",
])
def test_an_unknown_or_enlarged_likely_cause_stays_possible(assertions_of, text):
    assert assertions_of(text, DH) == {"possible"}


# --- a suspected one at another level ------------------------------------------------------

def test_a_suspected_herniation_at_another_level_is_possible_beside_the_known(assertions_of):
    text = ("MRI 03/2025: small L4-5 protrusion.\nAssessment: right S1 radiculopathy, "
            "presumed L5-S1 disc herniation - not imaged this time.")
    assert assertions_of(text, DH) == {"present", "possible"}


@pytest.mark.parametrize("text", [
    # the same level: that lesion
    "MRI 03/2025: small L4-5 protrusion.\nAssessment: L5 radiculopathy, likely from the "
    "L4-5 disc herniation.",
    # no level on the suspected one: nothing says it is another
    "MRI 03/2025: small L4-5 protrusion.\nAssessment: L5 radiculopathy, likely from the "
    "disc herniation.",
])
def test_a_suspected_herniation_at_the_known_level_is_the_known_one(assertions_of, text):
    assert assertions_of(text, DH) == {"present"}


# --- words that name a herniation ------------------------------------------------------------

def test_a_sequestered_disc_herniation_is_one_lesion(assertions_of):
    text = ("She had an L3-4 microdiscectomy in June 2022 for a large sequestered disc "
            "herniation.")
    assert assertions_of(text, DH) == {"historical"}


@pytest.mark.parametrize("text, expected", [
    ("Impression: left C6 radiculopathy. Probable C5-6 spur or soft disc.",
     {"possible"}),
    ("A/P: right L3 radiculopathy. Suspect L3-4 foraminal stenosis / far-lateral disc.",
     {"possible"}),
    ("CT myelogram 10/2026: C6-7 soft disc herniation indenting the left C7 root.",
     {"present"}),
    ("MRI 10/2026: L4-5 far lateral disc protrusion contacting the exiting L4 root.",
     {"present"}),
])
def test_soft_and_far_lateral_discs_are_herniations(assertions_of, text, expected):
    assert assertions_of(text, DH) == expected


@pytest.mark.parametrize("text", [
    "MRI 10/2026: mild L4-5 disc bulge; far lateral disc space preserved at every level.",
    "CT 10/2026: soft tissues normal; disc heights preserved.",
])
def test_disc_words_that_name_no_herniation(assertions_of, text):
    assert assertions_of(text, DH) == set()


# --- an old report in a packet, the operation told in another document ------------------------

def _packet_assertions(nlp, report, report_date, note, note_date):
    import datetime as dt

    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    docs = [Document(id="mri", text=report, source=None, date=report_date, sha256="0"),
            Document(id="visit", text=note, source=None, date=note_date, sha256="1")]
    result = extract(docs, dt.date(2026, 12, 1), nlp=nlp)
    return {f.assertion for f in result.findings if f.code == DH}


REPORT = ("MRI LUMBAR SPINE WITHOUT CONTRAST    {date}\nINDICATION: R leg pain.\n"
          "FINDINGS: L4-5: right paracentral disc extrusion compressing the L5 root.\n"
          "IMPRESSION: Right L4-5 extrusion.\n")


def test_an_old_report_before_an_operation_told_elsewhere_is_historical(nlp):
    import datetime as dt
    note = ("SPINE FOLLOW-UP 11/20/2026\nHPI: 58M s/p R L4-5 microdiscectomy 06/02/2023, "
            "leg pain gone since; now 3 weeks of axial ache.\nExam: strength 5/5.\n")
    assert _packet_assertions(nlp, REPORT.format(date="05/11/2023"), dt.date(2023, 5, 11),
                              note, dt.date(2026, 11, 20)) == {"historical"}


@pytest.mark.parametrize("operation", [
    "s/p R L4-5 microdiscectomy 06/02/2023",   # operated before the report: a new lesion
    "s/p R L5-S1 microdiscectomy 12/02/2026",  # another level
])
def test_a_report_not_before_an_operation_at_its_level_stays_present(nlp, operation):
    import datetime as dt
    note = f"SPINE FOLLOW-UP 11/20/2026\nHPI: 58M {operation}; new R leg pain.\n"
    assert _packet_assertions(nlp, REPORT.format(date="10/30/2026"), dt.date(2026, 10, 30),
                              note, dt.date(2026, 11, 20)) == {"present"}
