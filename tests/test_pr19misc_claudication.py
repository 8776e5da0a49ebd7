"""Vascular claudication is not neurogenic claudication (probe19a item 11).

eviCore SP-9 itself says neurogenic claudication "should be differentiated from vascular
claudication (leg/calf pain) that is often aggravated by walking and relieved fairly rapidly
by stopping and rest", and the dev convention (d212) reads a claudication the note puts on
peripheral arterial disease as no neurogenic_claudication. A claudication the note names a
vascular cause for, or calf pain relieved by standing still, is not the neurogenic kind;
relief by sitting or bending forward, a shopping-cart sign, and a claudication the note
keeps in a differential stay neurogenic_claudication.
"""
import pytest

CODE = "neurogenic_claudication"


@pytest.mark.parametrize("text", [
    "Also has claudication from PAD; vascular surgery referral placed.",
    "Bilateral calf claudication due to peripheral arterial disease, ABI 0.6.",
    "Right leg claudication secondary to his known SFA occlusion.",
    "Claudication, likely from arterial insufficiency; he still smokes.",
    "History: PAD with claudication at 2 blocks, on cilostazol.",
    "Left calf pain with walking 2 blocks, relieved in a minute by standing still.",
    "Calf cramping after walking 100 feet, eased by stopping for a minute.",
    "Bilateral calf cramping when walking uphill due to peripheral vascular disease.",
])
def test_a_claudication_the_note_puts_on_the_arteries_is_not_neurogenic(assertions_of, text):
    assert "present" not in assertions_of(text, CODE)


@pytest.mark.parametrize("text", [
    "Leg heaviness after walking 1 block, relieved by sitting down.",
    "Claudication from lumbar stenosis, walks with a cane.",
    "Claudication, normal pedal pulses and ABI 1.1, so vascular claudication unlikely.",
    "Buttock and thigh pain with walking, better after leaning forward on a cart.",
    "Leg pain when walking, relieved by sitting, not by standing still.",
    "She leans on the shopping cart at the store to keep walking.",
    "Claudication from PAD vs spinal stenosis; ABI pending.",
    "Calf pain with walking, relieved by stopping and sitting down on a bench.",
])
def test_a_neurogenic_or_undecided_claudication_stays(assertions_of, text):
    assert "present" in assertions_of(text, CODE) or "possible" in assertions_of(text, CODE)


def _outcome(result, guideline):
    return {d.guideline: d for d in result.determinations}[guideline]


SEVERE = ("eviCore SP-9 'Severe symptoms of neurogenic claudication restricting normal "
          "activity'")


def test_vascular_claudication_meets_no_severe_claudication_line(review_note):
    note = ("SPINE CLINIC\n74 yo F, former smoker, cramping in both calves after walking half a "
            "block, relieved after a minute or two by standing still. She had to give up her "
            "volunteer shifts at the library.\nExam: faint femoral pulses, no pedal pulses, ABI 0.48 and "
            "0.52. Strength 5/5, SLR negative.\nAssessment: claudication from peripheral "
            "arterial disease; mild lumbar spondylosis.\nPlan: vascular referral. MRI lumbar "
            "spine.")
    evi = _outcome(review_note(note, age=74), "evicore-spine")
    assert "evicore-spine.stenosis.severe-claudication" not in _met_ids(evi), SEVERE


def test_neurogenic_claudication_restricting_activity_stays_met(review_note):
    note = ("SPINE CLINIC\n74 yo F with heaviness in both thighs after walking half a block, "
            "relieved only when she sits down or leans on a cart. She had to give up her "
            "volunteer shifts at the library.\nExam: pedal pulses 2+, strength 5/5, SLR negative.\n"
            "Assessment: neurogenic claudication, suspected L4-5 stenosis.\nPlan: MRI lumbar "
            "spine.")
    evi = _outcome(review_note(note, age=74), "evicore-spine")
    assert "evicore-spine.stenosis.severe-claudication" in _met_ids(evi), SEVERE


def _met_ids(determination):
    met = set()

    def walk(c):
        if c.result == "met":
            met.add(c.id)
        for child in c.children or ():
            walk(child)
    for c in determination.criteria:
        walk(c)
    return met
