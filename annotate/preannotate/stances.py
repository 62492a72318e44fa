"""Stances: who supports or opposes what, from evaluative cues ("wants", "welcomed",
"condemned", "opposes") with the holder before the cue and the target after it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotate.preannotate.actors import ActorFinder, Mention, _affiliation, side_of
from annotate.preannotate.condcues import cue_at
from annotate.preannotate.conditions import _QUOTES
from annotate.preannotate.events import _tok_index as _tok_at  # the first token starting at or after an offset
from annotate.preannotate.resources import Lexicon, lexicon
from annotate.preannotate.status import _BE, _NEG, clause_before
from annotate.preannotate.text import Token, token_facts

_NEED_BE = {"neutral", "tired", "fed", "frustrated", "disappointed", "against", "commit", "ready", "prepared", "willing", "eager", "keen", "skeptical", "sceptical", "concerned", "optimistic", "undecided", "open"}
_PREPS = {"with", "to", "against", "from", "of", "for", "by", "in", "at", "on", "about", "toward", "towards"}
_MODALS = {"would", "could", "might", "may"}
_WILL = {"will", "would", "'ll", "’ll", "shall"}
# cues after which the consequent follows ("…, otherwise we will oppose it"): a position there
# is a conditional one, not inside the condition
_CONSEQUENT_CUES = {("otherwise",), ("or", "else")}
_REQUESTS = {"urge", "ask", "call", "press", "appeal", "encourage", "request", "demand"}
_EVIDENCE = {"evidence", "proof", "grounds", "basis", "data", "nothing"}
_HOPES = {"hope", "want", "wish", "expect"}
_NOUN_CUES = {"readiness", "willingness", "desire", "confidence", "opposition", "support"}
# before a bare cue that is also a noun, these make it the verb ("we support", "would fully support")
_VERB_LEAD = {"i", "we", "they", "you", "to", "not", "n't", "'t", "’t", "cannot", "also", "fully", "strongly", "firmly", "still", "do", "does", "did", "will", "would", "can", "could", "must", "should", "shall", "may", "might", "'ll", "’ll"}


def _clause_with_brackets(toks: list[Token], i: int) -> list[Token]:
    """clause_before(toks, i, 10), read on across a bracketed acronym that ends it: "The
    Nepali Congress (NC) will back …", "His party (SNS) dismissed …" keep the name as subject."""
    before = clause_before(toks, i, 10)
    j = i - len(before) - 1
    if j > 1 and toks[j].text == ")":
        p = next((k for k in range(j - 1, max(0, j - 6), -1) if toks[k].text == "("), None)
        if p is not None and p > 0:
            return before + toks[p : j + 1][::-1] + clause_before(toks, p, 10)
    return before


def _coordinated_before(toks: list[Token], k: int, mentions: list[Mention]) -> list[Mention]:
    """The mention ending right before token k, with those coordinated to it ("X and Y")."""
    out: list[Mention] = []
    if k > 2 and toks[k - 1].text == ")":
        # "the International Monetary Fund (IMF), which …": the name before the acronym
        p = next((x for x in range(k - 2, max(0, k - 7), -1) if toks[x].text == "("), None)
        if p is not None and p > 0:
            k = p
    end = toks[k - 1].end if k > 0 else -1
    while True:
        m = next((x for x in mentions if x.end == end and not x.pronoun), None)
        if m is None:
            break
        out.insert(0, m)
        j = next((x for x in range(len(toks)) if toks[x].start == m.start), 0)
        if j >= 3 and toks[j - 1].lower in {"the", "a", "an"}:
            j -= 1  # "the United States and the European Union": the article is not the mention's
        if j >= 2 and toks[j - 1].lower in {"and", ","}:
            end = toks[j - 2].end
        else:
            break
    return out


# a person's possessive before a body noun ("said her party would oppose", "his government
# still hoped"): the position is the body's, the person's party or the official's state
_PARTY_NOUNS = {"party", "movement", "bloc", "group", "coalition", "alliance", "camp", "faction", "organisation", "organization", "deputies", "lawmakers", "legislators", "mps"}
_STATE_NOUNS = {"government", "administration", "country", "cabinet"}


def _body_holder(toks: list[Token], holder: Mention) -> Mention:
    """The holder ("side", person, "party" | "state") of a position a person's possessive
    body holds ("her party would back"), resolved by resolve_side; else the holder itself."""
    if not holder.pronoun or holder.key[0] != "person":
        return holder
    k = _tok_at(toks, holder.start)
    if k + 1 >= len(toks) or toks[k].lower not in {"his", "her", "their"}:
        return holder
    w = toks[k + 1].lower
    if w == "own" and k + 2 < len(toks):
        w = toks[k + 2].lower
    kind = "party" if w in _PARTY_NOUNS else "state" if w in _STATE_NOUNS else None
    return replace(holder, key=("side", holder.key, kind)) if kind else holder


def resolve_side(key: tuple, s: int, finder: ActorFinder, lex: Lexicon, known: set[tuple]) -> tuple:
    """The body a ("side", person, kind) holder stands for: the person's introduced affiliation
    ("Sinn Féin's defence spokesman, X … his party"), for "his government" also an official's
    state (actors.side_of), when it is an actor of the document (`known`, the keys with a
    mention); else the person, as before."""
    person, kind = key[1], key[2]
    body = _affiliation(person, finder) if kind == "party" else side_of(person, s, finder, lex)
    return body if body is not None and body in known else person


_FINITE_AUX = {"will", "would", "has", "had", "have", "is", "was", "were", "are", "could", "can", "may", "might", "must", "should", "did", "does", "also", "then", "later"}


def _finite_verb(w: str) -> bool:
    """An inflected verb form ("said", "urged", "offers") or an auxiliary that opens a
    coordinated clause; a bare form ("and return of …") may be a noun."""
    if w in _FINITE_AUX:
        return True
    lemma = lexicon().verb_forms.get(w)
    return lemma is not None and lemma != w


