"""Readings of studies, devices and the visit (session 42, assert42c). Each fix in other words,
and near-misses that keep their old reading.

1. A screening note's denied kinds of MRI contraindication ("No pacemaker, no implants, no
   shrapnel", "denies pacer, stimulator, clips") beside another note's present one
   ("severe claustrophobia - walked out of the scanner") deny nothing: mri_contraindication
   present only, as inside one note. A note that clears the MRI itself ("Not a
   contraindication to MRI") keeps its denial, and so do a form's unchecked boxes and a
   packet with no present contraindication anywhere.
2. A device's label or a letter barring every MRI ("no MRI of any region", "MRI of any body
   part is contraindicated") names no study had or denied: no prior_mri. "No prior MRI"
   stays absent, and "MRI L-spine 2019" present.
3. "MRI now not possible (device)", with a time word before the verdict, is a contraindication
   as "MRI not possible" is, no denied MRI; a dated MRI beside it stays present.
4. A form's telehealth question answered no ("Telehealth only?  [ ] Y  [X] N") is no
   telehealth visit: the face-to-face visit it sits beside is the in-person exam, not denied.
   A telehealth question answered yes, and a telehealth visit, stay absent.
5. An operation the note tells as done is not denied by a word of the fusion mass ("no fusion
   yet", "fusion healing") nor by "No other spine surgery" after it, in its note or another
   one (dev gold never has prior_spine_surgery both absent and present); "No prior back
   surgery" alone stays absent.
6. Imaging denied but for the films the note reports ("No prior spine imaging other than the
   scout film", "other than above") denies the MRI and the CT; a prior imaging field that
   names an MRI ("Prior imaging other than the films above: MRI L-spine 2019") does not.
"""

import datetime as dt

import pytest

from readings import assertions_by_code, read_packet


def _plain(body):
    return f"Office visit 11/27/2026\n{body}\n"


def _packet(nlp, *texts):
    notes = [(f"n{i}", dt.date(2026, 11, 20 + i), text) for i, text in enumerate(texts)]
    return assertions_by_code(read_packet(nlp, notes).findings)


# 1. a denied kind beside a present contraindication in another note

CLAUSTROPHOBIA = ("Clinic visit 11/20/2026\nPlan: CT lumbar spine. He has severe claustrophobia "
                  "and walked out of a knee MRI in 2021 before the first sequence.\n")


@pytest.mark.parametrize("screen", [
    "MRI safety screen 11/21/2026\nNo pacemaker, no implants, no metal work, no shrapnel.\n",
    "Sedation screen 11/21/2026\nImplants/metal: denies pacer, stimulator, clips, shrapnel.\n",
    "Imaging letter 11/21/2026\nNo metal implants or devices were identified on the safety screen.\n",
])
def test_a_denied_kind_beside_one_in_another_note_denies_nothing(nlp, screen):
    table = _packet(nlp, CLAUSTROPHOBIA, screen)
    assert table.get("mri_contraindication") == {"present"}


@pytest.mark.parametrize("screen, expected", [
    ("Device clinic 11/21/2026\nThe pacemaker is MR conditional. Not a contraindication to MRI.\n",
     {"absent", "present"}),
    ("Intake form 11/21/2026\nMRI screen:  [ ] Pacemaker  [ ] Metal in eyes  [ ] Implants\n",
     {"absent", "present"}),
])
def test_a_cleared_study_or_a_forms_boxes_keep_their_denial(nlp, screen, expected):
    assert _packet(nlp, CLAUSTROPHOBIA, screen).get("mri_contraindication") == expected


def test_a_denial_with_no_present_one_anywhere_stays(nlp):
    first = "Clinic visit 11/20/2026\nPlan: MRI lumbar spine w/o contrast.\n"
    screen = "MRI safety screen 11/21/2026\nNo pacemaker, no implants, no shrapnel.\n"
    assert _packet(nlp, first, screen).get("mri_contraindication") == {"absent"}


# 2. an MRI barred for every region

