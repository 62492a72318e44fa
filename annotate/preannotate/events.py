"""Event triggers from the PLOVER lexicon, with their arguments, status, time and location."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from annotate.preannotate.actors import Mention
from annotate.preannotate.condcues import cue_from
from annotate.preannotate.resources import Lexicon, Trigger, lexicon, verb_forms
from annotate.preannotate.speech import REPORTING_3SG, REPORTING_PAST, VERBAL_ACTS, narrated_act
from annotate.preannotate.status import _BE, event_status
from annotate.preannotate.text import Token, token_facts as _facts
from annotate.preannotate.timex import TIMEX, normalise

# Base forms that are far more often something else ("back", "free", "press", "arm") count as
# verbs only when clearly verbal (after "to", a modal, or a subject pronoun).
_VERBAL_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "not", "n't", "'t", "’t", "'ll", "’ll", "did", "does", "do", "they", "we", "i", "you", "cannot", "also", "jointly", "and"}
_WEAK = {"order", "back", "free", "press", "bar", "remove", "patrol", "guarantee", "comply", "close", "share", "charge", "fund", "ease", "lift", "host", "station", "mass", "arm", "return", "help", "allow", "give", "send", "provide", "deliver", "supply", "receive", "recall", "freeze", "impose", "exchange", "renew", "block", "strike", "fly", "travel", "arrive", "sign", "accept", "offer", "ask", "seek", "want", "suggest", "propose", "object", "demand", "hold", "protect", "examine", "quit", "burn", "halt", "suspend", "ignore", "cancel", "dispatch", "recruit", "raid", "beat", "shell", "bomb", "march", "rally", "occupy", "capture", "detain", "insist", "press", "defend", "thank", "recognize", "recognise", "concern", "grant"}
_NOT_AFTER_DET = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"}
_PREP_RECIP = {"with", "to", "against", "on", "for", "from", "toward", "towards", "at", "into"}
_PERSON_HEADS = {"workers", "worker", "agency", "agencies", "groups", "officials", "organisations", "organizations", "leaders", "leader", "chief", "staff", "minister", "ministers", "envoy", "negotiators", "negotiator", "delegation", "delegations", "team"}
_DEFINITE = {"the", "this", "that", "these", "those", "such"}
_WEAK_NOUNS = {"ruling", "listing", "call", "help", "concern", "deal", "relief", "strike", "release", "host", "hack", "drill", "march", "trip", "war", "delivery", "opposition", "support"}


@dataclass
class Ev:
    start: int
    end: int
    sent: int
    tok_i: int
    tok_end: int
    type: str
    mode: str | None
    status: str
    confidence: float
    actors: list[tuple] = field(default_factory=list)  # entity keys
    recipients: list[tuple] = field(default_factory=list)
    time_span: tuple[int, int] | None = None
    time_value: str | None = None
    loc: tuple[int, int, str, str | None] | None = None
    reported_by: tuple | None = None
    lemma: str = ""
    pos: str = ""
    loc_inherited: tuple[str, str | None] | None = None  # (name, country) from another mention
    back_reference: bool = False  # "the talks", "this week's meeting": refers to an earlier mention


# "declined to comment / be named / give details": a source's silence, not a refusal
_NO_COMMENT = {"comment", "comments", "say", "elaborate", "give", "be", "disclose", "discuss", "specify", "confirm", "respond", "answer", "provide", "reveal", "identify", "speak", "talk", "go", "offer", "immediately"}


_QUESTION_WORDS = {"if", "whether", "about", "how", "why", "what", "when", "where", "who"}
_ASK_ADVERBIAL = {"on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", "repeatedly", "again", "twice", "earlier", "by", "reporters", "journalists", "today", "yesterday"}


def _asks_a_question(toks: list[Token], k: int) -> bool:
    """The words after a form of "ask" (from token k) make it a question: a question word, maybe
    after a short adverbial ("asked on Wednesday about the letter", "asked by reporters whether"),
    or nothing at all ('"Why now?" he asked.')."""
    if toks[k].lower in {".", ",", "?", "!", '"', "”", "'", "’"}:
        return True
    for j in range(k, min(len(toks), k + 4)):
        w = toks[j].lower
        if w in _QUESTION_WORDS:
            return True
        if w not in _ASK_ADVERBIAL:
            return False
    return False


def _inside(toks: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the tokens that start inside one of the spans (a <= start < b): a run of
    token indices per span, found by bisection on the (increasing) token starts."""
    starts = _facts(toks)[1]
    out: set[int] = set()
    for a, b in spans:
        out.update(range(bisect_left(starts, a), bisect_left(starts, b)))
    return out


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _determined(toks: list[Token], lows: list[str], i: int) -> bool:
    """Is the noun at i determined like an act named: a possessor ("the villagers' release",
    "Cordero's handover") or a determiner and one adjective ("their immediate release")?"""
    if i < 2:
        return False
    prev = lows[i - 1]
    if prev in _POSSESSIVE:
        return True
    # (an adjective: not a plural noun that may be the subject of a verb, "the employers call")
    return lows[i - 2] in _NOT_AFTER_DET and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and not prev.endswith("s") and prev not in _ADJ_NOT_ACT


_ADJ_NOT_ACT = frozenset({"main", "ruling", "opposition", "military", "air", "labour", "labor", "general", "hunger", "public", "financial", "political", "popular", "media", "press", "news", "hotline", "phone"})


def find_triggers(toks: list[Token], taken: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int, Trigger, str]]:
    """(first token, end token, trigger, inflection) for each trigger in the sentence."""
    out: list[tuple[int, int, Trigger, str]] = []
    i = 0
    n = len(toks)
    triggers = lex.triggers
    lows = _facts(toks)[0]
    # only tokens the lexicon lists can start a trigger: visit just those
    hooks = [k for k, w in enumerate(lows) if w in triggers]
    if not hooks:
        return out
    in_taken = _inside(toks, taken)  # tokens inside an actor mention: no trigger starts there
    for k in hooks:
        if k < i:
            continue  # inside the trigger found last
        i = k
        t = toks[i]
        cands = triggers[t.lower]
        if not cands or i in in_taken or (i > 0 and t.text[:1].isupper() and not toks[i - 1].text in {'"', "“", "(", "-", "—"}):
            i += 1
            continue
        best: tuple[int, int, Trigger, str] | None = None
        prev = lows[i - 1] if i else ""
        for c in cands:
            L = len(c.forms)
            # (a one-word trigger is its own first word, the table's key: no comparison)
            if L > 1 and (i + L > n or tuple(lows[i : i + L]) != c.forms):
                continue
            if c.pos == "v" and not c.inflected:
                if prev in _NOT_AFTER_DET:
                    continue  # "the offer" is the noun entry
                if c.lemma.split()[0] in _WEAK and prev not in _VERBAL_BEFORE and L == 1:
                    continue
                if prev not in _VERBAL_BEFORE and i > 0 and i - 1 not in in_taken and L == 1:
                    continue
            if c.pos == "v" and c.inflected and L == 1 and c.lemma in _WEAK and prev in _NOT_AFTER_DET:
                continue
            if c.pos == "v" and c.inflected and L == 1 and t.lower.endswith("s") and i > 0 and (prev.endswith("ing") and toks[i - 1].text.islower() or toks[i - 1].text[:1].isdigit()):
                continue  # "300 polling stations", "planning attacks": a plural noun, not a verb
            if t.lower in {"provided", "providing"} and i + 1 < n and toks[i + 1].lower == "that":
                continue  # "provided that": a condition cue
            if c.lemma == "decline" and not (i + L + 1 < n and toks[i + L].lower == "to" and toks[i + L + 1].lower not in _NO_COMMENT):
                continue  # "declined to comment" is no event, "exports declined" a fall; "declined to resign" a refusal
            if c.lemma == "charge" and i + L < n and toks[i + L].lower == "d":
                continue  # "chargé/charge d'affaires": a diplomat's title, not a charge
            if c.lemma == "ask" and i + L < n and _asks_a_question(toks, i + L):
                continue  # "asked if …", "asked on Monday about …", '"…?" he asked.': a question, not a request
            if c.pos == "n" and c.lemma in {"protest", "retaliation", "solidarity"} and prev == "in" and i + L < n and toks[i + L].lower in {"over", "at", "against", "of", "for", "with", ",", "."}:
                continue  # "walked out in protest over …": the manner of the act, not a second event
            if c.lemma.endswith("strike") and c.pos == "n" and i + L < n and toks[i + L].lower in {"notice", "notices", "ballot", "fund"}:
                continue  # "the strike notice": a notice of a strike, not the strike (nor an attack)
            if c.pos == "n" and i + L < n and toks[i + L].lower in _PERSON_HEADS:
                continue  # "aid workers", "protest leaders": a modifier, not an event
            if c.pos == "n" and L == 1 and c.lemma in _WEAK_NOUNS and prev not in _NOT_AFTER_DET and not (i + 1 < n and toks[i + 1].lower in {"of", "for", "with", "between", "on", "to"}) and not _determined(toks, lows, i):
                continue
            if c.pos == "v" and c.inflected and L == 1 and t.lower.endswith(("ed", "en", "ing")) and i + 1 < n and (prev in _PURE_DET or prev in _PREP_ONLY and not t.lower.endswith("ing") or toks[i - 1].text[:1].isdigit()) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 1].lower not in _FUNCTION_AFTER:
                continue  # "200 detained rebels", "of frozen funds", "the same returning officers": an adjective (a gerund after a preposition stays a verb)
            if i + L < n and toks[i + L].lower in _MODIFIED_HEADS:
                continue  # "the ceasefire monitoring committee", "protest organiser", "a Tunis appeals court": a modifier
            if c.lemma == "request" and i + L + 1 < n and toks[i + L].lower == "for" and toks[i + L + 1].lower in {"comment", "comments", "an", "interview"}:
                continue  # "did not respond to a request for comment": the reporter's question
            if c.lemma == "ruling" and i + 1 < n and (toks[i + 1].text[:1].isupper() or toks[i + 1].lower in _RULING_HEADS):
                continue  # "the ruling party", "the ruling National Congress": who governs, not a verdict
            if c.pos == "v" and c.inflected and L == 1 and t.lower in _PLURALS_FIRST and not (prev in _SUBJECT_PRONOUNS or toks[i - 1].text[:1].isupper() and i > 0):
                continue  # "earlier funds reached", "a million shells": the plural noun, unless a subject is plain
            if c.pos == "v" and c.inflected and L == 1 and t.lower.endswith("s") and prev in _PREP_ONLY:
                continue  # "short of funds", "to returns": after a preposition the -s form is a plural noun
            infl = "base"
            if c.pos == "v":
                w = toks[i].lower
                infl = "ing" if w.endswith("ing") else "past" if w.endswith("ed") or (c.inflected and not w.endswith("s")) else "3sg" if c.inflected else "base"
            best = (i, i + L, c, infl)
            break
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


# An agreement in force named as what is kept or broken ("breached the Dayton agreement", "would
# honour the agreement", "keep implementing the accord") is a standing text, not the act of
# concluding it (PLOVER SUPPORT is signing or finalising): the keeping or breaking is the act.
# A truce or ceasefire kept is itself the event (RETREAT, see _ceasefires_and_withdrawals).
_PACTS = frozenset({"agreement", "deal", "accord", "treaty", "pact"})
_KEEP_OR_BREAK = frozenset(f for v in ("honour", "honor", "implement", "breach", "violate", "undermine", "uphold", "abide", "comply", "contravene", "flout")
                           for f in verb_forms(v, {"uphold": ["upheld", "upheld"]}))
_KEEP_PARTICLES = frozenset({"by", "with"})


def _kept_or_broken(toks: list[Token], i: int) -> bool:
    """Is the pact noun at i the object of a verb of keeping or breaking it (_KEEP_OR_BREAK),
    over a determiner and up to three modifiers or a name ("the Dayton peace agreement")?"""
    k = i - 1
    while k >= 0 and k >= i - 5:
        w = toks[k].lower
        if w in _KEEP_OR_BREAK:
            return True
        if w in _KEEP_PARTICLES:
            return k > 0 and toks[k - 1].lower in _KEEP_OR_BREAK
        if not (toks[k].text.isalnum() or w in {"'s", "’s", "-"}) or w in _PREP_RECIP or w in {"and", "or", "that", "which", "who", "to"}:
            return False
        k -= 1
    return False