def _emit(out: list[St], toks: list[Token], i: int, L: int, holder: Mention, pol: str, s: int, trig_starts: list[int], mentions: list[Mention], conf: float = 0.55, cue_starts: frozenset[int] = frozenset()) -> None:
    """Append the stance of `holder` at cue toks[i:i+L] with its target (event, actor or span);
    a pair reference ("both delegations") gives one stance per actor it covers."""
    if holder.key[0] == "pair":
        if toks[_tok_at(toks, holder.start)].lower != "all":  # "all parties" may cover more than the two
            for k in holder.key[1:]:
                _emit(out, toks, i, L, replace(holder, key=k), pol, s, trig_starts, mentions, conf, cue_starts)
        return
    holder = _body_holder(toks, holder)
    n = len(toks)
    # a verb cue with a determiner-led object ("opposed the measures"): the object is the target
    words_verb = i + L < n and toks[i + L].lower in {"the", "a", "an", "any", "this", "these", "its", "their"}
    t = toks[i]
    end = toks[i + L - 1].end
    # target: an event triggered within the next tokens, else an actor, else the clause
    window_end = toks[min(n - 1, i + L + 8)].end
    stop = window_end
    for k in range(i + L, min(n, i + L + 9)):
        if k == i + L and toks[k].lower in _QUOTES:
            continue  # a quoted object ('could not support "an open-ended presence"') is the target
        if toks[k].lower in {".", ";", "\"", "”"} or (toks[k].lower == "," and k > i + L + 1) or k in cue_starts:
            # a conditional position's target ends where its condition starts ("back the deal only if …")
            stop = toks[k].start
            break
        if toks[k].lower in {"that", "which", "who"} and k > i + L + 1 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            # "want the water that the treaty promises us": a relative clause describes the
            # object, its events are not the target ("demanded that China release …" is)
            stop = toks[k - 2].end if toks[k - 1].lower in {"and", "but", "or"} else toks[k - 1].end  # "… and that …": before the conjunction
            break
        if toks[k].lower in {"and", "but"} and k > i + L and k + 1 < n and _finite_verb(toks[k + 1].lower):
            # "welcomed the outcome and said he would travel …": the coordinated verb's clause is
            # not what the position is about
            stop = toks[k - 1].end
            break
    ev_start = next((x for x in trig_starts if end <= x < stop), None)
    own = next((x for x in trig_starts if t.start <= x < end), None)
    # (a pair reference, "both sides", is no single actor to target: the clause is the target)
    act = next((m for m in mentions if end <= m.start < stop and m.key != holder.key and m.key[0] != "pair"), None)
    if ev_start is not None:
        out.append(St(holder.key, pol, (t.start, end), ev_start, None, None, s, conf))
    elif act is not None:
        out.append(St(holder.key, pol, (t.start, end), None, act.key, None, s, conf - 0.05))
    elif i + L < n and toks[i + L].start < stop:
        # no annotated event or actor: the rest of the clause is what the position is about
        # ("are against anyone deciding our borders", "remained hopeful about the next round")
        out.append(St(holder.key, pol, (t.start, end), None, None, (toks[i + L].start, stop), s, conf - 0.15))
    elif (i + L == n or toks[i + L].lower in {".", ",", ";"}) and t.lower not in _NEED_BE and t.lower not in _NOUN_CUES and not t.lower.startswith("refus") and holder.start > toks[0].start:
        # a transitive cue with no object ends an object relative clause ("a levy the farmers'
        # union welcomed", "the sanctions that the Gulf states had sought", "its ban, which the
        # EU has long opposed"): the position is about the noun before the holder
        prior = next((x for x in reversed(trig_starts) if toks[0].start <= x < holder.start), None)
        h = _tok_at(toks, holder.start)
        if prior is not None:
            out.append(St(holder.key, pol, (t.start, end), prior, None, None, s, conf - 0.1))
        elif own is not None and pol == "neutral":
            # "with Russia and China abstaining": the open position is shown by the act itself
            out.append(St(holder.key, pol, (t.start, end), own, None, None, s, conf - 0.15))
        elif h >= 2 and (toks[h - 1].lower in _DETS or toks[h - 1].lower in {"that", "which"}) and toks[h - 2].text.isalpha():
            # no annotated event there: the noun before the relative clause is the target span
            out.append(St(holder.key, pol, (t.start, end), None, None, (toks[h - 2].start, toks[h - 2].end), s, conf - 0.2))
        elif pol == "neutral" and h >= 2 and toks[h - 1].lower in {",", "with", "and"}:
            # "…, with Russia, China and Algeria abstaining": the open position is on what the
            # clause before the voters says (the vote), a span when it holds no event
            k = h - 1
            while k > 0 and (toks[k].lower in {",", "with", "and"} or any(m.start <= toks[k].start < m.end for m in mentions)):
                k -= 1
            if k > 0:
                out.append(St(holder.key, pol, (t.start, end), None, None, (toks[0].start, toks[k].end), s, conf - 0.2))


# verbs whose particle "back" may follow an object ("pull its forces back")
_BACK_PARTICLE = {"pull", "roll", "scale", "bring", "send", "hold", "cut", "push", "draw", "move", "take", "win", "give", "call", "turn", "set", "fight", "hit", "strike", "get", "put", "pay", "hand", "step", "fall", "come", "go"}
# and those (with "be") whose particle follows them at once ("pull back", "we will be back")
_BACK_ADJACENT = _BACK_PARTICLE | {"look", "fire", "head", "fly", "be", "is", "are", "was", "were", "been", "'re", "'s"}
# "ready", "against" and the like state a position after these
_BE_LIKE = _BE | {"remain", "remains", "remained", "appear", "appears", "seemed", "seems", "stay", "stays", "stayed"}
# an object that makes "rejected" a body's act on a filing, not a stated position
_FILINGS = {"request", "requests", "appeal", "appeals", "petition", "petitions", "motion", "motions", "bid", "application", "applications", "complaint", "complaints", "challenge", "challenges", "lawsuit", "plea", "pleas"}

# "defend" as protecting rather than justifying: the bare and progressive forms ("will defend
# our workers", "are defending the south") and a reflexive object ("defending itself")
_DEFEND_ACT = {"defend", "defending"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}
# prepositions before "back" that make it an adjective ("through back channels")
_NOT_BEFORE_BACK = {"through", "via", "in", "from", "at", "on", "by", "with", "of", "into"}
# objects that make "dismiss" a court's act ("would dismiss the case outright"), not a
# rejection of a view ("dismissed the charges as absurd" is one)
_CASES = {"case", "cases", "lawsuit", "lawsuits", "suit"}
# neutral cues that are as often nouns ("a feasibility study", "an independent review"): only
# a verb after a pronoun, modal, "not" or a conjunction
_NOUN_VERBS = {"study", "review"}

_CALL_VERBS = {"called", "calls", "calling", "call", "described", "describes", "describing", "branded", "brands", "termed", "terms", "labelled", "labeled", "dubbed"}
# verbs that label their object; a quoted label after them is the speaker's evaluation
_LABEL_VERBS = {"called", "calls", "calling", "call", "branded", "brands", "labelled", "labeled", "dubbed"}
_OPEN_QUOTES = {"\"", "“"}
_EVAL_CACHE: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


_SPEECH_EVAL: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
# between a copula and a predicative evaluation ("is simply untrue", "were a 'legitimate
# response'", "would be a mistake")
_EVAL_GAP = {"a", "an", "simply", "clearly", "totally", "completely", "absolutely", "entirely", "utterly", "quite", "very", "so", "just", "nothing", "but", "\"", "“", "'", "‘"}
_COPULAS = _BE | {"remains", "remain", "remained", "seems", "seemed", "looks"}
_DEMONSTRATIVES = {"this", "that", "such", "these", "those"}


