"""Readings found by probing with notes written fresh (session 14): each is a general way
clinicians write, with a look-alike that must keep its reading."""


def test_an_imaging_order_marked_stat_after_it_is_no_prior_study(assertions_of):
    assert assertions_of("Concern for epidural abscess. MRI thoracic and lumbar spine w/wo "
                         "contrast STAT. Blood cultures x2.\n", "prior_mri") == set()
    # look-alike: a dated study with a stat order for something else after it
    assert assertions_of("MRI L-spine 10/02/2026: L4-5 disc protrusion. Stat labs drawn.\n",
                         "prior_mri") == {"present"}


def test_history_ends_where_the_presenting_complaint_begins(assertions_of):
    assert assertions_of("61F h/o L4-5 fusion p/w 3 days of worsening back pain.\n",
                         "symptom_progression") == {"present"}
    assert assertions_of("54M hx L5-S1 HNP presents w/ 2 days worsening leg pain.\n",
                         "symptom_progression") == {"present"}
    # look-alike: the history's own worsening, before any presenting complaint
    assert assertions_of("History of worsening back pain in 2019, resolved with PT.\n",
                         "symptom_progression") == {"historical"}


def test_a_current_header_ends_the_past_history(assertions_of):
    note = ("Past history: L5-S1 microdiscectomy 2012 for a disc herniation; his leg pain "
            "resolved after surgery.\nCurrent: new right leg pain down to the lateral calf "
            "for 3 weeks.\n")
    assert assertions_of(note, "radicular_pain") == {"historical", "present"}
    # look-alike: without the header, the past history's episode stays past
    note = ("Past history: L5-S1 microdiscectomy 2012 for a disc herniation with left leg "
            "pain, resolved after surgery.\n")
    assert assertions_of(note, "radicular_pain") == {"historical"}
