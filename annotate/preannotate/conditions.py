"""Conditions: if / unless / provided (that) / as long as / in case / only if / otherwise, linking
the events of the conditional clause (antecedent) to those of the main clause (consequent)."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

_CLAUSE_START = {",", ";", ":", "\"", "“", "-", "—", "–", "(", "and", "but", "that", "then", "so"}
_CONCESSIVE = {"even", "as", "what"}  # "even if", "as if", "what if"
_QUOTES = {"\"", "“", "”"}
# "asked if", "unclear if", "decide if": "if" means "whether" and states no condition
_WHETHER = {"ask", "asked", "asks", "asking", "wonder", "wondered", "wonders", "know", "knew", "known", "see", "decide", "decided", "decides", "check", "checked",
            "unclear", "uncertain", "sure", "clear", "doubt", "doubtful", "determine", "determined", "investigate", "consider", "considering", "question", "questioned",
            "tell", "say", "said", "whether", "judge", "assess", "assessing", "review", "reviewing", "examine", "examining", "confirm", "verify", "establish"}
# A main clause that precedes the cue starts after the last of these: "X said [that] Y would
# act unless …" — the speech frame is not part of what depends on the condition.
_FRAME_END = {";", "\"", "“", "”", "that", "saying", "adding", "arguing", "warning", "but"}
# Reporting verb forms that are as often plural nouns ("from three Brazilian states next month")
# (and singular nouns: "its arbitration claim against Panama if …")
_PLURAL_NOUNS = {"states", "reports", "notes", "claims", "comments", "posts", "remarks", "quotes", "tweets", "statements", "claim", "report", "note", "comment", "remark", "statement", "warning"}
_FINITE_BE = {"is", "are", "was", "were", "has", "have", "had"}
_MODAL_START = {"will", "would", "could", "can", "may", "might", "must", "should", "shall"}


def bare_report(toks: list[Token], k: int, end: int) -> bool:
    """"will say so publicly", "would tell them": nothing after the reporting verb in its clause
    but object pronouns and adverbs, so there is no content clause for it to frame."""
    for m, t in enumerate(toks[k + 1 : k + 5]):
        if t.start >= end or not t.text.isalpha():
            # "…, he said, Ethiopia could …": a comma right after the verb makes it a frame
            return m > 0 or t.start >= end or t.lower in {".", "!", "?", ";"}
        if t.lower not in _BARE_REPORT_TAIL and not (t.lower.endswith("ly") and len(t.lower) > 4):
            return False
    return False


_BARE_REPORT_TAIL = {"yes", "no", "so", "them", "him", "her", "us", "me", "it", "you", "this", "again", "too", "also", "later", "soon", "now", "then", "there", "here", "loudly", "immediately"}


def _frame_start(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Index of the first token of the main clause that ends just before token i."""
    reporting = lex.reporting_lemmas
    for k in range(i - 1, -1, -1):
        w = toks[k].lower
        if w in _QUOTES and (k == i - 1 or k > 0 and toks[k - 1].lower not in {",", ":", ";"}):
            continue  # a quoted phrase inside the clause, not the start of a quotation
        if w in _FRAME_END or lex.verb_forms.get(w) in reporting and w != "warning" and k < i - 1 and not (w in _PLURAL_NOUNS and toks[k + 1].lower not in {"that", ",", ":"}) and not bare_report(toks, k, toks[i].start):
            return k + 1
        if w == "and" and k + 1 < i and (toks[k + 1].lower in _MODAL_START or toks[k + 1].lower in _FINITE_BE or toks[k + 1].lower.endswith("ed") and toks[k + 1].lower in lex.verb_forms and toks[k + 1].text.islower()):
            # "had started a strike and would continue it unless …", "needs 51 votes and is
            # unlikely to pass unless …", "called the deal a sham and urged X not to lift it
            # unless …": the conjunct nearest the cue is what it restricts
            return k + 1
    return 0


_COMMITTED = {"agreed", "agree", "agrees", "offered", "offers", "promised", "promises", "pledged", "pledges", "vowed", "decided", "voted", "consented", "undertook"}
_BEFORE_THEN = {"before", "until", "till", "since", "by", "from", "even"}


