"""Factuality status of an event from cues around its trigger."""

from __future__ import annotations

import re
from bisect import bisect_left

from annotate.preannotate.condcues import cue_at
from annotate.preannotate.resources import Lexicon, verb_forms
from annotate.preannotate.text import Token, token_facts

_BOUNDARY = {",", ";", ":", "if", "unless", "\"", "“", "”", "—", "–", "(", ")", "but", "while", "whereas", "although", "because", "after", "before", "when", "since"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re"}
_NEG = {"not", "n't", "'t", "’t", "never", "no", "cannot", "nor", "neither", "without"}
_MODAL_HYPO = {"could", "might", "may", "would", "possibly", "perhaps", "possible", "potential", "potentially", "likely", "unlikely", "whether", "can"}
_FUTURE = {"will", "'ll", "’ll", "shall", "upcoming", "forthcoming"}

# Word sets of event_status, built once at import (not per call)
_REFUSE = frozenset({"refuse", "fail", "decline"})
_REFUSE_TO = frozenset({"refuse", "fail", "decline", "reject", "deny"})
_RULE = frozenset({"rule", "rules", "ruled", "ruling"})
_STOP = frozenset({"stop", "stops", "stopped", "stopping"})
_GOVERNS = frozenset({"to", "for", "that", "a", "an", "the"})
_CALL = frozenset({"call", "press", "push"})
_CALL_BEFORE = frozenset({"for", "on", "upon"})
_WOULD = frozenset({"would", "'d"})
_SCHEDULED = frozenset({"expected", "due", "set", "scheduled", "slated", "poised"})
_COMMIT = frozenset({"agree", "decide", "pledge", "promise", "vow", "commit", "plan", "schedule", "intend", "prepare", "arrange", "announce"})
_EXPECTED = frozenset({"expected", "due", "set", "going", "scheduled", "planned"})
_UPCOMING = frozenset({"upcoming", "forthcoming"})
# the same as any(x in tail for x in (…)): one search for any of the literal phrases
_LATER = re.compile("next week|next month|next year|tomorrow|later this|coming days|coming weeks|coming months")
_LASTING = frozenset({"continue", "keep", "remain"})
_ONGOING_WORDS = frozenset({"ongoing", "still"})
_GOES_ON = frozenset({"continue", "continues", "continuing", "continued", "remain", "remains", "remained", "persist", "persists"})
_GOES_ON_2 = frozenset({"continuing", "ongoing", "continue", "remain"})
_AUX_BEFORE = frozenset({"were", "was", "are", "is", "will", "would", "'re"})
_STATE_CHANGE = frozenset({"end", "lift", "impose", "announce", "introduce", "order", "declare"})
_FIRST_SINCE = frozenset({"first", "largest", "biggest", "worst", "deadliest", "latest", "last"})  # "the first swap since 2020": one act, not a lasting state
_INTENT_NOUNS = frozenset({"intention", "intent", "desire", "wish", "interest"})
_DENIED_NOUNS = frozenset({"reports", "report", "claims", "claim", "allegations", "accusations", "suggestions", "rumours", "rumors", "speculation"})
_AUX_SUBJ = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "will", "would", "could", "can", "ever", "yet", "be"})


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


_StatusSets = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
# id(lexicon) -> (the lexicon, kept so that its id is never reused, its sets)
_SETS: dict[int, tuple[Lexicon, _StatusSets]] = {}


def _status_sets(lex: Lexicon) -> _StatusSets:
    """The desired / planned cue sets and the two gates of event_status (below, as sets of word
    forms), built once per lexicon (not per event)."""
    kept = _SETS.get(id(lex))
    if kept is None:
        desired, planned = frozenset(lex.cues["status"]["desired"]), frozenset(lex.cues["status"]["planned"])
        # every word of the clause before the trigger (word or lemma) that some rule of
        # event_status tests in that clause; "to" and "of" count only right before the trigger
        gate = desired | planned | _NEG | _REFUSE_TO | _CALL | _FUTURE | _SCHEDULED | _MODAL_HYPO | _LASTING | _ONGOING_WORDS | {"out", "like", "would"}
        gate_ing = gate | _BE  # for "-ing" triggers ("are meeting")
        # as word forms: w is in it iff w or its lemma verb_forms.get(w, w) is in the gate
        lemma_of = lex.verb_forms
        r = (desired, planned, gate | {w for w, l in lemma_of.items() if l in gate}, gate_ing | {w for w, l in lemma_of.items() if l in gate_ing})
        kept = _SETS[id(lex)] = (lex, r)
    return kept[1]


