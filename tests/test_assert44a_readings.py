"""Readings of the pain and treatment codes (session 44, assert44a): made-up sentences, each
fix's look-alikes in other words, and near-misses that keep their old reading.

A. thoracic_pain: a band-like pain wrapping round the trunk is radicular, and where the phrase
   names the mid back ("band-like mid-back pain wrapping around to the front", "band-like
   thoracic pain that wraps around the ribs") it is the mid back's pain too (its rule's
   `metadata.also_where_named`); denied, both are denied. A band round the chest with no
   region of the spine named stays radicular only.
B. analgesic: "No opioids" / "No narcotics" / "no other opioids" in a medication line is no
   denial of the analgesic where the note holds acetaminophen taken (policy
   `absent_yields_to_present_in_case`). Without a held analgesic it stays a denial; an opioid
   declined (an offer refused) keeps its absent beside acetaminophen.
C. home_exercise_program: a goal met after a double dash ("3) Indep w/ HEP -- MET") is done
   (present), as after a single dash; not the goals section's planned reading.
D. nsaid / analgesic: a dose changed in the Plan ("Oxycodone increased to 10 mg q4h",
   "Naproxen decreased to 250 mg") is of a drug taken: present. "can be increased to" after a
   new start stays planned.
"""

import pytest

from note_text import section_note as _note


T = "thoracic_pain"
R = "radicular_pain"
A = "analgesic"


@pytest.mark.parametrize("body, thoracic, radicular", [
    ("Two weeks of band-like mid-back pain wrapping around to the front under the ribs.",
     {"present"}, {"present"}),
    ("About 3 wks of band-like thoracic pain that wraps around the L chest.",
     {"present"}, {"present"}),
    ("No band-like mid back pain wrapping around the ribs.", {"absent"}, {"absent"}),
    ("Band-like pain around the chest for ten days.", set(), {"present"}),
])
def test_a_band_pain_naming_the_mid_back_is_thoracic_pain_too(assertions_of, body, thoracic,
                                                              radicular):
    assert assertions_of(_note(body), T) == thoracic
    assert assertions_of(_note(body), R) == radicular


@pytest.mark.parametrize("body, want", [
    ("Back ache 6 wks. Meds: naproxen 500 bid, Tylenol 500 prn. No opioids - pain contract "
     "declined.", {"present"}),
    ("Neck pain. Acetaminophen 650 TID, some help. No narcotics.", {"present"}),
    ("Back pain 4 wks. Ibuprofen a few times a week. No opioids.", {"absent"}),
    ("Back pain 4 wks. Acetaminophen takes the edge off; she declines opioids for now.",
     {"absent", "present"}),
])
def test_no_opioids_beside_acetaminophen_taken_is_no_denial_of_the_analgesic(assertions_of,
                                                                            body, want):
    assert assertions_of(_note(body), A) == want


@pytest.mark.parametrize("goals, want", [
    ("Goals:\n 1. Walk 1 mile w/o leg pain -- NOT MET\n 2. Independent w/ HEP -- MET\n\n"
     "Plan: D/C skilled PT; continue HEP daily.", {"present"}),
    ("Goals:\n 1. Stand 30 min to cook -- NOT MET\n 2. Indep with HEP -- MET", {"present"}),
])
def test_a_goal_met_after_a_double_dash_is_done(assertions_of, goals, want):
    """C. home_exercise_program: a goal's status after a double dash ("Indep w/ HEP -- MET")
    says the program is done, as "- MET" does; not a goal still planned."""
    assert assertions_of("PT DISCHARGE 11/27/2026\n" + goals + "\n", "home_exercise_program") == want


@pytest.mark.parametrize("plan, code, want", [
    ("Hold letrozole.\nOxycodone increased to 10 mg every 4 hours as needed.", "analgesic",
     {"present"}),
    ("- Naproxen decreased to 250 mg BID (GI upset).", "nsaid", {"present"}),
    ("- Start naproxen 250 mg BID; can be increased to 500 mg BID after a week.", "nsaid",
     {"hypothetical"}),
])
def test_a_dose_changed_in_the_plan_is_a_drug_taken(assertions_of, plan, code, want):
    """D. nsaid / analgesic: a Plan's "Oxycodone increased to 10 mg" changes the dose of a drug
    already taken (present), not a new one planned; "can be increased to" after a new start is
    a titration still to come and keeps the Plan's reading."""
    note = "Clinic 11/27/2026\nHPI: back pain 6 wks.\n\nPlan:\n" + plan + "\n"
    assert assertions_of(note, code) == want