def build_events(toks: list[Token], s: int, mentions: list[Mention], locations: list[tuple[int, int, object]], text: str, published: date | None, lex: Lexicon) -> list[Ev]:
    taken = [(m.start, m.end) for m in mentions if not m.pronoun]
    evs: list[Ev] = []
    for i, e, trig, infl in find_triggers(toks, taken, lex):
        status = event_status(toks, i, e, trig.pos, infl, lex)
        conf = 0.7 if trig.inflected or trig.pos != "v" else 0.6
        if len(trig.forms) > 1:
            conf += 0.1
        ev = Ev(toks[i].start, toks[e - 1].end, s, i, e, trig.category, trig.mode, status, round(conf, 2), lemma=trig.lemma, pos=trig.pos)
        if trig.pos == "n":
            # "the talks", "the worst clash", "this meeting"
            d = i - 1 if i > 0 and toks[i - 1].lower in _DEFINITE else i - 2 if i > 1 and toks[i - 2].lower in _DEFINITE and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() else None
            ev.back_reference = d is not None
        _arguments(ev, toks, i, e, infl, mentions)
        if ev.type == "CONSULT" and ev.mode is None:
            ev.mode = _consult_mode(toks, i, e)
            if ev.mode == "third-party" and trig.pos == "n":
                _doc_memo(text)["hosted talks"] = "1"
            elif ev.mode is None and ev.back_reference and lows_i_head(toks, e) and _doc_memo(text).get("hosted talks"):
                ev.mode = "third-party"  # "the talks" after "talks hosted by Qatar": the same talks (2.7)
        if ev.lemma == "strike" and ev.type == "ASSAULT" and ev.actors and _is_labour(ev.actors[0], mentions):
            # "the union will strike", "teachers struck for a week": a labour strike (PROTEST),
            # not an attack
            ev.type, ev.mode = "PROTEST", "strike"
        if ev.lemma == "strike" and ev.type == "ASSAULT" and trig.pos == "n" and (i == 0 or toks[i - 1].lower not in _MILITARY_MODS) and not _strike_on_target(toks, e) and any(x.lower in _LABOUR for x in toks):
            # "Students … announced a strike", "urged the workers to end the strike": with
            # workers in the sentence and no weapon named, a strike is a labour strike (PROTEST)
            ev.type, ev.mode = "PROTEST", "strike"
        if ev.lemma == "strike":
            # once the article has a labour strike, a later strike with no weapon or target named
            # is that kind of strike too ("the strike would continue", "ban the strike")
            seen = _doc_memo(text)
            if ev.type == "PROTEST":
                seen["labour strike"] = "1"
            elif ev.type == "ASSAULT" and seen.get("labour strike") and (i == 0 or toks[i - 1].lower not in _MILITARY_MODS) and not _strike_on_target(toks, e) and not any(x.lower in _STRIKE_ARMS for x in toks):
                ev.type, ev.mode = "PROTEST", "strike"
        if ev.type == "COERCE" and ev.lemma in {"ban", "restriction"}:
            seen = _doc_memo(text)
            if any(t.lower in _TRADE_WORDS for t in toks[max(0, i - 3) : e + 5]):
                # "a ban on poultry imports", "export restrictions": an economic penalty (SANCTION),
                # not coercion of people (a ban on protests stays COERCE)
                ev.type, ev.mode = "SANCTION", None
                seen["ban"] = "SANCTION"
            elif not any(t.lower == "on" for t in toks[e : e + 2]) and seen.get("ban"):
                # "criticised the ban", "the remaining restrictions": with nothing said of what is
                # banned, the ban the article has already named (one instance, one type: 2.7)
                ev.type, ev.mode = seen["ban"], None
            else:
                seen.setdefault("ban", ev.type)
        if ev.lemma == "bar" and trig.pos == "v":
            # barring people from acting is a restriction on them (guidelines 2.2 q2, COERCE/
            # restrict); barring goods or business is a trade penalty (q4, SANCTION)
            if any(t.lower in _TRADE_WORDS or t.lower in _BUSINESS for t in toks[e : e + 6]):
                ev.type, ev.mode = "SANCTION", None
            else:
                ev.type, ev.mode = "COERCE", "restrict"
        if ev.lemma in {"expel", "expulsion"} and ev.type == "SANCTION":
            # expelling migrants or residents is a deportation (PLOVER COERCE/deport); SANCTION/
            # expel is for diplomats and envoys; "the expulsions" refer back to those named before
            seen = _doc_memo(text)
            window = toks[max(0, i - 3) : e + 6]
            if any(t.lower in _EXPELLED_PEOPLE for t in window) and not any(t.lower in _SENT_DIPLOMATS or t.lower in _ENVOYS for t in window):
                ev.type, ev.mode = "COERCE", "deport"
                seen["expel"] = "COERCE"
            elif trig.pos == "n" and ev.back_reference and seen.get("expel") == "COERCE" and not any(t.lower in _SENT_DIPLOMATS or t.lower in _ENVOYS for t in window):
                ev.type, ev.mode = "COERCE", "deport"
        if (ev.lemma in {"remove", "dismiss", "fire"} and trig.pos == "v" or ev.lemma == "firing") and _person_object(toks, e, mentions):
            # removing, dismissing or firing an official or employee is a penalty on the person
            # (guidelines 2.2 q4, SANCTION), not a withdrawal, a rejection or shooting
            ev.type, ev.mode = "SANCTION", None
        if trig.pos == "n" and ev.lemma in _PACTS and _kept_or_broken(toks, i):
            continue  # "breached the Dayton agreement", "will honour the agreement": the standing text kept or broken, not its making
        if ev.lemma == "ignore" and trig.pos == "v" and _object_word(toks, i, e, _IGNORED) is None:
            continue  # ignoring a demand, call or warning is refusing it (PLOVER REJECT); ignoring a person or a problem is no act
        if ev.lemma in {"approve", "adopt"} and trig.pos == "v" and _object_word(toks, i, e, _IMPEACHMENT) is not None:
            # "approved the articles of impeachment": the formal accusation itself (PLOVER
            # ACCUSE), not support; the noun "impeachment" is then no second event
            ev.type, ev.mode = "ACCUSE", None
        if ev.lemma == "impeachment" and i > 1 and toks[i - 1].lower == "of" and toks[i - 2].lower == "articles" and evs and evs[-1].type == "ACCUSE" and evs[-1].lemma in {"approve", "adopt"}:
            continue
        if ev.lemma == "threaten" and trig.pos == "v" and not (e < len(toks) and toks[e].lower in {"to", "with", "that", "retaliation", "sanctions", "action"}) and _thing_subject(toks, i, mentions, lex):
            # "the stoppage threatened fuel supplies", "a row that had threatened exports": a
            # thing that endangers something is no threat by an actor (PLOVER THREATEN is a
            # verbal act); inside a condition it is still a happening the condition needs
            if not any(x.lower in {"if", "unless", "case"} for x in toks[max(0, i - 6) : i]):
                continue
            ev.type, ev.mode = "OTHER", None
        if ev.lemma == "meet" and trig.pos == "v" and _object_word(toks, i, e, _MET_TERMS) is not None:
            # "met every quarterly target", "meets the union's demands": complying with terms set
            # by the other side (PLOVER CONCEDE), not a meeting
            ev.type, ev.mode = "CONCEDE", None
        if ev.lemma == "give" and trig.pos == "v":
            # giving is AID only when what is given is material help (PLOVER AID); "gave the
            # company ten days to …" is a deadline (REQUEST, as an ultimatum), "gave our word" a
            # promise (AGREE); a mandate, a name, a figure or seats are no act
            after = [x.lower for x in toks[e : e + 8]]
            if any(w in _GIVEN_AID or w[:1] in {"$", "€", "£"} for w in after):
                pass
            elif "ultimatum" in after:
                continue  # "gave him an ultimatum": the ultimatum names the act
            elif any(after[k] in _PERIODS and (after[k - 1][:1].isdigit() or after[k - 1] in _NUMBER_WORDS) for k in range(1, len(after))):
                ev.type, ev.mode = "REQUEST", None
            elif "word" in after:
                ev.type, ev.mode = "AGREE", None
            else:
                continue
        if ev.lemma == "host" and trig.pos == "v":
            # hosting aircraft, troops or convoys is material cooperation (PLOVER COOPERATE),
            # hosting refugees asylum (AID); hosting talks or leaders stays a consultation
            obj = next((t.lower for t in toks[e : e + 5] if t.lower in _HOSTED_ASSETS or t.lower in _REFUGEES or t.lower in _HOSTED_PEOPLE), None)
            if obj in _HOSTED_ASSETS:
                ev.type, ev.mode = "COOPERATE", None
            elif obj is not None:
                ev.type, ev.mode = "AID", None
        if ev.lemma in {"exchange", "swap"} and trig.pos == "v" and _sent_object(toks, e) is None and any(x.lower in _CAPTIVES for x in toks[e : e + 4]):
            # "exchanged 212 prisoners": releasing captives (PLOVER RETREAT "release persons or
            # property"), not trade
            ev.type, ev.mode = "RETREAT", "release"
            _doc_memo(text)["captive swap"] = "1"
        if ev.lemma in {"exchange", "swap"} and trig.pos == "n":
            # "the first swap since the war", "a second exchange could follow": a prisoner
            # exchange when captives are named in the sentence or the article has one already;
            # a currency swap, an exchange of views or of fire is none
            near = toks[max(0, i - 3) : e + 4]
            if any(x.lower in _CAPTIVES for x in near) and not any(x.lower in {"of", "rate"} for x in toks[e : e + 1]) or _doc_memo(text).get("captive swap") and not (e < len(toks) and toks[e].lower in {"of", "rate", "rates"}) and not (i > 0 and toks[i - 1].lower in {"currency", "debt", "data", "foreign", "stock", "information"}):
                _doc_memo(text)["captive swap"] = "1"
            else:
                continue
        if ev.lemma == "hand over" and trig.pos == "v" and any(t.lower in _HANDED_INFO for t in toks[e : e + 5]):
            # handing over maps, lists or documents is sharing information (PLOVER COOPERATE:
            # "exchanges or sharing of intelligence and other significant information"), not a
            # retreat like handing over weapons, territory or prisoners
            ev.type, ev.mode = "COOPERATE", None
        if ev.lemma == "return" and trig.pos == "v" and e + 1 < len(toks) and toks[e].lower == "to" and any(t.lower in _PROTEST_GROUND for t in toks[e + 1 : e + 3]):
            # "would return to the streets", "return to the square every weekend": protesting
            # again (PLOVER PROTEST), not a retreat
            ev.type, ev.mode = "PROTEST", "demo"
        if ev.lemma == "clash" and trig.pos == "v" and ev.type == "ASSAULT" and any(t.lower in _POLITICIANS for t in toks[max(0, i - 4) : i]):
            # "lawmakers clashed over the bill", "the ministers had clashed": a quarrel between
            # politicians is verbal (PLOVER DISAPPROVE: ACCUSE), not fighting
            ev.type, ev.mode = "ACCUSE", "disapprove"
        if ev.lemma == "commit" and trig.pos == "v" and not any(t.lower == "to" for t in toks[e : e + 3]):
            continue  # "committed no crime", "crimes committed": only a commitment to something is AGREE
        if ev.lemma == "disperse" and i > 0 and toks[i - 1].lower == "to" and any(x.type == "ASSAULT" for x in evs):
            continue  # "fired tear gas to disperse the crowd": the purpose of the act already marked
        if ev.lemma == "freeze":
            # a freeze of assets, funds or aid is a penalty (SANCTION); a wage, price or pension
            # freeze is domestic budget policy and "a frozen conflict" no act: no event. "The
            # freeze" later is the freeze of funds the article named before.
            seen = _doc_memo(text)
            if any(t.lower in _FROZEN_ASSETS for t in toks[max(0, i - 4) : e + 8]) or trig.pos == "v" and _froze_ties(toks, i, e):
                seen["freeze"] = "1"
            elif ev.back_reference and seen.get("freeze"):
                pass
            elif any(t.lower in {"if", "unless"} for t in toks[max(0, i - 4) : i]):
                ev.type, ev.mode = "OTHER", None  # "if the freeze stays": a condition's argument (guidelines 2)
            else:
                continue
        if ev.lemma == "join" and trig.pos == "v":
            # joining an alliance, a bloc, a camp, a project or a sanctions regime is taking part
            # in a joint undertaking (PLOVER COOPERATE); joining a debate, a vote or a gathering,
            # or "did not join this government to …" (a purpose, not an act) is left alone
            k = next((j for j in range(e, min(len(toks), e + 4)) if toks[j].lower not in _JOIN_SKIP), None)
            named = k is not None and toks[k].text[:1].isupper() and toks[k].text.isalpha()
            if k is not None and not named:
                # the head of a lower-case noun phrase: "the new pipeline project"
                while k + 1 < len(toks) and k < e + 4 and toks[k].lower not in _JOINED and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].lower not in _OBJ_STOP:
                    k += 1
            if k is None or not (named or toks[k].lower in _JOINED):
                continue
            if k + 1 < len(toks) and toks[k + 1].lower == "to":
                continue
        if ev.lemma in {"release", "unfreeze"} and trig.pos == "v" and _released_money(toks, i, e):
            # guidelines 2.2, settled "restoring": releasing or unfreezing funds, a tranche or
            # aid gives money to the recipient (PLOVER AID), not a release of persons (RETREAT)
            ev.type, ev.mode = "AID", None
        if ev.lemma == "reopen" and ev.type == "RETREAT" and any(t.lower in _ROADS for t in toks[max(0, i - 3) : e + 4]):
            # reopening a road or corridor lets people and aid through (PLOVER RETREAT/access);
            # reopening a border crossing, a port or a market to trade is left without a mode
            # (as all six development groups do)
            ev.mode = "access"
        if ev.lemma == "allow" and trig.pos == "v" and any(t.lower in _PASSAGE for t in toks[e : e + 6]):
            # "allowed the trucks through", "allowed to leave the country": letting people or
            # goods pass is a material retreat (PLOVER RETREAT/access), not a verbal concession
            ev.type, ev.mode = "RETREAT", "access"
        if ev.lemma == "block" and trig.pos == "v":
            # what is blocked decides the act (PLOVER): a road, gate or square is obstructed in
            # protest (PROTEST/obstruct) unless police or troops do it; a decision, package or
            # text is vetoed (REJECT); people, movement or websites are coerced (COERCE)
            obj = _object_word(toks, i, e, _BLOCK_PLACES | _BLOCK_DECISIONS)
            if obj in _BLOCK_DECISIONS:
                ev.type, ev.mode = "REJECT", None
            elif obj in _BLOCK_PLACES and not (ev.actors and _is_force(ev.actors[0], mentions)):
                ev.type, ev.mode = "PROTEST", "obstruct"
            else:
                ev.type, ev.mode = "COERCE", None
        if ev.lemma == "protest" and trig.pos == "n" and any(x.lower in _LODGE for x in toks[max(0, i - 4) : i]):
            # "lodged a formal protest", "a strong diplomatic protest": PLOVER codes diplomatic
            # protests as ACCUSE (disapprove); PROTEST needs collective physical action
            ev.type, ev.mode = "ACCUSE", "disapprove"
        if ev.lemma == "accept" and trig.pos == "v":
            # accepting an offer is agreeing to it (PLOVER AGREE); accepting an outcome, a
            # limit or a loss ("accept the result", "accept a temporary cap") is a concession
            # accepting a text, amendments or a resignation is approving it (PLOVER SUPPORT:
            # "approve policy, action")
            obj = next((t.lower for t in toks[e : e + 5] if t.lower in _OFFERS or t.lower in _APPROVED or not (t.text.isalpha() and t.text.islower())), None)
            if obj in _APPROVED:
                ev.type, ev.mode = "SUPPORT", None
            elif obj not in _OFFERS:
                ev.type, ev.mode = "CONCEDE", None
        if ev.lemma == "agree" and trig.pos == "v" and _concludes_agreement(toks, i, e):
            # guidelines 2.2, settled "agreed": agreeing to do something is a commitment
            # (AGREE); agreeing terms, a text or a deal is concluding an agreement (SUPPORT)
            ev.type, ev.mode = "SUPPORT", None
        if ev.lemma == "agree" and trig.pos == "v" or ev.pos == "n" and ev.lemma in _PACT_NOUNS:
            seen = _doc_memo(text)
            if ev.pos == "n" and ev.back_reference and seen.get("pact"):
                # "the deal", "this agreement": the agreement the article has already named, of
                # the type its first mention was given (one instance, one type: guidelines 2.7)
                ev.type = seen["pact"]
            else:
                seen["pact"] = ev.type
        if ev.mode == "convict":
            # a court decision is a penalty (PLOVER SANCTION/convict) only when it convicts or
            # sentences: said in its sentence, or of the decision the article reported before
            seen = _doc_memo(text)
            if ev.lemma not in {"ruling", "verdict"} or trig.pos != "n" or any(t.lower in _CONVICTION for t in toks):
                seen["convict"] = "1"
            elif not (ev.back_reference and seen.get("convict")):
                continue
        if ev.lemma == "tariff" and i > 0 and toks[i - 1].lower in _UTILITIES:
            continue  # "electricity tariffs" are prices, not a trade penalty
        if ev.type == "SANCTION" and trig.pos == "n" and ev.lemma.endswith(("tariff", "duty")):
            _doc_memo(text)["duty"] = "1"  # "anti-dumping duties", "tariffs": "the duties" later refer back
        if ev.lemma in {"duty", "levy"} and trig.pos == "n" and i > 0 and toks[i - 1].lower in {"on", "off", "of"}:
            continue  # "on duty", "off duty", "a sense of duty"
        if ev.lemma in {"duty", "levy"} and trig.pos == "n":
            # a duty or levy is a trade penalty (SANCTION, as tariffs) when laid on something
            # ("a 15 percent levy on beef exports", "anti-subsidy duties") or when "the duty"
            # refers back to one; "on duty", "a duty to protect" are no act
            seen = _doc_memo(text)
            if e < len(toks) and toks[e].lower == "on" or i > 0 and toks[i - 1].lower in _DUTY_KINDS:
                seen["duty"] = "1"
            elif not (ev.back_reference and seen.get("duty")):
                continue
        if ev.type == "MOBILIZE" and trig.pos == "n" and e < len(toks) and toks[e].lower in _VEHICLES:
            continue  # "patrol vessels": a modifier of the craft, not a patrol
        if ev.lemma == "send" and trig.pos == "v" and e < len(toks) and (toks[e].lower in {"back", "home"} or toks[e].lower in {"them", "him", "her", "us"} and e + 1 < len(toks) and toks[e + 1].lower in {"back", "home"}) and not any(x.lower in _SENT_AID or x.lower in _SENT_FORCES for x in toks[e : e + 4]):
            # "was detained and sent back to Ouanaminthe", "sent them home": people
            # returned against their will are deported (PLOVER COERCE/deport)
            ev.type, ev.mode = "COERCE", "deport"
        if ev.pos == "n" and ev.lemma in _PACT_NOUNS and i > 1 and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() and not any(x.lower in {"a", "an"} for x in toks[max(0, i - 4) : i - 1]):
            continue  # "undermined the Dayton agreement", "breaching the … Customs Union agreement": a standing treaty named, no act
        if ev.pos == "n" and ev.lemma in _PACT_NOUNS and i > 0 and toks[i - 1].lower in {"the", "this", "that"} and i > 1 and toks[i - 2].lower in {"under", "in"}:
            continue  # "Under the deal, Erbil will hand …": the terms of a deal named before, not an act
        if ev.lemma == "send" and trig.pos == "v" and ev.mode != "deport":
            obj = _sent_object(toks, e)
            if obj in _SENT_PAPERS:
                continue  # "sending the case to the Senate", "sent the bill back": a procedural step, no aid
            if obj in _SENT_PEOPLE:
                # "will not send a single person there", "sending refugees home": people moved
                # against their will are deported (PLOVER COERCE/deport)
                ev.type, ev.mode = "COERCE", "deport"
        if ev.lemma in {"send", "dispatch", "deploy", "station"} and trig.pos == "v" and ev.mode != "deport":
            # what is sent decides the act: an envoy or delegation is a consultation, troops or
            # warships a show of force, food or money aid; civilian observers or monitors are
            # assistance to the host (AID, as a civilian monitoring mission), also as the subject
            # ("the mission would deploy")
            obj = next((t.lower for t in toks[e : e + 5] if t.lower in _SENT_DIPLOMATS or t.lower in _SENT_FORCES or t.lower in _SENT_AID or t.lower in _MONITORS), None)
            if obj is None and not (e < len(toks) and toks[e].text.isalpha() and toks[e].text.islower() and toks[e].lower not in _UNDO_INTRANSITIVE_NEXT and toks[e].lower not in _OBJ_STOP and toks[e].lower != "within"):
                k = _before_aux(toks, i)
                obj = "observers" if k >= 0 and toks[k].lower in _MONITORS | {"mission"} else None
            if obj in _MONITORS:
                obj = "aid"
            if any(t.lower in _CIVILIAN_AID for t in toks[e : e + 9]) and not any(t.lower in _SENT_DIPLOMATS for t in toks[e : e + 3]):
                obj = "aid"  # "aircraft carrying water purification units", "a civilian monitoring mission": relief, not force
            if obj in _SENT_DIPLOMATS:
                ev.type, ev.mode = "CONSULT", None
            elif obj in _SENT_FORCES:
                ev.type, ev.mode = "MOBILIZE", "troops" if obj in {"troops", "soldiers", "forces", "battalion", "battalions", "reinforcements", "units", "brigade"} else None
            elif obj in _SENT_AID:
                ev.type, ev.mode = "AID", None
            if ev.lemma == "deploy":
                _doc_memo(text)["deploy"] = ev.type
        if ev.lemma == "deployment" and trig.pos == "n" and i > 0 and toks[i - 1].lower in _DEFINITE and (deployed := _doc_memo(text).get("deploy")):
            ev.type = deployed  # "The deployment follows a request …": the deployment named before
            ev.mode = ev.mode if ev.type == "MOBILIZE" else None
        # "fired tear gas at the crowd and arrested dozens": the second verb shares the subject
        if trig.pos == "v" and i > 0 and toks[i - 1].lower in {"and", "then", "but"} and evs:
            first = evs[-1]
            if infl in {"past", "3sg"}:
                # "welcomed the deal, urged both groups to disarm and promised aid": a finite
                # verb joins the finite verb before it, not an infinitive or a noun that verb
                # governs ("… to stop the raids and release …" keeps the infinitive's subject)
                k = len(evs) - 1
                while k > 0 and (evs[k].pos != "v" or toks[max(0, _before_aux(toks, evs[k].tok_i, _REL_SKIP))].lower in _NOT_MAIN_VERB):
                    k -= 1
                first = evs[k]
                reporter = _reporter_joined(toks, first.tok_i, i, infl, mentions) if first.pos == "v" else None
                if reporter is not None:
                    # "X said the military had bombed villages and accused Bangkok": a verbal
                    # act after "and" in the reporting verb's tense is the reporter's own
                    first = Ev(0, 0, s, 0, 0, "", None, "", 0.0, actors=[reporter.key], pos="v")
            if first.actors and first.pos == "v":
                ev.actors = list(first.actors)
                ev.recipients = [r for r in ev.recipients if r not in ev.actors]
        elif trig.pos == "v" and infl == "ing" and i > 1 and toks[i - 1].lower == "," and evs:
            # "X banned the channel for 30 days, accusing it of …": a participle adjunct after
            # the main clause has that clause's subject, not the object next to it
            k = len(evs) - 1
            while k >= 0 and (evs[k].pos != "v" or toks[max(0, _before_aux(toks, evs[k].tok_i, _REL_SKIP))].lower in _NOT_MAIN_VERB):
                k -= 1
            # (not across a reporting verb, "X said on Thursday, accusing …", whose subject the
            # speech layer reads, nor across a relative clause, "students who had blocked …")
            if k >= 0 and evs[k].actors and not any(toks[j].lower in _PARTICIPLE_BARRIER for j in range(evs[k].tok_end, i)):
                ev.actors = list(evs[k].actors)
                ev.recipients = [r for r in ev.recipients if r not in ev.actors]
        evs.append(ev)
    _undo_acts(evs, toks, s, mentions, lex)
    for ev in evs:
        if ev.type == "ACCUSE" and ev.lemma == "charge" and toks[ev.tok_i].lower == "charges":
            # "filed formal charges", "new charges were filed": the filing is the act (PLOVER
            # "file civil or criminal lawsuit"), so the trigger spans the verb too
            k = ev.tok_i - 1 if ev.tok_i > 0 and toks[ev.tok_i - 1].text.isalpha() and toks[ev.tok_i - 1].text.islower() and toks[ev.tok_i - 1].lower not in _FILE_FORMS else ev.tok_i
            if k > 0 and toks[k - 1].lower in _FILE_FORMS:
                ev.tok_i, ev.start, ev.pos = k - 1, toks[k - 1].start, "v"
            elif ev.tok_end + 1 < len(toks) and toks[ev.tok_end].lower in _BE and toks[ev.tok_end + 1].lower in _FILE_FORMS:
                ev.tok_end, ev.end = ev.tok_end + 2, toks[ev.tok_end + 1].end  # "charges were filed"
    lows = _facts(toks)[0]
    if any(ev.lemma in _LEAVE_LEMMAS for ev in evs) or not _SPECIAL_FORMS.isdisjoint(lows):
        _ceasefires_and_withdrawals(evs, toks, s, mentions, lex)
        _extensions(evs, toks, s, mentions, lex, text)
    evs = _drop_object_nouns(_hold_what(evs, toks), toks)
    evs.extend(_intents(evs, toks, s, lex))
    # one set test for the sentence, then one look-up per token only when a frame word is there
    hits = [j for j, w in enumerate(lows) if w in _FRAME_WORDS] if not _FRAME_WORDS.isdisjoint(lows) else []
    if hits:
        for frame in (_openness, _readiness, _court_referrals, _court_hearings, _payments, _departures, _announced_opposition):
            evs.extend(frame(evs, toks, s, mentions, lex, hits))
    evs.sort(key=lambda x: x.start)
    _demand_modes(evs, toks)
    _time(evs, toks, text, published)
    _location(evs, locations)
    return evs


# guidelines 2.2 q15, CONSULT modes: a third party hosts, brokers or mediates the meeting
# ("talks hosted by Qatar", "offered to host the next round", "the side which brokered the
# meeting", "Swiss mediators said"); a meeting of a body's ministers or leaders is multilateral
# ("a defence ministers' meeting", "a meeting of foreign ministers", "their annual meeting")
_BROKER_FORMS = frozenset([*verb_forms("broker", {}), *verb_forms("mediate", {})])
_HOST_FORMS = frozenset(verb_forms("host", {})) | _BROKER_FORMS
_MEETING_HEADS = frozenset({"talks", "talk", "meeting", "meetings", "round", "rounds", "negotiations", "session", "sessions", "summit", "conference", "dialogue", "consultations"})
_HOSTED_GUESTS = _MEETING_HEADS | {"both", "two", "delegations", "leaders", "sides", "parties"}
_MEMBERS = frozenset({"ministers", "leaders", "members", "heads", "states", "governments"})
_MEDIATORS = frozenset({"mediator", "mediators", "mediation", "facilitator", "facilitators"})


def lows_i_head(toks: list[Token], e: int) -> bool:
    """The trigger ending before token e is a meeting noun ("the talks", "this meeting")."""
    return toks[e - 1].lower in _MEETING_HEADS