def _speech_eval_table(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The evaluation lexicon by the phrase's last word (one set look-up per token)."""
    t = _SPEECH_EVAL.get(id(lex))
    if t is None:
        ev = lex.cues.get("evaluations", {})
        t = {}
        for w, pol in sorted(((tuple(w.split()), pol) for pol in ("support", "oppose") for w in ev.get(pol, ())), key=lambda x: -len(x[0])):
            if w[-1] not in {"on", "to"}:  # "an attack on": only after "called"/"described as"
                t.setdefault(w[-1], []).append((w, pol))
        _SPEECH_EVAL[id(lex)] = t
    return t


def _speech_evaluation(toks: list[Token], k: int, s: int, trig_starts: list[int], table: dict[str, list[tuple[tuple[str, ...], str]]]) -> St | None:
    """A predicative evaluation ("That is simply untrue", "the drills were a 'legitimate
    response'", "Sanctions would be a mistake") or one on a demonstrative subject ("This
    unfriendly step") ending or standing at token k: the speaker's position on what is
    evaluated (guidelines 3). Its holder is the sentence's speaker, ("spk", s), resolved by the
    pipeline only when the words lie in the reported part (the outlet's own are no stances)."""
    n = len(toks)
    for w, pol in table.get(toks[k].lower, ()):
        a = k - len(w) + 1
        if a < 1 or tuple(x.lower for x in toks[a : k + 1]) != w:
            continue
        if w[-1] == toks[k].lower and len(w) == 1 and k + 1 < n and toks[k + 1].lower in {"to", "for", "of"}:
            continue  # "open to", "fair to say": not a predicate on its own
        j = a - 1
        while j > 0 and toks[j].lower in _EVAL_GAP and a - j < 4:
            j -= 1
        # a demonstrative subject opening the clause ("This unfriendly step will …"), not an
        # object ("we reject these baseless claims": the verb's stance already)
        attributive = toks[a - 1].lower in _DEMONSTRATIVES and (a == 1 or toks[a - 2].lower in _QUOTES) and k + 1 < n and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
        if toks[j].lower not in _COPULAS and not attributive:
            continue
        if toks[j].lower in _COPULAS and any(x.lower in _NEG for x in toks[max(0, j - 1) : a]):
            continue  # "is not illegal": no clear polarity
        ev = (toks[a].start, toks[k].end)
        if attributive:
            # "This unfriendly step will not go unanswered": the noun's event, else the noun
            tgt = next((x for x in trig_starts if toks[k + 1].start <= x <= toks[k + 1].start), None)
            if tgt is not None:
                return St(("spk", s), pol, ev, tgt, None, None, s, 0.4)
            return St(("spk", s), pol, ev, None, None, (toks[a - 1].start, toks[k + 1].end), s, 0.35)
        # what the copula's subject names: the last event before it, else the clause before it
        tgt = next((x for x in reversed(trig_starts) if x < toks[j].start), None)
        if tgt is not None:
            return St(("spk", s), pol, ev, tgt, None, None, s, 0.4)
        b = clause_before(toks, j, 8)
        b = [x for x in b if x.lower not in _QUOTES]
        if b:
            return St(("spk", s), pol, ev, None, None, (b[-1].start, b[0].end), s, 0.35)
    return None


def _evaluations(toks: list[Token], s: int, mentions: list[Mention], trig_starts: list[int], lex: Lexicon) -> list[St]:
    """"X called the ruling 'a step forward'", "Y described the move as unacceptable": the
    evaluative phrase is the evidence, the subject of the verb the holder, what is called the
    target."""
    phrases = _EVAL_CACHE.get(id(lex))
    if phrases is None:
        ev = lex.cues.get("evaluations", {})
        phrases = {}
        for w, pol in sorted(((tuple(w.split()), pol) for pol in ("support", "oppose") for w in ev.get(pol, ())), key=lambda x: -len(x[0])):
            phrases.setdefault(w[0], []).append((w, pol))  # by first word: one look-up per token
        _EVAL_CACHE[id(lex)] = phrases
    out: list[St] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.lower not in _CALL_VERBS or i == 0:
            continue
        if i + 1 < n and toks[i + 1].lower in {"for", "on", "off", "up", "in", "it"}:
            continue  # "called for", "called on": requests, not evaluations
        quoted: tuple[int, int] | None = None  # the first quoted phrase after the verb
        found: tuple[int, str, int] | None = None
        for k in range(i + 2, min(n, i + 9)):
            if toks[k].lower in {".", ";"}:
                break
            if quoted is None and toks[k].text in _OPEN_QUOTES:
                q = next((q for q in range(k + 2, min(n, k + 14)) if toks[q].lower in _QUOTES), None)
                if q is not None:
                    quoted = (k + 1, q - k - 1)
            cands = phrases.get(toks[k].lower)
            hit = next(((w, pol, len(w)) for w, pol in cands if tuple(x.lower for x in toks[k : k + len(w)]) == w), None) if cands else None
            if hit is None and cands and toks[k].lower in {"a", "an"} and k + 2 < n and toks[k + 1].text.islower():
                # one modifier after the article: "a serious violation", "a major setback"
                hit = next(((w, pol, len(w) + 1) for w, pol in cands if len(w) > 1 and tuple(x.lower for x in toks[k + 2 : k + 1 + len(w)]) == w[1:]), None)
            if hit is not None:
                found = (k, hit[1], hit[2])
                break
        if found is None and quoted is not None and t.lower in _LABEL_VERBS:
            # 'called the court "a shield for impunity"', 'called Han "a puppet of Washington"':
            # a label the speaker is quoted for, outside the lexicon of stock praise, is a
            # criticism (stock praise — "constructive", "a step forward" — is in the lexicon)
            found = (quoted[0], "oppose", quoted[1])
        if found is not None:
            k, pol, span_len = found
            before = clause_before(toks, i, 10)
            if any(b.lower == "what" for b in before[:3]):
                continue  # "rejected what he called interference": the words of the rejection
            subj = [m for m in mentions if m.end <= t.start and any(m.start <= b.start < m.end for b in before)]
            if not subj:
                # "Its leader, Rosa Merino, called …", "X, who leads the talks, called …"
                across = _holder_across(toks, i, before, mentions, lex)
                subj = [across] if across is not None else []
            if not subj:
                continue
            # the verb's subject, not an object of an earlier verb ("X defended the government
            # and called the demands 'interference'")
            holder = _subject(toks, i, subj, mentions, lex) if len(subj) > 1 else subj[-1]
            ev_s, ev_e = toks[k].start, toks[k + span_len - 1].end
            tgt_ev = next((x for x in trig_starts if t.end <= x < ev_s), None)
            tgt_act = next((m for m in mentions if t.end <= m.start < ev_s and m.key != holder.key), None)
            # "Both delegations described …": each actor of a pair holds the evaluation
            keys = list(holder.key[1:]) if holder.key[0] == "pair" else [holder.key]
            for hk in keys:
                if tgt_ev is not None:
                    out.append(St(hk, pol, (ev_s, ev_e), tgt_ev, None, None, s, 0.5))
                elif tgt_act is not None:
                    out.append(St(hk, pol, (ev_s, ev_e), None, tgt_act.key, None, s, 0.45))
                elif toks[i + 1].start < toks[k].start:
                    last = k - 1 if toks[k - 1].text not in _OPEN_QUOTES or k - 2 <= i else k - 2  # not the opening quote
                    out.append(St(hk, pol, (ev_s, ev_e), None, None, (toks[i + 1].start, toks[last].end), s, 0.4))
    return out


@dataclass
class St:
    holder: tuple
    polarity: str
    evidence: tuple[int, int]
    target_event_start: int | None  # trigger start of the target event
    target_actor: tuple | None
    target_span: tuple[int, int] | None
    sent: int
    confidence: float


_CUE_FORMS: dict[int, frozenset[str]] = {}
# "expect" is a forecast verb in news; only "expect X from / of Y" states a position
_EXPECT = {"expect", "expects", "expected", "expecting"}
# "give X <a deadline> to …" states a demand; only with one of these deadline nouns
_GIVE = {"give", "gives", "gave", "given", "giving"}
_DEADLINES = {"ultimatum", "deadline", "days", "hours", "weeks", "months"}


def _cue_forms(lex: Lexicon) -> frozenset[str]:
    """Every surface form whose lemma (or itself) starts a stance cue: a token outside it is
    skipped with one set look-up."""
    f = _CUE_FORMS.get(id(lex))
    if f is None:
        keys = set(lex.stance_cues)
        f = frozenset(keys | _EXPECT | _GIVE | {form for form, lemma in lex.verb_forms.items() if lemma in keys})
        _CUE_FORMS[id(lex)] = f
    return f


_GATES: dict[int, tuple[frozenset[str], dict[str, frozenset[str]]]] = {}


def _gates(lex: Lexicon) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(the cue forms and the evaluations' last words in one set: the words the cue loop of
    find_stances visits, the cue forms that start a cue only before one of a few words). A form
    whose cues all have two or more words and that nothing else reads ("in" of "in favour of",
    a third of all cue-form tokens) is visited only before a cue's second word."""
    g = _GATES.get(id(lex))
    if g is None:
        forms, spk_ev, table = _cue_forms(lex), _speech_eval_table(lex), lex.stance_cues
        pairs: dict[str, frozenset[str]] = {}
        for w in forms:
            lemma = lex.verb_forms.get(w, w)
            cues = table.get(lemma, ()) or table.get(w, ())
            if w in spk_ev or w in _GIVE or w in _EXPECT or lemma in {"demand", "request", "call"} or any(len(ws) < 2 for ws, _ in cues):
                continue  # read on its own (the branches of the cue loop)
            pairs[w] = frozenset(ws[1] for ws, _ in cues)
        g = (frozenset(forms | spk_ev.keys()), pairs)
        _GATES[id(lex)] = g
    return g


# a refusal for the future: "will not", "would not", "won't", "wouldn't"
_WILL_NOT = {"will", "would", "'ll", "’ll", "won", "wouldn", "shall"}
_NOTS = {"not", "n't", "'t", "’t"}
# verbs whose refusal states a position even when no event is annotated on them
_REFUSABLE = {"accept", "allow", "let", "tolerate", "permit"}

_DETS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "both", "all"}


