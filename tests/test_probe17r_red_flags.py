"""Contract §3 red flags (rules/red_flags.yaml) on notes written for probe17r.

- A severe weakness the notes call old is no progressive deficit because something else got
  worse ("DF 3/5, unchanged since 2022; back pain worse this week"), while a worsening said of
  the weakness itself still is.
- A known cancer, not called metastatic, with a new picture of the cord (weakness of both
  legs, upper motor neuron signs) is a suspected cord compression from malignancy; a cancer
  the notes call cured, or one weak limb, is not."""

import pytest


def _priority(review_note, text, cpt="72148"):
    return review_note(text, age=64, cpt=cpt).priority


@pytest.mark.parametrize("text", [
    "Chronic right L5 radiculopathy. Right ankle dorsiflexion 3/5, unchanged since 2021 per "
    "neurology. His low back pain is worse this week after yard work.",
    "Known old left foot weakness: left EHL 2/5 (baseline since his 2019 laminectomy). Back "
    "ache has been getting worse for 5 days.",
    "Longstanding left ankle DF 3/5 for years. Pain is worse since Monday.",
])
def test_an_old_severe_weakness_beside_worse_pain_is_routine(review_note, text):
    assert _priority(review_note, text) == "routine"


@pytest.mark.parametrize("text", [
    # the worsening is said of the old weakness itself
    "Right ankle dorsiflexion 3/5 since 2021 and progressively weaker over the last week.",
    "Right ankle dorsiflexion 3/5 since 2021, now with worsening weakness of the right foot.",
    # a new severe weakness beside a worsening on its side
    "Right ankle dorsiflexion 3/5 today; the right leg is getting weaker by the day.",
])
def test_a_severe_weakness_that_worsens_is_urgent(review_note, text):
    assert _priority(review_note, text) == "urgent"


@pytest.mark.parametrize("want, text", [
    ("urgent", "68 yo man with prostate cancer on androgen deprivation. New mid-back pain for "
     "ten days; exam shows weakness of both legs, hip flexion 4/5 bilaterally."),
    ("urgent", "History of multiple myeloma. Over the past week both legs have become weak: "
     "quadriceps 4/5 on both sides, and she has a sensory level at T10."),
    ("urgent", "Breast cancer on tamoxifen. New thoracic back pain, now unsteady; reflexes "
     "brisk in both legs and Babinski upgoing on the left."),
    # look-alikes. The cancer is called cured: the cord signs are not read as its spread
    ("routine", "Colon cancer resected 2012, no evidence of disease since. Unsteady gait for a "
     "month; reflexes brisk in both legs and Babinski upgoing on the left."),
    # one weak limb beside a cancer is more often a root's
    ("routine", "Prostate cancer on androgen deprivation. Left L5 radiculopathy with left EHL "
     "4/5."),
    # a lone reflex sign beside a cancer under treatment, gait and hands normal
    ("routine", "Lung cancer on immunotherapy. Neck ache for a month. Hoffmann positive on the "
     "right; gait normal, tandem walk normal, grip 5/5."),
    # a cancer with an old, unchanged bilateral weakness
    ("routine", "Bladder cancer on surveillance. Chronic bilateral foot weakness, dorsiflexion "
     "4/5 both sides, unchanged since 2019."),
])
def test_a_known_cancer_with_a_new_cord_picture_is_urgent(review_note, want, text):
    assert _priority(review_note, text, cpt="72157") == want
