"""A therapy goal marked met is over wherever the goals are written: "Goals: return to full
duty - MET" on its own line was historical, but the same goals run on inside an Assessment
("Assessment: good progress. Goals: return to full duty - MET 11/16") read present (dev d277).
A goal not met still names a limitation there now."""


def test_a_met_goal_inside_an_assessment_is_over(findings_of):
    table, _ = findings_of("Assessment: good progress. Goals: return to full duty - MET 11/16.\n")
    assert table.get("functional_impairment") == {"historical"}


def test_an_unmet_goal_inside_an_assessment_still_holds(findings_of):
    table, _ = findings_of("Assessment: some progress. Goals: return to full duty - not met.\n")
    assert table.get("functional_impairment") == {"present"}
