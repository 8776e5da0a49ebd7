"""An episode told at an age long past ("as a child", "in childhood", "at age 16", "when she was
17", "decades ago") is over (historical); a course running from then to now is not. An
injury then is historical too, as a dated old accident is (ANNOTATION 'historical')."""

import pytest


@pytest.mark.parametrize("text, code", [
    ("41 yo F, low back pain x 5 weeks. She had sciatica when she was 17.", "radicular_pain"),
    ("Low back pain for a month. Sciatica at age 19 after a rowing season.", "radicular_pain"),
    ("Lumbar pain for 6 weeks. Thoracic compression fracture in childhood.", "spinal_fracture"),
    ("Neck pain 3 weeks. Left arm tingling decades ago, nothing since.", "paresthesia"),
    ("Low back pain for 6 weeks. Fell out of a tree in childhood.", "trauma"),
    ("Low back pain for 6 weeks. Was in a car accident as a teenager.", "trauma"),
])
def test_an_episode_at_an_age_long_past_is_over(assertions_of, text, code):
    assert assertions_of(text, code) == {"historical"}


@pytest.mark.parametrize("text, code", [
    # a course from then to now, and a worsening now, stay present
    ("Low back pain since age 16, worse over the last 3 weeks.", "low_back_pain"),
    ("Sciatica in childhood that is still there most days.", "radicular_pain"),
    # a pain score is no age
    ("Low back pain at 8/10 since the fall on Monday.", "low_back_pain"),
    ("Slipped on ice two days ago; pain at 7 out of 10.", "trauma"),
])
def test_a_course_running_to_now_or_a_score_is_not_an_age(assertions_of, text, code):
    assert assertions_of(text, code) == {"present"}