def _subject(toks: list[Token], i: int, cands: list[Mention], mentions: list[Mention], lex: Lexicon) -> Mention:
    """The subject of the cue at token i among the clause's mentions before it: the nearest
    one governed neither by a preposition ("spoke to the UN and hoped") nor by a verb
    ("summoned the ambassador and demanded", "defended the police and accused"); when the
    nearest ten tokens hold none, the clause further back is searched."""

    # "hundreds of teachers who had marched on the ministry to demand …": the cue is in a
    # relative clause, whose subject is the noun "who" refers to (whatever governs that noun)
    for b in clause_before(toks, i, 20):
        if b.lower == "who":
            w = _tok_at(toks, b.start)
            rel = next((m for m in mentions if w > 0 and m.end == toks[w - 1].end and not m.pronoun), None)
            if rel is not None:
                return rel
            break

    def ok(m: Mention) -> bool:
        k = _tok_at(toks, m.start)
        if k > 0 and toks[k - 1].lower in _DETS:
            k -= 1
        if k == 0:
            return True
        w = toks[k - 1]
        if w.lower in _PREPS:
            return False
        # an object: right after a lower-case verb form that is no auxiliary or reporting verb
        return not (w.text.islower() and w.lower in lex.verb_forms and w.lower not in _BE and w.lower not in {"has", "have", "had", "did", "does", "do"} and lex.verb_forms[w.lower] not in lex.reporting_lemmas)

    good = next((m for m in reversed(cands) if ok(m)), None)
    if good is None:
        wider = clause_before(toks, i, 30)
        far = [m for m in mentions if m.end <= toks[i].start and any(m.start <= b.start < m.end for b in wider)]
        good = next((m for m in reversed(far) if ok(m)), None)
        if good is None and len(wider) < 30:
            # every mention of the clause is an object ("X, which a court dissolved in 2016,
            # accused the security forces of … and called for …"): the subject stands before
            # a relative clause or an apposition the commas cut off
            good = _holder_across(toks, i, wider, mentions, lex)
    return good if good is not None else cands[0]


