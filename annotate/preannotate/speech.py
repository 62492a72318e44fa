"""Who reports what: "..., Rubio said", "X said that ...", "according to X", "- noted X", and
quoted paragraphs whose attribution comes at their end."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from annotate.preannotate.actors import Mention
from annotate.preannotate.resources import Lexicon, verb_forms as _verb_forms
from annotate.preannotate.text import Token, token_facts

_OPEN_QUOTES = {'"', "“"}
_CLOSE_QUOTES = {'"', "”"}
_QUOTE_MARKS = frozenset(_OPEN_QUOTES | _CLOSE_QUOTES)
_QUOTE_CHAR = re.compile('["“”]')  # each of _QUOTE_MARKS, wherever it stands, is a token of its own
_ANSWER_MARKS = frozenset({"A", "Answer"})
# Words that may follow a closing attribution ('…, X said on Monday.'); any other lower-case
# word after the verb starts the reported content ('…, X, said the party would …').
_AFTER_ATTRIBUTION = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "in", "at", "last", "this", "late", "earlier", "yesterday", "today", "after", "before", "during", "while", "when", "as", "in", "of", "to", "by", "from", "via", "through", "afterwards", "later", "recently"}
_PARTICIPLES = {"adding", "saying", "noting", "stressing", "insisting", "arguing", "warning"}


# The verbal acts a reporter goes on to after the report ("X said the army had bombed villages
# and accused Bangkok of …", "…, but warned that …"): past and 3sg forms only, so a base form
# under a modal of the reported clause ("would pull back … and urge") is not one.
VERBAL_ACTS = frozenset(
    form
    for lemma in ("accuse", "urge", "call", "demand", "warn", "deny", "reject", "condemn", "criticise", "criticize", "blame", "praise", "welcome", "vow",
                  "pledge", "promise", "threaten", "appeal", "ask", "dismiss", "denounce")
    for form, kind in _verb_forms(lemma, {}).items() if kind in {"past", "3sg"}
)
# "said … and accused Y": reporting verbs by tense, and the words that may stand between the
# "and" and the verbal act ("but he rejected", "and also urged")
REPORTING_PAST = frozenset({"said", "told", "added", "claimed", "insisted", "stated", "argued", "wrote", "alleged"})
REPORTING_3SG = frozenset({"says", "tells", "adds", "claims", "insists", "states", "argues", "writes", "alleges"})
_REPORTING_ANY = REPORTING_PAST | REPORTING_3SG | frozenset({"saying", "adding", "telling"})
_JOINED_SUBJECT = frozenset({"he", "she", "they", "it", "also", "then", "later"})
# commitments keep their reporter: "told lawmakers … and promised to revisit it" (the promise
# is known by the speaker's word)
_COMMITMENTS = frozenset(f for v in ("vow", "pledge", "promise") for f in _verb_forms(v, {}))


def narrated_act(toks: list[Token], i: int) -> bool:
    """True when the verbal act at token i is joined by "and"/"but" to a reporting verb earlier
    in the sentence, outside quotes ("Y said the talks had failed and accused X of …", "…, but
    he rejected a request …"): the narrator tells the act, the reporter does not report it
    (guidelines 2.8); what the act is about ("warned that …", "accused X of …") stays reported."""
    w = toks[i].lower
    if w not in VERBAL_ACTS or w in _COMMITMENTS or not toks[i].text.islower():
        return False
    j = i - 1
    while j > 0 and i - j <= 2 and toks[j].lower in _JOINED_SUBJECT:
        j -= 1
    if j <= 0 or toks[j].lower not in {"and", "but"}:
        return False
    quoted = False
    said = False
    for t in toks[:j]:
        if t.text in _QUOTE_MARKS:
            quoted = not quoted if t.text == '"' else t.text in _OPEN_QUOTES
        elif not quoted and t.lower in _REPORTING_ANY:
            said = True
    return said and not quoted


@dataclass
class Attribution:
    """The speaker of (part of) a sentence: events in [start, end) are reported_by `key`."""

    key: tuple
    start: int
    end: int
    after_quote: bool  # the attribution follows a closing quote ('"…," X said')


def speaker(toks: list[Token], mentions: list[Mention], lex: Lexicon) -> Attribution | None:
    """The attribution of one sentence, if it has one."""
    if not toks:
        return None
    reporting = lex.reporting_lemmas  # built once at lexicon load
    verb_forms = lex.verb_forms
    # one pass picks the tokens either loop below looks at (most sentences have few)
    cached = _CUE_WORDS.get(id(lex))
    if cached is None or cached[0] is not verb_forms or cached[1] is not reporting:
        with_acc = reporting | {"accuse"}
        cached = _CUE_WORDS[id(lex)] = (verb_forms, reporting, frozenset({"according", *(f for f, lemma in verb_forms.items() if lemma in with_acc)}))
    cue_words = cached[2]
    lows, starts = token_facts(toks)
    if cue_words.isdisjoint(lows):
        return None  # no cue: neither loop below nor _accuser has anything to read
    cues = [i for i, w in enumerate(lows) if w in cue_words]
    # a quoted "I"/"we" is the speaker, never the attribution of its own sentence ('"… I have
    # told them that …"'): the speaker comes from the quotation's attribution instead
    mentions = [m for m in mentions if m.key[0] not in {"i", "we"}]
    s_start, s_end = toks[0].start, toks[-1].end
    for i in cues:
        t = toks[i]
        if t.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            after = [m for m in mentions if m.start >= toks[i + 1].end]
            # "according to X", "according to the International Committee …" (the article
            # left outside the mention)
            k = i + 3 if i + 3 < len(toks) and toks[i + 2].lower in {"the", "a", "an"} else i + 2
            if after and (after[0].start - toks[i + 1].end < 3 or k < len(toks) and after[0].start == toks[k].start):
                return Attribution(after[0].key, _according_scope(toks, i), s_end, False)
    for i in cues:
        t = toks[i]
        lemma = verb_forms.get(t.lower)
        if lemma not in reporting or t.lower == lemma and lemma not in {"say", "tell"}:
            continue
        if t.lower in _PARTICIPLES and i > 0 and toks[i - 1].text == ",":
            # "X rejected the offer, saying he would …": what follows is X's speech; X's own
            # act before the comma is narrated, not reported
            before_t = [m for m in mentions if m.end <= t.start and not m.pronoun]
            subj = next((m for m in before_t if m.kind == "person"), before_t[0] if before_t else None)
            if subj is not None:
                return Attribution(subj.key, t.end, s_end, False)
            continue
        close = next((k for k in range(i - 1, 0, -1) if toks[k].text in _CLOSE_QUOTES and toks[k - 1].text in {",", ".", "!", "?"}), None)
        # "X said", "X has said", "X told reporters"
        before = [m for m in mentions if m.end <= t.start and t.start - m.end <= 30]
        if before:
            m = before[-1]
            j = bisect_left(starts, m.start)  # the speaker's first token
            if j > 1 and toks[j - 1].lower == "in" and m.start - toks[j - 1].end <= 1:
                # "Australia's High Commission in Port Vila said": the place is no speaker
                m = next((x for x in reversed(before) if x.end <= toks[j - 1].start), m)
                j = bisect_left(starts, m.start)
            gap = _gap(toks, m.end, t.start)
            if all(g in _SPEAKER_GAP for g in gap) or _possessor_institution(gap):
                # the attribution's own words ("adding that …", "saying …") report too
                tail = s_end if any(x.lower in _PARTICIPLES for x in toks[i + 1 :]) else None
                if close is not None and toks[close].start < m.start:
                    return Attribution(m.key, s_start, tail or toks[close].start, True)  # '"…," X said'
                # '…, EU foreign policy chief X said': a comma before the speaker's phrase
                k = j - 1
                while k > 0 and j - k < 6 and toks[k].text.isalpha() and toks[k].text != "and":
                    k -= 1
                after = _after_adjuncts(toks, i + 1)
                nxt = toks[after] if after < len(toks) else None
                content = nxt is not None and (nxt.lower == "that" or nxt.text.isalpha() and nxt.lower not in _AFTER_ATTRIBUTION or nxt.text == ":")
                if nxt is not None and nxt.text == ":":
                    return Attribution(m.key, s_start, s_end, False)  # 'Asked whether …, she said: "…"'
                if k >= 0 and j > 0 and toks[k].text in {",", "—", "–", "-"} and not content and not _dateline(toks, k):
                    if nxt is not None and nxt.text == "," and k > 0 and _clause_goes_on(toks, after + 1):
                        return Attribution(m.key, s_start, s_end, False)  # '…, he said, …': the whole sentence
                    return Attribution(m.key, s_start, tail or m.start, False)  # '…, X said'
                return Attribution(m.key, t.end, s_end, False)  # 'X said (that) …'
        # "X condemned the strike and said …", "X, who spoke on condition of anonymity, said …":
        # the verb's subject is the sentence's subject, further back than the words before it
        subj = _sentence_subject(toks, mentions, t.start)
        if i > 0 and toks[i - 1].lower in {"and", "but"} and subj is not None:
            return Attribution(subj.key, t.end, s_end, False)
        # "said X" / "- noted X" (inverted, after a quote)
        # (a few capitalised or title words may precede the mention: "noted WFP country director X")
        if i == 0 or toks[i - 1].text not in {",", "—", "–", "-", *_CLOSE_QUOTES}:
            continue  # "said it would …" is not an inverted attribution
        after = [m for m in mentions if m.start >= t.end and (m.start - t.end <= 5 or (m.start - t.end <= 30 and all(x.text.isalpha() for x in toks if t.end <= x.start < m.start)))]
        if after and _ends_attribution(toks, after[0].end):
            return Attribution(after[0].key, s_start, t.start, close is not None)
        if subj is not None and toks[i - 1].text == "," and close is None and subj.end < toks[i - 1].start:
            return Attribution(subj.key, t.end, s_end, False)
    return _accuser(toks, mentions, verb_forms, cues)


_SCOPE_BREAK = frozenset({"but", ";", "whom", "which", "whose"})


def _according_scope(toks: list[Token], i: int) -> int:
    """Where the statement that "according to" (at i) sources starts: the sentence start, or
    after the last "but", ";" or relative pronoun before it ("X welcomed the offensive, but …,
    4,000 of whom have fled, according to the UN": only the relative clause is the UN's);
    "while" joins two facts of one source and does not cut."""
    for k in range(i - 1, 0, -1):
        if toks[k].lower in _SCOPE_BREAK:
            return toks[k].end
    return toks[0].start


# words that may stand between a speaker and its reporting verb ("X has also said", "the
# Electoral Commission (ECJ) said": the bracketed acronym's closing bracket)
_SPEAKER_GAP = frozenset({"has", "had", "have", "also", "later", "earlier", "then", "on", "further", "again", "was", "is", ",", "reportedly", ")"})
# a state's or organisation's office that speaks for it ("Fiji's foreign ministry said", "the
# party's press office said"): a mention of the possessor (guidelines 1: a ministry or
# delegation of a state is a mention of the state)
_INSTITUTIONS = frozenset({"ministry", "office", "government", "embassy", "presidency", "cabinet", "administration", "mission", "delegation", "secretariat", "headquarters", "leadership"})


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"})


def _gap(toks: list[Token], a: int, b: int) -> list[str]:
    """The words between a speaker's mention (ending at a) and its verb (at b), lower case,
    without the speaker's place ("The US embassy in Baghdad said": "in" + capitalised words)
    or the day ("Congo's government on Tuesday accused"), which say nothing of who speaks."""
    gap = [x for x in toks if a <= x.start < b]
    out: list[str] = []
    k = 0
    while k < len(gap):
        w = gap[k].lower
        if w in {"in", "on"} and k + 1 < len(gap) and gap[k + 1].text[:1].isupper():
            k += 1
            while k < len(gap) and gap[k].text[:1].isupper():
                k += 1
            continue
        if w in _WEEKDAYS:
            k += 1
            continue
        out.append(w)
        k += 1
    if len(out) < len(gap) and "," in out:
        # "Azman, who met X on Tuesday, said": the day belongs to a clause about someone else
        return [x.lower for x in gap]
    return out


def _possessor_institution(gap: list[str]) -> bool:
    """'s + at most three words ending in an institution noun: the gap between a possessor
    mention and its reporting verb ("Fiji 's foreign ministry said")."""
    return 2 <= len(gap) <= 4 and gap[0] in {"'s", "’s"} and gap[-1] in _INSTITUTIONS and all(g.replace("-", "").isalpha() for g in gap[1:])


# "according" and every form of a reporting verb or of "accuse", by id of the lexicon: one set
# look-up per token finds the cues of both loops of speaker()
_CUE_WORDS: dict[int, tuple[dict[str, str], frozenset[str], frozenset[str]]] = {}


def _accuser(toks: list[Token], mentions: list[Mention], verb_forms: dict[str, str], cues: list[int]) -> Attribution | None:
    """'X accused Y of Z', 'X, accusing Y of Z': with no reporting verb in the sentence, what
    Y is accused of is X's claim (guidelines 2.8: the actor who states the event), so the
    accuser reports the rest of the sentence."""
    for i in cues:
        t = toks[i]
        if verb_forms.get(t.lower) != "accuse" or t.lower == "accuse" or not t.text.islower():
            continue
        if i > 0 and toks[i - 1].lower in {"been", "be", "being", "was", "were", "is", "are"}:
            return None  # "has been accused of": the accuser is not named here
        before = [m for m in mentions if m.end <= t.start and m.kind != "media"]
        if not before:
            return None
        m = before[-1]
        # the accusation ends where a coordinated verb starts the accuser's next act ("… and
        # called on the council to …")
        end = next((x.start for k, x in enumerate(toks[i + 1 : -1], i + 1) if x.lower in {"and", "but"} and toks[k + 1].text.islower() and toks[k + 1].lower in verb_forms), toks[-1].end)
        gap = _gap(toks, m.end, t.start)
        if t.lower.endswith("ing") and i > 0 and toks[i - 1].text == ",":
            subj = _sentence_subject(toks, mentions, t.start)
            return Attribution(subj.key, t.end, end, False) if subj is not None else None
        if all(g in {"has", "had", "have", "also", "again", "then", "later", "on", "repeatedly", "publicly", "openly", "previously", "already"} for g in gap) or _possessor_institution(gap):
            return Attribution(m.key, t.end, end, False)
        return None
    return None


def _after_adjuncts(toks: list[Token], k: int) -> int:
    """The first token after a reporting verb's time or place adjunct ('said on Monday', 'said
    late on Tuesday in Geneva'): what comes there tells a closing attribution ('.', ',') from
    reported content ('it would …', 'that …')."""
    n = len(toks)
    while k < n and toks[k].lower in _AFTER_ATTRIBUTION and toks[k].lower not in {"when", "while", "as", "after", "before", "during"}:
        k += 1
        # the adjunct's own words: 'on Monday', 'in Geneva', 'last week', 'earlier this month'
        while k < n and (toks[k].text[:1].isupper() or toks[k].text.isdigit() or toks[k].lower in {"week", "month", "year", "night", "morning", "evening", "afternoon", "the", "a", "an", "this", "last", "weekend", "interview", "statement", "televised", "address", "speech", "news", "press", "conference", "briefing", "radio", "television", "tv", "published", "broadcast", "aired", "released", "posted", "issued", "carried"}):
            k += 1
    return k


_CLAUSE_GOES_ON = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "not", "still", "also"}


def _clause_goes_on(toks: list[Token], k: int) -> bool:
    """After '…, he said,': the interrupted clause resumes ('the delegation would …', 'had
    promised …', 'but would not …') rather than an adjunct or a new clause of the narrator
    ('after three weeks of talks', 'accusing …', 'but the separatists insist …')."""
    if k >= len(toks) or not toks[k].text.isalpha():
        return False
    w = toks[k].lower
    if w in {"but", "and"}:
        return k + 1 < len(toks) and toks[k + 1].lower in _CLAUSE_GOES_ON
    return not (w in _AFTER_ATTRIBUTION or w in _SUBJECT_PREP or w.endswith("ing") or w in {"which", "who", "although", "though", "because", "since", "citing", "amid"})


def _dateline(toks: list[Token], k: int) -> bool:
    """'ABUJA (AP) - X said …': the dash closes a dateline, not a clause of speech."""
    return toks[k].text in {"-", "—", "–"} and all(not x.text.isalpha() or x.text.isupper() or x.text[:1].isupper() for x in toks[:k])


def _ends_attribution(toks: list[Token], end: int) -> bool:
    """'…," said the minister.' / '… on Monday': the inverted speaker closes its clause;
    '…, said the government would …' has the mention as the subject of the content."""
    k = next((n for n, x in enumerate(toks) if x.start >= end), len(toks))
    return k >= len(toks) or not toks[k].text.isalpha() or toks[k].lower in _AFTER_ATTRIBUTION or toks[k].lower in {"who", "whose", "which", "and"}


_SUBJECT_PREP = {"of", "to", "with", "by", "from", "for", "in", "on", "at", "against", "after", "before", "during", "under", "over", "between", "among", "near"}


def _sentence_subject(toks: list[Token], mentions: list[Mention], before: int) -> Mention | None:
    """The first actor mention of the sentence that is no prepositional object, when it
    opens the sentence (after at most a short adverbial like "On Monday,")."""
    for m in mentions:
        if m.start >= before:
            return None
        j = next((k for k, x in enumerate(toks) if x.start >= m.start), 0)
        if j > 0 and toks[j - 1].lower in _SUBJECT_PREP:
            continue
        if j == 0 or toks[j - 1].text == "," and j <= 6 or j <= 1 and toks[0].text[:1].isupper():
            return m
        return None
    return None


def quoted_paragraph_speakers(sents: list[tuple[int, int]], toks_of: list[list[Token]], attrs: list[Attribution | None], text: str, mentions: list[Mention] | None = None) -> list[Attribution | None]:
    """Carry an attribution that follows a closing quote back over the earlier sentences of the
    same quotation in the same paragraph ('"A. B," X said.' makes X the speaker of A too).
    toks_of[j] are the tokens of the text's sentence sents[j]."""
    out = list(attrs)
    if mentions:
        _colon_quotes(sents, toks_of, out, mentions, text)
    for j, att in enumerate(attrs):
        if att is None or not att.after_quote or (toks_of[j] and toks_of[j][0].text in _OPEN_QUOTES):
            continue
        k = j - 1
        opened = None
        while k >= 0 and attrs[k] is None and "\n" not in text[sents[k][1] : sents[k + 1][0]]:
            if toks_of[k] and toks_of[k][0].text in _OPEN_QUOTES:
                opened = k  # the quotation opens here
                break
            k -= 1
        if opened is not None:
            for k in range(opened, j):
                out[k] = Attribution(att.key, sents[k][0], sents[k][1], True)
    # '"…," Qudah said. "If donors cut funding again, …"': a quotation that opens right after
    # an attributed quotation in the same paragraph, with no speaker of its own, continues it
    for j in range(1, len(out)):
        prev = out[j - 1]
        if out[j] is None and prev is not None and toks_of[j] and toks_of[j][0].text in _OPEN_QUOTES and "\n\n" not in text[sents[j - 1][1] : sents[j][0]] and _has_quote(toks_of[j - 1]):
            out[j] = Attribution(prev.key, sents[j][0], sents[j][1], True)
    # '… she said: "Only if they stop. We cannot reward provocations."': a sentence that starts
    # inside a quotation left open by the sentence before (same paragraph), with no speaker of
    # its own, is that sentence's speaker's too
    inside = False
    for j in range(len(out)):
        if j and "\n" in text[sents[j - 1][1] : sents[j][0]]:
            inside = False
        elif inside and out[j] is None and out[j - 1] is not None:
            out[j] = Attribution(out[j - 1].key, sents[j][0], sents[j][1], True)
        if _QUOTE_CHAR.search(text, *sents[j]) is None:
            continue  # no quote mark in the sentence (most have none): no quote token to read
        for t in [t for t in toks_of[j] if t.text in _QUOTE_MARKS]:  # the few quote tokens only
            if t.text == '"':
                inside = not inside
            elif t.text in _OPEN_QUOTES:
                inside = True
            elif t.text in _CLOSE_QUOTES:
                inside = False
    _speaker_labels(sents, toks_of, out, text, mentions or [])
    _interview_answers(sents, toks_of, out, text, mentions or [])
    return out


def _speaker_labels(sents: list[tuple[int, int]], toks_of: list[list[Token]], out: list[Attribution | None], text: str, mentions: list[Mention]) -> None:
    """A transcript printed with speaker labels ('TABI: I will not resign.'): a paragraph that
    opens with a capitalised surname and a colon is the words of the person of that surname
    the article named before (its lead introduces the speakers); every sentence of the
    paragraph with no speaker of its own is theirs."""
    if not mentions or ":" not in text:
        return
    key = None
    for k, toks in enumerate(toks_of):
        if k == 0 or "\n" in text[sents[k - 1][1] : sents[k][0]]:
            key = None
            if len(toks) > 2 and toks[1].text == ":" and len(toks[0].text) > 1 and toks[0].text.isalpha() and toks[0].text.isupper() and toks[0].text not in _LABEL_NOT_SPEAKER:
                label = toks[0].text
                key = next((m.key for m in mentions if m.start < sents[k][0] and m.kind == "person" and not m.pronoun and m.name.split() and m.name.split()[-1].upper() == label), None)
                if key is not None and out[k] is None:
                    out[k] = Attribution(key, toks[2].start, sents[k][1], False)
                continue
        if key is not None and out[k] is None:
            out[k] = Attribution(key, sents[k][0], sents[k][1], False)


_LABEL_NOT_SPEAKER = frozenset({"Q", "A", "UPDATE", "EDITOR", "NOTE", "CORRECTION", "ANALYSIS"})


def _colon_quotes(sents: list[tuple[int, int]], toks_of: list[list[Token]], out: list[Attribution | None], mentions: list[Mention], text: str) -> None:
    """'A Ghanaian diplomat was plain about it: "We will …"': a quotation opened right after a
    colon, in a sentence with no speaker of its own, is the words of the sentence's subject
    (its first actor before the colon)."""
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for j, toks in enumerate(toks_of):
        if out[j] is not None or text.find(":", *sents[j]) < 0:  # (a colon is a token of its own)
            continue
        c = next((k for k in range(len(toks) - 1) if toks[k].text == ":" and toks[k + 1].text in _OPEN_QUOTES), None)
        if c is None:
            continue
        subj = next((m for m in by_sent.get(j, ()) if m.start < toks[c].start and m.kind != "media" and m.key[0] not in {"we", "i", "pair"}), None)
        if subj is not None:
            out[j] = Attribution(subj.key, toks[c + 1].start, sents[j][1], False)


def _question_mark(toks: list[Token]) -> bool:
    """'Q: …' or 'Question: …' opens the paragraph: an interviewer's question."""
    return len(toks) > 1 and toks[0].text in {"Q", "Question"} and toks[1].text in {":", "."}


def _answer_mark(toks: list[Token]) -> bool:
    """'A: …' or 'Answer: …' opens the paragraph: a transcript's answer."""
    return len(toks) > 1 and toks[0].text in _ANSWER_MARKS and toks[1].text in {":", "."}


def _interview_answers(sents: list[tuple[int, int]], toks_of: list[list[Token]], out: list[Attribution | None], text: str, mentions: list[Mention]) -> None:
    """An interview printed as questions and answers ('Q: Will you …?' then a quoted paragraph
    or an 'A: …' paragraph with no speaker of its own): the answer is the interviewee's, the
    person the article quotes (the latest speaker before, else the first after, else the first
    person the article names before the questions: a transcript's lead introduces its speaker)."""
    n = len(out)
    starts = [k == 0 or "\n" in text[sents[k - 1][1] : sents[k][0]] for k in range(n)]
    paras: list[list[int]] = []
    for k in range(n):
        if starts[k]:
            paras.append([])
        paras[-1].append(k)
    # a question's own attribution ("Q: The government says you …") is no answer's speaker
    asked = {k for para in paras if _question_mark(toks_of[para[0]]) for k in para}
    for q, para in zip(paras, paras[1:]):
        first = toks_of[para[0]]
        if not first or not (first[0].text in _OPEN_QUOTES or _answer_mark(first)) or any(out[k] is not None for k in para):
            continue
        if not _question_mark(toks_of[q[0]]):
            continue
        before = next((out[k] for k in range(q[0] - 1, -1, -1) if out[k] is not None and k not in asked), None)
        after = next((out[k] for k in range(para[-1] + 1, n) if out[k] is not None and k not in asked), None)
        who = before or after
        key = who.key if who is not None else None
        if key is None:
            # no speaker anywhere: the first named person before the first question
            q0 = sents[q[0]][0]
            lead = next((m for m in mentions if m.start >= q0 or (m.kind == "person" and not m.pronoun and m.key[0] == "person")), None)
            if lead is None or lead.start >= q0:
                continue
            key = lead.key
        for k in para:
            out[k] = Attribution(key, sents[k][0], sents[k][1], True)


def _has_quote(toks: list[Token]) -> bool:
    return any(t.text in _OPEN_QUOTES or t.text in _CLOSE_QUOTES for t in toks)
