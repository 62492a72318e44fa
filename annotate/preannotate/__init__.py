"""Offline, rule- and gazetteer-based pre-annotation of all document layers.

`preannotate_document(doc)` fills the machine layers of one document; `preannotate(paths, out)`
runs it over files (optionally with worker processes). Resources ship in annotate/resources/.
"""

from annotate.preannotate.pipeline import PREANNOTATOR_NAME, PREANNOTATOR_VERSION, preannotate, preannotate_document, preannotate_text

__all__ = ["PREANNOTATOR_NAME", "PREANNOTATOR_VERSION", "preannotate", "preannotate_document", "preannotate_text"]
