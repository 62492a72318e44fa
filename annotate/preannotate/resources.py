"""Loading the shipped gazetteers, trigger lexicon and cue lists (annotate/resources/) into
lookup tables. Loaded once per process (cached); everything is keyed by token tuples so the
matchers are plain dict look-ups."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from annotate.preannotate.text import _TOKEN


def _read(name: str) -> str:
    return importlib_resources.files("annotate").joinpath("resources", name).read_text(encoding="utf-8")


# Words that make a body's name a legislature's ("US Senate", "National Assembly"); a
# legislature known by a name without one ("Bundestag", "National Diet") is tagged in
# organizations.tsv. actors.py reads the same set.
LEGISLATURE_WORDS = frozenset({"parliament", "assembly", "senate", "congress", "chamber", "house", "duma", "rada", "knesset", "legislature", "sejm", "majlis"})


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]


def tok(phrase: str) -> tuple[str, ...]:
    """The token texts of a phrase, as the document tokenizer would cut it."""
    return tuple(m.group(0) for m in _TOKEN.finditer(phrase))


@dataclass(frozen=True)
class Entry:
    """A gazetteer entry: what a name refers to."""

    name: str  # canonical
    kind: str  # actor kind if used as an actor
    country: str | None
    place: bool  # a country / capital / city (can be a location)
    is_country: bool = False
    legislature: bool = False  # a legislature: a venue after "in/at the"


@dataclass(frozen=True)
class Trigger:
    forms: tuple[str, ...]  # lower-case tokens
    category: str
    mode: str | None
    lemma: str
    pos: str  # v, n or x
    inflected: bool  # the form is not the base form (so surely verbal for pos v)


@dataclass
class Lexicon:
    names: dict[tuple[str, ...], Entry] = field(default_factory=dict)  # case-sensitive
    name_max: int = 1
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)  # case-sensitive -> ISO3
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> canonical country name
    titles: set[tuple[str, ...]] = field(default_factory=set)  # lower-case
    title_max: int = 1
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)  # first lower token -> candidates
    verb_forms: dict[str, str] = field(default_factory=dict)  # inflected lower form -> lemma
    cues: dict[str, Any] = field(default_factory=dict)
    # a seat of a body ("Brussels": the EU) as a location: the city and its state
    seat_places: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    # first token -> phrase lengths (longest first), so matchers try only possible lengths
    name_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    demonym_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    title_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    stance_cues: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    condition_cues: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    reporting_lemmas: frozenset[str] = frozenset()  # one-word reporting verbs ("say", "warn")


_VOWELS = set("aeiou")
_DOUBLE = {"commit", "admit", "permit", "regret", "control", "patrol", "rebut", "equip", "compel", "expel", "propel", "repel", "occur", "refer", "prefer", "confer", "deter", "transfer", "submit", "omit", "acquit", "abet", "embed", "kidnap", "worship", "ban", "plan", "stop", "drop", "grab", "rob", "ship", "shun", "spur", "bar", "jail", "top", "step", "veto", "scrap", "strip"}


def _doubles(w: str) -> bool:
    if w in _DOUBLE:
        return w not in {"jail", "veto"}
    # one syllable ending consonant-vowel-consonant ("stop", "ban"); not "open", "edit"
    if len(re.findall(r"[aeiouy]+", w)) != 1:
        return False
    return len(w) <= 4 and len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> dict[str, str]:
    """form -> kind ('base', '3sg', 'past', 'pp', 'ing') for a verb lemma (simple English rules)."""
    w = lemma
    out: dict[str, str] = {w: "base"}
    if w in irregular:
        row = irregular[w]
        out[row[0]] = "past"
        out.setdefault(row[1], "pp")
        if len(row) > 2:
            out[row[2]] = "3sg"
            out[row[3]] = "ing"
            return out
    if re.search(r"(s|x|z|ch|sh)$", w):
        out[w + "es"] = "3sg"
    elif re.search(r"[^aeiou]y$", w):
        out[w[:-1] + "ies"] = "3sg"
    else:
        out[w + "s"] = "3sg"
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        ing = w[:-1] + "ing"
    elif _doubles(w):
        ing = w + w[-1] + "ing"
    else:
        ing = w + "ing"
    out[ing] = "ing"
    if w not in irregular:
        if w.endswith("e"):
            past = w + "d"
        elif re.search(r"[^aeiou]y$", w):
            past = w[:-1] + "ied"
        elif _doubles(w):
            past = w + w[-1] + "ed"
        else:
            past = w + "ed"
        out[past] = "past"
        if w.endswith("l") and not w.endswith("ll") and w[-2] in _VOWELS:
            out[w + "led"] = "past"
            out[w + "ling"] = "ing"
    return out


def noun_forms(lemma: str) -> list[str]:
    w = lemma
    if re.search(r"(s|x|z|ch|sh)$", w):
        return [w, w + "es"]
    if re.search(r"[^aeiou]y$", w):
        return [w, w[:-1] + "ies"]
    return [w, w + "s"]


def _lens(keys: Any) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for k in keys:
        out.setdefault(k[0], set()).add(len(k))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    cues = json.loads(_read("cues.json"))
    lex.cues = cues

    def add_name(phrase: str, entry: Entry) -> None:
        key = tok(phrase)
        if key and key not in lex.names:
            lex.names[key] = entry

    for iso, names, demonyms, capitals in _rows("countries.tsv"):
        names_l = [n for n in names.split("|") if n]
        canonical = names_l[0]
        lex.country_names[iso] = canonical
        for n in names_l:
            add_name(n, Entry(canonical, "government", iso, True, True))
        for d in demonyms.split("|"):
            if d:
                lex.demonyms.setdefault(tok(d), iso)
        for c in capitals.split("|"):
            if c:
                # Capitals and seats of power stand for governments ("Moscow said", "the Kremlin").
                add_name(c[4:] if c.startswith("the ") else c, Entry(c[4:] if c.startswith("the ") else c, "government", iso, True))
    for kind, country, canonical, aliases, *tags in (r + [""] * (5 - len(r)) for r in _rows("organizations.tsv")):
        leg = "legislature" in tags[0].split(",") or kind == "government" and bool(LEGISLATURE_WORDS & set(canonical.lower().split()))
        # a "seat" row: a city that stands for the body seated there ("Brussels said": the EU)
        # and is a place after a locative word, like a capital
        entry = Entry(canonical, kind, None if country == "-" else country, "seat" in tags[0].split(","), legislature=leg)
        for n in [canonical, *aliases.split("|")]:
            if n:
                add_name(n[4:] if n.startswith("the ") else n, entry)
    for row in _rows("cities.tsv"):
        seat = lex.names.get(tok(row[0]))
        if seat is not None and seat.place and seat.kind not in {"government", "other"}:
            lex.seat_places[tok(row[0])] = Entry(row[0], "other", row[1], True)
        add_name(row[0], Entry(row[0], "other", row[1], True))
    lex.name_max = max(len(k) for k in lex.names)
    for line in _read("titles.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            lex.titles.add(tuple(t.lower() for t in tok(line.strip())))
    lex.title_max = max(len(k) for k in lex.titles)

    from annotate.schema import modes_by_type

    allowed_modes = modes_by_type()
    irregular = {r[0]: r[1:] for r in _rows("irregular_verbs.tsv")}
    for cat, mode, pos, phrase in _rows("triggers.tsv"):
        if cat not in allowed_modes:
            continue  # a category the ontology no longer has
        if mode != "-" and mode not in allowed_modes[cat]:
            mode = "-"
        words = [t.lower() for t in tok(phrase)]
        variants: list[tuple[str, bool]] = []
        if pos == "v":
            for form, kind in verb_forms(words[0], irregular).items():
                variants.append((form, kind != "base"))
        elif pos == "n":
            variants = [(f, False) for f in noun_forms(words[-1])] if len(words) > 1 else [(f, False) for f in noun_forms(words[0])]
        else:
            variants = [(words[0], True)]
        for form, inflected in variants:
            if pos == "n" and len(words) > 1:
                forms = tuple(words[:-1]) + (form,)
            else:
                forms = (form,) + tuple(words[1:])
            trig = Trigger(forms, cat, None if mode == "-" else mode, phrase, pos, inflected)
            lst = lex.triggers.setdefault(forms[0], [])
            if not any(t.forms == forms and t.pos == pos for t in lst):
                lst.append(trig)
    cue_words = [w for ws in (*cues["status"].values(), *cues["stance"].values()) for w in ws]
    # Sorted, and a word that is itself a lemma maps to itself ("willing" is a cue, not a form
    # of "will"): iterating a set here made the mapping depend on the process's hash seed.
    lemmas = sorted({lemma.split()[0] for lemma in (*irregular, *(t.lemma for ts in lex.triggers.values() for t in ts if t.pos == "v"), *cues["reporting_verbs"], *cue_words)})
    lex.verb_forms.update((lemma, lemma) for lemma in lemmas)
    for lemma in lemmas:
        for form in verb_forms(lemma, irregular):
            lex.verb_forms.setdefault(form, lemma)
    lex.reporting_lemmas = frozenset(w for w in cues["reporting_verbs"] if " " not in w)
    lex.name_lens = _lens(lex.names)
    lex.demonym_lens = _lens(lex.demonyms)
    lex.title_lens = _lens(lex.titles)
    for pol, words in cues["stance"].items():
        for w in words:
            ws = tuple(w.split())
            lex.stance_cues.setdefault(ws[0], []).append((ws, pol))
    for phrase, kind in cues["conditions"]:
        ws = tuple(phrase.split())
        lex.condition_cues.setdefault(ws[0], []).append((ws, kind))
    for table in (lex.stance_cues, lex.condition_cues):
        for lst2 in table.values():
            lst2.sort(key=lambda x: -len(x[0]))
    for lst in lex.triggers.values():
        lst.sort(key=lambda t: -len(t.forms))  # longest phrase first; stable otherwise
    return lex