class _Sentence:
    """What event_status reads of a sentence, computed once per sentence rather than once per
    trigger: the lower forms and the clause boundaries, and (on first use) whether the sentence
    is reported and where its last condition cue is."""

    __slots__ = ("toks", "lex", "lows", "bounds", "desired", "planned", "gate", "gate_ing", "_reported", "_last_cue", "is_question")

    def __init__(self, toks: list[Token], lex: Lexicon) -> None:
        self.toks = toks
        self.lex = lex
        self.lows = lows = token_facts(toks)[0]
        self.bounds = [k for k, w in enumerate(lows) if w in _BOUNDARY]  # increasing
        self.desired, self.planned, self.gate, self.gate_ing = _status_sets(lex)
        self._reported: bool | None = None
        self._last_cue: int | None = None
        self.is_question = bool(lows) and lows[-1] == "?"  # "Will you resign?"

    def clause_start(self, i: int) -> int:
        """The first token after the last clause boundary before i (0 if none)."""
        b = bisect_left(self.bounds, i)
        return self.bounds[b - 1] + 1 if b else 0

    def reported(self) -> bool:
        """The sentence has a lower-case reporting verb ("said", "told", "announced")."""
        if self._reported is None:
            rep, vf = self.lex.reporting_lemmas, self.lex.verb_forms
            self._reported = any(t.text.islower() and vf.get(w, w) in rep and w != "note" for t, w in zip(self.toks, self.lows))
        return self._reported

    def last_cue(self) -> int:
        """The index of the sentence's last condition cue (-1 if none): cue_from(toks, k, lex)
        is last_cue() >= k, as cue_at depends only on the sentence and the index."""
        if self._last_cue is None:
            toks, lex, cues = self.toks, self.lex, self.lex.condition_cues
            self._last_cue = next((j for j in range(len(toks) - 1, -1, -1) if self.lows[j] in cues and cue_at(toks, j, lex) is not None), -1)
        return self._last_cue


# The sentence last seen (token lists are never changed in place; holding the list keeps its
# identity from being reused by another sentence)
_CURRENT: list[_Sentence | None] = [None]


def _sentence(toks: list[Token], lex: Lexicon) -> _Sentence:
    f = _CURRENT[0]
    if f is None or f.toks is not toks or f.lex is not lex:
        f = _CURRENT[0] = _Sentence(toks, lex)
    return f


def event_status(toks: list[Token], i: int, end: int, trig_pos: str, inflection: str, lex: Lexicon) -> str:
    """occurred / ongoing / planned / desired / hypothetical / negated for the trigger toks[i:end]."""
    st = _event_status(toks, i, end, trig_pos, inflection, lex)
    if st == "planned" and _sentence(toks, lex).is_question:
        return "hypothetical"  # "Will you resign?", "When will the audit be published?": asked, not announced
    return st


def _denied(low: list[str], lemmas: list[str], inflection: str) -> bool:
    """"denied holding any talks", "denied reports that it had asked", "denies that it
    met": what the denial's complement says is negated; "denies the charges" is not (the
    charges exist)."""
    k = lemmas.index("deny")
    if k == 0:
        return inflection == "ing"  # "denied meeting the rebels"
    nxt = low[k - 1]  # the word right after the denial verb
    return nxt.endswith("ing") or nxt == "that" or nxt in _DENIED_NOUNS and "that" in low[:k]


