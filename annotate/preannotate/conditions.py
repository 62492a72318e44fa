"""Conditions: if / unless / provided (that) / as long as / in case / only if / otherwise, linking
the events of the conditional clause (antecedent) to those of the main clause (consequent)."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotate.preannotate.actors import Mention
from annotate.preannotate.condcues import CLAUSE_START, cue_at
from annotate.preannotate.resources import Lexicon
from annotate.preannotate.text import Token

_CLAUSE_START = CLAUSE_START
_QUOTES = {"\"", "“", "”"}
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
        if w == "and" and k > 0 and toks[k - 1].lower == "," and _own_subject(toks, k + 1, i):
            # "Troops reached the island, and jets would be scrambled in case …": a clause
            # coordinated after a comma, with its own subject, is the one the cue restricts
            return k + 1
    return 0


def _own_subject(toks: list[Token], a: int, i: int) -> bool:
    """A short subject (a few words, no preposition but "of") then a modal or finite auxiliary,
    before token i."""
    for m in range(a, min(i, a + 6)):
        w = toks[m].lower
        if w in _MODAL_START or w in _FINITE_BE:
            return m > a
        if not toks[m].text.replace("-", "").isalpha() or w in _PREP and w != "of" or w in {"and", "or", "but", "that", "who", "which"}:
            return False
    return False


_COMMITTED = {"agreed", "agree", "agrees", "offered", "offers", "promised", "promises", "pledged", "pledges", "vowed", "decided", "voted", "consented", "undertook"}
_BEFORE_THEN = {"before", "until", "till", "since", "by", "from", "even"}


def _committed_before(toks: list[Token], a: int, k: int) -> bool:
    """A commitment verb in toks[a:k] with no determiner after it, so the "to" at k is its
    infinitive ("agreed on Monday to resume"), not a preposition after its object."""
    m = next((m for m in range(k - 1, a - 1, -1) if toks[m].lower in _COMMITTED), None)
    return m is not None and not any(t.lower in _OBJECT_DET for t in toks[m + 1 : k])


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
        if lex.verb_forms.get(w) in reporting and m > k and w not in _PLURAL_NOUNS and toks[m - 1].lower not in _PREP and toks[m - 1].lower not in _OBJECT_DET:
            return True  # ("the heads of state will act": a reporting form after "of" or "the" is a noun)
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


_NP_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "both", "all"}
_WH = {"why", "how", "what", "when", "where", "who", "which", "whom", "whose"}
_INV_SUBJ = {"it", "they", "he", "she", "we", "you", "the", "its", "their", "his", "her", "our", "any", "either", "both"}


def _inverted_should(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """"would open proceedings should it find that …", "warned of countermeasures should Tokyo
    receive …": inside a sentence that asks nothing, a "should" followed by its own subject (a
    subject pronoun, a determiner or a name) and then a verb is an "if" clause (a modal "should"
    is followed by its verb, "be", "not" or an adverb, never by a subject)."""
    if i < 2 or i + 2 >= len(toks) or toks[-1].text == "?" or toks[i - 1].lower in _QUOTES and toks[i - 2].lower in {".", ":"} or toks[i - 1].lower in _WH:
        return False
    nxt = toks[i + 1]
    if not (nxt.lower in _INV_SUBJ or nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.text != "I"):
        return False
    for t in toks[i + 2 : i + 7]:
        if t.lower in {",", ";", ".", "\"", "“", "”"}:
            return False
        if t.text.isalpha() and t.text.islower() and t.lower not in _NP_DET and t.lower not in _PREP and t.lower not in _MODAL_START:
            return True  # a word after the subject: its verb ("should it find", "should Tokyo receive")
    return False


def _clause_stop(toks: list[Token], a: int, lex: Lexicon) -> int:
    """Index of the token that ends a conditional clause starting at a: the next comma, dash,
    semicolon or closing parenthesis (or "then"), else the sentence end. A parenthesis opened
    inside the clause ("the producer Hidroeléctrica de Cahora Bassa (HCB) agree") and a comma
    between the members of a list subject ("only if the Security Council, the cabinet and the
    parliament all approve") do not end it."""
    n = len(toks)
    j, depth = a, 0
    while j < n:
        w = toks[j].lower
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif w == "," and _apposition(toks, a, j, lex):
            j = next(m for m in range(j + 1, n) if toks[m].lower == ",")  # past the name and its comma
        elif w in {",", ";", "—", "–", ")"} and not (w == "," and _list_comma(toks, a, j, lex)):
            break
        elif w == "then" and toks[j - 1].lower not in _BEFORE_THEN:
            break  # "then" ends the clause, but not as an adverb of time ("corrected before then")
        j += 1
    return j


def _apposition(toks: list[Token], a: int, j: int, lex: Lexicon) -> bool:
    """The comma at j opens a name in apposition to the clause's subject ("only if the
    electoral commission, Elecam, took part"): before it only a determiner and up to three
    lower-case nouns (no verb yet), after it one to four capitalised words, a comma and a
    lower-case word that goes on with the clause."""
    part = toks[a:j]
    if not 2 <= len(part) <= 4 or part[0].lower not in _NP_DET:
        return False
    if not all(wordlike(t) and t.lower not in lex.verb_forms and not t.lower.endswith("ed") and t.lower not in _MODAL_START and t.lower not in _FINITE_BE for t in part[1:]):
        return False
    for m in range(j + 1, min(len(toks), j + 6)):
        t = toks[m]
        if t.lower == ",":
            return m > j + 1 and m + 1 < len(toks) and wordlike(toks[m + 1]) and toks[m + 1].lower not in {"and", "or", "but", "which", "who", "then"}
        if not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()):
            return False
    return False


