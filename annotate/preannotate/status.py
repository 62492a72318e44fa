"""Factuality status of an event from cues around its trigger."""

from __future__ import annotations

from annotate.preannotate.condcues import cue_from
from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

_BOUNDARY = {",", ";", ":", "if", "unless", "\"", "“", "”", "—", "–", "(", ")", "but", "while", "whereas", "although", "because", "after", "before", "when", "since"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"}
_NEG = {"not", "n't", "'t", "’t", "never", "no", "cannot", "nor", "neither", "without"}
_MODAL_HYPO = {"could", "might", "may", "would", "possibly", "perhaps", "possible", "potential", "potentially", "likely", "unlikely", "whether", "can"}
_FUTURE = {"will", "'ll", "’ll", "shall", "upcoming", "forthcoming"}


def clause_before(toks: list[Token], i: int, limit: int = 8) -> list[Token]:
    """Tokens before i in the same clause (nearest first), at most `limit`."""
    out: list[Token] = []
    j = i - 1
    while j >= 0 and len(out) < limit:
        if toks[j].lower in _BOUNDARY:
            break
        out.append(toks[j])
        j -= 1
    return out


_SETS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _status_sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The desired / planned cue sets, built once per lexicon (not per event)."""
    r = _SETS.get(id(lex))
    if r is None:
        r = (frozenset(lex.cues["status"]["desired"]), frozenset(lex.cues["status"]["planned"]))
        _SETS[id(lex)] = r
    return r


def event_status(toks: list[Token], i: int, end: int, trig_pos: str, inflection: str, lex: Lexicon) -> str:
    """occurred / ongoing / planned / desired / hypothetical / negated for the trigger toks[i:end]."""
    before = clause_before(toks, i)
    low = [t.lower for t in before]
    lemmas = [lex.verb_forms.get(w, w) for w in low]
    near = low[:4]
    # "no talks", "did not meet", "refused to meet", "failed to agree"
    negated = any(w in _NEG for w in near) or any(l in {"refuse", "fail", "decline"} for l in lemmas[:4]) or (low[:1] == ["no"])
    negated = negated or any(l in {"refuse", "fail", "decline", "reject", "deny"} for l in lemmas[:5]) and "to" in low[:5]
    # "ruled out an open-ended walkout", "stopped short of the sanctions"
    negated = negated or any(w in {"rule", "rules", "ruled", "ruling"} and low[k - 1 : k] == ["out"] for k, w in enumerate(low[:4]))
    negated = negated or len(low) > 2 and low[0] == "of" and low[1] == "short" and low[2] in {"stop", "stops", "stopped", "stopping"}
    if negated:
        # "will not sign unless …", "would not vote for it if …": the condition says when it
        # would happen, so it is hypothetical, not denied (guidelines 2.3, rule 1)
        return "hypothetical" if _condition_after(toks, end, lex) else "negated"
    after = [t.lower for t in toks[end : end + 6]]
    # Desire: "wants to meet", "hope that ... will", "called for talks", "ready to", "willing to"
    desired, planned = _status_sets(lex)
    for k, (w, l) in enumerate(zip(low[:6], lemmas[:6])):
        if (l in desired or w in desired) and k >= 0:
            # the desire cue governs the trigger through "to", "for", "that" or directly (noun)
            between = low[:k]
            if trig_pos == "v" and inflection == "past" and "and" in between:
                break  # "had never sought to silence them and welcomed the ruling": a verb of its own
            if any(x in {"to", "for", "that", "a", "an", "the"} for x in between) or k == 0 or trig_pos == "n":
                return "desired"
    # "called on X to meet", "calls for talks", "pressed for a deal"
    for k in range(1, min(len(low), 7)):
        if lemmas[k] in {"call", "press", "push"} and low[k - 1] in {"for", "on", "upon"}:
            return "desired"
    for a, b in zip(low, low[1:]):
        if b in {"would", "'d"} and a == "like":
            return "desired"
    if "would" in low[:4] and "like" in low[:4]:
        return "desired"
    if any(w in _FUTURE for w in low[:5]):
        return "planned"
    for k, (w, l) in enumerate(zip(low[:6], lemmas[:6])):
        if w in {"expected", "due", "set", "scheduled", "slated", "poised"} and k >= 1 and low[k - 1] == "to":
            return "planned"  # "are expected to meet", "is due to visit"
        if l in planned or w in planned:
            if l in {"agree", "decide", "pledge", "promise", "vow", "commit", "plan", "schedule", "intend", "prepare", "arrange", "announce"} and "to" in low[: k + 1]:
                return "planned"
            if w in {"expected", "due", "set", "going", "scheduled", "planned"} and "to" in low[:k]:
                return "planned"
            if w in {"upcoming", "forthcoming"}:
                return "planned"
    if " ".join(low[:3][::-1]).endswith(("is to", "are to", "was to")):
        return "planned"
    tail = " ".join(after)
    if any(x in tail for x in ("next week", "next month", "next year", "tomorrow", "later this", "coming days", "coming weeks", "coming months")):
        return "planned"
    if "would" in low[:4] and "if" not in low and _reported(toks, lex) and not _condition_after(toks, 0, lex):
        # "said the party would ask …", "would appeal, he said": an announced intention
        # (guidelines 2.3 rule 4, "he would probably schedule a meeting"), unless a
        # condition in the sentence makes it hypothetical
        return "planned"
    if any(w in _MODAL_HYPO for w in low[:4]):
        return "hypothetical"
    if inflection == "ing" and any(w in _BE for w in low[:3]):
        return "ongoing"
    if any(l in {"continue", "keep", "remain"} for l in lemmas[:3]) or "ongoing" in low[:3] or "still" in low[:3]:
        return "ongoing"
    # "talks … were continuing", "the ban remains", "has held the bank since last year",
    # "detained since March": a state or process that lasts up to the time of writing
    if after[:1] and after[0] in {"continue", "continues", "continuing", "continued", "remain", "remains", "remained", "persist", "persists"} or len(after) > 1 and after[1] in {"continuing", "ongoing", "continue", "remain"} and after[0] in {"were", "was", "are", "is", "will", "would", "'re"}:
        return "ongoing"
    if "since" in after[:4] and (trig_pos == "n" or inflection == "past" and (low[:1] in (["has"], ["have"]) or low[:2] in (["has", "been"], ["have", "been"]))):
        return "ongoing"
    if trig_pos == "n" and lex.verb_forms.get(toks[i].lower, toks[i].lower) in _STATE_NOUNS and not any(l in {"end", "lift", "impose", "announce", "introduce", "order", "declare"} for l in lemmas[:4]):
        return "ongoing"
    return "occurred"


def _condition_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A condition cue of the cues.json table ("if", "unless", "provided that", "as long as",
    "in case", "otherwise", …) from token k to the end."""
    return cue_from(toks, k, lex)


def _reported(toks: list[Token], lex: Lexicon) -> bool:
    """The sentence has a lower-case reporting verb ("said", "told", "announced")."""
    return any(t.text.islower() and lex.verb_forms.get(t.lower, t.lower) in lex.reporting_lemmas and t.lower != "note" for t in toks)


# Nominal states that last ("the ban", "restrictions", "the blockade"): in force at the time of
# writing unless the text says they were imposed, lifted or ended.
_STATE_NOUNS = {"ban", "bans", "restriction", "restrictions", "closure", "blockade", "embargo", "curfew", "occupation", "siege", "detention", "sanctions"}
