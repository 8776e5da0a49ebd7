"""Imaging history, injury stories and bare incontinence (session 24, fam24c).

1. An MRI ruled out for the patient or judged against says nothing of one done (ANNOTATION
   "An MRI that cannot be done"): a device clinic that "does not support MRI", a maker that
   "does not permit MRI", "No MRI possible (pacemaker)", "no MRI unit in the region can take
   him", "open MRI not available in network", "No indication for lumbar MRI", "No repeat MRI
   at this time", a letter asking "whether she can undergo lumbar MRI" (d640, d680, d723,
   d733, d749, d248, d449, d022, d406, d738, d662, d612, d740). A denial of a study had still
   denies it.
2. An onset told as a spell of exertion or one movement is the injury (trauma present, as dev
   gold reads "after lifting"): "spent two hours shoveling heavy wet snow", "after snow
   shoveling", "after re-shingling his shed", "after a weekend of overhead drywall work",
   "after a long shift turning patients", "after a golf swing", "after stepping off a boat
   dock", "after helping her sister move - carried boxes", "after she helped move a
   resident's dresser" (d532, d587, d733, d706, d737, d680, d743, d722). Not: an occasional ache
   or a flare that exertion brings on in a chronic pain ("an occasional ache after gardening",
   "a flare now and then after yard work": d738, d561), an effort the note says was no injury
   ("No trauma": d363), a weekend of painting or weeding (dev gold split, d610/d679 vs
   d353/d382/d215: left out, as in test_w21a_effort_onset), "after falling asleep on the
   couch" (d720, d754), "no sports injury" (the denial reaches it: d591). Falls from weakness
   are left alone (dev gold split: d582/d643 present, d145/d284/d291/d685 absent).
3. A bare "no incontinence" its line places among urinary words ("Voiding without difficulty
   since the foley came out; no incontinence", "Urinating normally, no incontinence") denies
   the bladder's leakage only, not the bowel's (d210, d227, d350, d384, d666, d727, d741); with
   bowel words on the line, or alone, it still denies both.
"""

import pytest


def _note(body):
    return f"Clinic 11/27/2026\nHPI: low back pain into the L leg for 9 weeks.\n{body}\n"


# 1. prior MRI -----------------------------------------------------------------------------

@pytest.mark.parametrize("body, want", [
    ("Letter from cardiology: the lead is abandoned, so our clinic does not support MRI for him.",
     set()),
    ("The implant maker does not permit MRI scanning at any field strength.", set()),
    ("Electrophysiology will not clear her for an MRI with this generator.", set()),
    ("We cannot support lumbar MRI in a pacer-dependent patient.", set()),
    ("No MRI possible (spinal cord stimulator, MR unsafe).", set()),
    ("Radiology says no MRI scanner in the county can take his weight.", set()),
    ("A wide-bore MRI is not available in our network.", set()),
    ("Sent to the university hospital (MRI and neurosurgery not available here).", set()),
    ("Plan: no indication for cervical MRI from a surgical standpoint.", set()),
    ("P: home program; from a therapy standpoint no imaging indication.", set()),
    ("Re: your question whether Ms. T. can undergo thoracic MRI with her device.", set()),
    # beside the study done, a plan against another one leaves it done
    ("MRI L-spine 03/2026: small L4-5 protrusion, no stenosis.\n"
     "Plan: no repeat MRI for now - the March study explains the symptoms.", {"present"}),
    ("MRI C-spine 2023: C5-6 stenosis, operated.\n"
     "Plan: no indication for surveillance MRI while he is well.", {"present"}),
    # a study never had is still denied
    ("Has never had an MRI of the spine.", {"absent"}),
    ("No prior MRI.", {"absent"}),
    ("Prior MRI: not done.", {"absent"}),
])
def test_a_study_ruled_out_or_judged_against_is_no_prior_mri(assertions_of, body, want):
    assert assertions_of(_note(body), "prior_mri") == want