@pytest.mark.parametrize("body", [
    "SCS 2019, labelled MR Unsafe by the maker - no MRI of any region.",
    "Device check: MRI of any body region is contraindicated. CT acceptable.",
    "Per EP, he should not undergo MRI of any body part.",
])
def test_an_mri_barred_for_every_region_is_no_study(assertions_of, body):
    assert assertions_of(_plain(body), "prior_mri") == set()


@pytest.mark.parametrize("body, expected", [
    ("No prior MRI of the spine.", {"absent"}),
    ("MRI L-spine 2019: L4-5 disc protrusion.", {"present"}),
])
def test_a_study_had_or_denied_keeps_its_reading(assertions_of, body, expected):
    assert assertions_of(_plain(body), "prior_mri") == expected


# 3. an MRI not possible now

@pytest.mark.parametrize("body", [
    "Last lumbar MRI 2016 (pre-op). MRI now not possible (device).",
    "Lumbar MRI 2018 at Mercy. MRI is still not possible - pacemaker dependent.",
])
def test_an_mri_not_possible_now_is_a_contraindication(assertions_of, body):
    assert assertions_of(_plain(body), "prior_mri") == {"present"}
    assert assertions_of(_plain(body), "mri_contraindication") == {"present"}


# 4. a telehealth question answered no

@pytest.mark.parametrize("body", [
    "Date of last face-to-face visit: 11/20/2026     Telehealth only?  [ ] Y  [X] N",
    "Date of last in-person visit: 11/20/2026    Telehealth? [ ] Yes  [X] No",
])
def test_a_telehealth_question_answered_no_is_no_telehealth(assertions_of, body):
    text = f"Prior authorization request 11/27/2026\n{body}\n"
    assert assertions_of(text, "in_person_exam") == {"present"}


@pytest.mark.parametrize("body", [
    "Telehealth only?  [X] Y  [ ] N",
    "Consent for telehealth obtained; video only.",
])
def test_a_telehealth_visit_stays_absent(assertions_of, body):
    text = f"Prior authorization request 11/27/2026\n{body}\n"
    assert "absent" in assertions_of(text, "in_person_exam")


# 5. an operation told as done, beside a word of its fusion

@pytest.mark.parametrize("body", [
    "s/p L4-5 TLIF 07/09/2026. No NSAIDs - fusion healing.",
    "15 mo s/p T11-L1 fusion. Post-op CT 09/2025 showed good screw position, no fusion yet (early).",
    "Surgical: L4-5 microdiscectomy 09/15/2026. No other spine surgery.",
])
def test_an_operation_told_as_done_is_not_denied(assertions_of, body):
    assert assertions_of(_plain(body), "prior_spine_surgery") == {"present"}


def test_an_operation_in_another_note_outweighs_a_denial(nlp):
    older = "Clinic visit 11/20/2026\nPMH: HTN. No prior back surgery.\n"
    newer = "Spine clinic 11/21/2026\nHx: s/p L4-5 microdiscectomy 03/2022 (L side).\n"
    assert _packet(nlp, older, newer).get("prior_spine_surgery") == {"present"}


def test_a_denied_operation_alone_stays_absent(assertions_of):
    assert assertions_of(_plain("PMH: HTN. No prior back surgery."),
                         "prior_spine_surgery") == {"absent"}


# 6. imaging denied but for the films

@pytest.mark.parametrize("body", [
    "4. No prior spine imaging other than the scout film of 11/18.",
    "No prior back or neck problems, no prior spine imaging other than above.",
])
def test_imaging_denied_but_for_the_films_denies_mri_and_ct(assertions_of, body):
    assert assertions_of(_plain(body), "prior_mri") == {"absent"}
    assert assertions_of(_plain(body), "prior_ct") == {"absent"}


def test_a_prior_imaging_field_naming_an_mri_is_no_denial(assertions_of):
    body = "Prior imaging other than the films above: MRI L-spine 2019 with an L4-5 protrusion."
    assert assertions_of(_plain(body), "prior_mri") == {"present"}
    assert assertions_of(_plain(body), "prior_ct") == set()
