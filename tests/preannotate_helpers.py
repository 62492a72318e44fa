"""Shared by the pre-annotation rule tests: the machine layers of one short invented article."""

from __future__ import annotations

from typing import Any

from annotate.documents import new_document
from annotate.preannotate import preannotate_document


def preannotated(text: str, *, published: str = "2024-03-14", doc_id: str = "t1") -> dict[str, Any]:
    """The pre-annotated document of a fresh article with this text and publication date."""
    return preannotate_document(new_document(doc_id, text, {"published": published, "language": "en"}))
