"""The pre-annotation pipeline: one document in, the same document with machine layers out.

Policy for documents that already carry annotations: a layer (actors, events, stances,
conditions) that is non-empty in the input is kept exactly as it is; only empty layers are
filled. Machine events, stances and conditions may refer to kept human actors (matched by
mention overlap) but never change them. A document with no human layer gets
provenance.origin "preannotated"; otherwise its origin is kept. Either way
provenance.preannotator names this pre-annotator when it filled anything.
"""

from __future__ import annotations

import bisect
import itertools
import multiprocessing
import operator
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotate.documents import dumps_document_bytes
from annotate.preannotate.actors import ActorFinder, Mention, interview_you, side_of
from annotate.preannotate.conditions import _AUX, _MODALS, _NOT_VERB, _OBJECT_DET, _PREP, _STOP_NP, Cond, court_of, event_subject, gerund_head, occasion_subject, pro_form_verb, pro_verb, find_conditions, light_object, main_verb, predicate_of_nouns, wordlike
from annotate.preannotate.events import _FORCE_NOUNS, _READINESS, _VERBAL_BEFORE, _WEAK, Ev, build_events, implied_recipients, reaction_recipients, unreport_narrated_acts
from annotate.preannotate.resources import lexicon
from annotate.preannotate.speech import Attribution, quoted_paragraph_speakers, speaker
from annotate.preannotate.stances import St, find_stances, resolve_side
from annotate.preannotate.text import Token, sentences, tokens
from annotate.preannotate.timex import parse_published

PREANNOTATOR_NAME = "annotate-rules"
PREANNOTATOR_VERSION = "0.1.0"
LAYERS = ("actors", "events", "stances", "conditions")


def _span(text: str, a: int, b: int) -> dict[str, Any]:
    return {"start": a, "end": b, "text": text[a:b]}


_START_END = operator.attrgetter("start", "end")
_CONFIDENCE = operator.attrgetter("confidence")


