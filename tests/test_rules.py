"""The rule files: verbatim quotes, the sources they were written from, the contract's ids."""

import pytest

from conftest import SHARED
from spinecite.rules.quotes import missing_quotes, source_text
from spinecite.rules.ruleset import RULES_DIR, load_all, load_guideline, source_sha256

RULE_FILES = sorted(RULES_DIR.glob("*.yaml"))
GUIDELINES = SHARED / "guidelines"
CONTRACT_GOVERNS = {
    "aim-spine": {*map(str, range(72125, 72134)), *map(str, range(72141, 72159))},
    "nia-lumbar-mri": {"72148", "72149", "72158"},
    "nia-lumbar-ct": {"72131", "72132", "72133"},
    "cohere-ct-spine": set(map(str, range(72125, 72134))),
    "evicore-spine": {*map(str, range(72125, 72134)), *map(str, range(72141, 72160))},
}
# The CPT codes that exist in those ranges: contract §5's regions, and MRA 72159.
REAL_CODES = {"72125", "72126", "72127", "72141", "72142", "72156", "72128", "72129", "72130",
              "72146", "72147", "72157", "72131", "72132", "72133", "72148", "72149", "72158",
              "72159"}
needs_sources = pytest.mark.skipif(not GUIDELINES.exists(), reason="shared/ not beside the repo")


@needs_sources
@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_its_source(path):
    assert missing_quotes(path) == []


@needs_sources
@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_file_records_the_source_it_was_written_from(path):
    g = load_guideline(path)
    assert g.source_sha256 == source_sha256(g)


@needs_sources
def test_a_deleted_phrase_of_a_real_source_fails_the_check():
    text = (GUIDELINES / "001_85c1f2ef0b737f48.txt").read_text(encoding="utf-8")
    deleted = "Combination requests at end of the document"
    assert f"~~({deleted})~~" in text
    assert deleted not in source_text("001_85c1f2ef0b737f48.txt")


def test_ids_unique_and_governs_match_the_contract():
    guidelines = load_all()
    assert set(guidelines) <= set(CONTRACT_GOVERNS)
    for gid, g in guidelines.items():
        assert set(g.governs) & REAL_CODES == CONTRACT_GOVERNS[gid] & REAL_CODES, gid
        ids = [e.id for e in (*g.requirements, *g.exclusions, *g.indications, *g.judgment_only,
                              *g.definitions.values())]
        assert len(ids) == len(set(ids)), gid
        assert all(i.startswith(gid + ".") for i in ids), gid
        assert all(e.family for e in g.indications), gid
