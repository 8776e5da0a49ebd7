"""The dev corpus's document texts in file order, for tests that check a faster path against the
plain one on real notes. One place for what six perf test files each wrote as `_dev_texts`."""
import json

from conftest import CORPORA


def dev_texts(limit: int | None = None) -> list[str]:
    """The first `limit` document texts of corpora/dev (all of them when None); documents
    without a text layer (scans) are skipped."""
    texts = []
    for path in sorted((CORPORA / "dev").glob("*.case.json")):
        for document in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            if "text" in document:
                texts.append(document["text"])
        if limit is not None and len(texts) >= limit:
            break
    return texts if limit is None else texts[:limit]
