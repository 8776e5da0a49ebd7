"""NIA "Surgical infection as evidenced by signs/symptoms, laboratory, or prior imaging
findings": a fever with raised markers is the operation's only when the operation is recent or
an infection of the spine or the wound is suspected. An old fusion beside a pneumonia's fever
is neither (probe19b m21: false met and false urgent)."""

import pytest

LINES = {"72148": "nia-lumbar-mri.post-operative.surgical-infection",
         "72131": "nia-lumbar-ct.post-operative.surgical-infection"}


def _met(result, cpt):
    guideline = LINES[cpt].split(".")[0]
    d = next(d for d in result.determinations if d.guideline == guideline)
    return {c.id for c in d.criteria if c.result == "met" and c.id}


OLD = [
    # an old operation; the fever and labs are a chest or urine infection's
    ("Hospitalist note 11/20/2026. 71 yo M admitted with a left lower lobe pneumonia: "
     "temperature 39.1 C, WBC 16.2, CRP 151. Remote L3-5 fusion (2014); his usual low back "
     "ache is unchanged. Back incision healed, not tender. Plan: MRI lumbar spine."),
    ("ED 11/20/2026. Febrile to 38.7, ESR 74 and CRP 96, dysuria and flank pain: "
     "pyelonephritis. She had a lumbar laminectomy in 2011. Low back ache as always. Plan: MRI "
     "lumbar spine."),
]
TIED = [
    # a recent, dated operation: the fever is read as the operation's
    ("Spine clinic 11/20/2026. 60 yo F, 16 days after L4-5 laminectomy (11/04/2026), with "
     "fever to 38.8 C, chills and worsening back pain. CRP 120, WBC 13.5. Plan: MRI lumbar "
     "spine with and without contrast."),
    # an old operation, but the notes suspect the spine's infection
    ("ED 11/20/2026. 66 yo M, L4-S1 fusion in 2019, now fever 38.9 C, severe new back pain, "
     "ESR 95, CRP 140. Concern for infected hardware / discitis at the fusion. Plan: MRI "
     "lumbar spine with and without contrast."),
]


@pytest.mark.parametrize("cpt", ["72148", "72131"])
@pytest.mark.parametrize("note, tied", [(n, False) for n in OLD] + [(n, True) for n in TIED])
def test_fever_and_labs_are_a_surgical_infection_only_when_tied_to_the_operation(
        review_note, note, tied, cpt):
    result = review_note(note, age=66, cpt=cpt)
    assert (LINES[cpt] in _met(result, cpt)) == tied
    assert (result.priority == "urgent") == tied