def _holder_across(toks: list[Token], i: int, before: list[Token], mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """The subject of a cue whose own clause holds no actor because a quotation or commas cut
    it off: 'called the ruling "a victory" and urged …' (the clause before the quotation),
    'Its leader, Rosa Merino, had refused …' (the appositive name), 'X, who leads the talks,
    called …' (the name before the relative clause)."""
    j = i - len(before) - 1  # the boundary token
    for _ in range(4):
        if j < 1:
            return None
        w = toks[j].lower
        if w in _QUOTES:
            k = j - 1
            while k >= 0 and toks[k].lower not in _QUOTES:
                k -= 1
            if k < 1:
                return None
            seg = clause_before(toks, k, 15)
            cands = [m for m in mentions if m.end <= toks[k].start and any(m.start <= b.start < m.end for b in seg)]
            if cands:
                return _subject(toks, k, cands, mentions, lex)
            j = k - len(seg) - 1
            continue
        if w == ",":
            m = next((x for x in mentions if x.end == toks[j - 1].end and not x.pronoun), None)
            if m is not None and j >= 2 and (toks[_tok_at(toks, m.start) - 1].lower == "," if _tok_at(toks, m.start) > 0 else False):
                return m  # "Its leader, Rosa Merino, …": an appositive name between commas
            seg = clause_before(toks, j, 15)
            k = j - len(seg) - 1
            if len(seg) == 15:
                # a long relative clause ("X, who argues the change is needed to meet the target
                # agreed with Y, called …"): look further back for its "who"
                far = clause_before(toks, j, 30)
                kf = j - len(far) - 1
                if far[-1].lower in {"who", "which"} and kf >= 1 and toks[kf].lower == ",":
                    return next((x for x in mentions if x.end == toks[kf - 1].end), None)
            if seg and seg[-1].lower in {"who", "which"} and k >= 1 and toks[k].lower == ",":
                return next((x for x in mentions if x.end == toks[k - 1].end), None)
            if seg and seg[-1].lower in {"the", "a", "an", "its", "his", "her", "their"} and k >= 1 and toks[k].lower == "," and not any(x.text.islower() and x.lower in lex.verb_forms and x.lower not in _BE and not x.lower.endswith("ing") for x in seg[:-1]):
                # "The National Federation Party, the other junior partner, urged …": the name
                # before an appositive description
                return next((x for x in mentions if x.end == toks[k - 1].end and not x.pronoun), None)
            return None
        return None
    return None


def _reporter_of(toks: list[Token], m: Mention, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """The speaker of a reporting verb right before mention m ('X said (that) m …', 'X, …, said
    m …'), if m is the subject of reported speech."""
    k = _tok_at(toks, m.start) - 1
    if k >= 0 and toks[k].lower in {"the", "a", "an"}:
        k -= 1
    if k >= 0 and toks[k].lower == "that":
        k -= 1
    if k < 1 or lex.verb_forms.get(toks[k].lower) not in lex.reporting_lemmas or not toks[k].text.islower():
        return None
    j = k - 1
    while j >= 0 and toks[j].lower in {",", "also", "later", "then", "has", "had", "have"}:
        j -= 1
    return next((x for x in mentions if j >= 0 and x.end == toks[j].end and not x.pronoun and x.key != m.key), None)


def _participle_subject(toks: list[Token], i: int, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """The subject of a participial clause at token i: the speaker next to the last reporting
    verb before it ("X said on Monday, accusing …" / "said X, accusing …"), else the first
    actor of the sentence that is not a news outlet (a dateline's wire is never the subject)."""
    start = toks[i].start
    cands = [m for m in mentions if m.end <= start and m.kind != "media"]
    for k in range(i - 1, -1, -1):
        if lex.verb_forms.get(toks[k].lower, toks[k].lower) in lex.reporting_lemmas and toks[k].text.islower():
            before = next((m for m in cands if m.end == toks[k - 1].end), None) if k else None
            after = next((m for m in cands if k + 1 < len(toks) and m.start == toks[k + 1].start), None)
            if before or after:
                return before or after
            break
    # "Burundi shut the crossings in January, accusing Kigali …": the clause before the comma
    seg = clause_before(toks, i - 1, 20)
    near = [m for m in cands if any(m.start <= b.start < m.end for b in seg)]
    if near:
        return _subject(toks, i - 1, near, mentions, lex)
    return cands[0] if cands else None


# closed-class words that end no noun phrase ("welcomed the package but criticised …")
_CLOSED = {"and", "but", "or", "nor", "then", "also", "who", "which", "that", "it", "they", "he", "she", "we", "i", "you", "still", "already", "never", "yet", "just", "so", "not", "has", "have", "had", "this", "these", "those", "there", "here", "once", "again", "too", "even", "now", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall"}


def _reduced_relative(toks: list[Token], i: int, mentions: list[Mention], lex: Lexicon) -> bool:
    """A past participle cue right after a common noun that a preposition or a verb of the
    clause governs ("the levy is part of a programme agreed with the IMF", "to meet the
    target agreed with Brussels"): a reduced relative clause, the noun's description, not a
    position of anyone. "Residents of the town welcomed …" (no verb before) is no such case."""
    k = i - 1
    prev = toks[k]
    if not (prev.text.isalpha() and prev.text.islower()) or prev.lower in _CLOSED or prev.lower in _BE or prev.lower.endswith("ly"):
        return False
    group = any(m.end == prev.end for m in mentions)  # "the reinstatement of 62 colleagues dismissed …": only after a preposition
    # the noun phrase: up to four lower-case modifiers after a determiner or a number
    d = k
    while d > 0 and k - d < 4:
        w = toks[d - 1]
        if w.lower in _DETS or w.text[:1].isdigit():
            d -= 1
            break
        if not (w.text.islower() or w.text == "-") or w.lower in lex.verb_forms or w.lower in _NEG:
            return False
        d -= 1
    else:
        return False
    if d < 1 or toks[d].lower not in _DETS and not toks[d].text[:1].isdigit():
        return False
    gov = toks[d - 1].lower
    if group and gov not in _PREPS:
        return False
    if gov not in _PREPS and not (gov in lex.verb_forms and toks[d - 1].text.islower() and lex.verb_forms[gov] not in lex.reporting_lemmas):
        return False
    # the clause already has its verb before the noun phrase
    for x in clause_before(toks, d, 12):
        if x.lower in {".", "?", "!"}:
            return False
        if x.text.islower() and (x.lower in _BE or x.lower in lex.verb_forms and x.lower not in _PREPS and x.lower not in _CLOSED and lex.verb_forms[x.lower] not in lex.reporting_lemmas):
            return True
    return False


def _agent_after(toks: list[Token], i: int, mentions: list[Mention]) -> Mention | None:
    """The actor named after the preposition at i + 1 ("backed by X", "a request by X"), past
    up to two lower-case words ("by the opposition", "of the centrist Radical Civic Union");
    no media outlet."""
    heads = [toks[j].start for j in range(i + 2, min(len(toks), i + 5)) if all(x.text.islower() and x.text.isalpha() for x in toks[i + 2 : j])]
    return next((m for m in mentions if m.start in heads and m.kind != "media"), None)


def find_stances(toks: list[Token], s: int, mentions: list[Mention], trig_starts: list[int], lex: Lexicon) -> list[St]:
    lowers = token_facts(toks)[0]
    n = len(toks)
    # only the tokens that may start a cue are looked at (one set test per token, in C)
    starts, pairs = _gates(lex)
    cands = [k for k, w in enumerate(lowers) if w in starts and (w not in pairs or k + 1 < n and lowers[k + 1] in pairs[w])]
    if not cands and _NOTS.isdisjoint(lowers) and _CALL_VERBS.isdisjoint(lowers):
        return []  # no cue, evaluation, refusal or calling verb: nothing to read (half of all news sentences)
    table = lex.stance_cues
    forms = _cue_forms(lex)
    out: list[St] = []
    # the condition cues of the sentence, from the shared cue table (condcues.cue_at: "only
    # if", "as long as", "provided that", not "asked if" nor the verb "provided"), as
    # (first token, token after the cue, words); found on first need
    spans: list[tuple[int, int, tuple[str, ...]]] | None = None
    starts_set: frozenset[int] = frozenset()

    def cond_spans() -> list[tuple[int, int, tuple[str, ...]]]:
        nonlocal spans, starts_set
        if spans is None:
            spans = []
            cues = lex.condition_cues
            for k, w in enumerate(lowers):
                if w in cues and (not spans or k >= spans[-1][1]):
                    hit = cue_at(toks, k, lex)
                    if hit is not None:
                        spans.append((k, k + len(hit[0]), hit[0]))
            starts_set = frozenset(a for a, _, _ in spans)
        return spans

    def cond_starts() -> frozenset[int]:
        cond_spans()
        return starts_set

    # a sentence opening with a condition clause ("As long as …, our deputies will back …",
    # "If they come back, we will be waiting"): its positions are conditional, not stated
    k0 = next((k for k in range(min(n, 3)) if toks[k].lower not in _QUOTES and toks[k].lower != "but"), n)
    fronted = k0 < n and lowers[k0] in lex.condition_cues and k0 in cond_starts()
    i = 0  # where the scan resumes after a cue of L tokens
    spk_ev = _speech_eval_table(lex)
    for c in cands:
        if c < i:
            continue
        if lowers[c] in spk_ev:
            se = _speech_evaluation(toks, c, s, trig_starts, spk_ev)
            if se is not None:
                out.append(se)
            if lowers[c] not in forms:
                continue
        i = c
        t = toks[i]
        lemma = lex.verb_forms.get(t.lower, t.lower)
        if lemma in {"demand", "request", "call"} and i + 2 < n and toks[i + 1].lower in {"by", "of", "from"} and t.text.islower():
            # a request noun with its maker after it ("a request by the opposition for a recount",
            # "a demand of the unions", "calls from the opposition to …"); a single "call from"
            # is a phone call
            # the maker may follow "the" and a modifier or two ("of the centrist Radical Civic Union")
            maker = _agent_after(toks, i, mentions)
            if maker is not None and (lemma != "call" or t.lower == "calls" and toks[i - 1].lower not in {"phone", "telephone"}):
                _emit(out, toks, i, 1, maker, "support", s, trig_starts, mentions, 0.5, cond_starts())
                i += 1
                continue
        hit = None
        if t.lower in _GIVE:
            # "gave the company ten days to reverse the cuts", "gave X an ultimatum to …": a
            # deadline set for someone's act is a demand for it
            k = next((k for k in range(i + 2, min(n - 2, i + 9)) if toks[k].lower in _DEADLINES), None)
            if k is None or toks[k + 1].lower != "to" or not toks[k + 2].text.islower():
                i += 1
                continue
            hit = (1, "support", ("give",))
        elif t.lower in _EXPECT:
            # "expect the same from the Prime Minister": a demand on someone; "is expected to
            # vote", "analysts expect the vote to slip" are forecasts
            f = next((k for k in range(i + 2, min(n, i + 6)) if toks[k].lower in {"from", "of", "to", ",", ".", ";"}), None)
            if f is not None and toks[f].lower in {"from", "of"}:
                hit = (1, "support", ("expect",))
        for words, pol in () if hit else table.get(lemma, ()) or table.get(t.lower, ()):
            L = len(words)
            if words[0] in {lemma, t.lower} and (L == 1 or tuple(x.lower for x in toks[i + 1 : i + L]) == words[1:]):
                hit = (L, pol, words)
                break
        if not hit:
            i += 1
            continue
        L, pol, words = hit
        if words == ("ask",) and not any(x.lower in {"to", "for"} for x in toks[i + 1 : i + 7]) or words == ("ask",) and i + 1 < n and toks[i + 1].lower in {"if", "whether", "about", "how", "what", "why", "when"}:
            i += L  # "asked X to …", "asked for …" is a request; "asked whether" a question
            continue
        if i > 1 and toks[i - 1].lower == "to" and toks[i - 2].lower in _EVIDENCE:
            i += L  # "no evidence to support the accusations": a claim's backing, no position
            continue
        if words == ("ask",) and t.lower == "ask" and i > 0 and (toks[i - 1].lower in _WILL or i > 1 and toks[i - 1].lower in {"also", "not", "then"} and toks[i - 2].lower in _WILL):
            # "said it would ask the court to annul the verdict": an announced request is a
            # planned act (a REQUEST event), not a stated position (guidelines 3: no stance
            # from an act alone); "urged", "has asked" state what the holder wants now
            i += L
            continue
        if words[0] in _REQUESTS and tuple(x.lower for x in toks[i + 1 : i + 4]) == ("not", "to", "be"):
            i += L  # "asking not to be named": a source's anonymity, no position
            continue
        if words == ("insist",) and not (i + 1 < n and toks[i + 1].lower == "on"):
            i += L  # "insisted (that) the journalists had …" asserts a claim; "insisted on a recount" wants
            continue
        if words == ("seek",) and i + 1 < n and toks[i + 1].lower == "to":
            i += L  # "sought to silence the opposition": an attempt, not a position
            continue
        if words == ("refuse",):
            # "refused to back the cuts" states a position; "refused to concede / to sign / to
            # allow a debate" is an act (REJECT), no stance without a position verb after it
            k = next((k for k in range(i + 1, min(n - 1, i + 5)) if toks[k].lower == "to"), None)
            nxt = toks[k + 1].lower if k is not None else ""
            if not any(pol2 != "neutral" and ws[0] == lex.verb_forms.get(nxt, nxt) and len(ws) == 1 for ws, pol2 in table.get(lex.verb_forms.get(nxt, nxt), ())):
                i += L
                continue
        if L == 1 and t.lower.endswith("ed") and t.lower != lemma and i > 1 and t.text.islower() and _reduced_relative(toks, i, mentions, lex):
            i += L  # "a programme agreed with the IMF": a participle describing a noun, no position
            continue
        if words == ("agree",) and not (i + 1 < n and toks[i + 1].lower == "with"):
            i += L  # "agreed to extend" is an act (AGREE), "agrees with" a position
            continue
        if out and out[-1].sent == s and 0 < i - _tok_at(toks, out[-1].evidence[1]) <= 5 and toks[i - 1].lower == "to" and not any(x.lower in {",", ".", ";", "and", "but"} for x in toks[_tok_at(toks, out[-1].evidence[1]) : i]):
            i += L  # "refused (for weeks) to back": one position, carried by the first cue
            continue
        before = _clause_with_brackets(toks, i)
        low = [b.lower for b in before]
        if words[0] in _NEED_BE and not any(w in _BE_LIKE for w in low[:2]):
            i += L
            continue
        if t.text[:1].isupper() and i > 0:
            i += L  # part of a name
            continue
        prev = toks[i - 1].lower if i > 0 else ""
        if prev[:1].isdigit() or prev == "to" and t.lower != lemma and t.lower.endswith("s") and L == 1:
            # "80 dismissed employees": an adjective; "respond to requests for comment": after
            # "to" a verb is bare, so an -s form is a plural noun
            i += L
            continue
        if L == 1 and prev in _PREPS and prev != "to" and t.lower.endswith("ed") and t.lower != lemma and i + 1 < n and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 1].lower not in _DETS and toks[i + 1].lower not in _PREPS:
            i += L  # "the return of dismissed mayors": a participle before its noun, no position
            continue
        if words[0] not in _NOUN_CUES and prev in {"the", "a", "an", "these", "those", "its", "their", "his", "her", "in"}:
            i += L  # "called the protests": a noun, not a position
            continue
        if prev in {"'s", "’s"} and words[0] not in _NEED_BE and not t.lower.endswith(("ing", "ed")):
            i += L  # "the watchdog's demands": a possessed noun ("he's backing / backed" is a verb)
            continue
        if fronted and any(w in {"will", "'ll", "would", "shall"} for w in low[:3]) and (words[0] in _REQUESTS or words[0] == "wait"):
            # a request or a wait in the consequent is a conditional act; a position there
            # ("As long as …, our deputies will back …") is a conditional position, a stance
            i += L
            continue
        if words == ("back",) and (lex.verb_forms.get(prev, prev) in _BACK_ADJACENT or i + 1 < n and toks[i + 1].lower in {"from", "down", "off", "out", "away"} or any(toks[k].text.islower() and lex.verb_forms.get(toks[k].lower, toks[k].lower) in _BACK_PARTICLE for k in range(max(0, i - 6), i - 1) if all(x.lower not in {",", "to", "and"} for x in toks[k + 1 : i]))):
            # "pull back", "we will be back", "pull its forces back", "pull heavy weapons back
            # from …": a particle (right after the verb or after its object), not support
            i += L
            continue
        if words == ("back",) and prev in _NOT_BEFORE_BACK:
            i += L  # "through back channels", "in back rooms": an adjective after a preposition
            continue
        if words == ("defend",) and (t.lower in _DEFEND_ACT and prev != "," or i + 1 < n and toks[i + 1].lower in _REFLEXIVES):
            # "will defend our workers", "continue to defend the city", "are defending the
            # south", "defended itself against": protecting (an act); the position is the
            # reported "defended / defends the decision" (or ", defending the decision")
            i += L
            continue
        if words[0] == "wait" and (prev == "cannot" or prev in _NOTS and i > 1 and toks[i - 2].lower in {"can", "ca"}):
            i += L  # "our farmers cannot wait for ever / for the rain": urgency, not a position on what is awaited
            continue
        if words == ("dismiss",) and any(x.lower in _CASES for x in toks[i + 1 : i + 4]):
            i += L  # "would dismiss the case", "dismissed the charges": a court's act on a case, no position
            continue
        if words[0] in _NOUN_VERBS and t.lower == words[0] and prev not in _VERB_LEAD and prev not in {"and", "or", "but", ","}:
            i += L  # "a feasibility study", "an independent review of …": the noun, no open position
            continue
        if words == ("reject",) and any(x.lower in _FILINGS for x in toks[i + 1 : i + 4]):
            i += L  # "rejected a request / the appeal": the body's ruling on a filing, an act (REJECT)
            continue
        if prev == "to" and out and out[-1].sent == s and i - _tok_at(toks, out[-1].evidence[1]) <= 6 and lex.verb_forms.get(toks[_tok_at(toks, out[-1].evidence[0])].lower, "") in _REQUESTS and not any(x.lower in {",", ".", ";"} for x in toks[_tok_at(toks, out[-1].evidence[1]) : i]):
            i += L  # "urged the government to seek …": the asked party's act, carried by the request
            continue
        if words == ("respect",) and (any(w in _NEG for w in low[:3]) or prev in _WILL or prev == "with" or prev == "to" and lex.verb_forms.get(toks[i - 2].lower, "") in {"fail", "refuse"}):
            # "has not respected the ceasefire", "failed to respect": an accused breach (an act);
            # "will respect the ruling": a commitment to comply (an act), not a position;
            # "with respect to": no verb
            i += L
            continue
        if out and out[-1].sent == s and lex.verb_forms.get(toks[_tok_at(toks, out[-1].evidence[0])].lower, "") in _HOPES and 0 < i - _tok_at(toks, out[-1].evidence[1]) <= 6 and not any(x.lower in {",", ".", ";", "and", "but"} for x in toks[_tok_at(toks, out[-1].evidence[1]) : i]):
            i += L  # "we hope the government respects it": the hoped act of another, carried by the hope
            continue
        if words == ("take", "sides") and not any(w in _NEG or lex.verb_forms.get(w, w) in {"decline", "refuse", "avoid"} for w in low[:3]):
            i += L  # only "declined to / will not take sides" is a neutral position ("accused X of taking sides" is not)
            continue
        modal = prev if prev in _MODALS else toks[i - 2].lower if i > 1 and prev in {"also", "not", "n't", "still"} and toks[i - 2].lower in _MODALS else ""
        if modal == "could" and prev in {"not", "n't"}:
            modal = ""  # "could not support": a stated refusal, not a possibility
        conditional = bool(modal) and any(k > i for k in cond_starts())
        if modal and pol != "neutral" and (conditional and (words[0] in _REQUESTS or words[0] == "seek") or not conditional and modal != "would"):
            # "could back": a possible position, not a stated one; "would ask the court to … if"
            # a conditional act. A conditional position ("would back the bill only if …") is a
            # stance (guidelines 4), as is a plain "would oppose any deal that …" ("would
            # consider" is an open one)
            i += L
            continue
        if words[0] in _NOUN_CUES and t.lower == words[0] and not (low[:1] and low[0] in {"its", "his", "her", "their", "our", "the"}) and prev not in _VERB_LEAD:
            i += L  # a bare noun ("support for …", "desire") states no holder's position
            continue
        if words == ("opposition",) and not (i + 1 < n and toks[i + 1].lower == "to"):
            i += L  # "the opposition failed", "the opposition party": the group, not a position
            continue
        if pol == "neutral" and L == 1 and (prev == "to" or prev in _BE and t.lower.endswith("ed")):
            i += L  # "a commission to review the law", "once it is reviewed": an act, not an open position
            continue
        if L == 1 and prev in _BE and t.lower.endswith("ed") and t.lower != lemma and words[0] not in _NEED_BE and not (i + 1 < n and toks[i + 1].lower in {"by", "to", "with", "about", "at", "of", "for"}):
            i += L  # "for the law to be respected", "the plan was rejected": a passive names no holder
            continue
        if "whether" in low or any(a < i and b > i - len(before) - 1 and w not in _CONSEQUENT_CUES for a, b, w in cond_spans()):
            i += L  # inside a condition: the position is hypothetical, not stated
            continue
        near = low[:3]
        cut = next((k for k, w in enumerate(near) if w in {"and", "but", ",", "or"}), 3)
        refused = near[:1] == ["to"] and len(near) > 1 and lex.verb_forms.get(near[1], near[1]) in {"refuse", "decline"}
        if refused or any(w in _NEG for w in near[:cut]):  # "raided homes without warrants and called for": not the cue's
            if words == ("ask",):
                i += L  # "we are not asking for favours", "not going to ask anyone's permission": a disclaimer, no position
                continue
            pol = {"support": "oppose", "oppose": "neutral", "neutral": "neutral"}[pol]
        elif words == ("want",) and i + 1 < n and toks[i + 1].lower in {"no", "nothing"}:
            pol = "oppose"  # "wanted no more bloodshed", "wants nothing to do with the plan"
        elif pol == "support" and words[0] in _REQUESTS and any(toks[k].lower in {"not", "never"} and toks[k + 1].lower == "to" or toks[k].lower == "to" and toks[k + 1].lower in {"avoid", "refrain"} for k in range(i + L, min(n - 1, i + L + 6))):
            pol = "oppose"  # "urged Washington not to lift sanctions / to refrain from …": against the act
        if i + 2 < n and toks[i + 1].lower == "by" and t.lower.endswith("ed") and words[0] not in _NEED_BE:
            # a passive cue names its holder after "by" ("a motion backed by the opposition
            # Liberal Party", "the plan, welcomed by Washington, …"); the target is before the cue
            agent = _agent_after(toks, i, mentions)
            if words == ("reject",) and any(x.lower in _FILINGS for x in toks[max(0, i - 4) : i]):
                agent = None  # "the appeal was rejected by the court": a ruling on a filing, an act
            if agent is not None:
                prior = next((x for x in reversed(trig_starts) if toks[0].start <= x < t.start), None)
                for hk in (agent.key[1:] if agent.key[0] == "pair" else (agent.key,)):
                    if prior is not None:
                        out.append(St(hk, pol, (t.start, toks[i + L - 1].end), prior, None, None, s, 0.5))
                    elif i > 0:
                        out.append(St(hk, pol, (t.start, toks[i + L - 1].end), None, None, (toks[0].start, toks[i - 1].end), s, 0.4))
                i += L
                continue
        holder_m = [m for m in mentions if m.end <= t.start and any(b.start == m.start or (m.start <= b.start < m.end) for b in before)]
        rel = i - len(before) - 1
        if before and before[-1].lower in {"which", "who"} and rel >= 0 and toks[rel].text == ",":
            # "accused X and Y, which had pushed for …": the holders are what "which" refers to
            heads = _coordinated_before(toks, rel, mentions)
            if heads:
                holder_m = []
                for h in heads[1:]:
                    _emit(out, toks, i, L, h, pol, s, trig_starts, mentions, 0.55, cond_starts())
                holder_m = [heads[0]]
            elif not holder_m:
                # "the south, which is still waiting for …": the relative clause is about a
                # noun that is no actor, so no actor of the sentence holds its position
                i += L
                continue
        if prev == "," and t.lower.endswith("ing"):
            # ", accusing X of …", ", demanding …": a participle whose subject is the main
            # clause's: the speaker of "…, X said, accusing", else the sentence's first actor
            ph = _participle_subject(toks, i, mentions, lex)
            if ph is not None:
                _emit(out, toks, i, L, ph, pol, s, trig_starts, mentions, 0.5, cond_starts())
                i += L
                continue
        if not holder_m and rel >= 0 and (toks[rel].lower in {"but", "and"} or prev in {"but", "and"} and toks[rel].lower in _QUOTES) and out and out[-1].sent == s and out[-1].evidence[1] <= toks[rel].start:
            # "X did not oppose … but could not support …": the coordinated verb keeps X
            prior = next((m for m in mentions if m.key == out[-1].holder), None)
            if prior is not None:
                holder_m = [prior]
        if not holder_m:
            across = _holder_across(toks, i, before, mentions, lex)
            if across is not None:
                holder_m = [across]
        if not holder_m:
            # a possessive holder right before a noun cue, or the nearest mention in the sentence
            holder_m = [m for m in mentions if m.end <= t.start and m.kind != "media"]  # never the dateline's wire
            if not holder_m:
                i += L
                continue
            holder = holder_m[0]
            conf = 0.45
        else:
            holder = _subject(toks, i, holder_m, mentions, lex)
            conf = 0.6
            if prev == "and" and t.lower != lemma and t.text.islower():
                # "X said the government had never sought … and welcomed the ruling": a bare past
                # verb after "and" continues the reporting clause, so X holds it (with an
                # auxiliary, "… and was waiting for", it continues the reported one)
                speaker = _reporter_of(toks, holder, mentions, lex)
                if speaker is not None:
                    holder = speaker
            # "China and France have backed …": each coordinated subject holds the position
            k_after = _tok_at(toks, holder.end)
            for co in _coordinated_before(toks, k_after, mentions)[:-1]:
                if co.key != holder.key and toks[_tok_at(toks, co.end)].lower == "and":
                    _emit(out, toks, i, L, co, pol, s, trig_starts, mentions, conf, cond_starts())
        _emit(out, toks, i, L, holder, pol, s, trig_starts, mentions, conf, cond_starts())
        i += L
    if not _NOTS.isdisjoint(lowers):
        # "Turkey would not accept …", "We will not sit down with the ministry unless …": a
        # refusal stated for the future is an oppose position on the refused act (the cue verbs
        # themselves, "will not support", are read above)
        for k in range(1, n - 2):
            if lowers[k] not in _WILL_NOT or lowers[k + 1] not in _NOTS:
                continue
            v = k + 2
            if toks[v].lower not in _REFUSABLE:  # the bare verb after "will not"
                continue
            subj = next((m for m in mentions if m.end == toks[k - 1].end and m.kind != "media"), None)
            if subj is None or any(a < k and b > k - len(clause_before(toks, k, 10)) - 1 and w not in _CONSEQUENT_CUES for a, b, w in cond_spans()):
                continue
            if any(x.evidence[0] <= toks[v].start < x.evidence[1] or toks[k].start <= x.evidence[0] < toks[v].end for x in out):
                continue
            _emit(out, toks, k, 3, subj, "oppose", s, trig_starts, mentions, 0.5, cond_starts())
    if not _CALL_VERBS.isdisjoint(lowers):  # _evaluations starts only at these verbs
        out.extend(_evaluations(toks, s, mentions, trig_starts, lex))
    return [x for x in out if x.target_event_start is not None or x.target_actor is not None or x.target_span is not None]
