"""A work status that keeps the patient from work (off work, out of work, on leave) is both a
loss of function (functional_impairment) and a restriction followed (activity_modification),
as light or modified duty already was (ANNOTATION "Work status", session 21: dev d085, d159,
d205, d234, d381, d538, d622 relabelled). One written only in today's Plan plans the
restriction (activity_modification hypothetical) unless the Plan or the note says it goes on
("Remains off work", "Off work since 11/17 ... Plan: off work until re-check"); one that ended
("took 3 days off work, then went back to full duty") was followed (present), not historical.
A full work status or a denied absence states no restriction."""
import pytest

AM, FI = "activity_modification", "functional_impairment"
PLAN_ONLY = "Plan:\n1. Naproxen 500 mg BID.\n2. Off work x 10 days, then recheck.\n"
ALREADY_OFF = ("He has been off work since 11/17, cannot drive the van.\n\n"
               "Plan:\n1. Naproxen.\n2. Off work until re-check in 2 weeks.\n")

# (text, code, assertions that must be there, assertions that must not)
CASES = [
    ("Off work since 10/14 because he cannot stand at the press.", AM, {"present"}, set()),
    ("Off work since 10/14 because he cannot stand at the press.", FI, {"present"}, set()),
    ("She has been out of work since the fall, on disability.", AM, {"present"}, set()),
    ("He took a leave of absence from the bakery two weeks ago.", AM, {"present"}, set()),
    ("Currently on leave from work after the injury.", AM, {"present"}, set()),
    ("He has been off work since 11/02.", FI, {"present"}, set()),
    ("On modified duty since 10/20, no lifting over 15 lb.", AM, {"present"}, set()),
    ("Still on light duty at the depot.", FI, {"present"}, set()),
    ("Low back strain after moving a dresser. He stayed off work for 3 days and went back to "
     "full duty on 11/20.", AM, {"present"}, {"historical"}),
    (PLAN_ONLY, AM, {"hypothetical"}, set()),
    ("Plan: ice, off work until the CT is read.", AM, {"hypothetical"}, set()),
    ("Plan:\n1. Gabapentin 300 mg qhs.\n2. Remains off work until 12/10.", AM, {"present"},
     {"hypothetical"}),
    ("Plan: continue HEP; stay off work until the MRI is reviewed.", AM, {"present"},
     {"hypothetical"}),
    (ALREADY_OFF, AM, {"present"}, {"hypothetical"}),
    ("He works full duty as a welder.", AM, set(), {"present"}),
    ("No time missed from work; he sits at a desk.", AM, set(), {"present"}),
    ("Back at work full time since Monday.", AM, set(), {"present"}),
    ("He is not off work; he drives the route every day.", AM, set(), {"absent"}),
    ("She denies any time off work.", AM, set(), {"absent"}),
]


@pytest.mark.parametrize("text, code, there, not_there", CASES)
def test_work_status_readings(assertions_of, text, code, there, not_there):
    got = assertions_of(text.rstrip("\n") + "\n", code)
    assert there <= got and not (not_there & got), got