class _Analysis:
    """Everything found in one text, before ids are assigned."""

    def __init__(self, text: str, published: Any) -> None:
        lex = lexicon()
        self.text = text
        pub = parse_published(published)
        finder = ActorFinder(lex)
        self.sent_toks: list[list[Token]] = []
        self.events: list[Ev] = []
        self.conds: list[Cond] = []
        self.stances: list[St] = []
        self._made: set[int] = set()  # ids of OTHER events made at a clause's verb
        sents = sentences(text)
        prev: tuple[int, int] | None = None
        attrs: list[Attribution | None] = []
        place_starts: list[int] = []  # start of each place of finder.locations so far
        ordered = True  # ... and they are in text order
        for s, (a, b) in enumerate(sents):
            toks = tokens(text, a, b)
            self.sent_toks.append(toks)
            finder.sentence(toks, s)
            finder.flush_sentence(s)
            ms = finder.sentence_mentions(s)
            # The finder appends places in text order as it scans, so the sentence's places are
            # one run, found by bisection on start instead of a rescan of every place so far;
            # the order is checked on each new place (a rescan is the fallback).
            places = finder.locations
            for place in places[len(place_starts) :]:
                ordered = ordered and (not place_starts or place_starts[-1] <= place[0])
                place_starts.append(place[0])
            if ordered:
                lo = bisect.bisect_left(place_starts, a)
                locs = places[lo : bisect.bisect_left(place_starts, b, lo)]
            else:
                locs = [l for l in places if a <= l[0] < b]
            evs = build_events(toks, s, ms, locs, text, pub, lex)
            attrs.append(speaker(toks, ms, lex))
            self.events.extend(evs)
            conds = find_conditions(toks, s, lex, prev)
            cue_starts = {c.cue[0] for c in conds}
            if cue_starts:
                # "provided the teachers lifted …": the cue is a conjunction, not the verb "provide"
                self.events = [e for e in self.events if e.sent != s or e.start not in cue_starts]
                evs = [e for e in evs if e.start not in cue_starts]  # (no stance targets it either)
            for c in conds:
                self._ensure_clause_events(c, toks, s, ms, finder, lex)
            self.conds.extend(conds)
            self.stances.extend(find_stances(toks, s, ms, [e.start for e in evs], lex))
            prev = (a, b)
        self.events.sort(key=lambda e: (e.start, e.end))
        self._object_status()
        # reported_by: the sentence's attribution, carried over quoted paragraphs
        attrs = quoted_paragraph_speakers(sents, self.sent_toks, attrs, text, finder.mentions)
        self._finder_mentions = finder.mentions
        self.events.extend(self._must_requests(attrs))
        self.events.sort(key=lambda e: (e.start, e.end))
        for ev in self.events:
            att = attrs[ev.sent]
            if att is not None and att.start <= ev.start < att.end:
                ev.reported_by = att.key
        # a verbal act joined to the report ("X said … and accused Y") is narrated, not reported
        unreport_narrated_acts(self.events, self.sent_toks)
        # "we" / "our" in a quotation: the speaker; elsewhere unresolved (dropped)
        we = {("we", s): side_of(att.key, s, finder, lex) for s, att in enumerate(attrs) if att is not None and att.key[0] != "we"}
        # a quoted "I"/"me" is the speaker in person (never their state)
        we.update({("i", s): att.key for s, att in enumerate(attrs) if att is not None and att.key[0] != "we" and finder.entities.get(att.key) is not None and finder.entities[att.key].kind == "person"})
        we.update(interview_you(sents, self.sent_toks, attrs, text, finder, lex))  # an interviewer's "you"
        self.key_map: dict[tuple, tuple] = we
        self.entities = finder.entities
        self.mentions = []
        for m in finder.mentions:
            if m.key[0] == "pair":
                # "both sides": the span is a mention of each of the two entities (guidelines 1:
                # plural references are listed once per actor they cover); "all parties" may
                # cover more than the two found, so it stays an argument placeholder only
                for k in m.key[1:]:
                    ent = finder.entities.get(k)
                    if ent is not None:
                        self.mentions.append(Mention(m.start, m.end, m.sent, k, ent.name, ent.kind, ent.country, ent.role, m.confidence, pronoun=True))
                continue
            if m.key[0] in {"we", "i", "you"}:
                if m.key not in we:
                    continue
                target = we[m.key]
                ent = finder.entities.get(target)
                m.key = target
                if ent is not None:
                    m.kind = ent.kind
            self.mentions.append(m)
        for ev in self.events:
            ev.actors = [we.get(k, k) for k in ev.actors]
            ev.recipients = [we.get(k, k) for k in ev.recipients]
        reaction_recipients(self.events, self.sent_toks, self.mentions)
        implied_recipients(self.events, self.sent_toks, self.mentions)
        # an evaluation in reported words ("That is simply untrue"): the speaker holds it
        for st in self.stances:
            if st.holder[0] == "spk":
                att = attrs[st.holder[1]]
                st.holder = att.key if att is not None and att.key[0] != "we" and att.start <= st.evidence[0] < att.end else ("spk", -1)
            elif st.holder[0] == "side":
                st.holder = resolve_side(st.holder, st.sent, finder, lex, {m.key for m in self.mentions})
            st.holder = we.get(st.holder, st.holder)
            if st.target_actor is not None:
                st.target_actor = we.get(st.target_actor, st.target_actor)

    def _object_status(self) -> None:
        """"promised to reopen talks", "would escort the march": a noun event that is the object
        of a verb event takes that verb's status when it is not a fact (guidelines 2.3: the
        status is the act's as the text presents it); the noun alone reads as occurred."""
        by_sent: dict[int, list[Ev]] = {}
        for e in self.events:
            by_sent.setdefault(e.sent, []).append(e)
        lex = lexicon()
        for s, evs in by_sent.items():
            toks = self.sent_toks[s]
            # an act that ends or removes something ("lift the restrictions", "called off the
            # marches", "annul the verdict") leaves its object as it is: the object exists
            verbs = [e for e in evs if e.pos == "v" and e.status in {"desired", "planned", "hypothetical"} and not any(lex.verb_forms.get(t.lower, t.lower) in _REMOVAL or t.lower in {"off", "down"} for t in toks[e.tok_i : e.tok_end + 1])]
            for n in evs:
                if n.pos != "n" or n.status != "occurred":
                    continue
                v = next((v for v in verbs if 0 <= n.tok_i - v.tok_end <= 3 and all(wordlike(t) and t.lower not in _PREP and t.lower not in _STOP_NP for t in toks[v.tok_end : n.tok_i])), None)
                if v is not None:
                    n.status = v.status

    def _must_requests(self, attrs: list[Attribution | None]) -> list[Ev]:
        """'X said Y must …' is X's demand on Y: a REQUEST (PLOVER codes it so)."""
        out: list[Ev] = []
        by_sent: dict[int, list[Mention]] = {}
        for m in self._finder_mentions:
            by_sent.setdefault(m.sent, []).append(m)
        for s, att in enumerate(attrs):
            if att is None:
                continue
            toks = self.sent_toks[s]
            for i, t in enumerate(toks):
                if t.lower != "must" or not att.start <= t.start < att.end or any(e.sent == s and e.start == t.start for e in self.events):
                    continue
                j = i - 1 if i and toks[i - 1].lower not in {"also", "now", "still"} else i - 2
                subj = next((m for m in by_sent.get(s, ()) if j >= 0 and m.end == toks[j].end), None)
                if subj is None or subj.key == att.key or subj.key[0] == "we":
                    continue
                out.append(Ev(t.start, t.end, s, i, i + 1, "REQUEST", None, "occurred", 0.45, actors=[att.key], recipients=[subj.key], lemma="must", pos="x"))
        return out

    def _ensure_clause_events(self, c: Cond, toks: list[Token], s: int, ms: list[Mention], finder: ActorFinder, lex: Any) -> None:
        """Pick the events a condition links: in each clause its main predicate (the first verb
        after the subject), never a reporting verb, a bare modal or an expression of readiness
        that frames it. A clause with no lexicon trigger at its main verb gets an OTHER event
        there ("as long as the other side respected …"). A clause may lie in the previous
        sentence ("Otherwise, …", "Only if …" answering a question)."""
        ends: list[list[int]] = []
        sent_of_clause = s
        if c.ante_of_previous:
            earlier = [x for x in self.conds if x.sent == s - 1 and x.ante_events]
            if earlier:
                # "If Moscow pulls out, we will propose … Otherwise the region stays frozen."
                ends.append(list(earlier[-1].ante_events))
        if c.trailing and not ends:
            earlier = [x for x in self.conds if x.sent == s - 1 and x.ante_events]
            open_acts = [e for e in self.events if e.sent == s and c.ante[0] <= e.start < c.ante[1] and e.status != "occurred" and not _frame_event(e, lex)]
            if earlier and not open_acts:
                # "Namibia was ready to suspend the levy as long as Gaborone set a date. He
                # accused Botswana … and said Namibia could take the dispute to court otherwise":
                # what precedes the frame states facts, so "otherwise" negates the condition
                # stated just before (as a sentence-initial "Otherwise" does)
                ends.append(list(earlier[-1].ante_events))
        for n, rng in enumerate([c.ante, *c.cons]):
            if n == 0 and ends:
                continue
            if s > 0 and toks and rng[0] < toks[0].start:
                s_clause = s - 1
                c_toks, c_ms = self.sent_toks[s - 1], finder.sentence_mentions(s - 1)
            else:
                s_clause, c_toks, c_ms = s, toks, ms
            sent_of_clause = min(sent_of_clause, s_clause)
            self._clause_end(n, rng, c_toks, s_clause, c_ms, lex, ends, c.cons, c.np_ante, n > 0 and s_clause == s and rng[0] >= c.ante[1] and c.ante[1] > c.ante[0])
        c.ante_events = ends[0]
        c.cons_events = sorted({x for lst in ends[1:] for x in lst if x not in ends[0]})
        chosen_starts = set(c.ante_events) | set(c.cons_events)
        for e in self.events:
            if sent_of_clause <= e.sent <= s and e.start in chosen_starts and e.status in {"occurred", "planned", "ongoing", "desired", "negated"}:
                # guidelines 2.3 rule 1: a negation a condition lifts is no denial ("would
                # strike if the students were not freed"); both ends are hypothetical
                e.status = "hypothetical"

    def _clause_end(self, n: int, rng: tuple[int, int], toks: list[Token], s: int, ms: list[Mention], lex: Any, ends: list[list[int]], cons: list[tuple[int, int]] | tuple[()] = (), np_ante: bool = False, after_ante: bool = False) -> None:
        """Append to ends the event starts of one clause (n == 0: the antecedent)."""
        known = {id(e) for e in self.events if e.sent == s}  # to tell the events made here
        inside = [e for e in self.events if e.sent == s and rng[0] <= e.start < rng[1] and not _frame_event(e, lex)]
        if n == 0 and np_ante:
            if not inside:
                # "in case of another provocation": the head noun (the phrase's last word) is the event
                k = max(i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1])
                inside = [self._noun_event(toks, k, s, lex)]
            ends.append(sorted(e.start for e in inside))
            return
        pro = pro_verb(toks, rng) if n == 0 and not inside else None
        if pro is not None:
            k, same = pro
            if same:
                # "provided that Eritrean forces did the same": the same act by another actor
                ends.append([self._verb_event(toks, k, s, rng, ms).start])
                return
            # "only if it did": the pro-verb stands for an act named before it, outside the
            # consequent (guidelines 4: link that event, no new one)
            stood = [e for e in self.events if e.sent == s and e.start < rng[0] and e.pos in {"v", "x"} and not _frame_event(e, lex) and not any(a <= e.start < b for a, b in cons)]
            if not stood and s > 0 and not any(e.sent == s and e.start < rng[0] for e in self.events):
                # "… ordered the state to hold consultations within 60 days. Unless it does
                # so, …": nothing precedes the clause in its sentence, so the act it stands
                # for was named in the sentence before (its last act that frames none)
                stood = sorted((e for e in self.events if e.sent == s - 1 and not _frame_event(e, lex)), key=lambda e: e.start)
            if stood:
                ends.append([stood[-1].start])
                return
        verb_i = main_verb(toks, rng, ms, lex, n == 0, {k for e in self.events if e.sent == s for k in range(e.tok_i, e.tok_end)})
        at_verb = [e for e in inside if verb_i is not None and e.tok_i <= verb_i < e.tok_end]
        verbs = [e for e in inside if e.pos in {"v", "x"} or e.type == "OTHER"]
        if verb_i is not None and not at_verb and verbs and toks[verb_i - 1].lower == "to" and all(e.tok_end <= verb_i for e in verbs):
            # "promised to compensate", "was willing to delay": the act after a raising verb
            # is the clause's predicate, the promise or readiness only frames it
            verbs = []
        gerund_of = verb_i - 1 if verb_i is not None and verb_i > 0 and gerund_head(toks[verb_i - 1].lower, lex) and toks[verb_i].lower.endswith("ing") else None
        if verb_i is not None and not at_verb and verbs and all(e.tok_i < verb_i for e in verbs) != all(e.tok_i > verb_i for e in verbs):
            # the predicate is no event but the clause's verb events are all on one side of
            # it: a subject ("unless new charges were filed") or an adjunct ("keep flying in aid
            # instead of helping …"), not the act the condition is about
            verbs = []
        lemma = _lemma(toks[verb_i].lower, lex, _LIGHT, _LIGHT_ENDINGS) if verb_i is not None else ""
        if lemma in {"has", "had"}:
            lemma = "have"  # a main-verb "have" ("unless it has the backing of …")
        # "if the opposition wants a fight", "unless the ministry needs a loan": what the subject
        # wants is the act (guidelines 2.3: the wanted event), the wanting only frames it
        light = lemma in _LIGHT or n == 0 and lemma in _DESIRE_OBJ
        # "if the appeal fails": the event noun is the clause's subject, the verb its outcome
        subject_nouns = verb_i is not None and bool(inside) and not verbs and all(e.tok_i < verb_i for e in inside)
        after_aux = verb_i is not None and verb_i > 0 and (toks[verb_i - 1].lower in _AUX or gerund_of is not None)
        obj = light_object(toks, verb_i, rng) if verb_i is not None and not at_verb and (light or lemma in _LIGHT_WITH) else None
        # "take every village", "respond with all the force we have": an object that names no
        # act does not take the act from the verb; both are linked (annotators mark either)
        bare_obj = obj is not None and (lemma == "take" or lemma in _LIGHT_WITH or lemma in _HONOUR) and not self._act_noun(toks, obj, s, lex)
        subj_noun = event_subject(toks, verb_i, rng, ms) if verb_i is not None and not at_verb and not inside and (lemma in _ASPECTUAL or lemma in _HAPPEN) else None
        if subj_noun is not None and lemma in _HAPPEN and not self._act_noun(toks, subj_noun, s, lex):
            subj_noun = None  # "the border would open": only a noun that names an act happens
        if subj_noun is None and verb_i is not None and not at_verb and not inside:
            # "unless elections were held", "a statement would be issued", "a third round could
            # take place": the verb only brings about what its noun subject names (guidelines 4)
            subj_noun = occasion_subject(toks, verb_i, rng, ms)
        court = court_of(toks, verb_i, rng) if verb_i is not None and not at_verb and lemma == "take" else None
        if court is not None:
            # "would take the union to court", "take the dispute to a tribunal": suing is the
            # act (PLOVER ACCUSE: sue), not the object; the idiom is the trigger unless it
            # would hold another event's trigger ("the dispute"), then its verb
            assert verb_i is not None
            end_i = court + 1 if not any(e.sent == s and verb_i < e.tok_i <= court for e in self.events) else verb_i + 1
            cat, mode = _lexicon_type("sue", "v", lex)
            ev = Ev(toks[verb_i].start, toks[end_i - 1].end, s, verb_i, end_i, cat, mode, "hypothetical", 0.4, lemma=toks[verb_i].lower, pos="v")
            before = [m for m in ms if rng[0] <= m.start and m.end <= toks[verb_i].start]
            if before:
                ev.actors.append(before[-1].key)
            after = [m for m in ms if toks[verb_i].end <= m.start and m.end <= toks[court].start]
            if after:
                ev.recipients.append(after[0].key)
            self.events.append(ev)
            chosen = [ev]
        elif at_verb:
            chosen = (verbs or at_verb) if n == 0 else inside
            if n == 0:
                # "unless a court ordered their release", "unless parliament approved emergency
                # funding": the act the verb brings about is in the clause too (guidelines 4:
                # the events of the condition clause); an object that exists already ("lift
                # the sanctions") kept its own status and is left out
                chosen = chosen + [e for e in inside if e.pos == "n" and e not in chosen and any(0 <= e.tok_i - v.tok_end <= 3 and not any(lex.verb_forms.get(t.lower, t.lower) in _REMOVAL or t.lower in {"off", "down"} for t in toks[v.tok_i : v.tok_end + 1]) and all(wordlike(t) and t.lower not in _PREP and t.lower not in _STOP_NP for t in toks[v.tok_end : e.tok_i]) for v in chosen if v.pos in {"v", "x"})]
        elif obj is not None or subj_noun is not None:
            # "take all necessary measures", "hold a referendum": the noun is the act;
            # "the recount would begin": the subject noun is what begins
            k = obj if obj is not None else subj_noun
            assert k is not None
            if n == 0 and obj is not None and lemma in _HONOUR and any(e.sent == s and e.tok_i <= k < e.tok_end and e.status == "occurred" for e in self.events):
                # "only if X honoured its promise": the promise was made; honouring it is the condition
                chosen = [self._verb_event(toks, verb_i, s, rng, ms)]
                for e in inside:
                    if e.pos == "v" and e.tok_i > k and e.status in {"planned", "desired", "occurred"}:
                        e.status = "hypothetical"  # "… its promise to consult partners": still depends on it
            elif self._event_at(s, k) is not None:
                chosen = list(inside)
            elif obj is not None and lemma not in _LIGHT_WITH and toks[k].lower not in _FORCE_NOUNS and (bare_obj or lemma in _KEEP and not self._act_noun(toks, k, s, lex)):
                # "keep their word", "honour the new rate", "take every village": an object that
                # names no act is no event; the verb is the end (added below). Forces kept
                # somewhere are a deployment ("will keep troops on the border")
                chosen = list(inside)
            else:
                chosen = [self._noun_event(toks, k, s, lex), *inside]
            if obj is not None and (lemma in _KEEP or bare_obj):
                # "will keep troops on the border": keeping is an act too (annotators link either)
                chosen.append(self._verb_event(toks, verb_i, s, rng, ms))
        elif verb_i is not None and (not inside or not verbs and not light and (n == 0 and not subject_nouns or predicate_of_nouns(toks[verb_i].lower, lex, after_aux or subject_nouns and _finite_form(toks[verb_i].lower)) or _ends_object(toks, verb_i, lex))):
            ev = self._verb_event(toks, verb_i, s, rng, ms)
            if id(ev) in self._made and _ends_object(toks, verb_i, lex) and any(e.type in _HOSTILE_ACTS and 0 < e.tok_i - verb_i <= 3 for e in inside):
                # "would end their sit-in": ending a protest, a blockade or an offensive is a
                # RETREAT (PLOVER: "suspending protests", "ending active conflicts")
                ev.type, ev.mode = "RETREAT", None
            if id(ev) in self._made and pro_form_verb(toks, [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]) == verb_i:
                self._stand_for(ev, s, rng, lex)
            r = verb_i - 2
            if r >= 0 and toks[verb_i - 1].lower == "to" and toks[r].lower in _READINESS and ev.actors and not any(e.sent == s and e.tok_i == r for e in self.events):
                # "was prepared to raise wages provided that …": the stated readiness is
                # an offer that did occur (guidelines 2: willingness is AGREE)
                self.events.append(Ev(toks[r].start, toks[r].end, s, r, r + 1, "AGREE", None, "occurred", 0.4, actors=list(ev.actors), lemma=toks[r].lower, pos="x"))
            chosen = [ev, *inside]
            if gerund_of is not None and toks[gerund_of].lower not in _KEEP_FORMS and self._event_at(s, gerund_of) is None:
                # "would not resume pumping": the resumption is linked as well as the pumping
                chosen.append(self._verb_event(toks, gerund_of, s, rng, ms))
        elif n == 0 and subject_nouns and verb_i is not None and lemma not in {"continue", "persist"} and toks[verb_i].text.isalpha():
            # "if the tariffs stay", "provided that its exports resumed": annotators link the
            # noun or the verb; the verb is the condition's predicate, so both are linked
            chosen = [self._verb_event(toks, verb_i, s, rng, ms), *inside]
        else:
            chosen = (verbs or inside) if n == 0 else inside
            if not chosen and n > 0 and verb_i is None:
                # "Whitford: no transfers if …", "No deal unless …": a verbless consequent that
                # denies an act by its noun; the noun is the event that depends on the condition
                k = _no_noun(toks, rng)
                if k is not None:
                    chosen = [self._noun_event(toks, k, s, lex)]
        if n > 0:
            chosen = chosen + self._support_objects(chosen, toks, s, rng, ms, lex)
            chosen = self._governed(chosen, toks, s, rng, ms, lex, after_ante)
            # "was willing to discuss a smaller one provided that …": the stated readiness
            # occurred (guidelines 2, exception: willingness is an AGREE event); only the act
            # it is ready for depends on the condition ("would be willing to" stays linked)
            ready = [e for e in chosen if e.type == "AGREE" and any(t.lower in _READY for t in toks[e.tok_i : e.tok_end]) and not (e.tok_i > 0 and toks[e.tok_i - 1].lower in _MODALS_NOT) and any(x.tok_i >= e.tok_end for x in chosen)]
            if ready:
                chosen = [e for e in chosen if e not in ready]
        # "will lift its ban", "would not call off its protests": what a linked act removes
        # exists already (its status is its own), so it is no end of the condition
        removers = [v for v in chosen if v.pos in {"v", "x"} and v.sent == s and any(lex.verb_forms.get(t.lower, t.lower) in _REMOVAL or t.lower in {"off", "down"} for t in toks[v.tok_i : v.tok_end + 1])]
        if removers:
            removed = [e for e in chosen if e.pos == "n" and any(0 <= e.tok_i - v.tok_end <= 3 and all(wordlike(t) and t.lower not in _PREP and t.lower not in _STOP_NP for t in toks[v.tok_end : e.tok_i]) for v in removers)]
            if len(removed) < len(chosen):
                chosen = [e for e in chosen if e not in removed]
                for e in removed:
                    # the ban a condition would lift is in force at the time of writing
                    e.status = "ongoing"
        if n == 0 and verb_i is not None and verb_i >= 2 and toks[verb_i - 1].lower == "to" and toks[verb_i - 2].start >= rng[0] and _lemma(toks[verb_i - 2].lower, lex, _AGREE_TO, _GOVERNING_ENDINGS) in _AGREE_TO and any(e.tok_i == verb_i for e in chosen):
            # "unless the CDU agree to raise the top rate", "if the other side is ready to sign":
            # agreeing or being ready to act is itself the condition (guidelines 2: willingness
            # is AGREE); the act agreed to is linked with it
            r = verb_i - 2
            have = self._event_at(s, r)
            if have is None:
                have = Ev(toks[r].start, toks[r].end, s, r, r + 1, "AGREE", None, "hypothetical", 0.4, lemma=toks[r].lower, pos="x" if toks[r].lower in _READY else "v")
                before = [m for m in ms if rng[0] <= m.start and m.end <= toks[r].start]
                if before:
                    have.actors.append(before[-1].key)
                self.events.append(have)
            if have not in chosen:
                chosen = [have, *chosen]
        chosen = self._drop_support_verbs(chosen, toks, s, rng, ms, lex, ends)
        chosen = self._drop_frames(chosen, toks, s, lex, ends, known)
        for v in chosen:
            if id(v) in self._made and v.type == "OTHER" and v.sent == s:
                self._continued(v, toks, s, rng, ms, lex)
                self._access(v, toks, rng, lex)
        ends.append(sorted(e.start for e in chosen))

    def _drop_frames(self, chosen: list[Ev], toks: list[Token], s: int, lex: Any, ends: list[list[int]], known: set[int]) -> list[Ev]:
        """An OTHER event made at a word that is no act when a later event of the clause is
        linked: a form of "be" ("I am ready to meet him"), an adverb ("will almost certainly
        cut"), the adjective of "made clear", or a verb that starts, keeps or tries the act that
        follows it ("unless the government starts paying", "if it tried to intimidate"). The
        later event is the end (guidelines 2.1: the minimal span naming the event)."""
        out = chosen
        for v in chosen:
            if id(v) not in self._made and id(v) in known or v.type != "OTHER" or v.sent != s or v.tok_end != v.tok_i + 1:
                continue
            k = v.tok_i
            w = toks[k].lower
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            frame = (
                w in _BE
                or w in _FRAME_ADVERBS
                or w.endswith("ly") and _lemma(w, lex, set(), ()) == w and w not in _LY_NOUNS
                or k > 0 and _lemma(toks[k - 1].lower, lex, {"make"}, _LIGHT_ENDINGS) in {"make", "made"}
                or _lemma(w, lex, _FRAME_VERBS, _GOVERNING_ENDINGS) in _FRAME_VERBS and (nxt == "to" or nxt.endswith("ing"))
                or _lemma(w, lex, _EXPECT, _GOVERNING_ENDINGS) in _EXPECT and any(t.lower == "to" for t in toks[k + 1 : k + 6])
            )
            if not frame or not any(e is not v and e.sent == s and e.tok_i > k for e in out):
                continue
            if any(v.start in lst for lst in ends) or any(x.sent >= s - 1 and (v.start in x.ante_events or v.start in x.cons_events) for x in self.conds):
                continue  # linked already by another condition of the sentence
            out = [e for e in out if e is not v]
            self.events.remove(v)
            self._made.discard(id(v))
        return out

    def _access(self, v: Ev, toks: list[Token], rng: tuple[int, int], lex: Any) -> None:
        """"provided that all parties open the crossings", "we can open the road", "unless
        Ashgabat lets its monitors work", "let the inspectors back": opening a way in or letting
        observers, inspectors or aid in is allowing access (PLOVER RETREAT: "allowing the entry of
        observers, peacekeepers, or humanitarian workers"; mode access)."""
        lemma = _lemma(toks[v.tok_i].lower, lex, _ACCESS_VERBS, _LIGHT_ENDINGS)
        if lemma not in _ACCESS_VERBS:
            return
        nouns = _ACCESS_ROUTES if lemma == "open" else _ACCESS_ROUTES | _ACCESS_AGENTS
        for t in toks[v.tok_end : v.tok_end + 5]:
            if t.start >= rng[1] or t.lower in {",", ";", ".", "if", "unless", "and", "but"}:
                return
            if t.lower in nouns:
                v.type, v.mode = "RETREAT", "access"
                return

    def _continued(self, v: Ev, toks: list[Token], s: int, rng: tuple[int, int], ms: list[Mention], lex: Any) -> None:
        """"if the strikes resume", "unless the fighting spread", "if Pakistan repeats this
        aggression": a verb that only goes on with, spreads or repeats an act is that act again,
        so an OTHER event made at it takes the category of the act named by its object or, with
        none, by its subject (as a pro-verb takes the act it stands for, guidelines 4)."""
        if _lemma(toks[v.tok_i].lower, lex, _CONTINUE, _GOVERNING_ENDINGS) not in _CONTINUE:
            return
        k = _object_head(toks, v.tok_end, rng, ms)
        if k is None:
            k = v.tok_i - 1
            while k >= 0 and toks[k].start >= rng[0] and (toks[k].lower in _MODALS_NOT or toks[k].lower in _AUX or toks[k].lower.endswith("ly")):
                k -= 1
            if k < 0 or toks[k].start < rng[0]:
                return
        act = next((e for e in self.events if e.sent == s and e is not v and e.tok_i <= k < e.tok_end), None)
        if act is not None and act.type != "OTHER":
            v.type, v.mode = act.type, act.mode

    def _drop_support_verbs(self, chosen: list[Ev], toks: list[Token], s: int, rng: tuple[int, int], ms: list[Mention], lex: Any, ends: list[list[int]]) -> list[Ev]:
        """"would table a no-confidence motion", "will call a national strike", "unless the
        government opens talks": a support verb only brings about the act its object names, and
        the trigger is the minimal span naming the event (guidelines 0.3, 2.1): when that noun is
        an event of a known type, it is the end of the condition, and an OTHER event made here
        at the verb is dropped."""
        out = chosen
        for v in chosen:
            if id(v) not in self._made or v.type != "OTHER" or v.sent != s or v.tok_end != v.tok_i + 1:
                continue
            if _lemma(toks[v.tok_i].lower, lex, _SUPPORT_ONLY, _LIGHT_ENDINGS) not in _SUPPORT_ONLY:
                continue
            k = _object_head(toks, v.tok_end, rng, ms)
            obj = self._event_at(s, k) if k is not None else None
            if obj is None or obj.type == "OTHER" or obj is v:
                continue
            if any(v.start in lst for lst in ends) or any(x.sent >= s - 1 and (v.start in x.ante_events or v.start in x.cons_events) for x in self.conds):
                continue  # linked already by another condition of the sentence
            out = [e for e in out if e is not v]
            if obj not in out:
                out.append(obj)
            self.events.remove(v)
            self._made.discard(id(v))
        return out

    def _support_objects(self, chosen: list[Ev], toks: list[Token], s: int, rng: tuple[int, int], ms: list[Mention], lex: Any) -> list[Ev]:
        """"would file a fresh motion", "would hold officials in contempt": a linked verb whose
        object (or the noun of a resultative "in"/"under" after it) names an act supports that
        act; the noun is linked as well (made an event if none)."""
        out: list[Ev] = []
        for v in chosen:
            if v.pos != "v" or v.sent != s:
                continue
            k = _object_head(toks, v.tok_end, rng, ms)
            if k is not None and k + 2 < len(toks) and toks[k + 1].lower in {"in", "under", "into"} and toks[k + 2].start < rng[1] and wordlike(toks[k + 2]) and toks[k + 2].lower in _ACT_NOUNS:
                k = k + 2  # "hold officials in contempt", "keep them in custody"
            elif k is None or not self._act_noun(toks, k, s, lex):
                continue
            elif _lemma(toks[v.tok_i].lower, lex, _SUPPORT, _LIGHT_ENDINGS) not in _SUPPORT and not self._object_act(v, toks, k, s, lex):
                continue
            have = self._event_at(s, k)
            if have is None:
                have = self._noun_event(toks, k, s, lex)
            if have not in chosen and have not in out:
                out.append(have)
        return out

    def _object_act(self, v: Ev, toks: list[Token], k: int, s: int, lex: Any) -> bool:
        """"would impose targeted sanctions", "would extend the boycott", "will oppose any deal":
        the object of a consequent's verb names an act of a known type, and annotators mark the
        act at either word (guidelines 2.1: "sanctions" is a trigger), so both are linked. Not
        an object that exists already and is ended, cut, resumed or adopted ("halt deliveries",
        "cut funding", "resume deliveries", "sign the agreement": the verb is the act)."""
        lemma = _lemma(toks[v.tok_i].lower, lex, _REMOVAL | _CONTINUE | _ADOPT | _REDUCE, (("ing", ""), ("ing", "e"), *_GOVERNING_ENDINGS))
        if lemma in _REMOVAL or lemma in _CONTINUE or lemma in _ADOPT or lemma in _REDUCE or any(t.lower in {"off", "down", "back"} for t in toks[v.tok_i + 1 : v.tok_end + 1]):
            return False
        have = self._event_at(s, k)
        if have is not None:
            return have.type != "OTHER"
        w = toks[k].lower
        sing = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        return _lexicon_type(w, "n", lex)[0] != "OTHER" or _lexicon_type(sing, "n", lex)[0] != "OTHER"

    def _act_noun(self, toks: list[Token], k: int, s: int, lex: Any) -> bool:
        """The noun at k names an act: an event already, a noun trigger of the lexicon, a noun
        made from a verb ("-tion", "-ment", "-ance", "withdrawal", "closure") or one of the
        general nouns of measures and steps."""
        if self._event_at(s, k) is not None:
            return True
        w = toks[k].lower
        sing = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        if _lexicon_type(w, "n", lex)[0] != "OTHER" or _lexicon_type(sing, "n", lex)[0] != "OTHER":
            return True
        return sing in _ACT_NOUNS or sing.endswith(_ACT_SUFFIXES) and sing not in _NOT_ACT_NOUNS

    def _governed(self, chosen: list[Ev], toks: list[Token], s: int, rng: tuple[int, int], ms: list[Mention], lex: Any, after_ante: bool = False) -> list[Ev]:
        """In a consequent, a verb that permits, orders, bars, offers or threatens an act ("allowed
        to proceed", "barred prosecutors from opening new cases", "offered teachers an allowance",
        "threatened a stay-away") is followed by the act that depends on the condition: that act
        is linked. A past, unmodalised frame ("offered", "threatened") did happen (guidelines 4:
        "agreed to reopen it, but only if …"), so it is dropped; "would ask the court to review"
        keeps both."""
        out = list(chosen)
        for e in chosen:
            if e.pos not in {"v", "x"} or e.sent != s:
                continue
            lemma = _lemma(toks[e.tok_i].lower, lex, _GOVERNING, _GOVERNING_ENDINGS)
            if lemma not in _GOVERNING:
                continue
            k, act = e.tok_end, None
            if k < len(toks) and toks[k].lower in {"out", "off"}:
                k += 1  # "rule out"
            k = _after_time_adjunct(toks, k)  # "threatened on Wednesday / in April / last week to walk out"
            for j in range(k, min(len(toks), k + 8)):
                t = toks[j]
                if t.start >= rng[1] or t.lower in {",", ";", ".", "and", "but", "or", "that", "unless", "if"}:
                    break
                if t.lower in {"to", "from"} and (lemma in _GOVERNING_TO or j == k and t.lower == "to"):
                    # "allowed to proceed"; "threatened to pull out", "promised to reopen":
                    # an infinitive right after the verb is the act it commits to
                    if j + 1 < len(toks) and toks[j + 1].start < rng[1] and wordlike(toks[j + 1]) and toks[j + 1].lower not in _OBJECT_DET and toks[j + 1].lower not in _AUX:
                        act = j + 1
                    break
                if lemma in _GOVERNING_OBJ and lemma not in _GOVERNING_TO:
                    if t.lower in _PREP:
                        break
                    if wordlike(t) and t.lower not in _OBJECT_DET and t.lower not in _NOT_VERB and not any(m.start <= t.start < m.end for m in ms):
                        act = j  # the head: the last word of the object before a preposition
            if act is None:
                continue
            have = self._event_at(s, act)
            if have is not None and have in out:
                pass  # the act is linked already; the frame still goes
            elif have is None:
                pos = "v" if toks[act - 1].lower in {"to", "from"} else "n"
                if pos == "v":
                    have = self._verb_event(toks, act, s, rng, ms)
                else:
                    have = self._noun_event(toks, act, s, lex)
            if have not in out:
                out.append(have)
            # "If they refuse, we ask our supporters to stay home": after the conditional clause
            # the frame depends on it too, modal or not
            modal = after_ante or e.tok_i > 0 and toks[e.tok_i - 1].lower in _MODALS_NOT or e.tok_i > 1 and toks[e.tok_i - 2].lower in _MODALS
            if not modal:
                out.remove(e)
                if id(e) in self._made:
                    # made only to be this clause's verb: a frame that did happen is no end and
                    # no event of its own either ("It authorises the force to grow …")
                    self.events.remove(e)
        return out

    def _stand_for(self, ev: Ev, s: int, rng: tuple[int, int], lex: Any) -> None:
        """"If that happens again", "if this continues": the predicate of a demonstrative subject
        is the act named last before the clause (this sentence or the one before), so it takes
        that act's category (like a pro-verb, guidelines 4)."""
        before = [e for e in self.events if s - 1 <= e.sent <= s and e.start < rng[0] and e.type != "OTHER" and not _frame_event(e, lex)]
        if before:
            last = max(before, key=lambda e: e.start)
            ev.type, ev.mode = last.type, last.mode

    def _event_at(self, s: int, k: int) -> Ev | None:
        """The first event of sentence s whose trigger covers token k, or None."""
        return next((e for e in self.events if e.sent == s and e.tok_i <= k < e.tok_end), None)

    def _noun_event(self, toks: list[Token], k: int, s: int, lex: Any) -> Ev:
        """A new hypothetical event at the noun toks[k], typed by the lexicon, appended to the
        events."""
        t = toks[k]
        cat, mode = _lexicon_type(t.lower, "n", lex)
        ev = Ev(t.start, t.end, s, k, k + 1, cat, mode, "hypothetical", 0.4, lemma=t.lower, pos="n")
        self.events.append(ev)
        return ev

    def _verb_event(self, toks: list[Token], k: int, s: int, rng: tuple[int, int], ms: list[Mention]) -> Ev:
        """A new OTHER event at the clause's verb (with its subject as actor). A copula takes
        its complement into the trigger ("remain unsafe", "stayed in custody"): that is what
        the clause predicates."""
        t = toks[k]
        have = next((e for e in self.events if e.sent == s and e.tok_i == k), None)
        if have is not None:
            return have  # made already for another condition of the sentence
        end_i = k + 1
        if t.lower in _COPULA and end_i < len(toks) and toks[end_i].start < rng[1]:
            nxt = toks[end_i]
            if nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in _OBJECT_DET and nxt.lower not in _NOT_VERB and nxt.lower not in _PREP:
                end_i += 1  # "stay peaceful", "remained unable"
            elif nxt.lower in {"in", "under", "on"} and end_i + 1 < len(toks) and toks[end_i + 1].text.isalpha() and toks[end_i + 1].text.islower() and toks[end_i + 1].lower not in _OBJECT_DET:
                end_i += 2  # "remained in custody", "stays in office"
        # a verb the lexicon knows but events.py left alone (a weak form such as "host" or
        # "order" with no plain verbal cue before it) keeps its category: the clause makes it a verb
        # ("will be back" is an adverb after "be", not the verb "back")
        lex = lexicon()
        after_be = k > 0 and toks[k - 1].lower in _BE and lex.verb_forms.get(t.lower) == t.lower
        # a weak form ("return", "order") is typed only where events.py would read it as a verb
        weak = lex.verb_forms.get(t.lower) in _WEAK and (k == 0 or toks[k - 1].lower not in _VERBAL_BEFORE)
        cat, mode = _lexicon_type(t.lower, "v", lex) if end_i == k + 1 and not after_be and not weak else ("OTHER", None)
        ev = Ev(t.start, toks[end_i - 1].end, s, k, end_i, cat, mode, "hypothetical", 0.4, lemma=t.lower, pos="v")
        if cat == "OTHER":
            self._made.add(id(ev))
        before = [m for m in ms if rng[0] <= m.start and m.end <= t.start]
        if before:
            ev.actors.append(before[-1].key)
        self.events.append(ev)
        return ev


