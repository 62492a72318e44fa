"""Builds a blind gold set's JSON files from its docs.py: every offset is located by substring
search, never counted by hand, and every layer is numbered in order of first appearance.

Span spec: "words" = first word-bounded occurrence, "words@n" = n-th occurrence,
"words||context" = first word-bounded "words" inside the first occurrence of "context"
(context may end in @n). Each set's _build.py calls main() with its annotator and date;
DUMP=1 prints every mention and trigger in context, to check the @n picks.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path




def E(id, type, trig, st, a=(), r=(), mode=None, ctx=(), time=None, loc=None, rb=None, inst=None):
    """One event of a docs.py entry (the ids, spans and fields build() reads)."""
    d = dict(id=id, type=type, trig=trig, st=st, a=list(a), r=list(r), ctx=list(ctx), rb=rb, inst=inst)
    if mode:
        d["mode"] = mode
    if time:
        d["time"] = time
    if loc:
        d["loc"] = loc
    return d


def span(text: str, spec: str) -> dict:
    if "||" in spec:  # "sub||context": first word-bounded `sub` inside the (unique) context
        sub, _, ctx = spec.partition("||")
        c = span(text, ctx)
        inner = span(c["text"], sub)
        s = c["start"] + inner["start"]
        return {"start": s, "end": s + len(sub), "text": sub}
    sub, _, n = spec.partition("@")
    n = int(n) if n else 1
    hits = [m.start() for m in re.finditer(re.escape(sub), text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum())
            and (m.end() == len(text) or not text[m.end()].isalnum())]
    if len(hits) < n:
        raise ValueError(f"{spec!r}: only {len(hits)} occurrence(s)")
    s = hits[n - 1]
    return {"start": s, "end": s + len(sub), "text": sub}


def build(d: dict, annotator: str, date: str) -> dict:
    t = d["text"]
    actors = []
    for aid, name, kind, country, role, mentions in d["actors"]:
        ms = sorted((span(t, m) for m in mentions), key=lambda x: x["start"])
        assert len({m["start"] for m in ms}) == len(ms), (aid, "duplicate mention")
        actors.append({"id": aid, "name": name, "kind": kind, "country": country,
                       "role": role, "mentions": ms})
    events = []
    for e in d["events"]:
        ev = {"id": e["id"], "type": e["type"]}
        if e.get("mode"):
            ev["mode"] = e["mode"]
        ev["context"] = e.get("ctx", [])
        ev["trigger"] = span(t, e["trig"])
        ev["actors"] = e.get("a", [])
        ev["recipients"] = e.get("r", [])
        ev["status"] = e["st"]
        if e.get("time"):
            ts, tv = e["time"]
            tm = {}
            if ts:
                tm["span"] = span(t, ts)
            if tv:
                tm["value"] = tv
            ev["time"] = tm
        if e.get("loc"):
            ls, ln, lc = e["loc"]
            lo = {}
            if ls:
                lo["span"] = span(t, ls)
            lo["name"] = ln
            lo["country"] = lc
            ev["location"] = lo
        ev["reported_by"] = e.get("rb")
        ev["instance"] = e.get("inst")
        events.append(ev)
    stances = []
    for sid, holder, target, pol, evid in d["stances"]:
        if isinstance(target, tuple):
            tg = {"span": span(t, target[1])}
        elif target in {e["id"] for e in d["events"]}:
            tg = {"event": target}
        else:
            tg = {"actor": target}
        stances.append({"id": sid, "holder": holder, "target": tg, "polarity": pol,
                        "evidence": span(t, evid)})
    conds = []
    for cid, kind, cue, ante, cons, by in d["conds"]:
        conds.append({"id": cid, "kind": kind, "cue": span(t, cue), "antecedent": ante,
                      "consequent": cons, "stated_by": by})
    # number every layer in order of first appearance (guidelines 0.5), remapping references
    actors.sort(key=lambda a: a["mentions"][0]["start"])
    amap = {a["id"]: f"A{i}" for i, a in enumerate(actors, 1)}
    events.sort(key=lambda e: e["trigger"]["start"])
    emap = {e["id"]: f"E{i}" for i, e in enumerate(events, 1)}
    for a in actors:
        a["id"] = amap[a["id"]]
    for e in events:
        e["id"] = emap[e["id"]]
        e["actors"] = [amap[x] for x in e["actors"]]
        e["recipients"] = [amap[x] for x in e["recipients"]]
        if e["reported_by"]:
            e["reported_by"] = amap[e["reported_by"]]
    stances.sort(key=lambda s: s["evidence"]["start"])
    for i, s in enumerate(stances, 1):
        s["id"] = f"S{i}"
        s["holder"] = amap[s["holder"]]
        if "event" in s["target"]:
            s["target"]["event"] = emap[s["target"]["event"]]
        if "actor" in s["target"]:
            s["target"]["actor"] = amap[s["target"]["actor"]]
    conds.sort(key=lambda c: c["cue"]["start"])
    for i, c in enumerate(conds, 1):
        c["id"] = f"C{i}"
        c["antecedent"] = [emap[x] for x in c["antecedent"]]
        c["consequent"] = [emap[x] for x in c["consequent"]]
        if c["stated_by"]:
            c["stated_by"] = amap[c["stated_by"]]
    return {
        "schema_version": "1.0.0",
        "id": d["id"],
        "text": t,
        "metadata": {"title": d["title"], "source": "written for this evaluation set",
                     "url": None, "published": d["published"], "language": "en",
                     "license": "CC-BY-SA-4.0", "seed_file": None},
        "actors": actors, "events": events, "stances": stances, "conditions": conds,
        "provenance": {"origin": "manual", "annotators": [annotator],
                       "created": date, "modified": date},
    }


def report(doc: dict) -> None:
    """Print pronouns not covered by any mention, so the annotator can check each one."""
    t = doc["text"]
    covered = {(m["start"], m["end"]) for a in doc["actors"] for m in a["mentions"]}
    starts = {s for s, _ in covered}
    for m in re.finditer(r"\b(he|she|they|them|it|its|we|our|us|his|her|their|I)\b", t, re.I):
        inside = any(s <= m.start() and m.end() <= e for s, e in covered)
        if not inside:
            print(f"  uncovered pronoun {m.group()!r} at {m.start()}: ...{t[max(0,m.start()-30):m.end()+30]!r}")
    words = len(t.split())
    print(f"{doc['id']}: {words} words, {len(doc['actors'])} actors, {len(doc['events'])} events")


def dump(doc: dict) -> None:
    """Print every mention and trigger with a little context (set DUMP=1), to check @n picks."""
    t = doc["text"]

    def ctx(s):
        return t[max(0, s["start"] - 25):s["start"]] + "[" + s["text"] + "]" + t[s["end"]:s["end"] + 25]
    for a in doc["actors"]:
        for m in a["mentions"]:
            print(f"  {a['id']} {a['name'][:20]:20} {ctx(m)!r}")
    for e in doc["events"]:
        print(f"  {e['id']} {e['type']:9} {e['status']:12} {ctx(e['trigger'])!r}")


def main(folder: Path, annotator: str, date: str) -> None:
    """Write one JSON document per entry of folder/docs.py beside it."""
    sys.path.insert(0, str(folder))
    import docs  # noqa: E402  (the passages and their annotations)

    for d in docs.DOCS:
        doc = build(d, annotator, date)
        report(doc)
        if os.environ.get("DUMP"):
            dump(doc)
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
