"""perf35b: the sentencizer slices each token's text from the note (its offset and length)
instead of building a Token object a token. The texts must be spaCy's, and the sentence
starts those read from Token objects, on dev notes cleaned as the pipeline cleans them (the
Doc carrying its text map) and made straight from the note, with non-ASCII characters."""

from dev_texts import dev_texts
from spinecite.pipeline import cleaning, sentences


def _docs(nlp, limit):
    for text in dev_texts(limit):
        for variant in (text, text.replace("e", "\u00e9").replace(" - ", " \u2013 ")):
            text_map = cleaning.clean(variant)
            doc = nlp.make_doc(text_map.cleaned)
            doc._.text_map = text_map
            yield doc
            yield nlp.make_doc(variant)


def test_token_texts_are_spacys(nlp):
    tokens = 0
    for doc in _docs(nlp, 40):
        assert sentences._token_texts(doc) == [token.text for token in doc]
        tokens += len(doc)
    assert tokens > 40000


def test_sentence_starts_as_read_from_token_objects(nlp, monkeypatch):
    docs = list(_docs(nlp, 40))
    sliced = [sentences.note_sentence_starts(doc) for doc in docs]
    monkeypatch.setattr(sentences, "_token_texts", lambda doc: [token.text for token in doc])
    assert sliced == [sentences.note_sentence_starts(doc) for doc in docs]
    assert sum(map(sum, sliced)) > 2000