def test_a_device_that_allows_mri_keeps_the_study_done(assertions_of):
    text = _note("MRI L-spine 2024 was done under the device protocol: L5-S1 extrusion.")
    assert assertions_of(text, "prior_mri") == {"present"}


def test_the_device_stays_a_contraindication_when_no_mri_is_possible(assertions_of):
    text = _note("No MRI possible (cochlear implant).")
    assert assertions_of(text, "mri_contraindication") == {"present"}
    assert assertions_of(text, "prior_mri") == set()


# 2. trauma ---------------------------------------------------------------------------------

PRESENT, NONE = {"present"}, set()


@pytest.mark.parametrize("body, want", [
    ("Last Sunday he spent about three hours shoveling heavy wet snow; sore the next morning.",
     PRESENT),
    ("Assessment: acute low back pain after driveway shoveling, improving.", PRESENT),
    ("Ache across the low back for 2 weeks after re-shingling his barn roof.", PRESENT),
    ("The neck ache began after a long weekend of roofing.", PRESENT),
    ("Arm pain that started in October after a weekend of overhead drywall work.", PRESENT),
    ("Began after a long shift turning patients, no specific fall.", PRESENT),
    ("Onset 11/02 after a golf swing at the range, felt a grab between the shoulder blades.",
     PRESENT),
    ("Shin and thigh pain since August, onset after stepping off a boat dock.", PRESENT),
    ("Started after helping her nephew move - carried boxes up three flights.", PRESENT),
    ("Pain began the day after she helped move a neighbor's dresser.", PRESENT),
    # an ache or flare exertion brings on in a chronic pain, sleep, a risk: no injury
    ("Chronic low back ache, an occasional ache after gardening, same as for years.", NONE),
    ("Stable 5/10 back pain with a flare now and then after yard work.", NONE),
    # ... while the ache or stiffness that began with the effort is its onset
    ("Three weeks of low back ache after lifting sacks of feed.", PRESENT),
    ("Two weeks of neck stiffness after carrying a heavy crate up the stairs.", PRESENT),
    # an effort the note says was no injury
    ("Arm pain after a long weekend of drywall work overhead. No trauma.", {"absent"}),
    ("Woke with a stiff neck after falling asleep in the recliner.", NONE),
    ("Fall precautions reviewed; she is at risk for falls.", NONE),
    ("Slept on it wrong. No fall, no car accident, no sports injury.", {"absent"}),
])
def test_an_onset_told_as_exertion_or_a_fall(assertions_of, body, want):
    assert assertions_of(_note(body), "trauma") == want


def test_no_sports_as_advice_is_still_a_restriction(assertions_of):
    text = _note("Plan: no sports for two weeks, then restart slowly.")
    assert assertions_of(text, "activity_modification") == {"hypothetical"}


# 3. bare incontinence ----------------------------------------------------------------------

@pytest.mark.parametrize("body, bowel", [
    ("Voiding without trouble since the catheter was removed; no incontinence.", set()),
    ("Urinating normally, no incontinence.", set()),
    ("Some urgency from his enlarged prostate (BPH), no incontinence.", set()),
    ("No trouble emptying her bladder, denies incontinence.", set()),
    # alone, in a plain list, or beside bowel words it denies both
    ("No incontinence.", {"absent"}),
    ("Denies fever, weight loss, incontinence or saddle numbness.", {"absent"}),
    ("No bowel or bladder change, no incontinence.", {"absent"}),
    # urinary words in another sentence or a GU review row place nothing
    ("Denies weakness. No incontinence. Hx: prostate cancer 2019.", {"absent"}),
    ("GU: no dysuria, no retention, no incontinence.", {"absent"}),
])
def test_a_denial_placed_among_urinary_words_denies_the_bladder_only(assertions_of, body, bowel):
    text = _note(body)
    assert assertions_of(text, "bladder_dysfunction") == {"absent"}
    assert assertions_of(text, "bowel_dysfunction") == bowel
