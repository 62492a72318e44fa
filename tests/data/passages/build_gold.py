#!/usr/bin/env python3
"""Build tests/data/passages/gold/*.json from the hand-annotated sources in src/.

Source format: header lines, then `---`, then the passage with inline marks:
[A1:mention] actor mention ([A1+A2:their] a plural reference listed under each actor it covers,
guidelines 1 "Settled cases"), {E1:trigger} event trigger, <S1:evidence> stance evidence,
<C1:cue> condition cue (unmarked cue words are found automatically: if/unless/provided that).
Header lines:
  A1 | kind | ISO3 or - | name | role
  E1 | TYPE | mode or - | status | actor ids (comma) | recipient ids | time value | location name | reported_by | instance
  S1 | holder | polarity | target id (E… or A…) | evidence event id (when the cue is a trigger)
  C1 | kind | antecedent ids | consequent ids | stated_by
The cue of C1 is the first occurrence of its kind's cue word (If/if, unless, provided that).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from annotate.documents import new_document, write_document  # noqa: E402
from annotate.validate import validate_document  # noqa: E402

MARK = re.compile(r"\[(A\d+(?:\+A\d+)*):([^\]]+)\]|\{(E\d+):([^}]+)\}|<(S\d+):([^>]+)>")
CUES = {"if": r"\b[Ii]f\b|\b(?:Should|Were|Had)\b", "unless": r"\bunless\b", "provided": r"\bprovided that\b|\bas long as\b", "only_if": r"\bonly if\b"}


def build(src: Path) -> dict:
    head, body = src.read_text(encoding="utf-8").split("\n---\n", 1)
    body = body.strip("\n")
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(body):
        text.append(body[last : m.start()])
        pos += m.start() - last
        key = m.group(1) or m.group(3) or m.group(5)
        val = m.group(2) or m.group(4) or m.group(6)
        spans.extend((k, pos, pos + len(val)) for k in key.split("+"))
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(body[last:])
    t = "".join(text)
    meta: dict = {"language": "en"}
    actors, events, stances, conds = [], [], [], []
    for line in head.splitlines():
        if ":" in line.split("|")[0] and not line.startswith(("A", "E", "S", "C")) or line.startswith(("id:", "published:")):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
            continue
        f = [x.strip() for x in line.split("|")]
        if not f[0]:
            continue
        sp = lambda key: [{"start": a, "end": b, "text": t[a:b]} for k, a, b in spans if k == key]  # noqa: E731
        ids = lambda s: [x.strip() for x in s.split(",") if x.strip()]  # noqa: E731
        if f[0][0] == "A":
            actors.append({"id": f[0], "name": f[3], "kind": f[1], "country": None if f[2] == "-" else f[2], "role": f[4] or None, "mentions": sp(f[0])})
        elif f[0][0] == "E":
            (trig,) = sp(f[0])
            ev = {"id": f[0], "type": f[1], "mode": None if f[2] == "-" else f[2], "trigger": trig, "actors": ids(f[4]), "recipients": ids(f[5]), "status": f[3]}
            if f[6]:
                ev["time"] = {"value": f[6]}
            if f[7]:
                ev["location"] = {"name": f[7]}
            if len(f) > 8 and f[8]:
                ev["reported_by"] = f[8]
            if len(f) > 9 and f[9]:
                ev["instance"] = f[9]
            events.append(ev)
        elif f[0][0] == "S":
            marked = sp(f[0])
            # evidence: its own <S…:…> mark, or the trigger of the event named in column 5
            evi = marked[0] if marked else next(e["trigger"] for e in events if e["id"] == f[4])
            target = {"event": f[3]} if f[3].startswith("E") else {"actor": f[3]}
            stances.append({"id": f[0], "holder": f[1], "target": target, "polarity": f[2], "evidence": evi})
        elif f[0][0] == "C":
            ante_start = min(e["trigger"]["start"] for e in events if e["id"] in ids(f[2]))
            cues = [m for m in re.finditer(CUES[f[1]], t) if m.start() < ante_start]
            cue = cues[-1]
            conds.append({"id": f[0], "kind": f[1], "cue": {"start": cue.start(), "end": cue.end(), "text": cue.group(0)}, "antecedent": ids(f[2]), "consequent": ids(f[3]), "stated_by": f[4] or None})
    doc = new_document(meta.pop("id"), t, meta)
    doc.update(actors=actors, events=events, stances=stances, conditions=conds)
    doc["provenance"] = {"origin": "manual", "annotators": ["passage-author"]}
    return doc


def main() -> None:
    out = HERE / "gold"
    for src in sorted((HERE / "src").glob("*.txt")):
        doc = build(src)
        problems = validate_document(doc, str(src))
        if problems:
            for p in problems:
                print(p.path, p.code, p.message)
            raise SystemExit(1)
        write_document(doc, out)
        print(out / f"{doc['id']}.json")


if __name__ == "__main__":
    main()