def _list_comma(toks: list[Token], a: int, j: int, lex: Lexicon) -> bool:
    """The comma at j separates members of a list subject: the clause before it is only a noun
    phrase (a name, or a determiner and a noun or two that are no verbs) and after it comes
    another noun phrase and "and"/"or" before any other comma ("X, the cabinet and Y")."""
    part = toks[a:j]
    if not part or len(part) > 6:
        return False
    k = 1 if part[0].lower in _NP_DET else 0
    rest = part[k:]
    if not rest or not all(t.text.isalpha() or t.text in {"-", "'s", "’s"} for t in rest):
        return False
    names = all(t.text[:1].isupper() or t.lower in {"of", "-", "'s", "’s"} for t in rest)
    nouns = k == 1 and len(rest) <= 2 and all(t.text.islower() and t.lower not in lex.verb_forms and not t.lower.endswith("ed") for t in rest)
    if not (names or nouns):
        return False
    nxt = toks[j + 1 : j + 9]
    if not nxt or not (nxt[0].lower in _NP_DET or nxt[0].text[:1].isupper()):
        return False
    for m, t in enumerate(nxt):
        if t.lower in {"and", "or"}:
            return m > 0 and m + 1 < len(nxt) and (nxt[m + 1].lower in _NP_DET or nxt[m + 1].text[:1].isupper())
        if t.lower == ",":
            return _list_comma(toks, j + 1, j + 1 + m, lex)
        if not t.text.isalpha() or t.lower in _MODAL_START or t.lower in _FINITE_BE or t.text.islower() and t.lower.endswith("ed"):
            return False
    return False


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
    # "… could be suspended otherwise.": the antecedent may be the previous sentence's condition
    trailing: bool = False
    # "in case of another provocation": the antecedent is a noun phrase, its head the event
    np_ante: bool = False


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
        hit = cue_at(toks, i, lex) if toks[i].lower in cues else (("should",), "if") if toks[i].lower == "should" and _inverted_should(toks, i, lex) else None
        if hit is None:
            i += 1
            continue
        words, kind = hit
        L = len(words)
        if words == ("as", "long", "as") and _duration(toks, i + L):
            i += L  # "for as long as it takes": a duration, no condition
            continue
        prev = toks[i - 1].lower if i else ""
        cue = (toks[i].start, toks[i + L - 1].end)
        if words in {("otherwise",), ("or", "else")}:
            nxt = toks[i + 1].lower if i + 1 < n else "."
            if nxt in {".", "!", "?", "\"", "”"} and i > 1:
                # "… could be suspended otherwise.": the clause before is the consequent, what
                # precedes its speech frame (or the previous sentence) the antecedent
                c0 = _frame_start(toks, i, lex)
                ante = (s_start, toks[c0 - 1].start) if c0 > 1 else (prev_sentence or (s_start, s_start))
                out.append(Cond(kind, cue, ante, [(toks[c0].start, toks[i].start)], s, trailing=True))
            else:
                # "Do X, otherwise Y": Y unless X; a sentence-initial "Otherwise, Y" negates
                # the previous sentence (its condition's antecedent, when it states one)
                opening = i == 0 or i == 1 and toks[0].lower in _QUOTES
                ante = (s_start, toks[i].start) if not opening else (prev_sentence or (s_start, s_start))
                k = i + L + 1 if i + L < n and toks[i + L].lower == "," else i + L
                # '"Otherwise, the offer lapses," her statement said.': the clause after the
                # comma, up to a closing quote before its speech frame
                c = Cond(kind, cue, ante, [(toks[k].start if k < n else s_end, _quote_end(toks, k, s_end))], s, ante_of_previous=opening)
                out.append(c)
            i += L
            continue
        np_end = _np_cue_end(toks, i, words)
        if np_end is not None and (i == 0 or prev in _CLAUSE_START):
            # "…, but in case of another provocation we will respond": the condition is the
            # noun phrase; the clause right after it is what depends on it
            a = i + L + (1 if words == ("in", "case") else 0)
            k = np_end + 1 if toks[np_end].lower == "," else np_end
            out.append(Cond(kind, cue, (toks[a].start, toks[np_end - 1].end), [(toks[k].start, _next_cue(toks, k, _quote_end(toks, k, s_end), cues))], s, np_ante=True))
            i += L
            continue
        # a cue right after an opening quote inside a sentence ("… by 2027 \"as long as …")
        # still follows its main clause
        fronted = i == 0 or prev in _CLAUSE_START and not (prev in _QUOTES and i > 1 and toks[i - 2].lower not in {",", ":"})
        # the conditional clause runs to the next comma (or "then"), else to the sentence end
        j = _clause_stop(toks, i + L, lex)
        ante = (toks[i + L].start if i + L < n else s_end, toks[j - 1].end if j > i + L else s_end)
        cons: list[tuple[int, int]] = []
        if fronted:
            # main clause: before the cue (if it follows one) and after the clause. "X agreed
            # to reopen it, but only if …": the clause before "but" is what the cue restricts;
            # '… in May, "if the law is corrected"': a quote opening on the cue is no boundary
            b = i - 1 if i > 1 and (prev == "but" or prev in {"\"", "“"} and toks[i - 2].lower == ",") else i
            if b < i and b > 0 and toks[b - 1].lower == ",":
                b -= 1
            if i > 0 and not _speaker_label(toks, i):
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
                    # ("promised an amnesty to fighters who …": a "to" after an object is a
                    # preposition; only adverbs and time adjuncts stand before the infinitive)
                    c0 = next((k + 1 for k in range(b - 2, c0, -1) if toks[k].lower == "to" and _committed_before(toks, max(c0, k - 4), k)), c0)
                if c0 < b - 1 or b < i and c0 < b:
                    cons.append((toks[c0].start, toks[b - 1].end if b < i else toks[i - 1].start))
            if j < n and not _trailing_frame(toks, j + 1, lex):
                cons.append((toks[j].end, _next_cue(toks, j + 1, _quote_end(toks, j + 1, s_end), cues)))
        if not fronted or not cons:
            c0 = _frame_start(toks, i, lex)
            label = _speaker_label(toks, i)
            if label or not any(t.text.isalpha() for t in toks[c0:i]):
                # only a speech frame before the cue ("…, she said: 'Only if …'")
                comma = _before_frame(toks, c0) if c0 > 0 and not label else None
                if comma is not None:
                    cons = [(s_start, toks[comma].start)]
                elif (i <= 1 or label) and prev_sentence is not None:
                    cons = [prev_sentence]  # "Only if they stop." answering the sentence before
                else:
                    cons = []
            else:
                cons = [(toks[c0].start, toks[i].start)]
        if prev_sentence is not None and _answer_fragment(toks, i, lex):
            cons = [prev_sentence]  # "Q: When will it be published? A: Next week, provided …"
        if words == ("unless",) and any(t.lower in _NEGATION for t in toks if any(a <= t.start < b for a, b in cons)):
            kind = "only_if"  # guidelines 2.3 rule 1: "will not X unless Y" is X only if Y
        # "If the money arrives, we will pay … If it does not, the hospitals close": a
        # sentence-initial clause that is only a pro-verb stands for the act of the condition
        # just before it (guidelines 4: link the event it stands for, no new one); with no
        # such condition the pipeline reads the clause as usual
        elliptic = prev_sentence is not None and (i == 0 or i == 1 and toks[0].lower in _QUOTES) and (pv := pro_verb(toks, ante)) is not None and not pv[1]
        out.append(Cond(kind, cue, ante, cons, s, ante_of_previous=elliptic))
        i += L
    return out


