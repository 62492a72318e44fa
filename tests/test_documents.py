"""Document I/O: the canonical text and atomic writes every command relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.documents import compact_json, dumps_document, dumps_document_bytes, write_document

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


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), values, max_size=6))
def test_canonical_bytes_are_the_canonical_text_in_utf8(doc: dict) -> None:
    try:
        expected = dumps_document(doc).encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: no UTF-8 file can hold it either way
    assert dumps_document_bytes(doc) == expected


def test_tricky_values() -> None:
    doc = {"f": [1e-05, 1e-7, 0.1, 1e16, -0.0, 2.5e300], "s": "é\u2028\x00\x1f\"\\ 😀", "big": 2**65, "e": [[], {}, [{}]]}
    assert dumps_document(doc) == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def test_write_document_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    doc = {"id": "a-b", "text": "x"}
    path = write_document(doc, tmp_path)
    assert path == tmp_path / "a-b.json"
    assert json.loads(path.read_text(encoding="utf-8")) == doc
    assert [p.name for p in tmp_path.iterdir()] == ["a-b.json"]


def _decoded_both_ways(data: bytes) -> tuple[tuple, tuple]:
    from annotate import documents

    fast = documents.decode_json(data, "x.json")
    original = documents._decode_clean
    documents._decode_clean = lambda _data: None  # the careful path alone
    try:
        careful = documents.decode_json(data, "x.json")
    finally:
        documents._decode_clean = original
    key = lambda r: (r[0], [(i.code, i.path, i.line, i.column) for i in r[1]])  # noqa: E731
    return key(fast), key(careful)


json_texts = st.tuples(
    st.dictionaries(st.text(max_size=6), values, max_size=6),
    st.sampled_from([(None, (",", ":")), (2, (",", ": ")), (None, (", ", " : ")), (1, (",", ":"))]),
    st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(json_texts)
def test_the_fast_decoder_gives_what_the_careful_one_gives(case: tuple) -> None:
    doc, (indent, separators), repeat_a_key = case
    text = json.dumps(doc, indent=indent, separators=separators, ensure_ascii=False)
    if repeat_a_key and doc:
        text = text[:-1] + (", " if len(text) > 2 else "") + json.dumps(next(iter(doc))) + ": 1}"
    fast, careful = _decoded_both_ways(text.encode("utf-8", "surrogatepass"))
    assert fast == careful


@pytest.mark.parametrize("text", [
    '{"a": 1, "a": 2}', '{"a": {"b": 1, "b": 1}}', '{"n": 123456789012345678901234567890}', '{"n": NaN}',
    '{"s": "\\ud800"}', '{"q": "say \\"hi\\": now", "q": 2}', '{"k" : 1, "k": 2}', '[1, 2]', '{"x": 1e400}',
    "{" + '"a": [' * 40 + "]" * 40 + "}", "{" + '"a": {' * 31 + "}" * 31 + "}", "{" + '"a": {' * 32 + "}" * 32 + "}",
    "{" + '"a": [' * 31 + "[]" + "]" * 31 + "}", "{" + '"a": [' * 30 + "[]" + "]" * 30 + "}",
])
def test_the_fast_decoder_leaves_every_problem_to_the_careful_one(text: str) -> None:
    fast, careful = _decoded_both_ways(text.encode("utf-8", "surrogatepass"))
    assert fast == careful
