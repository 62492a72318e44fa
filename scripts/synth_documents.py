"""Generate realistic, valid synthetic documents for benchmarks (not for evaluation).

Each document has seed-sized text (~3.5 KB) assembled from templated news sentences, ~20
events with triggers, actors with several mentions each, stances and conditions, all with
correct offsets. Deterministic for a given seed number.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

PEOPLE = [("Anna Keller", "DEU", "Foreign Minister"), ("Omar Haddad", "JOR", "Prime Minister"), ("Lena Novak", "CZE", "President"),
          ("Tomas Silva", "BRA", "Defence Minister"), ("Mei Tanaka", "JPN", "Trade Minister"), ("Pavel Orlov", "RUS", "Deputy Foreign Minister"),
          ("Grace Mensah", "GHA", "President"), ("Ivan Petrenko", "UKR", "Ambassador")]
STATES = [("Germany", "DEU"), ("Jordan", "JOR"), ("Czechia", "CZE"), ("Brazil", "BRA"), ("Japan", "JPN"), ("Russia", "RUS"), ("Ghana", "GHA"), ("Ukraine", "UKR")]
TEMPLATES = [
    ("{p} met {q} in {c} on Monday to discuss the border dispute.", "met", "CONSULT", "occurred"),
    ("{s} will send humanitarian aid to {t} next week, officials said.", "send", "AID", "planned"),
    ("{p} wants to hold talks with {q} as soon as possible.", "talks", "CONSULT", "desired"),
    ("{s} accused {t} of violating the ceasefire agreement.", "accused", "ACCUSE", "occurred"),
    ("{s} imposed new sanctions on {t} after the vote.", "imposed", "SANCTION", "occurred"),
    ("{p} rejected the proposal put forward by {q}.", "rejected", "REJECT", "occurred"),
    ("{s} threatened to expel diplomats of {t}.", "threatened", "THREATEN", "occurred"),
    ("{s} is negotiating a trade agreement with {t}.", "negotiating", "CONSULT", "ongoing"),
    ("{p} did not sign the declaration prepared by {q}.", "sign", "AGREE", "negated"),
    ("{s} could withdraw its troops from the region of {t}.", "withdraw", "RETREAT", "hypothetical"),
]

FILLER = [
    "The statement was published on the ministry's website late in the evening, after a long meeting of the cabinet.",
    "Analysts said the move reflected growing frustration in the capital over the slow pace of the negotiations.",
    "Details of the agenda have not been made public, and several officials declined to comment on the record.",
    "The region has seen repeated clashes since the spring, and thousands of residents have left their homes.",
]


def _doc(n: int, rng: random.Random) -> dict[str, Any]:
    text = f"Report {n}."  # the number keeps every text distinct (the dataset rejects copies)
    actors: dict[str, dict[str, Any]] = {}
    events: list[dict[str, Any]] = []

    def actor(name: str, kind: str, country: str, role: str | None) -> dict[str, Any]:
        if name not in actors:
            actors[name] = {"id": f"A{len(actors) + 1}", "name": name, "kind": kind, "country": country, "role": role, "mentions": []}
        return actors[name]

    while len(text) < 3400 or len(events) < 20:
        if len(events) >= 20 or rng.random() < 0.35:
            text += " " + rng.choice(FILLER)
            continue
        tpl, trig, etype, status = rng.choice(TEMPLATES)
        (p, pc, pr), (q, qc, qr) = rng.sample(PEOPLE, 2)
        (s, sc), (t, tc) = rng.sample(STATES, 2)
        c = rng.choice(STATES)[0]
        sentence = tpl.format(p=p, q=q, s=s, t=t, c=c)
        base = len(text) + 1
        text += " " + sentence
        subj = (p, "person", pc, pr) if "{p}" in tpl else (s, "government", sc, None)
        obj = (q, "person", qc, qr) if "{q}" in tpl else (t, "government", tc, None)
        ids = []
        for name, kind, country, role in (subj, obj):
            a = actor(name, kind, country, role)
            start = base + sentence.index(name)
            a["mentions"].append({"start": start, "end": start + len(name), "text": name})
            ids.append(a["id"])
        ts = base + sentence.index(trig)
        events.append({"id": f"E{len(events) + 1}", "type": etype, "mode": None, "context": ["diplomatic"], "trigger": {"start": ts, "end": ts + len(trig), "text": trig},
                       "actors": [ids[0]], "recipients": [ids[1]], "status": status, "time": {"value": f"2025-05-{rng.randint(1, 18):02d}"},
                       "location": {"name": c, "country": dict(STATES)[c]}, "reported_by": None, "instance": f"ev{len(events) % 7}", "confidence": round(rng.random(), 3)})
    stances = [{"id": f"S{i + 1}", "holder": events[i]["actors"][0], "target": {"event": events[i]["id"]}, "polarity": "support", "evidence": events[i]["trigger"], "confidence": 0.5} for i in range(5)]
    conditions = [{"id": f"C{i + 1}", "kind": "if", "cue": events[2 * i]["trigger"], "antecedent": [events[2 * i]["id"]], "consequent": [events[2 * i + 1]["id"]], "stated_by": None, "confidence": 0.5} for i in range(3)]
    return {
        "schema_version": "1.0.0",
        "id": f"synth-{n:06d}",
        "text": text,
        "metadata": {"title": f"Synthetic article {n}", "source": "synthetic", "url": None, "published": "2025-05-18", "language": "en", "license": "CC0-1.0", "seed_file": None},
        "actors": list(actors.values()),
        "events": events,
        "stances": stances,
        "conditions": conditions,
        "provenance": {"origin": "preannotated", "annotators": [], "preannotator": {"name": "synthetic", "version": "0"}, "created": "2025-05-18", "modified": None, "labelstudio": None},
    }


def synth_documents(count: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """count valid documents, generated lazily so memory stays flat."""
    rng = random.Random(seed)
    for n in range(count):
        yield _doc(n, rng)
