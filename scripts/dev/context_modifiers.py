"""Each target span of invented sentences with its assertion and the ConText modifiers
(category, cue text, rule literal) behind it.

    .venv/bin/python scripts/dev/context_modifiers.py 'MRI if weakness develops. || No radiculopathy.'
"""
import sys, datetime as dt
from spinecite.pipeline.nlp import process
for text in sys.argv[1].split("||"):
    doc = process(text.strip(), dt.date(2026, 12, 7))
    print(">>", text.strip())
    for ent in doc.spans.get("medspacy_spans", []):
        mods = []
        for m in getattr(ent._, "modifiers", []) or []:
            s, e = m.modifier_span
            mods.append((m.category, doc[s:e].text, (m.rule.literal if hasattr(m, 'rule') else '')[:60]))
        print("  ", ent.label_, repr(ent.text), ent._.assertion, mods)
