"""Two `spinecite evaluate --json` outputs side by side: headline figures, the per-code
moves (assertion sets right, present tp/fp/fn) and the false met cases.

    .venv/bin/python scripts/dev/compare_evaluations.py BEFORE.json AFTER.json
"""
import json, sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
def s(d):
    dd=d['determinations']
    return dict(tp=d['present']['tp'],fp=d['present']['fp'],fn=d['present']['fn'],f1=round(d['present']['f1'],5),
                assertion=round(d['assertion_accuracy'],5),right=round(d['assertion_accuracy']*d['assertion_judged']),judged=d['assertion_judged'],
                found=round(d['assertion_accuracy_found'],5),det=round(dd['accuracy'],5),fm=dd['false_met'],urg_p=round(dd['urgent_precision'],4),urg_r=dd['urgent_recall'])
print('before', s(a)); print('after ', s(b))
for c in sorted(set(a['per_code'])|set(b['per_code'])):
    x=a['per_code'].get(c,{}); y=b['per_code'].get(c,{})
    dx=(y.get('assertion_correct',0)-x.get('assertion_correct',0), y.get('tp',0)-x.get('tp',0), y.get('fp',0)-x.get('fp',0), y.get('fn',0)-x.get('fn',0))
    if any(dx): print(f"  {c}: sets {dx[0]:+d} tp {dx[1]:+d} fp {dx[2]:+d} fn {dx[3]:+d}")
print('fm before', a['determinations']['false_met_cases']); print('fm after ', b['determinations']['false_met_cases'])
