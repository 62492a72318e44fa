"""Writes the blind24 gold files from docs.py (see tests/data/gold_builder.py).

Run: python tests/data/blind24/_build.py  (writes blind24-*.json beside this file)
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, annotator="blind-annotator-24", date="2026-12-08")