_SUBJ = {"we", "they", "he", "she", "i", "you", "it"}


def _np_cue_end(toks: list[Token], i: int, words: tuple[str, ...]) -> int | None:
    """After "in case of" / "in the event of": the index just past the noun phrase when a clause
    with its own subject follows it (a comma, a subject pronoun or a new determiner phrase
    before a modal), else None (the phrase ends the sentence: "… in case of violence.")."""
    a = i + len(words)
    if words == ("in", "case"):
        if a >= len(toks) or toks[a].lower != "of":
            return None
        a += 1
    elif words != ("in", "the", "event", "of"):
        return None
    for m in range(a + 1, min(len(toks), a + 8)):
        w = toks[m].lower
        if w in {".", "!", "?", ";", "\"", "”"}:
            return None
        if w == "," or w in _SUBJ or w in _OBJECT_DET and toks[m - 1].lower not in _PREP and any(t.lower in _MODAL_START for t in toks[m + 1 : m + 5]):
            return m if m + 1 < len(toks) and toks[m + 1].lower not in {".", "!", "?", "\"", "”"} else None
        if w in _PREP and w != "of":
            return None  # "in the event of another attack on its posts": a long phrase, the old reading
    return None


def _speaker_label(toks: list[Token], i: int) -> bool:
    """"A: Only if …": only an interview speaker label (one to three capitalised words and a
    colon) precedes the cue, so the answer's main clause is the question before it."""
    return 2 <= i <= 4 and toks[i - 1].text == ":" and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[: i - 1])


