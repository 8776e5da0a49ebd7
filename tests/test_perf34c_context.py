"""Session 34's cuts to ConText keep its outputs: a denial's new-clause stops are read from
the note's ORTH and LOWER arrays, not from a Token a word (`_stop_at_new_clause`), and the
graph's scopes are limited pair by pair passing by the pairs whose scopes do not overlap
(`_update_scopes`). Each is compared with what it replaces on dev notes' modifiers, and each
comparison is shown to catch a broken version."""

import copy
import random

import pytest
from medspacy.context.context_graph import ConTextGraph

from context_fixtures import dev_texts
from spinecite.pipeline import context
from spinecite.pipeline.context import _next_word


def _old_stop_at_new_clause(self, doc, config):
    """The Token-by-Token reading it replaces (lead34's)."""
    subjects = config.get("subjects_after_comma", ())
    scores = config.get("score_after_comma", False)
    dashes, verbs = config.get("dashes", ()), config.get("verbs_after_dash", ())
    in_parenthesis = config.get("subjects_after_parenthesis", ())
    and_verbs = config.get("verbs_after_and", ())
    single_item = doc[self._start].lower_ in config.get("cues_ended_by_comma_and", ())
    for j in range(self._end, self._scope_end - 1):
        if (single_item and doc[j].text == "," and doc[j + 1].lower_ == "and"
                and not any(doc[k].text == "," for k in range(self._end, j))):
            self._scope_end = j
            self.metadata["terminated_by"] = doc[j].text
            return
        if (doc[j].text == "," and (_next_word(doc, j + 1, self._scope_end) in subjects
                                    or (scores and doc[j + 1].text[:1].isdigit()))
                or doc[j].text == "(" and doc[j + 1].lower_ in in_parenthesis
                or doc[j].lower_ == "and" and _next_word(doc, j + 1, self._scope_end) in and_verbs
                or doc[j].text in dashes and doc[j + 1].lower_ in verbs):
            self._scope_end = j
            self.metadata["terminated_by"] = doc[j].text
            return


@pytest.fixture(scope="module")
def graphs(nlp):
    texts = dev_texts(60)
    # the stops' own neighbours, so that each branch is met
    texts.append("Denies fever, he walked in. No pain (he says so). No numbness and noticed "
                 "tingling. Has not had PT - prefers chiro. No pain without injury, and "
                 "failure of care. No weakness,\nhe reports. Denies pain, 5/10 now.")
    return [(doc, doc._.context_graph) for doc in (nlp(text) for text in texts)]


def _copy(modifier):
    twin = copy.copy(modifier)
    twin.metadata = dict(modifier.metadata)
    return twin


def _sentence_end(doc, modifier):
    return next(s.end for s in doc.sents if s.start <= modifier._start < s.end)


def _stops(graphs, method):
    config = context._CLAUSES.get().get("new_clause", {})
    found, cut = [], 0
    for doc, graph in graphs:
        for modifier in graph.modifiers:
            twin = _copy(modifier)
            twin._scope_end = max(twin._end, _sentence_end(doc, modifier))
            twin.metadata.pop("terminated_by", None)
            method(twin, doc, config)
            found.append((twin._scope_end, twin.metadata.get("terminated_by")))
            cut += "terminated_by" in twin.metadata
    context._READ[0] = None
    return found, cut


def test_new_clause_stops_are_the_tokens_reading(graphs):
    new, cut = _stops(graphs, context.NoteModifier._stop_at_new_clause)
    old, _ = _stops(graphs, _old_stop_at_new_clause)
    assert new == old
    assert len(new) > 1000 and cut > 50


def test_a_broken_stop_is_caught(graphs, monkeypatch):
    old, _ = _stops(graphs, _old_stop_at_new_clause)
    config = context._CLAUSES.get().get("new_clause", {})
    broken = dict(config, verbs_after_and=())  # the "and noticed" stop left out
    new, _ = _stops(graphs, lambda m, doc, _: context.NoteModifier._stop_at_new_clause(
        m, doc, broken))
    assert new != old


def _scopes(modifiers):
    return [(m._scope_start, m._scope_end, repr(m.metadata.get("terminated_by")))
            for m in modifiers]


