"""Readings of function (session 43, assert43a): made-up sentences, each fix's look-alikes in
other words, and near-misses that keep their old reading.

A. functional_impairment: putting on socks or shoes named as a task the pain makes hard ("worse
   bending, putting on socks", "trouble putting on her shoes"): present; a denial ("no pain
   putting on shoes/socks") counts for nothing (the rule is affirmed_only; dev e171 has no span). Putting on a brace is no such task.
B. functional_impairment: an activity skipped because of the pain ("has skipped the last 3
   Sundays because of the back", "skipping choir due to the neck"): present. Not skipped for
   another reason ("skipped lunch because of a meeting").
C. epidural_steroid_injection: an injections field answered no in the forms the clean-spelling
   rules miss - a scan's "lnjections: [ ] Yes [X] No", a questionnaire's "Injections? no":
   absent. A checked yes is no denial.
D. functional_impairment in a goals section: a goal names a limitation still there (ANNOTATION
   "Goals"), so the section does not make it planned - a goal list on one line whose item runs
   over its own "- not met" ("1) sit 60 min - not met 2) ..."), a score goal ("3) NDI < 20%"):
   present. A goal met stays historical; a bare "full duty" (a normal state its rule reads
   absent) keeps the section's reading, not a denial.
"""

import pytest

from note_text import section_note as _note


F = "functional_impairment"
E = "epidural_steroid_injection"


@pytest.mark.parametrize("body, want", [
    ("Low back ache, worse getting out of the car and putting on socks.", {"present"}),
    ("Pain 5/10, worse bending and putting on his shoes in the morning.", {"present"}),
    ("Aching buttock, no pain putting on shoes/socks.", set()),
    ("Shown how to put the brace on; putting on the brace takes 2 minutes.", set()),
])
def test_putting_on_socks_or_shoes_is_a_self_care_task(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Sings in a choir - has skipped the last 3 Sundays because of the back.", {"present"}),
    ("Swims most mornings, skipping this week due to the neck pain.", {"present"}),
    ("Skipped lunch because of a meeting; back pain 4/10.", set()),
])
def test_an_activity_skipped_for_the_pain_is_a_limitation(assertions_of, body, want):
    assert assertions_of(_note(body), F) == want


@pytest.mark.parametrize("body, want", [
    ("Chiro:  [X] Yes  [ ] No\n   lnjections:  [ ] Yes  [X] No\nPrior imaging: none", {"absent"}),
    ("Tried: Physical therapy? no   Injections? no   Chiropractor? yes", {"absent"}),
    ("Chiro:  [ ] Yes  [X] No\n   lnjections:  [X] Yes  [ ] No\nPrior imaging: none", set()),
])
def test_an_injections_field_answered_no_denies_an_injection(assertions_of, body, want):
    assert assertions_of(_note(body), E) == want


@pytest.mark.parametrize("body, want", [
    ("1) sit 45 min - not met 2) return to full duty - not met 3) indep HEP - partially met.",
     {"present"}),
    ("(1) overhead work 20 min w/o arm sx (2) ODI < 20%.", {"present"}),
    ("1. Stand 30 min to cook - MET\n  2. Lift 20 lb laundry basket - MET", {"historical"}),
    ("1) full pain-free rotation 2) return to full duty in 4 wks.", {"hypothetical"}),
])
def test_a_goal_names_a_limitation_there_now(assertions_of, body, want):
    assert assertions_of(_note(body, section="Goals"), F) == want