def _answer_fragment(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """"TABI: Next week, provided …", "A: Yes, if …": after an interview speaker label, only a
    short verbless answer (a time, "yes", "no") and a comma precede the cue, so what the
    condition restricts is the question before it."""
    c = next((k for k in range(1, min(4, i)) if toks[k].text == ":"), None)
    if c is None or not all(t.text[:1].isupper() and t.text.isalpha() for t in toks[:c]):
        return False
    frag = toks[c + 1 : i]
    if not frag or len(frag) > 5 or frag[-1].text != ",":
        return False
    return all(t.text == "," or t.text.isalpha() and (t.lower not in lex.verb_forms or t.lower in {"next", "last"}) and t.lower not in _MODAL_START and t.lower not in _FINITE_BE and t.lower not in _SUBJ for t in frag)


_NEGATION = {"not", "n't", "n’t", "never", "cannot"}
_OPEN_ENDED = {"necessary", "needed", "required", "possible", "need", "needs"}


def _duration(toks: list[Token], k: int) -> bool:
    """"as long as it takes", "as long as necessary": how long, not on what condition."""
    w = [t.lower for t in toks[k : k + 3]]
    return bool(w) and (w[0] in _OPEN_ENDED or w[:1] == ["it"] and len(w) > 1 and (w[1] in {"takes", "took", "lasts"} or w[1] in {"will", "would"} and w[2:3] == ["take"]))


# The predicate of a conditional clause, read from its tokens alone (pipeline.py links the
# events at it and makes the missing ones).

_AUX = {"will", "would", "could", "can", "may", "might", "must", "shall", "should", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "n't", "'t", "’t", "to", "'ll", "also", "then", "we", "they", "i", "you", "he", "she", "it"}
_SUBORDINATE = {"when", "while", "because", "although", "though", "whereas", "since"}
_NEVER_VERB = {"nothing", "something", "anything", "everything", "none", "nobody", "everyone", "someone", "yes", "no", "not", "whether", "when", "while", "because", "although", "though", "where", "what", "how", "why", "so", "such", "very", "too", "just", "even", "ahead"}
_TIME_WORDS = {"yesterday", "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon"}  # (day and month names are capitalised: never a clause verb here)
_FINITE_AUX = {"did", "does", "do", "would", "will", "could", "can", "may", "might", "should", "must", "was", "were", "is", "are", "has", "have", "had"}
# Reporting verbs that state a check, the act a condition waits for ("confirms that …")
_VERIFY = {"confirm", "verify", "certify"}
# Words that frame a clause's predicate rather than being it.
_MODALS = {"will", "would", "shall", "'ll", "’ll", "could", "can", "may", "might", "must", "should", "going"}
_RAISING = {"ready", "prepared", "willing", "able", "going", "set", "due", "expected", "likely", "unlikely", "poised", "plan", "intend", "want", "hope", "seek", "try", "continue", "agree", "decide", "vow", "pledge", "promise", "threaten", "need", "choose", "opt"}
# Passive verbs of finding and saying that raise the subject of the infinitive after them
_PASSIVE_RAISING = {"found", "said", "believed", "thought", "reported", "seen", "shown", "known", "deemed", "alleged", "considered", "understood", "presumed", "proven", "proved", "judged", "rumoured", "rumored"}
# Phase and attitude verbs whose object or subject noun carries the act.
_PHASE = {"remain", "stay", "continue", "resume", "start", "begin", "keep", "consider", "extend", "observe", "fail", "flare", "persist", "last", "end", "party", "go", "come", "be", "become", "seem", "appear", "happen", "take", "proceed", "move"}
# Verbs whose gerund object is the act ("keep blocking", "consider delaying", "stop sending").
_GERUND_HEADS = {"keep", "continue", "consider", "resume", "start", "begin", "stop", "avoid", "risk", "mull", "contemplate"}


def gerund_head(w: str, lex: Lexicon) -> bool:
    """A phase or attitude verb that takes a gerund ("starts paying", "resumed pumping"), by its
    lemma or, for a verb the lexicon does not list, by its regular ending."""
    if lex.verb_forms.get(w, w) in _GERUND_HEADS:
        return True
    return any(w.endswith(e) and w[: len(w) - len(e)] in _GERUND_HEADS for e in ("s", "ed", "d", "ped", "ing"))
_WHEN = {"today", "tomorrow", "tonight", "later", "early", "shortly", "again", "now"}
_LY_VERBS = {"apply", "rely", "supply", "comply", "reply", "rally", "ally", "tally", "multiply", "imply", "fly", "bully"}
_POSSESSIVE = {"his", "her", "its", "their", "our", "my", "your"}
_PREP = {"of", "on", "in", "at", "for", "to", "from", "with", "against", "by", "into", "over", "under", "after", "before", "until", "within", "during", "across", "through", "near", "about", "than", "as", "like"}
_LIGHT_WITH_FORMS = {"respond", "responds", "responded", "come", "comes", "came", "face", "faces", "faced", "retaliate", "retaliates", "retaliated", "answer", "answers", "answered"}
_PARTICLES = {"back", "up", "out", "off", "down", "away", "over", "apart", "together", "open", "closed", "alive", "intact"}
_STOP_NP = {"it", "they", "he", "she", "we", "i", "you", "them", "if", "unless", "and", "or", "but", "that", "which", "who", "next", "this", "again", "once", "only", "soon", "immediately", "there", "here", "then"}
# Object heads of light verbs that are no act ("take part", "take place", "take note")
_NOT_ACT = {"one", "part", "place", "effect", "care", "note", "account", "advantage", "sure", "it", "them", "time", "way", "sense", "use", "hands"}
_OBJECT_DET = {"the", "a", "an", "its", "their", "his", "her", "all", "any", "some", "our", "your", "my", "every", "this", "these"}
_NOT_VERB = {"another", "either", "each", "neither", "same", "the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "first", "also", "still", "fully", "only", "new", "no", "any", "both", "other", "every", "this", "that", "these", "those", "further", "more", "again"}


def main_verb(toks: list[Token], rng: tuple[int, int], ms: list[Mention], lex: Lexicon, ante: bool = False, at_events: frozenset[int] | set[int] = frozenset()) -> int | None:
    """Token index of the clause's predicate: its first verb outside actor mentions,
    auxiliaries and adverbs ("was prepared to lower" -> "lower"; "were lifted" ->
    "lifted"), or the gerund a phase verb governs ("keep blocking" -> "blocking"). In an
    antecedent a reporting verb is the condition ("if the ministry confirms it needs …")."""
    k = existential_head(toks, rng)
    if k is not None:
        return k
    k = _possessive_have(toks, rng, ms, lex)
    if k is not None:
        return k
    k = _first_verb(toks, rng, ms, lex, ante, at_events)
    if k is None:
        return _predicate_noun(toks, rng, ms)
    if k + 1 < len(toks) and toks[k + 1].start < rng[1]:
        nxt = toks[k + 1]
        if nxt.lower.endswith("ing") and len(nxt.lower) > 5 and nxt.text.isalpha() and nxt.text.islower() and gerund_head(toks[k].lower, lex):
            return k + 1  # "will keep flying in aid", "would consider delaying the vote"
    return k


_HAVE = {"has", "have", "had"}
_HAVE_OBJ = {"the", "a", "an", "no", "any", "enough", "full", "free", "unhindered", "unrestricted", "broad", "clear", "sufficient", "sole", "its", "their", "his", "her", "our", "some", "more"}
_HAVE_BEFORE = {"would", "will", "could", "can", "may", "might", "must", "should", "does", "do", "did", "not", "n't", "still", "also", "already", "to"}


def _possessive_have(toks: list[Token], rng: tuple[int, int], ms: list[Mention], lex: Lexicon) -> int | None:
    """"unless the agency has free access to the camps", "unless it has the backing of two
    thirds": a form of "have" followed by its object (a determiner or an adjective of extent)
    is the clause's main verb, not an auxiliary; the light verb's object is then the act. Only
    when the words before it are its subject (no verb among them)."""
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]
    for q, i in enumerate(inside[:8]):
        w = toks[i].lower
        if w in _HAVE:
            if q == 0 or i + 2 >= len(toks) or toks[i + 1].lower not in _HAVE_OBJ or toks[i + 1].start >= rng[1]:
                return None
            return i
        if any(m.start <= toks[i].start < m.end for m in ms) or w in _HAVE_BEFORE or w in _NP_DET or w in _OBJECT_DET:
            continue
        if not wordlike(toks[i]) or w in lex.verb_forms or w.endswith("ed"):
            return None
    return None


_THERE_BE = {"is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may", "might", "must", "should", "has", "have", "had", "'s", "’s", "not", "n't", "’t", "still", "also", "again", "then"}
_THERE_NP = {"no", "any", "a", "an", "some", "more", "further", "fresh", "another", "new"}


def existential_head(toks: list[Token], rng: tuple[int, int]) -> int | None:
    """"as long as there are no new violations of our airspace", "There will be no talks
    unless …": an existential clause predicates only that what its noun names takes place,
    so that noun (the last word of the phrase after "there" + "be", before a preposition or
    the clause's end) is the clause's end (guidelines 4: an end is always an event). None
    when the clause is no existential or its noun names nothing ("there is nothing to …",
    left to the infinitive)."""
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]
    if len(inside) < 3 or toks[inside[0]].lower != "there":
        return None
    k, be = inside[1], False
    while k <= inside[-1] and toks[k].lower in _THERE_BE:
        be = be or toks[k].lower in {"is", "are", "was", "were", "be", "been", "'s", "’s"}
        k += 1
    if not be:
        return None
    head = None
    for j in range(k, min(inside[-1] + 1, k + 5)):
        t = toks[j]
        if not wordlike(t) or t.lower in _PREP or t.lower in _STOP_NP or t.lower in {"that", "which", "who", "when", "while", "because"}:
            break
        if t.lower not in _THERE_NP and t.lower not in _OBJECT_DET:
            head = j
    if head is None or toks[head].lower in _NEVER_VERB or toks[head].lower.endswith("ly"):
        return None
    return head


_BE_FORMS = {"is", "are", "was", "were", "be", "been", "'s", "’s"}