def _no_noun(toks: list[Token], rng: tuple[int, int]) -> int | None:
    """Index of the noun of a clause that is only "no" and one or two lower-case nouns (after a
    speaker label: "Whitford: no transfers"), else None."""
    inside = [i for i, t in enumerate(toks) if rng[0] <= t.start < rng[1]]
    if inside and toks[inside[-1]].lower in {",", "\"", "“", "”"}:
        inside = inside[:-1]
    q = next((q for q, i in enumerate(inside) if toks[i].lower == "no"), None)
    if q is None or not 2 <= len(inside) - q <= 3 or any(toks[i].text.isalpha() and toks[i].text[:1].islower() for i in inside[:q]):
        return None
    rest = inside[q + 1 :]
    if not all(wordlike(toks[i]) and toks[i].lower not in _STOP_NP and toks[i].lower not in _PREP and toks[i].lower not in _NOT_VERB and toks[i].lower not in _AUX for i in rest):
        return None
    return rest[-1]


def _lexicon_type(w: str, pos: str, lex: Any) -> tuple[str, str | None]:
    """Category and mode of a one-word lexicon trigger of this part of speech ("v": any
    inflected form of the verb; "n": the noun or its plural), else OTHER."""
    for trig in lex.triggers.get(w, ()):
        if len(trig.forms) == 1 and trig.pos == pos:
            return trig.category, trig.mode
    return "OTHER", None