def _consult_mode(toks: list[Token], i: int, e: int) -> str | None:
    """The mode of a CONSULT event with none from the lexicon: `third-party` when the meeting is
    hosted, brokered or mediated by someone (the host verb itself, when what it hosts is a
    meeting or both sides), `multilateral` for a meeting of several states' ministers or
    leaders; else None."""
    n = len(toks)
    lows = _facts(toks)[0]
    if lows[i] in _HOST_FORMS:
        if any(w in _HOSTED_GUESTS for w in lows[e : e + 4]):
            return "third-party"  # "hosted the two delegations", "will host talks"
        return None
    head = lows[e - 1] in _MEETING_HEADS  # "talks", "meeting", "the next round" (not "met")
    if head:
        # the noun is what a host verb governs: "host the next round", "which brokered the meeting"
        k = i - 1
        while k >= 0 and k >= i - 4 and toks[k].text.isalpha() and toks[k].text.islower() and lows[k] not in _HOST_FORMS and lows[k] not in {"and", "or", "but", "after", "before", "at", "of", "in"}:
            k -= 1
        if k >= 0 and k >= i - 4 and lows[k] in _HOST_FORMS:
            return "third-party"
    j = e + 1 if e < n and lows[e] == "," else e
    if j + 1 < n and lows[j] in _HOST_FORMS and lows[j + 1] == "by":
        return "third-party"  # "talks hosted by Qatar", "the meetings, hosted by …"
    if not _MEDIATORS.isdisjoint(lows) or not _BROKER_FORMS.isdisjoint(lows):
        return "third-party"  # "Swiss mediators said", "met at talks brokered by the bloc"
    if not head:
        return None
    if i > 1 and lows[i - 1] == "'" and lows[i - 2] in _MEMBERS or i > 0 and lows[i - 1] == "annual":
        return "multilateral"  # "a defence ministers' meeting", "their annual meeting"
    if e + 1 < n and lows[e] == "of" and any(w in _MEMBERS for w in lows[e + 1 : e + 5]):
        return "multilateral"  # "a meeting of defence ministers"
    return None


# What is stopped, cut, dropped or reversed decides the act (PLOVER: ending a hostile act or
# a penalty is a material RETREAT, "observing a ceasefire or otherwise ending active
# conflicts"; cutting aid, trade or talks is a SANCTION, "reduce or terminate … aid",
# "terminate discussions"; giving up a demand or objection is a verbal CONCEDE).
_IRREGULAR = {"cut": ["cut", "cut"], "withdraw": ["withdrew", "withdrawn"], "uphold": ["upheld", "upheld"], "abide": ["abided", "abided"]}
_UNDO_LEMMAS = ("stop", "halt", "suspend", "cease", "end", "drop", "scrap", "reverse", "abandon", "cut", "reduce", "lower", "slash", "curtail", "restore", "lift", "withdraw", "resume", "shelve", "postpone", "delay")
# Putting off a policy ("postponed the reform", "shelves the memorandum", "delaying the vote") is
# a promise that it will not happen yet: a verbal concession (PLOVER CONCEDE, "many policy
# changes"); these verbs are acts only with such an object (a delayed payment is no concession)
_DEFER = {"shelve", "postpone", "delay"}
# pay and entitlements an employer or a government gives back: restoring them concedes a demand
_BENEFITS = frozenset({"allowance", "allowances", "wage", "wages", "salaries", "salary", "pensions", "pension", "benefits", "bonus", "bonuses", "provisions", "scale"})
_POLICY = frozenset({"plan", "plans", "reform", "reforms", "vote", "measure", "measures", "bill", "law", "legislation", "memorandum", "decision", "decree", "project"})
# guidelines 2.2, settled "restoring": restoring (or resuming) what was cut keeps the category
# of the restored act: aid and funding are AID, relations SUPPORT, trade and exchange COOPERATE
_RESTORED = {
    **dict.fromkeys(("aid", "funding", "funds", "assistance", "subsidies", "loans"), "AID"),
    **dict.fromkeys(("relations", "ties", "contacts"), "SUPPORT"),
    **dict.fromkeys(("cooperation", "trade", "imports", "exports", "shipments", "cargo", "flights", "investment", "deliveries", "supplies"), "COOPERATE"),
}
_UNDO_FORMS: dict[str, str] = {
    form: lemma for lemma in _UNDO_LEMMAS for form in verb_forms(lemma, _IRREGULAR)
}
# hostile acts and penalties: ending them is a retreat
_UNDO_HOSTILE = {
    "attack", "attacks", "strikes", "airstrikes", "shelling", "bombing", "bombardment", "fighting", "offensive", "hostilities", "raids", "broadcasts", "balloons",
    "tax", "taxes", "levy", "cuts", "rise", "increase", "hike", "hikes", "tariff", "tariffs", "duties", "restrictions", "ban", "bans", "sanctions", "embargo",
    "blockade", "curfew", "charges", "prosecution", "deportations", "expulsions", "arrests", "harassment", "checkpoints", "siege", "occupation", "closure",
    "troops", "fighters", "forces", "deployment", "decree", "crackdown", "state", "access", "duty", "fee", "fees", "levies", "penalty", "penalties", "fines",
    "cut", "sale", "appointment",
}
# cooperation and material exchange: cutting it is a penalty (restoring it a retreat)
_UNDO_COOPERATIVE = {
    "aid", "funding", "funds", "deliveries", "supplies", "assistance", "payments", "salaries", "cooperation", "trade", "imports", "exports", "shipments", "cargo",
    "flights", "relations", "ties", "contacts", "membership", "investment", "loans", "talks", "dialogue", "negotiations", "subsidies", "services", "electricity", "power",
    "contracts",
}
# verbal positions: giving them up is a verbal concession
# (a plan, a decision, a threat or a complaint is a position too: "drop the plan", "reversed its
# decision", "withdraw their complaint", "withdrew its deadline")
_UNDO_VERBAL = {"demand", "demands", "objection", "objections", "veto", "opposition", "precondition", "preconditions", "claim", "claims", "condition", "conditions",
                "plan", "plans", "decision", "memorandum", "threat", "threats", "complaint", "complaints", "deadline", "ultimatum"}
_MEETING_NOUNS = {"talks", "dialogue", "negotiations"}
_UNDO_STOP_ING = {"stop", "cease", "halt", "end"}  # "stopped harassing", "stops sending"
_UNDO_SKIP = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "any", "some", "further", "'s", "’s", "of", "percent", "per", "cent"}
_UNDO_INTRANSITIVE_NEXT = {"and", "or", "but", "if", "unless", "until", "when", "after", "before", "as", "because", "in", "on", "at", "by", "for", "from", "with", "first", "again", "now", "today", "immediately", "altogether"}
_AUX_BEFORE = {"would", "will", "could", "can", "may", "might", "must", "should", "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "also", "then", "soon"}
_AUX_OR_ADVERB = _AUX_BEFORE | {"still", "never", "only"}


def _before_aux(toks: list[Token], i: int, skip: set[str] = _AUX_BEFORE) -> int:
    """The index of the word before token i over the auxiliaries (and adverbs) in skip: the
    subject of "the truce was extended", "deliveries would stop"; -1 at the sentence start."""
    k = i - 1
    while k >= 0 and toks[k].lower in skip:
        k -= 1
    return k


# Observing a ceasefire is a material retreat (PLOVER RETREAT: "observing a ceasefire");
# abiding by a decision or result is yielding to it (CONCEDE, as accepting an outcome).
_OBSERVE_LEMMAS = ("respect", "observe", "honour", "honor", "uphold", "abide")
_OBSERVE_FORMS = {f for v in _OBSERVE_LEMMAS for f in verb_forms(v, _IRREGULAR)}
_TRUCES = {"ceasefire", "ceasefires", "truce", "truces", "armistice"}
_OUTCOMES = {"decision", "ruling", "verdict", "result", "results", "outcome", "judgment", "judgement"}
_PULL_FORMS = {"pull", "pulls", "pulled", "pulling"}
# leaving a government or a treaty is a cut of relations (PLOVER SANCTION/withdraw), walking
# out of talks a rejection of them
_LEAVE_BODIES = {"cabinet", "coalition", "government", "alliance", "treaty", "pact", "accord", "organisation", "organization", "federation", "bloc", "agreement"}
_LEAVE_TALKS = {"talks", "negotiations", "round", "dialogue", "consultations"}  # not a council session: a walkout there is a protest
_FORCE_NOUNS = {"troops", "soldiers", "forces", "monitors", "fighters", "peacekeepers", "units", "police", "observers"}


def _ceasefires_and_withdrawals(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon) -> None:
    """"respected the 2021 ceasefire understanding" (RETREAT, unless the truce noun is an event
    itself: "observe the truce"), "would respect
    the council's decision" (CONCEDE), "if Moscow pulls them out" / "pulls its troops back"
    (RETREAT/withdraw, particle after the object), "withdraw its ministers from the cabinet"
    (SANCTION/withdraw), "walked out of an earlier round" (REJECT)."""
    n = len(toks)
    at = {e.tok_i: e for e in evs}
    added: list[Ev] = []
    for i, t in enumerate(toks):
        w = t.lower
        if w in _OBSERVE_FORMS and t.text.islower() and i not in at:
            for k in range(i + 1, min(n, i + 6)):
                x = toks[k].lower
                if x in _TRUCES or x in _OUTCOMES:
                    typ = "RETREAT" if x in _TRUCES else "CONCEDE"
                    if x in _TRUCES and k in at:
                        break  # "observe the truce": the truce noun already names the act
                    infl = _INFLECTION[w]
                    new = Ev(t.start, t.end, s, i, i + 1, typ, "ceasefire" if typ == "RETREAT" else None, event_status(toks, i, i + 1, "v", infl, lex), 0.5, lemma=w, pos="v")
                    _arguments(new, toks, i, i + 1, infl, mentions)
                    added.append(new)
                    break
                if not (toks[k].text.replace("-", "").isalnum() and (toks[k].text.islower() or toks[k].text[:1].isdigit())) and toks[k].lower not in {"'s", "’s"} and not toks[k].text[:1].isupper() or x in _OBJ_STOP:
                    break
        elif w in _PULL_FORMS and t.text.islower() and i not in at:
            for k in range(i + 1, min(n, i + 5)):
                x = toks[k].lower
                if x in {"out", "back"} and k > i + 1:
                    if not any(toks[j].lower in {"them", "it", "all"} or toks[j].lower in _FORCE_NOUNS for j in range(i + 1, k)):
                        break  # "pulled the plug out": we know only forces and pronouns
                    infl = _INFLECTION[w]
                    new = Ev(t.start, t.end, s, i, i + 1, "RETREAT", "withdraw", event_status(toks, i, i + 1, "v", infl, lex), 0.5, lemma="pull out", pos="v")
                    _arguments(new, toks, i, i + 1, infl, mentions)
                    added.append(new)
                    break
                if not (toks[k].text.isalpha() and toks[k].text.islower()) or x in _OBJ_STOP:
                    break
    for ev in evs:
        if ev.lemma in {"withdraw", "pull out", "walk out", "quit"} and ev.pos == "v":
            words = [x.lower for x in toks[ev.tok_end : ev.tok_end + 6]]
            if any(x in _FORCE_NOUNS for x in words):
                continue
            if any(x in _LEAVE_BODIES for x in words) and any(x in {"from", "of"} for x in words) or ev.lemma == "quit" and any(x in _LEAVE_BODIES for x in words):
                ev.type, ev.mode = "SANCTION", "withdraw"
            elif ev.lemma == "walk out" and any(x in _LEAVE_TALKS for x in words) and words[:1] == ["of"]:
                ev.type, ev.mode = "REJECT", None
    _replace(evs, set(), added)


_EXTEND_FORMS = {f for v in ("extend", "prolong") for f in verb_forms(v, _IRREGULAR)}


def _extensions(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, text: str) -> None:
    """Extending an act is that act going on: "extend a nationwide truce" (RETREAT), "extended
    an arms embargo" (SANCTION), "would extend the strike" (PROTEST), "if Helsinki extended
    the closure" (COERCE). The verb takes the type of the event noun it extends, which is no
    second event; a later "the extension" in the article is a mention of the same act."""
    n = len(toks)
    at = {e.tok_i: e for e in evs if e.pos == "n"}
    added: list[Ev] = []
    drop: set[int] = set()
    memo = _doc_memo(text)
    for i, t in enumerate(toks):
        w = t.lower
        if w in _EXTEND_FORMS and t.text.islower() and not any(e.tok_i <= i < e.tok_end for e in evs):
            obj: Ev | None = None
            for k in range(i + 1, min(n, i + 6)):
                if k in at:
                    obj = at[k]
                    break
                x = toks[k]
                if not (x.text.replace("-", "").isalnum() and (x.text.islower() or x.text[:1].isdigit())) and x.lower not in {"'s", "’s"} or x.lower in _OBJ_STOP:
                    break
            if obj is None:
                k = _before_aux(toks, i)
                if k < i - 1 and k in at:
                    obj = at[k]  # "the truce was extended"
            if obj is None or obj.type == "OTHER":
                continue
            drop.add(obj.tok_i)
            infl = _INFLECTION[w]
            new = Ev(t.start, t.end, s, i, i + 1, obj.type, obj.mode, event_status(toks, i, i + 1, "v", infl, lex), 0.5, lemma="extend", pos="v")
            _arguments(new, toks, i, i + 1, infl, mentions)
            added.append(new)
            memo["extend"] = obj.type
        elif w in _PASS_FORMS and t.text.islower() and not any(e.tok_i <= i < e.tok_end for e in evs):
            # "parliament passed a law", "the bill passed 131 to 112": a legislature adopting a
            # text is its approval (SUPPORT, as approve; guidelines 2.2 q14)
            after = next((x.lower for x in toks[i + 1 : i + 5] if not (x.text.isalpha() and x.text.islower() and x.lower not in _LEGISLATION and x.lower not in _OBJ_STOP)), None)
            k = _before_aux(toks, i)
            before = toks[k].lower if k >= 0 else None
            if any(x.lower in {"let", "lets", "letting", "allow", "allowed", "allows"} for x in toks[max(0, k - 3) : k]):
                continue  # "would let the budget pass": the permission is the act
            if _vote_count(toks, i + 1) or after in _LEGISLATION or before in _LEGISLATION and (i + 1 >= n or toks[i + 1].lower not in {"away", "through", "by"} or toks[i + 2 : i + 3] and toks[i + 2].text[:1].isdigit()):
                infl = _INFLECTION[w]
                new = Ev(t.start, t.end, s, i, i + 1, "SUPPORT", None, event_status(toks, i, i + 1, "v", infl, lex), 0.5, lemma="pass", pos="v")
                _arguments(new, toks, i, i + 1, infl, mentions)
                added.append(new)
        elif w in {"extension", "prolongation"} and memo.get("extend") and i > 0 and toks[i - 1].lower in _PURE_DET and not (i + 1 < n and toks[i + 1].lower == "of"):
            new = Ev(t.start, t.end, s, i, i + 1, memo["extend"], None, event_status(toks, i, i + 1, "n", "base", lex), 0.4, lemma="extension", pos="n", back_reference=True)
            _arguments(new, toks, i, i + 1, "base", mentions)
            added.append(new)
    _replace(evs, drop, added)


def _vote_count(toks: list[Token], k: int) -> bool:
    """A vote tally right after the verb ("passed by 238 votes to 205", "passed with 13 votes in
    favour", "passed 52 to 41", "passed unanimously"): only a vote is counted so, so the verb is a
    body adopting a text, whatever its subject is (a relative "which" too)."""
    if k < len(toks) and toks[k].lower == "unanimously":
        return True
    if k < len(toks) and toks[k].lower in {"by", "with"}:
        k += 1
    if k + 1 >= len(toks) or not (toks[k].text[:1].isdigit() or toks[k].lower in _NUMBER_WORDS):
        return False
    return toks[k + 1].lower in {"votes", "to", "-", "–"}


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"}
_LEAVE_LEMMAS = {"withdraw", "pull out", "walk out", "quit"}
_PASS_FORMS = {"pass", "passes", "passed"}
_LEGISLATION = {"bill", "bills", "law", "laws", "budget", "resolution", "accord", "motion", "legislation", "amendment", "amendments", "treaty", "reform", "decree", "constitution"}
_SPECIAL_FORMS = frozenset(_OBSERVE_FORMS | _PULL_FORMS | _EXTEND_FORMS | _PASS_FORMS | {"extension", "prolongation"})  # one look-up per token
# The inflection of each form of the verbs the passes above add events for, as verb_forms
# gives it (a participle counts as past); a bare "cut" is read as past only after "be".
_INFLECTION = {
    form: "past" if kind == "pp" else kind
    for lemma in (*_UNDO_LEMMAS, *_OBSERVE_LEMMAS, "pull", "extend", "prolong", "pass")
    for form, kind in verb_forms(lemma, _IRREGULAR).items()
}
_INFLECTION["cut"] = "base"


def _undo_object(toks: list[Token], i: int, extra: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """The first object noun of a stop/cut verb at token i that says what is ended, within
    five words of determiners and modifiers ("reversed a 40 percent rise", "halted air
    strikes"), or its subject when the verb has none ("deliveries would stop", "the strike
    notice was suspended")."""
    for k in range(i + 1, min(len(toks), i + 7)):
        t = toks[k]
        w = t.lower
        if w in _UNDO_HOSTILE or w in _UNDO_COOPERATIVE or w in _UNDO_VERBAL or w in extra:
            return k, w
        if w in _UNDO_SKIP or t.text[:1].isdigit() or t.text[:1] in {"$", "€", "£"} or t.text.replace("-", "").isalpha() and w not in {"and", "or", "but", "to", "that", "if", "unless", "in", "on", "for", "with", "from", "by", "as", "at", "who", "which"}:
            continue
        break
    if i + 1 < len(toks) and toks[i + 1].text.replace("-", "").isalpha() and toks[i + 1].lower not in _UNDO_INTRANSITIVE_NEXT and toks[i + 1].text.islower() and not toks[i + 1].lower.endswith("ly"):
        return None  # an object we do not know: no subject reading
    k = _before_aux(toks, i)
    if k >= 0:
        w = toks[k].lower
        if w in _UNDO_HOSTILE or w in _UNDO_COOPERATIVE or w in _UNDO_VERBAL and k < i - 1 or w in extra:
            return k, w  # "deliveries would stop"; "the claim is withdrawn" (a passive: an auxiliary between)
    return None


def _undo_acts(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon) -> None:
    """Type (or add) the events of verbs that stop, cut, drop or reverse something by what
    they end: "unless the ministry reversed the cuts" (RETREAT), "if donors cut funding"
    (SANCTION), "halted air strikes" (RETREAT, not a halt of relations), "dropped a demand"
    (CONCEDE), "stops sending balloons" (RETREAT). A verb whose object we cannot place keeps
    its lexicon type or stays no event."""
    lows = _facts(toks)[0]
    if _UNDO_FORMS.keys().isdisjoint(lows):
        return  # no stop/cut verb form in the sentence (most sentences): one set test
    at = {e.tok_i: e for e in evs}
    added: list[Ev] = []
    drop: set[int] = set()
    for i in [k for k, w in enumerate(lows) if w in _UNDO_FORMS]:
        t = toks[i]
        lemma = _UNDO_FORMS[t.lower]
        if not t.text.islower():
            continue
        if i > 0 and toks[i - 1].lower in _NOT_AFTER_DET:
            continue  # "the cuts", "an end": a noun
        ev = at.get(i)
        if ev is None and any(e.tok_i < i < e.tok_end for e in evs):
            continue  # inside a longer trigger ("cut ties", "pull back")
        if ev is not None and ev.tok_end - ev.tok_i > 1:
            continue  # "cut ties", "cut aid": the phrase already says it
        typ: str | None = None
        found = _undo_object(toks, i, _POLICY if lemma in _DEFER else _BENEFITS if lemma == "restore" else frozenset())
        obj_i, obj = found if found is not None else (-1, None)
        if lemma in _DEFER and obj not in _UNDO_VERBAL and obj not in _POLICY:
            continue
        if obj is None and lemma in _UNDO_STOP_ING and i + 1 < len(toks) and toks[i + 1].lower.endswith("ing") and toks[i + 1].text.islower():
            nxt = at.get(i + 1)
            typ = "SANCTION" if nxt is not None and nxt.type in {"AID", "COOPERATE", "CONSULT"} else "RETREAT"
        elif obj is None:
            continue
        elif obj in _UNDO_VERBAL or obj in _POLICY:
            typ = "CONCEDE" if lemma not in {"restore"} else None
        elif obj in _BENEFITS:
            typ = "CONCEDE"  # "restored the wage scale", "restores housing allowances": a concession on pay, not aid
        elif lemma == "resume":
            typ = _RESTORED.get(obj)  # "resumed aid", "trade will resume"; resumed talks are the talks
        elif obj in _UNDO_COOPERATIVE:
            typ = _RESTORED.get(obj, "RETREAT") if lemma in {"restore"} else "SANCTION" if lemma not in {"lift", "withdraw"} else None
        else:
            typ = "RETREAT" if lemma not in {"restore"} else None
        if typ is None:
            continue
        if obj in _UNDO_COOPERATIVE and obj not in _MEETING_NOUNS and obj_i in at and at[obj_i].pos == "n":
            # "if donors cut funding", "deliveries would stop": the cut is the act, the aid
            # only what it is about (talks stay events of their own: "suspend the dialogue")
            drop.add(obj_i)
        # cutting aid, trade or talks is PLOVER SANCTION/discontinue ("reduce or terminate aid",
        # "stop … material exchange", "terminate discussions")
        mode = "discontinue" if typ == "SANCTION" else None
        if ev is not None:
            if ev.type != typ:
                ev.type, ev.mode = typ, mode
            elif ev.mode is None:
                ev.mode = mode
            continue
        infl = "past" if t.lower == "cut" and i > 0 and toks[i - 1].lower in _BE else _INFLECTION[t.lower]
        new = Ev(t.start, t.end, s, i, i + 1, typ, mode, event_status(toks, i, i + 1, "v", infl, lex), 0.5, lemma=lemma, pos="v")
        _arguments(new, toks, i, i + 1, infl, mentions)
        added.append(new)
    _replace(evs, drop, added)


def _replace(evs: list[Ev], drop: set[int], added: list[Ev]) -> None:
    """Drop the events on the given token indices and add the new ones, keeping start order."""
    if drop:
        evs[:] = [e for e in evs if e.tok_i not in drop]
    if added:
        evs.extend(added)
        evs.sort(key=lambda x: x.start)


# transitive participles (the trigger lexicon's acts done to people or to an agreement) that,
# with no object after them, modify the noun before: "prisoners held in X", "a deal signed in Y"
_PATIENT_PARTICIPLES = frozenset({
    "captured", "detained", "arrested", "held", "kidnapped", "abducted", "seized", "taken", "killed", "wounded", "injured", "jailed", "imprisoned", "sentenced",
    "convicted", "deported", "expelled", "evacuated", "freed", "released", "exchanged", "deployed", "stationed", "trapped", "targeted", "attacked", "banned",
    "sanctioned", "tortured", "executed", "elected", "appointed", "nominated", "accused", "charged", "recruited", "displaced", "rescued", "extradited", "summoned",
})
_ACT_PARTICIPLES = frozenset({"agreed", "signed", "reached", "brokered", "approved", "adopted", "imposed", "announced", "proposed", "offered", "negotiated", "mediated", "concluded", "struck", "passed", "declared", "issued", "ordered"})
_ACT_NOUNS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "truce", "ceasefire", "settlement", "plan", "plans", "sanctions", "tariff", "tariffs", "ban", "measures", "measure", "law", "bill", "decree", "resolution", "order", "package", "memorandum", "treaty", "roadmap", "framework"})
_PARTICIPLE_NEXT = frozenset({"during", "in", "at", "on", "for", "since", "after", "before", "last", "earlier", "this", "without", "over", "near", "inside", "across", "under", "while",
                              "when", "until", "between", "from", "yesterday", "today", "overnight", ",", ".", ";", ":", "—", "–", ")"})
