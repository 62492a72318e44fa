"""Conditions: if / unless / provided (that) / as long as / in case / only if / otherwise, linking
the events of the conditional clause (antecedent) to those of the main clause (consequent)."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

_CLAUSE_START = {",", ";", ":", "\"", "“", "-", "—", "–", "and", "but", "that", "then", "so"}
_CONCESSIVE = {"even", "as", "what"}  # "even if", "as if", "what if"


@dataclass
class Cond:
    kind: str
    cue: tuple[int, int]
    ante: tuple[int, int]  # character ranges
    cons: list[tuple[int, int]]
    sent: int


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
        fronted = i == 0 or prev in _CLAUSE_START
        # the conditional clause runs to the next comma (or "then"), else to the sentence end
        j = i + L
        while j < n and toks[j].lower not in {",", ";", "then", "—", "–"}:
            j += 1
        ante = (toks[i + L].start if i + L < n else s_end, toks[j - 1].end if j > i + L else s_end)
        if fronted:
            # main clause: before the cue (if it follows one) and after the clause
            cons = []
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
        else:
            c0 = 0
            for k in range(i - 1, -1, -1):
                if toks[k].lower in {";", "\"", "“", "”"}:
                    c0 = k + 1
                    break
            cons = [(toks[c0].start, toks[i].start)]
        out.append(Cond(kind, cue, ante, cons, s))
        i += L
    return out