def _lemma(w: str, lex: Any, known: set[str], endings: tuple[tuple[str, str], ...]) -> str:
    """The verb's lemma from the lexicon, else the verb of `known` one of the regular endings
    (tried in order) was added to ("authorises", "instructed", "produced", "stages"), else the
    word."""
    if w in lex.verb_forms:
        return lex.verb_forms[w]
    for suffix, repl in endings:
        if w.endswith(suffix) and w[: -len(suffix)] + repl in known:
            return w[: -len(suffix)] + repl
    return w


_GOVERNING_ENDINGS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("es", "e"), ("s", ""))
_LIGHT_ENDINGS = (("ed", "e"), ("ed", ""), ("es", "e"), ("s", ""))


# Acts that end or undo something that exists (its object keeps its own status)
_REMOVAL = {"lift", "end", "halt", "stop", "annul", "cancel", "drop", "suspend", "withdraw", "ease", "scrap", "revoke", "overturn", "abolish", "repeal", "remove", "lower", "reverse", "quash", "rescind", "relax", "break", "ban", "release", "free"}
# Verbs whose consequent is the act they permit, order, bar or commit to ("allowed to proceed",
# "barred X from opening") or, for _GOVERNING_OBJ, the act their object names ("offered an
# allowance", "threatened a stay-away", "did not rule out a return").
_GOVERNING_TO = {"allow", "authorise", "authorize", "permit", "enable", "instruct", "order", "direct", "bar", "ban", "prevent", "prohibit", "forbid", "force", "compel", "oblige", "urge", "ask", "press", "request", "encourage", "invite"}
_GOVERNING_OBJ = {"offer", "threaten", "rule", "propose", "promise", "pledge"}
_GOVERNING = _GOVERNING_TO | _GOVERNING_OBJ
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
_TIME_UNITS = {"week", "month", "year", "weekend", "morning", "evening", "night", "afternoon", "spring", "summer", "autumn", "winter"}
_TIME_DEICTIC = {"last", "this", "earlier", "late", "early", "in", "on"}


