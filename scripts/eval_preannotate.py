#!/usr/bin/env python3
"""Figures of the pre-annotator: on tests/data/plover/gsr-dev.json (PLOVER gold sentences) and
on tests/data/passages/ (our own hand-annotated news passages).

    .venv/bin/python scripts/eval_preannotate.py [--json]
    .venv/bin/python scripts/eval_preannotate.py --gold tests/data/heldout tests/data/blind [--halves] [--errors]

--gold evaluates any gold folders per layer (--halves adds an even/odd split of the sorted
documents, to check that a fix made on one half moves the other; --errors lists missed and
spurious items per document for error analysis).

gsr-dev: share of sentences whose gold category is among the predicted event types, and actor
mention P/R/F1 against the records' source/target actor texts (which mark only the event's
actors, so precision is understated). Passages: `annotate eval` layers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.documents import iter_input_documents, new_document  # noqa: E402
from annotate.evaluate import evaluate  # noqa: E402
from annotate.plover_import import import_plover  # noqa: E402
from annotate.preannotate import preannotate_document  # noqa: E402


def bare(doc: dict) -> dict:
    """The document as the pre-annotator would receive it: text and metadata only."""
    return new_document(doc["id"], doc["text"], doc["metadata"])


def gsr_figures(path: Path) -> dict:
    gold = list(import_plover(path))
    pred = [preannotate_document(bare(d)) for d in gold]
    hit = sum(1 for g, p in zip(gold, pred) if g["events"][0]["type"] in {e["type"] for e in p["events"]})
    res = evaluate(gold, pred)
    per_type: dict[str, list[int]] = {}
    for g, p in zip(gold, pred):
        t = g["events"][0]["type"]
        per_type.setdefault(t, [0, 0])
        per_type[t][1] += 1
        per_type[t][0] += t in {e["type"] for e in p["events"]}
    return {
        "sentences": len(gold),
        "category_among_predicted": round(hit / len(gold), 4),
        "category_hits": hit,
        "actor_mentions": res["layers"]["actor_mentions"],
        "trigger_overlap": res["layers"]["events"],
        "per_type_hits": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_type.items())},
    }


def passage_figures(folder: Path) -> dict:
    gold = list(iter_input_documents([folder]))
    pred = [preannotate_document(bare(d)) for d in gold]
    return evaluate(gold, pred)


def _ov(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def _attribute_errors(g: dict, p: dict, e: dict, x: dict, gn: dict, pn: dict) -> None:
    """Differences in arguments, reported_by and time value of one overlapping event pair
    (compared by actor name, a reading aid)."""
    t = e["trigger"]["text"]
    for role in ("actors", "recipients"):
        want = sorted(gn.get(a, a) for a in e.get(role, []))
        got = sorted(pn.get(a, a) for a in x.get(role, []))
        if want != got:
            print(f"  ~{role[:5]} {t!r} gold {want} pred {got}")
    gr, pr = gn.get(e.get("reported_by")), pn.get(x.get("reported_by"))
    if gr != pr:
        print(f"  ~rep {t!r} gold {gr} pred {pr}")
    gt, pt = e.get("time") or {}, x.get("time") or {}
    if gt.get("value") != pt.get("value"):
        gs, ps = (gt.get("span") or {}).get("text"), (pt.get("span") or {}).get("text")
        print(f"  ~time {t!r} gold {gt.get('value')} ({gs!r}) pred {pt.get('value')} ({ps!r}) pub {g['metadata'].get('published')}")


def error_report(paths: list[Path]) -> None:
    """Missed (-) and spurious (+) items per document, for error analysis (overlap matching,
    not the evaluator's one-to-one matching, so it is a reading aid, not a score)."""
    for g in sorted(iter_input_documents(paths), key=lambda d: d["id"]):
        p = preannotate_document(bare(g))
        print(f"### {g['id']}")
        gm = [(m, a) for a in g["actors"] for m in a["mentions"]]
        pm = [(m, a) for a in p["actors"] for m in a["mentions"]]
        for m, a in gm:
            if not any(_ov(m, x) for x, _ in pm):
                print(f"  -mention {m['text']!r} ({a['name']}, {a['kind']})")
        for m, a in pm:
            if not any(_ov(m, x) for x, _ in gm):
                print(f"  +mention {m['text']!r} ({a['name']}, {a['kind']})")
        gn = {a["id"]: a["name"] for a in g["actors"]}
        pn = {a["id"]: a["name"] for a in p["actors"]}
        for e in g["events"]:
            hit = [x for x in p["events"] if _ov(e["trigger"], x["trigger"])]
            if not hit:
                print(f"  -event {e['trigger']['text']!r} {e['type']} {e['status']}")
            elif all(x["type"] != e["type"] for x in hit):
                print(f"  ~event {e['trigger']['text']!r} gold {e['type']} pred {hit[0]['type']}")
            elif all(x["status"] != e["status"] for x in hit):
                print(f"  ~status {e['trigger']['text']!r} gold {e['status']} pred {hit[0]['status']}")
            if hit:
                _attribute_errors(g, p, e, hit[0], gn, pn)
        for x in p["events"]:
            if not any(_ov(e["trigger"], x["trigger"]) for e in g["events"]):
                print(f"  +event {x['trigger']['text']!r} {x['type']} {x['status']}")
        for st in g["stances"]:
            print(f"  gold stance {gn.get(st['holder'])} {st['polarity']} {st['evidence']['text']!r}")
        for st in p["stances"]:
            print(f"  pred stance {pn.get(st['holder'])} {st['polarity']} {st['evidence']['text']!r}")
        for c in g["conditions"]:
            print(f"  gold cond {c['kind']} {c['cue']['text']!r} @{c['cue']['start']}")
        for c in p["conditions"]:
            print(f"  pred cond {c['kind']} {c['cue']['text']!r} @{c['cue']['start']}")


def gold_report(paths: list[Path], halves: bool, as_json: bool) -> None:
    """Per-layer figures on arbitrary gold folders; halves split the documents by sorted id
    (even/odd positions) so a rule fixed on one half can be checked on the other."""
    from annotate.evaluate import format_table

    gold = sorted(iter_input_documents(paths), key=lambda d: d["id"])
    pred = [preannotate_document(bare(d)) for d in gold]
    groups = {"all": (gold, pred)}
    if halves:
        groups["half A"] = (gold[0::2], pred[0::2])
        groups["half B"] = (gold[1::2], pred[1::2])
    results = {k: evaluate(g, p) for k, (g, p) in groups.items()}
    if as_json:
        print(json.dumps(results, indent=2))
        return
    for k, r in results.items():
        print(f"== {k}")
        print(format_table(r))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--gold", nargs="+", type=Path, help="evaluate only these gold folders/files (per layer), e.g. tests/data/heldout tests/data/blind")
    ap.add_argument("--errors", action="store_true", help="with --gold: list missed and spurious actor mentions, events, stances and conditions per document")
    ap.add_argument("--halves", action="store_true", help="with --gold: also report the two halves (even / odd position in sorted order) for a cross-check")
    args = ap.parse_args()
    if args.gold:
        if args.errors:
            error_report(args.gold)
            return
        gold_report(args.gold, args.halves, args.json)
        return
    gsr = gsr_figures(ROOT / "tests/data/plover/gsr-dev.json")
    passages_dir = ROOT / "tests/data/passages/gold"
    pas = passage_figures(passages_dir) if passages_dir.is_dir() and any(passages_dir.glob("*.json")) else None
    if args.json:
        print(json.dumps({"gsr_dev": gsr, "passages": pas}, indent=2))
        return
    from annotate.evaluate import format_table

    print(f"gsr-dev ({gsr['sentences']} sentences)")
    print(f"  gold category among predicted events: {gsr['category_among_predicted']:.3f} ({gsr['category_hits']}/{gsr['sentences']})  target >= 0.65")
    a = gsr["actor_mentions"]
    print(f"  actor mentions vs gsr actor texts: P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}")
    print(f"  per category: {gsr['per_type_hits']}")
    if pas:
        print(f"\nown passages (tests/data/passages/gold)")
        print(format_table(pas))
        print("  targets: actor_mentions F1 >= 0.92, events_typed F1 >= 0.65, status >= 0.75, conditions >= 0.80, stances F1 >= 0.60")


if __name__ == "__main__":
    main()
