"""Dates and results of prior studies and procedures, spinal levels and sides read from the
words real notes use (blind d333, d336, d339, d340; dev d034, d254)."""

import datetime as dt

import pytest


def only(result, code):
    found = [f for f in result.findings if f.code == code and f.assertion == "present"]
    assert found, code
    return found[0]


@pytest.fixture(scope="module")
def case_findings(nlp):
    from spinecite.extractors import extract
    from spinecite.pipeline.intake import Document

    def run(*notes):
        docs = [Document(id=name, text=text, source=None, date=day, sha256=name)
                for name, day, text in notes]
        return extract(docs, notes[-1][1], nlp=nlp)

    return run


@pytest.mark.parametrize("text, code, date", [
    ("His 2015 lumbar MRI is available for comparison and showed mild L3-4 facet arthropathy.",
     "prior_mri", dt.date(2015, 1, 1)),
    ("The 2019 CT showed a solid L5-S1 fusion.", "prior_ct", dt.date(2019, 1, 1)),
    ("Lumbar x-rays taken in office 07/14/2026 (AP/lat): no fracture, alignment normal.",
     "prior_xray", dt.date(2026, 7, 14)),
    ("XR L-spine obtained in clinic on 10/02/2026: mild spondylosis.", "prior_xray", dt.date(2026, 10, 2)),
    ("s/p L4-5 laminectomy for stenosis 03/2024, doing well.", "prior_spine_surgery", dt.date(2024, 3, 1)),
    ("Underwent L4-5 laminectomy for severe central stenosis in 03/2024.", "prior_spine_surgery",
     dt.date(2024, 3, 1)),
])
def test_a_study_or_procedure_is_dated_by_its_own_words(findings_of, text, code, date):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    assert only(result, code).value.date == date


def test_a_day_beats_a_year_when_mentions_merge(case_findings):
    result = case_findings(
        ("ed", dt.date(2026, 11, 29), "Prior MRI 2024 showed an L4-5 disc bulge."),
        ("mri", dt.date(2024, 3, 11), "MRI LUMBAR SPINE WITHOUT CONTRAST 03/11/2024\n"
                                      "IMPRESSION: L4-5 disc bulge."),
        ("video", dt.date(2026, 11, 29), "Her lumbar MRI 2024 showed a bulge at L4-5."))
    assert only(result, "prior_mri").value.date == dt.date(2024, 3, 11)


@pytest.mark.parametrize("text, expected", [
    ("Lumbar x-rays 07/14/2026: no fracture, alignment normal, mild L5-S1 disc space narrowing. "
     "Read as essentially normal.", "normal"),
    ("XR L-spine 09/02/2026: mild facet arthropathy L4-S1. Interpreted as normal for age.", "normal"),
    # a verdict that only denies does not unsay the finding before it
    ("MRI 2024: small L4-5 bulge. Read as: no stenosis, no nerve root compression.", "abnormal"),
])
def test_the_readers_verdict_gives_the_result(findings_of, text, expected):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    code = "prior_mri" if "MRI" in text else "prior_xray"
    assert only(result, code).value.result == expected


@pytest.mark.parametrize("text, code, level", [
    ("1. Left L4 (and likely L3) radiculopathy with new quadriceps weakness.", "radiculopathy", "L4"),
    ("Right L5 (vs S1) radiculopathy.", "radiculopathy", "L5"),
    ("L4-5 (and possibly L5-S1) disc herniation.", "disc_herniation", "L4-5"),
])
def test_a_level_set_aside_in_a_parenthesis_is_a_second_thought(findings_of, text, code, level):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    assert only(result, code).level == level


@pytest.mark.parametrize("text, side", [
    ("Crossed SLR positive (R leg raise produces L leg pain).", "left"),
    ("Crossed SLR positive: raising the right leg reproduces left sciatica.", "left"),
    ("Positive crossed straight leg raise (left leg raise causing right buttock pain).", "right"),
])
def test_a_crossed_leg_raise_is_the_side_of_the_pain(findings_of, text, side):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    assert only(result, "positive_straight_leg_raise").laterality == side


@pytest.mark.parametrize("text, side", [
    ("HPI: referred for leg pain with walking since June 2026. Burning and heaviness in both\n"
     "thighs and calves after walking about 1 block; relieved by sitting.", "bilateral"),
    ("Outcome: walking tolerance 4 min -> 5 min (goal 15 min - NOT MET). Pt continues to need to "
     "sit after ~1 block\ndue to bilat thigh/calf burning.", "bilateral"),
    ("Neurogenic claudication, R leg only. Both legs feel fine at rest.", None),
])
def test_claudication_in_both_legs_is_bilateral(findings_of, text, side):
    _, result = findings_of(text, received=dt.date(2026, 11, 20))
    assert only(result, "neurogenic_claudication").laterality == side