def _after_time_adjunct(toks: list[Token], k: int) -> int:
    """Index after a short time adjunct starting at k ("on Wednesday", "in April", "in May
    2024", "last week", "earlier this month", "yesterday"), or k when none starts there: it
    stands between a verb and its infinitive without being the verb's object."""
    n = len(toks)
    if k < n and toks[k].lower in {"yesterday", "today"}:
        return k + 1
    j = k
    while j < n and j - k < 3 and toks[j].lower in _TIME_DEICTIC:
        j += 1
    if j == k or j >= n:
        return k
    w = toks[j]
    if w.text in _WEEKDAYS or w.text in _MONTH_NAMES:
        j += 1
        while j < n and j - k < 5 and toks[j].text.isdigit():
            j += 1  # "in May 2024", "on March 3"
        return j
    if toks[k].lower not in {"in", "on"} and w.lower in _TIME_UNITS:
        return j + 1  # "last week", "earlier this month" (not "in the region")
    if toks[j - 1].lower == "in" and w.text.isdigit() and len(w.text) == 4:
        return j + 1  # "in 2023"
    return k
# Words that frame a clause's predicate rather than being it.
_BE = {"be", "been", "being", "is", "are", "was", "were", "am"}
_MODALS_NOT = _MODALS | {"not"}
_AGREE_TO = {"agree", "ready", "willing", "prepared"}  # an antecedent's "agree to X", "is ready to X"
_READY = {"ready", "prepared", "willing", "readiness", "willingness", "open to"}  # "open to": events._openness
# Phase and attitude verbs whose object or subject noun carries the act.
_LIGHT = {"keep", "make", "have", "take", "give", "hold", "get", "show", "maintain", "honour", "honor", "meet", "fulfil", "fulfill", "stage", "produce"}
_KEEP = {"keep", "maintain"}
# Nouns of acts with no verb ending of their own ("take all necessary measures", "hold a vote")
_ACT_NOUNS = {"measure", "countermeasure", "step", "vote", "referendum", "election", "poll", "talk", "strike", "cut", "reform", "contempt", "custody", "arrest", "detention", "ballot", "offensive", "crackdown", "deal", "concession", "promise", "pledge", "commitment", "trial", "exchange", "swap", "summit", "visit", "round"}
# Nouns with a verbal ending that name a body, place or state, no act
_NOT_ACT_NOUNS = {"position", "nation", "station", "population", "institution", "constitution", "administration", "federation", "coalition", "opposition", "organisation", "organization", "commission", "question", "condition", "situation", "government", "parliament", "department", "movement", "settlement", "compliance", "alliance", "conference", "evidence", "independence", "influence", "presence", "structure", "infrastructure", "legislature", "building", "meeting", "thing", "morning", "evening", "everything", "nothing", "something", "anything"}
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "val", "sal", "ing")
# Verbs of wanting whose noun object is the wanted act in a conditional clause
_DESIRE_OBJ = {"want", "need"}
# Verbs that keep a commitment already made (its noun is an occurred event of its own)
_HONOUR = {"honour", "honor", "fulfil", "fulfill", "keep", "meet", "respect"}
_KEEP_FORMS = {"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "consider", "considers", "considered", "considering"}
# Verbs whose object after "with" carries the act ("respond with sanctions").
_LIGHT_WITH = {"respond", "come", "face", "retaliate", "answer"}
# Verbs whose noun subject is the event ("the recount would begin").
_ASPECTUAL = {"begin", "start", "resume", "proceed", "end", "continue"}
# Verbs that say an act takes place ("the trial would open", "a second exchange could follow"):
# their noun subject is the event when it names an act
_HAPPEN = {"open", "follow", "happen", "occur", "reopen"}
_COPULA = {"remain", "remains", "remained", "stay", "stays", "stayed", "become", "becomes", "became"}


_HOSTILE_ACTS = {"PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def _object_head(toks: list[Token], k: int, rng: tuple[int, int], ms: list[Mention]) -> int | None:
    """Index of the head of the noun phrase right after a verb (a determiner, modifiers, then
    the last lower-case word before a preposition, a time word or the clause's end), or None;
    an actor mention as object is returned as its last token."""
    head = None
    for j in range(k, min(len(toks), k + 5)):
        t = toks[j]
        if t.start >= rng[1]:
            break
        if any(m.start <= t.start < m.end for m in ms):
            return next((i for i in range(j, len(toks)) if toks[i].end >= next(m.end for m in ms if m.start <= t.start < m.end)), None)
        if not wordlike(t) or t.lower in _PREP or t.lower in _STOP_NP or t.lower in _AUX:
            break
        if t.lower in _TIME or t.lower in {"next", "last", "this"} and head is not None:
            break
        if t.lower not in _OBJECT_DET and t.lower not in _NOT_VERB:
            head = j
    return head


# Support verbs: their object noun is the act ("file a motion", "table a bill", "launch a probe")
_SUPPORT = {"file", "table", "lodge", "submit", "bring", "hold", "launch", "stage", "mount", "issue", "conduct"}
# Verbs that only bring about the act their object noun names ("table a motion", "call a
# strike", "open talks", "put an offer on the table"): with an event noun as object, no event.
# (Filing verbs stay: "filed an appeal" is marked at the filing, a legal act of its own.)
_SUPPORT_ONLY = (_SUPPORT - {"file", "lodge", "submit", "bring"}) | {"call", "organise", "organize", "open", "put"}
# Verbs that cut or withhold what their object names ("cut funding" is one SANCTION: PLOVER
# "reducing or ending aid")
_REDUCE = {"cut", "reduce", "slash", "curb", "trim", "withhold", "deny"}
# Verbs that adopt or carry out a document ("sign the treaty", "implement the agreement"): the
# verb is the act, the document its object
_ADOPT = {"sign", "endorse", "ratify", "implement", "approve", "adopt", "initial", "accept"}
# Verbs that go on with, spread or repeat an act ("the strikes resume", "the fighting spread")
_CONTINUE = {"resume", "continue", "spread", "repeat", "escalate", "widen", "intensify", "renew"}
# Words made an end that are no act when a later event of the clause is linked
_FRAME_ADVERBS = {"almost", "probably", "certainly", "surely", "still", "also", "then", "soon", "just", "even"}
_LY_NOUNS = {"rally", "ally", "assembly", "supply", "family", "monopoly", "anomaly"}
_FRAME_VERBS = {"start", "begin", "try", "keep", "continue", "attempt"}
_EXPECT = {"expect"}  # "it expects the Fund to approve …": the expected act is the end
# Opening a way in or letting people or aid in: allowing access (PLOVER RETREAT, mode access)
_ACCESS_VERBS = {"open", "let"}
_ACCESS_ROUTES = {"crossing", "crossings", "corridor", "corridors", "road", "roads", "border", "borders", "route", "routes", "pathway", "pathways", "airspace", "port", "ports", "airport", "checkpoint", "checkpoints", "gates", "border-crossing", "border-crossings"}
_ACCESS_AGENTS = {"inspectors", "monitors", "observers", "peacekeepers", "investigators", "journalists", "aid", "trucks", "lorries", "convoy", "convoys", "workers"}
_TIME = {"today", "tomorrow", "tonight", "week", "month", "year", "weekend", "again", "soon", "now", "later", "immediately"}


def _ends_object(toks: list[Token], v: int, lex: Any) -> bool:
    """"would end their sit-in", "end the blockade": an act that ends what its object names is
    an act of its own (like lifting or halting), though "end" alone is a phase ("the truce
    would end")."""
    return lex.verb_forms.get(toks[v].lower, toks[v].lower) in _REMOVAL and v + 1 < len(toks) and toks[v + 1].lower in _OBJECT_DET


def _finite_form(w: str) -> bool:
    """A present or past verb form by its ending ("lapses", "collapsed"), after a noun subject."""
    return w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "is", "us"))