def _predicate_noun(toks: list[Token], rng: tuple[int, int], ms: list[Mention]) -> int | None:
    """"the smugglers will be the only winners": a clause whose only verb is a copula
    predicates its noun (the last word of the phrase after the copula, before a preposition
    or the clause's end), which is then the clause's end (guidelines 4). Only for a clause in
    which no other predicate was found."""
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]
    k = next((i for i in inside if toks[i].lower in _BE_FORMS), None)
    if k is None or k == inside[0]:
        return None
    head = None
    for j in range(k + 1, min(inside[-1] + 1, k + 6)):
        t = toks[j]
        if any(m.start <= t.start < m.end for m in ms) or not wordlike(t) or t.lower in _PREP or t.lower in _STOP_NP and t.lower != "only" or t.lower in _SUBORDINATE:
            break
        if t.lower not in _OBJECT_DET and t.lower not in _NOT_VERB and t.lower not in _AUX:
            head = j
    if head is None or toks[head].lower in _NEVER_VERB or toks[head].lower.endswith("ly") or toks[head].lower in _WHEN or toks[head].lower in _TIME_WORDS:
        return None
    return head


def _first_verb(toks: list[Token], rng: tuple[int, int], ms: list[Mention], lex: Lexicon, ante: bool, at_events: frozenset[int] | set[int] = frozenset()) -> int | None:
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]

    def adverb(w: str) -> bool:
        return w.endswith("ly") and len(w) > 4 and w not in lex.verb_forms and w not in _LY_VERBS

    def reported(k: int) -> bool:
        # a reporting verb frames the clause only when a content clause follows it. In an
        # antecedent a bare content clause is what is reported ("if the ministry confirms it
        # needs …": the confirming is the condition), and a verification is an act even
        # before "that" ("only if a team confirms that …"), while "declared that …" frames;
        # in a consequent a report with nothing reported after it is the act ("we will say
        # so publicly", "will tell them")
        lemma = lex.verb_forms.get(toks[k].lower)
        if lemma not in lex.reporting_lemmas or _with_object(toks, k):
            return False
        if ante:
            return lemma not in _VERIFY and k + 1 < len(toks) and toks[k + 1].lower == "that"
        return not bare_report(toks, k, rng[1])

    # "provided that Chinese vessels stopped harassing …": the word right after a subject
    # mention that opens the clause (past auxiliaries) is its predicate, known verb or not
    subj = next((m for m in ms if inside and toks[inside[0]].start <= m.start <= toks[inside[min(1, len(inside) - 1)]].start and m.end < rng[1]), None)
    if subj is not None and subj.end - subj.start <= 5 and toks[inside[0]].lower in _POSSESSIVE:
        subj = None  # "her party would …": a possessive opens the subject, it is not all of it
    if subj is not None:
        k = next((i for i in inside if toks[i].start >= subj.end), None)
        k_first = k
        while k is not None and k < len(toks) and (toks[k].lower in _AUX and toks[k].lower not in {"not", "n't"} or adverb(toks[k].lower)):
            k += 1
        # "agreed to talks", "warned that …" frame what follows; an unknown verb before a
        # demonstrative does not ("formally shelves that memorandum")
        framed = k is not None and k + 1 < len(toks) and (toks[k + 1].lower == "to" or toks[k + 1].lower == "that" and toks[k].lower in lex.verb_forms)
        if k is not None and k == k_first and toks[k].lower not in {"and", "or", "nor"} and k + 1 < len(toks) and toks[k + 1].start < rng[1] and wordlike(toks[k]) and toks[k].lower not in lex.verb_forms and k not in at_events and not adverb(toks[k].lower) and wordlike(toks[k + 1]) and toks[k + 1].lower not in _PREP and (toks[k + 1].lower in lex.verb_forms and toks[k + 1].lower not in _NOT_VERB or toks[k + 1].lower.endswith("ed") or toks[k + 1].lower in _FINITE_AUX):
            k += 1  # "if the Doha channel produced …": a noun the name modifies, then the verb
            while k < len(toks) and toks[k].start < rng[1] and (toks[k].lower in _AUX and toks[k].lower not in {"not", "n't"} or adverb(toks[k].lower)):
                k += 1  # "if regional labour schemes were hit": its auxiliaries, then the verb
        if k is not None and k < len(toks) and toks[k].start < rng[1] and wordlike(toks[k]) and toks[k].lower not in _NOT_VERB and toks[k].lower not in _AUX and toks[k].lower not in {"and", "or", "nor"} and _can_be_verb(toks, k, lex, ante) and not reported(k) and not framed:
            return k  # ("the government and the producer agree": a coordinated subject goes on)
    pro = pro_form_verb(toks, inside)
    if pro is not None:
        return pro
    titles = _title_words(toks, inside, ms)
    for i in inside:
        w = toks[i].lower
        prev = toks[i - 1].lower if i else ""
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if w in _SUBORDINATE and i > inside[0] and not (nxt in _FINITE_AUX and toks[i].text[:1].isupper()):
            break  # "if the freeze is still in the text when it comes back": a clause of its own ("When will …?" opens a question)
        if not wordlike(toks[i]) or any(m.start <= toks[i].start < m.end for m in ms) or adverb(w) or not _can_be_verb(toks, i, lex, ante) or i in titles:
            continue
        if ante and i == inside[0] and nxt in {"with", "between", "on", "over", "about", "in", "at", "for", "of"} and not w.endswith(("ed", "ing")) and any(wordlike(toks[k]) and toks[k].lower in lex.verb_forms for k in inside[2:]):
            continue  # "if talks with the federation on early retirement fail": the subject noun opens the clause
        if prev in _FLOATING and i - 2 >= inside[0] and _subject_word(toks, i - 2, ms, lex):
            return i  # "the Security Council, the cabinet and the parliament all approve"
        if w in _AUX or w in _NOT_VERB or prev in _NOT_VERB and prev not in {"also", "still", "first", "fully", "only", "further", "again"}:
            continue  # "the other side": a noun after a determiner
        if nxt == "to" and prev in {"is", "are", "was", "were", "be", "been", "being"} and w in _PASSIVE_RAISING:
            continue  # "was found to be unpaid", "is said to have agreed": what follows is the predicate
        if nxt == "to" and (w in _RAISING or lex.verb_forms.get(w) in _RAISING) and not (i + 2 < len(toks) and (toks[i + 2].lower in _OBJECT_DET or toks[i + 2].text[:1].isupper())):
            continue  # "ready to lower": the lowering is the predicate ("agree to a new tariff": a preposition)
        if reported(i):
            continue
        if _singular_verb(toks, i, inside, lex):
            return i  # "if the pension bill reaches parliament": det, noun, noun, verb in -s
        if i > inside[0] and _compound_head(toks, i, rng) and not (prev.endswith("s") and not prev.endswith("ss") and _third_singular(w, lex)):
            continue  # "unless member states pay", "the state institutions respect": a compound's plural head, the verb follows
        if i >= 2 and i - 2 == inside[0] and toks[i - 2].lower in _OBJECT_DET and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and (w.endswith("s") and not w.endswith("ss") or not nxt.isalpha() or toks[i + 1].start >= rng[1]) and nxt not in _FINITE_AUX:
            return i  # "unless the money arrives", "if the talks collapse.": det, noun, verb
        if prev in {"'s", "’s"}:
            continue  # "the court's order does not tie": a possessor's noun, never the verb
        if _det_subject(toks, inside) and prev not in _AUX and w == lex.verb_forms.get(w) and _agreeing_verb_after(toks, i, rng, lex):
            continue  # "the promised cut in fuel tax takes effect": a bare form in the subject, its verb agrees later
        if nxt in _MODALS and prev not in _AUX:
            continue  # "the offshore blocks would …": the word before a modal heads the subject
        if prev not in _AUX and (w in lex.verb_forms or w.endswith("ed")) and prev.isalpha() and prev not in _PREP and _finite_after(toks, i + 1, rng[1]):
            continue  # "the seats allotted to it did not fall": a participle after a noun, the verb comes later
        if _det_subject(toks, inside) and prev not in _AUX and lex.verb_forms.get(w) == w and not prev.endswith("s") and i < inside[-1] and _finite_next(toks[i + 1], lex) and all(wordlike(t) and t.lower not in lex.verb_forms for t in toks[inside[0] + 1 : i]):
            continue  # "if a single round landed": a base form after a singular noun phrase is its head noun, the finite verb follows
        if prev in _AUX or w in lex.verb_forms or w.endswith("ed"):
            return i
        if w.endswith("s") and not w.endswith("ss") and (w[:-1] in lex.verb_forms or w.endswith("es") and w[:-2] in lex.verb_forms or nxt in _OBJECT_DET):
            return i  # "the port authority reverses …": a present-tense verb after its subject
    # "if reserves fall below …", "unless children got a meal": a verb the lexicon does not
    # know still follows its noun subject; the first lower-case word after a noun that is
    # no function word is the predicate
    for i in inside[1:]:
        w, prev = toks[i].lower, toks[i - 1].lower
        if w in _SUBORDINATE:
            break
        if _compound_head(toks, i, rng) or _det_subject(toks, inside) and prev not in _AUX and _agreeing_verb_after(toks, i, rng, lex):
            continue
        if wordlike(toks[i]) and wordlike(toks[i - 1]) and not any(m.start <= toks[i].start < m.end for m in ms) and prev not in _NOT_VERB and prev not in _PREP and prev not in _AUX and prev not in _STOP_NP and (prev not in lex.verb_forms or i - 1 > inside[0] and _compound_head(toks, i - 1, rng)) and _can_be_verb(toks, i, lex, ante) and not reported(i) and w not in _NOT_VERB and w not in _PREP and w not in _STOP_NP and w not in _AUX and not adverb(w) and not w.endswith("ing"):
            return i
    return None


