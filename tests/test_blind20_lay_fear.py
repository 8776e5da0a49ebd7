"""A diagnosis the patient read of, that her own fear then points back to ("She read about cauda
equina syndrome online and is afraid she has it"), is her fear: possible and doubted, raising no
urgency (blind batch d631: the CES she read of was read as present and made the case urgent and
met). What she only read of stays hypothetical; a clinician's own concern is not doubted."""

import pytest

NOTE = ("ED 11/20/2026\nHPI: 35F, L-sided low back pain x 5 days with pain down the back of the L "
        "thigh after lifting. {hpi} Denies saddle numbness, urinary retention or incontinence.\n"
        "Exam: 5/5 strength, reflexes 2+, perineal sensation intact, PVR 30 mL.\n"
        "MDM: lumbar radicular pain. Ibuprofen, PCP in 1 week.\n")


@pytest.mark.parametrize("hpi", [
    "She read about cauda equina syndrome online and is afraid she has it.",
    "Pt saw a video on cauda equina syndrome and is scared she has this.",
    "She googled cauda equina syndrome, and fears she may have it.",
])
def test_a_fear_pointing_back_to_what_she_read_is_doubted(review_note, hpi):
    result = review_note(NOTE.format(hpi=hpi), age=35)
    ces = [f for f in result.findings if f.code == "cauda_equina_syndrome"]
    assert ces and all(f.assertion == "possible" and f.doubted for f in ces)
    assert result.priority == "routine"


@pytest.mark.parametrize("text, want", [
    ("He saw a video about spinal stenosis and is convinced he has the same.", {"possible"}),
    ("Pt read about compression fractures and is scared she has one.", {"possible"}),
    # look-alikes: only read of (hypothetical), or a worry about something else
    ("She read about cauda equina syndrome online.", {"hypothetical"}),
    ("MRI showed a disc herniation; she is afraid it will need surgery.", {"present"}),
])
def test_read_then_feared(findings_of, text, want):
    table, _ = findings_of(text)
    code = next(c for c in ("spinal_stenosis", "spinal_fracture", "cauda_equina_syndrome",
                            "disc_herniation") if c in text.lower().replace(" ", "_")
                or c.split("_")[-1] in text.lower())
    assert table.get(code) == want


def test_a_clinicians_concern_is_not_a_lay_fear(review_note):
    hpi = "New urinary retention today. I am concerned about cauda equina syndrome."
    result = review_note(NOTE.format(hpi=hpi).replace(
        "Denies saddle numbness, urinary retention or incontinence.", ""), age=35)
    ces = [f for f in result.findings if f.code == "cauda_equina_syndrome"]
    assert ces and not any(f.doubted for f in ces)