_PARTICIPLE_ADVERBS = frozenset({"still", "reportedly", "allegedly", "recently", "previously", "illegally", "unlawfully", "arbitrarily", "already", "later", "initially", "originally", "jointly"})
_REL_OBJECT = frozenset({"that", "whom", "which", "who"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "overnight", "week", "month", "year", "weekend", "morning", "night"})
_REDUCED_PARTICIPLES = _PATIENT_PARTICIPLES | _ACT_PARTICIPLES
_PARTICIPLE_BARRIER = frozenset({"who", "which", "that", "whose", "said", "says", "told", "added", "announced", "stated", "according", ";", ":"})
_HANDOVERS = frozenset({"hand over", "hand back", "handover", "extradite", "extradition", "repatriate", "repatriation", "transfer", "transfers", "transferred", "handed", "hands", "hand"})
_BE_NOT_POSSESSIVE = frozenset(_BE - {"'s", "’s"})
# role nouns a name in apposition can follow: "her Turkish counterpart, Kemal Aydin"
_APPOSED_ROLES = frozenset({"counterpart", "counterparts", "minister", "president", "envoy", "premier", "spokesman", "spokeswoman", "ambassador", "chancellor", "secretary", "governor", "mayor", "chairman", "chairwoman"})
_ROLE_PREPS = frozenset({"with", "to", "and"})
_ROLE_DETS = frozenset({"his", "her", "their", "its", "the"})
_ROLE_MODIFIERS = frozenset({"foreign", "prime", "deputy", "defence", "defense", "interior", "finance", "trade", "economy", "new", "vice", "state", "chief", "senior", "former"})


def _role_phrase(toks: list[Token], e: int, r: int) -> bool:
    """Tokens e..r are "[with|to] his/her/the [Gambian] [foreign] counterpart": the object of
    the trigger is a role noun phrase only (no other word or clause between)."""
    k = e
    if k < r and toks[k].lower in _ROLE_PREPS:
        k += 1
    if not (k < r and toks[k].lower in _ROLE_DETS):
        return False
    return all(toks[j].lower in _ROLE_MODIFIERS or toks[j].text[:1].isupper() and toks[j].text.isalpha() for j in range(k + 1, r))


_SAY_AFTER_NAME = frozenset({"said", "says", "told", "added", "wrote", "stated", "argued", "insisted", "noted"})
_ARG_CLAUSE_END = frozenset({",", ";", ":", "said", "says", "told", "but", "while", "—", "–", "if", "unless", "because", "after", "before", "when", "as", "although"})


def _arguments(ev: Ev, toks: list[Token], i: int, e: int, infl: str, mentions: list[Mention]) -> None:
    start, end = toks[i].start, toks[e - 1].end
    before = [m for m in mentions if m.end <= start]
    after = all_after = [m for m in mentions if m.start >= end]
    lows, tok_starts = _facts(toks)
    # (a possessive "'s" is no "is": "Ghana's Supreme Court approved" is active)
    passive = infl == "past" and not _BE_NOT_POSSESSIVE.isdisjoint(lows[max(0, i - 3) : i])
    # the clause end: next comma / reporting verb, at most 12 tokens
    limit_tok = min(len(toks), e + 12)
    for k in range(e, limit_tok):
        if lows[k] in _ARG_CLAUSE_END:
            limit_tok = k
            break
    limit = toks[limit_tok - 1].end if limit_tok > e else end
    after = [m for m in after if m.start < limit]
    if e < limit_tok + 1 < len(toks) and lows[limit_tok] == "," and lows[limit_tok - 1] in _APPOSED_ROLES and _role_phrase(toks, e, limit_tok - 1):
        # "talks with her Gambian counterpart, Lamin Jobe": the name after the comma is who
        # the role noun is (an apposition), not a new clause; it stands for the noun phrase
        named = next((m for m in all_after if m.start == toks[limit_tok + 1].start), None) if toks[limit_tok + 1].text[:1].isupper() and lows[limit_tok + 1] not in _NOT_AFTER_DET else None
        k = bisect_left(tok_starts, named.end) if named is not None else 0
        if named is not None and not (k < len(toks) and lows[k] in _SAY_AFTER_NAME):
            after = [m for m in after if m.end != limit] + [named]
    subj: Mention | None = None
    rel = _relative_or_inserted(toks, i, before)
    if rel is not None:
        # "the teachers who had marched": the antecedent; "Quispe, who lost to Vaca, accused":
        # the subject before the inserted clause or apposition
        before = rel
    if before:
        # nearest mention before the trigger that is not itself the object of a preposition
        for m in reversed(before):
            j = bisect_left(tok_starts, m.start)  # (_tok_index, inline: this runs per mention and trigger)
            # "a senior figure in the League": the preposition governs the mention across its
            # determiner
            while j > 0 and lows[j - 1] in _DETERMINERS:
                j -= 1
            p = lows[j - 1] if j > 0 else ""
            if p in {"with", "to", "against", "from", "of", "for", "by", "in", "at", "on"} and m is not before[0]:
                continue
            subj = m
            break
    obj: Mention | None = None
    by_agent: Mention | None = None
    if ev.pos == "n" and e < len(toks) and toks[e].lower == "between" and ev.mode != "third-party":
        # "a meeting between Trump and Putin", "fighting between the two forces": symmetric
        # participation, every side named is an actor and none a recipient (guidelines 2.4)
        sides = _joined_after(toks, e + 1, all_after)
        if sides:
            for m in sides:
                if m.key not in ev.actors:
                    ev.actors.append(m.key)
            return
    if not passive and infl == "past" and ev.pos == "v" and (k := _reduced_passive_by(toks, e, limit_tok)) is not None:
        # "Deal signed in Yaren on Wednesday by A and B", "the deal, signed by the two
        # ministers": a participle with a by-agent and no auxiliary is a passive (guidelines 2.4:
        # the agent acts); the noun it modifies is the recipient only when it stands right before
        agents = _joined_after(toks, k + 1, all_after)
        if agents:
            ev.actors.extend(m.key for m in agents if m.key not in ev.actors)
            j = i - 1
            while j >= 0 and lows[j] in _REL_SKIP:
                j -= 1
            if j >= 0 and subj is not None and subj.end == toks[j].end and subj.key not in ev.actors:
                ev.recipients.append(subj.key)
            return
    if not passive and infl == "past" and ev.pos == "v" and e == i + 1 < len(toks) and toks[e].lower in _PARTICIPLE_NEXT and toks[i].lower in _REDUCED_PARTICIPLES:
        # "soldiers captured during clashes", "detainees still held at the camp", "a truce
        # agreed in Jeddah": a transitive participle with no object and no by-agent modifies
        # the noun before it, which is what is acted on, not who acts (guidelines 2.4)
        j = i - 1
        while j >= 0 and lows[j] in _PARTICIPLE_ADVERBS:
            j -= 1
        # "Hamas released on Monday the remains of …": a finite verb whose object follows a
        # time adjunct is no participle
        delayed = any(lows[k] in _TIME_WORDS and k + 1 < len(toks) and (lows[k + 1] in _DETERMINERS or toks[k + 1].text[:1].isdigit()) for k in range(e, min(len(toks) - 1, e + 4)))
        if j >= 0 and not delayed:
            head = next((m for m in reversed(before) if m.end == toks[j].end), None)
            if head is not None and not head.pronoun and toks[i].lower in _PATIENT_PARTICIPLES:
                a = _tok_index(toks, head.start)
                if a == 0 or lows[a - 1] not in _REL_OBJECT:
                    ev.recipients.append(head.key)
                    return
            elif head is None and lows[j] in _ACT_NOUNS and toks[i].lower in _ACT_PARTICIPLES:
                return
    for m in after:
        j = bisect_left(tok_starts, m.start)
        p = lows[j - 1] if j > 0 else ""
        if passive and p == "by":
            by_agent = m
            continue
        if p == "of" and j - 2 >= 0 and toks[j - 2].lower in {"leader", "leaders", "president", "head", "members"}:
            continue
        obj = m
        break
    if ev.pos == "v" and i > 0 and toks[i - 1].lower == "to":
        # "called on the president to veto", "urged foreign embassies to send": the one asked
        # acts the infinitive (object control), not the one who asks; an object that is no
        # actor mention leaves the actor empty
        d = _directive_before(toks, i - 1)
        if d is not None:
            asked = [m for m in before if m.start >= toks[d].end]
            subj = asked[0] if asked else None
            if subj is not None:
                ev.actors.append(subj.key)
                for m in asked[1:]:
                    if text_between_is_and(toks, subj.end, m.start) and m.key not in ev.actors:
                        ev.actors.append(m.key)
            if obj and obj.key not in ev.actors:
                ev.recipients.append(obj.key)
            return
    if ev.pos == "n":
        # a noun event's actor: "a request by X" / "a promise from X"; else the subject only when
        # the noun is its own act ("Russia's attack", "X launched an offensive"), not when the
        # noun is what another verb is about ("X welcomed the proposal", "X condemned the strike")
        agent = _noun_agent(toks, e, after, ev.type)
        if agent is not None:
            ev.actors.append(agent.key)
            if obj is agent:
                obj = None
            return
        mod = next((m for m in reversed(before) if m.end == toks[i - 1].end), None) if i > 0 else None
        if mod is not None and mod.kind in _MODIFIER_AGENT_KINDS and not mod.pronoun:
            # "relies on IMF loans", "NATO exercises": an organisation named right before the
            # noun is who does it (a country there may be the target, "Russia sanctions", and
            # is left to the rules below)
            ev.actors.append(mod.key)
            if obj is not None and obj.key != mod.key:
                ev.recipients.append(obj.key)
            return
        if subj is not None and _undergoes(toks, _tok_index(toks, subj.end), i):
            # "Cordero faces money-laundering charges", "the town suffered an attack": the
            # subject undergoes the act (guidelines 2.4: the one it is done to)
            if subj.key not in ev.actors:
                ev.recipients.append(subj.key)
            return
        if subj is not None and not _own_noun_act(toks, _tok_index(toks, subj.end), i):
            subj = None
    if passive:
        if by_agent:
            # "was signed by A and B": every coordinated agent acts
            for m in _joined_after(toks, _tok_index(toks, by_agent.start), all_after) or [by_agent]:
                if m.key not in ev.actors:
                    ev.actors.append(m.key)
        if subj:
            ev.recipients.append(subj.key)
        return
    if subj:
        ev.actors.append(subj.key)
        # "X and Y met": coordinated subjects
        for m in reversed(before):
            if m.end <= subj.start and text_between_is_and(toks, m.end, subj.start) and m.key not in ev.actors:
                ev.actors.insert(0, m.key)
    if ev.lemma in _HANDOVERS or toks[i].lower in _HANDOVERS:
        # "extradited Cordero to the United States", "hand over the fighters to the army": the
        # one handed over is the theme, the side receiving it the recipient
        to = next((m for m in after if (j := _tok_index(toks, m.start)) > 0 and (toks[j - 1].lower == "to" or j > 1 and toks[j - 1].lower in _DETERMINERS and toks[j - 2].lower == "to")), None)
        if to is not None:
            obj = to
    if obj and obj.key not in ev.actors:
        ev.recipients.append(obj.key)
        for m in after:
            if m.start > obj.end and text_between_is_and(toks, obj.end, m.start) and m.key not in ev.recipients and m.key not in ev.actors:
                ev.recipients.append(m.key)


# Verbs whose object noun is the subject's own act ("launched an attack", "staged a protest",
# "imposed sanctions", "threatened a boycott", "made an offer", "signed a deal"): support verbs
# and verbs of intention. Any other verb between a subject and a noun event makes the noun what
# the verb is about, done by someone else (guidelines 2.4: leave a role empty when the text does
# not say).
_LIGHT_VERBS = frozenset(
    form
    for lemma in ("launch", "stage", "hold", "impose", "make", "issue", "conduct", "carry", "sign", "reach", "conclude", "agree", "announce", "begin", "start",
                  "continue", "resume", "end", "threaten", "promise", "pledge", "offer", "propose", "plan", "vow", "seek", "open", "enter", "join", "mount", "wage",
                  "declare", "extend", "step", "escalate", "intensify", "give", "provide", "send", "deliver", "grant", "lodge", "file", "have", "organise", "organize",
                  "call", "lead", "host", "attend", "suspend", "halt", "stop", "cancel", "renew", "expand", "tighten", "ease", "lift", "maintain", "keep", "break", "deploy")
    for form in verb_forms(lemma, {"make": ["made", "made"], "hold": ["held", "held"], "begin": ["began", "begun"], "give": ["gave", "given"], "send": ["sent", "sent"], "have": ["had", "had", "has", "having"], "lead": ["led", "led"], "keep": ["kept", "kept"], "break": ["broke", "broken"]})
)
# verbs that take another's act as their object: judging it, reporting it, asking for it
_ABOUT_VERBS = frozenset(
    form
    for lemma in ("welcome", "condemn", "criticise", "criticize", "reject", "regret", "denounce", "deny", "praise", "oppose", "dismiss", "question", "defend",
                  "hail", "describe", "call", "say", "report", "confirm", "order", "demand", "urge", "ask", "request", "investigate", "study", "discuss", "comment",
                  "follow", "decry", "blame", "protest", "challenge", "review", "applaud", "salute", "deplore", "lament", "resist", "approve", "endorse")
    for form in verb_forms(lemma, {"say": ["said", "said"]})
)
_DETERMINERS = {"the", "a", "an"}
_NOUN_AGENT_SKIP_TYPES = {"RETREAT", "MOBILIZE"}  # "withdrawal from X", "evacuation from X": X is the place left


# verbs that ask, make or let someone else act: "urged X to", "called on X to", "allowed X to"
_DIRECTIVES = frozenset(
    form
    for lemma in ("urge", "ask", "call", "press", "push", "tell", "order", "invite", "encourage", "allow", "force", "persuade", "instruct", "request",
                  "pressure", "pressurise", "pressurize", "authorise", "authorize", "permit", "require", "compel", "advise", "appeal", "implore", "lobby", "direct", "mandate", "oblige")
    for form in verb_forms(lemma, {"tell": ["told", "told"]})
)
_CLAUSE_BREAK = {",", ";", ":", "that", "who", "which", "but", "if", "unless", "said", "says", "—", "–", "(", ")"}


def _joined_after(toks: list[Token], k: int, after: list[Mention]) -> list[Mention]:
    """The mention starting at token k (over one article) and the mentions joined to it by
    "and" or commas ("between the army and the RSF", "by A, B and C"); [] when none starts
    there."""
    if k < len(toks) and toks[k].lower in _DETERMINERS:
        k += 1
    if k >= len(toks):
        return []
    first = next((m for m in after if m.start == toks[k].start), None)
    if first is None:
        return []
    out = [first]
    for m in after:
        if m.start > out[-1].end and text_between_is_and(toks, out[-1].end, m.start):
            out.append(m)
        elif m.start > out[-1].end:
            break
    return out


_PASSIVE_ADJUNCT = frozenset({"in", "on", "at", "during", "last", "this", "earlier", "late", "jointly", "separately", "formally", "officially", "personally", "also"})
_PASSIVE_GAP_STOP = frozenset({",", ";", ":", "and", "or", "but", "that", "which", "who", "the", "a", "an", "to"})


def _reduced_passive_by(toks: list[Token], e: int, limit: int) -> int | None:
    """Index of "by" when the participle ending at e is followed by "by" right away or after
    a short place or time adjunct ("signed in Yaounde by", "signed on Wednesday by"); None
    otherwise (an object between, "criticised the deal signed by …", is no such case)."""
    if e >= len(toks):
        return None
    if toks[e].lower == "by":
        return e
    if toks[e].lower not in _PASSIVE_ADJUNCT:
        return None
    for k in range(e + 1, min(limit, e + 7, len(toks))):
        w = toks[k].lower
        if w == "by":
            return k
        if w in _PASSIVE_GAP_STOP:
            return None
    return None


def _directive_before(toks: list[Token], to: int) -> int | None:
    """Index of a directive verb governing the infinitive marker at `to` through an object
    between them ("urged the workers to"), within eight tokens and one clause; None when
    there is none or nothing stands between ("asked to meet": the subject acts)."""
    for j in range(to - 2, max(-1, to - 10), -1):
        w = toks[j].lower
        if w in _DIRECTIVES:
            return j
        if w in _CLAUSE_BREAK:
            return None
    return None


_REL_PRONOUNS = {"who", "which"}
# the word before a verb (auxiliaries and adverbs aside) that makes it no main verb of its
# clause: an infinitive ("urged X to release"), a relative clause ("teachers who had marched")
_NOT_MAIN_VERB = frozenset({"to", "who", "which", "that"})
_REL_SKIP = _AUX_OR_ADVERB | {"has", "have", "had", "already", "later", "first", "reportedly", "allegedly", "publicly", "previously", "repeatedly", "recently", "n't", "'s"}


def _relative_or_inserted(toks: list[Token], i: int, before: list[Mention]) -> list[Mention] | None:
    """The mentions that may be the subject of the verb at i when a relative pronoun or a
    closing comma stands right before it (auxiliaries and adverbs aside): those before the
    pronoun ("teachers who had marched") or before the opening comma of the inserted clause or
    apposition ("Quispe, who lost to Vaca by 400 votes, accused"). None: no such case."""
    j = i - 1
    while j >= 0 and toks[j].lower in _REL_SKIP:
        j -= 1
    if j < 0:
        return None
    w = toks[j].lower
    if w in _REL_PRONOUNS:
        k = j - 1 if j > 0 and toks[j - 1].lower == "," else j
        if k > 2 and toks[k - 1].lower == ")" and toks[k - 3].lower == "(":
            k -= 3  # "the Karen National Union (KNU), which controls …": across the acronym
        # the antecedent is the mention that ends right before the pronoun, even after a
        # preposition ("hundreds of teachers who had marched")
        last = [m for m in before if m.end == toks[k - 1].end] if k > 0 else []
        return last[-1:]
    if w == ",":
        for k in range(j - 1, 0, -1):
            if toks[k].lower in {";", ":", "—", "–"}:
                return None
            if toks[k].lower == ",":
                nxt = toks[k + 1].lower
                if nxt in _REL_PRONOUNS or nxt in {"whose", "a", "an", "the", "who", "which"}:
                    return [m for m in before if m.end <= toks[k].start] or None
                return None
    return None


