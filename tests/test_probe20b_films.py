"""What a film's report line says of a fracture (probe20b c08, h11).

- NIA lumbar CT, "To assess union of a fracture when ... plain radiographs, or prior imaging
  suggest delayed or non-healing": a film whose report line says the fracture has not healed
  (rules/word_lists.yaml `fracture_not_healing`) meets it; a healing or acute fracture is the
  reviewer's, as before.
- Cohere, "Persistent or worsening post-traumatic pain without acute findings on initial
  imaging among patients who are high-risk": a film called abnormal for a chronic finding that
  says it shows nothing acute ("no acute fracture, diffuse osteopenia") is one without acute
  findings; a film with an acute fracture is not.
Every note is written here."""

import pytest


_UNION = "nia-lumbar-ct.fracture.union"


@pytest.mark.parametrize("film", [
    "Lumbar x-rays 11/10/2026: L2 compression fracture, no interval healing; nonunion suspected.",
    "Lumbar x-ray 11/10/2026: L1 fracture with an intravertebral cleft, consistent with "
    "delayed union.",
])
def test_film_saying_the_fracture_has_not_healed_meets_union(review_under, criterion_result, film):
    note = ("Clinic 11/18/2026\nHPI: L1-2 compression fracture after a fall in August, pain not "
            "better after bracing.\n" + film + "\nExam: Neuro intact.\n")
    assert criterion_result(review_under(note, ["nia-lumbar-ct"], age=78), _UNION) == "met"


def test_healing_fracture_stays_the_reviewers(review_under, criterion_result):
    note = ("Clinic 11/18/2026\nHPI: L1 compression fracture after a fall in August.\n"
            "Lumbar x-rays 11/10/2026: healing L1 compression fracture, height stable.\n"
            "Exam: Neuro intact.\n")
    assert criterion_result(review_under(note, ["nia-lumbar-ct"], age=78), _UNION) != "met"


_PERSISTENT = "cohere-ct-spine.trauma.high-risk-persistent-pain"


@pytest.mark.parametrize("film", [
    "Lumbar x-rays 10/30/2026: no acute fracture, diffuse osteopenia.",
    "X-ray L-spine 10/30/2026: no acute osseous abnormality; multilevel degenerative spondylosis.",
])
def test_film_with_nothing_acute_meets_the_high_risk_line(review_under, criterion_result, film):
    note = ("Clinic 11/18/2026\nHPI: 78 yo F with osteoporosis fell at home 4 weeks ago; back "
            "pain persists and is worsening.\n" + film + "\nExam: Neuro intact.\n")
    assert criterion_result(review_under(note, ["cohere-ct-spine"], age=78), _PERSISTENT) == "met"


def test_film_with_an_acute_fracture_does_not(review_under, criterion_result):
    note = ("Clinic 11/18/2026\nHPI: 78 yo F with osteoporosis fell at home 4 weeks ago; back "
            "pain persists.\nLumbar x-rays 10/30/2026: acute L2 compression fracture, 25% height "
            "loss.\nExam: Neuro intact.\n")
    assert criterion_result(review_under(note, ["cohere-ct-spine"], age=78), _PERSISTENT) != "met"
