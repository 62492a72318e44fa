"""Sentences and tokens with code-point offsets (plain regex: fast and deterministic)."""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


# Abbreviations like U.S. / U.N. first, then words (hyphens inside), clitics, then any symbol.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:-\w+)*|[’'](?:s|t|re|ve|ll|d|m)\b|[^\w\s]")
# A sentence ends at . ! ? (and closing quotes) followed by space and an upper-case start or a
# quote, or at a blank line / a new line.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "e.g" (compiled once, not looked up per sentence)
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "prof", "sgt", "capt", "maj", "adm", "cmdr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "inc", "corp", "co"}


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence (leading/trailing whitespace excluded)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group(0)[0] != "\n":
            # Do not split after a known abbreviation or a single initial ("J. Smith").
            word = text[max(start, m.start() - 6) : m.start()].rsplit(None, 1)[-1] if text[start : m.start()].strip() else ""
            w = word.rstrip(".\"”’')").lower()
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):
                # "U.S." ends many sentences, though; split only if the next word is clearly a new sentence.
                nxt = text[m.end() : m.end() + 12].split(" ", 1)[0]
                if not (w in {"u.s", "u.n", "u.k"} and nxt in {"The", "He", "She", "It", "They", "We", "I", "A", "In", "On", "But", "This"}):
                    continue
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if stripped:
        lead = len(seg) - len(seg.lstrip())
        out.append((start + lead, start + lead + len(stripped)))


_new = tuple.__new__  # builds the NamedTuple without its Python-level __new__ (hot path)


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [_new(Token, (m.start(), m.end(), g, g.lower())) for m in _TOKEN.finditer(text, start, end) for g in (m.group(),)]


_FACTS: list = [None, [], []]  # the last sentence's token list, its lower forms and its starts


def token_facts(toks: list[Token]) -> tuple[list[str], list[int]]:
    """The lower forms and start offsets of a sentence's tokens, listed once per sentence for
    every layer that reads them (token lists are never changed in place; holding the list keeps
    its identity from being reused by another sentence)."""
    if _FACTS[0] is not toks:
        _FACTS[0], _FACTS[1], _FACTS[2] = toks, [t.lower for t in toks], [t.start for t in toks]
    return _FACTS[1], _FACTS[2]
