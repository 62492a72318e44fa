"""Per-layer agreement between two versions of the same documents: gold vs. prediction, or
annotator A vs. annotator B (then it is their inter-annotator agreement).

Matching is one-to-one and greedy by overlap size (ties: document order), so it is
deterministic:
- actor mentions: spans that overlap;
- events: triggers that overlap (untyped), and additionally of the same type (typed);
- status: accuracy over untyped-matched events;
- event arguments: (role, actor) pairs of matched events, actors aligned through mentions;
- conditions: kind ignored; an antecedent event and a consequent event of the prediction must
  align to the gold condition's antecedent and consequent ("both ends linked");
- stances: aligned holder and same polarity;
- event_instances: links between two events sharing an `instance` id (pairs of aligned
  events, like a coreference link score);
- attribute accuracies on matched events: `reported_by` (actors aligned through mentions),
  `time` value and `mode` (typed matches), each over the matched events where either side
  sets the attribute, so two empty values do not inflate it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate import errors as E
from annotate.documents import iter_input_documents
from annotate.errors import DataError, issue

LAYERS = ("actor_mentions", "events", "events_typed", "event_arguments", "event_instances", "conditions", "stances")
ATTRIBUTES = ("reported_by", "time_value", "mode")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class _Totals:
    layers: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LAYERS})
    status_correct: int = 0
    status_total: int = 0
    attr_correct: dict[str, int] = field(default_factory=lambda: {k: 0 for k in ATTRIBUTES})
    attr_total: dict[str, int] = field(default_factory=lambda: {k: 0 for k in ATTRIBUTES})

    def attribute(self, name: str, gold: Any, pred: Any) -> None:
        if gold is None and pred is None:
            return
        self.attr_total[name] += 1
        self.attr_correct[name] += gold == pred


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _match(gold: list[Any], pred: list[Any], score: Any) -> list[tuple[int, int]]:
    """One-to-one greedy matching by descending positive score; returns (gold i, pred j) pairs."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _add(c: Counts, n_gold: int, n_pred: int, n_match: int) -> None:
    c.tp += n_match
    c.fp += n_pred - n_match
    c.fn += n_gold - n_match


def _actor_map(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, str]:
    """pred actor id -> gold actor id sharing the most overlapping mentions."""
    out: dict[str, str] = {}
    for pa in pred.get("actors", []):
        best, best_n = None, 0
        for ga in gold.get("actors", []):
            n = sum(1 for pm in pa.get("mentions", []) for gm in ga.get("mentions", []) if _overlap(pm, gm) > 0)
            if n > best_n:
                best, best_n = ga["id"], n
        if best:
            out[pa["id"]] = best
    return out


