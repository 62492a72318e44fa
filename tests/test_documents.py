"""Document I/O: the canonical text and atomic writes every command relies on."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.documents import compact_json, dumps_document, write_document

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False), st.text(),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=8), values, max_size=6))
def test_canonical_text_is_exactly_the_reference_encoding(doc: dict) -> None:
    # Any fast path must give the bytes json.dumps(indent=2) gives: files must not churn in git.
    assert dumps_document(doc) == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=8), st.text(max_size=20))
def test_floats_of_every_magnitude_encode_as_the_reference(floats: list[float], text: str) -> None:
    doc = {"confidence": floats, "text": text, "nested": [{"score": f} for f in floats]}
    assert dumps_document(doc) == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=8), values, max_size=6), st.booleans())
def test_compact_json_is_exactly_the_reference_encoding(doc: dict, sort_keys: bool) -> None:
    # document hashes stored in Label Studio tasks were made from these bytes: they must not move.
    assert compact_json(doc, sort_keys=sort_keys) == json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys).encode("utf-8", "surrogatepass")


def test_tricky_values() -> None:
    doc = {"f": [1e-05, 1e-7, 0.1, 1e16, -0.0, 2.5e300], "s": "é\u2028\x00\x1f\"\\ 😀", "big": 2**65, "e": [[], {}, [{}]]}
    assert dumps_document(doc) == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def test_write_document_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    doc = {"id": "a-b", "text": "x"}
    path = write_document(doc, tmp_path)
    assert path == tmp_path / "a-b.json"
    assert json.loads(path.read_text(encoding="utf-8")) == doc
    assert [p.name for p in tmp_path.iterdir()] == ["a-b.json"]
