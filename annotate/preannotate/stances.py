"""Stances: who supports or opposes what, from evaluative cues ("wants", "welcomed",
"condemned", "opposes") with the holder before the cue and the target after it."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.preannotate.actors import Mention
from annotate.preannotate.resources import Lexicon
from annotate.preannotate.status import _BE, _NEG, clause_before
from annotate.preannotate.text import Token

_NEED_BE = {"against", "ready", "willing", "eager", "keen", "skeptical", "sceptical", "concerned", "optimistic", "undecided", "open"}
_PREPS = {"with", "to", "against", "from", "of", "for", "by", "in", "at", "on", "about", "toward", "towards"}
_NOUN_CUES = {"readiness", "willingness", "desire", "confidence", "opposition", "support"}


def _tok_at(toks: list[Token], end: int) -> int:
    """Index of the token after the one ending at `end`."""
    return next((k for k, t in enumerate(toks) if t.start >= end), len(toks))


@dataclass
class St:
    holder: tuple
    polarity: str
    evidence: tuple[int, int]
    target_event_start: int | None  # trigger start of the target event
    target_actor: tuple | None
    target_span: tuple[int, int] | None
    sent: int
    confidence: float


def find_stances(toks: list[Token], s: int, mentions: list[Mention], trig_starts: list[int], lex: Lexicon) -> list[St]:
    table = lex.stance_cues
    out: list[St] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        lemma = lex.verb_forms.get(t.lower, t.lower)
        hit = None
        for words, pol in table.get(lemma, ()):
            L = len(words)
            if lemma == words[0] and (L == 1 or tuple(x.lower for x in toks[i + 1 : i + L]) == words[1:]):
                hit = (L, pol, words)
                break
        if not hit:
            i += 1
            continue
        L, pol, words = hit
        if words == ("agree",) and not (i + 1 < n and toks[i + 1].lower == "with"):
            i += L  # "agreed to extend" is an act (AGREE), "agrees with" a position
            continue
        if out and out[-1].sent == s and 0 < i - _tok_at(toks, out[-1].evidence[1]) <= 2 and toks[i - 1].lower == "to":
            i += L  # "refused to back": one position, carried by the first cue
            continue
        before = clause_before(toks, i, 10)
        low = [b.lower for b in before]
        if words[0] in _NEED_BE and not any(w in _BE | {"remain", "remains", "remained", "appear", "appears", "seemed", "seems"} for w in low[:2]):
            i += L
            continue
        if t.text[:1].isupper() and i > 0:
            i += L  # part of a name
            continue
        prev = toks[i - 1].lower if i > 0 else ""
        if words[0] not in _NOUN_CUES and prev in {"the", "a", "an", "these", "those", "its", "their", "his", "her"}:
            i += L  # "called the protests": a noun, not a position
            continue
        if prev in {"would", "could", "might", "may"}:
            i += L  # "would back the deal only if …": a hypothetical position, not a stated one
            continue
        if words[0] in _NOUN_CUES and not (low[:1] and low[0] in {"its", "his", "her", "their", "our", "the"}):
            i += L
            continue
        if any(w in _NEG for w in low[:3]):
            pol = {"support": "oppose", "oppose": "neutral", "neutral": "neutral"}[pol]
        holder_m = [m for m in mentions if m.end <= t.start and any(b.start == m.start or (m.start <= b.start < m.end) for b in before)]
        if not holder_m:
            # a possessive holder right before a noun cue, or the nearest mention in the sentence
            holder_m = [m for m in mentions if m.end <= t.start]
            if not holder_m:
                i += L
                continue
            holder = holder_m[0]
            conf = 0.45
        else:
            # the subject: the nearest mention of the clause not governed by a preposition
            def free(m: Mention) -> bool:
                k = next((x for x in range(len(toks)) if toks[x].start == m.start), 0)
                return not (k > 0 and toks[k - 1].lower in _PREPS)

            holder = next((m for m in reversed(holder_m) if free(m)), holder_m[0])
            conf = 0.6
        end = toks[i + L - 1].end
        # target: an event triggered within the next tokens, else an actor, else the clause
        window_end = toks[min(n - 1, i + L + 8)].end
        stop = window_end
        for k in range(i + L, min(n, i + L + 9)):
            if toks[k].lower in {".", ";", "\"", "”"} or (toks[k].lower == "," and k > i + L + 1):
                stop = toks[k].start
                break
        ev_start = next((x for x in trig_starts if end <= x < stop), None)
        own = next((x for x in trig_starts if t.start <= x < end), None)
        act = next((m for m in mentions if end <= m.start < stop and m.key != holder.key), None)
        if ev_start is not None:
            out.append(St(holder.key, pol, (t.start, end), ev_start, None, None, s, conf))
        elif act is not None:
            out.append(St(holder.key, pol, (t.start, end), None, act.key, None, s, conf - 0.05))
        elif own is not None and stop > end:
            out.append(St(holder.key, pol, (t.start, end), None, None, (toks[i + L].start, stop) if i + L < n and toks[i + L].start < stop else None, s, conf - 0.15))
        i += L
    return [x for x in out if x.target_event_start is not None or x.target_actor is not None or x.target_span is not None]
