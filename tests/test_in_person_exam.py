"""A note that examines documents a face-to-face visit even without an "Exam:" header (eviCore's
in-person evaluation, contract §4 in_person_exam); a telephone note that copies an exam and a
therapist's measurements do not."""


def _codes(findings_of, text):
    return findings_of(text)[0].get("in_person_exam")


def test_a_neurology_note_that_examines_is_a_visit(findings_of):
    text = ("Neurology 11/20/2026\n62M with 3 months of hand clumsiness. Hoffmann positive "
            "bilaterally, R biceps 4/5.\nPlan: MRI C-spine.")
    assert _codes(findings_of, text) == {"present"}


def test_a_normal_exam_is_an_exam_too(findings_of):
    text = "ED 11/20/2026\n47F LBP after lifting. SLR negative bilaterally. Reflexes 2+ symmetric."
    assert _codes(findings_of, text) == {"present"}


def test_a_telephone_note_copying_an_exam_is_no_visit(findings_of):
    text = ("Telephone encounter 11/20/2026, no exam performed.\nAt her last visit: EHL 4/5 on "
            "the left, Achilles 1+.")
    assert _codes(findings_of, text) == {"absent"}


def test_a_therapists_measurements_are_no_provider_visit(findings_of):
    text = ("LAKESHORE PHYSICAL THERAPY - DISCHARGE SUMMARY\nEpisode: 09/29/2026 - 11/10/2026\n"
            "SLR R 60 deg -> 65 deg. Hip abduction 4/5 R.")
    assert _codes(findings_of, text) is None


def test_a_reported_weakness_without_a_grade_is_no_exam(findings_of):
    text = "Portal message 11/20/2026\nMy leg feels weak and I keep tripping."
    assert _codes(findings_of, text) is None