_PRO_FORMS = {"that", "this"}


def pro_form_verb(toks: list[Token], inside: list[int]) -> int | None:
    """"If that happens again", "if this continues", "unless that changes": a demonstrative
    alone as the clause's subject stands for an act named before; the word after it (past any
    auxiliary) is the predicate when it has a verb's ending (a singular noun after "this" has
    none: "if this deal fails")."""
    if len(inside) < 2 or toks[inside[0]].lower not in _PRO_FORMS:
        return None
    k = inside[1]
    aux = False
    while k <= inside[-1] and toks[k].lower in _FINITE_AUX | _MODAL_START | {"not", "n't", "also", "ever", "be", "been"}:
        k, aux = k + 1, True
    if k > inside[-1] or not wordlike(toks[k]):
        return None
    w = toks[k].lower
    if w in _NOT_VERB or w in _PREP or w in _STOP_NP or any(t.lower in {"is", "are", "was", "were", "be", "been"} for t in toks[inside[1] : k]) and not w.endswith("ed"):
        return None  # "if that is the case", "if that was true": a copula, no act
    if aux and k > inside[1] or w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "is", "us")):
        return k
    return None


_FLOATING = {"all", "both", "each"}


def _subject_word(toks: list[Token], k: int, ms: list[Mention], lex: Lexicon) -> bool:
    """The word at k ends a subject noun phrase: a name, an actor mention or a noun that is no
    verb form ("the workers all agree"; not "ban all imports")."""
    t = toks[k]
    if any(m.start <= t.start < m.end for m in ms) or t.lower in {"they", "we", "you"}:
        return True
    return t.text.isalpha() and (t.text[:1].isupper() or t.lower not in lex.verb_forms and t.lower not in _PREP and t.lower not in _NOT_VERB and t.lower not in _STOP_NP)


def _title_words(toks: list[Token], inside: list[int], ms: list[Mention]) -> set[int]:
    """Lower-case words that describe the name right after them at the start of a noun phrase
    ("and state power producer Hidroeléctrica …", "the opposition leader X"): part of the
    subject, never the clause's verb."""
    out: set[int] = set()
    if not inside:
        return out
    starts = {m.start for m in ms}
    for q in inside:
        if toks[q].start not in starts or not toks[q].text[:1].isupper() or toks[q].lower in _OBJECT_DET:
            continue  # a name, not "the senate"
        k = q - 1
        while k >= inside[0] and q - k <= 3 and wordlike(toks[k]) and toks[k].lower not in _PREP and toks[k].lower not in _AUX and toks[k].lower not in _NOT_VERB and toks[k].lower not in _STOP_NP:
            k -= 1
        if k < q - 1 and (k < inside[0] or toks[k].lower in {"and", "or"} or toks[k].lower in _OBJECT_DET):
            out.update(range(k + 1, q))
    return out


def _det_subject(toks: list[Token], inside: list[int]) -> bool:
    """The clause opens with a determiner: its subject is a noun phrase, not a name or pronoun."""
    return bool(inside) and toks[inside[0]].lower in {"the", "a", "an", "its", "their", "his", "her", "this", "these"}


def _third_singular(w: str, lex: Lexicon) -> bool:
    """An -s form of a verb the lexicon knows ("takes", "stands"; not "talks" as the verb's own
    base, nor "process")."""
    lemma = lex.verb_forms.get(w)
    return w.endswith("s") and not w.endswith(("ss", "is", "us")) and lemma is not None and lemma != w


