"""What the speed tests (ConText: perf31c, perf32d; review: perf32b) read: real
note text from the dev corpus, and the ConText component's matcher."""
import json
from pathlib import Path

DEV = Path(__file__).resolve().parents[1] / "corpora" / "dev"


def dev_texts(cases: int) -> list:
    """The documents' texts of the first `cases` dev cases, in name order."""
    texts = []
    for path in sorted(DEV.glob("*.case.json"))[:cases]:
        texts += [d["text"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]
                  if "text" in d]
    return texts


def matcher_of(nlp):
    return nlp.get_pipe("spinecite_context")._ConText__matcher
