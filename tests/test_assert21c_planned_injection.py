"""assert21c: a plan phrase that swallows the epidural injection it names ("we could consider
a right L5 transforaminal epidural steroid injection" is one intervention_planned span) also
names that injection, hypothetical (ANNOTATION "Code conventions": "consider ESI" ->
intervention_planned present and epidural_steroid_injection hypothetical). Every sentence is
new; the look-alikes must keep their reading."""
import pytest

ESI = "epidural_steroid_injection"
PLANNED = "intervention_planned"


@pytest.mark.parametrize("text", [
    "Assessment: we could consider a right L5 transforaminal epidural steroid injection.",
    "Plan: will then discuss a left C6-7 interlaminar injection versus surgery.",
    "Plan: refer for an epidural steroid injection if the leg pain has not settled in 4 weeks.",
    "Plan: MRI lumbar spine to plan a bilateral L4-5 transforaminal epidural steroid injection.",
    "I recommended a caudal epidural steroid injection as a bridge to surgery.",
    "Plan: a left S1 transforaminal injection was discussed with him today.",
])
def test_an_epidural_injection_the_plan_phrase_names_is_hypothetical(findings_of, text):
    table = findings_of(text)[0]
    assert ESI in table and "hypothetical" in table[ESI]
    assert "present" in table.get(PLANNED, set())


@pytest.mark.parametrize("text", [
    "Plan: consider ESI at L5-S1 if no better in 6 weeks.",
    "Plan: TFESI at left L4-5 was recommended.",
])
def test_a_short_form_injection_keeps_its_own_hypothetical_reading(assertions_of, text):
    assert assertions_of(text, ESI) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    # an injection of another kind is no epidural injection
    "Plan: consider bilateral L4-5 facet injections.",
    "Plan: consider trigger point injections to the trapezius.",
    "Plan: will consider an epidural blood patch for the headache.",
    # an operation alone
    "Plan: discussed a right L4-5 microdiscectomy.",
])
def test_a_planned_other_procedure_names_no_epidural_injection(assertions_of, text):
    assert assertions_of(text, ESI) == set()


@pytest.mark.parametrize("text", [
    "She had a right L5 transforaminal epidural steroid injection on 10/02/2026 with 2 weeks of relief.",
    "History: failed PT and an L4-5 interlaminar epidural steroid injection in September.",
])
def test_an_injection_already_had_stays_present(assertions_of, text):
    assert assertions_of(text, ESI) == {"present"}


def test_an_injection_declined_stays_absent(assertions_of):
    text = "We discussed an L5-S1 transforaminal epidural steroid injection; she declines."
    assert "hypothetical" not in assertions_of(text, ESI)