def _instance_links(ge: list[dict[str, Any]], pe: list[dict[str, Any]], pairs: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(gold links, predicted links, agreeing links): a link joins two events of one instance."""

    def links(events: list[dict[str, Any]]) -> set[tuple[int, int]]:
        out = set()
        for a in range(len(events)):
            for b in range(a + 1, len(events)):
                if events[a].get("instance") and events[a].get("instance") == events[b].get("instance"):
                    out.add((a, b))
        return out

    gl, pl = links(ge), links(pe)
    to_gold = {j: i for i, j in pairs}
    agree = sum(1 for a, b in pl if a in to_gold and b in to_gold and tuple(sorted((to_gold[a], to_gold[b]))) in gl)
    return len(gl), len(pl), agree


def _compare(gold: dict[str, Any], pred: dict[str, Any], t: _Totals) -> None:
    gm = [m for a in gold.get("actors", []) for m in a.get("mentions", [])]
    pm = [m for a in pred.get("actors", []) for m in a.get("mentions", [])]
    _add(t.layers["actor_mentions"], len(gm), len(pm), len(_match(gm, pm, _overlap)))
    ge, pe = gold.get("events", []), pred.get("events", [])
    pairs = _match(ge, pe, lambda g, p: _overlap(g["trigger"], p["trigger"]))
    _add(t.layers["events"], len(ge), len(pe), len(pairs))
    typed = _match(ge, pe, lambda g, p: _overlap(g["trigger"], p["trigger"]) if g["type"] == p["type"] else 0)
    _add(t.layers["events_typed"], len(ge), len(pe), len(typed))
    amap = _actor_map(gold, pred)
    ev_map = {pe[j]["id"]: ge[i]["id"] for i, j in pairs}
    ga_n = sum(len(e.get("actors", [])) + len(e.get("recipients", [])) for e in ge)
    pa_n = sum(len(e.get("actors", [])) + len(e.get("recipients", [])) for e in pe)
    arg_tp = 0
    for i, j in pairs:
        g, p = ge[i], pe[j]
        t.status_total += 1
        t.status_correct += g.get("status") == p.get("status")
        for role in ("actors", "recipients"):
            gs = set(g.get(role, []))
            arg_tp += len({amap.get(x) for x in p.get(role, [])} & gs)
    _add(t.layers["event_arguments"], ga_n, pa_n, arg_tp)
    for i, j in pairs:
        g, p = ge[i], pe[j]
        t.attribute("reported_by", g.get("reported_by"), amap.get(p["reported_by"], "?") if p.get("reported_by") else None)
        t.attribute("time_value", (g.get("time") or {}).get("value"), (p.get("time") or {}).get("value"))
    for i, j in typed:
        t.attribute("mode", ge[i].get("mode"), pe[j].get("mode"))
    _add(t.layers["event_instances"], *_instance_links(ge, pe, pairs))
    gc, pc = gold.get("conditions", []), pred.get("conditions", [])

    def cond_score(g: dict[str, Any], p: dict[str, Any]) -> int:
        ante = {ev_map.get(x) for x in p.get("antecedent", [])} & set(g.get("antecedent", []))
        cons = {ev_map.get(x) for x in p.get("consequent", [])} & set(g.get("consequent", []))
        return len(ante) + len(cons) if ante and cons else 0

    _add(t.layers["conditions"], len(gc), len(pc), len(_match(gc, pc, cond_score)))
    gs_, ps_ = gold.get("stances", []), pred.get("stances", [])

    def stance_score(g: dict[str, Any], p: dict[str, Any]) -> int:
        if amap.get(p["holder"]) != g["holder"] or p["polarity"] != g["polarity"]:
            return 0
        # prefer the pair whose target also agrees
        gt, pt = g.get("target", {}), p.get("target", {})
        same_target = ("event" in gt and ev_map.get(pt.get("event")) == gt["event"]) or ("actor" in gt and amap.get(pt.get("actor")) == gt["actor"])
        return 2 if same_target else 1

    _add(t.layers["stances"], len(gs_), len(ps_), len(_match(gs_, ps_, stance_score)))


def evaluate(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Per-layer precision/recall/F1 (and status accuracy) of pred against gold, documents
    matched by id. Documents present on one side only are listed and left out of the scores."""
    gold_by = {d["id"]: d for d in gold}
    pred_by = {d["id"]: d for d in pred}
    common = sorted(gold_by.keys() & pred_by.keys())
    totals = _Totals()
    for doc_id in common:
        g, p = gold_by[doc_id], pred_by[doc_id]
        if g.get("text") != p.get("text"):
            raise DataError([issue(E.EVAL_TEXT_DIFFERS, doc_id, "$.text", f"document {doc_id!r} has different text in gold and prediction; offsets cannot be compared")])
        _compare(g, p, totals)
    result: dict[str, Any] = {
        "documents": len(common),
        "gold_only": sorted(gold_by.keys() - pred_by.keys()),
        "pred_only": sorted(pred_by.keys() - gold_by.keys()),
        "layers": {k: v.as_dict() for k, v in totals.layers.items()},
        "status": {"correct": totals.status_correct, "total": totals.status_total, "accuracy": round(totals.status_correct / totals.status_total, 4) if totals.status_total else 0.0},
        "attributes": {
            k: {"correct": totals.attr_correct[k], "total": totals.attr_total[k], "accuracy": round(totals.attr_correct[k] / totals.attr_total[k], 4) if totals.attr_total[k] else 0.0}
            for k in ATTRIBUTES
        },
    }
    return result


def evaluate_paths(gold: Iterable[Path | str], pred: Iterable[Path | str]) -> dict[str, Any]:
    """evaluate() over document files or folders (DataError if a file does not decode or validate)."""
    from annotate.validate import validate_document

    def load(paths: Iterable[Path | str]) -> list[dict[str, Any]]:
        docs = []
        for d in iter_input_documents(paths):
            problems = validate_document(d, str(d.get("id", "<document>")))
            if problems:
                raise DataError(problems)
            docs.append(d)
        return docs

    return evaluate(load(gold), load(pred))


def format_table(result: dict[str, Any]) -> str:
    lines = [f"documents compared: {result['documents']}"]
    if result["gold_only"] or result["pred_only"]:
        lines.append(f"only in gold: {len(result['gold_only'])}, only in prediction: {len(result['pred_only'])} (left out)")
    lines.append(f"{'layer':<18}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")
    for name, c in result["layers"].items():
        lines.append(f"{name:<18}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}{c['tp']:>7}{c['fp']:>7}{c['fn']:>7}")
    s = result["status"]
    lines.append(f"{'status accuracy':<18}{s['accuracy']:>8.3f}  ({s['correct']}/{s['total']} matched events)")
    for name, a in result.get("attributes", {}).items():
        lines.append(f"{name + ' acc.':<18}{a['accuracy']:>8.3f}  ({a['correct']}/{a['total']} matched events where either side sets it)")
    return "\n".join(lines)
