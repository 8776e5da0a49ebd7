"""Every wrong (case, code) set, determination and urgency of an annotated corpus, with the
gold (G) and predicted (P) evidence in context ([[...]] marks the span, [section] its section).

    .venv/bin/python scripts/dev/casedump.py OUT.txt corpora/dev [CASE.case.json ...]

For the project's own annotated corpora only: OUT holds excerpts of the notes. Only
present-predicted extras are listed where gold has no entry (what evaluate scores). Run with
PYTHONPATH pointing at a directory whose `spinecite` is a worktree to dump that code."""
import json, sys
from collections import defaultdict
from pathlib import Path
from spinecite.pipeline.intake import IntakeError, load_case, read_documents
from spinecite.review import review_documents
from spinecite.corpora.evaluate import gold_findings, guideline_outcomes

def ctx(text, s, e, w=70):
    a, b = max(0, s - w), min(len(text), e + w)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " / ")

def main():
    out = open(sys.argv[1], "w")
    paths = []
    for p in map(Path, sys.argv[2:]):
        paths += sorted(p.glob("*.case.json")) if p.is_dir() else [p]
    for cp in paths:
        name = cp.name[:-len(".case.json")]
        gp = cp.with_name(name + ".gold.json")
        gold = json.loads(gp.read_text())
        exp = gold_findings(gold)
        try:
            case = load_case(cp); docs = read_documents(case, cp.parent)
        except IntakeError as exc:
            out.write(f"=== {name}\nINTAKE ERROR {exc.kind}\n"); continue
        res = review_documents(case, docs)
        texts = {d.id: d.text for d in docs}
        pred = defaultdict(set); pev = defaultdict(list)
        for f in res.findings:
            pred[f.code].add(f.assertion)
            for ev in f.evidence:
                pev[f.code].append((f.assertion, ev))
        dets = guideline_outcomes(res)
        lines = []
        for code in sorted(set(exp) | set(pred)):
            g, p = exp.get(code, set()), pred.get(code, set())
            # an extra code where gold has none is scored only when predicted present
            if g == p or (not g and "present" not in p):
                continue
            lines.append(f"-- {code}: gold {sorted(g)} pred {sorted(p)}")
            for ev in (gold.get("evidence") or {}).get(code, []):
                t = texts.get(ev["document"], "")
                lines.append(f"   G {ev['assertion']:12} {ev['document']}@{ev['start']}: " + ctx(t, ev["start"], ev["end"]))
            for a, ev in pev.get(code, []):
                t = texts.get(ev.document, "")
                lines.append(f"   P {a:12} {ev.document}@{ev.start} [{ev.section}]: " + ctx(t, ev.start, ev.end))
        gd = gold.get("determinations") or {}
        for gl, o in sorted(gd.items()):
            if dets.get(gl) != o:
                lines.append(f"-- DETERMINATION {gl}: gold {o} pred {dets.get(gl)}")
        up = res.priority == "urgent"
        if gold.get("urgent") is not None and bool(gold.get("urgent")) != up:
            lines.append(f"-- URGENT gold {gold.get('urgent')} pred {up}")
        if lines:
            out.write(f"=== {name}\n" + "\n".join(lines) + "\n")
    out.write("DUMP COMPLETE\n")


if __name__ == "__main__":
    main()
