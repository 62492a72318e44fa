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
_SENT_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
# (The mark is matched, not looked behind at: a pattern that starts with a character set lets
# the regex engine skip ahead to the next mark or line break in C; the split is one character
# later, after the mark.)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "e.g" (compiled once, not looked up per sentence)
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "prof", "sgt", "capt", "maj", "adm", "cmdr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "inc", "corp", "co"}


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence (leading/trailing whitespace excluded)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        at = m.start()
        if text[at] != "\n":
            at += 1  # after the mark
        if text[at] != "\n":  # (a mark then a line break splits as a line break does)
            # Do not split after a known abbreviation or a single initial ("J. Smith"). (This
            # alternative matches after . ! or ?, which no earlier match consumed: the text
            # since the last split holds that mark, so the word before it is never empty.)
            w = text[max(start, at - 6) : at].rsplit(None, 1)[-1].rstrip(".\"”’')").lower()
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):
                # "U.S." ends many sentences, though; split only if the next word is clearly a new sentence.
                nxt = text[m.end() : m.end() + 12].split(" ", 1)[0]
                if not (w in {"u.s", "u.n", "u.k"} and nxt in {"The", "He", "She", "It", "They", "We", "I", "A", "In", "On", "But", "This"}):
                    continue
        _add(text, start, at, out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    seg = text[start:end].lstrip()
    if seg:
        a = end - len(seg)
        out.append((a, a + len(seg.rstrip())))


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
