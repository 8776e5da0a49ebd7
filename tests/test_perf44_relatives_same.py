"""perf44: `relatives_same` finds its anaphors through the note's `LiteralIndex` (tried only
where the pattern's words stand): the matches must be `finditer`'s, on the dev notes and on
texts made to hold the pattern's words in every case. Only offsets are compared: a failure
shows no note text."""

import json
from pathlib import Path

from spinecite.pipeline.regex_literals import LiteralIndex, plan
from spinecite.pipeline.relatives_same import _rule

_DEV = Path(__file__).resolve().parent.parent / "corpora" / "dev"


def _offsets(matches) -> list:
    return [(m.start(), m.end(), m.lastindex) for m in matches]


def _same_as_finditer(text: str) -> bool:
    anaphor = _rule()[1]
    found = LiteralIndex(text).matches(anaphor, plan(anaphor.pattern, anaphor.flags))
    return _offsets(found) == _offsets(anaphor.finditer(text))


def test_dev_notes_give_finditers_matches():
    texts = [document["text"] for path in sorted(_DEV.glob("*.case.json"))[::7]
             for document in json.loads(path.read_text())["documents"]]
    assert texts
    assert all(_same_as_finditer(text) for text in texts)


def test_made_texts_give_finditers_matches():
    phrases = ["the same thing", "Same Thing in her back", "what my mother had",
               "WHAT HIS DAD WENT THROUGH", "something like that", "Something like my brother's",
               "same thing as mine", "samething", "whatever", "the same\nthing", "\u0130t is the same thing"]
    for phrase in phrases:
        for text in (phrase, "Worried: " + phrase + ".", "x" + phrase, phrase + "s",
                     "afraid it is " + phrase + " - " + phrase):
            assert _same_as_finditer(text), phrases.index(phrase)
