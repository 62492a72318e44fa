"""Condition cues ("if", "unless", "provided that", "as long as", "in case", "only if", …), read
from the table in cues.json: the one place that says where a condition starts, for the
condition, status and event layers alike."""

from __future__ import annotations

from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

# Words after which "provided" opens a clause ("…, provided that", "and provided"); elsewhere it
# is the verb ("provided aid")
CLAUSE_START = {",", ";", ":", "\"", "“", "-", "—", "–", "(", "and", "but", "that", "then", "so"}
_CONCESSIVE = {"even", "as", "what"}  # "even if", "as if", "what if"
# "asked if", "unclear if", "decide if": "if" means "whether" and states no condition
WHETHER = {"ask", "asked", "asks", "asking", "wonder", "wondered", "wonders", "know", "knew", "known", "see", "decide", "decided", "decides", "check", "checked",
           "unclear", "uncertain", "sure", "clear", "doubt", "doubtful", "determine", "determined", "investigate", "consider", "considering", "question", "questioned",
           "tell", "say", "said", "whether", "judge", "assess", "assessing", "review", "reviewing", "examine", "examining", "confirm", "verify", "establish"}


_BEFORE_VERB = {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "to", "not", "also", "already", "who", "which", "it", "they", "we", "he", "she", "i"}
_SUBJECT_PRONOUNS = {"they", "we", "he", "she", "i"}
_DETS = {"the", "a", "an", "its", "their", "his", "her", "our", "both", "all", "this", "these", "those"}
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall"}
_PREPS = {"by", "in", "to", "with", "for", "from", "at", "on", "of", "into", "under", "as", "during", "over"}


def _subject_clause(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A clause with its own subject and finite verb starts at k ("provided the teachers
    lifted every blockade", "providing they disarm"), so a bare "provided"/"providing" before
    it is the conjunction, not the verb of "provided the rebels with weapons"."""
    if k >= len(toks):
        return False
    if toks[k].lower in _SUBJECT_PRONOUNS:
        return True
    m = k + 1 if toks[k].lower in _DETS else k
    for j in range(m, min(len(toks), m + 5)):
        t = toks[j]
        w = t.lower
        if j > m and (w in _FINITE or t.text.islower() and t.text.isalpha() and (w.endswith("ed") or w.endswith("s") and lex.verb_forms.get(w, w) != w)):
            nxt = toks[j + 1].lower if j + 1 < len(toks) else "."
            return w in _FINITE or nxt not in _PREPS and nxt not in {".", ",", ";"}  # ("the weapons used in the attack": a participle)
        if not t.text.replace("-", "").isalpha() or w in _PREPS or w in {"and", "or", "that", "which", "who"}:
            return False
    return False


def _has_predicate(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """The words before token i, back to the clause's start, hold a finite verb (an auxiliary
    or modal, a past form, a known verb in -s): a main clause is complete before a
    conjunction "provided" ("the truce holds provided …"); with only a subject before it
    ("The government provided emergency funds …") "provided" is that subject's verb."""
    for k in range(i - 1, -1, -1):
        t = toks[k]
        w = t.lower
        if w in CLAUSE_START and w not in {"and", "but", "that", "so", "then"}:
            return False
        if w in _FINITE or t.text.islower() and t.text.isalpha() and (w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "is", "us")) and lex.verb_forms.get(w, w) != w and k > 0 and toks[k - 1].lower not in _DETS):
            return True
        if w in {"and", "but", "that", "so", "then"}:
            return False
    return False


def cue_at(toks: list[Token], i: int, lex: Lexicon) -> tuple[tuple[str, ...], str] | None:
    """The condition cue starting at token i, as (its words, its kind), or None. The longest
    phrase of the table wins ("only if" over "if"); concessive "even if" / "as if", an "if" that
    means "whether" ("asked if the talks would resume") and the verb "provided" are no cues."""
    for words, kind in lex.condition_cues.get(toks[i].lower, ()):
        L = len(words)
        if tuple(t.lower for t in toks[i : i + L]) != words:
            continue
        prev = toks[i - 1].lower if i else ""
        if words == ("if",) and (prev in _CONCESSIVE or prev == "only"):
            return None
        if words == ("if",) and (prev in WHETHER or i > 1 and prev in {"not", "yet", "immediately"} and toks[i - 2].lower in WHETHER):
            return None
        if words in {("provided",), ("providing",)} and not (i == 0 or prev in CLAUSE_START) and (prev in _BEFORE_VERB or not _subject_clause(toks, i + 1, lex) or not _has_predicate(toks, i, lex)):
            return None
        return words, kind
    return None


def cue_from(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A condition cue anywhere from token k to the end of the sentence."""
    cues = lex.condition_cues
    return any(toks[j].lower in cues and cue_at(toks, j, lex) is not None for j in range(k, len(toks)))