def _removed_object(f: "_Sentence", toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """The index of the verb that ends or removes the noun at i ("lift its ban", "halted its
    drone strikes", "called off the marches"), over determiners and modifiers; None if none."""
    lows = f.lows
    k = i - 1
    while k >= 0 and k >= i - 4:
        w = lows[k]
        if w in _REMOVAL_FORMS or w == "off" and k > 0 and lows[k - 1] in _CALL_FORMS:
            return k - 1 if w == "off" else k
        if not (toks[k].text.isalpha() and toks[k].text.islower() or w in {"'s", "’s", "-"}) or w in _NOT_NP:
            return None
        k -= 1
    return None


def _event_status(toks: list[Token], i: int, end: int, trig_pos: str, inflection: str, lex: Lexicon) -> str:
    f = _sentence(toks, lex)
    if trig_pos != "v" and (not _REMOVAL_FORMS.isdisjoint(f.lows[max(0, i - 4) : i]) or "off" in f.lows[max(0, i - 4) : i]):
        k = _removed_object(f, toks, i, lex)
        if k is not None:
            w = f.lows[k]
            infl = "ing" if w.endswith("ing") else "past" if w.endswith("ed") or w in _IRREGULAR_PAST else "3sg" if w.endswith("s") else "base"
            cues = lex.condition_cues
            conditional = any(f.lows[j] in cues and cue_at(toks, j, lex) is not None for j in range(max(0, k - 8), k))
            if conditional or _event_status(toks, k, k + 1, "v", infl, lex) != "occurred":
                # "unless Washington lifts its duties", "urged the council to lift the arms
                # embargo", "did not lift the ban": what is to be removed is in force now
                # (guidelines 2.3 rule 5); a removal that happened leaves it as the text says
                return "ongoing"
    # the lower forms and lemmas of clause_before(toks, i), nearest first
    low = f.lows[max(f.clause_start(i), i - 8) : i][::-1]
    vf = lex.verb_forms
    after = f.lows[end : end + 6]
    # Two triggers in three have none of the words the clause rules below look for: test that
    # once and go straight to the rules that read the words after the trigger.
    clause_cues = not (f.gate_ing if inflection == "ing" else f.gate).isdisjoint(low) or low[:1] in (["to"], ["of"])
    if clause_cues and inflection == "past" and trig_pos == "v" and "since" in after[:4] and _reduced_participle(toks, i, low):
        return "ongoing"  # "urged X to free traders detained since May": the participle's state, not the wish
    if clause_cues:
        lemmas = [vf.get(w, w) for w in low]
        low4 = low[:4]
        # "had no intention of resigning": an event someone does not want is hypothetical
        # (guidelines 2.3 rule 2), not denied
        if len(low) > 2 and low[0] in {"of", "to"} and low[1] in _INTENT_NOUNS and low[2] == "no":
            return "hypothetical"
        # "a two-thirds majority is needed to convict": a requirement, not a wish
        if len(low) > 2 and low[0] == "to" and low[1] in {"needed", "required"} and low[2] in _BE:
            return "hypothetical"
        if "deny" in lemmas[:5] and _denied(low, lemmas, inflection):
            return "hypothetical" if f.last_cue() >= end else "negated"
        # "no talks", "did not meet", "refused to meet", "failed to agree"
        negated = not _NEG.isdisjoint(low4) or not _REFUSE.isdisjoint(lemmas[:4])
        negated = negated or not _REFUSE_TO.isdisjoint(lemmas[:5]) and "to" in low[:5]
        # "ruled out an open-ended walkout", "stopped short of the sanctions" (nearest first: "out" before "ruled")
        negated = negated or "out" in low[:3] and any(low[k - 1] == "out" and low[k] in _RULE for k in range(1, len(low4)))
        negated = negated or len(low) > 2 and low[0] == "of" and low[1] == "short" and low[2] in _STOP
        if negated:
            # "will not sign unless …", "would not vote for it if …": the condition says when it
            # would happen, so it is hypothetical, not denied (guidelines 2.3, rule 1)
            return "hypothetical" if f.last_cue() >= end else "negated"
        low6, lem6 = low[:6], lemmas[:6]
        # Desire: "wants to meet", "hope that ... will", "called for talks", "ready to", "willing to"
        desired, planned = f.desired, f.planned
        if not (desired.isdisjoint(lem6) and desired.isdisjoint(low6)):
            for k, (w, l) in enumerate(zip(low6, lem6)):
                if l in desired or w in desired:
                    # the desire cue governs the trigger through "to", "for", "that" or directly (noun)
                    between = low[:k]
                    if trig_pos == "v" and inflection == "past" and "and" in between:
                        break  # "had never sought to silence them and welcomed the ruling": a verb of its own
                    if k == 0 or trig_pos == "n" or not _GOVERNS.isdisjoint(between):
                        return "desired"
        # "called on X to meet", "calls for talks", "pressed for a deal"
        if not _CALL.isdisjoint(lemmas[1:7]):
            for k in range(1, min(len(low), 7)):
                if lemmas[k] in _CALL and low[k - 1] in _CALL_BEFORE:
                    return "desired"
        if "like" in low:
            # "would like to" (read nearest first: "like" then "would"), or both among the four nearest
            for a, b in zip(low, low[1:]):
                if b in _WOULD and a == "like":
                    return "desired"
            if "would" in low4 and "like" in low4:
                return "desired"
        if not _FUTURE.isdisjoint(low[:5]):
            return "planned"
        if not (_SCHEDULED.isdisjoint(low6) and planned.isdisjoint(low6) and planned.isdisjoint(lem6)):
            for k, (w, l) in enumerate(zip(low6, lem6)):
                if w in _SCHEDULED and k >= 1 and low[k - 1] == "to":
                    return "planned"  # "are expected to meet", "is due to visit"
                if l in planned or w in planned:
                    if l in _COMMIT and "to" in low[: k + 1]:
                        return "planned"
                    if w in _EXPECTED and "to" in low[:k]:
                        return "planned"
                    if w in _UPCOMING:
                        return "planned"
        # "is to meet", "are to vote" (the joined words can end so only when the nearest is "to")
        if low[:1] == ["to"] and " ".join(low[:3][::-1]).endswith(("is to", "are to", "was to")):
            return "planned"
    if trig_pos != "n" and (after[:1] == ["nothing"] or len(after) > 1 and after[1] == "nothing" and after[0] in {"for", "about", "of", "to"}):
        return "negated"  # "China has offered nothing", "we have asked for nothing"
    if "nobody" in low or "no-one" in low:
        k = low.index("nobody") if "nobody" in low else low.index("no-one")
        if all(w in _AUX_SUBJ for w in low[:k]) or k >= 2 and low[k - 1] == "from" and all(w in _AUX_SUBJ for w in low[: min(k, 2)]):
            return "negated"  # "Nobody was detained", "nobody from the ministry had contacted him"
    if _LATER.search(" ".join(after)):
        return "hypothetical" if f.is_question else "planned"
    if clause_cues:  # (low4 and lemmas were set by the first block)
        if "would" in low4 and "if" not in low and f.reported() and not f.last_cue() >= 0:
            # "said the party would ask …", "would appeal, he said": an announced intention
            # (guidelines 2.3 rule 4, "he would probably schedule a meeting"), unless a
            # condition in the sentence makes it hypothetical
            return "planned"
        if not _MODAL_HYPO.isdisjoint(low4):
            return "hypothetical"
        if inflection == "ing" and not _BE.isdisjoint(low[:3]):
            return "ongoing"
        if not _LASTING.isdisjoint(lemmas[:3]) or not _ONGOING_WORDS.isdisjoint(low[:3]):
            return "ongoing"
    # "talks … were continuing", "the ban remains", "has held the bank since last year",
    # "detained since March": a state or process that lasts up to the time of writing
    if after[:1] and after[0] in _GOES_ON or len(after) > 1 and after[1] in _GOES_ON_2 and after[0] in _AUX_BEFORE:
        return "ongoing"
    if "since" in after[:4] and _FIRST_SINCE.isdisjoint(f.lows[max(0, i - 3) : i]) and (trig_pos == "n" or inflection == "past" and (low[:1] in (["has"], ["have"]) or low[:2] in (["has", "been"], ["have", "been"], ["been", "has"], ["been", "have"], ["been", "had"]) or _reduced_participle(toks, i, low))):
        return "ongoing"
    if inflection == "past" and trig_pos == "v" and low[:1] == ["being"] and len(low) > 1 and low[1] in _BE_FINITE:
        return "ongoing"  # "she is being held", "the detainees were being held": a progressive passive
    if trig_pos == "n" and vf.get(f.lows[i], f.lows[i]) in _STATE_NOUNS and _STATE_CHANGE.isdisjoint(vf.get(w, w) for w in low[:4]):
        return "ongoing"
    return "occurred"


_BE_FINITE = frozenset({"is", "are", "was", "were", "am", "'s", "’s", "'re", "’re"})


def _reduced_participle(toks: list[Token], i: int, low: list[str]) -> bool:
    """The past form at i follows a lower-case noun with no auxiliary between: a participle
    modifying it ("traders detained since the closure", "figures held since March"), whose
    state lasts from then on."""
    return bool(low) and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and low[0] not in _BE and low[0] not in {"had", "has", "have", "and", "or", "who", "which", "that", "not", "never"} and toks[i].lower.endswith(("ed", "held", "kept"))


# Acts that end or remove a standing measure or a hostile act: their object exists when the
# removal is only wanted, planned, conditional or denied
_REMOVAL_LEMMAS = ("lift", "halt", "end", "scrap", "suspend", "remove", "ease", "drop", "stop", "reverse", "repeal", "cancel", "revoke", "annul", "relax", "overturn", "rescind", "abolish", "withdraw")
_IRREGULAR_PAST = frozenset({"withdrew", "withdrawn"})
_REMOVAL_FORMS = frozenset(w for l in _REMOVAL_LEMMAS for w in verb_forms(l, {"withdraw": ["withdrew", "withdrawn"], "stop": ["stopped", "stopped"], "drop": ["dropped", "dropped"], "scrap": ["scrapped", "scrapped"]}))
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
_NOT_NP = frozenset({"and", "or", "but", "to", "that", "which", "who", "if", "unless", "not", "in", "on", "at", "for", "from", "with", "by", "of"})

# Nominal states that last ("the ban", "restrictions", "the blockade"): in force at the time of
# writing unless the text says they were imposed, lifted or ended.
_STATE_NOUNS = {"ban", "bans", "restriction", "restrictions", "closure", "blockade", "embargo", "curfew", "occupation", "siege", "detention", "sanctions"}
