"""A batch worker reads thousands of notes in one process: nothing the pipeline keeps between
notes may hold a note's `Doc` (session 38: a cache keyed on finding spans kept every Doc it
was asked about, and the worker grew from 485 MB to 793 MB over 2,000 cases)."""
import gc

from spacy.tokens import Doc

# a problem table with status cells, a Plan with advice and a grid: the readings that look
# at a finding's line (where a per-span cache once sat)
NOTE = ("PROBLEM LIST\nSciatica R        | 2009 | Resolved\nL foot drop      | 2018 | Resolved\n\n"
        "HPI: LBP x 6 wks, R leg pain worse, marker-{n}. Failed PT 6 wks.\n"
        "ROS grid        Y   N\nFever               X\n"
        "P: ice 15 min post-tx today. Advised to avoid lifting.\n")


def test_no_doc_of_a_reviewed_note_stays_alive(findings_of):
    for n in range(3):
        findings_of(NOTE.format(n=n))
    gc.collect()
    alive = [d for d in gc.get_objects() if isinstance(d, Doc) and "marker-" in d.text]
    assert alive == []