def _noun_agent(toks: list[Token], e: int, after: list[Mention], typ: str) -> Mention | None:
    """"a request by the ministry", "a promise from the prime minister": the mention right after
    the noun (one token of 'by'/'from' between) is who acts."""
    if not after or e >= len(toks):
        return None
    w = toks[e].lower
    if w != "by" and not (w == "from" and typ not in _NOUN_AGENT_SKIP_TYPES):
        return None
    m = after[0]
    j = _tok_index(toks, m.start)
    if j == e + 1 or (j == e + 2 and toks[e + 1].lower in {"the", "a", "an"}):
        return m
    return None


_MODIFIER_AGENT_KINDS = frozenset({"igo", "organization", "group"})
# verbs whose subject undergoes the noun act that is their object
_UNDERGO_VERBS = frozenset(
    form
    for lemma in ("face", "suffer", "receive", "endure", "survive", "escape", "incur")
    for form in verb_forms(lemma, {})
)


def _undergoes(toks: list[Token], a: int, i: int) -> bool:
    """Whether a verb of undergoing ("faces", "suffered", "received") stands between the
    subject ending at a and the noun trigger at i, within four words of the noun."""
    return any(toks[j].lower in _UNDERGO_VERBS for j in range(max(a, i - 4), i))


def _own_noun_act(toks: list[Token], a: int, i: int) -> bool:
    """Whether tokens a..i (subject end .. noun trigger) leave the noun the subject's own act:
    false when a verb of judging, reporting or directing stands nearest the noun ("welcomed the
    proposal", "condemned the expulsions", "ordered the release"), true otherwise."""
    for j in range(i - 1, a - 1, -1):
        w = toks[j].lower
        if w in _LIGHT_VERBS:
            return True
        if w in _ABOUT_VERBS:
            return False
    return True


def _reporter_joined(toks: list[Token], first: int, i: int, infl: str, mentions: list[Mention]) -> Mention | None:
    """The subject of a reporting verb before the verb event at `first` when the verbal act at
    i (after "and") takes up that reporting verb rather than the reported verb: "Its spokesman,
    X, said the army had bombed villages and accused Bangkok of …" (X accuses). None
    otherwise."""
    # (reporting verbs by tense and the verbal acts a reporter goes on to: speech.py's sets)
    if toks[i].lower not in VERBAL_ACTS:
        return None
    forms = REPORTING_PAST if infl == "past" else REPORTING_3SG
    for r in range(first - 1, 0, -1):
        w = toks[r].lower
        if w in {";", ".", "and", "but"}:
            return None
        if w in forms:
            subj = [m for m in mentions if m.end <= toks[r].start and m.start >= toks[0].start]
            if subj and subj[-1].end >= toks[max(0, r - 2)].start:
                return subj[-1]
            return None
    return None


# The other side of a two-sided story (guidelines 2.4: "a recipient clearly implied by the
# paragraph is filled"): when the lead sentence names exactly the article's two most mentioned
# non-person actors ("Cameroon and Chad signed …", "Argentina will impose a tariff on Chilean
# salmon unless Santiago lifts …"), a directed act by one of them with no recipient named is
# done to the other.
_DIRECTED = frozenset({"SANCTION", "RETREAT", "CONCEDE", "AGREE", "AID", "REQUEST", "THREATEN", "ACCUSE", "REJECT", "COOPERATE"})  # not force: an attack, a seizure is aimed at a place or people named with it
_SYMMETRIC_ACTS = frozenset({"agree", "agreement", "deal", "truce", "ceasefire", "accord", "pact", "armistice", "settlement", "compromise"})
_SIDE_KINDS = frozenset({"government", "organization", "group", "igo"})


def implied_recipients(evs: list[Ev], sent_toks: list[list[Token]], mentions: list[Mention]) -> None:
    """Fill the other side of a two-sided article (see above) as recipient, or as co-actor of
    a truce or agreement; evs and mentions of one article, in text order."""
    count: dict[tuple, int] = {}
    kinds: dict[tuple, str] = {}
    lead: set[tuple] = set()
    for m in mentions:
        count[m.key] = count.get(m.key, 0) + 1
        kinds[m.key] = m.kind
        if m.sent == 0:
            lead.add(m.key)
    sides = sorted((k for k in count if kinds[k] in _SIDE_KINDS), key=lambda k: -count[k])
    if len(sides) < 2 or count[sides[1]] < 2 or len(sides) > 2 and count[sides[2]] == count[sides[1]]:
        return
    a, b = sides[0], sides[1]
    if a not in lead or b not in lead:
        return
    other = {a: b, b: a}
    for ev in evs:
        if ev.type in _DIRECTED and not ev.recipients and len(ev.actors) == 1 and ev.actors[0] in other:
            toks = sent_toks[ev.sent]
            if ev.lemma in _SYMMETRIC_ACTS and not (ev.pos == "v" and ev.tok_end < len(toks) and toks[ev.tok_end].lower == "to"):
                # "the truce", "agreed on a truce" in a two-sided story: both sides are its
                # parties ("agreed to reopen" is one side's commitment to the other)
                ev.actors.append(other[ev.actors[0]])
            else:
                ev.recipients.append(other[ev.actors[0]])


# A verbal reaction to another's act ("X welcomed the deal", "rejected the demand", "denied the
# charge", "dismissed the statement", "condemned the vote"): its recipient is who did the act
# reacted to (guidelines 2.4: the other side). The act is the reaction's object noun; its author
# is the noun's possessor or by-phrase ("Y's demand", "the offer by Y") or else the actor of
# the latest earlier event that names the same act ("signed an agreement" … "the deal") or, for
# a statement, the one who made it.
_REACTION_VERBS = frozenset(
    form
    for lemma in ("welcome", "reject", "deny", "dismiss", "condemn", "criticise", "criticize", "decry", "denounce", "slam", "hail", "praise", "ignore",
                  "applaud", "deplore", "dispute", "contest", "rebuff", "spurn", "brush", "lambast", "blast", "castigate", "refute", "disown", "laud", "salute", "commend")
    for form in verb_forms(lemma, {"slam": ["slammed", "slammed", "slams", "slamming"]})
)
# object noun -> (stems of trigger words that name the same act, event types that may name it);
# an empty type set takes any type. "decision", "move": the article's lead act unless a trigger
# names it ("approved", "ruled"); "statement", "account": whoever made the latest report.
_AGREEMENTS = ("agre", "deal", "accord", "pact", "settl", "truce", "ceasefire", "swap", "exchang", "sign", "compromis", "arrangement", "reach", "conclud", "broker", "mediat")
_ACCUSATIONS = ("accus", "charg", "alleg", "critic", "blam", "condemn", "denounc", "decr", "slam")
_DECISIONS = ("decid", "decision", "rul", "approv", "order", "verdict", "judg", "sentenc", "adopt", "vot", "pass")
_LEAD = "lead"
_OFFER_STEMS = ("offer", "propos", "plan", "suggest")  # (not _OFFERS: the object words of "accept", below)
_VOTES = ("vot",)
_SPEAKER = "speaker"
_REACTED: dict[str, tuple[tuple[str, ...] | str, frozenset[str]]] = {
    **{w: (_AGREEMENTS, frozenset()) for w in ("deal", "deals", "agreement", "agreements", "accord", "pact", "settlement", "truce", "ceasefire", "swap", "exchange", "compromise", "arrangement")},
    **{w: (_ACCUSATIONS, frozenset({"ACCUSE"})) for w in ("charge", "charges", "accusation", "accusations", "allegation", "allegations", "criticism", "criticisms", "claims", "claim")},
    **{w: (("demand", "request", "call", "urg", "ask"), frozenset({"REQUEST"})) for w in ("demand", "demands", "request", "requests", "call", "calls", "appeal", "appeals", "ultimatum")},
    **{w: (("threat", "warn"), frozenset({"THREATEN"})) for w in ("threat", "threats", "warning", "warnings")},
    **{w: (_OFFER_STEMS, frozenset()) for w in ("offer", "offers", "proposal", "proposals", "plan", "plans", "initiative", "invitation")},
    **{w: (_VOTES, frozenset()) for w in ("vote", "votes")},
    **{w: (("motion", "bill", "resolution", "tabl", "fil", "introduc"), frozenset()) for w in ("motion", "bill", "resolution")},
    **{w: (("sanction", "tariff", "ban", "restrict", "impos", "suspen", "clos", "expel", "expuls", "levy", "dut"), frozenset({"SANCTION", "COERCE"})) for w in ("sanctions", "tariff", "tariffs", "ban", "restrictions", "suspension", "closure", "expulsion", "expulsions", "levy", "duties", "embargo")},
    **{w: (_DECISIONS, frozenset()) for w in ("decision", "ruling", "verdict", "judgment", "judgement", "order")},
    **{w: (_LEAD, frozenset()) for w in ("move", "step", "measure", "measures", "action", "actions")},
    **{w: (_SPEAKER, frozenset()) for w in ("statement", "statements", "account", "remarks", "comments", "version", "announcement", "assertion")},
}
_ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
_LEAD_FALLBACK = (_LEAD, _DECISIONS, _OFFER_STEMS, _VOTES)
_REACTED_BY = {"by", "from"}
_REACTED_MOD_STOP = frozenset({"to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that", "which", "who", "as", ",", ";", ":", ".", "is", "was", "were", "are", "be", "not"})
_INDEFINITE_DETS = frozenset({"a", "an", "any", "every", "all", "some", "no", "such", "another", "further"})


def _reacted_noun(toks: list[Token], e: int, nouns: set[int]) -> tuple[int, int] | None:
    """(index of the determiner or possessor start, index of the head noun) of the object right
    after a reaction verb ending at e: determiners, a possessor "Y's", up to two modifiers, then a
    noun of _REACTED or a noun event trigger (token indices `nouns`: "the arrests") ("the deal",
    "Kabul's latest offer", "its demand"); None otherwise."""
    k, n = e, len(toks)
    if k < n and toks[k].lower in {"outright", "publicly", "flatly", "strongly", "firmly", "also"}:
        k += 1
    first = k
    for j in range(k, min(n, k + 7)):
        w = toks[j].lower
        if w in _REACTED or j in nouns and j > first:
            if j + 1 < n and toks[j + 1].lower == "to":
                return None  # "denied any plan to invade": the reacting side's own alleged act
            if j + 1 < n and toks[j + 1].text[:1].isalpha() and toks[j + 1].text.islower() and (toks[j + 1].lower in _REACTED or j + 1 in nouns):
                continue  # "the ceasefire deal": the compound's head is the last noun
            return first, j
        if j == first and w in {"that", "this"}:
            continue  # "rejected that account"
        if j == first and w in _INDEFINITE_DETS:
            return None  # "welcomed any step", "rejected every offer": no act named before
        if w in _REACTED_MOD_STOP or not (toks[j].text[:1].isalnum() or w in {"'s", "’s", "-"}):
            return None
    return None


def unreport_narrated_acts(evs: list[Ev], sent_toks: list[list[Token]]) -> None:
    """A verbal act joined to the report ("X said … and accused Y of …") is narrated: no
    reported_by (speech.narrated_act); the events it is about keep theirs."""
    for ev in evs:
        if ev.reported_by is not None and ev.pos == "v" and narrated_act(sent_toks[ev.sent], ev.tok_i):
            ev.reported_by = None


# A definite act noun as the object of a reaction ("welcomed the decision", "condemned the
# ruling", "praised the move") is another mention of the act reacted to (guidelines 2.7: every
# mention of a happening is an event of the same instance): it takes that act's type, mode,
# status and sides.
_ANAPHORS = frozenset({"decision", "ruling", "verdict", "judgment", "judgement", "move", "step", "measure", "measures", "action", "vote"})
_REACTED_STATUS = frozenset({"occurred", "planned", "ongoing"})
_ANAPHOR_DETS = frozenset({"the", "this", "that", "these", "its", "their", "his", "her", "'s", "’s"})


def _anaphor_antecedent(evs: list[Ev], n: int, sent_toks: list[list[Token]], noun: str, own: set[tuple]) -> tuple[Ev, Ev] | None:
    """The act a reaction evs[n] refers to with the act noun `noun`: the earliest earlier event
    whose trigger shares a stem with the noun's kind (a decision: "ruled", "approved", "ordered"),
    else the article's first verbal act with actors; acts of the reacting side are passed over.
    As (event giving the type and status, event giving the sides): an order's type is the act
    ordered."""
    stems, _types = _REACTED[noun]
    ev = evs[n]
    lead: Ev | None = None
    order: tuple[Ev, Ev] | None = None
    for q in range(n):
        prev = evs[q]
        if prev.sent == ev.sent and prev.tok_i >= ev.tok_i or not prev.actors or own.intersection(prev.actors) or prev.type == "OTHER":
            continue
        if lead is None and prev.pos == "v":
            lead = prev
        if stems == _LEAD:
            break
        words = sent_toks[prev.sent]
        if words[prev.tok_i].lower.startswith(stems) or words[prev.tok_end - 1].lower.startswith(stems) or prev.lemma.startswith(stems):
            if prev.type != "REQUEST":
                return prev, prev
            if order is None:
                # "ordered the release of …": the decision is the act ordered, named next
                nxt = evs[q + 1] if q + 1 < len(evs) else None
                order = (nxt if nxt is not None and nxt.sent == prev.sent and nxt.type not in {"REQUEST", "OTHER"} else prev, prev)
    return order or ((lead, lead) if lead is not None else None)


def _anaphoric_acts(evs: list[Ev], sent_toks: list[list[Token]]) -> None:
    """Add the act nouns reacted to (see _ANAPHORS) as events, in text order."""
    verbs = [n for n, ev in enumerate(evs) if ev.pos == "v" and sent_toks[ev.sent][ev.tok_i].lower in _REACTION_VERBS]
    if not verbs:
        return
    taken: dict[int, set[int]] = {}
    for x in evs:
        taken.setdefault(x.sent, set()).update(range(x.tok_i, x.tok_end))
    added: list[Ev] = []
    for n in verbs:
        ev = evs[n]
        toks = sent_toks[ev.sent]
        got = _reacted_noun(toks, ev.tok_end, set())
        if got is None:
            continue
        a, h = got
        noun = toks[h].lower
        if noun not in _ANAPHORS or h in taken[ev.sent] or not any(toks[j].lower in _ANAPHOR_DETS for j in range(a, h)):
            continue
        got = _anaphor_antecedent(evs, n, sent_toks, noun, set(ev.actors))
        if got is None:
            continue
        ante, sides = got
        taken[ev.sent].add(h)
        status = ante.status if ante.status in _REACTED_STATUS else "occurred"  # what is reacted to was done or announced
        added.append(Ev(toks[h].start, toks[h].end, ev.sent, h, h + 1, ante.type, ante.mode, status, 0.4, actors=list(sides.actors), recipients=list(sides.recipients),
                        time_value=sides.time_value, reported_by=ev.reported_by, lemma=noun, pos="n"))
    for new in added:
        k = bisect_left([(x.start, x.end) for x in evs], (new.start, new.end))
        evs.insert(k, new)


# "the next round", "an earlier round", "a second round" in an article about talks: a session
# of those talks (CONSULT, guidelines 2.2 question 15), with their participants; "a round of
# talks" is marked on "talks", and a round without talks before it may be a ballot or a shell.
_ROUND_MODS = frozenset({"next", "last", "earlier", "first", "second", "third", "fourth", "fifth", "new", "fresh", "latest", "previous", "final", "another", "further", "later"})
_ROUND_TALKS = frozenset({"talks", "negotiations", "negotiation", "dialogue", "consultations", "conciliation"})
_ROUND_AHEAD = frozenset({"next", "new", "fresh", "another", "further"})
_ROUND_NOT_NEXT = frozenset({"of", "-", "–", "table", "trip", "robin"})


def _talk_rounds(evs: list[Ev], sent_toks: list[list[Token]]) -> None:
    """Add the rounds of talks named after the talks (see _ROUND_MODS), in text order."""
    talks = [x for x in evs if x.type == "CONSULT" and sent_toks[x.sent][x.tok_end - 1].lower in _ROUND_TALKS]
    if not talks:
        return
    lex = lexicon()
    added: list[Ev] = []
    for s in range(talks[0].sent, len(sent_toks)):
        toks = sent_toks[s]
        for j in range(1, len(toks)):
            if toks[j].lower != "round" or toks[j - 1].lower not in _ROUND_MODS or j + 1 < len(toks) and toks[j + 1].lower in _ROUND_NOT_NEXT:
                continue
            ante = [x for x in talks if (x.sent, x.tok_i) < (s, j)]
            if not ante or any(x.sent == s and x.tok_i <= j < x.tok_end for x in evs):
                continue
            t = toks[j]
            status = event_status(toks, j, j + 1, "n", "base", lex)
            if status == "occurred" and toks[j - 1].lower in _ROUND_AHEAD:
                status = "planned"  # "the next round": still to come
            # the sentence's attribution, as its other events have it
            near = [x for x in evs if x.sent == s and x.reported_by is not None]
            added.append(Ev(t.start, t.end, s, j, j + 1, "CONSULT", ante[-1].mode, status, 0.4, actors=list(ante[-1].actors),
                            reported_by=near[0].reported_by if near else None, lemma="round", pos="n", back_reference=True))
    for new in added:
        evs.insert(bisect_left([(x.start, x.end) for x in evs], (new.start, new.end)), new)


def reaction_recipients(evs: list[Ev], sent_toks: list[list[Token]], mentions: list[Mention]) -> None:
    """Fill the recipients of verbal reactions (see _REACTION_VERBS) over one article; evs in text
    order. First adds the act nouns reacted to ("welcomed the decision") and the rounds of talks
    ("the next round") as events."""
    _anaphoric_acts(evs, sent_toks)
    _talk_rounds(evs, sent_toks)
    cands = [n for n, ev in enumerate(evs) if ev.pos == "v" and not ev.recipients and sent_toks[ev.sent][ev.tok_i].lower in _REACTION_VERBS]
    if not cands:
        return
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    nouns: dict[int, set[int]] = {}  # event triggers by sentence (after a determiner, a noun)
    for x in evs:
        nouns.setdefault(x.sent, set()).update(range(x.tok_i, x.tok_end))
    for n in cands:
        ev = evs[n]
        toks = sent_toks[ev.sent]
        own = set(ev.actors)
        got = _reacted_noun(toks, ev.tok_end, nouns.get(ev.sent, set()))
        if got is None:
            continue
        a, h = got
        noun = toks[h].lower
        ms = by_sent.get(ev.sent, [])
        author: list[tuple] = []
        # "Y's demand", "its demand": the possessor
        for j in range(a, h):
            if toks[j].lower in {"'s", "’s"}:
                author = [m.key for m in ms if m.end == toks[j - 1].end][-1:]
                break
            if toks[j].lower in {"its", "their", "his", "her"}:
                author = [m.key for m in ms if m.start == toks[j].start][-1:]
                break
        if not author and h + 2 < len(toks) and toks[h + 1].lower in _REACTED_BY:
            # "the offer by Qatar", "the demand from the unions"
            k = h + 2 + (toks[h + 2].lower in _DETERMINERS)
            author = [m.key for m in ms if k < len(toks) and m.start == toks[k].start][:1]
        ante: Ev | None = None
        if not author:
            author, ante = _reacted_author(evs, n, sent_toks, noun, own)
        author = [k for k in author if k not in own and k[0] not in {"we", "i"}]
        for k in author:
            if k not in ev.recipients:
                ev.recipients.append(k)
        # the object noun names that act: its author acts it, on whom the act was done
        obj = next((x for x in evs if x.sent == ev.sent and x is not ev and x.tok_i <= h < x.tok_end), None)
        if obj is not None and author and (not obj.actors or own.issuperset(obj.actors)):
            obj.actors = list(author)
            if ante is not None and not obj.recipients:
                obj.recipients = [k for k in ante.recipients if k not in author]