def _sentence_modifiers(graphs, seed):
    rng = random.Random(seed)
    for doc, graph in graphs:
        by_sentence = {}
        for modifier in graph.modifiers:
            by_sentence.setdefault(_sentence_end(doc, modifier), []).append(modifier)
        for modifiers in by_sentence.values():
            if len(modifiers) < 2:
                continue
            twins = [_copy(m) for m in modifiers]
            for twin in twins:  # scopes moved about the sentence: more pairs overlap
                if rng.random() < 0.5:
                    twin._scope_start = max(0, twin._scope_start - rng.randint(0, 8))
                    twin._scope_end = min(len(doc), twin._scope_end + rng.randint(0, 8))
            yield twins


def test_scopes_are_limited_as_medspacy_limits_them(graphs):
    pairs = 0
    for twins in _sentence_modifiers(graphs, seed=34):
        mine, medspacys = [_copy(m) for m in twins], [_copy(m) for m in twins]
        context._update_scopes(mine)
        ConTextGraph(modifiers=medspacys).update_scopes()
        assert _scopes(mine) == _scopes(medspacys)
        pairs += len(twins) * (len(twins) - 1) // 2
    context._READ[0] = None
    assert pairs > 500


def test_a_skipped_pair_that_overlaps_is_caught(graphs):
    def broken(modifiers):  # passes by pairs that only touch or barely overlap
        for i in range(len(modifiers) - 1):
            for j in range(i + 1, len(modifiers)):
                a, b = modifiers[i], modifiers[j]
                if a._scope_start + 1 < b._scope_end and b._scope_start + 1 < a._scope_end:
                    a.limit_scope(b)
                    b.limit_scope(a)
    differ = False
    for twins in _sentence_modifiers(graphs, seed=34):
        mine, medspacys = [_copy(m) for m in twins], [_copy(m) for m in twins]
        broken(mine)
        ConTextGraph(modifiers=medspacys).update_scopes()
        differ = differ or _scopes(mine) != _scopes(medspacys)
    context._READ[0] = None
    assert differ


def _old_grid_mark(doc, mark, spans, section_starts, sentences, sentence_of):
    """lead34's `_grid_mark` up to its line walk: the line found first, then asked."""
    rule, start, end = mark
    first, last = context._line_of(doc, start)
    if end != last:
        return []
    checked = [t for t in doc[start:end] if t.lower_ in context._GRID_CHECKS]
    if len(checked) != 1:
        return []
    return context._grid_mark(doc, mark, spans, section_starts, sentences, sentence_of)


GRIDS = ["              Yes   No\nFever          .    X\nNight pain     .    X\n",
         "ROS            Y    N\nFever          x    .\nWeight loss    .    x\nChills  -  x",
         "Yes No\nFever . X", "Fever . X\nchills x x\nnumbness - -", "pain x\nx done . -\n",
         "              Yes   No\nSaddle anesthesia   .   \u2713\nUrinary retention  X  .",
         "  Y  N\nFever  .  X  \nweakness . x"]


def _grid_edges(nlp, texts, reader):
    found, marks = [], 0
    matcher = nlp.get_pipe("spinecite_context")._ConText__matcher
    for text in texts:
        doc = nlp(text)
        spans = list(doc.spans["medspacy_spans"]) if "medspacy_spans" in doc.spans else []
        sentences, sentence_of = context._sentences(doc)
        starts = context._section_starts(doc)
        for match_id, start, end in matcher(doc):
            rule = context._rule_of(matcher, doc, match_id)
            if (rule.metadata or {}).get("grid_mark"):
                marks += 1
                found.append([(t.start, t.end, m._scope_start, m._scope_end) for t, m in
                              reader(doc, (rule, start, end), spans, starts, sentences,
                                     sentence_of)])
    context._READ[0] = None
    return found, marks


def test_a_grid_mark_reads_as_it_did(nlp):
    texts = dev_texts(40) + GRIDS
    new, marks = _grid_edges(nlp, texts, context._grid_mark)
    old, _ = _grid_edges(nlp, texts, _old_grid_mark)
    assert new == old
    assert marks > 20 and sum(1 for edges in new if edges) >= 3  # grids denied something


def test_a_grid_mark_read_inside_its_line_is_caught(nlp, monkeypatch):
    texts = GRIDS
    old, _ = _grid_edges(nlp, texts, _old_grid_mark)
    # a look that also passes by a mark closing the document's last line
    real = context._is_newline
    monkeypatch.setattr(context, "_is_newline", lambda t: real(t) or t.i == len(t.doc) - 1)
    new, _ = _grid_edges(nlp, texts, context._grid_mark)
    assert new != old