def _frame_event(e: Ev, lex: Any) -> bool:
    """A reporting verb, a bare modal intent or a readiness expression: the frame of a
    conditional clause, not one of its ends."""
    return e.lemma in _MODALS or e.lemma in _READY or lex.verb_forms.get(e.lemma, e.lemma) in lex.reporting_lemmas and e.type in {"OTHER", "THREATEN"} and e.pos != "n"


def _expand(keys: list[tuple]) -> list[tuple]:
    """Entity keys with "both sides" placeholders replaced by the two entities."""
    out: list[tuple] = []
    for k in keys:
        out.extend(k[1:] if k[0] == "pair" else (k,))
    return out


def _instances(evs: list[Ev]) -> dict[int, str]:
    """Event index -> instance id, for events that refer to one happening: a definite nominal
    back-reference ("the talks") to the latest earlier event of its type, a repeated noun
    trigger of the same type, or the same type with the same actors and the same date. Linked
    events without a date or place take them (value and name only, no span) from the others."""
    parent = list(range(len(evs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_type: dict[str, list[int]] = {}  # type -> indices so far (not a rescan per event)
    for n, e in enumerate(evs):
        if e.type == "OTHER":
            continue
        prev = by_type.setdefault(e.type, [])
        if not prev:
            prev.append(n)
            continue
        ante = None
        if e.back_reference:
            ante = prev[-1]
        else:
            # the latest earlier noun trigger with the same lemma, else the latest with the
            # same actors and date
            if e.pos == "n":
                ante = next((k for k in reversed(prev) if evs[k].pos == "n" and evs[k].lemma == e.lemma), None)
            if ante is None and e.actors and e.time_value:
                actors = set(e.actors)
                ante = next((k for k in reversed(prev) if evs[k].time_value == e.time_value and set(evs[k].actors) == actors), None)
        if ante is not None:
            parent[find(n)] = find(ante)
        prev.append(n)
    groups: dict[int, list[int]] = {}
    for n in range(len(evs)):
        groups.setdefault(find(n), []).append(n)
    out: dict[int, str] = {}
    per_type: dict[str, int] = {}
    for root in sorted(groups, key=lambda r: min(groups[r])):
        members = groups[root]
        if len(members) < 2:
            continue
        t = evs[members[0]].type.lower()
        per_type[t] = per_type.get(t, 0) + 1
        for k in members:
            out[k] = f"{t}-{per_type[t]}"
        # the date passes only between mentions presented alike: "the tariffs" of "in case the
        # tariffs enter into force" (hypothetical) or a truce that "holds" (ongoing) is not
        # dated by the day the tariff was announced or the truce signed
        dated = {}
        for k in members:
            if evs[k].time_value:
                dated.setdefault(evs[k].status, evs[k].time_value)
        loc = next((evs[k].loc for k in members if evs[k].loc), None)
        for k in members:
            value = dated.get(evs[k].status)
            if value and not evs[k].time_value and evs[k].time_span is None:
                evs[k].time_value = value
            if loc and not evs[k].loc:
                evs[k].loc_inherited = (loc[2], loc[3])
    return out


def preannotate_text(text: str, published: Any = None) -> dict[str, list[dict[str, Any]]]:
    """Machine layers (actors, events, stances, conditions) for a text, as document fields."""
    an = _Analysis(text, published)
    # actors: one per entity, ordered by first mention
    by_key: dict[tuple, list[Mention]] = {}
    for m in an.mentions:
        by_key.setdefault(m.key, []).append(m)
    # each entity's mentions in text order; its first one's start orders the entities (the
    # sorts are stable, so ties keep the order of first appearance in an.mentions)
    for ms in by_key.values():
        ms.sort(key=_START_END)
    order = sorted(by_key, key=lambda k: by_key[k][0].start)
    actor_id: dict[tuple, str] = {}
    actors: list[dict[str, Any]] = []
    for n, key in enumerate(order, start=1):
        ms = by_key[key]
        ent = an.entities.get(key)
        first = ms[0]
        name = ent.name if ent else first.name
        kind = ent.kind if ent else first.kind
        country = (ent.country if ent else None) or next((m.country for m in ms if m.country), None)
        role = (ent.role if ent else None) or next((m.role for m in ms if m.role), None)
        seen: set[tuple[int, int]] = set()
        mentions = []
        for m in ms:
            # an apposition is output as one span over description and name (settled case)
            a = m.out_start if m.out_start >= 0 else m.start
            b = m.out_end if m.out_end >= 0 else m.end
            if (a, b) not in seen:
                seen.add((a, b))
                mentions.append({"start": a, "end": b, "text": text[a:b]})
        aid = f"A{n}"
        actor_id[key] = aid
        conf = max(map(_CONFIDENCE, ms))
        actors.append({"id": aid, "name": name, "kind": kind, "country": country, "role": role, "mentions": mentions, "confidence": round(min(0.99, conf + 0.05 * (len(mentions) > 1)), 2)})
    instance_of = _instances(an.events)
    events: list[dict[str, Any]] = []
    event_id: dict[int, str] = {}
    for n, ev in enumerate(an.events, start=1):
        eid = f"E{n}"
        event_id[ev.start] = eid
        item: dict[str, Any] = {
            "id": eid,
            "type": ev.type,
            "mode": ev.mode,
            "trigger": {"start": ev.start, "end": ev.end, "text": text[ev.start : ev.end]},
            "actors": list(dict.fromkeys(actor_id[k] for k in _expand(ev.actors) if k in actor_id)) if ev.actors else [],
            "recipients": [],
            "status": ev.status,
        }
        if ev.recipients:
            item["recipients"] = [r for r in dict.fromkeys(actor_id[k] for k in _expand(ev.recipients) if k in actor_id) if r not in item["actors"]]
        if ev.time_span:
            t: dict[str, Any] = {"span": _span(text, *ev.time_span)}
            if ev.time_value:
                t["value"] = ev.time_value
            item["time"] = t
        elif ev.time_value:
            item["time"] = {"value": ev.time_value}  # from another mention of the instance
        if ev.loc:
            item["location"] = {"span": _span(text, ev.loc[0], ev.loc[1]), "name": ev.loc[2], "country": ev.loc[3]}
        elif ev.loc_inherited:
            item["location"] = {"name": ev.loc_inherited[0], "country": ev.loc_inherited[1]}
        if n - 1 in instance_of:
            item["instance"] = instance_of[n - 1]
        if ev.reported_by is not None and ev.reported_by in actor_id:
            item["reported_by"] = actor_id[ev.reported_by]
        item["confidence"] = ev.confidence
        events.append(item)
    stances: list[dict[str, Any]] = []
    for st in an.stances:
        if st.holder not in actor_id:
            continue
        if st.target_event_start is not None and st.target_event_start in event_id:
            target: dict[str, Any] = {"event": event_id[st.target_event_start]}
        elif st.target_actor is not None and st.target_actor in actor_id and st.target_actor != st.holder:
            target = {"actor": actor_id[st.target_actor]}
        elif st.target_span is not None:
            target = {"span": _span(text, *st.target_span)}
        else:
            continue
        stances.append({"id": f"S{len(stances) + 1}", "holder": actor_id[st.holder], "target": target, "polarity": st.polarity, "evidence": _span(text, *st.evidence), "confidence": round(st.confidence, 2)})
    conditions: list[dict[str, Any]] = []
    ev_by_start = {ev.start: ev for ev in an.events}
    start_of = {e["id"]: e["trigger"]["start"] for e in events}  # first match, as ids are unique
    for c in an.conds:
        ante = [event_id[x] for x in c.ante_events]
        cons = [event_id[x] for x in c.cons_events if event_id[x] not in ante]
        if not ante or not cons:
            continue
        stated = None
        for eid in cons + ante:
            ev = ev_by_start[start_of[eid]]
            if ev.reported_by in actor_id:
                stated = actor_id[ev.reported_by]
                break
        conditions.append({"id": f"C{len(conditions) + 1}", "kind": c.kind, "cue": _span(text, *c.cue), "antecedent": ante, "consequent": cons, "stated_by": stated, "confidence": 0.6})
    return {"actors": actors, "events": events, "stances": stances, "conditions": conditions}


def _remap_to_human_actors(layers: dict[str, list[dict[str, Any]]], human_actors: list[dict[str, Any]]) -> None:
    """Point machine events/stances/conditions at kept human actors (by mention overlap)."""
    spans = [(m["start"], m["end"], a["id"]) for a in human_actors for m in a.get("mentions", [])]
    remap: dict[str, str | None] = {}
    for a in layers["actors"]:
        hit = None
        for m in a["mentions"]:
            hit = next((hid for s, e, hid in spans if s < m["end"] and m["start"] < e), None)
            if hit:
                break
        remap[a["id"]] = hit
    for ev in layers["events"]:
        ev["actors"] = list(dict.fromkeys(x for x in (remap.get(i) for i in ev["actors"]) if x))
        ev["recipients"] = [x for x in dict.fromkeys(x for x in (remap.get(i) for i in ev["recipients"]) if x) if x not in ev["actors"]]
        if "reported_by" in ev:
            rb = remap.get(ev["reported_by"])
            if rb:
                ev["reported_by"] = rb
            else:
                del ev["reported_by"]
    kept = []
    for st in layers["stances"]:
        h = remap.get(st["holder"])
        if not h:
            continue
        st["holder"] = h
        if "actor" in st["target"]:
            t = remap.get(st["target"]["actor"])
            if not t:
                continue
            st["target"] = {"actor": t}
        kept.append(st)
    layers["stances"] = kept
    for c in layers["conditions"]:
        if c.get("stated_by"):
            c["stated_by"] = remap.get(c["stated_by"])


def preannotate_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the document with its empty layers filled by machine annotations."""
    doc = dict(document)
    text = doc["text"]
    human = {layer for layer in LAYERS if doc.get(layer)}
    if human == set(LAYERS):
        return doc
    layers = preannotate_text(text, (doc.get("metadata") or {}).get("published"))
    if "actors" in human:
        _remap_to_human_actors(layers, doc["actors"])
    if "events" in human:
        # Machine stances/conditions would have to refer to machine events we do not add.
        layers["stances"] = [s for s in layers["stances"] if "event" not in s["target"]]
        layers["conditions"] = []
    filled = False
    for layer in LAYERS:
        if layer not in human:
            doc[layer] = layers[layer]
            filled = filled or bool(layers[layer])
    prov = dict(doc.get("provenance") or {"origin": "manual", "annotators": []})
    if not human:
        prov["origin"] = "preannotated"
    prov["preannotator"] = {"name": PREANNOTATOR_NAME, "version": PREANNOTATOR_VERSION}
    doc["provenance"] = prov
    return doc


def _worker(doc: dict[str, Any]) -> dict[str, Any]:
    return preannotate_document(doc)


def _annotate_checked(doc: dict[str, Any]) -> tuple[str, bytes, list[Any]]:
    """(id, canonical JSON as UTF-8, validation issues) of one pre-annotated document. Runs in
    the worker, so annotating, validating and serialising all spread over the processes."""
    from annotate.validate import validate_document

    out = preannotate_document(doc)
    problems = validate_document(out, f"{doc['id']} (pre-annotated)")
    return out["id"], dumps_document_bytes(out), problems


_TMP_SEQ = itertools.count()


def _write_atomic(out_dir: Path, name: str, data: bytes) -> Path:
    """<out_dir>/<name> written atomically (temporary file, then rename), as
    documents.write_text_atomic does, but with fewer system calls per file: the folder is
    made once by the caller and the temporary name comes from the process id and a counter
    instead of mkstemp's random retries. Creating a file costs ~0.3 ms on ext4 here, so the
    rest of write_text_atomic's cost (mkdir, mkstemp, a text wrapper) was worth removing."""
    from annotate.documents import write_text_atomic

    path = out_dir / name
    tmp = f"{out_dir}/.{name}.{os.getpid()}-{next(_TMP_SEQ)}.tmp"
    try:
        # 0o600 as mkstemp gives, so files keep the mode write_text_atomic gave them
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # a stale file left by a killed run: let mkstemp pick a name
        write_text_atomic(path, data.decode("utf-8"))
        return path
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _pool(workers: int) -> Any:
    # Load the lexicon before forking, so workers share it instead of each loading it.
    lexicon()
    return multiprocessing.get_context().Pool(workers)


def preannotate_documents(documents: Iterable[dict[str, Any]], *, workers: int = 1, chunksize: int = 16) -> Iterator[dict[str, Any]]:
    """Pre-annotate a stream of documents, in input order (worker processes if workers > 1)."""
    if workers <= 1:
        for d in documents:
            yield preannotate_document(d)
        return
    with _pool(workers) as pool:
        yield from pool.imap(_worker, documents, chunksize=chunksize)


def preannotate(inputs: Iterable[Path | str], out: Path | str, *, workers: int = 1, chunksize: int = 16) -> list[Path]:
    """Pre-annotate every input (seed .txt, .jsonl records or documents, .json documents, or
    folders of them) into <out>/<id>.json. All inputs are read and checked before any file is
    written; raises DataError on the first bad input. Every output is validated
    (validate_document) before it is written; an invalid one (a pre-annotator bug) raises
    AnnotateError and stops the run."""
    from annotate import gcpause
    from annotate.errors import AnnotateError
    from annotate.preannotate.inputs import check_inputs, iter_inputs

    paths = list(inputs)
    check_inputs(paths)
    out_dir = Path(out)
    written: list[Path] = []
    # The cyclic GC is paused for the run (forked workers inherit the pause): pre-annotation
    # frees everything by reference counting (no cycles: tests/test_preannotate_speed.py), and
    # the collector's passes over each article's live tokens and mentions cost ~4% of the run.
    with gcpause.paused():
        # Inputs were validated by check_inputs just now; the second pass only decodes them.
        docs = iter_inputs(paths, validate=False)
        if workers <= 1:
            results: Iterator[tuple[str, bytes, list[Any]]] = map(_annotate_checked, docs)
            pool = None
        else:
            pool = _pool(workers)
            results = pool.imap(_annotate_checked, docs, chunksize=chunksize)
        try:
            for doc_id, data, problems in results:
                if problems:
                    first = problems[0]
                    raise AnnotateError(f"pre-annotation of {doc_id!r} is not a valid document ({first.code} at {first.path}: {first.message}); nothing more written; please report this bug")
                if not written:
                    out_dir.mkdir(parents=True, exist_ok=True)  # once, and only if anything is written
                written.append(_write_atomic(out_dir, f"{doc_id}.json", data))
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
    return written
