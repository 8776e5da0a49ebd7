"""medspaCy ConText, linear in the length of the note.

medspaCy's ConText pairs every modifier with every other modifier and every target of the
whole Doc, which is quadratic: a templated 20,000-line ROS takes many minutes. spinecite's
modifier scopes never leave their sentence, so the same graph is built one sentence at a
time: the same edges, in linear time.
"""

# no `from __future__ import annotations`: spaCy reads the factory's signature types
from collections import defaultdict
from typing import Any, Dict, Optional, Tuple, Union

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("spinecite_context")
class SentenceScopedConText(ConText):
    def __init__(self, nlp: Language, name: str = "spinecite_context",
                 rules: Optional[str] = None, phrase_matcher_attr: str = "LOWER",
                 prune_on_modifier_overlap: bool = True, prune_on_target_overlap: bool = True,
                 span_attrs: Union[str, Dict[str, Dict[str, Any]], None] = "default",
                 span_group_name: str = "medspacy_spans"):
        super().__init__(nlp, name=name, rules=rules, phrase_matcher_attr=phrase_matcher_attr,
                         prune_on_modifier_overlap=prune_on_modifier_overlap,
                         prune_on_target_overlap=prune_on_target_overlap, span_attrs=span_attrs,
                         input_span_type="group", span_group_name=span_group_name)

    def __call__(self, doc: Doc, targets: Optional[str] = None) -> Doc:
        spans = list(doc.spans[self.span_group_name]) if self.span_group_name in doc.spans else []
        sentence_of = [0] * len(doc)
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = index
        by_sentence: Dict[int, Tuple[list, list]] = defaultdict(lambda: ([], []))
        for span in spans:
            by_sentence[sentence_of[span.start]][0].append(span)
        matcher = self._ConText__matcher  # medspaCy's own matcher for the rules added
        for match_id, start, end in matcher(doc):
            sentence = sentence_of[start]
            if sentence in by_sentence:  # a modifier with no target in its sentence is idle
                rule = matcher.rule_map[self.nlp.vocab[match_id].text]
                by_sentence[sentence][1].append(
                    ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
        edges, modifiers = [], []
        for sentence_targets, sentence_modifiers in by_sentence.values():
            if not sentence_modifiers:
                continue
            graph = ConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
            graph.targets = sentence_targets
            graph.modifiers = sentence_modifiers
            graph.update_scopes()
            graph.apply_modifiers()
            edges.extend(graph.edges)
            modifiers.extend(graph.modifiers)
        for target, modifier in edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(edges)
        doc._.context_graph = ConTextGraph(targets=spans, modifiers=modifiers, edges=edges)
        return doc
