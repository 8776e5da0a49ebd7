"""Neuro-sign and radiating-pain readings of dev's assertion confusions (session 40, assert40b).

1. A denial of a radiating pain that names only the other side ("No L arm symptoms" beside R
   arm pain, "No right leg symptoms" beside L leg pain) tells the side, it does not deny the
   pain (policy `denied_on_the_other_side`): no finding. A denial with no side or of the same
   side stands.
2. A central cord syndrome named ("Acute traumatic central cord syndrome", "central cord
   pattern", "possible central cord injury") is a myelopathy: a myelopathy_signs target (token
   pattern, no regex). The central canal, a central disc or a cord signal is not.
3. "No nerve root compression" / "without nerve root impingement" in a study's findings denies
   an imaging finding, not the clinical radiculopathy (dev gold gives no finding in 6 of 6):
   the imaging rules carry `metadata.affirmed_only`. An affirmed compression still reads.
4. The bladder or bowel with a plain noun of trouble the lexicon lacked ("no bladder sx", "a
   bladder problem", "no bowel complaints") and the bladder first in a pair one noun ends ("No
   bladder or gait problems"): token targets.
5. A relative's operation told after an age or time word ("her older sister just had neck
   surgery (a C5-6 fusion)"), after an injury of the relative's ("his younger brother broke his
   neck ... and had a fusion") or a diagnosis ("his mother was diagnosed with cervical
   myelopathy at 70 and needed a laminectomy"), and a spouse's history by a possessive
   ("spouse's history of cervical disc surgery") is the relative's (FAMILY cues).
6. "Dermatomes L4-S1 WNL", "Myotomes/dermatomes L2-S1 WNL": the dermatomes called WNL (the
   regex rule for "dermatomes L2-S1 intact" lacks WNL) deny a dermatomal sensory loss.
"""

import pytest


def _note(body):
    return f"Spine clinic 11/27/2026\n{body}\n"


@pytest.mark.parametrize("body,expected", [
    ("HPI: 51M with R arm pain radiating to the thumb since 10/28. No L arm symptoms. No "
     "fever.", {"present"}),
    ("HPI: L leg pain radiating to the calf x 5 wks. No right leg symptoms. No bladder change.",
     {"present"}),
    ("HPI: right-sided low back and leg pain x 3 wks. Prior left sciatica resolved in 2022; he "
     "has had no left leg symptoms since.", {"present", "historical"}),
    ("HPI: sciatica down the right leg. Denies left leg pain.", {"present"}),
    # must not: a denial with no side, of the same side, or beside a pain of both sides stands
    ("HPI: R arm pain to the thumb x 2 wks. No leg symptoms.", {"present", "absent"}),
    ("HPI: R leg pain last month after lifting.\nToday: no R leg pain, only back pain.",
     {"present", "absent"}),
    ("HPI: pain radiating down both legs to the feet. No L arm symptoms.",
     {"present", "absent"}),
    ("HPI: low back pain. No left leg pain.", {"absent"}),
])
def test_a_denial_of_the_other_side_is_no_denial_of_the_pain(assertions_of, body, expected):
    assert assertions_of(_note(body), "radicular_pain") == expected


@pytest.mark.parametrize("body,expected", [
    ("ED: fell down stairs, hands burning and weak, legs fine.\nImpression: Acute traumatic "
     "central cord syndrome on a stenotic canal.", {"present"}),
    ("Assessment: hyperextension injury - central cord pattern, no fracture on CT.",
     {"present"}),
    ("A/P: new hand weakness after the fall - possible central cord injury. MRI C-spine.",
     {"possible"}),
    # must not: the central canal or a central disc protrusion is no cord syndrome
    ("MRI: central canal stenosis at C5-6, central disc protrusion abutting the cord.",
     set()),
    ("Central cord: no abnormal signal. Central disc bulge C4-5.", set()),
])
def test_a_central_cord_syndrome_named_is_a_myelopathy(assertions_of, body, expected):
    assert assertions_of(_note(body), "myelopathy_signs") == expected


@pytest.mark.parametrize("body,expected", [
    ("MRI L-spine 07/2026: small L4-5 bulge, no canal stenosis, no nerve root compression.\n"
     "Assessment: mechanical low back pain.", set()),
    ("MRI 2025 showed a protrusion without nerve root impingement. PT helped.", set()),
    # must not: an affirmed compression reads, and a denied radiculopathy stays a denial
    ("MRI: L5-S1 extrusion with nerve root compression of the L S1 root.", {"present"}),
    ("Exam: strength and reflexes normal. No radiculopathy.", {"absent"}),
])
def test_a_denied_root_compression_on_a_study_is_no_denial_of_radiculopathy(assertions_of,
                                                                            body, expected):
    assert assertions_of(_note(body), "radiculopathy") == expected


@pytest.mark.parametrize("body,code,expected", [
    ("HPI: low back pain x 3 wks. No bladder sx. No fever.", "bladder_dysfunction", {"absent"}),
    ("HPI: low back pain. No gait or bladder problem.", "bladder_dysfunction", {"absent"}),
    ("HPI: low back pain. No bladder or gait problems.", "bladder_dysfunction", {"absent"}),
    ("HPI: low back pain. No bowel complaints.", "bowel_dysfunction", {"absent"}),
    ("HPI: low back pain. Return for any bowel or bladder problem.", "bladder_dysfunction",
     {"hypothetical"}),
    # must not: the gait pair gives no bowel, and a gait trouble alone no bladder
    ("HPI: low back pain. No balance or gait problems.", "bladder_dysfunction", set()),
    ("HPI: low back pain. No bladder or gait problems.", "bowel_dysfunction", set()),
])
def test_a_plain_noun_of_bladder_or_bowel_trouble(assertions_of, body, code, expected):
    assert assertions_of(_note(body), code) == expected


@pytest.mark.parametrize("body,expected", [
    ("HPI: neck pain, worse since her older sister just had neck surgery (a C5-6 fusion) for a "
     "pinched nerve.", {"family"}),
    ("HPI: He is worried - his younger brother broke his neck in a car wreck in 2015 and had a "
     "fusion.", {"family"}),
    ("HPI: neck pain. He asks because his mother was diagnosed with cervical myelopathy at 70 "
     "and needed a laminectomy.", {"family"}),
    ("Reason for request: patient request - spouse's history of cervical disc surgery.",
     {"family"}),
    # must not: the patient's own operation beside a relative, and a relative who reports
    ("HPI: s/p L4-5 fusion 2019. His older brother just had a baby girl.", {"present"}),
    ("HPI: His wife reports he had a lumbar fusion in 2019.", {"present"}),
    ("HPI: Wife's history of migraine. He had a laminectomy in 2018.", {"present"}),
])
def test_a_relatives_operation_told_at_length_is_the_relatives(assertions_of, body, expected):
    assert assertions_of(_note(body), "prior_spine_surgery") == expected


@pytest.mark.parametrize("body,expected", [
    ("Neuro: Dermatomes L4-S1 WNL. Reflexes 2+ symmetric.", {"absent"}),
    ("Neuro: Myotomes/dermatomes L2-S1 WNL.", {"absent"}),
    ("Neuro: Dermatomes WNL.", {"absent"}),
    # must not: a dermatome named with a loss stays a loss
    ("Neuro: decreased sensation L5 dermatome on the R.", {"present"}),
])
def test_dermatomes_called_wnl_deny_a_dermatomal_loss(assertions_of, body, expected):
    assert assertions_of(_note(body), "dermatomal_sensory_loss") == expected