def _trailing_frame(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """", Angolan mediators said after the talks.": what follows the conditional clause is only
    the speech frame of the sentence (a reporting verb after a short subject), not a clause
    that depends on the condition."""
    reporting = lex.reporting_lemmas
    if k < len(toks) and toks[k].lower == ",":
        k += 1  # "(provided …), its leader said"
    if k < len(toks) and toks[k].lower in _QUOTES:
        k += 1  # '… approves the agreement," she said.'
    for m in range(k, min(len(toks), k + 7)):
        w = toks[m].lower
        if lex.verb_forms.get(w) in reporting and m > k and w not in _PLURAL_NOUNS:
            return True
        if w in _MODAL_START or w in {"to", "is", "are", "was", "were", "has", "have", "had", ",", ";", "that", "\"", "“", "”"}:
            return False
        if w in lex.verb_forms and w.endswith(("ed", "s")) and toks[m].text.islower():
            return False
    return False


def _next_cue(toks: list[Token], k: int, end: int, cues: dict) -> int:
    """'If X, we will say yes, provided that Y': the consequent after a fronted clause ends at a
    comma before another condition cue, whose clause is a condition of its own."""
    for m in range(k + 1, len(toks) - 1):
        if toks[m].start >= end:
            break
        if toks[m - 1].lower == "," and toks[m].lower in cues and toks[m].lower not in {"and", "or", "otherwise"}:
            return toks[m - 1].start
    return end


def _after_fronted_clause(toks: list[Token], c0: int, b: int, cues: dict) -> int:
    """The main clause before a later cue starts after a fronted conditional clause ('If X asks,
    we will say yes, provided …': 'we will say yes'), i.e. after the comma that ends it."""
    for q in range(c0, b):
        if toks[q].lower in {"if", "unless"}:
            comma = next((m for m in range(q + 1, b) if toks[m].lower == ","), None)
            if comma is not None and comma + 1 < b:
                return comma + 1
    return c0


def _quote_end(toks: list[Token], k: int, s_end: int) -> int:
    """'"If X, we will do Y," she said.': the consequent ends at the closing quote when a
    speech frame follows it."""
    for m in range(k, len(toks) - 1):
        if toks[m].lower in {"\"", "”"} and toks[m - 1].lower in {",", "!", "?"} and m > k:
            return toks[m - 1].start
    return s_end


def _before_frame(toks: list[Token], c0: int) -> int | None:
    """"Asked whether X would act, she said: 'Only if …'": when nothing but a speech frame
    precedes the cue, the main clause is the one before the frame (up to its comma). Returns
    the index of that comma, or None."""
    k = c0 - 1
    while k > 0 and toks[k].lower not in {",", ";", ".", "\"", "“", "”"}:
        k -= 1
    return k if k > 0 and toks[k].lower == "," else None


def _inverted(toks: list[Token]) -> tuple[int, int] | None:
    """"Should the talks fail, the union will strike": a sentence-initial "Should"/"Were"/"Had"
    with its own subject, up to a comma, is an "if" clause. Returns (cue index, comma index)."""
    k = 1 if toks and toks[0].text in {"\"", "“"} else 0
    if len(toks) < k + 4 or toks[k].text not in {"Should", "Were", "Had"} or toks[-1].text == "?":
        return None
    if toks[k + 1].lower in {"i", "we", "you", "it", "they", "he", "she"} and toks[-1].text != "." or toks[k + 1].lower in {"be", "have", "not"}:
        return None
    comma = next((j for j in range(k + 2, min(len(toks), k + 16)) if toks[j].text == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return None
    return k, comma


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
    # "Otherwise": the antecedent is the condition of the previous sentence, if it has one
    ante_of_previous: bool = False


def find_conditions(toks: list[Token], s: int, lex: Lexicon, prev_sentence: tuple[int, int] | None) -> list[Cond]:
    cues = lex.condition_cues
    out: list[Cond] = []
    n = len(toks)
    i = 0
    if not toks:
        return out
    s_start, s_end = toks[0].start, toks[-1].end
    inv = _inverted(toks)
    if inv is not None:
        out.append(Cond("if", (toks[inv[0]].start, toks[inv[0]].end), (toks[inv[0] + 1].start, toks[inv[1] - 1].end), [(toks[inv[1]].end, s_end)], s))
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
        if words == ("if",) and (prev in _WHETHER or i > 1 and prev in {"not", "yet", "immediately"} and toks[i - 2].lower in _WHETHER):
            i += L  # "asked if the talks would resume": an indirect question
            continue
        if words == ("provided",) and not (i == 0 or prev in _CLAUSE_START):
            i += L  # "provided aid" is a verb, not a cue
            continue
        cue = (toks[i].start, toks[i + L - 1].end)
        if words in {("otherwise",), ("or", "else")}:
            nxt = toks[i + 1].lower if i + 1 < n else "."
            if nxt in {".", "!", "?", "\"", "”"} and i > 1:
                # "… could be suspended otherwise.": the clause before is the consequent, what
                # precedes its speech frame (or the previous sentence) the antecedent
                c0 = _frame_start(toks, i, lex)
                ante = (s_start, toks[c0 - 1].start) if c0 > 1 else (prev_sentence or (s_start, s_start))
                out.append(Cond(kind, cue, ante, [(toks[c0].start, toks[i].start)], s))
            else:
                # "Do X, otherwise Y": Y unless X; a sentence-initial "Otherwise, Y" negates
                # the previous sentence (its condition's antecedent, when it states one)
                opening = i == 0 or i == 1 and toks[0].lower in _QUOTES
                ante = (s_start, toks[i].start) if not opening else (prev_sentence or (s_start, s_start))
                c = Cond(kind, cue, ante, [(toks[i + L].start if i + L < n else s_end, s_end)], s, ante_of_previous=opening)
                out.append(c)
            i += L
            continue
        # a cue right after an opening quote inside a sentence ("… by 2027 \"as long as …")
        # still follows its main clause
        fronted = i == 0 or prev in _CLAUSE_START and not (prev in _QUOTES and i > 1 and toks[i - 2].lower not in {",", ":"})
        # the conditional clause runs to the next comma (or "then"), else to the sentence end
        j = i + L
        # "then" ends the clause, but not as an adverb of time ("corrected before then")
        while j < n and not (toks[j].lower in {",", ";", "—", "–", ")"} or toks[j].lower == "then" and toks[j - 1].lower not in _BEFORE_THEN):
            j += 1
        ante = (toks[i + L].start if i + L < n else s_end, toks[j - 1].end if j > i + L else s_end)
        cons: list[tuple[int, int]] = []
        if fronted:
            # main clause: before the cue (if it follows one) and after the clause. "X agreed
            # to reopen it, but only if …": the clause before "but" is what the cue restricts;
            # '… in May, "if the law is corrected"': a quote opening on the cue is no boundary
            b = i - 1 if i > 1 and (prev == "but" or prev in {"\"", "“"} and toks[i - 2].lower == ",") else i
            if b < i and b > 0 and toks[b - 1].lower == ",":
                b -= 1
            if i > 0:
                c0 = 0
                for k in range(b - 1, -1, -1):
                    if toks[k].lower in {".", ";", "\"", "“", "”"}:
                        c0 = k + 1
                        break
                c0 = max(c0, _frame_start(toks, b, lex))  # "X said the vote would go ahead, provided …"
                c0 = _after_fronted_clause(toks, c0, b, cues)  # "If X asks, we will say yes, provided …"
                if prev == "but":
                    # "agreed to reopen the border, but only if …": the agreement occurred; only
                    # the act agreed to depends on the condition
                    c0 = next((k + 1 for k in range(b - 2, c0, -1) if toks[k].lower == "to" and any(t.lower in _COMMITTED for t in toks[max(c0, k - 4) : k])), c0)
                if c0 < b - 1 or b < i and c0 < b:
                    cons.append((toks[c0].start, toks[b - 1].end if b < i else toks[i - 1].start))
            if j < n and not _trailing_frame(toks, j + 1, lex):
                cons.append((toks[j].end, _next_cue(toks, j + 1, _quote_end(toks, j + 1, s_end), cues)))
        if not fronted or not cons:
            c0 = _frame_start(toks, i, lex)
            if not any(t.text.isalpha() for t in toks[c0:i]):
                # only a speech frame before the cue ("…, she said: 'Only if …'")
                comma = _before_frame(toks, c0) if c0 > 0 else None
                if comma is not None:
                    cons = [(s_start, toks[comma].start)]
                elif i <= 1 and prev_sentence is not None:
                    cons = [prev_sentence]  # "Only if they stop." answering the sentence before
                else:
                    cons = []
            else:
                cons = [(toks[c0].start, toks[i].start)]
        out.append(Cond(kind, cue, ante, cons, s))
        i += L
    return out
