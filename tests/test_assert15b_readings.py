"""ConText readings found by probing with notes written fresh (session 15, assert15b): each
is a general way clinicians write, with look-alikes that must keep their reading."""
import datetime as dt

from spinecite.extractors import extract
from spinecite.pipeline.intake import Document

RECEIVED = dt.date(2026, 12, 1)


def readings(text):
    doc = Document(id="note", text=text, source=None, date=dt.date(2026, 11, 27), sha256="0")
    found = {}
    for f in extract([doc], RECEIVED).findings:
        found.setdefault(f.code, set()).add(f.assertion)
    return {code: sorted(values) for code, values in found.items()}


def assertions(text, code):
    return readings(text).get(code, [])


def test_a_finding_ruled_out_is_absent_on_either_side_of_the_verb():
    assert assertions("Stat MRI in the ED ruled out cauda equina.\n",
                      "cauda_equina_syndrome") == ["absent"]
    assert assertions("We ruled out an epidural abscess with labs and imaging.\n",
                      "spinal_infection") == ["absent"]
    assert assertions("Ruled out compression fracture.\n", "spinal_fracture") == ["absent"]
    assert assertions("Cauda equina was ruled out last night.\n",
                      "cauda_equina_syndrome") == ["absent"]
    # look-alikes: still to be excluded is a doubt, not an exclusion
    assert assertions("Plan: MRI to rule out cauda equina.\n",
                      "cauda_equina_syndrome") == ["possible"]
    assert assertions("Epidural abscess has not yet been ruled out.\n",
                      "spinal_infection") == ["possible"]
    assert assertions("Fracture not ruled out on plain films.\n",
                      "spinal_fracture") == ["possible"]
    # the denial ends with its clause
    assert assertions("Fracture was ruled out, but she has new urinary retention.\n",
                      "bladder_dysfunction") == ["present"]


def test_the_study_that_ruled_a_finding_out_was_done():
    found = readings("CT of the L-spine ruled out a fracture.\n")
    assert found["prior_ct"] == ["present"] and found["spinal_fracture"] == ["absent"]
    found = readings("Cauda equina was ruled out by MRI this morning.\n")
    assert found["prior_mri"] == ["present"] and found["cauda_equina_syndrome"] == ["absent"]
    assert assertions("Lumbar x-rays ruled out spondylolisthesis.\n", "prior_xray") == ["present"]