def _reacted_author(evs: list[Ev], n: int, sent_toks: list[list[Token]], noun: str, own: set[tuple]) -> tuple[list[tuple], Ev | None]:
    """The actors of the act the reaction evs[n] is about, named by its object noun: the
    earliest earlier event naming the same act (a definite "the deal" takes up the act the
    article introduced), else for "decision"/"move" the article's first act with actors; for
    "statement"/"account" the speaker of the latest report in the two sentences before. Acts
    of the reacting side itself are passed over. Also the event found, if one names the act."""
    ev = evs[n]
    generic = noun not in _REACTED
    # another noun event ("condemned the arrests"): the latest earlier trigger of its stem
    stems, types = _REACTED[noun] if not generic else ((noun[:5],), frozenset())
    if stems == _SPEAKER:
        # "In a written statement, the ministry said …" … "dismissed the statement": the
        # speaker of the sentence that named it, else of the latest report just before
        named = {x.sent for x in evs[:n] if x.sent < ev.sent and x.reported_by is not None and any(t.lower == noun for t in sent_toks[x.sent])}
        for q in range(n - 1, -1, -1):
            prev = evs[q]
            if prev.sent in named and prev.reported_by not in own and prev.reported_by[0] not in {"we", "i"}:
                return [prev.reported_by], None
        for q in range(n - 1, -1, -1):
            prev = evs[q]
            if prev.sent < ev.sent - 2:
                break
            if prev.sent < ev.sent and prev.reported_by is not None and prev.reported_by not in own and prev.reported_by[0] not in {"we", "i"}:
                return [prev.reported_by], None
        return [], None
    lead: list[tuple] = []
    # a charge, demand or threat answered is the latest one made; an agreement, decision or
    # plan reacted to is the one the article introduced
    order = range(n - 1, -1, -1) if generic or types & _ANSWERED else range(n)
    for q in order:
        prev = evs[q]
        if prev.sent == ev.sent and prev.tok_i >= ev.tok_i or not prev.actors or own.intersection(prev.actors):
            continue
        if not lead and prev.pos == "v":
            lead = list(prev.actors)
        if stems == _LEAD:
            break
        words = sent_toks[prev.sent]
        if (words[prev.tok_i].lower.startswith(stems) or words[prev.tok_end - 1].lower.startswith(stems) or prev.lemma.startswith(stems)) and (not types or prev.type in types):
            return list(prev.actors), prev
    return (lead, None) if stems in _LEAD_FALLBACK else ([], None)


# PLOVER codes an actor's stated intention to act as a verbal event of its own: a stated
# readiness or promise to cooperate is AGREE ("ready to contribute", "pledged to release"),
# a vow to harm is THREATEN ("vowed to retaliate"). A bare future or plan ("will release",
# "would boycott", "plans to impose") is the act's status (planned), not a second event: the
# codebook marks no event on "will" (guidelines 2.3 rule 4).
_INTENT_CUES = {"prepared", "ready", "willing", "vowed", "sworn", "promised", "pledged"}
_READINESS = {"ready", "prepared", "willing"}
_COOPERATIVE = {"RETREAT", "AID", "CONCEDE", "COOPERATE", "CONSULT", "SUPPORT"}
_HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "REJECT", "PROTEST", "MOBILIZE"}


def _intents(evs: list[Ev], toks: list[Token], s: int, lex: Lexicon) -> list[Ev]:
    out: list[Ev] = []
    # In a conditional sentence "would" marks the hypothetical act ("would back the deal only
    # if …"), not a reported intention ("said it would boycott"): no extra AGREE/THREATEN.
    conditional: bool | None = None  # computed on the first "would"
    for ev in evs:
        if ev.status not in {"planned", "desired", "hypothetical"} or not ev.actors:
            continue
        kind = "AGREE" if ev.type in _COOPERATIVE else "THREATEN" if ev.type in _HOSTILE else None
        if kind is None:
            # "was prepared to raise wages": expressed readiness is an offer whatever the act
            # (guidelines 2, exception: expressions of willingness are AGREE events)
            if ev.tok_i >= 2 and toks[ev.tok_i - 1].lower == "to" and toks[ev.tok_i - 2].lower in _READINESS:
                kind = "AGREE"
            else:
                continue
        for j in range(ev.tok_i - 1, max(-1, ev.tok_i - 5), -1):
            w = toks[j].lower
            if w in {",", ";", "if", "unless", "that"}:
                break
            if w == "would" and conditional is None:
                conditional = cue_from(toks, 0, lex)  # the condition cues of cues.json
            if w in _INTENT_CUES and not (w == "would" and conditional):
                if any(o.start == toks[j].start for o in out) or any(e.type in {"AGREE", "THREATEN"} and e.tok_i < ev.tok_i and e.tok_i >= j - 3 for e in evs):
                    break
                out.append(Ev(toks[j].start, toks[j].end, s, j, j + 1, kind, None, "occurred", 0.4, actors=list(ev.actors), recipients=list(ev.recipients), reported_by=ev.reported_by, lemma=w))
                break
    return out


# "will take the case to the Court of Cassation", "could take the dispute to the SADC tribunal",
# "brought the case": bringing a matter before a court or arbiter is suing (PLOVER DISAPPROVE,
# "sue, file civil or criminal lawsuit at domestic or international courts"): ACCUSE
_TAKE_FORMS = {"take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing"}
_COURT_WORDS = {"court", "courts", "tribunal", "tribunals", "arbitration", "wto", "icj", "cassation"}
_COURT_NAMES = {"court", "tribunal", "organization", "organisation", "committee", "commission"}


