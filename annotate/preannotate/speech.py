"""Who reports what: "..., Rubio said", "X said that ...", "according to X", "- noted X"."""

from __future__ import annotations

from annotate.preannotate.actors import Mention
from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token


def speaker(toks: list[Token], mentions: list[Mention], lex: Lexicon) -> tuple[tuple | None, int | None]:
    """(entity key of the speaker, start offset of the reporting verb) for one sentence."""
    reporting = set(lex.cues["reporting_verbs"])
    for i, t in enumerate(toks):
        if t.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            after = [m for m in mentions if m.start >= toks[i + 1].end]
            if after and after[0].start - toks[i + 1].end < 3:
                return after[0].key, t.start
    for i, t in enumerate(toks):
        lemma = lex.verb_forms.get(t.lower)
        if lemma not in reporting or t.lower == lemma and lemma not in {"say", "tell"}:
            continue
        # "X said", "X has said", "X told reporters"
        before = [m for m in mentions if m.end <= t.start and t.start - m.end <= 30]
        if before:
            m = before[-1]
            gap = [x.lower for x in toks if m.end <= x.start < t.start]
            if all(g in {"has", "had", "have", "also", "later", "earlier", "then", "on", "further", "again", "was", "is", ",", "reportedly"} for g in gap):
                return m.key, t.start
        # "said X" / "- noted X" (inverted, after a quote)
        after = [m for m in mentions if m.start >= t.end and m.start - t.end <= 5]
        if after:
            return after[0].key, t.start
    return None, None
