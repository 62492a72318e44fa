"""Conditions: if / unless / provided (that) / as long as / in case / only if / otherwise, linking
the events of the conditional clause (antecedent) to those of the main clause (consequent)."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

_CLAUSE_START = {",", ";", ":", "\"", "“", "-", "—", "–", "and", "but", "that", "then", "so"}
_CONCESSIVE = {"even", "as", "what"}  # "even if", "as if", "what if"
_QUOTES = {"\"", "“", "”"}
# A main clause that precedes the cue starts after the last of these: "X said [that] Y would
# act unless …" — the speech frame is not part of what depends on the condition.
_FRAME_END = {";", "\"", "“", "”", "that", "saying", "adding", "arguing", "warning"}


def _frame_start(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Index of the first token of the main clause that ends just before token i."""
    reporting = lex.reporting_lemmas
    for k in range(i - 1, -1, -1):
        w = toks[k].lower
        if w in _QUOTES and (k == i - 1 or k > 0 and toks[k - 1].lower not in {",", ":", ";"}):
            continue  # a quoted phrase inside the clause, not the start of a quotation
        if w in _FRAME_END or lex.verb_forms.get(w) in reporting and w != "warning" and k < i - 1:
            return k + 1
    return 0


@dataclass
class Cond:
    kind: str
    cue: tuple[int, int]
    ante: tuple[int, int]  # character ranges
    cons: list[tuple[int, int]]
    sent: int
    # event starts chosen as the two ends (filled by the pipeline once events are known)
    ante_events: list[int] = field(default_factory=list)
    cons_events: list[int] = field(default_factory=list)


def find_conditions(toks: list[Token], s: int, lex: Lexicon, prev_sentence: tuple[int, int] | None) -> list[Cond]:
    cues = lex.condition_cues
    out: list[Cond] = []
    n = len(toks)
    i = 0
    if not toks:
        return out
    s_start, s_end = toks[0].start, toks[-1].end
    while i < n:
        hit = None
        for words, kind in cues.get(toks[i].lower, ()):
            L = len(words)
            if tuple(t.lower for t in toks[i : i + L]) == words:
                hit = (L, kind, words)
                break
        if not hit:
            i += 1
            continue
        L, kind, words = hit
        prev = toks[i - 1].lower if i else ""
        if words == ("if",) and prev in _CONCESSIVE or words == ("if",) and prev == "only":
            i += L
            continue
        if words == ("provided",) and not (i == 0 or prev in _CLAUSE_START):
            i += L  # "provided aid" is a verb, not a cue
            continue
        if words == ("in", "case") and i + L < n and toks[i + L].lower == "of" and False:
            pass
        cue = (toks[i].start, toks[i + L - 1].end)
        if words == ("otherwise",):
            # "Do X, otherwise Y": Y unless X.
            ante = (s_start, toks[i].start) if i > 1 else (prev_sentence or (s_start, s_start))
            out.append(Cond(kind, cue, ante, [(toks[i + L].start if i + L < n else s_end, s_end)], s))
            i += L
            continue
        # a cue right after an opening quote inside a sentence ("… by 2027 \"as long as …")
        # still follows its main clause
        fronted = i == 0 or prev in _CLAUSE_START and not (prev in _QUOTES and i > 1 and toks[i - 2].lower not in {",", ":"})
        # the conditional clause runs to the next comma (or "then"), else to the sentence end
        j = i + L
        while j < n and toks[j].lower not in {",", ";", "then", "—", "–"}:
            j += 1
        ante = (toks[i + L].start if i + L < n else s_end, toks[j - 1].end if j > i + L else s_end)
        cons: list[tuple[int, int]] = []
        if fronted:
            # main clause: before the cue (if it follows one) and after the clause
            if i > 0:
                c0 = 0
                for k in range(i - 1, -1, -1):
                    if toks[k].lower in {".", ";", "\"", "“", "”"}:
                        c0 = k + 1
                        break
                if c0 < i - 1:
                    cons.append((toks[c0].start, toks[i - 1].start))
            if j < n:
                cons.append((toks[j].end, s_end))
        if not fronted or not cons:
            c0 = _frame_start(toks, i, lex)
            cons = [(toks[c0].start, toks[i].start)] if c0 < i else []
        out.append(Cond(kind, cue, ante, cons, s))
        i += L
    return out
