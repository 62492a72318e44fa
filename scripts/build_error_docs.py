"""Write docs/errors.md from the error catalog (annotate/errors.py); --check fails if stale."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.errors import CATALOG  # noqa: E402

TARGET = ROOT / "docs" / "errors.md"


def render() -> str:
    lines = [
        "# Error catalog",
        "",
        "Every problem `annotate` reports about data carries one of these stable codes. A code",
        "never changes meaning; new problems get new codes. Generated from `annotate/errors.py`",
        "by `python scripts/build_error_docs.py`.",
        "",
        "| code | name | problem | how to fix it |",
        "|---|---|---|---|",
    ]
    for e in sorted(CATALOG, key=lambda e: e.code):
        fix = e.fix.replace("|", "\\|")
        lines.append(f"| {e.code} | `{e.name}` | {e.title} | {fix} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date; run python scripts/build_error_docs.py")
            return 1
        return 0
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
