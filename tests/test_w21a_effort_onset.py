"""An effort told as a pain's onset is trauma (blind batch d654, d667, d668): "Helped a friend move
a couch" with no "after" before it, "after reaching overhead to pull a box off a high shelf",
"after crawling in an attic", and a spell of effort ("after a weekend of hauling mulch", "after two
long days reaching under a chassis"). An effort the note says caused no injury, an aggravating
effort ("worse after reaching ...") and a light household task keep no trauma present (dev gold
is split on painting and weeding, d353/d382 vs d610: left out)."""

import pytest


@pytest.mark.parametrize("text", [
    "HPI: 44 yo M roofer. Helped his cousin carry a dresser 10/30 and felt a \"pull\" in the low back.",
    "She helped her neighbor move a heavy sofa last weekend; LBP since.",
    "Neck pain since 11/02 after reaching up to lift a 30 lb crate from the top shelf.",
    "Mid-back pain began after reaching overhead to grab a case of water off the rack.",
    "Left sciatica for 5 weeks following crawling under a house to fix a pipe.",
    "Low back pain since crawling through a tight crawl space at work last month.",
    "Back pain started after a couple of days of moving boxes into the new apartment.",
    "Right-sided LBP after two long days of stacking firewood.",
    "Thoracic ache that began after a long weekend of shoveling gravel.",
    "He felt a \"pop\" in the low back while unloading the truck.",
])
def test_an_effort_as_the_onset_is_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == {"present"}


@pytest.mark.parametrize("text", [
    "Pain is worse after reaching overhead to get plates down.",
    "Low back is stiffer after a long day of gardening.",
    "Ache after a long day of sitting at a desk.",
    "She needs help to move furniture now.",
    "Reaching overhead to pull a box off a shelf is hard for her since the pain began.",
    "Back pain began after a long day of weeding the garden.",
    "Pain after a weekend of painting the hallway.",
])
def test_no_effort_onset_is_no_trauma(assertions_of, text):
    assert assertions_of(text, "trauma") == set()


@pytest.mark.parametrize("text", [
    "Onset in July after crawling in attics all week - no specific injury.",
    "Helped a friend move a piano in October, no injury at the time; pain began weeks later.",
])
def test_an_effort_the_note_says_injured_nothing_is_no_trauma(assertions_of, text):
    assert "present" not in assertions_of(text, "trauma")