def _agreeing_verb_after(toks: list[Token], i: int, rng: tuple[int, int], lex: Lexicon) -> bool:
    """A known verb in -s later in the clause, after a lower-case word that is no determiner or
    preposition (so it is the finite verb, not a plural noun), before any clause boundary."""
    for k in range(i + 1, min(len(toks), i + 8)):
        t = toks[k]
        if t.start >= rng[1] or t.lower in {",", ";", "and", "or", "but", "that", "which", "who", "when", "while"}:
            return False
        if _third_singular(t.lower, lex) and wordlike(toks[k - 1]) and toks[k - 1].lower not in _OBJECT_DET and toks[k - 1].lower not in _PREP and toks[k - 1].lower not in _NOT_VERB:
            return True
    return False


def _singular_verb(toks: list[Token], i: int, inside: list[int], lex: Lexicon) -> bool:
    """Determiner, one to three singular nouns, then a word in -s followed by its object ("the
    pension bill reaches parliament", "the port authority reverses the decision", "the fuel
    subsidy reform stays on track"): the verb, even one the lexicon does not know. A known verb right after it ("the price increases
    continue") makes the -s word a plural noun instead."""
    w = toks[i].lower
    if not _det_subject(toks, inside) or not 2 <= i - inside[0] <= 4 or not w.endswith("s") or w.endswith(("ss", "is", "us")):
        return False
    if not all(wordlike(t) and not t.lower.endswith("s") and t.lower not in lex.verb_forms and t.lower not in _NOT_VERB and t.lower not in _PREP and t.lower not in _STOP_NP for t in toks[inside[0] + 1 : i]):
        return False
    if i + 1 > inside[-1]:
        return False
    nxt = toks[i + 1]
    if nxt.lower in lex.verb_forms or nxt.lower in _FINITE_AUX or nxt.lower in _MODALS or nxt.lower in _PREP and nxt.lower not in {"to", "in", "on", "at"}:
        return False
    return nxt.lower in _OBJECT_DET or nxt.text[:1].isupper() or wordlike(nxt)


def _finite_next(t: Token, lex: Lexicon) -> bool:
    """A past form, a known verb in -s or a finite auxiliary: the finite verb of a clause."""
    return wordlike(t) and (t.lower.endswith("ed") or t.lower in _FINITE_AUX or _third_singular(t.lower, lex))


def _can_be_verb(toks: list[Token], k: int, lex: Lexicon, ante: bool) -> bool:
    """Whether the word at k can be a clause's verb at all: no function word, condition cue,
    time word or pronoun ("there is nothing to …", "are in place", "come back tomorrow"), and
    in a consequent no reporting verb that only closes the sentence ('…," her statement said.').
    A new event is made at the clause's verb, so a word that cannot be one must be passed over."""
    w = toks[k].lower
    if w in _NEVER_VERB or w in _PREP or w in _STOP_NP or w in _WHEN or w in _TIME_WORDS or w in lex.condition_cues:
        return False
    if not ante and lex.verb_forms.get(w) in lex.reporting_lemmas and (k + 1 >= len(toks) or toks[k + 1].lower in {".", "!", "?"}):
        return False
    return True


def _compound_head(toks: list[Token], i: int, rng: tuple[int, int]) -> bool:
    """A plural noun after a noun modifier ("member states", "state institutions") followed by a
    bare verb and then its object or a preposition ("… pay for", "… respect our autonomy"): the
    subject's head, with the predicate right after it."""
    w, prev = toks[i].lower, toks[i - 1].lower
    if not (w.endswith("s") and not w.endswith("ss") and i > 0 and wordlike(toks[i - 1])):
        return False
    if prev in _OBJECT_DET or prev in _NOT_VERB or prev in _AUX or prev in _PREP or prev in _STOP_NP:
        return False
    if i + 1 >= len(toks) or toks[i + 1].start >= rng[1] or not wordlike(toks[i + 1]):
        return False
    nxt = toks[i + 1].lower
    if nxt.endswith(("s", "ly")) or nxt in _PREP or nxt in _NOT_VERB or nxt in _AUX or nxt in _STOP_NP or nxt in _PARTICLES:
        return False
    return i + 2 >= len(toks) or toks[i + 2].start >= rng[1] or toks[i + 2].lower in _OBJECT_DET or toks[i + 2].lower in _PREP or not toks[i + 2].text.isalpha()


def _finite_after(toks: list[Token], k: int, end: int) -> bool:
    """An auxiliary later in the same clause, with no relative pronoun or conjunction before it
    ("… allotted to Andhra Pradesh did not fall"): the clause's finite verb is still to come."""
    for t in toks[k : k + 8]:
        if t.start >= end or t.lower in {"that", "which", "who", "and", "or", "but", ",", ";"}:
            return False
        if t.lower in _FINITE_AUX and t.text.islower():
            return True  # (not the month "May")
    return False


def wordlike(t: Token) -> bool:
    """A lower-case word, hyphens allowed ("re-arrest")."""
    return t.text.islower() and t.text.replace("-", "").isalpha()


def _with_object(toks: list[Token], k: int) -> bool:
    """A reporting verb with a direct object ("unless Congress declared a state of emergency",
    "if the recount confirmed Intriago's lead") is the clause's act, not a speech frame."""
    return k + 1 < len(toks) and (toks[k + 1].lower in _OBJECT_DET or toks[k + 1].text[:1].isupper())


def light_object(toks: list[Token], v: int, rng: tuple[int, int]) -> int | None:
    """Head noun of the object of a light verb ("take all necessary measures", "hold a
    referendum on …", "respond with mirror measures", "come back with cuts"), or None."""
    if v > 0 and toks[v - 1].lower in {"be", "been", "being", "is", "are", "was", "were"}:
        return None  # "would be made available": a passive has no object
    k = v + 1
    if k < len(toks) and toks[k].lower in _PARTICLES:
        if toks[v].lower not in _LIGHT_WITH_FORMS:
            return None  # "takes back", "gives up": a phrasal verb is an act of its own
        while k < len(toks) and toks[k].lower in _PARTICLES:
            k += 1
    if k < len(toks) and toks[k].lower == "with":
        k += 1
    elif toks[v].lower in _LIGHT_WITH_FORMS and toks[v].lower not in {"face", "faces", "faced"}:
        return None  # "if they come back tomorrow": only "come back with cuts" names an act
    head = None
    for j in range(k, min(len(toks), k + 5)):
        t = toks[j]
        if t.lower in _PARTICLES:
            return None  # "kept smugglers away": the keeping is the act
        if t.start >= rng[1] or not t.text.replace("-", "").isalpha() or not t.text.islower() or t.lower in _PREP or t.lower in _STOP_NP:
            break
        if t.lower not in _OBJECT_DET and t.lower not in _NOT_VERB:
            head = j
    if head is None or toks[head].lower in _NOT_ACT or toks[head].lower.endswith("ly") or toks[head].lower in _WHEN or toks[head].lower in _TIME_WORDS:
        return None
    return head