def _court_referrals(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    n = len(toks)
    for j in hits:
        t = toks[j]
        if t.lower not in _TAKE_FORMS or not t.text.islower() or any(e.tok_i <= j < e.tok_end for e in evs):
            continue
        ok = False
        if j + 2 < n and toks[j + 1].lower in {"the", "this", "a"} and toks[j + 2].lower == "case" and t.lower.startswith("br"):
            ok = True  # "brought the case"
        for k in range(j + 1, min(n - 1, j + 6)):
            if toks[k].lower in _OBJ_STOP and toks[k].lower != "to":
                break
            if toks[k].lower == "to":
                after = toks[k + 1 : k + 8]
                ok = any(x.lower in _COURT_WORDS for x in after[:3]) or any(x.text in {"Court", "Tribunal", "Organization", "Organisation", "Committee"} for x in after)
                break
        if not ok:
            continue
        infl = "ing" if t.lower.endswith("ing") else "3sg" if t.lower.endswith("s") else "base" if t.lower in {"take", "bring"} else "past"
        new = Ev(t.start, t.end, s, j, j + 1, "ACCUSE", None, event_status(toks, j, j + 1, "v", infl, lex), 0.4, lemma="take to court", pos="v")
        _arguments(new, toks, j, j + 1, infl, mentions)
        out.append(new)
    return out


# A court or tribunal that hears a petition or reviews a law examines a complaint: PLOVER
# INVESTIGATE/DISAPPROVE (here ACCUSE/investigate). Only with a court named just before ("a
# labour court is due to hear", "ask the Constitutional Tribunal to review the law"); a
# commission or a cabinet reviewing something is no such act.
_HEAR_FORMS = {"hear": "base", "hears": "3sg", "review": "base", "reviews": "3sg", "reviewed": "past", "reviewing": "ing"}


def _court_hearings(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    for j in hits:
        t = toks[j]
        infl = _HEAR_FORMS.get(t.lower)
        if infl is None or not t.text.islower() or j > 0 and toks[j - 1].lower in _NOT_AFTER_DET or any(e.tok_i <= j < e.tok_end for e in evs):
            continue
        if not any(x.lower in {"court", "tribunal", "courts", "judges", "justices"} for x in toks[max(0, j - 6) : j]):
            continue
        new = Ev(t.start, t.end, s, j, j + 1, "ACCUSE", "investigate", event_status(toks, j, j + 1, "v", infl, lex), 0.4, lemma="hear", pos="v")
        _arguments(new, toks, j, j + 1, infl, mentions)
        out.append(new)
    return out


# "would oppose the bill", "will oppose any cut": an announced vote or act against a measure is a
# rejection (PLOVER REJECT: "formally reject legislative proposal"); "opposed the deal" in the
# past is an attitude (a stance), and "marched to oppose a tax" the purpose of the march
def _announced_opposition(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    for j in hits:
        if toks[j].lower != "oppose" or j == 0 or toks[j - 1].lower not in {"would", "will", "shall", "'ll", "’ll"} or any(e.tok_i <= j < e.tok_end for e in evs):
            continue
        new = Ev(toks[j].start, toks[j].end, s, j, j + 1, "REJECT", None, event_status(toks, j, j + 1, "v", "base", lex), 0.4, lemma="oppose", pos="v")
        _arguments(new, toks, j, j + 1, "base", mentions)
        out.append(new)
    return out


# Leaving a government, coalition or alliance is a cut of relations (SANCTION/withdraw, as
# "withdraw from the cabinet"); leaving positions or held ground is a military retreat (PLOVER
# RETREAT: "a military retreat from, or ceding, territory"). Only these objects count: "leave
# the country", "left them without" are no such act.
_LEAVE_FORMS = {"leave": "base", "leaves": "3sg", "left": "past", "leaving": "ing"}
_HELD_GROUND = {"positions", "position", "hilltops", "territory", "territories", "heights", "bases", "base", "outposts", "trenches", "villages", "zone", "corridor", "enclave", "region's", "area"}


def _departures(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    n = len(toks)
    for j in hits:
        t = toks[j]
        infl = _LEAVE_FORMS.get(t.lower)
        if infl is None or not t.text.islower() or j > 0 and toks[j - 1].lower in _NOT_AFTER_DET or any(e.tok_i <= j < e.tok_end for e in evs):
            continue
        k = j + 1
        while k < n and k < j + 3 and toks[k].lower in {"the", "its", "their", "his", "her", "our", "governing", "ruling", "three-party", "coalition", "all", "these", "those"} and toks[k].lower not in _LEAVE_BODIES:
            k += 1
        if k >= n:
            continue
        w = toks[k].lower
        if w in _LEAVE_BODIES:
            typ, mode = "SANCTION", "withdraw"
        elif w in _HELD_GROUND:
            typ, mode = "RETREAT", "withdraw"
        else:
            continue
        new = Ev(t.start, t.end, s, j, j + 1, typ, mode, event_status(toks, j, j + 1, "v", infl, lex), 0.4, lemma="leave", pos="v")
        _arguments(new, toks, j, j + 1, infl, mentions)
        out.append(new)
    return out


# Paying salaries, grants, fares or compensation to someone is material help to the recipient
# (PLOVER AID: "monetary aid … grants"); "pay for its mistakes", "pay the price", "paid a fine"
# are no such act, so only these objects count (or the passive subject: "the grants would be paid")
_PAY_FORMS = {"pay", "pays", "paid", "paying"}
_PAID = {"salaries", "salary", "wages", "compensation", "grants", "fares", "arrears", "pensions", "allowances", "benefits", "stipends", "reparations"}


def _payments(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    n = len(toks)
    for j in hits:
        t = toks[j]
        if t.lower not in _PAY_FORMS or not t.text.islower() or j > 0 and toks[j - 1].lower in _NOT_AFTER_DET or any(e.tok_i <= j < e.tok_end for e in evs):
            continue
        ok = False
        for k in range(j + 1, min(n, j + 6)):
            x = toks[k]
            if x.lower in _PAID:
                ok = True
                break
            if x.lower in {"'", "’", "'s", "’s"}:
                continue  # "the teachers' salaries"
            if x.lower in _OBJ_STOP or not x.text.replace("-", "").isalnum():
                break
        if not ok and t.lower == "paid":
            k = _before_aux(toks, j)
            ok = k < j - 1 and k >= 0 and toks[k].lower in _PAID  # "the grants would be paid"
        if not ok:
            continue
        infl = "ing" if t.lower.endswith("ing") else "3sg" if t.lower == "pays" else "past" if t.lower == "paid" else "base"
        new = Ev(t.start, t.end, s, j, j + 1, "AID", None, event_status(toks, j, j + 1, "v", infl, lex), 0.4, lemma="pay", pos="v")
        _arguments(new, toks, j, j + 1, infl, mentions)
        out.append(new)
    return out


# "remained open to talks", "is open to amendments": expressed willingness to negotiate or to
# accept changes is an AGREE of its own (guidelines 2, exception: willingness), besides the talks
_OPEN_BEFORE = {"is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays", "stayed", "still", "always", "fully", "'s", "’s", "and", "but"}
_OPEN_TO = {"amendments", "compromise", "compromises", "proposals", "suggestions", "offers", "mediation", "ideas", "changes"}
_OPEN_SKIP = {"further", "new", "any", "more", "a", "direct", "fresh", "renewed"}


def _openness(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    out: list[Ev] = []
    n = len(toks)
    at = {e.tok_i: e for e in evs}
    for j in hits:
        if not 0 < j < n - 2 or toks[j].lower != "open" or toks[j + 1].lower != "to" or toks[j - 1].lower not in _OPEN_BEFORE or j in at:
            continue
        k = j + 2
        if toks[k].lower in _OPEN_SKIP and k + 1 < n:
            k += 1
        talks = at.get(k)
        if not (talks is not None and talks.type == "CONSULT" or toks[k].lower in _OPEN_TO):
            continue
        new = Ev(toks[j].start, toks[j].end, s, j, j + 1, "AGREE", None, "occurred", 0.4, lemma="open to", pos="x")
        _arguments(new, toks, j, j + 1, "base", mentions)
        if talks is not None and talks.actors and not new.actors:
            new.actors = list(talks.actors)
        out.append(new)
    return out


_READY_BEFORE = frozenset({"is", "are", "was", "were", "am", "'m", "’m", "'re", "’re", "be", "been", "remain", "remains", "remained", "still", "also", "now", "fully"})


def _readiness(evs: list[Ev], toks: list[Token], s: int, mentions: list[Mention], lex: Lexicon, hits: list[int]) -> list[Ev]:
    """"Dodoma was ready to hand them over", "we are ready to settle every kilometre", "was
    willing to work on arrangements": stated readiness to act is an offer (guidelines 2,
    exception: expressions of willingness are AGREE), whether or not the act named is an event
    of its own."""
    out: list[Ev] = []
    n = len(toks)
    at = {k for e in evs for k in range(e.tok_i, e.tok_end)}  # ("was willing to" is a lexicon trigger)
    for j in hits:
        if not 0 < j < n - 2 or toks[j].lower not in _READINESS or toks[j + 1].lower != "to" or toks[j - 1].lower not in _READY_BEFORE or j in at:
            continue
        if not (toks[j + 2].text.isalpha() and toks[j + 2].text.islower()):
            continue
        if cue_from(toks, j, lex):
            continue  # "ready to meet provided that …": the condition linker marks the offer (pipeline)
        new = Ev(toks[j].start, toks[j].end, s, j, j + 1, "AGREE", None, event_status(toks, j, j + 1, "x", "base", lex), 0.4, lemma=toks[j].lower, pos="x")
        _arguments(new, toks, j, j + 1, "base", mentions)
        new.recipients = []  # what follows "ready to" is the act offered, not whom it is offered to
        if new.actors:  # only an actor offers ("the terminal will be ready to receive ships" is none)
            out.append(new)
    return out


_FRAME_WORDS = frozenset({"open", "oppose", "ready", "willing", "prepared"} | _TAKE_FORMS | _PAY_FORMS | set(_LEAVE_FORMS) | set(_HEAR_FORMS))


# PLOVER 3.8.3 / 3.10.3: a request or refusal takes its mode from what is asked or refused:
# meetings and negotiations (meet); release of prisoners, ending sanctions, easing curfews,
# ceasefires (yield); any exchange or assistance (assist); changes in policy, government or
# institutions, incl. dismissals (change). The first such word after the trigger decides.
_DEMAND_MODE_WORDS: dict[str, str] = {
    **dict.fromkeys(("talks", "table", "negotiations", "negotiate", "negotiating", "meet", "meeting", "meetings", "dialogue", "debate", "summit", "invitation", "mediation", "talking", "round"), "meet"),
    **dict.fromkeys(("release", "free", "ceasefire", "truce", "withdraw", "withdrawal", "surrender", "lift", "lifting", "ease", "easing", "reopen", "pull", "hostilities", "amnesty", "pardon", "concede", "accept", "observe"), "yield"),
    **dict.fromkeys(("help", "aid", "assistance", "loan", "loans", "funding", "finance", "financing", "funds", "money", "payment", "payments", "grants", "supplies", "observers", "send", "troops", "extradite", "extradition", "cooperation", "weapons", "arms"), "assist"),
    # asking someone to stop or refrain from a course is asking for a change of policy
    **dict.fromkeys(("resign", "resignation", "dismissal", "dismiss", "sack", "removal", "reform", "reforms", "recognise", "recognize", "recognition", "change", "changes", "amend", "amendment", "repeal", "scrap", "reverse", "annul", "overturn", "rescind", "referendum", "election", "elections", "reinstate", "reinstatement", "wages", "bill", "timetable", "stop", "refrain", "not"), "change"),
}
_DEMAND_STOP = {".", ";", ":", "but", "saying", "said", "says", "while", "although", "because", "after", "before", "when", "if", "unless", "as", "?", "!"}


def _demand_modes(evs: list[Ev], toks: list[Token]) -> None:
    for ev in evs:
        if ev.type not in {"REQUEST", "REJECT"} or ev.mode:
            continue
        reject = ev.type == "REJECT"
        # a refusal names what it refuses right after it ("refused to meet", "walked out of
        # the talks"); a request may name its addressee first ("called on X and Y to …")
        for t in toks[ev.tok_end : ev.tok_end + (5 if reject else 12)]:
            w = t.lower
            if w in _DEMAND_STOP:
                break
            mode = _DEMAND_MODE_WORDS.get(w)
            if mode:
                # rejecting a bill or an amendment refuses no change of one's own policy
                ev.mode = None if reject and mode == "change" else mode
                break


_OFFERS = {"offer", "offers", "proposal", "proposals", "formula", "solution", "package", "arrangement", "draft", "blueprint", "plan", "plans", "deal", "agreement", "invitation", "terms", "mediation", "mediator", "arbitrator", "arbitration", "compromise", "bid", "request", "demands", "demand", "conditions", "framework", "roadmap", "settlement", "shifts"}
_APPROVED = {"resignation", "resignations", "draft", "amendments", "amendment", "text", "nomination", "nominations", "credentials", "communiqué", "communique"}
_HOSTED_ASSETS = {"aircraft", "jets", "troops", "forces", "bases", "base", "warships", "ships", "missiles", "trucks", "convoys", "equipment", "drones", "soldiers", "fighters"}
_HANDED_INFO = {"maps", "map", "list", "lists", "documents", "document", "names", "evidence", "information", "files", "records", "data", "intelligence", "dossier"}
_FILE_FORMS = {"file", "files", "filed", "filing", "lodge", "lodged", "lodges", "lodging"}
_PROTEST_GROUND = {"streets", "street", "square", "squares", "barricades", "picket", "pickets"}
_POLITICIANS = {"lawmakers", "legislators", "ministers", "minister", "deputies", "mps", "senators", "politicians", "leaders", "parties", "partners", "councillors", "negotiators"}
_UTILITIES = {"electricity", "power", "water", "energy", "gas", "fuel", "utility", "feed-in", "transport", "bus", "rail"}
_VEHICLES = {"vessel", "vessels", "boat", "boats", "ship", "ships", "car", "cars", "aircraft", "planes", "helicopters", "trucks"}
_SENT_DIPLOMATS = {"delegation", "delegations", "envoy", "envoys", "negotiators", "negotiator", "representative", "representatives", "diplomats", "emissary", "emissaries", "minister", "officials"}
_MONITORS = {"observers", "monitors", "inspectors", "observer", "monitor"}
_SENT_FORCES = {"troops", "soldiers", "warships", "warship", "ships", "vessels", "vessel", "jets", "warplanes", "forces", "tanks", "battalion", "battalions", "reinforcements", "units", "frigate", "frigates", "aircraft", "brigade", "drones", "destroyer", "submarine"}
_CIVILIAN_AID = {"civilian", "humanitarian", "relief", "medical", "rescue", "purification", "shelter", "food", "medicine", "medicines", "vaccines", "doctors", "tents"}
_SENT_AID = {"aid", "food", "medicine", "medicines", "supplies", "money", "funds", "assistance", "fuel", "water", "tents", "vaccines", "doctors"}
_DUTY_KINDS = {"anti-dumping", "anti-subsidy", "countervailing", "import", "export", "customs", "retaliatory", "punitive", "steel", "aluminium", "aluminum"}
_OFFICE_NOUNS = {"official", "officials", "minister", "ministers", "speaker", "governor", "governors", "president", "judge", "judges", "chief", "head", "commander", "commanders", "mayor", "mayors",
                 "employees", "workers", "staff", "colleagues", "members", "lawmakers", "prosecutor", "prosecutors", "director", "directors", "ambassador", "officers", "anyone", "him", "her", "them"}
_OFFICE_DET = {"a", "an", "the", "any", "all", "its", "their", "his", "her", "our", "two", "three", "four", "five", "several", "dozens", "hundreds", "of", "senior"}


def _person_object(toks: list[Token], e: int, mentions: list[Mention]) -> bool:
    """The object right after a verb ending at token e (over determiners) is a person or staff:
    an office noun, a person pronoun or a person mention ("remove a speaker", "dismiss Aavik")."""
    k = e
    while k < len(toks) and k < e + 3 and toks[k].lower in _OFFICE_DET and toks[k].lower != "her":
        k += 1
    if k >= len(toks):
        return False
    if toks[k].lower in _OFFICE_NOUNS or k > e and toks[k - 1].lower == "her":
        return True
    if k > e and k + 1 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and toks[k + 1].lower in _OFFICE_NOUNS and not (k + 2 < len(toks) and toks[k + 2].lower in {"'s", "’s"}):
        return True  # "dismisses the regional governor": one modifier before the office noun
    return any(m.start == toks[k].start and m.kind == "person" and not m.pronoun for m in mentions)


_STRIKE_ARMS = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "air", "airstrike", "airstrikes", "bomb", "bombs", "killed", "wounded", "army", "military", "jets", "artillery"}
_GIVEN_AID = {"aid", "money", "funds", "funding", "food", "weapons", "arms", "asylum", "shelter", "loan", "loans", "grant", "grants", "assistance", "supplies", "medicine", "medicines",
              "equipment", "vaccines", "ammunition", "refuge", "million", "billion", "dollars", "euros", "fuel", "tents", "credit", "subsidies", "support", "protection"}
_PERIODS = {"hours", "days", "weeks", "months", "hour", "day", "week", "month"}
_BUSINESS = {"business", "businesses", "market", "markets", "commerce", "trading", "sale", "sales", "purchases", "fishing"}
_EXPELLED_PEOPLE = {"migrants", "refugees", "people", "residents", "civilians", "families", "nationals", "citizens", "foreigners", "workers", "asylum-seekers", "villagers", "haitians", "journalists", "students", "migrant"}
_ENVOYS = {"ambassador", "ambassadors", "attaché", "attache", "consul", "consuls", "embassy", "diplomat", "chargé"}
_FROZEN_ASSETS = {"assets", "asset", "funds", "funding", "accounts", "account", "aid", "money", "reserves", "property", "properties", "payments", "tranche", "tranches", "disbursement", "disbursements", "loans", "grants", "euros", "dollars", "bank"}
_JOIN_SKIP = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "either", "any", "new", "joint", "proposed", "planned"})
_JOINED = frozenset({"camp", "camps", "project", "projects", "initiative", "alliance", "alliances", "bloc", "pact", "consortium", "scheme", "curbs", "sanctions", "coalition", "programme", "program", "union", "federation", "treaty", "convention", "mission", "force", "venture"})
_ROADS = frozenset({"road", "roads", "corridor", "corridors", "highway", "highways", "route", "routes"})
_PASSAGE = {"through", "leave", "enter", "into", "cross", "pass", "return", "visit", "access", "in"}
_TRADE_WORDS = {"cargo", "exporters", "importers", "import", "imports", "export", "exports", "trade", "goods", "products", "shipments", "poultry", "beef", "meat", "grain", "wheat", "oil", "gas", "flights", "visas", "investment", "investments", "tariffs", "duties"}
_MILITARY_MODS = {"air", "drone", "missile", "rocket", "artillery", "military", "israeli", "russian", "us", "pre-emptive", "preemptive", "retaliatory", "precision", "targeted", "nuclear", "naval", "deadly", "aerial"}
_LABOUR = {"union", "unions", "workers", "students", "employees", "labour", "labor", "strikers", "walkout", "wages", "pay", "teachers", "doctors", "nurses", "miners", "drivers", "staff", "dockers", "truckers", "pilots", "farmers", "lecturers", "porters", "fishermen"}


_RULING_HEADS = {"party", "parties", "coalition", "junta", "bloc", "alliance", "elite", "class", "family", "camp", "majority", "government", "council", "front", "movement"}
_MODIFIED_HEADS = {"organiser", "organisers", "organizer", "organizers", "committee", "committees", "court", "courts", "understanding", "plan", "monitoring", "monitors", "line", "lines", "zone", "mechanism"}
_FUNCTION_AFTER = {"by", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "that", "which", "who", "as", "than", "since", "until", "during", "after", "before", "over", "into", "last", "this", "next", "earlier", "later", "again", "early", "late", "the", "a", "an", "its", "their", "his", "her", "our", "him", "them", "it", "us", "me", "any", "some", "all", "no", "up", "down", "out", "off", "back", "away", "together", "there", "here", "now", "so", "not", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "about", "more", "most"}
_PLURALS_FIRST = {"funds", "shells", "returns", "supplies", "arms", "bars", "bombs", "grants"}
_SUBJECT_PRONOUNS = {"it", "he", "she", "who", "which", "that", "also", "still", "now", "never", "often", "regularly"}
_PURE_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "same", "other", "newly", "recently"}
_PREP_ONLY = {"of", "for", "with", "in", "on", "from", "at", "into", "by", "to", "about", "against", "without"}
_BLOCK_PLACES = {
    "road", "roads", "highway", "highways", "street", "streets", "avenue", "bridge", "bridges", "gate", "gates", "entrance", "entrances", "railway", "railways",
    "rail", "tracks", "square", "port", "ports", "airport", "terminal", "traffic", "intersection", "junction", "crossing", "crossings", "roundabout", "motorway",
    "agenda", "podium", "building", "offices", "mine", "site", "plant", "refinery", "depot", "campus",
}
_BLOCK_DECISIONS = {
    "package", "deal", "agreement", "bill", "law", "laws", "legislation", "resolution", "resolutions", "text", "language", "draft", "proposal", "proposals", "plan",
    "loan", "sanctions", "measure", "measures", "appointment", "nomination", "budget", "motion", "statement", "decision", "accession", "membership", "bid", "reform", "reforms", "vote",
}
_FORCES = {"police", "troops", "soldiers", "army", "military", "forces", "officers", "guards", "authorities", "gendarmes", "riot"}
_LODGE = {"lodged", "lodge", "lodges", "lodging", "filed", "file", "registered", "register", "submitted", "delivered", "formal", "diplomatic", "official", "strong", "strongly-worded"}


_OBJ_STOP = {"and", "or", "but", "to", "that", "if", "unless", "by", "in", "on", "for", "with", "from", "at", "who", "which", "before", "after", "during", "until", "over", "since", "as", "when", "while", "because", "into", "across", "near", "outside"}


_CLOSED_MEETINGS = {"summit", "summits", "session", "sessions", "meeting", "meetings", "conference", "talks", "debate", "forum", "congress", "round"}
# "froze accession talks", "relations have been frozen since 2023": cutting relations or talks
# (PLOVER SANCTION "reduce or break diplomatic relations", "halt negotiations")
_FROZEN_TIES = {"relations", "ties", "talks", "negotiations", "contacts", "cooperation"}
def _froze_ties(toks: list[Token], i: int, e: int) -> bool:
    """"froze Georgia's accession talks" (the object, over modifiers and a possessive name),
    "relations … have been frozen since 2023" (a passive with its subject before)."""
    for k in range(e, min(len(toks), e + 5)):
        w = toks[k].lower
        if w in _FROZEN_TIES:
            return True
        if w in _OBJ_STOP or not (toks[k].text.replace("-", "").isalpha() or w in {"'s", "’s"}):
            break
    return toks[i].lower == "frozen" and any(x.lower == "since" for x in toks[e : e + 2]) and any(x.lower in _FROZEN_TIES for x in toks[max(0, i - 8) : i])


_CAPTIVES = {"prisoners", "detainees", "captives", "hostages", "pows", "prisoners-of-war", "soldiers", "bodies"}
_IGNORED = {"demand", "demands", "call", "calls", "appeal", "appeals", "warning", "warnings", "order", "orders", "request", "requests", "ultimatum", "plea", "pleas", "summons",
            "ruling", "rulings", "instructions", "deadline", "injunction", "resolution", "resolutions", "requirements"}
_IMPEACHMENT = {"impeachment"}
_MET_TERMS = {"target", "targets", "demand", "demands", "condition", "conditions", "requirement", "requirements", "deadline", "deadlines", "criteria", "obligations", "commitments",
              "benchmark", "benchmarks", "goal", "goals", "standards", "terms", "quota", "quotas"}
_HOSTED_PEOPLE = {"families", "asylum", "evacuees", "exiles"}
_SENT_PAPERS = {"case", "cases", "bill", "bills", "file", "files", "dossier", "matter", "question", "dispute", "law", "text"}
_SENT_PEOPLE = {"refugees", "migrants", "asylum-seekers", "asylum", "person", "people", "families", "deportees", "returnees"}


def _sent_object(toks: list[Token], e: int) -> str | None:
    """The head word of the object after "send" at token e, over determiners, numbers and
    modifiers (capitalised ones too: "sending Myanmar refugees home"), up to a clause word."""
    for k in range(e, min(len(toks), e + 5)):
        w = toks[k].lower
        if w in _SENT_PAPERS or w in _SENT_PEOPLE or w in _SENT_AID or w in _SENT_FORCES or w in _SENT_DIPLOMATS:
            return w
        if not toks[k].text.replace("-", "").replace(",", "").isalnum() or w in _OBJ_STOP or w in {"back", "home", "there"}:
            return None
    return None


def _thing_subject(toks: list[Token], i: int, mentions: list[Mention], lex: Lexicon) -> bool:
    """The subject of the verb at token i is a plain common noun that names no actor ("the
    stoppage threatened …", "a row that had threatened …"): lower case, not a pronoun, not a
    group noun of cues.json, not inside an actor mention."""
    k = _before_aux(toks, i, _AUX_OR_ADVERB | {"that", "which"})
    if k > 0 and toks[k].lower == "," and toks[k + 1].lower == "which":
        k -= 1  # "the drought, which has threatened …"
    if k < 1 or not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].lower in _SUBJECT_PRONOUNS or toks[k].lower in {"it", "this", "who", "they", "we", "i", "you", "he", "she", "one"}:
        return False
    if toks[k - 1].lower not in _DEFINITE and toks[k - 1].lower not in _NOT_AFTER_DET and not (toks[k - 1].text.replace("-", "").isalpha() and toks[k - 1].text.islower()):
        return False
    if any(toks[k].lower in v for v in lex.cues["group_nouns"].values()) or toks[k].lower in _OFFICE_NOUNS:
        return False
    start = toks[k].start
    return not any(m.start <= start < m.end for m in mentions)


_RELEASED_MONEY = frozenset({"funds", "funding", "money", "aid", "tranche", "tranches", "disbursement", "disbursements", "loan", "loans", "grant", "grants", "euros", "dollars", "payments", "assistance"})


def _released_money(toks: list[Token], i: int, e: int) -> bool:
    """The object of release/unfreeze at [i, e) is money: "release a first tranche", "unfreeze
    6.3 billion euros in cohesion funds", "released $40 million"; in a passive ("the money
    could be released") the subject noun before the auxiliaries."""
    for k in range(e, min(len(toks), e + 7)):
        t = toks[k]
        w = t.lower
        if w in _RELEASED_MONEY or t.text[:1] in {"$", "€", "£"}:
            return True
        if t.text[:1].isdigit() or w in {"million", "billion", "bn", "m"}:
            continue
        if w in {".", ","} and toks[k - 1].text[:1].isdigit() and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit():
            continue  # "6.3 billion": the tokenizer splits a decimal number
        if not (t.text.replace("-", "").isalpha() and (t.text.islower() or w in _NOT_AFTER_DET)) or w in _OBJ_STOP:
            break
    k = _before_aux(toks, i)
    return 0 <= k < i - 1 and toks[k].lower in _RELEASED_MONEY


def _object_word(toks: list[Token], i: int, e: int, vocab: set[str]) -> str | None:
    """The first word of vocab in the object of the verb at [i, e), over determiners and
    lower-case modifiers ("blocked access roads", "blocked the main road"); in a passive
    ("the bill was blocked") the subject noun before the auxiliaries."""
    for k in range(e, min(len(toks), e + 6)):
        w = toks[k].lower
        if w in vocab:
            return w
        if not (toks[k].text.replace("-", "").isalpha() and (toks[k].text.islower() or w in _NOT_AFTER_DET)) or w in _OBJ_STOP:
            break
    k = _before_aux(toks, i)
    if k < i - 1 and k >= 0 and toks[k].lower in vocab:
        return toks[k].lower
    return None


def _is_force(key: tuple, mentions: list[Mention]) -> bool:
    """The actor is police, troops or the authorities (by the words of its mention)."""
    m = next((x for x in mentions if x.key == key and not x.pronoun), None)
    return m is not None and bool({w.lower() for w in m.name.split()} & _FORCES)


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time"}


def _strike_on_target(toks: list[Token], e: int) -> bool:
    """"the strike on the village", "strikes on Kharkiv": a strike on a target, not on a day."""
    return e + 1 < len(toks) and toks[e].lower == "on" and toks[e + 1].lower not in _WEEKDAYS and not toks[e + 1].text[:1].isdigit()


def _is_labour(key: tuple, mentions: list[Mention]) -> bool:
    """The actor is a union or a group of workers (by the words of its mention)."""
    m = next((x for x in mentions if x.key == key and not x.pronoun), None)
    if m is None:
        return False
    words = {w.lower() for w in m.name.split()}
    words |= {w.rstrip("'’") for w in words} | {w[:-2] for w in words if w.endswith(("'s", "’s"))}
    return bool(words & _LABOUR)


def text_between_is_and(toks: list[Token], a: int, b: int) -> bool:
    # the tokens starting in [a, b), found by bisection (tokens are in text order)
    lows, starts = _facts(toks)
    i = bisect_left(starts, a)
    j = bisect_left(starts, b, i)  # (b >= a here; from i on gives the same index when not)
    if j - i > 3:
        return False  # longer than any of the joins below
    mid = lows[i:j]
    return mid in (["and"], [",", "and"], ["&"], [","], ["and", "the"], [",", "and", "the"])


# What is held when "hold" is no detention: a meeting (the noun is the event) or a vote, an
# exercise or a ceremony (no coercion at all).
_TABLE = {"table", "talks", "negotiations", "negotiating", "dialogue"}
_REFUGEES = {"refugees", "million", "migrants", "syrians", "afghans", "ukrainians", "rohingya", "displaced", "asylum-seekers", "thousands"}
_HELD_MEETINGS = {"talks", "consultations", "negotiations", "meeting", "meetings", "summit", "dialogue", "discussions", "round", "session", "sessions", "conversation", "conversations"}
_HELD_OTHER = {"vigil", "vigils", "rerun", "hostage", "referendum", "election", "elections", "vote", "votes", "poll", "polls", "drills", "exercises", "rally", "rallies", "ceremony", "hearing", "hearings", "conference", "press", "funeral", "celebrations", "inquiry", "primary", "primaries", "power", "office", "majority", "seats", "stake", "shares", "position", "view", "talk", "line", "march", "marches", "bloc", "demonstration", "demonstrations", "protest", "protests", "strike"}


_HOLD_SKIP = {'"', "“", "”", "'", "’", "'s", "’s"}


def _held_by_event(evs: list[Ev], toks: list[Token], ev: Ev) -> bool:
    """An intransitive "hold" whose subject is an event noun ("the truce will hold", "that
    promise holds"): nothing follows as object and the word before (past auxiliaries and
    adverbs) is a noun trigger."""
    if ev.tok_end < len(toks) and toks[ev.tok_end].text.replace("-", "").isalpha() and toks[ev.tok_end].lower not in {"if", "unless", "until", "as", "and", "but", "or", "for", "through", "beyond"}:
        return False  # an object or particle follows: "hold the town", "hold up"
    k = _before_aux(toks, ev.tok_i, _AUX_OR_ADVERB)
    return k >= 0 and any(x.pos == "n" and x.tok_end - 1 == k for x in evs if x is not ev)


def _hold_what(evs: list[Ev], toks: list[Token]) -> list[Ev]:
    """"held separate talks", "will hold a second round of talks", "if Armenia held a
    referendum": "hold" before a meeting or a vote is not a detention (COERCE). Before a
    meeting noun that is a trigger itself the noun carries the event; a meeting noun without
    one makes "hold" the consultation; a vote, exercise or office is no event of "hold"."""
    out: list[Ev] = []
    for ev in evs:
        if ev.lemma == "warn" and ev.pos == "v" and (ev.tok_end >= len(toks) or toks[ev.tok_end].lower in {".", ";"}):
            continue  # "…, the EU's foreign policy chief warned.": the speaker of the sentence, not a threat
        if ev.lemma == "close" and ev.pos == "v" and ev.tok_end < len(toks) and (toks[ev.tok_end].lower == "doors" or _object_word(toks, ev.tok_i, ev.tok_end, _CLOSED_MEETINGS) is not None and not any(x.lower in _FORCE_NOUNS for x in toks[ev.tok_end : ev.tok_end + 4])):
            continue  # "behind closed doors"; "closed their annual summit": the end of a meeting, not a closure (guidelines 2: no end of an event)
        if ev.lemma == "hold" and ev.pos == "v" and (k := _before_aux(toks, ev.tok_i, _AUX_OR_ADVERB | {"only"})) >= 0 and (toks[k].lower in _TRUCES or toks[k].lower in _PACT_NOUNS):
            continue  # "this truce holds only as long as …", "the ceasefire held": the truce lasting, no detention
        if ev.lemma == "opposition" and not (ev.tok_end < len(toks) and toks[ev.tok_end].lower in {"to", "from"} or ev.tok_i > 0 and toks[ev.tok_i - 1].lower in {"its", "their", "his", "her", "our", "my"}):
            continue  # "the opposition Farmers' Union" is a group; "its opposition to X" a rejection
        if ev.lemma in {"return", "go back", "come back"} and ev.pos == "v" and toks[ev.tok_end : ev.tok_end + 3] and toks[ev.tok_end].lower == "to" and any(x.lower in _TABLE for x in toks[ev.tok_end + 1 : ev.tok_end + 3]):
            ev.type, ev.mode = "CONSULT", None  # "return to the table", "go back to talks": negotiating again
        if ev.lemma == "host" and ev.pos == "v" and any(x.lower in _REFUGEES for x in toks[ev.tok_end : ev.tok_end + 5]):
            ev.type, ev.mode = "AID", None  # "hosted 1.3 million Syrians": refuge is aid (PLOVER AID: asylum)
            out.append(ev)
            continue
        if ev.lemma == "host" and ev.pos == "v":
            # "would host the next round", "offered to host talks", "talks hosted by Qatar": the
            # meeting is the event (the host is its third party, PLOVER CONSULT); a meeting noun
            # that is no trigger of its own ("round", "session") carries it instead of "host"
            k = ev.tok_end
            while k < min(len(toks), ev.tok_end + 5) and toks[k].lower not in _HELD_MEETINGS and toks[k].text.islower() and toks[k].text.replace("-", "").isalpha() and toks[k].lower not in {"and", "or", "but", "to", "that", "who", "which", "in", "at", "on", "for", "them", "it", "him", "her"}:
                k += 1
            if k < len(toks) and toks[k].lower in _HELD_MEETINGS and (toks[k].lower != "round" or k + 1 >= len(toks) or toks[k + 1].lower != "of"):
                if not any(x.tok_i <= k < x.tok_end for x in evs if x is not ev):
                    ev.start, ev.end, ev.tok_i, ev.tok_end, ev.lemma, ev.pos = toks[k].start, toks[k].end, k, k + 1, toks[k].lower, "n"
                    ev.type, ev.mode = "CONSULT", "third-party"  # guidelines 2.2 q15: a third party hosts
                    out.append(ev)
                continue
            if ev.tok_i > 0 and toks[ev.tok_i - 1].lower in _HELD_MEETINGS and ev.tok_end < len(toks) and toks[ev.tok_end].lower == "by":
                continue  # "talks hosted by Qatar": the talks are the event
        if ev.lemma == "attend" and ev.pos == "v" and (ev.tok_end >= len(toks) or toks[ev.tok_end].lower == "by" or not toks[ev.tok_end].text.isalpha()):
            continue  # "a meeting attended by UNIFIL" (the meeting is the event), "barred from attending." (no meeting named)
        if ev.lemma == "attend" and ev.pos == "v" and any(x.pos == "n" and x.type == "CONSULT" and ev.tok_end <= x.tok_i <= ev.tok_end + 3 and all(t.text.isalpha() and t.text.islower() for t in toks[ev.tok_end : x.tok_i]) for x in evs):
            continue  # "will not attend the summit": the meeting noun carries the event
        if ev.lemma == "hold" and ev.type == "COERCE" and ev.pos == "v":
            obj = None
            k, stop, quoted = ev.tok_end - 1, min(len(toks), ev.tok_end + 5), False
            while k + 1 < stop:
                k += 1
                w = toks[k].lower
                if w in _HELD_MEETINGS or w in _HELD_OTHER:
                    obj = (k, w)
                    break
                if w in _HOLD_SKIP or quoted:
                    # 'held "constructive but fruitless" consultations', "a defence ministers' meeting"
                    quoted = quoted != (w in {'"', "“", "”"})
                    stop = min(len(toks), stop + 1)
                    continue
                if not (toks[k].text.islower() and toks[k].text.replace("-", "").isalpha() or toks[k].text[:1].isdigit()) or w in {"and", "or", "but", "to", "that", "who", "which", "in", "at", "on", "for"}:
                    break
            if obj is None and any(x.lower == "ransom" for x in toks[ev.tok_end : ev.tok_end + 6]):
                continue  # "holding the country to ransom": a reproach, nobody detained
            if obj is None and ev.tok_i > 0 and _held_by_event(evs, toks, ev):
                continue  # "the truce will hold", "as long as that promise holds": it lasts (guidelines 2: no duration)
            if obj is None and ev.tok_i > 1 and toks[ev.tok_i - 1].lower in {"be", "been", "being", "was", "were", "is", "are"}:
                k = _before_aux(toks, ev.tok_i)
                if k >= 0 and (toks[k].lower in _HELD_OTHER or toks[k].lower in _HELD_MEETINGS):
                    continue  # "whether elections … can be held": a vote is held, nobody detained
            if obj is not None:
                k, w = obj
                if w in _HELD_MEETINGS and w != "round" and not any(x.tok_i <= k < x.tok_end for x in evs if x is not ev):
                    # "hold a joint government session": the meeting noun is the event (as
                    # annotators mark "hold talks", "hold a rally")
                    ev.start, ev.end, ev.tok_i, ev.tok_end, ev.lemma, ev.pos = toks[k].start, toks[k].end, k, k + 1, w, "n"
                    ev.type, ev.mode = "CONSULT", None
                elif w == "round" and any(x.type == "CONSULT" and k < x.tok_i <= k + 3 for x in evs):
                    continue  # "a second round of talks": the talks are the event
                else:
                    continue
        out.append(ev)
    return out


def _drop_object_nouns(evs: list[Ev], toks: list[Token]) -> list[Ev]:
    """"imposed tariffs", "sent food supplies", "accepted a proposal": a noun trigger of the
    verb's own type right after it names the same event; keep the verb only."""
    out: list[Ev] = []
    for ev in evs:
        if ev.pos == "n" and ev.lemma in _PACT_NOUNS and _object_of_pact_verb(toks, ev.tok_i):
            continue  # "ratified an agreement", "sign any deal": the signing is the event
        prev = out[-1] if out else None
        if ev.lemma in _PACT_NOUNS and prev is not None and prev.lemma != "agree":
            pass  # "praised the deal", "backed the accord": support for an agreement concluded apart
        elif prev is not None and ev.pos == "n" and prev.pos == "v" and prev.type == ev.type and 0 < ev.tok_i - prev.tok_end <= 3 and all(t.text.isalpha() and (t.text.islower() or t.lower in {"the", "a", "an"}) and t.lower not in {"and", "or", "but", "to"} for t in toks[prev.tok_end : ev.tok_i]):
            continue
        out.append(ev)
    return out


# An agreement signed, ratified, approved or reviewed is the object of that act, which is the
# event (guidelines 2.2 q14: signing or concluding an agreement is SUPPORT).
_PACT_NOUNS = {"deal", "agreement", "accord", "pact", "treaty"}
_PACT_VERBS = {
    f"{v}{x}" for v in ("sign", "ratif", "approv", "review", "endors") for x in ("", "s", "ed", "ing", "e", "es", "y", "ies", "ied", "ying", "ication", "al")
} - {"signal", "signe", "signy", "signies"}


def _object_of_pact_verb(toks: list[Token], i: int) -> bool:
    """A verb of signing or approving within four words before token i, with only lower-case
    modifiers and determiners (or "of" after a noun of that act) between."""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = toks[k].lower
        if w in _PACT_VERBS:
            return True
        if not (toks[k].text.islower() and (toks[k].text.replace("-", "").isalpha())) or w in {"and", "or", "but", "to", "that", "which", "would", "will"}:
            return False
    return False


_CONVICTION = {"convicted", "convicts", "convict", "conviction", "sentenced", "sentence", "sentences", "guilty", "jail", "jailed", "prison", "imprisonment", "fined", "fine", "bribes", "corruption", "fraud", "disqualified", "barred"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WHEN_WORDS = _WEEKDAYS | _MONTHS | {"on", "in", "at", "last", "this", "next", "late", "early", "earlier", "later", "week", "month", "year", "day", "night", "evening", "morning", "afternoon", "weekend", "today", "yesterday", "tomorrow", "also", "finally", "eventually", "formally", "tentatively", "unanimously", "jointly", "already", "now", "then", "principle", "privately", "publicly", "separately", "both", "all"}
_AGREE_DET = {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "new", "any", "no", "some", "all", "both", "each", "terms", "details", "text"}
_AGREED_NOUN_BEFORE = _PREP_ONLY | _AUX_OR_ADVERB | {"and", "or", "but", "who", "which", "that", "they", "we", "i", "you", "he", "she", "it", "to", "jointly", "have", "has", "had", "having", "finally", "reportedly", "unanimously", "formally", "already", "both", "all", "each", "sides", "parties", "countries", "nations"}


def _concludes_agreement(toks: list[Token], i: int, e: int) -> bool:
    """Whether "agree(d)" at tokens i..e concludes an agreement rather than commits to an act:
    "agreed the figures", "agreed on a text", "the terms agreed last month", "a plan agreed
    with the lenders" conclude one; "agreed (on Wednesday) to resume talks", "agreed that X
    would …", "agreed to a truce" and a bare "agreed" commit (or accept an offer)."""
    n = len(toks)
    k = e
    # skip a time or manner phrase: "agreed on Wednesday to …", "agreed last month to …"
    while k < n and k < e + 6 and (toks[k].lower in _WHEN_WORDS or toks[k].text[:1].isdigit() or toks[k].lower == ","):
        if toks[k].lower == "on" and k + 1 < n and toks[k + 1].lower not in _WEEKDAYS and toks[k + 1].lower not in _MONTHS and not toks[k + 1].text[:1].isdigit():
            break  # "agreed on a text": the object of the agreement, not a date
        k += 1
    if k >= n:
        return False
    nxt = toks[k].lower
    prev = toks[i - 1] if i > 0 else None
    if toks[i].lower == "agreed" and prev is not None and prev.text.isalpha() and prev.text.islower() and prev.lower not in _AGREED_NOUN_BEFORE and not prev.lower.endswith("ly") and (nxt in {"by", "with", "under", "between"} or k > e and nxt in {",", ".", "and", ";"} or k > e and toks[e].lower in {"in", "at"} and toks[k].text[:1].isupper()):
        return True  # a participle after its noun: "the terms agreed last month", "a target agreed with Brussels"
    if nxt == "on" or nxt == "upon":
        return True  # "agreed on the terms", "failed to agree on a budget"
    if nxt in _AGREE_DET and k == e:
        return True  # "agreed the figures", "agreed a deal", "agreed terms"
    return False


def _tok_index(toks: list[Token], start: int) -> int:
    """The index of the first token starting at or after the offset (len(toks) if none)."""
    return bisect_left(_facts(toks)[1], start)  # on the sentence's starts, listed once


# Every TIMEX alternative needs one of these (lower case): a month name beside a day number
# ("may 16", "16 may"), a year (alone, with a month or in an ISO date), a weekday or
# yesterday/today (ending in "day"), or a relative word ("night" covers "tonight", "overnight").
# A bare number ("94 votes") needs no scan.
_MON = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_TIME_HINT_RE = re.compile(rf"day\b|tomorrow|week|month|year|night|(?:19|20)\d\d|\b{_MON}[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}|(?:in|since|during|until|till|by|from|through|of|early|late|mid|last|next|this)[\s-]+{_MON}")


_DOC_MEMO: list = [None, {}]  # the current document's text and what its earlier sentences settled


def _doc_memo(text: str) -> dict[str, str]:
    """Per-document notes (sentences are built in order, one document at a time per process):
    the type an earlier mention of the same measure was given."""
    if _DOC_MEMO[0] is not text:
        _DOC_MEMO[0], _DOC_MEMO[1] = text, {}
    return _DOC_MEMO[1]


_TIMEX_LOW = re.compile(TIMEX.pattern)  # over lower-cased text: about twice as fast as IGNORECASE
_LOW_CACHE: list[str] = ["", ""]  # the last document's text and its lower-cased form


def _lowered(text: str) -> str:
    """text.lower(), computed once per document (callers compare lengths: a few characters
    change length when lower-cased, and then offsets would not match)."""
    if _LOW_CACHE[0] is not text:
        _LOW_CACHE[0], _LOW_CACHE[1] = text, text.lower()
    return _LOW_CACHE[1]


# Every _TIME_HINT_RE and every TIMEX match contains one of these (or a year's digits). Their
# positions are found once per document with str.find, so most sentences need no regex scan
# at all, and the TIMEX scan starts near the first of them.
_HINT_WORDS = ("day", "tomorrow", "week", "month", "year", "night", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR_AT = re.compile(r"(?:19|20)\d\d")  # tried only where str.find sees "19" or "20"
_HINT_CACHE: list = [None, []]  # the last document's lower-cased text and its hint positions


def _hint_starts(low: str) -> list[int]:
    """Sorted start offsets of every occurrence of a hint word in the lower-cased document."""
    if _HINT_CACHE[0] is not low:
        starts: list[int] = []
        for w in _HINT_WORDS:
            k = low.find(w)
            while k != -1:
                starts.append(k)
                k = low.find(w, k + 1)
        # every start of a year, overlapping ones too ("20202"): a zero-width regex scan
        # tries every offset of the text; "19"/"20" are rare, so find them and test there
        for y in ("19", "20"):
            k = low.find(y)
            while k != -1:
                if _YEAR_AT.match(low, k):
                    starts.append(k)
                k = low.find(y, k + 1)
        starts.sort()
        _HINT_CACHE[0], _HINT_CACHE[1] = low, starts
    return _HINT_CACHE[1]


# Read backwards from an offset (on the reversed text): the rest of its chunk, then whole
# chunks, each greedy run forced by the next one's complementary class. A TIMEX match starts
# at most four whitespace runs before a hint word it contains ("through the beginning of
# May", "the end of this year"); a _TIME_HINT_RE match at most two runs of whitespace or
# hyphens ("16th of may", "mid-may").
_TIMEX_REACH = re.compile(r"\S*(?:\s*\S*){4}")
_HINT_REACH = re.compile(r"[^\s-]*(?:[\s-]*[^\s-]*){2}")
_REV_CACHE: list = [None, ""]  # the last lower-cased document and its reverse


def _reach_back(low: str, k: int, reach: re.Pattern[str]) -> int:
    """The earliest offset a match holding the hint word at k can start at: the start of
    the chunk that reach's last chunk reaches, reading back from k."""
    if _REV_CACHE[0] is not low:
        _REV_CACHE[0], _REV_CACHE[1] = low, low[::-1]
    r = len(low) - k  # low[k - 1] in the reversed text
    m = reach.match(_REV_CACHE[1], r)
    assert m is not None  # every part may be empty
    return k - (m.end() - r)


_WORD_START = re.compile(r"\b\w")  # where a TIMEX match can start (each begins \b and a letter or digit)


def _timex_in(low: str, a: int, b: int, starts: list[int]) -> list[re.Match[str]]:
    """list(_TIMEX_LOW.finditer(low, a, b)), trying only the word starts within reach of a
    hint word: every match holds one and starts at a word start at most four whitespace runs
    before it. Matching at a position with endpos b is exactly finditer's attempt there (the
    look-behinds and look-aheads see the same characters), and the positions are tried in
    increasing order, so the first success is finditer's next match."""
    out: list[re.Match[str]] = []
    tried = a  # every position in [a, tried) starts no match after the last one found
    k = bisect_left(starts, a)
    while k < len(starts) and starts[k] < b:
        hint = starts[k]
        k += 1
        if hint < tried:
            continue  # inside the last match: a later match holds a later hint word
        lo = max(tried, _reach_back(low, hint, _TIMEX_REACH))
        for w in _WORD_START.finditer(low, lo, hint + 1):
            m = _TIMEX_LOW.match(low, w.start(), b)
            if m is not None:
                out.append(m)
                tried = m.end()
                break
        else:
            tried = hint + 1
    return out


# statuses of events the article places after its writing: a bare weekday or month dates them
# forward ("would march on Friday", "the offer must come by Wednesday", "unless they pay in
# March"); a condition's events lie ahead too (guidelines 2.3: both sides of a condition are
# hypothetical)
_AHEAD_STATUS = frozenset({"planned", "desired", "hypothetical"})


def _time(evs: list[Ev], toks: list[Token], text: str, published: date | None) -> None:
    if not evs or not toks:
        return
    a, b = toks[0].start, toks[-1].end
    low = _lowered(text)
    starts = _hint_starts(low)
    k = bisect_left(starts, a)
    if k == len(starts) or starts[k] >= b:
        return  # no hint word in the sentence: _TIME_HINT_RE cannot match there
    # a match holds a hint word, so none starts before the reach of the first one
    if not _TIME_HINT_RE.search(low, max(a, _reach_back(low, starts[k], _HINT_REACH)), b):
        return  # the (slow) TIMEX scan cannot match: no digit, month, day or week word
    # the lower-cased text keeps every offset (checked in _lowered): scan it without IGNORECASE
    found = _timex_in(low, a, b, starts) if len(low) == len(text) else list(TIMEX.finditer(text, a, b))
    if not found:
        return
    # Each time expression dates one event of its own clause ("urged X ... to send aid next
    # week": next week is the sending); mentions of the same instance share it later.
    chosen: dict[int, re.Match[str]] = {}
    for x in found:
        if x.group("m4") and not text[x.start("m4")].isupper():
            continue  # "this may …": the modal, not the month
        k = _time_anchor(evs, toks, x.start(), x.end())
        if k is not None and k not in chosen:
            chosen[k] = x
    for k, m in sorted(chosen.items()):
        ev = evs[k]
        value = normalise(m, published, ev.status in _AHEAD_STATUS)
        s, e = m.span()
        # drop a leading "on"/"by" from the span: it is not part of the time
        for lead in ("on ", "On ", "by ", "until ", "in ", "In ", "since ", "Since ", "during ", "from ", "till ", "through "):
            if text.startswith(lead, s) and not m.group(0).lower().startswith(("last", "next", "this")):
                s += len(lead)
        ev.time_span = (s, e)
        ev.time_value = value
    if len(found) == 1 and len(chosen) == 1:
        # "convicted X on Tuesday and sentenced him …", "… on Monday, freezing their assets":
        # with one date in the sentence, the other verbal acts that happened share it
        (k, m), = chosen.items()
        dated = evs[k]
        if dated.status == "occurred" and dated.time_value:
            for ev in evs:
                if ev is not dated and ev.time_value is None and ev.status == "occurred" and ev.pos == "v" and _coordinated(toks, dated, ev):
                    ev.time_value = dated.time_value


# Words that end the clause a time expression belongs to.
_CLAUSE_END = {",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "but", "which", "who", "whom", "whose", "where", "while", "whereas", "although", "because", "after", "before", "when", "as", "if", "unless", "that"}
_REPORTING = {"said", "says", "told", "announced", "stated", "added", "confirmed", "reported", "declared", "wrote"}
_TIME_LEAD = {"on", "earlier", "later", "late", "early", "by", "in", "since", "last", "this", "overnight", "then"}


def _time_anchor(evs: list[Ev], toks: list[Token], a: int, b: int) -> int | None:
    """Index of the event a time expression at [a, b) dates: the nearest event before it in
    its clause ("arrested three men near X on Saturday"), a verb rather than its own object
    noun ("lifted its ban next month"); else the nearest after it in the clause ("parliament
    on Thursday ratified"); a sentence-opening time ("On Tuesday, police …") dates the first
    verbal event of the sentence; "X said on Monday that …" the first reported act. A time
    in another clause (", the ministry said on Tuesday") or that modifies a noun ("before
    the June 7 runoff") dates nothing."""
    i = _tok_index(toks, a)
    j = _tok_index(toks, b)
    n = len(toks)
    lows = _facts(toks)[0]
    lo = i
    while lo > 0 and lows[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi = j
    while hi < n and lows[hi] not in _CLAUSE_END:
        hi += 1
    if j < n and toks[j].text.isalpha() and toks[j].text.islower() and i > 0 and toks[i - 1].lower in {"the", "a", "its", "their", "his", "her"}:
        return None  # "the June 7 second round": a date that modifies a noun
    if i > 0 and lows[i - 1] in _REPORTING and not (hi < n and lows[hi] == "that"):
        # "X said on Monday its jets had struck …", "said on Saturday it would accept …": the
        # day of the saying, not of what is said (which has its own date or none)
        return None
    before = [k for k, e in enumerate(evs) if e.tok_end <= i and e.tok_i >= lo]
    after = [k for k, e in enumerate(evs) if e.tok_i >= j and e.tok_i < hi]
    if before:
        k = before[-1]
        e = evs[k]
        if e.pos == "n":
            # "lift its ban", "turned down the request": the verb whose object the noun is
            verbs = [v for v in before if evs[v].pos != "n" and evs[v].tok_end <= e.tok_i]
            if verbs:
                v = evs[verbs[-1]]
                mid = toks[v.tok_end : e.tok_i]
                if all(t.text.isalpha() and (t.text.islower() or t.lower in _NOT_AFTER_DET) and t.lower not in _PREP_RECIP and t.lower not in {"and", "or", "of"} for t in mid):
                    return verbs[-1]
        return k
    if after:
        return after[0]
    if all(t.lower in _TIME_LEAD for t in toks[:i]):
        first = next((k for k, e in enumerate(evs) if e.tok_i >= j and e.pos != "n"), None)
        return first
    if i > 0 and toks[i - 1].lower in _REPORTING and hi < n and toks[hi].lower == "that":
        return next((k for k, e in enumerate(evs) if e.tok_i > hi and e.status == "occurred"), None)
    return None


def _coordinated(toks: list[Token], a: Ev, b: Ev) -> bool:
    """The later of two verb triggers continues the earlier one's clause ("… and sentenced",
    "…, killing"), with no adverbial clause between them."""
    first, second = (a, b) if a.tok_i < b.tok_i else (b, a)
    if second.tok_i == 0:
        return False
    prev = toks[second.tok_i - 1]
    linked = prev.lower == "and" or prev.text == "," and toks[second.tok_i].lower.endswith("ing")
    between = {t.lower for t in toks[first.tok_end : second.tok_i]}
    return linked and not between & {"after", "before", "when", "because", "while", "if", "unless"}


def _location(evs: list[Ev], locations: list[tuple[int, int, object]]) -> None:
    if not locations:
        return
    for ev in evs:
        cands = [l for l in locations if abs(l[0] - ev.end) < 120 or abs(ev.start - l[1]) < 120]
        if cands:
            l = min(cands, key=lambda x: (x[0] < ev.start, abs(x[0] - ev.end)))
            entry = l[2]
            ev.loc = (l[0], l[1], entry.name, entry.country)  # type: ignore[attr-defined]
