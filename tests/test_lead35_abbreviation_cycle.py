"""A note that defines an abbreviation ("home exercise program (HEP)") is freed as soon as its
extraction is dropped. scispaCy's detector adds one matcher pattern per definition per note, and
spaCy's validation of that pattern raises and catches inside pydantic: the caught traceback held
the pipeline call's frames, so every such Doc waited for the garbage collector (pipeline/abbreviations.py)."""

import datetime as dt
import gc

from spacy.tokens import Doc

from spinecite.extractors import extract
from spinecite.pipeline import get_nlp
from spinecite.pipeline.intake import Document

_TEXT = ("Pt c/o LBP x 6 wks. Started a home exercise program (HEP) in May. Continues HEP daily.\n"
         "Exam: 4/5 L EHL. SLR + @ 40 deg.\n")


def _garbage_after_one_extract():
    nlp = get_nlp()
    note = Document(id="n1", text=_TEXT, source=None, date=None, sha256="0")
    extract([note], dt.date(2026, 3, 2), nlp=nlp)          # warm: lazy tables, caches
    gc.collect()
    flags = gc.get_debug()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = extract([note], dt.date(2026, 3, 2), nlp=nlp)
        assert any(f.code == "home_exercise_program" for f in result.findings)
        del result
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.garbage.clear()
        gc.set_debug(flags)
        gc.enable()


def test_a_defined_abbreviation_leaves_no_doc_for_the_collector():
    garbage = _garbage_after_one_extract()
    assert not [o for o in garbage if isinstance(o, Doc)]


def test_the_short_form_is_still_read_as_its_long_form():
    nlp = get_nlp()
    doc = nlp(_TEXT)
    assert [str(a) for a in doc._.abbreviations] == ["HEP", "HEP"]