_COURTS = {"court", "courts", "tribunal", "arbitration", "justice"}


def court_of(toks: list[Token], v: int, rng: tuple[int, int]) -> int | None:
    """"take the union to court", "take the dispute to the SADC tribunal", "take Panama to
    international arbitration": index of the court word after "to" that makes "take X to …"
    suing, or None."""
    for k in range(v + 2, min(len(toks), v + 8)):
        if toks[k].start >= rng[1] or toks[k].lower in {",", ";", "and", "or", "if", "unless"}:
            return None
        if toks[k].lower != "to":
            continue
        for j in range(k + 1, min(len(toks), k + 5)):
            if toks[j].start >= rng[1] or not toks[j].text.replace("-", "").isalpha():
                return None
            if toks[j].lower in _COURTS:
                return j
        return None
    return None


def event_subject(toks: list[Token], v: int, rng: tuple[int, int], ms: list[Mention]) -> int | None:
    """"the recount would begin", "the rerun could not take place": the noun subject of an
    aspectual verb with no object is the event, when it is no actor."""
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    if nxt is not None and nxt.start < rng[1] and nxt.text.isalpha() and nxt.lower not in _PREP and nxt.lower not in _STOP_NP and nxt.lower not in _WHEN:
        return None  # "would not resume pumping": the verb has an object
    k = v - 1
    while k >= 0 and toks[k].lower in _AUX:
        k -= 1
    if k < 0 or toks[k].start < rng[0]:
        return None
    t = toks[k]
    if not t.text.isalpha() or not t.text.islower() or t.lower in _NOT_VERB or any(m.start <= t.start < m.end for m in ms):
        return None
    if k == 0 or toks[k - 1].lower not in _OBJECT_DET and toks[k - 1].lower not in _NOT_VERB and not (k > 1 and toks[k - 2].lower in {"a", "an", "the"} and wordlike(toks[k - 1]) and toks[k - 1].lower not in _PREP):
        return None  # "the" + noun ("a second exchange": one modifier between): a noun, not a verb or an adverb
    return k


# Passive verbs that only bring about the occasion their subject names ("elections were held",
# "a statement will be issued", "a deal is reached")
_OCCASION_PASSIVE = {"held", "issued", "staged", "conducted", "organised", "organized", "convened", "called", "reached", "made", "taken"}


def occasion_subject(toks: list[Token], v: int, rng: tuple[int, int], ms: list[Mention]) -> int | None:
    """The noun subject of a passive that brings an occasion about ("unless elections were
    held", "a joint statement would be issued") or of "take place": the subject is the event
    (guidelines 4: an end with a noun or passive subject is marked at its verb or noun)."""
    w = toks[v].lower
    if w in {"take", "takes", "took", "taken", "taking"}:
        if v + 1 >= len(toks) or toks[v + 1].lower != "place":
            return None
    elif w not in _OCCASION_PASSIVE or v == 0 or toks[v - 1].lower not in {"be", "been", "being", "is", "are", "was", "were"}:
        return None
    k = v - 1
    while k >= 0 and toks[k].lower in _AUX and toks[k].lower not in {"we", "they", "i", "you", "he", "she", "it"}:
        k -= 1
    if k < 0 or toks[k].start < rng[0]:
        return None
    if toks[k].lower in _NOT_VERB or any(m.start <= toks[k].start < m.end for m in ms):
        return None
    # the subject is all the clause has before its verb, a few lower-case words ("a third
    # round", "elections"): no name, pronoun or prepositional phrase
    first = next(i for i in range(k + 1) if toks[i].start >= rng[0])
    if k - first > 3 or not all(wordlike(x) and x.lower not in _STOP_NP and x.lower not in _PREP for x in toks[first : k + 1]):
        return None
    return k


_DO = {"do", "does", "did", "done"}
_PRO_VERB_ADJUNCT = {"again", "now", "soon", "today", "tomorrow", "quickly", "immediately", "next", "this", "first"}


def pro_verb(toks: list[Token], rng: tuple[int, int]) -> tuple[int, bool] | None:
    """A clause whose predicate is a pro-verb: a form of "do" that ends the clause, alone or
    with "so", "it", "that", "likewise" or "the same" ("only if it did", "unless they do so",
    "provided that X did the same"). Returns its index and whether it names the same act done
    by another actor ("the same", "likewise")."""
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]
    for i in inside:
        if toks[i].lower not in _DO:
            continue
        rest = [t.lower for t in toks[i + 1 : inside[-1] + 1] if t.lower not in {"not", "n't", "’t", "'t", "too", "also", "again", "first"}]
        words = [w for w in rest if w.isalpha()]
        if words[:2] == ["the", "same"] or words[:1] == ["likewise"]:
            return i, True
        if not words or words in (["so"], ["it"], ["that"]):
            return i, False
        if words[0] in {"so", "it", "that"} and (words[1] in _PREP or words[1] in _PRO_VERB_ADJUNCT):
            # "unless they do so by Friday", "should Budapest do so before the summer", "if
            # they do it again": a time or place adjunct after the pro-verb leaves it one
            return i, False
        return None
    return None


def predicate_of_nouns(w: str, lex: Lexicon, after_aux: bool = False) -> bool:
    """A clause whose events are nouns ("deliveries would stop", "would reduce its
    cooperation") is linked at its verb too, when that verb is an act of its own: a known
    verb, or any word a modal or auxiliary makes a verb ("would sue", "will not cope"),
    that is not a phase or raising verb ("the truce would remain", "would consider a
    withdrawal" leave the act to the noun)."""
    lemma = lex.verb_forms.get(w) or (w[:-2] if w.endswith("ed") else None) or (w if after_aux else None)
    return lemma is not None and lemma not in _PHASE and lemma not in _RAISING
