"""eviCore SP-3.1 "Neck (Cervical Spine) Pain without and with Neurological Features": the
failed trial is of the neck's pain. A cervical MRI asked on a note whose radiculopathy is
placed in the low back (its PT, a mildly stiff neck beside it) is not met; the same note with
the radiculopathy placed in the neck is (probe17 c48)."""

import pytest

NOTE = ("Office visit 11/20/2026. 52 yo M with {root} radiculopathy: {exam}. Physical therapy "
        "09/01/2026-10/20/2026 without relief; ibuprofen daily since 09/01 without relief. "
        "Re-examined today after the therapy. Neck a little stiff. Plan: MRI cervical spine.")


@pytest.mark.parametrize("want, root, exam", [
    ("met", "right C6", "right biceps 4/5, decreased sensation right thumb, right neck and arm "
     "pain"),
    # the radiculopathy is the low back's: its therapy is no trial for the neck
    ("not_met", "right L5", "right EHL 4/5, decreased sensation dorsum of the right foot"),
])
def test_the_failed_trial_is_of_the_requested_regions_pain(review_note, want, root, exam):
    result = review_note(NOTE.format(root=root, exam=exam), age=52, cpt="72141")
    evicore = next(d for d in result.determinations if d.guideline == "evicore-spine")
    assert evicore.outcome == want
