"""Actor mentions: gazetteer names, titles with names, nominals, capitalised names, pronouns;
merged into entities (one actor per real-world entity)."""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Any

from annotate.preannotate.resources import LEGISLATURE_WORDS, Entry, Lexicon
from annotate.preannotate.text import Token, token_facts

_CONNECT = {"of", "the", "for", "and", "de", "al", "bin", "van", "von", "la", "le", "du", "da", "del", "der", "el", "ibn", "on"}
_NAME_PARTICLES = {"de", "al", "bin", "van", "von", "la", "le", "du", "da", "del", "der", "el", "ibn"}
_CONNECT_NOT_PARTICLE = frozenset(_CONNECT - _NAME_PARTICLES)  # "of", "the", "for", "and", "on"
_TITLE_ADJ = {"new", "former", "acting", "then", "deputy", "top", "senior", "veteran", "outgoing", "incoming", "interim", "current", "ex", "chief", "first", "late", "caretaker", "elected"}
# Capitalised words that start sentences or name times, not actors.
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "It", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "You",
    "His", "Her", "Their", "Our", "Its", "After", "Before", "When", "While", "Since", "Although", "However", "Meanwhile", "Earlier", "Later", "Last",
    "Next", "On", "For", "From", "With", "Without", "By", "To", "Of", "Under", "Over", "Despite", "According", "Asked", "Speaking", "There", "Here",
    "What", "Who", "Why", "How", "Where", "Both", "All", "Some", "Many", "Most", "No", "Not", "Yes", "Now", "Then", "Still", "Also", "So", "Such",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Details", "Read", "Photo", "Video", "Updated", "Mr", "Mrs", "Ms", "Dr", "Unless",
    "Only", "Any", "Each", "Every", "Two", "Three", "One", "Several", "Other", "Another", "Further", "Instead", "Even", "Once", "Until", "Because",
    "Otherwise", "Provided", "Given", "Following", "Amid", "Among", "During", "Against", "Officials", "Sources", "Analysts", "Observers", "Western",
    "Eastern", "Northern", "Southern", "Central", "Friday's", "Ed", "Trade", "Foreign", "Defense", "Defence", "Security", "Interior", "State",
}
# Words of _NOT_NAME that go on inside a name once it has started ("Ministry of Foreign
# Affairs", "Zimbabwe Congress of Trade Unions", "Council of State").
_NAME_OFFICE_WORDS = {"State", "Security", "Foreign", "Defense", "Defence", "Interior", "Trade"}
# First words of organisation names that go on with connectors ("Front for Change and
# Concord", "Movement for Democratic Change", "Sindicato dos Trabalhadores do Petróleo",
# "Organisation Nationale des Employés du Pétrole"), English and the Romance languages' words.
_ORG_FIRST = {"Front", "Movement", "Union", "Party", "Alliance", "Coalition", "League", "Congress", "Council", "Federation", "Confederation", "Association", "Organisation", "Organization", "Rally", "Forum", "Platform", "Committee", "Bloc",
              "Sindicato", "Syndicat", "Partido", "Parti", "Partito", "Frente", "Movimiento", "Movimento", "Mouvement", "Unión", "Unión", "União", "Confédération", "Confederación", "Confederação", "Federación", "Fédération", "Federação", "Organización", "Coordination", "Rassemblement", "Alianza", "Aliança", "Congrès", "Asociación", "Associação", "Central", "Centrale"}
# Connectors inside such names beyond _CONNECT ("dos", "des", "pour", "por").
_ORG_CONNECT = {"des", "dos", "das", "do", "di", "della", "dei", "delle", "pour", "por", "para", "y", "et", "e", "in"}
_OF_FOR = frozenset({"of", "for"})
_PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "himself", "herself"}
_GOV_WORDS = {"Ministry", "Government", "Cabinet", "Parliament", "Senate", "Congress", "Army", "Police", "Guard", "Forces", "Court", "Duma", "Rada", "Knesset", "Office", "Department", "Administration", "Presidency", "Council", "Assembly", "Commission", "Navy", "Tribunal"}
# "the bloc", "the junta", "the rebel group": a definite description of an entity named before.
_ANAPHORS: dict[tuple[str, ...], set[str]] = {
    ("bloc",): {"igo"}, ("alliance",): {"igo"}, ("union",): {"igo"}, ("organisation",): {"igo", "organization"}, ("organization",): {"igo", "organization"},
    ("body",): {"igo", "organization", "government"}, ("agency",): {"igo", "organization", "government"}, ("watchdog",): {"igo", "organization"},
    ("junta",): {"government"}, ("regime",): {"government"}, ("generals",): {"government"}, ("military", "rulers"): {"government"},
    ("army",): {"government"}, ("military",): {"government"}, ("navy",): {"government"}, ("air", "force"): {"government"}, ("executive",): {"government"}, ("administration",): {"government"}, ("authorities",): {"government"},
    ("rebels",): {"group"}, ("rebel", "group"): {"group"}, ("militants",): {"group"}, ("insurgents",): {"group"}, ("guerrillas",): {"group"},
    ("militia",): {"group"}, ("movement",): {"group", "organization"}, ("group",): {"group", "organization"}, ("armed", "group"): {"group"},
    ("rights", "group"): {"organization"}, ("charity",): {"organization"}, ("association",): {"organization"}, ("party",): {"organization", "group"},
    ("court",): {"organization", "government", "igo"}, ("tribunal",): {"organization", "government", "igo"}, ("ministry",): {"government"},
    # "the judges", "the bench": the court named before (else the judges of the story)
    ("judges",): {"organization", "government", "igo"}, ("bench",): {"organization", "government", "igo"},
    ("government",): {"government"}, ("cabinet",): {"government"}, ("council",): {"igo", "government", "organization"},
    ("company",): {"organization"}, ("firm",): {"organization"}, ("operator",): {"organization"}, ("country",): {"government"},
    # bodies named before by a name that says what they are ("the mission" after "the UN
    # Mission in South Sudan", "the chamber" after a parliament, "the crew" after the sailors)
    ("mission",): {"igo", "organization", "government"}, ("force",): {"igo", "organization"}, ("peacekeeping", "force"): {"igo", "organization"},
    ("chamber",): {"government"}, ("legislature",): {"government"}, ("assembly",): {"government"}, ("crew",): {"group"},
    # "the kingdom" after a state, "the utility" after a company, "the junior partner" after a
    # party in a coalition: kinds of body that name no body themselves
    ("kingdom",): {"government"}, ("utility",): {"organization"}, ("junior", "partner"): {"organization"}, ("senior", "partner"): {"organization"},
    # "the fund" after the International Monetary Fund; "the board" of a body named before (the
    # IMF's board approves its loans); "the island nation" after a state
    ("fund",): {"igo", "organization"}, ("board",): {"igo", "organization"}, ("island", "nation"): {"government"}, ("island", "state"): {"government"},
    # "the embassy" after "the Russian embassy": the state whose embassy was named
    ("embassy",): {"government"},
    # "the federation" after "the port employers' federation (CEPA)"; "the regulator" after a
    # regulatory body ("the media regulator, the Regulatory Authority for …")
    ("federation",): {"organization", "igo"}, ("confederation",): {"organization", "igo"}, ("regulator",): {"government", "organization"},
}
# lower-case words after a name that do not make it a modifier ("the Senate itself", "Congress alone")
_NOT_MODIFIED = {"itself", "alone", "now", "again", "late", "early", "earlier", "overnight", "too", "instead", "first", "later", "today", "yesterday", "tomorrow", "which", "who", "whose", "where", "when", "if", "unless", "because", "after", "before", "while", "until", "so", "not", "never", "only", "once", "either", "nor", "or", "as", "than", "then", "soon", "last", "this"}
# Regional and ethnic adjectives that say where an unnamed person is from ("a senior Arab diplomat")
_REGION_ADJ = {"Arab", "Western", "Gulf", "Kurdish", "Baltic", "Nordic", "Balkan", "Sahel", "Kurd", "Druze", "Tuareg"}
_VENUE_PREPS = {"at", "inside", "outside"}
# a body's own men after its possessive ("its fighters"), and things "police" modifies
_PERSONNEL = frozenset({"troops", "soldiers", "fighters", "officers", "militiamen", "gunmen", "forces"})
_POLICE_THINGS = frozenset({"station", "stations", "operation", "operations", "ban", "custody", "headquarters", "post", "posts", "cordon", "van", "vans", "car", "cars", "raid", "raids", "mission", "crackdown", "checkpoint", "checkpoints", "violence", "brutality", "cells", "cell", "report", "records"})
# things a body's name modifies without the body acting ("EU rules", "an IMF programme")
_THING_AFTER_NAME = frozenset({"rules", "rule", "rulebook", "law", "laws", "policy", "policies", "process", "programme", "programmes", "program", "programs", "dollar", "dollars", "member", "membership",
                               "accession", "association", "standards", "regulations", "treaty", "charter", "territory", "waters", "airspace", "currency", "market", "agencies", "framework", "funding", "budget"})
# plural nouns of people who speak for the government seated where they are ("officials in Tokyo")
_OFFICIALS_IN = frozenset({"officials", "leaders", "authorities"})
# words before a place reached, left or surrounded ("marched towards parliament", "walked out of
# the chamber", "officers around the parliament", "when it comes back from the Senate"): a
# building, not the body ("in"/"to" are left out: "an amendment in the Senate", "submitted it to
# parliament" are the body acting or addressed)
_MOTION_PLACE_PREPS = frozenset({"towards", "toward", "around", "outside", "inside", "near"})
_BACK_FROM = frozenset({"back", "came", "comes", "come", "returned", "returns", "return", "arrived", "arrives", "fled", "flee", "flees"})
_COMPASS_OF = frozenset({"out", "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"})
# a place noun a legislature's word modifies ("the parliament building")
# places a body's word modifies ("the government building", "the court building")
_BODY_PLACE_NOUNS = frozenset({"building", "buildings", "headquarters", "compound", "premises", "gates", "gate", "grounds", "offices", "steps"})
_LEGIS_PLACE_NOUNS = frozenset({"building", "buildings", "grounds", "complex", "gate", "gates", "square", "compound", "chamber"})


def _motion_place(toks: list, i: int) -> bool:
    """The name at i (after an optional "the") is a place reached, left or surrounded:
    "towards/around (the) X", "out of (the) X", "east of X", "back from (the) X"."""
    k = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
    if k <= 0:
        return False
    prev = toks[k - 1].lower
    if prev in _MOTION_PLACE_PREPS:
        return True
    return k > 1 and (prev == "of" and toks[k - 2].lower in _COMPASS_OF or prev == "from" and toks[k - 2].lower in _BACK_FROM)
_CREW_NOUNS = {"fishermen", "sailors", "seafarers", "crew", "crewmen", "seamen", "mariners"}
# Heads that may carry a few lower-case modifiers and still refer back ("the regional bloc",
# "the 12-member bloc", "the state-owned company", "the Gulf country").
_ANAPHOR_FIRST = frozenset(k[0] for k in _ANAPHORS)  # first words of the anaphors, a quick test
_MODIFIABLE_ANAPHORS = {"bloc", "alliance", "organisation", "organization", "body", "agency", "watchdog", "junta", "regime", "rebels", "militants", "insurgents", "militia", "movement", "group", "company", "firm", "operator", "country", "tribunal"}
# Office words that end a capitalised title before the holder's name ("Cabinet Secretary X").
_OFFICE_WORDS = {"secretary", "minister", "director", "commissioner", "governor", "mayor", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "ambassador", "envoy", "general", "prosecutor", "attorney-general", "prosecutor-general", "justice", "judge"}
_STREET_WORDS = {"Avenue", "Street", "Road", "Square", "Boulevard", "Bridge", "Highway", "Lane", "Park", "Stadium", "Airport"}
# "in central Nairobi", "in northern Mali": still a place
_AREA_WORDS = {"central", "northern", "southern", "eastern", "western", "downtown", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "rural", "coastal"}
_THE_AREA = frozenset({"the", *_AREA_WORDS})  # (made once, not per test)
# the level of a sub-national office ("the regional governor", "the provincial police chief")
_SUBNATIONAL = frozenset({"regional", "provincial", "district", "county", "municipal", "local", "state"})
_SUBNATIONAL_LEVELS = frozenset({"state", "provincial", "regional", "county", "municipal", "city", "district"})
_REGULATOR_WORDS = frozenset({"regulator", "regulatory", "regulators", "watchdog"})
# lower-case heads of a body described in words before its acronym in brackets
_ACRONYM_HEADS = frozenset({"federation", "confederation", "union", "association", "commission", "council", "committee", "agency", "authority", "movement", "party", "front", "alliance", "coalition", "network", "syndicate", "organisation", "organization", "institute", "office", "service"})
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "several", "dozen"}
_COUNTED_NOUNS = {"people", "companies", "firms", "aides", "journalists", "activists", "protesters", "demonstrators", "students", "traders", "strikers", "detainees", "prisoners", "colleagues", "men", "women", "migrants", "employees", "workers", "officials", "suspects", "members", "lawmakers", "farmers", "fishermen", "seekers", "hostages", "captives", "diplomats", "judges", "delegates", "envoys", "ministers", "officers", "policemen", "servicemen"}
_ORG_WORDS = {"Society", "Association", "Federation", "Foundation", "Institute", "Union", "Party", "Front", "Movement", "Chamber", "Bank", "Company", "Corporation", "League", "Network", "Coalition", "Alliance", "Centre", "Center", "Committee"}
# Head nouns of state institutions referred to by a definite description ("the electoral jury").
_INST_HEADS = {"party", "guard", "companies", "firms", "authority", "union", "office", "jury", "court", "tribunal", "ministry", "treasury", "parliament", "senate", "legislature", "cabinet", "commission", "council", "government", "presidency", "prosecutor's", "judiciary"}
_NOT_INST_MODIFIERS = {"same", "other", "new", "previous", "former", "whole", "local", "lower", "higher", "high", "top", "next", "following", "only"}
# Pronouns for organisations, governments and groups, and the speaker's "we" in quotes.
# Gender cues for he/she: honorifics and gendered nouns in a person's own mention ("Mrs
# Obi", "the spokeswoman", "her husband"), never given names (guidelines 0.1: what the text says)
_FEMALE_CUES = frozenset({"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess", "empress", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "stateswoman", "sister", "mother", "wife", "widow", "daughter", "grandmother", "aunt", "niece"})
_MALE_CUES = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "emperor", "spokesman", "chairman", "congressman", "businessman", "councilman", "statesman", "brother", "father", "husband", "son", "grandfather", "uncle", "nephew"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
# "the three parties": how many, and the kind of actor each plural noun counts
_GROUP_COUNTS = {"three": 3, "four": 4}
_GROUP_NOUNS_N = {"parties": "organization", "unions": "organization", "groups": "any", "sides": "any", "countries": "government", "governments": "government", "nations": "government", "states": "government", "leaders": "person", "men": "person", "women": "person", "candidates": "person", "ministers": "person", "presidents": "person"}
# words in -s after "said it" that are no present-tense verb ("said it deplores", "says it represents")
_NOT_VERB_S = {"unless", "as", "thus", "plus", "its", "this", "us", "was", "always", "perhaps", "towards", "afterwards", "sometimes", "besides", "whereas"}
# words after an object "it" (the lexicon's verb forms hold some of them as trigger parts)
# conjunctions and other words before a subject "it" (never a verb taking it as object)
_CLAUSE_WORDS = frozenset({"that", "if", "unless", "whether", "because", "as", "when", "while", "until", "before", "after", "since", "so", "and", "but", "or", "than", "where", "though", "although", "once", "what", "how", "why", "whom", "which", "who"})
_AFTER_OBJECT_IT = {"provided", "unless", "if", "until", "because", "off", "up", "down", "out", "back", "away", "through", "again"}
# lower-case words a matcher starts on beyond the starters: "this government", "one of them"
_THIS_ONE = frozenset({"this", "one"})
_PRONOUNS_IT = {"it", "its"}
# words that end a clause: a mention before one can be the antecedent of an object pronoun after it
_CLAUSE_BREAKS = {",", ";", ":", "and", "but", "that", "who", "which", "if", "when", "as", "because", "unless", "after", "before", "while", "until", "to", '"', "“", "”"}
_PRONOUNS_THEY = {"they", "their", "them"}


def _verb_set(lemmas: tuple[str, ...]) -> frozenset:
    """The regular forms of these verbs ("urge": urge, urges, urged, urging)."""
    out = set()
    for v in lemmas:
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + "s" if not v.endswith(("s", "sh", "ch")) else v + "es", stem + "ed" if not v.endswith("y") else v[:-1] + "ied", stem + "ing"}
    return frozenset(out)


# verbs whose object is an actor ("accusing it of", "to discredit it", "prevents it from", "called
# on both sides to involve it"): an object "it" after them stands for a body, not a thing
_ACTOR_OBJECT_VERBS = _verb_set(("accuse", "involve", "discredit", "prevent", "punish", "sanction", "consult", "urge", "ask", "pressure", "force", "allow", "help", "invite",
                                 "persuade", "warn", "expel", "compel", "encourage", "summon", "sue", "threaten", "isolate", "exempt", "recognise", "recognize", "reward")) | {"told", "tell", "tells", "telling", "oblige", "obliged", "obliges"}
PRONOUNS_WE = {"we", "our", "us"}
# A quoted first person singular is the speaker ("I will propose a meeting," Han said, "the
# hardest week of my career"); "my" before a noun of a relation ("my client", "my party", "my
# son") opens a mention of someone else, and is no mention of the speaker.
PRONOUNS_I = {"i", "me", "my"}
# an interviewer's "you" / "your government" (a question turn of a printed interview): the
# interviewee, or the side they speak for; resolved by the pipeline (interview_you), else dropped
_PRONOUNS_YOU = frozenset({"you", "your"})
_YOUR_SIDE = frozenset({"government", "country", "administration", "cabinet", "ministry", "party", "side", "coalition", "movement", "organisation", "organization", "union"})
_QUESTION_LABELS = frozenset({"Q", "Question"})
# words that open a plural noun phrase ("the blockades", "two border crossings", "more
# monitors", "on sanctions"): a plural noun after one is a thing or people of no mention
_PLURAL_NP_OPENERS = frozenset({"the", "these", "those", "our", "my", "your", "more", "additional", "other", "any", "all", "some", "many", "few", "new", "such", "extra", "further",
                                *_NUMBER_WORDS})
_TIME_NOUNS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "minutes", "nights", "times"})
_ANSWER_LABELS = frozenset({"A", "Answer"})
_MY_RELATIONS = frozenset({"client", "clients", "party", "government", "country", "people", "family", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
                           "children", "lawyer", "lawyers", "colleague", "colleagues", "friend", "friends", "office", "ministry", "union", "movement", "coalition", "team", "supporters", "members"})
# "it" refers to an actor when it is a subject: followed by a verb, modal or adverb, not by a
# copula ("it is unclear" is expletive).
_IT_NEXT = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "has", "had", "have", "did", "does", "also", "firmly", "strongly", "still", "had", "'ll", "’ll", "plans", "wants", "hopes"}
# Bare plural nouns naming a group actor ("farmers rallied", "police detained ...").
_BARE_GROUPS = {
    "protesters": "group", "protestors": "group", "demonstrators": "group", "rebels": "group", "militants": "group", "insurgents": "group",
    "separatists": "group", "fighters": "group", "gunmen": "group", "guerrillas": "group", "militias": "group", "activists": "group",
    "farmers": "group", "workers": "group", "students": "group", "refugees": "group", "settlers": "group", "villagers": "group",
    "supporters": "group", "civilians": "group", "police": "government", "troops": "government", "soldiers": "government",
    "lawmakers": "government", "legislators": "government", "deputies": "government", "policemen": "government", "opposition": "group",
    "fishermen": "group", "truckers": "group", "miners": "group", "nurses": "group", "doctors": "group", "teachers": "group",
    "organisers": "group", "organizers": "group", "smugglers": "group", "traffickers": "group", "donors": "group", "suspects": "group",
    "migrants": "group", "exporters": "group", "importers": "group", "creditors": "group",
    "pensioners": "group", "unions": "group", "employers": "organization", "monitors": "group", "councillors": "government", "councilors": "government", "ambassadors": "government",
    "governors": "government", "growers": "group", "agitators": "group", "guards": "government", "parties": "organization", "officers": "government", "prosecutors": "government", "traders": "group", "residents": "group", "vendors": "group",
    # people who act as a body in political news (strikes, land disputes, uprisings)
    "dissidents": "group", "smallholders": "group", "strikers": "group", "loyalists": "group", "hardliners": "group", "defectors": "group", "gangs": "group",
    "mutineers": "group", "jihadists": "group", "rioters": "group", "herders": "group", "peasants": "group",
    # a legislature's members, and people who act as a body in labour and land disputes
    "senators": "government", "dockers": "group", "dockworkers": "group", "longshoremen": "group", "ranchers": "group", "returnees": "group",
}
# Group nouns that are an actor only with a modifier saying whose ("government forces",
# "army units", "union leaders"); bare "forces" or "members" is too generic.
_MODIFIED_GROUPS = {"forces", "units", "leaders", "members", "commanders", "officials", "authorities", "labour", "labor", "groups", "prisoners"}
_STATE_MODIFIERS = {"government", "security", "army", "military", "junta", "border", "riot", "coast", "armed", "state", "police", "navy", "defence", "defense", "regional", "provincial", "federal", "local", "municipal"}
# Lower-case nouns that describe the kind of body named right after or before them ("state
# broadcaster RTS", "the independent union Birlik", "the APIKUR association").
_DESCRIPTOR_NOUNS = {"union", "broadcaster", "agency", "marketer", "operator", "association", "company", "firm", "party", "carrier", "airline", "newspaper", "daily", "channel", "television", "broadcaster", "regulator", "watchdog", "network", "outlet", "federation", "confederation", "lender", "producer", "insurer", "bank", "miner", "group", "movement", "coalition", "alliance", "bloc", "organisation", "organization", "charity", "platform", "syndicate"}
_MEDIA_DESCRIPTORS = {"broadcaster", "agency", "newspaper", "daily", "channel", "television", "outlet", "network"}
# Modifiers that make a labour-movement group an organisation ("labour leaders", "organised labour").
# a party's political position before its name ("the opposition X", "the ruling X party")
_POLITICAL_MODS = frozenset({"opposition", "ruling", "governing", "far-right", "far-left", "centre-right", "center-right", "centre-left", "center-left", "right-wing", "left-wing", "conservative", "nationalist", "socialist", "liberal", "populist", "pro-government", "pro-european", "anti-immigration", "hardline", "islamist", "leftist", "rightist", "green"})
_PARTY_NOUNS = frozenset({"party", "movement"})
_OCCASIONS = frozenset({"Christmas", "Easter", "Halloween", "Eid", "Diwali", "Thanksgiving", "Hanukkah", "Iftar", "Garden", "Birthday", "Launch", "Dinner", "Victory", "Election"})
_ORG_MODIFIERS = {"union", "party", "labour", "labor", "trade", "organised", "organized"}
_ANAPHOR_NOT_MOD = {"same", "other", "new", "whole", "only", "first", "last", "next", "following", "previous", "former", "two", "three", "largest", "biggest"}
_STATE_BODIES = {"Ministry", "Office", "Government", "Cabinet", "Presidency", "Embassy", "Commission", "Administration", "Chancellery", "Secretariat"}
_SUBJECT_AUX = {"were", "was", "are", "is", "have", "had", "has", "will", "would", "could", "also", "still", "then"}
# Titles too vague to stand for one office holder without a name ("the head", "the deputy").
_VAGUE_TITLES = {"official", "aide", "deputy", "head", "chief", "leader", "general", "major", "justice", "chair", "director", "mr.", "mrs.", "ms.", "dr.", "adviser", "advisor", "commander", "colonel", "lieutenant", "admiral", "sen.", "rep.", "gen.", "col.", "prince", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson"}
# Last words of organisation names beyond the shared lexicon's suffixes ("the National Unity
# Platform", "the Civic Forum"): without them the name reads as a person's.
_EXTRA_ORG_SUFFIXES = {"Platform", "Forum", "Initiative", "Caucus", "Confederation", "Syndicate", "Collective", "Bloc", "Council", "Coordinator", "Commission",
                       # a name ending in a body noun is a body, never a person ("Special Deterrence
                       # Force", "Citizen Revolution", "Revolutionary Guard Corps")
                       "Force", "Revolution", "Corps", "Command", "Brigade", "Battalion", "Regiment"}
# last words of the name of a document, a law or a programme: no actor ("Montreux Convention",
# "Paris Agreement"), whatever words come before
# last words of the names of installations and schemes, not bodies ("Uranium Conversion Facilities")
_SCHEME_NOUNS = frozenset({"programme", "programmes", "program", "programs", "project", "projects", "scheme", "schemes", "initiative", "fund"})
_THING_NAME_LAST = frozenset({"Facility", "Facilities", "Plant", "Plants", "Project", "Zone", "Zones", "Reactor", "Mine", "Pipeline", "Terminal", "Scheme"})  # ("World Food Programme", "Monetary Fund" are bodies)
_DOCUMENT_LAST = frozenset({"Convention", "Conventions", "Treaty", "Accord", "Accords", "Agreement", "Protocol", "Charter", "Declaration", "Act", "Doctrine"})
# Anaphor heads that stand for a body of their own when nothing fitting was named before and
# they are the subject of a verb ("the 12-member bloc said it …", "the union rejected …").
_SUBJECT_ANAPHORS = {"bloc", "alliance", "union", "group", "movement", "party", "agency", "organisation", "organization", "association", "watchdog", "militia", "junta", "regime", "rebels", "militants", "insurgents", "body", "charity"}
# Words that may follow an actor "parliament" (a noun after it makes it a modifier instead).
# modals and adverbs between a bare legislature and its verb ("unless parliament first passed")
_MODAL_AUX = frozenset({"can", "cannot", "may", "might", "must", "should", "shall", "first", "now", "already", "never", "finally", "about"})
_AFTER_BARE_PARLIAMENT = {"and", "but", "or", "that", "this", "last", "next", "the", "a", "an", "it", "its", "his", "her", "their", "he", "she", "they", "we", "there"}
# "said it was unclear": an expletive "it" before these, not the speaker
_EXPLETIVE_AFTER = {"unclear", "clear", "likely", "unlikely", "possible", "impossible", "important", "necessary", "time", "too", "difficult", "hard", "essential", "crucial", "vital", "premature", "early", "right", "wrong", "normal", "natural", "obvious", "true", "false", "easy", "understandable", "worth", "up"}
# States whose national legislature is called a Congress ("Congress" alone is the US only
# when the story is not about one of these).
# States whose upper house is called the Senate (Wikipedia, "List of legislatures by country";
# see SOURCES.md): a bare "the Senate" in a story about one of them is that state's
_SENATE_STATES = frozenset({"USA", "PHL", "AUS", "CAN", "ITA", "FRA", "POL", "CZE", "ROU", "NGA", "KEN", "MEX", "BRA", "ARG", "CHL", "COL", "BOL", "PRY", "URY", "DOM", "HTI", "JAM", "TTO", "BHS", "BLZ", "BRB", "ATG", "LCA", "GRD", "ZWE", "LBR", "CMR", "GAB", "COG", "COD", "MDG", "BDI", "RWA", "CIV", "TCD", "JOR", "PAK", "KAZ", "THA", "KHM", "IRL", "BEL", "NLD", "ESP", "SWZ", "LSO", "GNQ", "TGO", "CAF", "PLW", "PER"})
# bodies a bare "the government" names: the story's own state's (not "the regime", "the junta")
_HOME_BODIES = frozenset({"government", "cabinet", "authorities", "administration"})
_CONGRESS_STATES = {"USA", "PER", "COL", "MEX", "GTM", "CHL", "ARG", "BRA", "PHL", "ESP", "HND", "PRY", "DOM", "FSM"}
_BARE_LEGISLATURES = {"Congress": _CONGRESS_STATES, "Senate": _SENATE_STATES}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# Unnamed people who act, speak or are acted on: "a senior official", "a 60-year-old farmer".
# Nouns that name a source on their own ("an official said") need no modifier; the others do
# ("a farmer" alone is rarely a story's actor, "a local farmer was killed" is).
_UNNAMED_BARE = {"official", "diplomat", "witness", "negotiator"}
_UNNAMED_NOUNS = _UNNAMED_BARE | {
    "source", "farmer", "resident", "lawmaker", "legislator", "commander", "officer", "soldier", "policeman", "protester", "student",
    "journalist", "activist", "lawyer", "aide", "adviser", "advisor", "prosecutor", "judge", "envoy", "worker", "doctor", "teacher", "driver", "trader", "villager", "man", "woman", "boy", "girl",
    # people detained, expelled or hurt abroad are often named by their job
    "employee", "businessman", "businesswoman", "engineer", "nurse", "pilot", "fisherman", "citizen",
}
# Plural heads of a definite description that refers back to people named or counted before
# ("the detained men", "the prisoners", "the crowd").
_BACKREF_HEADS = {"men", "women", "detainees", "prisoners", "captives", "hostages", "judges", "crowd", "groups", "justices", "magistrates", "journalists", "activists"}
# heads that refer back only to a group counted with the same noun ("three journalists … the
# journalists"); "the judges"/"the justices" with none such are the court named before
_SAME_HEAD_ONLY = {"judges", "justices", "magistrates", "journalists", "activists"}
_UNNAMED_GROUPS = {"court", "tribunal", "group", "coalition", "militia", "alliance", "charity", "organisation", "organization", "movement", "faction"}
# "those detained", "those killed": the people an act was done to
# participles that with "the" name a group of people ("the displaced", "the detained")
_THE_PARTICIPLE_GROUPS = frozenset({"displaced", "detained", "arrested", "jailed", "abducted", "kidnapped", "evacuated", "injured", "wounded", "unemployed", "disappeared"})
# words that may follow such a participle used as a noun (any other word makes it a modifier)
_AFTER_PARTICIPLE_GROUP = frozenset({"and", "or", "who", "were", "are", "have", "had", "will", "would", "could", "can", "to", "in", "at", "from", "of", "back", "home", "into", "on", "with", "by", "included", "include", "said"})
_THOSE_PARTICIPLES = {"detained", "arrested", "killed", "injured", "wounded", "jailed", "held", "abducted", "kidnapped", "displaced", "evacuated", "convicted", "charged", "accused", "responsible", "involved", "affected"}
# Lower-case, non-starter tokens that may open a mention ("a senior official", "those held",
# "both sides", "three companies"; digits are checked apart).
_LOWER_HOOKS = frozenset({"a", "an", "those", "anyone", "both", "two", "all", "either", "each", "neither", *_NUMBER_WORDS})
# "either side", "neither government": one of a pair, singular
# verbs and auxiliaries after which a lone "both" is their subject ("both had signed")
_BOTH_VERBS = frozenset({"have", "had", "has", "are", "were", "will", "would", "could", "can", "may", "might", "must", "should", "said", "say", "agreed", "agree", "want", "wanted", "need", "needed", "depend", "hail", "hailed", "deny", "denied", "insist", "insisted", "reject", "rejected", "called", "urged", "welcomed", "signed", "remain", "remained", "face", "claim", "claimed", "see", "saw"})
_PAIR_SINGULAR = {"side", "party", "country", "government", "capital", "camp"}
# "Neither has agreed": a bare "neither" as the subject of a verb
_NEITHER_VERBS = {"has", "have", "is", "was", "will", "would", "could", "can", "did", "does", "wants", "appeared", "seems", "responded", "commented", "replied"}
# head nouns a name may leave outside its mention ("the Houthi movement and the government")
_COORD_HEADS = {"movement", "government", "rebels", "forces", "army", "military", "authorities", "administration", "delegation", "militia", "side", "party", "group", "alliance", "bloc"}
# Verbs of movement: "travelled to X", "fled to X" make X a destination, not an actor.
_MOTION = {
    f"{v}{x}" for v in ("travel", "return", "head", "move", "arrive", "relocate", "deport", "extradite", "export", "ship", "emigrate", "journey", "trip", "route", "flight", "access", "retreat", "withdraw") for x in ("", "s", "ed", "led", "ped", "ing", "ling", "ping")
} | {"fly", "flew", "flown", "flies", "flying", "flee", "fled", "flees", "fleeing", "go", "went", "gone", "goes", "going", "come", "came", "comes", "coming", "road", "entry", "sent", "send", "sends", "moved", "arrived", "arriving", "arrives", "way"}
# "toured Dakar and Abidjan": the places of a tour, not its hosts
_TOURED = frozenset({"toured", "touring", "tours", "tour"})
# verbs of a ministry as a portfolio ("hand the ministry to", "offered X the trade ministry")
_PORTFOLIO_VERBS = frozenset({"hand", "hands", "handed", "handing", "offer", "offers", "offered", "offering", "give", "gives", "gave", "given", "keep", "keeps", "kept", "hold", "holds", "held",
                              "take", "takes", "took", "taken", "lose", "loses", "lost", "want", "wants", "wanted", "get", "gets", "got", "receive", "received", "retain", "retained", "head", "heads", "headed", "run", "runs", "ran", "allocate", "allocated", "assign", "assigned"})
# "visited Malé", "hoped to visit Beijing", "a visit to Dushanbe": the city of a visit (a
# country visited is the host of the visit, an actor: PLOVER CONSULT's target)
_VISIT = frozenset({"visit", "visits", "visited", "visiting"})
# "Peru's presidential election", "Kenya's capital": a place's attribute, the place does nothing
_PLACE_ATTRIBUTES = {"presidential", "parliamentary", "general", "municipal", "regional", "local", "election", "elections", "vote", "economy", "economic", "capital", "largest", "biggest", "second-largest", "border", "borders", "coast", "population", "history", "north", "south", "east", "west", "territory", "soil", "streets", "cities", "city", "towns", "villages", "airspace", "waters", "climate", "weather", "currency", "constitution", "debt", "budget", "inflation"}
# a body after a place's attribute word: "X's economy ministry", "X's election commission",
# "X's border police" are the state's bodies (the state acting), not its economy or border
_ATTRIBUTE_BODIES = frozenset({"ministry", "ministries", "office", "commission", "police", "guard", "guards", "agency", "authority", "authorities", "department", "council", "committee", "officials", "minister", "service", "regulator", "watchdog", "tribunal", "court", "forces"})
_PREP_WORDS = {"against", "to", "for", "from", "in", "on", "at", "into", "across", "along", "with", "near", "by", "over", "under", "as"}
_GROUP_MODIFIERS = {"coast", "national", "aid", "humanitarian", "health", "medical", "rescue", "relief", "opposition", "government", "riot", "border", "security", "union", "rebel", "militia", "party", "army", "military", "junta", "armed", "state", "police", "navy", "defence", "defense", "protest", "community", "student", "tribal", "business", "industry", "church", "opposition-led",
                    "regional", "provincial", "federal", "local", "municipal", "western", "labour", "labor", "trade", "organised", "organized", "refugee",
                    # "criminal groups", "rights groups", "political prisoners"
                    "criminal", "rights", "human-rights", "environmental", "advocacy", "militant", "jihadist", "political", "independent", "exile", "exiled"}
_NAMED_HEADS = {"court", "tribunal", "council", "commission", "assembly", "ministry", "parliament"}
# Unknown capitalised names that are places by their head or first word ("the Moei River",
# "North Kivu", "Mount X"), or by the noun they are "of" ("the town of X").
_GEO_LAST = {"River", "Sea", "Ocean", "Lake", "Mountains", "Mountain", "Hills", "Valley", "Island", "Islands", "Shoal", "Reef", "Strait", "Gulf", "Bay", "Peninsula", "Desert", "Province", "Region", "District", "County", "Crossing", "Corridor", "Canal", "Harbour", "Harbor", "Dam", "Plain", "Plateau", "Basin", "Coast", "Heights", "Pass", "Delta", "Oblast", "Governorate", "Prefecture", "Municipality", "Village", "Town", "Creek", "Falls"}
_GEO_FIRST = {"North", "South", "East", "West", "Mount", "Lake", "Port", "Fort", "Cape", "Upper", "Lower", "Gulf"}
_PLACE_NOUNS = {"town", "city", "village", "port", "region", "province", "district", "capital", "island", "area", "state", "county", "municipality", "enclave", "settlement", "camp", "suburb", "neighbourhood", "neighborhood", "outskirts", "border", "crossing"}
_ARMED_GROUP_WORDS = {"Liberation", "Revolutionary", "Resistance", "Insurgent", "Rebel", "Rebels", "Mujahideen", "Jihad", "Brigades", "Militia", "Militias", "Tigers", "Guerrilla", "Guerrillas"}
# Lower-case nouns a capitalised place name modifies ("the Mae Sot crossing", "the Tengiz field").
_PLACE_MODIFIED = {"crossing", "field", "oilfield", "mine", "plant", "refinery", "port", "airport", "dam", "pipeline", "border", "province", "region", "district", "valley", "river", "camp", "checkpoint", "corridor", "highway", "base"}
_PAIR_MODIFIERS = {"largest", "biggest", "main", "leading", "major", "rival", "warring", "armed", "presidential", "ruling", "neighbouring", "neighboring", "feuding", "top"}
_PAIR_NOUNS = {"men", "women", "capitals", "campaigns", "delegations", "groups", "factions", "camps", "sides", "parties", "countries", "nations", "governments", "candidates", "leaders", "presidents", "ministers", "neighbours", "neighbors", "rivals",
               "teams", "federations", "unions", "institutions", "allies", "partners", "blocs", "chambers", "organisations", "organizations", "movements", "armies", "militaries", "negotiators", "forces", "militias"}
# plural nouns that with a bare "the" point back to the two parties named together ("the
# delegations", "The neighbours"): what else could a story's "the delegations" be
_THE_PAIR_NOUNS = frozenset({"delegations", "neighbours", "neighbors", "rivals", "negotiators"})
# "the warring parties", "the rival factions": the two sides of a conflict named before
_THE_PAIR_MODIFIERS = frozenset({"warring", "rival", "feuding"})
_THE_PAIR_SIDES = frozenset({"parties", "sides", "factions", "camps"})
# plural role nouns that with a bare "the" point back to two actors only when the story has
# named that pair ("X and her counterpart Y … the ministers are due to meet"; "the two
# countries … if the teams agree"); never the last two names in passing (a cabinet's
# "the ministers", "the leaders in X" are others)
_THE_PAIR_STRICT = frozenset({"ministers", "leaders", "presidents", "premiers", "governments", "teams"})
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam"}
# "the chamber", "this house", "the 275-member house", "both houses": the legislature of the story
_HOUSE_HEADS = frozenset({"house", "chamber", "assembly"})
_HOUSE_MODS = frozenset({"full", "whole", "entire", "lower", "upper"})
# unnamed sources of a report ("Western diplomats said", "according to diplomats in the room",
# "Witnesses said"): they say something, so they are actors (section 1). "sources" is left out:
# "security sources said" is an attribution formula far more often than an actor (gsr-dev never
# marks it, our gold marks it 2 times of 3)
_SOURCE_NOUNS = frozenset({"diplomats", "witnesses"})
_SOURCE_MODS = frozenset({"senior", "security", "diplomatic", "coalition", "government", "military", "police", "intelligence", "industry", "western", "european", "foreign", "local",
                          "other", "several", "some", "many", "regional", "arab", "african", "asian", "gulf", "nordic", "un", "u.n.", "eu", "nato", "opposition", "party", "two", "three", "four", "five"})
_LEGIS_CONTEXT = LEGISLATURE_WORDS | {"lawmakers", "legislators", "deputies", "mps", "senators", "parliamentary", "parliamentarians", "speaker"}
_LEADER_TITLES = {"leader", "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "head of state"}
_ONLY_PRONOUN = (_PRONOUNS_PERSON | _PRONOUNS_IT | _PRONOUNS_THEY | PRONOUNS_WE | PRONOUNS_I | _PRONOUNS_YOU | set(_BARE_GROUPS) | {"itself"}) - {"her", "his", "opposition"}
# last words of an organisation's own name ("… Democratic Party", "… Liberation Movement")
# capitalised generic words of a body that open a person's title when no name precedes them
_GENERIC_BODY_CAPS = frozenset({"Union", "Party", "Movement", "Ministry", "Government", "Commission", "Department", "Council", "League", "Front", "Alliance", "Coalition", "Federation", "Committee", "Court", "Embassy", "Agency"})
_NAMED_ORG_LAST = {"Party", "Movement", "Union", "Front", "Alliance", "League", "Coalition"}
_MILITARY_NOUNS = {"forces", "troops", "soldiers", "army", "military", "navy", "warplanes", "jets", "security forces", "border guards", "police", "officers"}


@dataclass
class Mention:
    start: int
    end: int
    sent: int
    key: tuple
    name: str
    kind: str
    country: str | None
    role: str | None
    confidence: float
    pronoun: bool = False
    name_tokens: tuple[str, ...] = ()
    head: int = -1  # where the name starts inside an appositive mention ("Its leader, X")
    # the output span of an apposition ("Its leader, X", "X, a spokesman for Y"): one mention
    # (settled case); the working span stays on the name, which speech and stances read by
    # its comma
    out_start: int = -1
    out_end: int = -1


@dataclass
class Entity:
    key: tuple
    name: str
    kind: str
    country: str | None
    role: str | None
    mentions: list[Mention] = field(default_factory=list)
    name_tokens: tuple[str, ...] = ()


def _plural(m: Mention) -> bool:
    # "the army" / "the military" are one actor ("its troops"); "soldiers", "police" are many
    return m.key[0] in {"grp", "mil", "body"} and (m.name.endswith("s") or m.name.split()[-1:] == ["police"]) or (m.kind in {"group", "government"} and m.end - m.start > 1 and m.name[-1:] == "s" and m.name[:1].islower())


def _singular_actor(m: Mention) -> bool:
    return m.kind in {"government", "igo", "organization", "group"} and m.key[0] != "we" and not _plural(m)


def _plural_actor(m: Mention) -> bool:
    return m.key[0] in {"grp", "mil", "body"} and (m.name.endswith("s") or m.name.split()[-1:] == ["police"]) or (m.kind == "group" and m.name.endswith("s"))


# Appositive descriptions of a person: determiners that open them, nouns that head them beyond
# the title list, and prepositions of a tail naming the office's place ("ambassador to the U.N.")
_APPOS_DETS = {"a", "an", "the", "its", "his", "her", "their", "our", "my"}
_APPOS_HEADS = {"candidate", "challenger", "rival", "lawyer", "secretary", "representative", "counterpart", "successor", "predecessor", "ally", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair", "head", "chief", "founder", "deputy", "nominee", "executive", "director", "coordinator", "negotiator", "envoy", "lawmaker", "legislator", "official", "commander", "president", "minister"}
# Heads of a description set after a body's name ("Chega, the third-largest party,")
_APPOS_BODY_HEADS = _DESCRIPTOR_NOUNS | {"partner", "ally", "member", "faction", "body", "institution", "chamber", "legislature", "parliament", "government", "militia", "affiliate", "subsidiary", "unit", "force", "wing"}
_POSSESSIVE_DETS = frozenset({"its", "his", "her", "their"})
_POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_APPOS_TAIL_PREPS = {"to", "in", "for", "at", "of"}

_PARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "bin-", "abu-", "ibn-")
# tokens some matcher of sentence() needs (its gate): articles of a spokesperson, every pronoun
_SPOKES_DETS = frozenset({"a", "an", "the"})
_ALL_PRONOUNS = frozenset(_PRONOUNS_PERSON | _PRONOUNS_IT | _PRONOUNS_THEY | PRONOUNS_WE | PRONOUNS_I | {"itself"})


# all-caps words that name things, not bodies ("the GDP", "the LNG terminal", "the NPT")
_NON_ACTOR_ACRONYMS = frozenset({"GDP", "GNP", "VAT", "LNG", "LPG", "EEZ", "DMZ", "NPT", "JCPOA", "CEO", "CFO", "MP", "MPS", "PM", "AM", "TV", "ID", "GMT", "UTC", "COVID", "HIV", "AIDS", "SARS", "OK", "USD", "EUR", "IPO", "AI", "GPS", "UAV", "SUV", "PDF", "URL", "FAQ", "DNA", "AK", "RPG", "IED", "IEDS", "ICBM", "SAM", "MW", "GW", "KM", "BPD", "LOC", "LAC", "BRI", "COP", "FTA", "MOU", "SDR", "CPI", "PMI"})
# a body's word after its acronym ("the SACU secretariat")
_ACRONYM_BODY_WORDS = frozenset({"secretariat", "leadership", "command", "council", "commission", "government", "administration", "movement", "militia", "party"})


def _acronym_like(w: str) -> bool:
    """An organisation's acronym: "PSL", "UNSMIL", "FACT", "M23" (not "I", "US" alone)."""
    return 2 <= len(w) <= 8 and w[:1].isupper() and w.isupper() and w.replace("-", "").isalnum()


# "Saudi-led", "UN-backed", "Russian-brokered": a capitalised stem made an adjective, no name word
_LED_SUFFIXES = ("-led", "-backed", "-brokered", "-sponsored", "-funded", "-allied", "-aligned")


def _is_cap(t: Token) -> bool:
    s = t.text
    c = s[:1]
    if c.isupper():  # the common case first (called for most capitalised tokens)
        if "-" in s and s.endswith(_LED_SUFFIXES):
            return False  # "the United Nations-led talks": "United Nations" is no actor here
        return s[1:2].islower() or s.isupper() or len(s) == 1 or "." in s or "-" in s
    if c.islower() and s.startswith(_PARTICLE_PREFIXES):
        # "al-Mahdi", "el-Sisi": an Arabic name with its article
        rest = s.split("-", 1)[1]
        return rest[:1].isupper()
    return False


@dataclass(frozen=True)
class _Tables:
    """Look-up sets derived from the lexicon, built once per process (not per document)."""

    gov_nouns: frozenset
    grp_nouns: frozenset
    head_nouns: frozenset
    locative: frozenset
    org_suffixes: frozenset
    media_suffixes: frozenset
    starters: frozenset
    org_words: frozenset  # last words of an organisation's own name (the lexicon's and ours)
    legislatures: frozenset  # legislatures by their own name ("Saeima")
    hook_words: frozenset  # starters and the lower-case hooks: tokens sentence() looks at
    head_first: frozenset  # first words of head_nouns: _try_head_of finds nothing elsewhere
    noun_first: frozenset  # first words of gov_nouns and grp_nouns (_phrase_at finds none elsewhere)


_TABLES: dict[int, _Tables] = {}


def _tables(lex: Lexicon) -> _Tables:
    t = _TABLES.get(id(lex))
    if t is None:
        group = lex.cues["group_nouns"]
        head_nouns = frozenset(tuple(h.split()) for h in lex.cues["head_of_nouns"])
        # Lower-case first tokens any matcher can start on; every other token that is not
        # capitalised starts no mention, so sentence() skips it without trying the matchers.
        starters = {"the", "parliament", "itself", "member", *_SOURCE_NOUNS, *_PRONOUNS_PERSON, *_PRONOUNS_IT, *_PRONOUNS_THEY, *PRONOUNS_WE, *PRONOUNS_I, *_PRONOUNS_YOU, *_BARE_GROUPS, *_MODIFIED_GROUPS, *_TITLE_ADJ, *lex.title_lens, *(h[0] for h in head_nouns)}
        starters |= {k for k in (*lex.name_lens, *lex.demonym_lens) if not k[:1].isupper()}
        gov = frozenset(tuple(g.split()) for g in group["government"])
        grp = frozenset(tuple(g.lower().split()) for g in group["group"])
        t = _Tables(
            gov,
            grp,
            head_nouns,
            frozenset(lex.cues["locative_preps"]),
            frozenset(lex.cues["org_suffixes"]),
            frozenset(lex.cues["media_suffixes"]),
            frozenset(starters),
            frozenset(lex.cues["org_suffixes"]) | _EXTRA_ORG_SUFFIXES | _NAMED_ORG_LAST,
            frozenset(e.name for e in lex.names.values() if e.legislature),
            frozenset(starters) | _LOWER_HOOKS | _THIS_ONE,
            frozenset(h[0] for h in head_nouns),
            frozenset(g[0] for g in (*gov, *grp) if g),
        )
        _TABLES[id(lex)] = t
    return t


_UNSET = object()  # a look-up not made yet


def _token_at(starts: list[int], off: int) -> int | None:
    """The index of the token starting at offset off (starts: the sentence's token starts)."""
    k = bisect_left(starts, off)
    return k if k < len(starts) and starts[k] == off else None


def _token_ending(toks: list[Token], starts: list[int], off: int) -> int | None:
    """The index of the token ending at offset off: the last one starting before it (tokens
    are never empty and never overlap)."""
    k = bisect_left(starts, off) - 1
    return k if k >= 0 and toks[k].end == off else None


_tok_start = itemgetter(0)  # a Token's start


def _first(x: tuple) -> Any:
    return x[0]


def _sent_of(m: Mention) -> int:
    return m.sent


class ActorFinder:
    """Finds mentions sentence by sentence and keeps the entity table for merging."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.entities: dict[tuple, Entity] = {}
        # person entities under each word of their names, with the order they were made in
        # (the order of self.entities): the matchers that look for a person by a name word
        # read these few instead of every entity
        self._person_words: dict[str, list[tuple[int, Entity]]] = {}
        self._person_order: dict[tuple, int] = {}  # person entity key -> when it was made
        self.mentions: list[Mention] = []
        self.locations: list[tuple[int, int, Entry]] = []  # place names used as locations
        self._state_bodies: dict[str, tuple[tuple, int]] = {}  # "ministry" -> (state key, sentence)
        self._by_sent: dict[int, list[Mention]] = {}
        self._first_tok: dict[int, str] = {}
        self._sent_toks: dict[int, list[Token]] = {}
        self._legis_sents: set[int] = set()  # sentences that speak of a legislature (its name, "lawmakers")
        # in a question turn of a printed interview ("Q: …", "TOKA: …"): set by sentence() from
        # each sentence's opening label, kept over the turn's later sentences
        self._q_turn = False
        self.you_sents: list[int] = []  # sentences with an interviewer's "you" (for interview_you)
        self._last_title = -1  # set per sentence by sentence()
        self._title_starts: list[int] = []  # ditto
        # _name_at / _demonym_at answers at each token of the current sentence (_UNSET: not asked)
        self._memo_toks: list[Token] | None = None
        self._names_at: list[Any] = []
        self._demonyms_at: list[Any] = []
        # mentions folded into an appositive person mention, by (sentence, start)
        self._nested: dict[tuple[int, int], Mention] = {}
        # person key -> "m"/"f", from cues in its mentions or a he/she bound in its own sentence
        self._gender: dict[tuple, str] = {}
        self._no_cue: set[tuple[int, int]] = set()  # person mentions with no gender cue (sentence, start)
        self._span_words: dict[tuple[int, int], frozenset] = {}  # lower-case words of a mention's span
        # acronyms given in brackets after a body's name ("the Polish People's Party (PSL)"):
        # later bare uses are mentions of that body
        self._acronyms: dict[str, Mention] = {}
        # legislatures by their own name ("Saeima"): what "the chamber" can refer back to
        t = _tables(lex)
        self._legislatures = t.legislatures
        self.gov_nouns, self.grp_nouns, self.head_nouns = t.gov_nouns, t.grp_nouns, t.head_nouns
        self.locative, self.org_suffixes, self.media_suffixes = t.locative, t.org_suffixes, t.media_suffixes
        self.starters, self.reporting = t.starters, lex.reporting_lemmas
        self.org_words = t.org_words
        self._hook_words, self._head_first = t.hook_words, t.head_first
        self._noun_first = t.noun_first

    # -- matching helpers -------------------------------------------------------------
    def _name_at(self, toks: list[Token], i: int) -> tuple[int, Entry] | None:
        # _try_titled, _try_demonym_group and _try_name ask at the same token in turn: each
        # answer in the current sentence is kept (a negative index scans as before; one past
        # the end raises as the scan would)
        if toks is self._memo_toks and i >= 0:
            r = self._names_at[i]
            if r is _UNSET:
                r = self._names_at[i] = self._scan_name(toks, i)
            return r
        return self._scan_name(toks, i)

    def _demonym_at(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        if toks is self._memo_toks and i >= 0:  # (kept as _name_at's)
            r = self._demonyms_at[i]
            if r is _UNSET:
                r = self._demonyms_at[i] = self._scan_demonym(toks, i)
            return r
        return self._scan_demonym(toks, i)

    def _scan_name(self, toks: list[Token], i: int) -> tuple[int, Entry] | None:
        lens = self.lex.name_lens.get(toks[i].text)
        if lens is None:
            return None
        for n in lens:
            if i + n > len(toks):
                continue
            key = (toks[i].text,) if n == 1 else tuple([t.text for t in toks[i : i + n]])
            e = self.lex.names.get(key)
            if e is not None:
                # A name glued to a following capitalised word is part of a longer unknown name
                # ("Washington Post" is listed; "Georgia Tech" is not a country).
                return i + n, e
        return None

    def _scan_demonym(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        for n in self.lex.demonym_lens.get(toks[i].text, ()):
            if i + n <= len(toks):
                iso = self.lex.demonyms.get(tuple(t.text for t in toks[i : i + n]))
                if iso:
                    # "Vietnamese-led", "U.S.-backed"
                    return i + n, iso
        t = toks[i].text
        if "-" in t:
            head = t.split("-", 1)[0]
            iso = self.lex.demonyms.get((head,)) or (self.lex.names.get((head,)).country if self.lex.names.get((head,)) else None)
            if iso:
                return i + 1, iso
        return None

    def _title_at(self, toks: list[Token], i: int) -> int | None:
        for n in self.lex.title_lens.get(toks[i].lower, ()):
            if i + n <= len(toks) and tuple(t.lower for t in toks[i : i + n]) in self.lex.titles:
                return i + n
        return None

    def _phrase_at(self, toks: list[Token], i: int, table: set[tuple[str, ...]]) -> int | None:
        # two-word phrase first, then one word (called ~300 times per article: no slices)
        if i < 0 or i >= len(toks):
            return None
        w = toks[i].lower
        if i + 1 < len(toks) and (w, toks[i + 1].lower) in table:
            return i + 2
        return i + 1 if (w,) in table else None

    def _person_name(self, toks: list[Token], i: int) -> int:
        """End of a capitalised personal name starting at i (i itself if none)."""
        j = i
        while j < len(toks):
            t = toks[j]
            if _is_cap(t) and t.text not in _NOT_NAME and self._name_at(toks, j) is None and not (t.text.isupper() and len(t.text) > 1 and j == i and j + 1 < len(toks) and not _is_cap(toks[j + 1])):
                j += 1
            elif t.lower in _NAME_PARTICLES and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1]):
                j += 1
            elif t.text == "." and j > i and len(toks[j - 1].text) == 1:
                j += 1  # middle initial
            else:
                break
            if j - i >= 4:
                break
        return j

    # -- per sentence ------------------------------------------------------------------
    def sentence(self, toks: list[Token], s: int) -> None:
        if toks:
            self._first_tok[s] = toks[0].text
        self._sent_toks[s] = toks
        if len(toks) > 1 and (toks[1].text == ":" or toks[1].text == "." and toks[0].text in _QUESTION_LABELS):
            # a turn's label opens the sentence: a question ("Q:"), an answer ("A:"), or a
            # speaker's name in capitals (question or answer: the pipeline tells which)
            f = toks[0].text
            self._q_turn = f in _QUESTION_LABELS or f not in _ANSWER_LABELS and len(f) > 1 and f.isupper() and f.isalpha()
        elif toks and toks[0].text in {'"', "“"}:
            self._q_turn = False  # a quoted answer
        # the sentence's token texts and lower forms, read once (set tests below run in C)
        texts = [t.text for t in toks]
        lowers = token_facts(toks)[0]  # (listed once for every layer that reads them)
        n = len(toks)
        if not _LEGIS_CONTEXT.isdisjoint(lowers):
            self._legis_sents.add(s)
        # the tokens that can start a title, in order: _try_titled finds nothing after the
        # last one, nor where the next one is too far ahead
        title_lens = self.lex.title_lens
        self._title_starts = tpos = [k for k, w in enumerate(lowers) if w in title_lens]
        self._last_title = tpos[-1] if tpos else -1
        self._names_at, self._demonyms_at, self._memo_toks = [_UNSET] * n, [_UNSET] * n, toks
        starters = self.starters
        hook_words = self._hook_words
        name_lens, demonym_lens = self.lex.name_lens, self.lex.demonym_lens
        # the tokens a matcher can start on (most tokens are none: no matcher is tried there)
        hooks = [k for k, w in enumerate(lowers) if w in hook_words or (c := texts[k][0]).isupper() or c.isdigit()]  # (tokens are never empty)
        has_poss = not _POSSESSIVE_MARKS.isdisjoint(texts)
        i = 0
        if n > 2 and texts[1] == ":" and len(texts[0]) > 1 and texts[0].isupper():
            i = self._try_speaker_label(toks, s)
        for k in hooks:
            if k < i:
                continue  # inside a mention found already
            i = k
            t = toks[i]
            lw, tx = t.lower, t.text
            if lw == "one":
                m = self._try_one_of_them(toks, i, s)
                if m:
                    i = m
                    continue
            if lw == "this" or tx == "This":
                m = self._try_house(toks, i, s) or self._try_demonstrative(toks, i, s)
                if m:
                    i = m
                    continue
            cap = tx[:1].isupper()
            if not cap and lw not in starters:
                if lw in {"a", "an"} and not _SPOKES.isdisjoint(lowers[i + 1 : i + 4]):
                    m = self._try_spokesperson(toks, i, s)
                    if m:
                        i = m
                        continue
                if lw in {"a", "an"} and i + 2 < n and lowers[i + 1].endswith(("-judge", "-justice", "-member")) and lowers[i + 2] in {"bench", "panel"} and (lowers[i + 2] == "bench" or lowers[i + 1].endswith(("-judge", "-justice"))):
                    # "told a two-judge bench", "writing for a three-judge bench": the court
                    # named before sitting as that bench (else a body of its own)
                    court = next((m for m in reversed(self._since(s - 10)) if not m.pronoun and m.kind in {"government", "organization", "igo"} and {"court", "tribunal"} & set(m.name.lower().split())), None)
                    key, name = (court.key, court.name) if court is not None else (("org", "bench"), "bench")
                    self._add(Mention(t.start, toks[i + 2].end, s, key, name, "government", court.country if court else None, None, 0.45))
                    i += 3
                    continue
                if lw in {"a", "an"}:
                    m = self._try_unnamed(toks, i, s)
                    if m:
                        i = m
                        continue
                if lw in {"those", "anyone"} and i + 1 < n and lowers[i + 1] == "who":
                    # "those who choose to return", "anyone who stays": the people the
                    # relative clause picks out (the mention without its clause, guidelines 0.3)
                    self._add(Mention(t.start, t.end, s, ("grp", None, f"{lw}@{t.start}"), lw, "group", None, None, 0.4))
                    i += 1
                    continue
                if lw == "those" and i + 1 < n and lowers[i + 1] in _THOSE_PARTICIPLES:
                    self._add(Mention(t.start, toks[i + 1].end, s, ("grp", None, f"those@{t.start}"), self._text(toks[i : i + 2]).lower(), "group", None, None, 0.4))
                    i += 2
                    continue
                if lw in {"both", "two", "all", "either", "each", "neither"}:
                    m = (lw == "both" and self._try_house(toks, i, s)) or self._try_pair(toks, i, s)
                    if m:
                        i = m
                        continue
                if lw in _GROUP_COUNTS and i > 0 and lowers[i - 1] == "the":
                    m = self._try_group_of_n(toks, i, s)
                    if m:
                        i = m
                        continue
                if lw in _NUMBER_WORDS or tx[:1].isdigit():
                    m = self._try_counted_group(toks, i, s)
                    if m:
                        i = m
                        continue
                i += 1
                continue
            if tx in _GENERIC_BODY_CAPS and i + 2 < n and texts[i + 1].islower() and self._title_at(toks, i + 1) is not None:
                # "Union president X", "Party secretary X", "Interior Ministry spokesman X": the
                # body's generic word opens the person's title (one mention, guidelines 0.3),
                # not a body of its own (the story names the body in full elsewhere)
                m = self._try_titled(toks, i + 1, s)
                if m and self.mentions and self.mentions[-1].start == toks[i + 1].start and self.mentions[-1].kind == "person":
                    b = i - 1 if i > 0 and texts[i - 1] in _NAME_OFFICE_WORDS else i
                    self.mentions[-1].start = toks[b].start
                    i = m
                    continue
            if lw in _ONLY_PRONOUN and tx != "US":  # "US" is the state (or "US$"), never "us"
                # a pronoun or a bare group noun starts nothing else: skip the other matchers
                m = self._try_bare_group(toks, i, s) or self._try_pronoun(toks, i, s)
                i = m or i + 1
                continue
            if lw in {"both", "either", "each", "all", "neither"} or lw in _NUMBER_WORDS and i + 1 < n and lowers[i + 1] != "of":
                m = (lw == "both" and self._try_house(toks, i, s)) or (self._try_pair(toks, i, s) if lw not in _NUMBER_WORDS else self._try_counted_group(toks, i, s))
                if m:
                    i = m
                    continue
            the = lw == "the"
            m = self._try_possessive_org(toks, i, s) if has_poss and (cap or the) and not _POSSESSIVE_MARKS.isdisjoint(texts[i + 1 : i + 4]) else None
            if not m:
                # The matchers in their order of precedence, each behind a cheap test of the
                # token it needs (the word after "the" for some): a matcher whose test fails
                # would return None, so skipping it changes nothing.
                j0 = i + 1 if the else i
                w0 = texts[j0] if j0 < n else ""
                m = (
                    (the and self._try_other_side(toks, i, s))
                    or (lw in _SOURCE_NOUNS and self._try_source_group(toks, i, s))
                    or (the and self._try_house(toks, i, s))
                    or (the and j0 < n and (lowers[j0] in _THE_PAIR_NOUNS or lowers[j0] in _THE_PAIR_MODIFIERS or lowers[j0] in _THE_PAIR_STRICT) and self._try_pair(toks, i, s))
                    or (the and (w0 == "North" or w0 == "South") and self._try_divided(toks, i, s))
                    or (the and j0 < n and lowers[j0] in _UNNAMED_NOUNS and self._try_unnamed_backref(toks, i, s))
                    or (the and j0 < n and lowers[j0] in _THE_PARTICIPLE_GROUPS and self._try_the_participle(toks, i, s))
                    or (i <= self._last_title and self._try_titled(toks, i, s))
                    or (j0 < n and lowers[j0] in self._head_first and self._try_head_of(toks, i, s))
                    or ((w0 in demonym_lens or w0 in name_lens or "-" in w0) and self._try_demonym_group(toks, i, s))
                    or (the and self._try_anaphor(toks, i, s))
                    or (not the and tx in name_lens and self._try_name(toks, i, s))
                    or (i == 0 and tx == "Parliament" and self._try_bare_parliament(toks, i, s))
                    or ((cap or tx.startswith(_PARTICLE_PREFIXES)) and self._try_capseq(toks, i, s))
                    or (lw in _SPOKES_DETS and self._try_spokesperson(toks, i, s))
                    or (lw in {"a", "an"} and self._try_unnamed(toks, i, s))
                    or ((lw in _BARE_GROUPS or lw in _MODIFIED_GROUPS or lw == "member") and self._try_bare_group(toks, i, s))
                    or (lw in _ALL_PRONOUNS and self._try_pronoun(toks, i, s))
                    or (tx == "parliament" and self._try_bare_parliament(toks, i, s))
                )
            if m:
                i = m
            else:
                i += 1
        if s == 0 and n > 4 and "(" in texts[1:6] and texts[0].isupper():
            self._dateline_credit(toks, texts)
        if "," in texts:
            self._join_appositions(toks, s)
        if has_poss or not _POSSESSIVE_DETS.isdisjoint(lowers):
            self._join_possessor(toks, s)

    def _join_possessor(self, toks: list[Token], s: int) -> None:
        """A state named as possessor right before a body's or person's mention ("Austria's
        Social Democrats", "Honduras' National Electoral Council") is part of that one mention
        (guidelines 0.3 maximal mentions; 1: no nested names), not a mention of the state."""
        ms = self._by_sent.get(s)
        if not ms or len(ms) < 2:
            return
        offs = token_facts(toks)[1]  # token starts, for _token_at / _token_ending
        starts = {x.start: x for x in ms}
        drop: set[int] = set()
        for m in ms:
            if id(m) in drop:
                continue
            e = _token_ending(toks, offs, m.end)
            if e is None or e + 1 >= len(toks):
                continue
            if m.pronoun and toks[e].lower in _POSSESSIVE_DETS:
                # "Its general secretary X", "His Rwandan counterpart X": the possessive opens
                # the person's mention (as in the settled "Its leader, Jan Novak")
                # the person's title may lie between: "Its general secretary X"
                q = e + 1
                while q < len(toks) and q - e <= 4 and toks[q].start not in starts and toks[q].text.isalpha():
                    q += 1
                x = starts.get(toks[q].start) if q < len(toks) else None
                mid = toks[e + 1 : q]
                if x is None or x.pronoun or x.kind != "person" or x.key[0] not in {"person", "role"}:
                    if x is None or x.pronoun or x.kind != "government" or q + 1 >= len(toks):
                        continue
                    # "His Rwandan counterpart X": a demonym's role nominal, then the name
                    y = next((y for y in ms if y.start > x.end and y.start == next((t.start for t in toks if t.start > x.end), -1)), None)
                    if y is None or y.pronoun or y.kind != "person" or y.key[0] != "person" or not any(t.lower in _APPOS_HEADS for t in toks[q:] if x.start <= t.start < x.end):
                        continue
                    drop.add(id(x))
                    x = y
                elif mid and not any(t.lower in _APPOS_HEADS or self._title_at(toks, e + 1 + k) for k, t in enumerate(mid)):
                    continue
                x.start = m.start
                drop.add(id(m))
                continue
            if m.pronoun or m.key[0] != "gov" or m.kind != "government":
                continue
            if e + 2 >= len(toks) or toks[e + 1].text not in _POSSESSIVE_MARKS:
                continue
            if toks[e + 1].text in {"'", "’"} and not toks[e].text.endswith("s"):
                continue  # a closing quote
            x = starts.get(toks[e + 2].start)
            if x is None or x.pronoun or x is m or _token_at(offs, m.start) is None:
                continue
            x.start = m.start
            drop.add(id(m))
        if drop:
            self._drop(s, drop)

    def _appositive_start(self, toks: list[Token], c: int, body: bool = False) -> int | None:
        """Token index where an appositive description ending at the comma c starts: "Its
        leader, X", "the party's chairman, X", "A CCM spokesman, X", "Haiti's ambassador to
        the U.N., X"; None when the words before the comma do not describe a person."""
        q = c - 1
        # a tail naming where the office is: "to the U.N.", "in the House", "for Europe"
        for p in range(q - 1, max(-1, q - 5), -1):
            if toks[p].lower in _APPOS_TAIL_PREPS and p > 0 and all(t.lower == "the" or _is_cap(t) for t in toks[p + 1 : q + 1]):
                q = p - 1
                break
        else:
            # a portfolio or body in lower case: "deputy prime minister for reintegration",
            # "A spokeswoman for the Russian foreign ministry" (a title or head before "for")
            for p in range(q - 1, max(-1, q - 6), -1):
                if toks[p].lower in {"for", "of"} and p > 0 and all(t.lower == "the" or _is_cap(t) or t.text.isalpha() and t.text.islower() and t.lower not in _CLAUSE_BREAKS and t.lower not in _PREP_WORDS and t.lower not in {"and", "or", "of"} for t in toks[p + 1 : q + 1]):
                    if toks[p - 1].lower in _APPOS_HEADS or self._title_at(toks, p - 1) == p or any(self._title_at(toks, r) == p for r in range(max(0, p - 4), p)):
                        q = p - 1
                    break
        if body:
            if q < 0 or toks[q].lower not in _APPOS_BODY_HEADS or not toks[q].text.islower():
                return None  # "the students' union, the Coordination des Amicales"
        elif q < 0 or not (toks[q].lower in _APPOS_HEADS or any(self._title_at(toks, p) == q + 1 for p in range(max(0, q - 3), q + 1))):
            return None
        b = q - 1
        steps = 0
        while b >= 0 and steps < 4:
            w = toks[b]
            if w.lower in _APPOS_DETS or w.lower in {"'s", "’s"}:
                break
            if not (w.text.isalpha() or "-" in w.text or "." in w.text) or w.lower in _PREP_WORDS or w.lower in {"and", "or", "but", "that", "who", "said", "says"}:
                return None
            b -= 1
            steps += 1
        if b < 0:
            return None
        if toks[b].lower in _APPOS_DETS:
            return b
        if toks[b].lower in {"'s", "’s"} and b > 0:
            # the possessor opens the description: "Chadema's", "The company's", "NATO's"
            k = b - 1
            while k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].lower not in _APPOS_DETS:
                k -= 1
            if k > 0 and toks[k - 1].lower in {"the", "a", "an"}:
                k -= 1
            elif toks[k].lower not in {"the"} and not _is_cap(toks[k]):
                return None
            return k
        return None

    def _join_appositions(self, toks: list[Token], s: int) -> None:
        """A description and the name after it, separated by a comma, refer to one person
        ("Its leader, Kristín Björnsdóttir": the gold sets mark it as one mention, guidelines
        0.3 maximal mentions): the description's own mentions ("Its", "Chadema" in "Chadema's
        candidate, X", the role nominal "Haiti's ambassador") are not marked (guidelines 1: no
        nested names), and the person takes the description as role."""
        ms = self._by_sent.get(s)
        if not ms:
            return
        offs = token_facts(toks)[1]  # token starts, for _token_at
        drop: set[int] = set()
        for m in ms:
            if m.kind != "person" or m.pronoun or m.key[0] != "person" or m.head >= 0:
                continue
            k = _token_at(offs, m.start)
            if k is None or k < 2 or toks[k - 1].text != ",":
                continue
            b = self._appositive_start(toks, k - 1)
            if b is None:
                continue
            a = toks[b].start
            inner = [x for x in ms if x is not m and a <= x.start and x.end <= toks[k - 1].start]
            for x in inner:
                # "His spokesman, X", "Qureshi's lawyer, X": the possessor is nested too
                drop.add(id(x))
                self._nested[(s, x.start)] = x
                if x.kind == "person" and x.role and x.key[0] in {"role", "unnamed"}:
                    m.role = m.role or x.role
                    m.country = m.country or x.country
            if m.role is None:
                q0 = b + 1 if toks[b].lower in _APPOS_DETS else next((j + 1 for j in range(b, k) if toks[j].lower in {"'s", "’s"}), b)
                m.role = self._text(toks[q0 : k - 1]) or None
            # The span stays on the name: stances.py reads "Its leader, X, had refused" by
            # the name's comma. (The judges' full span is "Its leader, X": to extend, set
            # m.start = a here; _affiliation already reads the name from m.head.)
            m.head = m.start
            m.out_start = a
        self._join_name_first(toks, s, ms, offs, drop)
        if drop:
            self._drop(s, drop)

    def _join_name_first(self, toks: list[Token], s: int, ms: list[Mention], offs: list[int], drop: set[int]) -> None:
        """A name and the description set after it between commas are one mention (guidelines
        1, settled cases: "Jan Novak, a spokesman for the ministry, said"; "Chega, the
        third-largest party, said"): the description's own mentions are not marked; the span
        stays on the name (stances and speakers read the name's comma)."""
        for m in ms:
            # a body's description before its name: "Kiiza's party, the National Unity Platform,"
            if m.pronoun or id(m) in drop or m.key[0] not in {"org", "gov"} or m.kind == "person":
                continue
            k = _token_at(offs, m.start)
            if k is not None and toks[k].lower == "the" and k + 1 < len(toks) and _is_cap(toks[k + 1]):
                pass  # the mention holds its article: ", the OTM,"
            elif k is None or not _is_cap(toks[k]):
                continue  # a name, not a description ("the second-largest party")
            elif k > 0 and toks[k - 1].lower == "the":
                k -= 1  # the name's article: ", the National Unity Platform,"
            if k is None or k < 3 or toks[k - 1].text != ",":
                continue
            b = self._appositive_start(toks, k - 1, body=True)
            if b is None or any(t.lower in {"and", "or"} for t in toks[b : k - 1]):
                continue
            a, e = toks[b].start, toks[k - 2].end
            for x in ms:
                if x is not m and a <= x.start and x.end <= e:
                    drop.add(id(x))
                    self._nested[(s, x.start)] = x
                    for y in ms:
                        if y.pronoun and y.key == x.key and y.start > m.end:
                            # "it" read back to the description is the body named
                            y.key, y.name, y.kind, y.country = m.key, m.name, m.kind, m.country
        for m in ms:
            if m.pronoun or id(m) in drop or m.key[0] not in {"person", "org", "gov"}:
                continue
            e = _token_ending(toks, offs, m.end)
            if e is None or e + 3 >= len(toks) or toks[e + 1].text != "," or toks[e + 2].lower not in {"a", "an", "the"}:
                continue
            c = next((q for q in range(e + 3, min(len(toks), e + 14)) if toks[q].text in {",", ".", ";", ":", "(", '"', "“", "”"}), None)
            if c is None and len(toks) <= e + 14:
                c = len(toks)  # the description runs to the sentence's end
            if c is None or c == e + 3 or not (toks[c].text == "," if c < len(toks) else True) and not (toks[c].text == "." and c == len(toks) - 1):
                continue  # ", a spokesman for the ministry." at the sentence's end is one too
            desc = toks[e + 2 : c]
            if any(t.lower in {"and", "or", "but", "who", "which", "that", "said", "says", "told"} for t in desc):
                continue  # a list ("X, the cabinet and the Dáil") or a clause, not a description
            heads = _APPOS_HEADS if m.kind == "person" else _APPOS_BODY_HEADS
            if not any(t.lower in heads or (m.kind == "person" and (t.lower,) in self.lex.titles) for t in desc):
                continue
            a, b = desc[0].start, desc[-1].end
            inner = [x for x in ms if x is not m and a <= x.start and x.end <= b]
            for x in inner:
                drop.add(id(x))
                self._nested[(s, x.start)] = x
            m.out_end = b
            if m.kind == "person" and m.role is None:
                m.role = self._text(desc[1:]) or None

    def _try_possessive_org(self, toks: list[Token], i: int, s: int) -> int | None:
        """An organisation's own name with a possessive inside: "Polish People's Party",
        "Progressive Teachers' Union of Zimbabwe", "Australian Workers' Union" (one name, not
        a possessor and a thing owned): capitalised words, the possessive, capitalised words
        (with of/and/for between) ending in an organisation word."""
        n0 = i + 1 if toks[i].lower == "the" else i
        j = n0
        while j < len(toks) and _is_cap(toks[j]) and toks[j].text not in _NOT_NAME:
            j += 1
        if j == n0 or j + 1 >= len(toks) or toks[j].text not in _POSSESSIVE_MARKS or not toks[j - 1].text[-1:].isalpha():
            return None
        if toks[j].text in {"'", "’"} and not toks[j - 1].text.endswith("s"):
            return None  # a closing quote, not "Workers'"
        ne = self._name_at(toks, n0)
        if ne is not None and ne[0] == j:
            return None  # "Vietnam's Ministry of Foreign Affairs": a known possessor owns it
        org_words = self.org_words
        if toks[j + 1].text not in org_words:
            return None  # the organisation word must follow the possessive at once ("Workers' Union")
        # the name's capitalised words (of/and/for between) up to its last organisation word
        k = end = j + 2
        while k < len(toks):
            u = toks[k]
            if _is_cap(u) and u.text not in _NOT_NAME:
                k += 1
                if u.text in org_words:
                    end = k
            elif u.lower in {"of", "and", "for"} and k + 1 < len(toks) and _is_cap(toks[k + 1]):
                k += 1
            else:
                break
        # the name runs on through "of Zimbabwe" after its organisation word
        stop = end
        q = end
        while q + 1 < len(toks) and toks[q].lower == "of" and _is_cap(toks[q + 1]):
            q += 2
            while q < len(toks) and _is_cap(toks[q]) and toks[q].text not in _NOT_NAME:
                q += 1
            stop = q
        name = self._text(toks[n0:stop]).replace(" '", "'").replace(" ’", "’")
        country = next((self.lex.demonyms.get((x.text,)) for x in toks[n0:stop] if self.lex.demonyms.get((x.text,))), None)
        self._add(Mention(toks[i].start, toks[stop - 1].end, s, ("org", name), name, "organization", country, None, 0.7))
        return stop

    def _since(self, first: int) -> list[Mention]:
        """The mentions of sentence `first` and later, in order. Mentions are added sentence
        by sentence, so they are sorted by sentence: a bisection instead of a scan of the
        whole document's mentions per look-up (that made long articles quadratic)."""
        return self.mentions[bisect_left(self.mentions, first, key=_sent_of) :]

    def sentence_mentions(self, s: int) -> list[Mention]:
        return list(self._by_sent.get(s, ()))

    def _drop(self, s: int, gone: set[int]) -> None:
        """Remove the mentions of sentence s whose ids are in gone, from the sentence's list and
        the document's (sorted by sentence: only its part from sentence s is rebuilt)."""
        self._by_sent[s] = [x for x in self._by_sent[s] if id(x) not in gone]
        k = bisect_left(self.mentions, s, key=_sent_of)
        self.mentions = self.mentions[:k] + [x for x in self.mentions[k:] if id(x) not in gone]

    def _add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._by_sent.setdefault(m.sent, []).append(m)

    def _dateline_credit(self, toks: list[Token], texts: list[str]) -> None:
        """"BELGRADE (Beta) - …", "KINGSTON, Jamaica (Gleaner) - …": the credit in brackets
        between the dateline's place and its dash is the news outlet reporting (media), also
        when the lexicon does not know it."""
        p = texts.index("(", 1)
        if not all(w.isupper() or w == "," or w[:1].isupper() and k > 0 and texts[k - 1] == "," for k, w in enumerate(texts[:p])):
            return  # the words before the bracket are the dateline's place (capitals, ", Country")
        q = p + 1
        while q < len(toks) and q - p <= 3 and _is_cap(toks[q]):
            q += 1
        if q == p + 1 or q + 1 >= len(toks) or texts[q] != ")" or texts[q + 1] not in {"-", "—", "–", ":"}:
            return
        a, b = toks[p + 1].start, toks[q - 1].end
        ms = self._by_sent.get(0, [])
        if any(m.start < b and a < m.end and m.kind != "person" for m in ms):
            return  # a known outlet ("(Reuters)") or a body found already
        name = " ".join(texts[p + 1 : q])
        m = Mention(a, b, 0, ("org", name), name, "media", None, None, 0.6)
        self.mentions = [x for x in self.mentions if not (x.sent == 0 and x.start < b and a < x.end)]
        ms = [x for x in ms if not (x.start < b and a < x.end)]
        ms.append(m)
        ms.sort(key=lambda x: x.start)
        self._by_sent[0] = ms
        self.mentions = ms + [x for x in self.mentions if x.sent != 0]

    def _try_speaker_label(self, toks: list[Token], s: int) -> int:
        """"TABI: I will not resign.": an interview transcript's speaker label, a person named
        before by that surname (written in capitals), opening the turn; a title right after it
        and set off by a comma ("TOKA: Minister, …") addresses the other speaker of that title.
        The end of what it found (0 if nothing)."""
        tx = toks[0].text
        who = next((e for e in self.entities.values() if e.kind == "person" and e.name_tokens and e.name_tokens[-1].upper() == tx), None)
        if who is None:
            return 0
        self._add(Mention(toks[0].start, toks[0].end, s, who.key, who.name, "person", who.country, who.role, 0.5, name_tokens=who.name_tokens))
        if len(toks) > 3 and toks[3].text in {",", "?", "!"} and toks[2].text[:1].isupper() and (toks[2].lower,) in self.lex.titles:
            title = toks[2].lower
            other = next((m for m in reversed(self.mentions) if m.kind == "person" and not m.pronoun and m.key != who.key and title in (m.role or "").lower().split()), None)
            if other is not None:
                self._add(Mention(toks[2].start, toks[2].end, s, other.key, other.name, "person", other.country, other.role, 0.45))
                return 3
        return 2

    def _try_titled(self, toks: list[Token], i: int, s: int) -> int | None:
        """[Country|Demonym|Country's] [adj] Title [of Country] Name  -> person with role."""
        if i > self._last_title:
            return None  # no title at or after i (the title is at some j >= i)
        # The word after an optional "the" must open the title, an adjective before it, or a
        # demonym / name prefix ("-" for "U.S.-backed"); anything else makes no title here.
        j0 = i + 1 if toks[i].lower == "the" else i
        if j0 >= len(toks):
            return None
        u = toks[j0]
        lex = self.lex
        if u.lower not in lex.title_lens and u.lower not in _TITLE_ADJ and not (u.lower in _SUBNATIONAL and j0 > i) and u.text not in lex.name_lens and u.text not in lex.demonym_lens and "-" not in u.text:
            return None
        j = i
        country: str | None = None
        affiliated = False
        prefix_end = i
        if toks[j].lower == "the":
            j += 1
        if j < len(toks):
            d = self._demonym_at(toks, j)
            ne = None if d else self._name_at(toks, j)  # read only when no demonym is there
            if d:
                country, j = d[1], d[0]
            elif ne and ne[1].is_country:
                country, j = ne[1].country, ne[0]
            elif ne and not ne[1].place and ne[1].kind in {"igo", "organization", "media", "government", "group"}:
                # an organisation as affiliation: "WFP country director X", "EU foreign policy chief X"
                affiliated, j = True, ne[0]
            if (country or affiliated) and j < len(toks) and toks[j].lower in {"'s", "’s"}:
                j += 1
            prefix_end = j
        # The title starts at most two words on (two qualifying words, or an adjective, before
        # it): no token there that can start a title, no title.
        tpos = self._title_starts
        k = bisect_left(tpos, j)
        if k == len(tpos) or tpos[k] > j + 2:
            return None
        if country or affiliated:
            # up to two lower-case words qualifying the title: "country director", "foreign policy chief"
            for _ in range(2):
                # (or capitalised portfolio words: "Kenyan Trade Cabinet Secretary X")
                if j + 1 < len(toks) and toks[j].text.isalpha() and (toks[j].text.islower() or toks[j].text.istitle() and self._name_at(toks, j) is None) and self._title_at(toks, j) is None and (self._title_at(toks, j + 1) or (j + 2 < len(toks) and toks[j + 1].text.islower() and self._title_at(toks, j + 2))):
                    j += 1
        while j < len(toks) and (toks[j].lower in _TITLE_ADJ or toks[j].lower in _SUBNATIONAL and j == i + 1 and toks[i].lower == "the") and self._title_at(toks, j + 1):
            j += 1  # "the acting governor", "the regional governor"
        te = self._title_at(toks, j) if j < len(toks) else None
        if te is None:
            return None
        title_start = j
        # "deputy" alone or "head" alone in lower case without a name is too vague.
        # "President of France", "Secretary of State of the United States"
        k = te
        if k + 1 < len(toks) and toks[k].lower == "of":
            q = k + 1 + (1 if toks[k + 1].lower == "the" else 0)
            ne = self._name_at(toks, q) if q < len(toks) else None
            if ne and ne[1].is_country:
                country = country or ne[1].country
                k = ne[0]
        name_end = self._person_name(toks, k)
        capital_title = _is_cap(toks[title_start])
        if name_end > k:
            # A name follows: one person mention over prefix + title + name.
            start = i if (country or capital_title or prefix_end > i) else title_start
            if toks[start].lower == "the":
                start += 1
            role_toks = toks[start if start < title_start else title_start : k]
            role = self._text(role_toks)
            if all(t.lower.rstrip(".") in _HONORIFICS or t.text == "." for t in role_toks):
                role = None  # "Mr. X": a form of address, not a role
            nt = tuple(t.text for t in toks[k:name_end])
            self._add(Mention(toks[start].start, toks[name_end - 1].end, s, ("person", nt), " ".join(nt), "person", country, role, 0.85, name_tokens=nt))
            return name_end
        if toks[i].lower == "the" and country is None and not capital_title and te == title_start + 1 and toks[title_start].lower not in {"official", "head", "chief", "leader", "deputy"}:
            # "the governor", "the mayor": the latest person named with that office (guidelines
            # 1: titles and descriptions are mentions of the person they describe)
            title = toks[title_start].lower
            for prev in reversed(self.mentions):
                if prev.sent < s - 8:
                    break
                if prev.kind == "person" and not prev.pronoun and prev.role and title in prev.role.lower().split() and prev.key[0] == "person":
                    self._add(Mention(toks[i].start, toks[te - 1].end, s, prev.key, prev.name, "person", prev.country, prev.role, 0.5))
                    return te
        if country is not None or (capital_title and toks[i].lower == "the") or (toks[i].lower == "the" and toks[title_start].lower in {"president", "prime", "chancellor", "secretary-general", "pope", "premier", "king", "queen", "emir"}):
            # A nominal: "the US Secretary of State", "the Russian president", "the president".
            start = i
            role = self._text(toks[prefix_end if prefix_end > i and toks[i].lower == "the" and country is None else (i + 1 if toks[i].lower == "the" else i) : k])
            title = " ".join(t.lower for t in toks[title_start:te])
            if title in {"official", "aide", "deputy", "head", "chief", "leader", "lawmaker", "legislator", "mr.", "mrs.", "ms.", "dr.", "general", "major", "justice", "chair", "director"} and not (country and title in {"leader", "head", "chief"}):
                if country and title in {"official"}:
                    pass
                return None
            self._add(Mention(toks[start].start, toks[k - 1].end, s, ("role", title, country), role, "person", country, role, 0.6))
            return k
        if toks[i].lower == "the" and not capital_title and k == te and not affiliated:
            # "the minister", "the defence minister", "the envoy", "the magistrate" with no
            # holder named before: the office holder is an actor all the same (guidelines 1:
            # titles and descriptions are mentions); vague titles and "the X's office" are not
            title = " ".join(t.lower for t in toks[title_start:te])
            nxt = toks[te].lower if te < len(toks) else ""
            after = toks[te + 1].lower if te + 1 < len(toks) else ""
            if title not in _VAGUE_TITLES and not (nxt in {"'s", "’s"} and after in {"office", "offices", "order", "orders"}) and not (nxt == "-" or nxt == "of" and not after.endswith("ing")) and not (nxt and self._title_at(toks, te)):
                role = self._text(toks[i + 1 : te])
                self._add(Mention(toks[i].start, toks[te - 1].end, s, ("role", title, None), role, "person", None, role, 0.5))
                return te
        return None

    def _try_head_of(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the head of the White House", "the leader of Russia" -> a person nominal."""
        j = i + 1 if toks[i].lower == "the" else i
        he = self._phrase_at(toks, j, self.head_nouns)
        if he is None or he + 1 >= len(toks) or toks[he].lower != "of":
            return None
        q = he + 1 + (1 if he + 1 < len(toks) and toks[he + 1].lower == "the" else 0)
        ne = self._name_at(toks, q) if q < len(toks) else None
        country = None
        end = None
        if ne:
            country, end = ne[1].country, ne[0]
        else:
            d = self._demonym_at(toks, q) if q < len(toks) else None
            if d and d[0] < len(toks) and toks[d[0]].lower in {"diplomacy", "government", "state", "delegation", "administration", "side"}:
                country, end = d[1], d[0] + 1
        if end is None:
            return None
        title = " ".join(t.lower for t in toks[j:he])
        role = self._text(toks[j:end])
        self._add(Mention(toks[i].start, toks[end - 1].end, s, ("role", title, country), role, "person", country, role, 0.6))
        return end

    def _try_demonym_group(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the Russian delegation", "Afghan guerillas", "U.S. officials", "Iraqi Kurds"."""
        j = i + 1 if toks[i].lower == "the" else i
        if j >= len(toks):
            return None
        d = self._demonym_at(toks, j)
        ne = None if d else self._name_at(toks, j)
        if d:
            iso, k = d[1], d[0]
        elif ne and (ne[1].is_country or ne[1].kind in {"igo", "group", "organization"}):
            iso, k = ne[1].country, ne[0]
        else:
            return None
        if d and k < len(toks) and _is_cap(toks[k]):
            # "the opposition Maldivian Democratic Party", "the Kenyan African National Union":
            # a demonym opening a capitalised name that ends in a party/movement word is the
            # organisation's own name, not the state
            q2 = k
            while q2 < len(toks) and q2 - k < 4 and _is_cap(toks[q2]) and toks[q2].text not in _NAMED_ORG_LAST:
                q2 += 1
            if q2 < len(toks) and q2 > k and toks[q2].text in _NAMED_ORG_LAST:
                name = self._text(toks[j : q2 + 1])
                e = self.lex.names.get(tuple(t.text for t in toks[j : q2 + 1]))
                kind = e.kind if e is not None and not e.is_country else "organization"
                self._add(Mention(toks[j].start, toks[q2].end, s, ("org", e.name if e is not None and not e.is_country else name), e.name if e is not None and not e.is_country else name, kind, iso, None, 0.7))
                return q2 + 1
        if ne and ne[1].is_country and k + 1 < len(toks) and toks[k].lower in {"'s", "’s"} and _is_cap(toks[k + 1]):
            # "Pakistan's Foreign Office", "China's Commerce Ministry": a body of that state
            q2 = k + 1
            while q2 < len(toks) and q2 - k <= 4 and _is_cap(toks[q2]):
                q2 += 1
            if q2 > k + 1 and (toks[q2 - 1].text in _GOV_WORDS or toks[q2 - 1].text in _STATE_BODIES):
                name = self._text(toks[j:q2])
                if toks[q2 - 1].text in _STATE_BODIES and iso:
                    # "Sri Lanka's Ministry of Foreign Affairs", "India's High Commission": the
                    # state speaking through its executive (guidelines 1: a state's delegation
                    # or side is the state); parliament, army, police and courts stay bodies
                    self._add(Mention(toks[i].start, toks[q2 - 1].end, s, ("gov", iso), self.lex.country_names.get(iso, iso), "government", iso, None, 0.75))
                    self._state_bodies[toks[q2 - 1].text.lower()] = (("gov", iso), s)  # "the ministry" later
                    return q2
                self._add(Mention(toks[i].start, toks[q2 - 1].end, s, ("org", name), name, "government", iso, None, 0.75))
                return q2
        if d and k + 2 < len(toks) and toks[k].lower == "and":
            # "Indian and Pakistani troops", "British and EU negotiators": the first demonym
            # shares the second's noun
            d2 = self._demonym_at(toks, k + 1)
            if d2 is None:
                n2 = self._name_at(toks, k + 1)
                d2 = (n2[0], n2[1].country or "") if n2 and (n2[1].is_country or n2[1].kind == "igo") else None
            if d2:
                noun_end = self._phrase_at(toks, d2[0], self.gov_nouns) or self._phrase_at(toks, d2[0], self.grp_nouns)
                if noun_end:
                    noun = " ".join(t.lower for t in toks[d2[0] : noun_end])
                    if noun in _MILITARY_NOUNS:
                        key, kind, name = ("mil", iso), "government", f"{toks[j].text} {noun}"
                    elif self._phrase_at(toks, d2[0], self.gov_nouns):
                        key, kind, name = ("gov", iso), "government", self.lex.country_names.get(iso, iso)
                    else:
                        key, kind, name = ("grp", iso, noun), "group", f"{toks[j].text} {noun}"
                    self._add(Mention(toks[i].start, toks[k - 1].end, s, key, name, kind, iso, None, 0.6))
                    return k
        # optional adjective: "Russian peace delegation", "Iraqi government forces"
        for skip in (0, 1):
            q = k + skip
            if q >= len(toks):
                break
            if skip and self.lex.verb_forms.get(toks[k].lower, toks[k].lower) != toks[k].lower:
                break  # "the ELN attacks civilians": an inflected verb, not a modifier
            if toks[q].lower in self._noun_first:
                ge = self._phrase_at(toks, q, self.gov_nouns)
                gg = None if ge else self._phrase_at(toks, q, self.grp_nouns)
            else:
                ge = gg = None  # no government or group noun starts with this word
            if ge or gg:
                end = ge or gg
                noun = " ".join(t.lower for t in toks[q:end])
                if ne and not ne[1].is_country:
                    key = ("org", ne[1].name)
                    kind, name, country = ne[1].kind, ne[1].name, ne[1].country
                elif ge and noun not in _MILITARY_NOUNS:
                    key = ("gov", iso)
                    kind, name, country = "government", self.lex.country_names.get(iso, iso), iso
                elif ge:
                    key = ("mil", iso)
                    kind, name, country = "government", self._text(toks[j:end]), iso
                else:
                    key = ("grp", iso, noun)
                    kind, name, country = "group", self._text(toks[j:end]), iso
                if noun == "side" and end + 1 < len(toks) and toks[end].lower == "of" and toks[end + 1].lower in {"the", "a", "its", "their"}:
                    # "fired from the Myanmar side of the river", "camps on the Thai side of the
                    # border": a place, not the state's side in talks
                    return end
                self._add(Mention(toks[i].start, toks[end - 1].end, s, key, name, kind, country, None, 0.75))
                return end
            if skip == 0 and not toks[q].text.isalpha():
                break
        if d and toks[j].text.endswith("s") and toks[j].text[:1].isupper() and (toks[j].text.endswith(("ans", "ians", "is", "ks", "bs", "ts", "ds")) and d[0] == j + 1):
            # Plural demonym as a people: "Palestinians", "Albanians", "Kurds".
            self._add(Mention(toks[j].start, toks[j].end, s, ("grp", iso, toks[j].lower), toks[j].text, "group", iso, None, 0.6))
            return j + 1
        return None

    def _try_demonstrative(self, toks: list[Token], i: int, s: int) -> int | None:
        """"this government", "this coalition", "this alliance": a demonstrative before a kind
        of body points back to the body of that kind named before (a coalition only when one
        was named: "join this coalition" names none)."""
        if i + 1 >= len(toks) or not toks[i + 1].text.islower():
            return None
        if toks[i + 1].lower == "coalition":
            if not any(not m.pronoun and "coalition" in m.name.lower().split() for m in self._since(s - 8)):
                return None
            return self._try_coalition(toks, i, s)
        return self._try_anaphor_named(toks, i, s)

    def _try_anaphor(self, toks: list[Token], i: int, s: int) -> int | None:
        if toks[i].lower != "the" or i + 1 >= len(toks):
            return None
        r = self._try_anaphor_named(toks, i, s)
        if r is None:
            r = self._try_institution(toks, i, s)
        if r is None:
            r = self._try_coalition(toks, i, s)
        if r is None:
            r = self._try_group_backref(toks, i, s)
        if r is None and "government" in (toks[i + 2].lower if i + 2 < len(toks) else "", toks[i + 3].lower if i + 3 < len(toks) else "", toks[i + 4].lower if i + 4 < len(toks) else ""):
            r = self._try_subnational_gov(toks, i, s)
        if r is not None and self.mentions and self.mentions[-1].start == toks[i].start and self.mentions[-1].kind != "person":
            if r < len(toks) and toks[r].lower in _BODY_PLACE_NOUNS or i > 0 and toks[i - 1].lower in _MOTION_PLACE_PREPS:
                # "into the government building", "told reporters outside the court": the body's
                # seat, a place, not the body acting ("the tribunal's offices" stay: the owner)
                m = self.mentions.pop()
                self._by_sent[s].remove(m)
        return r

    def _try_subnational_gov(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the state government", "the Kerala government", "the Tamil Nadu government": the
        government of a state or province inside a country (a level word, or a capitalised
        place name that is no state's or people's name), an actor of its own, not the
        country's government; the same phrase later is the same actor."""
        k = next(q for q in range(i + 2, min(i + 5, len(toks))) if toks[q].lower == "government")
        if toks[k].text != "government":
            return None  # "the Kurdistan Regional Government": a name, the name matchers take it
        mods = toks[i + 1 : k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.lower in {"'s", "’s", "of"} or _is_cap(nxt)):
            return None  # "the state government's lawyers", "the Regional Government of X": others
        country = None
        if len(mods) == 1 and mods[0].lower in _SUBNATIONAL_LEVELS and mods[0].text.islower():
            name = f"{mods[0].lower} government"
        elif all(_is_cap(t) and t.text.isalpha() and t.text not in _NOT_NAME for t in mods) and (mods[0].text,) not in self.lex.demonyms:
            ne = self._name_at(toks, i + 1)
            if ne is not None and not (ne[0] == k and ne[1].kind == "other"):
                return None  # a state's or body's name: the matchers of names take it
            name = f"{self._text(mods)} government"  # a region or city ("Kerala") or a place the tables lack
            country = ne[1].country if ne is not None else None
        else:
            return None
        self._add(Mention(toks[i].start, toks[k].end, s, ("subgov", name), name, "government", country, None, 0.45))
        return k + 1

    def _try_group_backref(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the men", "the detained men", "the four", "the crowd", "the groups": a definite
        plural that refers back to the people or groups the story has counted or named (up to
        two lower-case modifiers before the head; a bare number needs a verb or a stop after)."""
        j = i + 1
        n = len(toks)
        while j < n and j - i <= 2 and toks[j].lower not in _BACKREF_HEADS and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].lower not in _NUMBER_WORDS:
            j += 1
        if j >= n:
            return None
        head = toks[j].lower
        if head in _NUMBER_WORDS and j == i + 1:
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is not None and nxt.text.isalpha() and nxt.lower not in _SUBJECT_AUX | {"hold", "held", "remain", "remained", "face", "faced"}:
                return None  # "the two issues", "the two sides": a counted thing or a pair, not this
        elif head not in _BACKREF_HEADS:
            return None
        if j + 1 < n and (toks[j + 1].lower == "of" and head != "crowd" or _is_cap(toks[j + 1])):
            return None  # "the men of X" is not ours ("the crowd of several thousand" is)
        recent: list[Mention] = []
        for m in reversed(self.mentions):
            if m.sent < s - 6:
                break
            if not m.pronoun and m.start < toks[i].start:
                recent.append(m)
        prior = [m for m in recent if m.kind == "group" or m.key[0] == "grp"]
        if head == "groups":
            # "Both groups … the groups": every actor the last plural mention covered
            # (mentions over one span are in one sentence: look in that sentence only)
            for m in recent:
                if m.kind in {"group", "government", "organization"}:
                    covered = [x for x in self._by_sent.get(m.sent, ()) if x.start == m.start and x.end == m.end]
                    if len(covered) > 1:
                        for x in covered:
                            self._add(Mention(toks[i].start, toks[j].end, s, x.key, x.name, x.kind, x.country, x.role, 0.45))
                        return j + 1
            return None
        same = [m for m in prior if head in m.name.split() or head in _NUMBER_WORDS and m.name.split()[:1] == [head]]
        cands = same or ([] if head in _SAME_HEAD_ONLY else [m for m in prior if _plural(m) or m.name.endswith(("s", "men"))])
        if not cands and head in {"judges", "justices"}:
            cands = [m for m in recent if not m.pronoun and m.kind != "person" and {"court", "tribunal"} & set(m.name.lower().split())]
        if not cands:
            return None
        t = cands[0]
        self._add(Mention(toks[i].start, toks[j].end, s, t.key, t.name, t.kind, t.country, t.role, 0.45))
        return j + 1

    def _try_coalition(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the coalition", "the ruling coalition", "the governing coalition": the parties in
        government, an actor (the coalition named before, else a new one); "the coalition
        pact" or "the coalition's programme" is a thing of it, not the coalition."""
        j = i + 1
        led = j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.endswith(("-led", "-backed"))
        if j < len(toks) and (toks[j].lower in {"ruling", "governing", "opposition", "centre-right", "centre-left", "center-right", "center-left", "conservative", "leftist", "rightist", "new", "fragile", "three-party", "two-party", "four-party", "five-party"}
                              or (toks[j].text,) in self.lex.demonyms or led):
            j += 1  # "the ruling coalition", "the Dutch coalition", "the Saudi-led coalition"
        if j >= len(toks) or toks[j].lower != "coalition":
            return None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        after = toks[j + 2] if j + 2 < len(toks) else None
        if nxt is not None and nxt.lower == "of" and after is not None and after.lower.endswith("ing") and after.text.islower():
            pass  # "accused the coalition of using …": the coalition, not a name "Coalition of X"
        elif nxt is not None and (nxt.lower in {"'s", "’s", "of"} or _is_cap(nxt) or nxt.text.isalpha() and nxt.text.islower() and not (self.lex.verb_forms.get(nxt.lower) or nxt.lower in _SUBJECT_AUX or nxt.lower in _PREP_WORDS or nxt.lower in _CLAUSE_BREAKS or nxt.lower in _AFTER_BARE_PARLIAMENT or nxt.lower in {"and", "that", "needs", "lacks", "holds", "since", "unless", "if", "last", "over"})):
            return None
        prior = [m for m in self._since(s - 8) if not m.pronoun and "coalition" in m.name.lower().split()]
        if prior:
            p = prior[-1]
            self._add(Mention(toks[i].start, toks[j].end, s, p.key, p.name, p.kind, p.country, p.role, 0.45))
        elif led:
            # "the Saudi-led coalition", "the US-led coalition": states' military coalition
            name = self._text(toks[i + 1 : j + 1])
            self._add(Mention(toks[i].start, toks[j].end, s, ("org", name), name, "igo", None, None, 0.5))
        else:
            name = self._text(toks[i + 1 : j + 1]).lower()
            self._add(Mention(toks[i].start, toks[j].end, s, ("inst", "coalition"), name, "government", None, None, 0.45))
        return j + 1

    def _try_institution(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the national electoral office", "the full court", "the jury", "the Treasury": a
        definite description of a state institution (up to three lower-case modifiers). It is
        the institution named or described before with that head word, else a new actor."""
        j = i + 1
        if j < len(toks) and not toks[j].text.endswith("-seat") and _INST_HEADS.isdisjoint([t.lower for t in toks[j : i + 5]]):
            return None  # the head is one of the next four words (below), else nothing is found
        if j + 1 < len(toks) and toks[j].text.endswith("-seat") and toks[j].text[:1].isdigit() and _is_cap(toks[j + 1]):
            # "the 141-seat Sejm": a legislature by its own name
            k = j + 1
            while k < len(toks) and k - j <= 3 and _is_cap(toks[k]):
                k += 1
            name = self._text(toks[j + 1 : k])
            self._add(Mention(toks[i].start, toks[k - 1].end, s, ("org", name), name, "government", None, None, 0.5))
            return k
        while j < len(toks) and j - i <= 3 and toks[j].lower not in _INST_HEADS and toks[j].text[:1].islower() and (toks[j].text.isalpha() or "-" in toks[j].text):
            if self.lex.verb_forms.get(toks[j].lower) in self.reporting or toks[j].lower in _LOWER_HOOKS or toks[j].lower in self.locative or toks[j].lower in _PREP_WORDS or toks[j].lower in {"of", "and", "or"} or toks[j].lower in _APPOS_DETS or toks[j].lower in _NOT_MODIFIED or toks[j].lower in _CLAUSE_BREAKS:
                # "the minister told parliament": a reporting verb or a preposition ends the
                # phrase; a determiner starts another ("the opposition accused the government")
                return None
            j += 1
        if j >= len(toks) or toks[j].lower not in _INST_HEADS:
            return None
        head = toks[j].lower
        if j - i > 2 and head in LEGISLATURE_WORDS and toks[j - 1].lower.endswith("s") and not toks[j - 1].lower.endswith("ss"):
            return None  # "the pension bill reaches parliament": a verb in -s before a bare legislature
        if toks[j].text in _GOV_WORDS:
            return None  # "the Commission": a capitalised name, the name matchers take it
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        after_of = toks[j + 2].text if j + 2 < len(toks) else ""
        if nxt is not None and (_is_cap(nxt) or nxt.lower in {"'s", "’s"} or nxt.lower == "of" and not after_of.endswith("ing") or nxt.text.isalpha() and nxt.text.islower() and nxt.lower in _INST_HEADS):
            return None  # "the Court of Appeal", "the court's first panel", "the office building"
        if head in LEGISLATURE_WORDS and (nxt is not None and nxt.lower in _LEGIS_PLACE_NOUNS or _motion_place(toks, i + 1)):
            return None  # "around the parliament building", "walked out of the parliament": a place
        if any(toks[k].lower in _NOT_INST_MODIFIERS for k in range(i + 1, j)):
            return None
        if head == "ministry" and self._portfolio(toks, i):
            return None
        prior = [m for m in self._since(s - 8) if not m.pronoun and m.kind in {"government", "organization", "igo"} and head in m.name.lower() and m.key[0] != "subgov"]
        body = self._state_bodies.get(head)
        if body is not None and body[1] >= s - 8 and (not prior or prior[-1].sent <= body[1]):
            prior = [m for m in self.mentions if m.key == body[0] and not m.pronoun][-1:]
        if prior:
            t = prior[-1]
            self._add(Mention(toks[i].start, toks[j].end, s, t.key, t.name, t.kind, t.country, t.role, 0.5))
        else:
            kind = "organization" if head in {"union", "companies", "firms", "party"} else "government"
            self._add(Mention(toks[i].start, toks[j].end, s, ("inst", head), head, kind, None, None, 0.45))
        return j + 1

    def _portfolio(self, toks: list[Token], i: int) -> bool:
        """"offered X the trade ministry", "wants the ministry to stay with us", "summoned to the
        ministry": a ministry (its phrase starting at token i) as a portfolio or a building, not
        the body acting ("according to the ministry" is the body)."""
        if i == 0:
            return False
        prev = toks[i - 1]
        if prev.lower in {"to", "in", "into", "at", "from", "inside", "outside"}:
            return not (i > 1 and toks[i - 2].lower == "according")
        k = i - 1
        while k > 0 and i - k < 5 and (_is_cap(toks[k]) or toks[k].lower == "the"):
            k -= 1  # "offered SODELPA the trade ministry", "gave the Greens the ministry"
        prev = toks[k]
        return prev.lower in _PORTFOLIO_VERBS

    def _try_anaphor_named(self, toks: list[Token], i: int, s: int) -> int | None:
        # "the regional bloc", "the 12-member bloc": skip up to two lower-case modifiers
        mods = 0
        while mods < 2 and i + 2 + mods < len(toks) and toks[i + 2 + mods].lower in _MODIFIABLE_ANAPHORS and toks[i + 1 + mods].lower not in _NOT_INST_MODIFIERS and (toks[i + 1 + mods].text.isalpha() and toks[i + 1 + mods].text.islower() or toks[i + 1 + mods].lower.endswith("-member") or "-" in toks[i + 1 + mods].text and toks[i + 1 + mods].text.islower()):
            mods += 1
        if mods and (toks[i + 1].lower in _ANAPHOR_NOT_MOD or self.lex.verb_forms.get(toks[i + 1].lower)):
            mods = 0  # "the armed group" is listed; "the ruling junta" is fine; "the attacked company" is not a modifier we trust
        if not mods and toks[i + 1].lower not in _ANAPHOR_FIRST:
            return None  # no listed anaphor starts with the next word (the loop below finds none)
        for n in (2, 1):
            words = tuple(t.lower for t in toks[i + 1 + mods : i + 1 + mods + n])
            if mods and (n != 1 or not words or words[0] not in _MODIFIABLE_ANAPHORS):
                continue
            kinds = _ANAPHORS.get(words) if len(words) == n else None
            if not kinds:
                continue
            n += mods
            nxt = toks[i + 1 + n].text if i + 1 + n < len(toks) else ""
            after_of = toks[i + 2 + n].text if i + 2 + n < len(toks) else ""
            if nxt[:1].isupper() or nxt.lower() == "of" and (after_of[:1].isupper() or after_of in {"the", "a", "an"}):
                return None  # "the Army of X", "the Group Y": a name, not an anaphor ("accused the government of lying" is)
            if words[-1] == "ministry" and self._portfolio(toks, i):
                return None
            prior = [m for m in self._since(s - 4) if m.kind in kinds and not m.pronoun]
            if words[-1] == "force":
                # "the force": a mission or force named before, never an army
                prior = [m for m in prior if {"mission", "force"} & set(m.name.lower().split())]
            elif words[0] in {"chamber", "legislature", "assembly", "parliament"}:
                if i > 0 and (toks[i - 1].lower in self.locative or toks[i - 1].lower in {"of", "into", "from"}) and (words[0] != "parliament" or _motion_place(toks, i + 1) or toks[i - 1].lower in {"into", "from"}):
                    return None  # "walked out of the chamber", "in the chamber": the hall, a place
                if nxt.lower() in _LEGIS_PLACE_NOUNS:
                    return None  # "the parliament building": the building
                # a legislature stays in view longer than the four sentences of other bodies
                prior = [m for m in self._since(s - 10) if m.kind in kinds and not m.pronoun and (LEGISLATURE_WORDS & set(m.name.lower().split()) or m.name in self._legislatures)]
            elif words[0] == "crew":
                prior = [m for m in prior if _CREW_NOUNS & set(m.name.lower().split())]
            elif words[0] == "regulator":
                # a body named or described as a regulator before
                prior = [m for m in prior if _REGULATOR_WORDS & {t.lower for t in self._sent_toks.get(m.sent, ()) if m.start <= t.start < m.end or m.out_start <= t.start < m.start}]
            elif words[0] in {"judges", "bench"}:
                if mods or nxt.lower() in {"of", "'s", "’s"} or i > 0 and toks[i - 1].lower in self.locative:
                    return None  # "the bench of X", "in the bench": not a back-reference
                prior = [m for m in self._since(s - 10) if not m.pronoun and m.kind in kinds and {"court", "tribunal"} & set(m.name.lower().split())]
                if not prior:
                    # "ask the judges to suspend it", "whatever the judges decide": the judges
                    # the story speaks of, an actor of their own when no court is named
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("org", words[0]), words[0], "government", None, None, 0.4))
                    return i + 1 + n
            elif words[0] in _NAMED_HEADS or words[0] in {"association", "mission", "federation", "confederation"}:
                # "the council" is the Security Council named before, not any organisation
                prior = [m for m in prior if words[0] in m.name.lower()]
            elif words[0] == "embassy":
                if i > 0 and (toks[i - 1].lower in self.locative or toks[i - 1].lower in {"of", "to", "from", "into", "on"}):
                    return None  # "outside the embassy", "summoned to the embassy": the building
                prior = [m for m in prior if m.key[0] == "gov" and m.key[1] is not None and any(t.lower == "embassy" for t in self._sent_toks.get(m.sent, ()) if m.start <= t.start < m.end)]
            elif words[0] == "fund":
                prior = [m for m in prior if "fund" in m.name.lower()]
            elif words[0] == "board":
                if nxt.lower() in {"of", "'s", "’s"}:
                    return None  # "the board of directors", "the board's chairman"
                prior = [m for m in prior if m.key[0] == "org"]
            elif words[0] == "island":
                prior = [m for m in prior if m.key[0] == "gov" and m.key[1] is not None]
            elif words in {("government",), ("authorities",), ("administration",), ("regime",), ("junta",), ("executive",), ("cabinet",)}:
                named = [m for m in prior if words[0] in m.name.lower()]
                prior = named or [m for m in prior if m.key[0] == "gov"]
                if not named and prior and words[0] in _HOME_BODIES and not mods:
                    # "the government" with only states in view: the government of the state the
                    # story is about, the first it names ("Costa Rica signed … with the United
                    # States … the government said"), not the one named last
                    home = self._home_state()
                    if home is not None:
                        prior = [home]
            elif words[-1] == "partner":
                # a coalition's junior partner is a party, not the state or the coalition
                prior = [m for m in prior if m.key[0] == "org" and "coalition" not in m.name.lower().split() and not any(w in m.name.split() for w in _GOV_WORDS)]
            elif words[-1] in {"country", "kingdom"}:
                # "the country": a state named before, not its ministry or army; "in the
                # country", "across the country" is a place ("in the country's affairs" is not)
                if nxt not in _POSSESSIVE_MARKS and i > 0 and (toks[i - 1].lower in self.locative or toks[i - 1].lower in {"from", "of", "out", "leave", "left", "leaving", "enter", "entered", "visit", "visited", "visiting"}):
                    return None
                prior = [m for m in prior if m.key[0] == "gov" and m.key[1] is not None]
            elif words[0] in {"company", "firm", "operator", "utility"}:
                prior = [m for m in prior if m.key[0] == "org" and not any(w in m.name.split() for w in (*_GOV_WORDS, "Party", "Union", "Front", "Movement"))]
            described = self._same_description_before(words[-1], s, toks[i].start) if not mods else None
            if described is not None:
                # "the socialist union ABVV-BTB … the union": the body introduced with that noun
                prior = [described]
            if not prior:
                if words in {("army",), ("military",), ("navy",), ("air", "force")} and i + 1 + n < len(toks) and (self.lex.verb_forms.get(toks[i + 1 + n].lower) or toks[i + 1 + n].lower in {"said", "says", "has", "had", "was", "is", "would", "will"}):
                    # "The army shelled …" with no army named before: the article's own army,
                    # an actor when it is the subject of a verb
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("mil", None), words[0], "government", None, None, 0.45))
                    return i + 1 + n
                if words[-1] in {"mission", "force"} and mods == 0 and (n == 1 or words[0] == "peacekeeping") and not (i > 0 and toks[i - 1].lower in {"of", "by", "with"}):
                    # "extended the mandate of … ; authorises the force to grow": a mission or
                    # force the story named only by a description is an actor all the same;
                    # "the force" after the police is the police ("Police spokesman X said the force")
                    police = next((m for m in reversed(self._since(s - 4)) if words == ("force",) and not m.pronoun and m.kind != "person" and "police" in m.name.lower().split()), None)
                    if police is not None:
                        self._add(Mention(toks[i].start, toks[i + n].end, s, police.key, police.name, police.kind, police.country, police.role, 0.45))
                        return i + 1 + n
                    if words == ("force",) and any(m.key[0] == "mil" or {"army", "military", "forces"} & set(m.name.lower().split()) for m in self._since(s - 4)):
                        return None  # after an army "the force" may be the army's: left out, as before
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("org", "mission"), "mission", "igo", None, None, 0.4))
                    return i + 1 + n
                if words[-1] in {"company", "firm"} and i + 1 + n < len(toks) and (self.lex.verb_forms.get(toks[i + 1 + n].lower) or toks[i + 1 + n].lower in {"said", "says", "has", "had", "was", "is", "would", "will"}):
                    # "the company said …" before the company is named: an actor of its own
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("org", "company"), "company", "organization", None, None, 0.45))
                    return i + 1 + n
                if words[-1] in _SUBJECT_ANAPHORS and i + 1 + n < len(toks) and (self.lex.verb_forms.get(toks[i + 1 + n].lower) or toks[i + 1 + n].lower in _SUBJECT_AUX | {"said", "says"}) and not toks[i + 1 + n].lower.endswith("ing"):
                    # "the 12-member bloc said …" before (or without) its name: an actor of its own
                    name = self._text(toks[i + 1 : i + 1 + n]).lower()
                    kind = "group" if words[-1] in {"militia", "rebels", "militants", "insurgents", "movement", "group"} else "government" if words[-1] in {"junta", "regime"} else "igo" if words[-1] in {"bloc", "alliance"} else "organization"
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("org", name), name, kind, None, None, 0.45))
                    return i + 1 + n
                if words in {("government",), ("authorities",), ("administration",)}:
                    # "the government" with no government named before: the article's own
                    # government, an actor all the same.
                    self._add(Mention(toks[i].start, toks[i + n].end, s, ("gov", None), "government", "government", None, None, 0.5))
                    return i + 1 + n
                return None
            target = prior[-1]
            self._add(Mention(toks[i].start, toks[i + n].end, s, target.key, target.name, target.kind, target.country, target.role, 0.5))
            return i + 1 + n
        return None

    def _same_description_before(self, noun: str, s: int, before: int) -> Mention | None:
        """The body the story introduced with this common noun in its mention ("the socialist
        union ABVV-BTB", "the independent channel TV Nova"), in the last eight sentences."""
        for m in reversed(self._since(s - 8)):
            if m.pronoun or m.kind == "person" or m.key[0] in {"we", "i", "pair", "unnamed", "inst"} or m.sent == s and m.start >= before:
                continue
            if noun in self._described_words(m):
                return m
        return None

    def _described_words(self, m: Mention) -> frozenset:
        """Lower-case words inside a mention's span ("the socialist union ABVV-BTB", or an
        earlier "the union": one description, one body through the story), cached per mention."""
        got = self._span_words.get((m.sent, m.start))
        if got is None:
            toks = self._sent_toks.get(m.sent, ())
            got = set()
            # the span's tokens: from the first starting at or after m.start (bisection: no scan
            # of the whole sentence per mention)
            for k in range(bisect_left(toks, m.start, key=_tok_start), len(toks)):
                t = toks[k]
                if t.start >= m.end:
                    break
                if t.text.islower():
                    got.add(t.text)
            got = frozenset(got)
            self._span_words[(m.sent, m.start)] = got
        return got

    def _home_state(self) -> Mention | None:
        """The state the story is about: the first state it names as an actor."""
        return next((m for m in self.mentions if m.key[0] == "gov" and m.key[1] is not None and not m.pronoun), None)

    @staticmethod
    def _in_dateline(toks: list[Token], end: int, s: int) -> bool:
        """"NAIROBI, Kenya (AP) —": a place in the dateline before the credit is where the
        story was filed, not an actor (the credited outlet is: the wire reports the story)."""
        if s != 0 or end > 8:
            return False
        if end < len(toks) and toks[end].text in {"-", "—", "–"} and toks[0].text.isupper() and len(toks[0].text) > 1 and any(t.text == "," for t in toks[1:end]):
            return True  # "KINGSTON, Jamaica - The …": a dateline with no credit
        for t in toks[end : end + 6]:
            if t.text == "(":
                return True
            if t.text[:1].islower():
                return False
        return False

    @staticmethod
    def _venue(toks: list[Token], i: int) -> bool:
        """A legislature right after "in/at/inside/outside (the)" is where something happens
        ("survived a censure motion in the National Assembly"), not an actor."""
        k = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
        return k > 0 and toks[k - 1].lower in _VENUE_PREPS or _motion_place(toks, i)

    def _modifier_at(self, toks: list[Token], j: int) -> bool:
        """A lower-case noun right after a body's name makes the name its modifier ("the Senate
        motion", "parliament speaker"); a verb, auxiliary or preposition there does not."""
        if j >= len(toks):
            return False
        nxt = toks[j]
        if nxt.lower in _UNNAMED_NOUNS or (nxt.lower,) in self.lex.titles:
            return False  # "a senior Congress official": a person of that body
        if nxt.lower == "of":
            return False  # "the Congress of Trade Unions": the name goes on, not a modifier
        if nxt.lower.endswith(("s", "ed")) and not nxt.lower.endswith("ss"):
            return False  # "as long as Congress respects …", "Congress passed": most likely a verb
        return nxt.text[:1].isalpha() and nxt.text.islower() and not (self.lex.verb_forms.get(nxt.lower) or nxt.lower in _SUBJECT_AUX or nxt.lower in _PREP_WORDS or nxt.lower in _AFTER_BARE_PARLIAMENT or nxt.lower in _NOT_MODIFIED)

    def _try_name(self, toks: list[Token], i: int, s: int) -> int | None:
        if toks[i].lower == "the":
            return None
        ne = self._name_at(toks, i)
        if not ne:
            return None
        end, e = ne
        if end < len(toks) and toks[end].text[:1] == "$" and toks[end].start == toks[end - 1].end:
            return end  # "US$420 million": a currency, not the state
        if end < len(toks) and toks[end].lower in _THING_AFTER_NAME and toks[end].text.islower() and e.kind in {"igo", "government", "organization"}:
            # "breaches EU rules", "an IMF programme", "U.S. policy", "the US dollar", "not an EU
            # member": the name only says whose thing it is (the gold sets leave these out;
            # "EU sanctions", "IMF loans", "UN monitors" are the body acting, and stay)
            return end
        # Part of a longer capitalised name ("Washington Times", "Moscow State University",
        # "the Chile National Commission on Human Rights"): the capitalised run after it ends
        # in (or holds) an organisation word.
        k = end
        while k < len(toks) and k - end < 6 and (_is_cap(toks[k]) and toks[k].text not in _NOT_NAME or toks[k].lower in {"of", "on", "for", "and"} and k + 1 < len(toks) and _is_cap(toks[k + 1])):
            if toks[k].text in self.org_suffixes or toks[k].text in self.media_suffixes or toks[k].text in _GOV_WORDS or toks[k].text in _ORG_WORDS:
                return None
            k += 1
        prev = toks[i - 1].lower if i > 0 else ""
        prev2 = toks[i - 2].lower if i > 1 else ""
        motion = prev == "to" and (prev2 in _MOTION or prev2 in _VISIT) or prev == "the" and prev2 == "to" and i > 2 and toks[i - 3].lower in _MOTION or prev in _TOURED or e.place and not e.is_country and prev in _VISIT
        if not motion and prev in {"and", "or"} and e.place and self.locations and self.locations[-1][1] == toks[i - 2].end:
            motion = True  # "toured Dakar and Abidjan", "in Kenya or Uganda": the second place too
        if not motion and e.place and prev in _AREA_WORDS and toks[i - 1].text.islower():
            motion = True  # "southern Chad", "northern Ethiopia": a part of the country, a place
        if not motion and e.place and (prev == "of" and prev2 in _COMPASS_OF or prev == "from" and prev2 in _BACK_FROM):
            motion = True  # "pulled its troops out of Iraq", "drills east of Taiwan", "fled from X": a place
        possessed = e.place and end + 1 < len(toks) and toks[end].lower in {"'s", "’s"} and toks[end + 1].lower in _PLACE_ATTRIBUTES and not (end + 2 < len(toks) and toks[end + 2].lower in _ATTRIBUTE_BODIES)
        if motion or possessed:
            # "travelled to X", "travel to the EU", "X's presidential election": a destination
            # or a place's attribute, not an actor
            self.locations.append((toks[i].start, toks[end - 1].end, e))
            return end
        if e.place and e.kind == "government" and e.country and prev == "in" and prev2 in _OFFICIALS_IN and not (self.mentions and self.mentions[-1].end >= toks[i - 2].start and self.mentions[-1].sent == s):
            # "officials in Tokyo called the transit routine", "the leaders in Tiraspol": the
            # government seated there speaks through them (one mention with its place)
            a = i - 3 if i > 2 and toks[i - 3].lower == "the" else i - 2
            self._add(Mention(toks[a].start, toks[end - 1].end, s, ("gov", e.country), self.lex.country_names.get(e.country, e.name), "government", e.country, None, 0.5))
            return end
        if e.place and (prev in self.locative or (prev in _THE_AREA and prev2 in self.locative) or self._in_dateline(toks, end, s)):
            # the seat of a body ("in Brussels") is the city itself as a location
            self.locations.append((toks[i].start, toks[end - 1].end, e if e.kind in {"government", "other"} else self.lex.seat_places.get(tuple(t.text for t in toks[i:end]), Entry(self._text(toks[i:end]), "other", None, True))))
            return end
        if e.legislature and (self._venue(toks, i) or self._modifier_at(toks, end)):
            return end
        if e.kind == "other":  # a city: location when named, not an actor
            self.locations.append((toks[i].start, toks[end - 1].end, e))
            return end
        state = e.place and e.kind == "government"  # a seat of another body ("Brussels") keeps it
        key = ("gov", e.country) if state else ("org", e.name)
        name = self.lex.country_names.get(e.country or "", e.name) if state else e.name
        country = e.country
        if e.country == "USA" and toks[i].text in _BARE_LEGISLATURES and end == i + 1:
            # a bare "Congress" / "Senate" is the legislature of the state the story is about:
            # the US unless the sentence or the story so far names a state whose legislature
            # (or upper house) has that name
            word = toks[i].text
            iso = self._congress_state(toks, word)
            if iso != "USA":
                country = iso
                name = f"{word} of {self.lex.country_names.get(iso, iso)}"
                key = ("org", name)
        self._add(Mention(toks[i].start, toks[end - 1].end, s, key, name, e.kind, country, None, 0.9))
        return end

    def _congress_state(self, toks: list[Token], word: str = "Congress") -> str:
        us_name = f"US {word}"
        states = _BARE_LEGISLATURES[word]
        earlier = next((m.country for m in self.mentions if m.country and m.key[0] == "org" and (m.name == us_name or m.name.startswith(f"{word} of "))), None)
        if earlier:
            return earlier  # one story, one Congress
        seen = [m.country for m in self.mentions if m.country and not (m.key[0] == "org" and m.name == us_name)] + [x[2].country for x in self.locations if x[2].country]
        if "USA" in seen:
            return "USA"
        here = []
        for k in range(len(toks)):
            hit = self._name_at(toks, k) if toks[k].text[:1].isupper() else None
            if hit and hit[1].place and hit[1].country:
                here.append(hit[1].country)
            elif toks[k].text[:1].isupper():
                d = self._demonym_at(toks, k)
                if d:
                    here.append(d[1])
        for iso in (*here, *reversed(seen)):
            if iso in states:
                return iso
        return "USA"

    def _try_capseq(self, toks: list[Token], i: int, s: int) -> int | None:
        t = toks[i]
        if not _is_cap(t) or t.text in _NOT_NAME or (i > 0 and _is_cap(toks[i - 1]) and toks[i - 1].text not in _NOT_NAME):
            return None
        j = i
        while j < len(toks):
            u = toks[j]
            if _is_cap(u) and (u.text not in _NOT_NAME or j > i and u.text in _NAME_OFFICE_WORDS):
                j += 1
            elif (u.lower in _CONNECT or u.lower in _ORG_CONNECT and t.text in _ORG_FIRST and u.text.islower()) and j > i and j + 1 < len(toks) and _is_cap(toks[j + 1]) and (toks[j + 1].text not in _NOT_NAME or toks[j + 1].text in _NAME_OFFICE_WORDS):
                j += 1  # "Congress of Trade Unions", "Ministry of Foreign Affairs": office words go on a name
            else:
                break
        if j == i:
            return None
        words = [x.text for x in toks[i:j]]
        last = words[-1]
        # "Treasury Cabinet Secretary Amina Wekesa": an office title, then the holder's name
        p_title = max((k for k in range(len(words) - 2) if (words[k].lower(),) in self.lex.titles or words[k].lower() in _OFFICE_WORDS), default=None) if len(words) > 2 else None
        if p_title is not None and 2 <= len(words) - p_title - 1 <= 3 and not any(w in _GOV_WORDS or w in self.org_suffixes for w in words[p_title + 1 :]):
            nt = tuple(words[p_title + 1 :])
            role = " ".join(words[: p_title + 1])
            self._add(Mention(t.start, toks[j - 1].end, s, ("person", nt), " ".join(nt), "person", None, role, 0.75, name_tokens=nt))
            return j
        if last in _STREET_WORDS or last in _DOCUMENT_LAST and len(words) >= 2:
            return j  # "Kenyatta Avenue": a place; "the Montreux Convention": a document
        m = self._descriptor_name(toks, i, j, s)
        if m:
            return m
        if i > 0 and (toks[i - 1].lower in _POLITICAL_MODS or j < len(toks) and toks[j].lower in _PARTY_NOUNS) and len(words) <= 4:
            m = self._party_name(toks, i, j, s)
            if m:
                return m
        if last in {"Court", "Tribunal"} and i > 1 and toks[i - 1].lower == "the" and toks[i - 2].lower == "in" and not (j < len(toks) and toks[j].lower in {"'s", "’s"}):
            # "challenge the law in the Constitutional Court": the venue, not an actor; "file a
            # petition at the High Court", "challenge the result before the Tribunal" address
            # the court, which is to decide (an actor, as the gold sets mark it)
            return j
        if any(w.lower() in LEGISLATURE_WORDS for w in words) and (self._venue(toks, i) or self._modifier_at(toks, j)) and not (j < len(toks) and toks[j].lower in {"'s", "’s"}):
            return j  # "a censure motion in the National Assembly": the venue
        house = "House" in words and words.index("House") + 2 < len(words) and words[words.index("House") + 1] == "of"
        if house and words[0] != "House" and not all((w,) in self.lex.demonyms or w in self.lex.name_lens for w in words[: words.index("House")]):
            # "Addressing the House of Representatives, …": the name starts at "House"
            i += words.index("House")
            t, words = toks[i], words[words.index("House") :]
        if last in self.org_suffixes or last in self.media_suffixes or last in _EXTRA_ORG_SUFFIXES or any(w in _GOV_WORDS for w in words) or house or (
            ("of" in words or "for" in words) and any(words[k] in self.org_suffixes and words[k + 1] in _OF_FOR for k in range(len(words) - 1))
        ):
            # an organisation word heading the name ("National Federation of Mining Workers",
            # "Committee for National Security"): a body whatever word ends the name
            if last in self.media_suffixes and last not in {"Agency"}:
                kind = "media"
            elif any(w in _ARMED_GROUP_WORDS for w in words):
                kind = "group"  # "Karen National Liberation Army": an armed group, not a state's army
            elif house or any(w in _GOV_WORDS for w in words):
                kind = "government"  # "House of Representatives", "House of Delegates": a legislature
            else:
                kind = "organization"
            country = None
            for w in words:
                iso = self.lex.demonyms.get((w,))
                if iso:
                    country = iso
                    break
            name = " ".join(words)
            self._add(Mention(t.start, toks[j - 1].end, s, ("org", name), name, kind, country, None, 0.7))
            return j
        if self._unknown_place(toks, i, j, s):
            self.locations.append((t.start, toks[j - 1].end, Entry(" ".join(words), "other", None, True)))
            return j
        if len(words) == 1 and _acronym_like(last):
            # "the Polish People's Party (PSL)": the acronym is a mention of its own (guidelines
            # 1, settled cases), and later "PSL" is that body
            ent = self._acronyms.get(last)
            if ent is None and i > 1 and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")":
                ent = self._named_before(toks, i - 1, s, last)
                if ent is None and toks[i - 2].lower in _ACRONYM_HEADS and toks[i - 2].text.islower():
                    ent = self._described_before(toks, i - 1, s, last)
                if ent is None and last.isupper() and _is_cap(toks[i - 2]):
                    ent = self._spelled_before(toks, i - 1, s, last)
                if ent is not None:
                    self._acronyms[last] = ent
            if ent is not None and j < len(toks) and toks[j].text.islower() and toks[j].lower in self.lex.title_lens:
                return None  # "CEPA director X": the body opens the person's title (no nested mention)
            if ent is not None:
                a = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
                self._add(Mention(toks[a].start, toks[j - 1].end, s, ent.key, ent.name, ent.kind, ent.country, ent.role, 0.7))
                return j
        if len(words) == 1 and 2 <= len(last) <= 6 and last.isupper() and last.isalpha():
            # "the KNLA" after "the Karen National Liberation Army": an acronym of a named body
            ent = self._acronym_of(last)
            if ent is not None:
                a = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
                self._add(Mention(toks[a].start, toks[j - 1].end, s, ent.key, ent.name, ent.kind, ent.country, ent.role, 0.7))
                return j
        if len(words) == 1 and _acronym_like(last) and not last.isdigit() and last not in _NON_ACTOR_ACRONYMS and i > 0 and toks[i - 1].lower == "the":
            # "accusing the JLP of buying votes", "supplying the FDLR": "the" and an unknown
            # acronym, not a modifier ("the LNG terminal"), is a body the story knows by its
            # acronym (the gold sets mark every such one); "the SACU secretariat", "the CPN
            # (Maoist Centre)" take the body's word or bracketed name along
            e = j
            if e < len(toks) and toks[e].lower in _ACRONYM_BODY_WORDS and toks[e].text.islower():
                e += 1
            elif e + 2 < len(toks) and toks[e].text == "(" and _is_cap(toks[e + 1]):
                k = e + 1
                while k < len(toks) and k - e <= 4 and _is_cap(toks[k]):
                    k += 1
                if k < len(toks) and toks[k].text == ")":
                    e = k + 1
            if e == j and self._modifier_at(toks, j):
                return None
            name = "".join(t.text if k == i or t.start == toks[k - 1].end else " " + t.text for k, t in enumerate(toks[i:e], i))
            m = Mention(toks[i - 1].start, toks[e - 1].end, s, ("org", name), name, "organization", None, None, 0.55)
            self._add(m)
            self._acronyms.setdefault(last, m)
            return e
        joined = " ".join(words).lower()  # joined once, not once per location
        if j < len(toks) and toks[j].lower in _PLACE_MODIFIED or any(x[2].name.lower() == joined for x in self.locations):
            # "the Mae Sot crossing", "the Tengiz field", or a place already seen ("MAE SOT, …")
            self.locations.append((t.start, toks[j - 1].end, Entry(" ".join(words), "other", None, True)))
            return j
        bracket = self._bracket_acronym(toks, j)
        if len(words) >= 2 and (bracket and bracket[0] == words[0][0] or words[0] in _ORG_FIRST and (words[1].lower() in _CONNECT or words[1].lower() in _ORG_CONNECT)):
            # "Hidroeléctrica de Cahora Bassa (HCB)": a name with an acronym is a body's (a
            # person's bracket starts with another letter: "Imran Khan (PTI)"); "Front for
            # Change and Concord": an organisation word heading a name with connectors
            name = " ".join(words)
            kind = "group" if any(w in _ARMED_GROUP_WORDS for w in words) else "organization"
            self._add(Mention(t.start, toks[j - 1].end, s, ("org", name), name, kind, None, None, 0.6))
            return j
        if any(w.lower() in _CONNECT_NOT_PARTICLE for w in words):
            k = next(k for k, w in enumerate(words) if w.lower() in _CONNECT_NOT_PARTICLE)
            if words[k] != "and" or k == 0:
                return None
            # "Ferrante and Benedetti", "Ana Lima and Rui Costa": two names coordinated, not one
            # body's; the first conjunct is read here, the second on its own after the "and"
            j, words = i + k, words[:k]
        nt = tuple(words)
        # the persons with this word in their names, in the order made (no other can match below)
        named = [e for _, e in sorted(self._person_words.get(nt[0], ()), key=_first)]
        # A surname (or full name) of a person already seen.
        for ent in named:
            # the last name, or the first of a double surname ("Rodrigo Araya Solís" … "Araya")
            if ent.kind == "person" and ent.name_tokens and (nt == ent.name_tokens or (len(nt) == 1 and (nt[0] == ent.name_tokens[-1] or len(ent.name_tokens) >= 3 and nt[0] == ent.name_tokens[-2] and nt[0] not in _NAME_PARTICLES))):
                self._add(Mention(t.start, toks[j - 1].end, s, ent.key, ent.name, "person", ent.country, ent.role, 0.8, name_tokens=nt))
                return j
        if len(nt) == 1:
            # the family name written first ("Zhou Minghao" … "Zhou", "Park Soo-min" … "Park") or a
            # person known by a given name: the first word of a two-word name seen before
            for ent in named:
                if ent.kind == "person" and ent.name_tokens and len(ent.name_tokens) == 2 and nt[0] == ent.name_tokens[0]:
                    self._add(Mention(t.start, toks[j - 1].end, s, ent.key, ent.name, "person", ent.country, ent.role, 0.6, name_tokens=nt))
                    return j
        if 2 <= len(nt) <= 4 and all(w.isalpha() or "-" in w or "." in w or "'" in w for w in nt):
            if nt in self.lex.demonyms or j < len(toks) and toks[j].text.islower() and (toks[j].lower in _PLACE_NOUNS or toks[j].lower in _SCHEME_NOUNS):
                # "Sri Lankan rice": a people's adjective; "the disputed Ras Doumeira area",
                # "the Horizon Europe programmes": a place's or a scheme's name
                return j
            # two to four unknown capitalised words: a person's name, possessive or not
            self._add(Mention(t.start, toks[j - 1].end, s, ("person", nt), " ".join(nt), "person", None, None, 0.6, name_tokens=nt))
            return j
        if len(nt) == 1 and i > 0 and j < len(toks) and self.lex.verb_forms.get(toks[j].lower) in {"say", "tell", "add", "note", "state"} and (nt[0],) not in self.lex.demonyms and not (toks[i - 1].lower in _NUMBER_WORDS or toks[i - 1].text[:1].isdigit()):
            self._add(Mention(t.start, toks[j - 1].end, s, ("person", nt), nt[0], "person", None, None, 0.5, name_tokens=nt))
            return j
        return j  # skip unknown capitalised word(s)

    def _descriptor_name(self, toks: list[Token], i: int, j: int, s: int) -> int | None:
        """An unknown name right after a lower-case descriptor of its kind ("state broadcaster
        RTS", "the independent union Birlik") or an unknown acronym right before one ("the
        APIKUR association", "the BTA news agency") is that body."""
        words = [x.text for x in toks[i:j]]
        if i > 0 and toks[i - 1].lower in _DESCRIPTOR_NOUNS and toks[i - 1].text.islower() and len(words) <= 3:
            desc, end = toks[i - 1].lower, j - 1
            a = i - 1
            # the descriptor's own modifiers ("state", "independent", "oil"), not a verb or preposition
            while a > 0 and a > i - 4 and toks[a - 1].text.isalpha() and toks[a - 1].text.islower() and toks[a - 1].lower not in _PREP_WORDS and toks[a - 1].lower not in {"the", "a", "an", "and", "or", "of", "its", "their", "said", "says"} and (toks[a - 1].lower == "state" or toks[a - 1].lower not in self.lex.verb_forms):
                a -= 1
            if a > 0 and toks[a - 1].lower == "the":
                a -= 1
        elif len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 8 and j < len(toks) and (toks[j].lower in _DESCRIPTOR_NOUNS or toks[j].lower == "news") and toks[j].text.islower():
            end = j + 1 if toks[j].lower == "news" else j
            if end >= len(toks) or toks[end].lower not in _DESCRIPTOR_NOUNS:
                return None
            desc = toks[end].lower
            a = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
        else:
            return None
        name = " ".join(words)
        kind = "media" if desc in _MEDIA_DESCRIPTORS else "group" if desc in {"movement", "group"} else "organization"
        self._add(Mention(toks[a].start, toks[end].end, s, ("org", name), name, kind, None, None, 0.6))
        return max(j, end + 1)

    def _party_name(self, toks: list[Token], i: int, j: int, s: int) -> int | None:
        """"The opposition Akbayan party", "the ruling People's Force", "the Citizen Revolution
        movement": an unknown name after a party's political position or before a lower-case
        "party"/"movement" is a party's (the whole phrase one mention, guidelines 0.3); an
        acronym in brackets right after it is that party's too."""
        n = len(toks)
        if j + 1 < n and toks[j].lower in _POSSESSIVE_MARKS and toks[j].start == toks[j - 1].end and _is_cap(toks[j + 1]) and toks[j + 1].text not in _NOT_NAME:
            j += 2  # "People's Force", "Citizens' Voice": a possessive inside the name
            while j < n and j - i < 6 and _is_cap(toks[j]) and toks[j].text not in _NOT_NAME:
                j += 1
        words = [x.text for x in toks[i:j]]
        if any((w,) in self.lex.demonyms or w in _NOT_NAME or w in _OCCASIONS or w in _GOV_WORDS or w in self.org_words for w in words):
            # a demonym is no name ("the ruling Socialist party" is for the other matchers), nor
            # an occasion ("the Christmas party"); a body's own word ("the ruling Military
            # Council", "the opposition Labour Party") leaves the name to the body matchers
            return None
        a = i
        while a > 0 and a > i - 3 and (toks[a - 1].lower in _POLITICAL_MODS or toks[a - 1].lower == "main"):
            a -= 1
        end = j
        if j < n and toks[j].lower in _PARTY_NOUNS and toks[j].text.islower():
            end = j + 1
        elif a == i:
            return None
        if end < n and (toks[end].lower in self.lex.title_lens or toks[end].lower in _APPOS_HEADS):
            return None  # "liberal NEOS leader Felix Auer": the name opens a person's title
        if a > 0 and toks[a - 1].lower == "the":
            a -= 1
        elif a == i and not (i == 0 or toks[i - 1].lower in {"a", "an"}):
            return None  # "… Kenyatta party …" with no article: too loose
        name = "".join(t.text if k == i or t.start == toks[k - 1].end else " " + t.text for k, t in enumerate(toks[i:j], i))
        kind = "group" if end > j and toks[j].lower == "movement" and a == i else "organization"
        m = Mention(toks[a].start, toks[end - 1].end, s, ("org", name), name, kind, None, None, 0.6)
        self._add(m)
        acro = self._bracket_acronym(toks, end)
        if acro is not None and acro not in self._acronyms:
            self._acronyms[acro] = m
        return end

    @staticmethod
    def _bracket_acronym(toks: list[Token], j: int) -> str | None:
        """The acronym in "(HCB)" right at j, if any."""
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and _acronym_like(toks[j + 1].text):
            return toks[j + 1].text
        return None

    def _named_before(self, toks: list[Token], p: int, s: int, acro: str) -> Mention | None:
        """The body named in this sentence just before the bracket at p whose name starts with
        the acronym's letter ("the U.N. Support Mission in Libya (UNSMIL)")."""
        lo = toks[max(0, p - 8)].start
        for m in reversed(self._by_sent.get(s, [])):
            if m.end > toks[p].start or m.start < lo:
                continue
            if m.pronoun or m.kind == "person":
                return None
            if m.key[0] == "org" and m.end == toks[p - 1].end:
                # an all-caps bracket right after a body's name is its acronym even when the
                # letters differ (an acronym of the name in another language: "National
                # Federation of Mining Workers (FNTM)"); a state's name is left out ("Kyrgyzstan (AP)")
                return m
            first = next((w for w in m.name.split() if w[:1].isupper()), "")
            return m if first[:1] == acro[0] else None
        return None

    def _spelled_before(self, toks: list[Token], p: int, s: int, acro: str) -> Mention | None:
        """"the General Election Commission (GEC)", "Korea Hydro & Nuclear Power (KHNP)",
        "Libya's Government of National Unity (GNU)": the capitalised words right before the
        bracket whose initials spell the acronym are the body's name. A mention that already
        covers them is the body; else they become one mention (a shorter one found inside,
        "Election Commission", "Department of State", gives way: maximal mentions, guidelines 0.3)."""
        a = None
        k = p - 1
        while k >= 0 and p - k <= 8:
            t = toks[k]
            if _is_cap(t) and t.text.replace("-", "").isalpha():
                if "".join(x.text[0] for x in toks[k:p] if _is_cap(x)) == acro:
                    a = k
            elif t.lower not in {"of", "for", "and", "&", "on", "de", "des", "du", "la", "el"}:
                break
            k -= 1
        if a is None:
            return None
        last = toks[p - 1].text
        if last in _DOCUMENT_LAST or last in _GEO_LAST or last in _STREET_WORDS or last in _THING_NAME_LAST:
            return None  # "the South Asia Free Trade Agreement (SAFTA)", "… Facilities (UCF)": a thing or a place
        start, end = toks[a].start, toks[p - 1].end
        ms = self._by_sent.get(s, [])
        outer = next((m for m in ms if m.start <= start and m.end == end and not m.pronoun), None)
        if outer is not None and outer.kind != "person":
            return outer
        if outer is None and any(m.start < end < m.end for m in ms):
            return None  # a mention across the name's end: not a name of its own
        left = next((m for m in ms if m.start < start < m.end), None) if outer is None else None
        words = [t.text for t in toks[a:p]]
        name = "".join(t.text if q == a or t.start == toks[q - 1].end else " " + t.text for q, t in enumerate(toks[a:p], a))
        kind = "group" if any(w in _ARMED_GROUP_WORDS for w in words) else "government" if any(w in _GOV_WORDS or w in {"Service", "Services", "Agency", "Authority"} for w in words) else "organization"
        country = next((self.lex.demonyms[(w,)] for w in words if (w,) in self.lex.demonyms), None)
        if outer is not None or left is not None:
            # "the General Election Commission" read as a title and a name: a person has no
            # acronym, the words are a body's name (the mention keeps its span); "Libya's
            # Government" cut before "of National Unity (GNU)": the whole name, one mention
            start = (outer or left).start
            if left is not None and left.kind == "government" and left.country and country is None:
                country = left.country
        m = Mention(start, end, s, ("org", name), name, kind, country, None, 0.6)
        gone = {id(x) for x in ms if start <= x.start and x.end <= end}
        if gone:
            self._drop(s, gone)
        self._add(m)
        return m

    def _described_before(self, toks: list[Token], p: int, s: int, acro: str) -> Mention | None:
        """"the port employers' federation (CEPA)", "the national electoral commission (CENI)":
        a body described in lower-case words right before its acronym in brackets is that body
        (the description and the acronym are two mentions, guidelines 1 settled cases)."""
        a = p - 1
        while a > 0 and p - a <= 5 and (toks[a - 1].text.islower() and (toks[a - 1].text.replace("-", "").isalpha()) or toks[a - 1].text in _POSSESSIVE_MARKS and toks[a - 1].start == toks[a - 2].end) and toks[a - 1].lower not in {"the", "a", "an", "its", "their"}:
            w = toks[a - 1].lower
            if w in _PREP_WORDS or w in _CLAUSE_BREAKS or w in _NOT_MODIFIED or w in {"of", "or"} or self.lex.verb_forms.get(w) and not w.endswith(("ers", "ors")):
                return None  # a preposition or a verb: no description of the body alone
            a -= 1
        if a == 0 or toks[a - 1].lower not in {"the", "a", "an"}:
            return None
        head = toks[p - 1].lower
        desc = "".join(t.text if k == a or t.start == toks[k - 1].end else " " + t.text for k, t in enumerate(toks[a:p], a))
        kind = "government" if head in {"commission", "authority", "office", "agency", "service", "council"} and not any(t.lower in _POSSESSIVE_MARKS for t in toks[a:p]) else "group" if head == "movement" else "organization"
        m = Mention(toks[a - 1].start, toks[p - 1].end, s, ("org", acro), f"{acro} ({desc})", kind, None, None, 0.55)
        inner = [x for x in self._by_sent.get(s, ()) if m.start <= x.start and x.end <= m.end]
        if inner:
            # "employers" in "the port employers' federation", "the … commission" found as an
            # institution: the description is one mention of the body (no nested mentions)
            self._drop(s, {id(x) for x in inner})
        self._add(m)
        return m

    def _acronym_of(self, acro: str) -> Entity | Mention | None:
        """The organisation, group or body named before whose capitalised words' initials
        spell the acronym ("Karen National Liberation Army" -> KNLA)."""
        for m in reversed(self.mentions):
            if m.pronoun or m.kind == "person" or m.key[0] != "org":
                continue
            initials = "".join(w[0] for w in m.name.replace("-", " ").split() if w[:1].isupper())
            if initials == acro:
                return m
        return None

    def _unknown_place(self, toks: list[Token], i: int, j: int, s: int) -> bool:
        """An unknown capitalised name [i, j) that the context makes a place: a dateline
        ("LA PAZ, Bolivia (AP)"), a geographic head or prefix ("the Moei River", "North
        Kivu"), "the town of X", or a locative preposition before it ("near X", "in X")."""
        words = [x.text for x in toks[i:j]]
        if s == 0 and i < 3 and (self._in_dateline(toks, j, s) or all(w.isupper() and len(w) > 1 for w in words) and j < len(toks) and toks[j].text in {",", "-", "—", "–", "("}):
            return True
        if words[-1] in _GEO_LAST or (len(words) > 1 and words[0] in _GEO_FIRST):
            return True
        k = i - 1
        if k >= 0 and toks[k].lower in _THE_AREA:
            k -= 1
        if k < 0:
            return False
        prev = toks[k].lower
        if prev == "of" and k > 0 and toks[k - 1].lower in _PLACE_NOUNS:
            return True
        # "in X's government" is an actor's attribute; "in X" alone a place
        if not (prev in self.locative and prev not in {"into", "towards", "toward"} and not (j < len(toks) and toks[j].lower in {"'s", "’s"})):
            return False
        # "a vote of no confidence in Solberg": a person the story named before is no place
        last = words[-1]
        return not any(e.kind == "person" and e.name_tokens and e.name_tokens[-1] == last for _, e in self._person_words.get(last, ()))

    def _try_spokesperson(self, toks: list[Token], i: int, s: int) -> int | None:
        """"a government spokesman", "an army spokeswoman": an unnamed person."""
        if toks[i].lower not in {"a", "an", "the"}:
            return None
        for k in (i + 1, i + 2, i + 3):
            if k >= len(toks) or not toks[k].text.isalpha() or (toks[k].text[:1].isupper() and k > i + 1):
                return None
            if toks[k].lower in _SPOKES:
                role = self._text(toks[i + 1 : k + 1])
                self._add(Mention(toks[i].start, toks[k].end, s, ("role", role.lower(), None), role, "person", None, role, 0.55))
                return k + 1
        return None

    def _try_unnamed(self, toks: list[Token], i: int, s: int) -> int | None:
        """"a senior official", "a Pakistani official", "a 60-year-old farmer": an unnamed person,
        one actor per mention (two unnamed officials are not known to be the same person)."""
        if toks[i].lower not in {"a", "an"}:
            return None
        j = i + 1
        country = None
        mods = 0
        while j < len(toks) and mods < 3 and toks[j].lower not in _UNNAMED_NOUNS and not ((mods or toks[j].lower in {"court", "tribunal"}) and toks[j].lower in _UNNAMED_GROUPS):
            if toks[j].lower in _PREP_WORDS or toks[j].lower in {"a", "an", "the", "and", "or", "of"}:
                return None  # "a case in a court": no modifier of one noun phrase
            d = self._demonym_at(toks, j)
            if d and d[0] == j + 1:
                country = d[1]
            elif not (toks[j].text.islower() and (toks[j].text.isalpha() or "-" in toks[j].text)) and not (_is_cap(toks[j]) and toks[j].text.isalpha() and (toks[j].text not in _NOT_NAME and toks[j].lower.endswith(("an", "ish", "ese", "i", "ic")) or toks[j].text in _REGION_ADJ)):
                return None  # "a senior Kurdish negotiator", "a European diplomat" pass
            j += 1
            mods += 1
        if j < len(toks) and mods and toks[j].lower in _UNNAMED_GROUPS and (j + 1 == len(toks) or toks[j + 1].lower != "of") and not any(t.lower in _NOT_INST_MODIFIERS for t in toks[i + 1 : j]):
            # "a rebel group", "a rights group", "an opposition coalition": a group not named
            kind = "government" if toks[j].lower in {"court", "tribunal"} else "organization" if toks[j - 1].lower in {"rights", "aid", "advocacy", "lobby", "business", "industry", "campaign"} else "group"
            role = self._text(toks[i + 1 : j + 1])
            self._add(Mention(toks[i].start, toks[j].end, s, ("grp", None, f"{toks[j].lower}@{toks[i].start}"), role, kind, country, None, 0.4))
            return j + 1
        if j == i + 1 and j + 1 < len(toks) and toks[j].lower in {"court", "tribunal"} and (i == 0 or toks[i - 1].lower not in _PREP_WORDS) and (self.lex.verb_forms.get(toks[j + 1].lower) or toks[j + 1].lower in _SUBJECT_AUX or toks[j + 1].lower == "in" and j + 2 < len(toks) and _is_cap(toks[j + 2])):
            # "unless a court ordered their release", "A court in Minsk sentenced …": a court
            # not named is an actor when it acts (not "filed a case in a court")
            end = j + 3 if toks[j + 1].lower == "in" else j + 1
            self._add(Mention(toks[i].start, toks[end - 1].end, s, ("grp", None, f"court@{toks[i].start}"), self._text(toks[i + 1 : end]), "government", country, None, 0.4))
            return end
        if j >= len(toks) or toks[j].lower not in _UNNAMED_NOUNS:
            return None
        noun = toks[j].lower
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        if not mods and noun not in _UNNAMED_BARE or nxt in {"of", "'s", "’s"} and noun == "source":
            return None
        if nxt in _UNNAMED_NOUNS or nxt in {"visa", "permit", "union", "group", "movement", "leader", "rights"}:
            return None  # "a student activist", "a worker visa": the noun is a modifier
        role = self._text(toks[i + 1 : j + 1])
        self._add(Mention(toks[i].start, toks[j].end, s, ("unnamed", noun, toks[i].start), role, "person", country, None, 0.4))
        return j + 1

    def _try_other_side(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the other side": the latest side named before that is not this sentence's subject."""
        if toks[i].lower != "the" or i + 2 >= len(toks) or toks[i + 1].lower != "other" or toks[i + 2].lower not in {"side", "party"}:
            return None
        here = {m.key for m in self._by_sent.get(s, ()) if m.start < toks[i].start}
        for prev in reversed(self.mentions):
            if prev.sent < s - 4:
                break
            if prev.pronoun or prev.kind not in {"government", "group", "igo", "organization"} or prev.key in here or prev.key[0] in {"we", "pair"}:
                continue
            self._add(Mention(toks[i].start, toks[i + 2].end, s, prev.key, prev.name, prev.kind, prev.country, prev.role, 0.4, pronoun=True))
            return i + 3
        return None

    def _try_the_participle(self, toks: list[Token], i: int, s: int) -> int | None:
        """"abandoning the displaced", "the detained will be freed": a participle used as a
        plural noun names the people it describes (not "the displaced families": a modifier)."""
        j = i + 1
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.text[:1].isalnum() and nxt.lower not in _AFTER_PARTICIPLE_GROUP:
            return None
        self._add(Mention(toks[i].start, toks[j].end, s, ("grp", None, f"the {toks[j].lower}"), f"the {toks[j].lower}", "group", None, None, 0.4))
        return j + 1

    def _try_unnamed_backref(self, toks: list[Token], i: int, s: int) -> int | None:
        """"a Japanese trading-house employee … the employee": the unnamed person introduced
        with that noun in the last eight sentences; "the woman"/"the man" with none such is the
        last person of that gender the text showed in the last two sentences."""
        j = i + 1
        noun = toks[j].lower
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        if nxt == "who" or j + 1 < len(toks) and _is_cap(toks[j + 1]) or nxt in _UNNAMED_NOUNS:
            return None  # "the man who …", "the lawyer X", "the student activist": not a plain back-reference
        for m in reversed(self.mentions):
            if m.sent < s - 8:
                break
            if m.key[0] == "unnamed" and m.key[1] == noun:
                self._add(Mention(toks[i].start, toks[j].end, s, m.key, m.name, m.kind, m.country, m.role, 0.4, pronoun=True))
                return j + 1
        want = "f" if noun == "woman" else "m" if noun == "man" else None
        if want is None or nxt in {"of", "'s", "’s"}:
            return None  # "the woman's husband": another person
        for m in reversed(self.mentions):
            if m.sent < s - 2:
                break
            if m.kind == "person" and not m.pronoun and m.key[0] == "person" and self._gender_of(m) == want:
                self._add(Mention(toks[i].start, toks[j].end, s, m.key, m.name, m.kind, m.country, m.role, 0.4, pronoun=True))
                return j + 1
        return None

    def _try_divided(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the North" after North Korea, "the South" after South Sudan: the half of a divided
        state the story named before (not "the North Sea", not "the south of X")."""
        j = i + 1
        if j + 1 < len(toks) and (_is_cap(toks[j + 1]) or toks[j + 1].lower == "of"):
            return None
        word = toks[j].text + " "
        for m in reversed(self.mentions):
            if m.key[0] == "gov" and not m.pronoun and m.name.startswith(word):
                self._add(Mention(toks[i].start, toks[j].end, s, m.key, m.name, m.kind, m.country, m.role, 0.6))
                return j + 1
        return None

    def _try_pair(self, toks: list[Token], i: int, s: int) -> int | None:
        """"both sides", "the two candidates": the two entities named last. The mention is an
        argument placeholder (key "pair"); the pipeline expands it and never lists it as an actor."""
        j = i + 1
        strict = False
        if toks[i].lower == "the":
            if j + 1 < len(toks) and toks[j].lower in _THE_PAIR_MODIFIERS and toks[j + 1].lower in _THE_PAIR_SIDES:
                j += 1
            if j >= len(toks) or toks[j].lower not in _THE_PAIR_NOUNS and toks[j].lower not in _THE_PAIR_SIDES and toks[j].lower not in _THE_PAIR_STRICT or (j + 1 < len(toks) and toks[j + 1].lower == "of"):
                return None  # "the delegations of X": not a back-reference
            strict = toks[j].lower in _THE_PAIR_STRICT
            if strict and j + 1 < len(toks) and (toks[j + 1].lower in _PREP_WORDS or toks[j + 1].lower in {"who", "whose", "from", "in", "at", "for", "'s", "’s"} or _is_cap(toks[j + 1])):
                return None  # "the leaders in Tiraspol", "the ministers who": others, described
        elif toks[i].lower == "two" and not (i > 0 and toks[i - 1].lower == "the"):
            return None
        elif toks[i].lower == "both" and j < len(toks) and self._both_alone(toks, i):
            return self._try_both_alone(toks, i, s)
        elif toks[i].lower in {"all", "either", "each", "neither"} and not (j < len(toks) and toks[j].lower in {"parties", "sides", *_PAIR_SINGULAR}):
            if toks[i].lower != "neither" or j >= len(toks) or toks[j].lower not in _NEITHER_VERBS:
                return None
            j = i  # "Neither has agreed": the word alone is the mention
        if j < len(toks) and toks[i].lower == "two" and toks[j].text[:1].isupper() and toks[j].text.endswith("s") and len(toks[j].text) > 3:
            # "the two Koreas", "the two Sudans": the last two states whose names hold the stem
            stem = toks[j].text[:-1]
            found: list[tuple] = []
            for prev in reversed(self.mentions):
                if prev.sent < s - 8 or len(found) == 2:
                    break
                if prev.kind == "government" and prev.key[0] == "gov" and prev.key not in found and stem in prev.name.split():
                    found.append(prev.key)
            if len(found) == 2:
                self._add(Mention(toks[i - 1].start, toks[j].end, s, ("pair", found[1], found[0]), "", "pair", None, None, 0.4, pronoun=True))
                return j + 1
            return None
        if toks[i].lower in {"both", "two"}:
            # "the two largest parties", "both main candidates", "the two leading presidential candidates"
            k = j
            while k < len(toks) and k - j < 2 and toks[k].lower in _PAIR_MODIFIERS:
                k += 1
            if k > j and k < len(toks) and toks[k].lower in _PAIR_NOUNS:
                j = k
        if j >= len(toks) or toks[j].lower not in _PAIR_NOUNS and toks[i].lower not in {"either", "each", "neither"}:
            return None
        person = toks[j].lower in {"candidates", "campaigns", "leaders", "men", "women", "presidents", "ministers"}
        here = toks[i].start

        states = toks[j].lower in {"governments", "countries", "nations", "neighbours", "neighbors", "capitals", "government", "country", "capital"}

        everyone = toks[i].lower == "all"

        def fits(m: Mention) -> bool:
            # "both governments", "the two countries": two states, not a group named between;
            # "all parties" are the parties to a dispute, never the mediating body that urges them
            return m.start < here and m.key[0] not in {"we", "pair", "unnamed"} and (m.kind == "person") == person and m.kind != "media" and (not states or m.kind == "government" and m.key[0] in {"gov", "org"}) and not (everyone and m.kind == "igo")

        # Best: two actors coordinated with "and" ("X and Y agreed …; the two sides …"), in
        # this sentence before the phrase or in the last four; else the last two named.
        keys: list[tuple] = []
        recent = [m for m in self._since(s - 4) if fits(m)]
        for a, b in zip(reversed(recent[:-1]), reversed(recent[1:])):
            if a.key != b.key and a.sent == b.sent and self._coordinated(a, b):
                keys = [b.key, a.key]
                break
        if not keys:
            # "the two sides … the two governments": the pair the story last named as a pair
            # (of this sort: "the two countries … the ministers" reads back to the two people)
            for prev in reversed(self.mentions):
                if prev.sent < s - 8:
                    break
                if prev.key[0] == "pair" and len(prev.key) == 3 and prev.start < here:
                    ents = [self.entities.get(k) for k in prev.key[1:]]
                    if all(e is not None and (e.kind == "person") == person and (not states or e.kind == "government" and e.key[0] in {"gov", "org"}) for e in ents):
                        keys = [prev.key[2], prev.key[1]]
                        break
                    if not strict:
                        break
        if not keys and person:
            # "X spoke by phone with his counterpart, Y, and the two leaders agreed …": the two
            # people of the sentence before the phrase, when it names exactly two
            same = []
            for m in recent:
                if m.sent == s and not m.pronoun and m.key not in same:
                    same.append(m.key)
            if len(same) == 2:
                keys = [same[1], same[0]]
        if not keys and person and strict:
            # "X met his counterpart, Y … The ministers did not discuss …": the last two people
            # named whose office is the noun's ("minister" for "the ministers") or a counterpart
            stem = toks[j].lower[:-1]
            for m in reversed(recent):
                if len(keys) == 2:
                    break
                role = (m.role or "").lower()
                if not m.pronoun and m.key[0] == "person" and m.key not in keys and (stem in role or "counterpart" in role):
                    keys.append(m.key)
        if not keys and states:
            # "both governments", "the two countries" with no pair in view: the two states the
            # story is about (named most) rather than the last two named in passing
            keys = self._main_states(here)
        if strict and len(keys) < 2:
            return None
        if not keys:
            taken: list[Mention] = []
            for prev in reversed(recent):
                if len(keys) == 2:
                    break
                if prev.sent == s or prev.key in keys or any(prev.start < t.end and t.start < prev.end for t in taken):
                    continue  # (a mention nested in one taken, "opposition" in "opposition leaders", is the same phrase)
                keys.append(prev.key)
                taken.append(prev)
        p0 = i - 1 if toks[i].lower == "two" else i
        if len(keys) < 2 and toks[j].lower == "sides" and not (p0 > 0 and (toks[p0 - 1].lower in _PREP_WORDS or toks[p0 - 1].lower in {"of", "between"})):
            # "X met his counterpart Y … The two sides agreed": with no two bodies in view,
            # the two people who met are the sides ("villagers from both sides" are a place's)
            same: list[tuple] = []
            for m in self._since(s - 4):
                if m.start < here and m.kind == "person" and not m.pronoun and m.key[0] == "person" and m.key not in same:
                    same.append(m.key)
            keys = [same[1], same[0]] if len(same) == 2 else []
        if len(keys) < 2:
            return None
        start = i - 1 if toks[i].lower == "two" else i
        self._add(Mention(toks[start].start, toks[j].end, s, ("pair", keys[1], keys[0]), "", "pair", None, None, 0.4, pronoun=True))
        return j + 1

    def _main_states(self, before: int) -> list[tuple]:
        """The only two states named before this offset, or the two named most often (at least
        twice, more often than any third); [] when there are not two such."""
        count: dict[tuple, int] = {}
        last: dict[tuple, int] = {}
        for m in self.mentions:
            if m.start >= before:
                break
            if not m.pronoun and m.kind == "government" and m.key[0] == "gov" and m.key[1] is not None:
                count[m.key] = count.get(m.key, 0) + 1
                last[m.key] = m.start
        top = sorted(count, key=lambda k: (-count[k], -last[k]))
        if len(top) < 2 or len(top) > 2 and (count[top[1]] < 2 or count[top[1]] == count[top[2]]):
            return []  # a third state as often named: which two is unclear
        return [top[1], top[0]] if last[top[1]] > last[top[0]] else [top[0], top[1]]

    def _both_alone(self, toks: list[Token], i: int) -> bool:
        """"Both hail it", "since both had signed": "both" alone as the subject of a verb (not a
        determiner, "both sides", nor after a preposition, "with both")."""
        nxt = toks[i + 1].lower
        if nxt == "to" and i > 0 and (toks[i - 1].lower == "on" or self.lex.verb_forms.get(toks[i - 1].lower) is not None) and i + 2 < len(toks) and self.lex.verb_forms.get(toks[i + 2].lower) is not None:
            return True  # "urged both to halt", "called on both to talk": the object asked to act
        if i > 0 and (toks[i - 1].lower in _PREP_WORDS or toks[i - 1].lower in {"of", "between", "to"} or toks[i - 1].lower in _BOTH_VERBS):
            return False  # "with both"; "X and Y had both backed": a quantifier floated after its subject
        return nxt in _BOTH_VERBS or nxt in _SUBJECT_AUX or self.lex.verb_forms.get(nxt) is not None and not nxt.endswith("ing") and nxt not in _PAIR_NOUNS

    def _try_both_alone(self, toks: list[Token], i: int, s: int) -> int | None:
        """The two actors just coordinated with "and" ("New Delhi and Beijing … since both had
        signed"), in this sentence before it or the one before: the word is a mention of each."""
        here = toks[i].start
        recent = [m for m in self._since(s - 1) if m.start < here and not m.pronoun and m.key[0] not in {"we", "i", "pair", "unnamed"} and m.kind != "media"]
        for a, b in zip(reversed(recent[:-1]), reversed(recent[1:])):
            if a.key != b.key and a.sent == b.sent and (a.kind == "person") == (b.kind == "person") and self._coordinated(a, b):
                self._add(Mention(here, toks[i].end, s, ("pair", a.key, b.key), "", "pair", None, None, 0.4, pronoun=True))
                return i + 1
        for prev in reversed(self._since(s - 1)):
            # "… mediated between the neighbours, urged both to …": the pair just named as one
            if prev.start < here and prev.key[0] == "pair" and len(prev.key) == 3:
                self._add(Mention(here, toks[i].end, s, prev.key, "", "pair", None, None, 0.4, pronoun=True))
                return i + 1
        if i == 0 or toks[i - 1].text in {'"', "“"}:
            # "X hosted her counterpart, Y, for talks. Both said …": the two people of the
            # sentence before, when it names exactly two (and no pair of bodies)
            people: list[tuple] = []
            for m in self._since(s - 1):
                if m.sent == s - 1 and not m.pronoun and m.key[0] not in {"we", "i", "pair", "unnamed"} and m.kind != "media":
                    if m.kind != "person":
                        people = []
                        break
                    if m.key not in people:
                        people.append(m.key)
            if len(people) == 2:
                self._add(Mention(here, toks[i].end, s, ("pair", people[0], people[1]), "", "pair", None, None, 0.4, pronoun=True))
                return i + 1
        return None

    def _try_one_of_them(self, toks: list[Token], i: int, s: int) -> int | None:
        """"Western officials read it differently. One of them said …": a member of the group
        "them" stands for, listed under that group (a pair's member is left out: which one?)."""
        if i + 2 >= len(toks) or toks[i + 1].lower != "of" or toks[i + 2].lower != "them":
            return None
        found = self._plural_target(s, toks[i].start)
        if found is None or found[1] is None:
            return None
        t = found[1]
        self._add(Mention(toks[i].start, toks[i + 2].end, s, t.key, t.name, t.kind, t.country, t.role, 0.4, pronoun=True))
        return i + 3

    def _try_group_of_n(self, toks: list[Token], i: int, s: int) -> int | None:
        """"the three parties", "the four governments": the last three (four) actors of that
        sort named in this sentence before it or the four before; listed under each (guidelines
        1, plural references), an argument placeholder like "both sides" (key "pair")."""
        n = _GROUP_COUNTS[toks[i].lower]
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].lower in _PAIR_MODIFIERS:
            j += 1
        if j >= len(toks) or toks[j].lower not in _GROUP_NOUNS_N:
            return None
        if j + 1 < len(toks) and (toks[j + 1].lower == "of" or _is_cap(toks[j + 1])):
            return None  # "the three leaders of X", "the three parties Y, Z": not a back-reference
        want = _GROUP_NOUNS_N[toks[j].lower]
        here = toks[i].start
        keys: list[tuple] = []
        for m in reversed(self._since(s - 4)):
            if m.start >= here or m.key[0] in {"we", "i", "pair", "unnamed"} or m.kind == "media":
                continue
            ok = m.kind == "person" if want == "person" else m.kind == want if want != "any" else m.kind in _BODY_KINDS
            if want == "government":
                ok = ok and m.key[0] == "gov"
            if ok and m.key not in keys:
                keys.append(m.key)
                if len(keys) == n:
                    break
        if len(keys) < n:
            return None
        self._add(Mention(toks[i - 1].start, toks[j].end, s, ("pair", *reversed(keys)), "", "pair", None, None, 0.4, pronoun=True))
        return j + 1

    def _coordinated(self, a: Mention, b: Mention) -> bool:
        """True when mention b follows a joined by "and" (or "and the"): "X and Y"."""
        toks = self._sent_toks.get(a.sent)
        if not toks:
            return False
        between = [t.lower for t in toks if a.end <= t.start and t.end <= b.start]
        if between[:1] == ["("] and ")" in between[:4]:
            between = between[between.index(")") + 1 :]  # "the Justice and Development Party (AKP) and …"
        if len(between) >= 2 and between[0] == "and" and between[1] in _POSSESSIVE_DETS and len(between) <= 6 and (len(between) == 2 or between[-1] == ","):
            return True  # "Sari Wulandari and her (Timorese) counterpart, Joaquim da Costa"
        if between[:1] in (["'s"], ["’s"]) and "and" in between and len(between) <= 6:
            # "Iraq's federal government and the Kurdistan Regional Government"
            between = between[between.index("and") :]
        if len(between) > 1 and between[0] in _COORD_HEADS:
            between = between[1:]  # "Yemen's Houthi movement and the government"
        if len(between) > 2 and between[:2] == ["and", "the"] and len(between) <= 4 and all(w in _GROUP_MODIFIERS for w in between[2:]):
            return True  # "Chad's government and the rebel Front …": a modifier the name leaves out
        return between in (["and"], ["and", "the"])

    def _try_counted_group(self, toks: list[Token], i: int, s: int) -> int | None:
        """"at least 40 people", "three companies", "12 journalists": a counted group of
        people or firms acted on or acting (victim counts of soldiers or civilians are not)."""
        if i > 1 and toks[i - 1].text == "," and toks[i - 2].text.isdigit():
            return None  # inside "10,000"
        k = i
        while k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].text.isdigit() and toks[k + 1].start == toks[k].end:
            k += 2
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].lower not in _COUNTED_NOUNS:
            j += 1
        country = None
        if j + 1 < len(toks) and toks[j].text[:1].isupper() and toks[j + 1].lower in _COUNTED_NOUNS and toks[j + 1].text.islower():
            # "three Tajik servicemen", "two Kenyan nurses": a demonym before the counted noun
            d = self._demonym_at(toks, j)
            if d is None or d[0] != j + 1:
                return None
            country = d[1]
            j += 1
        elif j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.endswith("s"):
            # "three ethnic Serbs": a counted people named by a plural demonym
            d = self._demonym_at(toks, j)
            if d is None or d[0] != j + 1:
                return None
            country = d[1]
        elif j >= len(toks) or toks[j].lower not in _COUNTED_NOUNS or toks[j].text[:1].isupper():
            return None
        if j + 1 < len(toks) and toks[j + 1].lower == "of" and toks[j].lower in {"companies", "firms"}:
            return None  # "two companies of the group": a part, not a group of its own
        start = i - 2 if i > 1 and (toks[i - 2].lower, toks[i - 1].lower) in {("at", "least"), ("more", "than"), ("up", "to")} else i - 1 if i > 0 and toks[i - 1].lower in {"about", "some", "nearly", "around", "over"} else i
        if start > 0 and toks[start - 1].lower == "for":
            return None  # "food for 250,000 people": who benefits, not an actor in the story
        noun = toks[j].lower
        key: tuple = ("grp", None, f"{noun}@{toks[i].start}")
        name = self._text(toks[i : j + 1]).lower().replace(" , ", ",")
        if i > 0 and toks[i - 1].lower == "the":
            # "three ethnic Serbs … the three men": the group counted before with that number
            for prev in reversed(self.mentions):
                if prev.sent < s - 6:
                    break
                if prev.key[0] == "grp" and prev.name.split()[0] == toks[i].lower and prev.start < toks[i].start:
                    key, name = prev.key, prev.name
                    break
        self._add(Mention(toks[start].start, toks[j].end, s, key, name, "organization" if noun in {"companies", "firms"} else "group", country, None, 0.45))
        return j + 1

    def _try_members(self, toks: list[Token], i: int, s: int) -> int | None:
        """"members would send a mission only if …", "all members complied", "member states had
        pledged …": the members of the body the story named last (an IGO, a union, an
        association) acting together are that body (a word before that makes them others' -
        "gang members", "coalition members" - or a name after, "members of X", is not this)."""
        j = i + 2 if toks[i].lower == "member" else i + 1
        if j >= len(toks) or toks[j].lower in {"of", "'s", "’s"} or _is_cap(toks[j]) or not (toks[j].lower in _SUBJECT_AUX or toks[j].lower in _MODAL_AUX or toks[j].lower in _IT_NEXT or self.lex.verb_forms.get(toks[j].lower)):
            return None  # not the subject of a verb
        a = i
        if i > 0 and toks[i - 1].lower in {"all", "the"}:
            a = i - 1
        elif toks[i].lower == "leaders" and not (i > 0 and (toks[i - 1].lower in _CLAUSE_WORDS or toks[i - 1].text in {",", ".", '"', "“"})) and i > 0:
            return None  # "coalition leaders", "West African leaders": others' or described
        elif i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and not (toks[i - 1].lower in _CLAUSE_WORDS or toks[i - 1].lower in _PREP_WORDS or self.lex.verb_forms.get(toks[i - 1].lower) in self.reporting):
            return None  # "gang members", "its members" (a possessive is a mention already)
        leaders = toks[i].lower == "leaders"
        body = next((m for m in reversed(self._since(s - 3)) if not m.pronoun and m.start < toks[i].start and (m.kind == "igo" or m.kind == "organization" and m.key[0] == "org" and not leaders)), None)
        if body is None:
            return None
        if leaders:
            # "The leaders agreed to meet again in Doha" after a summit of the GCC: the bloc's
            # leaders, an actor of their own ("NATO leaders", guidelines 1)
            name = f"{body.name} leaders"
            self._add(Mention(toks[a].start, toks[j - 1].end, s, ("org", name), name, "igo", None, None, 0.45))
            return j
        self._add(Mention(toks[a].start, toks[j - 1].end, s, body.key, body.name, body.kind, body.country, body.role, 0.45))
        return j

    def _try_bare_group(self, toks: list[Token], i: int, s: int) -> int | None:
        kind = _BARE_GROUPS.get(toks[i].lower)
        if kind is None and (toks[i].lower == "members" or toks[i].lower == "leaders" or toks[i].lower == "member" and i + 1 < len(toks) and toks[i + 1].lower in {"states", "countries", "nations", "governments"}):
            r = self._try_members(toks, i, s)
            if r is not None:
                return r
        # "pro-Russian groups", "anti-government militias": a stance word says whose group it is
        stance_mod = i > 0 and toks[i - 1].lower.startswith(("pro-", "anti-")) and len(toks[i - 1].text) > 5
        if kind is None and toks[i].lower in _MODIFIED_GROUPS and i > 0 and (toks[i - 1].lower in _GROUP_MODIFIERS or stance_mod) and not (i > 1 and toks[i - 2].lower in {"the", "a", "an", "its", "their", "his", "her"} and toks[i - 1].lower in {"party", "union"}):
            # "government forces", "army units", "union leaders", "junta members"
            mod = toks[i - 1].lower
            kind = "organization" if mod in _ORG_MODIFIERS else "government" if mod in _STATE_MODIFIERS and toks[i].lower not in {"groups", "prisoners"} else "group"
            if toks[i].lower == "groups" and mod in {"rights", "human-rights", "environmental", "advocacy", "aid", "humanitarian", "business", "industry"}:
                kind = "organization"  # "rights groups", "business groups": organisations
        if kind is None or i > 0 and toks[i].text[:1].isupper() and toks[i - 1].text not in {"-", "—", "–", '"', "“", "(", ":"} or (i + 1 < len(toks) and (toks[i + 1].lower == "of" and not (kind == "government" and toks[i].lower in _MODIFIED_GROUPS) or (toks[i].lower == "opposition" and toks[i + 1].lower == "to") or self._title_at(toks, i + 1) or _is_cap(toks[i + 1]))):
            return None  # "opposition to …", "opposition leader X": not the group itself
        noun = toks[i].lower
        if noun in {"parties", "guards"} and not (i > 0 and toks[i - 1].lower in _GROUP_MODIFIERS):
            return None  # "opposition parties", "border guards"; bare "parties" is a pair or generic
        if noun == "opposition" and i + 1 < len(toks) and (toks[i + 1].lower in _BARE_GROUPS or toks[i + 1].lower in _UNNAMED_NOUNS or toks[i + 1].lower in _APPOS_HEADS or toks[i + 1].lower.rstrip("s") in _PLACE_NOUNS or toks[i + 1].lower in {"strongholds", "areas", "neighbourhoods", "neighborhoods"}):
            return None  # "opposition lawmakers", "two opposition districts": the modifier of the noun that follows
        if noun in {"troops", "soldiers", "officers"} and i > 0 and (toks[i - 1].text[:1].isdigit() or toks[i - 1].lower in {"of", "about", "some"}):
            return None  # "a brigade of 4,800 troops": a number of people, not the actor
        if noun in {"monitors", "employers", "groups", "prisoners"} and i > 0 and toks[i - 1].lower in {"its", "their", "his", "her", "our", "more", "additional", "extra", "further"}:
            return None  # "withdraw its monitors", "station additional monitors": people moved, not an actor
        if noun in _PERSONNEL and i > 0 and toks[i - 1].lower in {"its", "their", "his", "her", "our"}:
            # "its fighters", "their troops", "his officers": the possessor's own men, one
            # mention with the possessive (the gold sets mark "its fighters" or "its" alone)
            last = self.mentions[-1] if self.mentions else None
            if last is not None and last.sent == s and last.start == toks[i - 1].start and last.end == toks[i - 1].end:
                last.end = toks[i].end
            return i + 1
        if noun == "police" and i + 1 < len(toks) and toks[i + 1].lower in _POLICE_THINGS:
            return None  # "a police station", "the police operation", "a police ban": a thing
        start = i - 1 if i > 0 and (toks[i - 1].lower in _GROUP_MODIFIERS or stance_mod) else i  # "aid workers", "pro-Russian groups"
        if i > 0 and toks[i - 1].lower in {"to", "will", "would", "can", "could"} and noun in {"police", "guards"}:
            return None  # "unable to police its side": the verb
        if i > 0 and self.lex.verb_forms.get(toks[i - 1].lower) in {"tell", "address"} and noun not in {"lawmakers", "legislators", "deputies"}:
            return None  # "told supporters": the audience of a statement, not an actor
        if noun in {"troops", "soldiers"} and not (i + 1 < len(toks) and toks[i + 1].lower not in _PREP_WORDS and (self.lex.verb_forms.get(toks[i + 1].lower) or toks[i + 1].lower in _SUBJECT_AUX)):
            return None  # "deployed troops": what is moved, not who acts
        if noun in _MODIFIED_GROUPS and noun not in _BARE_GROUPS:
            noun = f"{toks[i - 1].lower} {noun}"  # "government forces" and "security forces" differ
        key = ("grp", None, noun) if kind == "group" else ("body", None, noun)
        self._add(Mention(toks[start].start, toks[i].end, s, key, self._text(toks[start : i + 1]).lower(), kind, None, None, 0.55))
        return i + 1

    def _try_source_group(self, toks: list[Token], i: int, s: int) -> int | None:
        """"Western diplomats said", "three diplomats familiar with the discussions say",
        "Witnesses said", "according to diplomats in the room": unnamed sources of the
        report, with their modifiers and a "familiar with …" / "close to …" / "in the room"
        tail, when a reporting verb follows or "according to" precedes."""
        floor = self.mentions[-1].end if self.mentions else -1
        start = i
        while start > 0 and toks[start - 1].start >= floor and (toks[start - 1].lower in _SOURCE_MODS or toks[start - 1].text[:1].isdigit() or (toks[start - 1].text,) in self.lex.demonyms or toks[start - 1].text in _REGION_ADJ):
            start -= 1
        end = i + 1
        if end + 1 < len(toks) and (toks[end].lower, toks[end + 1].lower) in {("familiar", "with"), ("close", "to"), ("in", "the")}:
            k = end + 2
            while k < len(toks) and k - end < 6 and toks[k].text.isalpha() and toks[k].text.islower() and self.lex.verb_forms.get(toks[k].lower) not in self.reporting:
                k += 1
            if k > end + 2:
                end = k
        nxt = end
        while nxt < len(toks) and (toks[nxt].text == "," or toks[nxt].lower in {"privately", "also", "have", "had", "later", "on", "this", "week"}):
            nxt += 1
        reported = nxt < len(toks) and self.lex.verb_forms.get(toks[nxt].lower) in self.reporting
        according = start > 1 and toks[start - 2].lower == "according" and toks[start - 1].lower == "to" or start > 2 and toks[start - 3].lower == "according" and toks[start - 2].lower == "to"
        if not (reported or according):
            return None
        text = self._text(toks[start:end])
        self._add(Mention(toks[start].start, toks[end - 1].end, s, ("grp", None, f"src@{toks[start].start}"), text, "group", None, None, 0.45))
        return end

    def _try_house(self, toks: list[Token], i: int, s: int) -> int | None:
        """"told the chamber", "the assembly would meet", "Nobody in this house", "the 275-member
        house", "a majority of both houses": the legislature the story named (anywhere before),
        else the legislature of the story all the same. A place ("walked out of the chamber",
        "outside the chamber"), a modifier ("the house speaker") or a named body ("the chamber
        of commerce") is not; a bare "the house" (a building as often) only once a legislature
        is named."""
        w = toks[i].lower
        j = i + 1
        if j < len(toks) and (toks[j].lower in _HOUSE_MODS or toks[j].lower.endswith(("-member", "-seat"))):
            j += 1
        if j >= len(toks):
            return None
        head = toks[j].lower
        if w == "both":
            if head not in {"houses", "chambers"}:
                return None
        elif head not in _HOUSE_HEADS or not (toks[j].text.islower() or w == "this" and toks[j].text == "House"):
            return None
        sized = j > i + 1 and toks[i + 1].lower.endswith(("-member", "-seat"))
        if w == "the" and i > 0 and not sized and (toks[i - 1].lower in self.locative or toks[i - 1].lower in {"of", "into", "from", "out"}):
            return None  # "in the chamber", "walked out of the chamber": the hall ("seats in the 275-member house" is the body)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and (nxt.lower == "of" or _is_cap(nxt) or nxt.text[:1].isalpha() and nxt.text.islower() and not (self.lex.verb_forms.get(nxt.lower) or nxt.lower in _SUBJECT_AUX or nxt.lower in _PREP_WORDS or nxt.lower in _AFTER_BARE_PARLIAMENT or nxt.lower in _MODAL_AUX)):
            return None  # "the chamber of commerce", "the house speaker": a name or a modifier
        here = toks[i].start
        prior = next((m for m in reversed(self.mentions) if not m.pronoun and m.kind == "government" and m.start < here and (LEGISLATURE_WORDS & set(m.name.lower().split()) or m.name in self._legislatures)), None)
        if prior is None and (head == "house" and j == i + 1 and w == "the" or w != "both" and not self._legis_before(toks, i, s)):
            return None  # no legislature in the story so far: "the chamber", "the house" is a hall
        if prior is not None:
            self._add(Mention(toks[i].start, toks[j].end, s, prior.key, prior.name, prior.kind, prior.country, prior.role, 0.5))
        else:
            self._add(Mention(toks[i].start, toks[j].end, s, ("inst", "parliament"), "parliament", "government", None, None, 0.45))
        return j + 1

    def _legis_before(self, toks: list[Token], i: int, s: int) -> bool:
        """Whether the story spoke of a legislature before token i of sentence s."""
        return any(q < s for q in self._legis_sents) or not _LEGIS_CONTEXT.isdisjoint(t.lower for t in toks[:i])

    def _try_bare_parliament(self, toks: list[Token], i: int, s: int) -> int | None:
        """"told parliament", "submitted it to parliament", "unless parliament approved": the
        legislature without an article is an actor (the one named before, else a new one); a
        place ("marched on parliament", "in parliament") or a modifier ("parliament speaker") is not."""
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if i == 0 and t.text == "Parliament":
            # "Parliament can vote on it": sentence-initial, the subject of a verb
            if nxt is None or not (nxt.lower in _SUBJECT_AUX or nxt.lower in _MODAL_AUX or self.lex.verb_forms.get(nxt.lower)):
                return None
        elif t.text != "parliament" or i == 0:
            return None
        prev = toks[i - 1].lower if i else ""
        if prev in {"the", "a", "of", "'s", "’s", "on", "in", "into", "outside", "near", "at", "from", "inside", "its", "their", "his", "her"} or prev in _MOTION_PLACE_PREPS or _is_cap(toks[i - 1]) and prev not in {"unless", "if", "and", "but", "when"}:
            return None
        if nxt is not None and (nxt.text[:1].isalpha() and nxt.text.islower() and not (self.lex.verb_forms.get(nxt.lower) or nxt.lower in _SUBJECT_AUX or nxt.lower in _PREP_WORDS or nxt.lower in _AFTER_BARE_PARLIAMENT or nxt.lower in _MODAL_AUX) or _is_cap(nxt) and i > 0):
            return None  # "parliament speaker", "parliament building": a modifier
        prior = [m for m in self._since(s - 8) if not m.pronoun and m.kind == "government" and LEGISLATURE_WORDS & set(m.name.lower().split())]
        if prior:
            p = prior[-1]
            self._add(Mention(t.start, t.end, s, p.key, p.name, p.kind, p.country, p.role, 0.5))
        else:
            self._add(Mention(t.start, t.end, s, ("inst", "parliament"), "parliament", "government", None, None, 0.45))
        return i + 1

    def _pronoun_target(self, s: int, before: int, ok: Any) -> Mention | None:
        """The subject-like antecedent: the first fitting mention of this sentence before the
        pronoun, else the first fitting mention of the two sentences before."""
        for sent in (s, s - 1, s - 2):
            for m in self._by_sent.get(sent, ()):
                if m.start >= before and sent == s:
                    break
                if not m.pronoun and ok(m):
                    return m
        return None

    def _plural_target(self, s: int, before: int, obj: bool = False) -> tuple | None:
        """What a plural pronoun can stand for, subject-like first (this sentence before the
        pronoun, then the one before): a plural group, a pair phrase ("both sides"), or two
        actors joined by "and" ("Kyrgyzstan and Tajikistan … their frontier"); as a key plus
        the mention that carries name, kind and country (None for a pair). An object pronoun
        (obj) is not the subject of its own clause ("both governments requested them"): in
        its sentence only mentions with a clause boundary between them and it count."""
        for sent in (s, s - 1, s - 2):
            ms = [m for m in self._by_sent.get(sent, ()) if not (sent == s and m.start >= before)]
            if obj and sent == s:
                toks = self._sent_toks.get(s, [])
                ms = [m for m in ms if any(t.lower in _CLAUSE_BREAKS for t in toks if m.end <= t.start and t.end <= before)]
            for n, m in enumerate(ms):
                if m.key[0] == "pair" and len(m.key) == 3:
                    if sent == s - 2:
                        continue  # two sentences back only a plural group, as for singular pronouns
                    return (m.key, None)
                if m.pronoun or m.kind == "media" or m.key[0] in {"we", "unnamed"}:
                    continue
                if n + 1 < len(ms) and sent == s:
                    # the next mention of another actor ("the AKP (AKP) and the MHP": its own
                    # acronym between; "X and her counterpart, Y": the possessive a pronoun)
                    others = [x for x in ms[n + 1 :] if x.key != m.key and not x.pronoun]
                    b = next((x for x in others if x.kind == "person"), None) if m.kind == "person" else None
                    b = b or (others[0] if others else ms[n + 1])
                    if not b.pronoun and b.key != m.key and b.kind != "media" and b.key[0] not in {"we", "pair", "unnamed"} and self._coordinated(m, b):
                        return (("pair", m.key, b.key), None)
                if _plural_actor(m):
                    return (m.key, m)
        return None

    def _try_pronoun(self, toks: list[Token], i: int, s: int) -> int | None:
        w = toks[i].lower
        if w in _PRONOUNS_YOU:
            return self._try_you(toks, i, s)
        if w in _PRONOUNS_IT or w in _PRONOUNS_THEY or w in PRONOUNS_WE:
            return self._try_group_pronoun(toks, i, s)
        if w == "itself":
            return self._try_itself(toks, i, s)
        if w in PRONOUNS_I:
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            if w == "i" and (toks[i].text != "I" or not (nxt[:1].islower() or nxt[:1] in {"'", "’"})):
                return None  # "World War I", a list letter: no pronoun
            if w == "my" and nxt.lower() in _MY_RELATIONS:
                return None  # "My client is innocent": the client, not the speaker
            # resolved to the quote's speaker by the pipeline, dropped where there is none
            self._add(Mention(toks[i].start, toks[i].end, s, ("i", s), w, "person", None, None, 0.45, pronoun=True))
            return i + 1
        if w not in _PRONOUNS_PERSON:
            return None
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if w in {"he", "she"} and i > 0 and toks[i - 1].text in {'"', "”"} and self.lex.verb_forms.get(nxt) in self.reporting:
            # '"…," he told reporters': the person named before the quotation opened
            k = s if toks[0].text in {'"', "“"} else next((q for q in range(s - 1, max(-1, s - 4), -1) if self._first_tok.get(q) in {'"', "“"}), None)
            target = self._pronoun_target(k - 1, 10**12, lambda m: m.kind == "person") if k else None
            if target is not None:
                self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, "person", target.country, target.role, 0.5, pronoun=True))
                return i + 1
        # Nearest person of the pronoun's gender (where the text shows one): first person
        # subject of this sentence before the pronoun, else the most recent sentence with a
        # person (its first person mention).
        g = _PRONOUN_GENDER[w]
        cand = [m for m in self._since(s - 2) if m.kind == "person" and not m.pronoun and m.start < toks[i].start and self._gender_of(m) in (None, g)]
        if not cand:
            # quoted sentences between name no one: the person named last, a little further back
            cand = [m for m in self._since(s - 4) if m.kind == "person" and not m.pronoun and m.start < toks[i].start and self._gender_of(m) in (None, g)]
        if not cand:
            return None
        same = [m for m in cand if m.sent == s]
        target = same[0] if same else [m for m in cand if m.sent == cand[-1].sent][0]
        if w in {"he", "she"} and same and all(m.key == target.key for m in self._by_sent.get(s, ()) if m.kind == "person" and m.start < toks[i].start) and not any(t.start == target.end and t.text in _POSSESSIVE_MARKS for t in toks):
            # "X said he …": the only person before it in its sentence (not "X's wife said
            # she"), the subject pronoun shows X's gender
            self._gender.setdefault(target.key, g)
        self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, "person", target.country, target.role, 0.5, pronoun=True))
        return i + 1

    def _plural_thing_before(self, toks: list[Token], i: int, s: int) -> bool:
        """An object "them" whose nearest plural noun phrase before it (this sentence, else the
        one before) is no actor's mention: "reopen two border crossings … reopen them", "the
        arrests … challenge them", "withdraw more monitors … withdraw them": the pronoun takes
        up those things or unnamed people, not an actor named further back. Closer actors'
        mentions ("detained 40 protesters and charged them") end the search."""
        # the pronoun's own clause (after the last clause break before it) holds its subject,
        # never its antecedent ("the police will clear them")
        # (with no clause break, its first mention is that subject)
        clause = next((toks[k].end for k in range(i - 1, -1, -1) if toks[k].lower in _CLAUSE_BREAKS), None)
        for sent in (s, s - 1):
            ts = toks[:i] if sent == s else self._sent_toks.get(sent, ())
            ms = self._by_sent.get(sent, ())
            spans = [(m.start, m.end) for m in ms]
            if sent == s:
                block = [(m.start, m.end) for m in ms if m.start < clause] if clause is not None else spans[1:]
            else:
                block = spans
            for k in range(len(ts) - 1, 0, -1):
                t = ts[k]
                if any(a <= t.start < b for a, b in block):
                    return False  # an actor's mention is nearer
                if any(a <= t.start < b for a, b in spans):
                    continue
                w = t.text
                if len(w) < 4 or not (w.isalpha() and w.islower()) or w[-1] != "s" or w.endswith(("ss", "us", "is")):
                    continue
                if w in _TIME_NOUNS or self.lex.verb_forms.get(w) in self.reporting:
                    continue
                p = ts[k - 1]
                if p.lower in _PLURAL_NP_OPENERS or p.text[:1].isdigit():
                    return True
                if k > 1 and (p.text.replace("-", "").isalpha() and p.text.islower() and not self.lex.verb_forms.get(p.lower)) and not any(a <= p.start < b for a, b in spans) and (ts[k - 2].lower in _PLURAL_NP_OPENERS or ts[k - 2].text[:1].isdigit()):
                    return True  # "the road blockades", "two border crossings"
        return False

    def _try_you(self, toks: list[Token], i: int, s: int) -> int | None:
        """"Q: Will you resign?", "Q: … until your government answers": in an interviewer's
        turn "you" is the interviewee and "your government" the side they speak for (one
        mention with its noun); the pipeline resolves both (interview_you) or drops them."""
        if not self._q_turn:
            return None
        j = i
        key: tuple = ("you", s)
        if toks[i].lower == "your":
            if i + 1 < len(toks) and toks[i + 1].lower in _YOUR_SIDE:
                j, key = i + 1, ("you", s, "side")
            elif i + 1 < len(toks) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower():
                return None  # "your position", "your decision": a thing of the interviewee
        self._add(Mention(toks[i].start, toks[j].end, s, key, self._text(toks[i : j + 1]).lower(), "other", None, None, 0.4, pronoun=True))
        if not self.you_sents or self.you_sents[-1] != s:
            self.you_sents.append(s)
        return j + 1

    def _try_itself(self, toks: list[Token], i: int, s: int) -> int | None:
        """"Norway, which is not an EU member, has aligned itself with …", "the army would
        escort the convoy itself": a reflexive is the body that is subject of its own clause,
        the last one named before it in its sentence, leaving out a name used as a modifier
        ("an EU member") or as the object of a preposition ("with the EU")."""
        here = toks[i].start
        for q in range(i - 1, max(-1, i - 5), -1):
            if toks[q].lower in _PREP_WORDS or toks[q].lower == "of":
                return None  # "neutral on the question itself": the emphatic of that noun
            if not (toks[q].text.isalpha() and toks[q].text.islower()) or toks[q].lower in _SUBJECT_AUX:
                break
        pos = {t.start: q for q, t in enumerate(toks)}
        target = None
        for m in self._by_sent.get(s, ()):
            if m.start >= here:
                break
            if not _singular_actor(m) or m.key[0] in {"we", "i", "pair", "unnamed"}:
                continue
            a = pos.get(m.start)
            e = next((q for q in range(a or 0, i) if toks[q].end >= m.end), None) if a is not None else None
            if a is None or e is None:
                continue
            if a > 0 and (toks[a - 1].lower in _PREP_WORDS or toks[a - 1].lower == "of"):
                continue
            if e + 1 < i and toks[e + 1].text.isalpha() and toks[e + 1].text.islower() and toks[e + 1].lower not in _SUBJECT_AUX and self.lex.verb_forms.get(toks[e + 1].lower) is None and toks[e + 1].lower not in {"which", "who", "that", "and", "but"}:
                continue  # "an EU member": a modifier
            target = m
        if target is None:
            return None
        self._add(Mention(here, toks[i].end, s, target.key, target.name, target.kind, target.country, target.role, 0.45, pronoun=True))
        return i + 1

    def _gender_of(self, m: Mention) -> str | None:
        """The gender the text gives the person of mention m: a cue word inside the mention or
        just before it ("Mr", "the spokeswoman", "her husband"), else what a pronoun bound in
        its sentence showed (None when the text shows none)."""
        g = self._gender.get(m.key)
        if g is not None:
            return g
        if (m.sent, m.start) in self._no_cue:
            return None  # looked at before: no cue in this mention
        toks = self._sent_toks.get(m.sent, ())
        words: set[str] = set()
        for t in toks:
            if m.start <= t.start < m.end:
                if t.text in _POSSESSIVE_MARKS:
                    break  # "Ferchichi's wife": the cue after a possessive is another person's
                words.add(t.lower.rstrip("."))
        k = next((q for q, t in enumerate(toks) if t.start >= m.start), None)
        if k:
            words.add(toks[k - 1].lower.rstrip("."))
        g = "f" if words & _FEMALE_CUES else "m" if words & _MALE_CUES else None
        if g is not None:
            self._gender[m.key] = g
        else:
            self._no_cue.add((m.sent, m.start))
        return g

    def _try_group_pronoun(self, toks: list[Token], i: int, s: int) -> int | None:
        w = toks[i].lower
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if w in PRONOUNS_WE:
            # Resolved later to the quote's speaker (pipeline); unresolved ones are dropped.
            self._add(Mention(toks[i].start, toks[i].end, s, ("we", s), w, "other", None, None, 0.45, pronoun=True))
            return i + 1
        if w in {"it", "they"} and i > 0 and toks[i - 1].text in {'"', "”"} and self.lex.verb_forms.get(nxt) in self.reporting:
            # '"…," it said': the speaker is the subject before the quotation opened
            k = s if toks[0].text in {'"', "“"} else next((q for q in range(s - 1, max(-1, s - 4), -1) if self._first_tok.get(q) in {'"', "“"}), None)
            if k is not None:
                ok = _singular_actor if w == "it" else _plural_actor
                target = self._pronoun_target(k - 1, 10**12, ok) if k > 0 else None
                if target is not None:
                    self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, target.kind, target.country, target.role, 0.45, pronoun=True))
                    return i + 1
        prev_w = toks[i - 1].lower if i > 0 else ""
        if w == "it":
            # "said it was ready": after a reporting verb "it" is the speaker, not expletive
            said_before = any(self.lex.verb_forms.get(x.lower) in self.reporting for x in toks[max(0, i - 4) : i])
            if said_before:
                # "She told reporters it had been …": a person's report; "it" is what was said
                # about, not the speaker (a person is never "it")
                before = [m for m in self._by_sent.get(s, ()) if m.start < toks[i].start]
                poss = {t.start for t in toks if t.text in _POSSESSIVE_MARKS}
                if before and all(m.kind == "person" and m.end not in poss for m in before):
                    return None  # only persons before it ("Mera's party said it …" names a party)
            if prev_w in _ACTOR_OBJECT_VERBS and not nxt.isalpha() or prev_w in _ACTOR_OBJECT_VERBS and nxt in {"of", "from", "for", "before", "after", "over", "into", "with", "in", "on", "at", "by", "if", "unless", "as", "and", "or", "to"}:
                # an object "it" of a verb that takes an actor: the body the sentence named last
                # other than its subject ("REM banned TV Morava, accusing it of …"), else the subject
                here = toks[i].start
                ms = [m for m in self._by_sent.get(s, ()) if m.start < here and not m.pronoun and (_singular_actor(m) or m.kind == "media")]
                target = ms[-1] if len(ms) > 1 else ms[0] if ms else self._pronoun_target(s - 1, 10**12, _singular_actor)
                if target is not None:
                    self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, target.kind, target.country, target.role, 0.4, pronoun=True))
                    return i + 1
            if i + 2 < len(toks) and nxt in {"was", "is", "would", "will"} and (toks[i + 2].lower in _EXPLETIVE_AFTER or toks[i + 2].lower == "be" and i + 3 < len(toks) and toks[i + 3].lower in _EXPLETIVE_AFTER):
                return None  # "said it was unclear", "it would be difficult": expletive
            nn = toks[i + 2] if i + 2 < len(toks) else None
            infinitive = nxt == "to" and (nn is None or not (nn.text[:1].isupper() or nn.text[:1].isdigit() or nn.lower in _APPOS_DETS or nn.lower in {"this", "that", "these", "those"} or nn.lower in LEGISLATURE_WORDS or nn.lower in _INST_HEADS))
            if (nxt in _PREP_WORDS or nxt in _AFTER_OBJECT_IT) and not infinitive:
                # "submitted it to parliament", "vote for it provided that": an object, a thing;
                # "asked it to publish", "allowed it to export": the body asked, an actor
                return None
            if prev_w and toks[i - 1].text.isalpha() and prev_w not in _ACTOR_OBJECT_VERBS and prev_w not in _MODAL_AUX and prev_w not in _SUBJECT_AUX and prev_w not in _PREP_WORDS and prev_w not in _CLAUSE_WORDS \
                    and (self.lex.verb_forms.get(prev_w) or len(prev_w) > 5 and prev_w.endswith("ing")) and self.lex.verb_forms.get(prev_w) not in self.reporting \
                    and not (nxt in _IT_NEXT or nxt in _SUBJECT_AUX or nxt == "to" and not (nn is not None and nn.text.isalpha() and nn.text.islower() and nn.lower.endswith("s") and not nn.lower.endswith(("ss", "us"))) or i + 1 < len(toks) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and nxt.endswith(("s", "ed")) and nxt not in _NOT_VERB_S):
                # "the Senate is expected to approve it next week", "closing it to smugglers": the
                # object of a verb that takes no actor is a thing (a bill, a border), unless a verb
                # follows and "it" is the subject of a clause ("confirms it needs", "signalled it would")
                return None
            if said_before and nxt in {'"', "“"} and i + 2 < len(toks):
                nxt = toks[i + 2].lower  # 'said it "deplores …"': the quotation opens after "it"
            if not (nxt in _IT_NEXT or said_before and (nxt in {"was", "is", "had", "has"} or nxt.isalpha() and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in _NOT_VERB_S and toks[i + 1].text.islower()) or (self.lex.verb_forms.get(nxt) and not nxt.endswith("ing") and nxt not in {"is", "was", "be"})):
                return None
            target = self._pronoun_target(s, toks[i].start, _singular_actor)
        elif w == "its":
            target = self._pronoun_target(s, toks[i].start, _singular_actor)
        else:
            if w == "them":
                if prev_w == "of":
                    return None  # "20 of them", "one of them": a part of the group, not the group
                if self._plural_thing_before(toks, i, s):
                    return None  # "lift the blockades or the police will clear them": the things
                # an object pronoun: a group named earlier in the same sentence ("detained
                # dozens of traders, and prosecutors charged them"), else what "they" would be
                target = next((m for m in reversed(self._by_sent.get(s, ())) if m.start < toks[i].start and not m.pronoun and _plural_actor(m)), None)
                if target is None:
                    found = self._plural_target(s, toks[i].start, obj=True)
                    if found is not None and found[1] is None:
                        self._add(Mention(toks[i].start, toks[i].end, s, found[0], "", "pair", None, None, 0.4, pronoun=True))
                        return i + 1
                    target = found[1] if found is not None else None
                if target is None and (prev_w in _ACTOR_OBJECT_VERBS or prev_w in {"with", "against", "want", "let"}):
                    # "the League … I want them in this government": a party or other body is
                    # "them" as often as "it" (as for "they" below)
                    target = self._pronoun_target(s, toks[i].start, _singular_actor)
                if target is None:
                    return None
                self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, target.kind, target.country, target.role, 0.4, pronoun=True))
                return i + 1
            # "they" is a subject pronoun before any verb ("as long as they respect"); the
            # lexicon's verb forms list event triggers only, so they are no test for it
            found = self._plural_target(s, toks[i].start)
            if found is not None and found[1] is None and w == "their" and (nxt in _SPEAKS_FOR or nxt in self.lex.title_lens):
                # "Their leader Liis Kask": the possessive opens the person's mention (one
                # mention, guidelines 0.3), not a plural reference of its own
                found = None
            if found is not None and found[1] is None:
                # a pair: the pipeline lists the span under each of the two (guidelines 1)
                self._add(Mention(toks[i].start, toks[i].end, s, found[0], "", "pair", None, None, 0.4, pronoun=True))
                return i + 1
            target = found[1] if found is not None else None
            if target is None and w == "they":
                # "the EU … unless they lift": organisations are often "they"
                target = self._pronoun_target(s, toks[i].start, _singular_actor)
        if target is None:
            return None
        self._add(Mention(toks[i].start, toks[i].end, s, target.key, target.name, target.kind, target.country, target.role, 0.45, pronoun=True))
        return i + 1

    @staticmethod
    def _text(toks: list[Token]) -> str:
        if not toks:
            return ""
        return " ".join(t.text for t in toks).replace(" 's", "'s").replace(" ’s", "’s")

    # -- entities ----------------------------------------------------------------------
    def flush_sentence(self, s: int) -> None:
        """Register this sentence's mentions as entities so later sentences can merge into them."""
        for m in self._by_sent.get(s, ()):
            self._resolve(m)

    def _resolve(self, m: Mention) -> None:
        key = m.key
        if key[0] == "role":
            # A role nominal: the person seen with that role (or same title + country).
            title, country = key[1], key[2]
            for ent in self.entities.values():
                if ent.kind == "person" and ent.role and (title in ent.role.lower()) and (country is None or ent.country in (None, country)):
                    m.key = ent.key
                    return
                if ent.kind == "person" and ent.role and title in {"head", "leader", "chief"} and country and ent.country == country and "president" in ent.role.lower():
                    m.key = ent.key
                    return
            if title in _LEADER_TITLES and key not in self.entities:
                # "Mr. Netanyahu … the Israeli leader": the latest named person of a compatible
                # country (and no other role) in the last sentences
                for prev in reversed(self.mentions):
                    if prev.sent < m.sent - 2:
                        break
                    if prev.kind != "person" or prev.pronoun or prev.key[0] != "person" or prev.start >= m.start:
                        continue
                    ent = self.entities.get(prev.key)
                    if ent is not None and ent.country in (None, country) and (not ent.role or title in ent.role.lower()):
                        m.key = ent.key
                        ent.country = ent.country or country
                        ent.role = ent.role or m.role
                        return
        if key[0] == "person" and key not in self.entities:
            nt = key[1]
            # (a match ends in the same word: the persons with that word, in the order made)
            for _, ent in sorted(self._person_words.get(nt[-1], ()) if nt else (), key=_first):
                if ent.kind == "person" and ent.name_tokens and len(nt) < len(ent.name_tokens) and nt == ent.name_tokens[-len(nt) :]:
                    m.key = ent.key
                    return
        ent = self.entities.get(m.key)
        if ent is None:
            ent = self.entities[m.key] = Entity(m.key, m.name, m.kind, m.country, m.role, [], m.name_tokens)
            if ent.kind == "person":
                self._index_person(ent)
        else:
            if m.kind == "person" and len(m.name_tokens) > len(ent.name_tokens):
                ent.name, ent.name_tokens = m.name, m.name_tokens
                if ent.kind == "person":
                    self._index_person(ent)
            ent.role = ent.role or m.role
            ent.country = ent.country or m.country

    def _index_person(self, ent: Entity) -> None:
        """List a person entity under each word of its name (once per word)."""
        order = self._person_order.setdefault(ent.key, len(self._person_order))
        for w in ent.name_tokens:
            lst = self._person_words.setdefault(w, [])
            if not any(e is ent for _, e in lst):
                lst.append((order, ent))


_STATE_OFFICES = {"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "official", "diplomat", "king", "emir", "foreign", "ministry"}
_NOT_STATE = {"union", "party", "rebel", "opposition", "company", "group", "movement", "militia", "un", "u.n.", "eu", "nato", "executive", "general"}


# offices that speak for the body they belong to ("its spokesman", "their leader")
_SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair", "president", "head", "chief", "secretary-general", "minister", "ambassador", "envoy", "negotiator", "representative", "director", "secretary", "executive", "coordinator"}
# further offices of a party, outlet or body that speak for it ("its chief whip", "the
# channel's editor-in-chief", "the union's general secretary")
_SPEAKS_FOR_MORE = frozenset({"whip", "editor", "editor-in-chief", "chairperson", "commander", "general-secretary", "president-elect", "co-chair", "co-leader", "manager"})


_BODY_KINDS = {"government", "organization", "igo", "group"}
_DESC_END = frozenset({",", ".", ";", ":", '"', "“", "”", "(", ")"})


def _body_named(word: str, before: int, finder: ActorFinder) -> Mention | None:
    """The body a capitalised modifier names ("CEPA director X", "a Radaa spokesman"): a body
    mentioned before whose acronym (bracketed or by initials) or first name word it is."""
    m = finder._acronyms.get(word)
    if m is not None and m.kind in _BODY_KINDS:
        return m
    for m in reversed(finder.mentions):
        if m.start >= before or m.pronoun or m.kind not in _BODY_KINDS or m.key[0] not in {"org", "grp"}:
            continue
        words = m.name.replace("-", " ").split()
        if words[:1] == [word] and len(word) > 2 or len(word) > 1 and word.isupper() and "".join(w[0] for w in words if w[:1].isupper()) == word:
            return m
    return None


def _descriptor_body(toks: list[Token], q: int, finder: ActorFinder, start: int) -> Mention | None:
    """'the channel' / 'the union' ending at token q (no mention of its own): the last body
    named before of the kind the descriptor noun names."""
    if q < 1 or toks[q - 1].lower != "the" or toks[q].lower not in _DESCRIPTOR_NOUNS:
        return None
    media = toks[q].lower in _MEDIA_DESCRIPTORS
    return next((m for m in reversed(finder.mentions) if m.start < start and not m.pronoun and (m.kind == "media" if media else m.kind in _BODY_KINDS and m.kind != "government") and m.key[0] not in {"we", "i", "pair", "unnamed"}), None)


def _affiliation(key: tuple, finder: ActorFinder) -> tuple | None:
    """The body a person was introduced as speaking for: "Its spokesman, X", "Their leader X",
    "the party's chairman, X", "the channel's editor-in-chief, X", "CEPA director X", "X, a
    spokesman for the foreign ministry", "X, a Radaa spokesman" (the possessive's, modifier's
    or description's actor; a government, organisation or group)."""
    first = next((m for m in finder.mentions if m.key == key and not m.pronoun), None)
    if first is None:
        return None
    toks = finder._sent_toks.get(first.sent, [])
    name_start = first.head if first.head >= 0 else first.start
    k = next((q for q, t in enumerate(toks) if t.start >= name_start), None)
    if k is None:
        return None
    if key[0] == "person" and key[1]:
        # the office may open the person's own mention ("CEPA director X"): read from the name
        k = next((q for q in range(k, len(toks)) if toks[q].start >= first.end or toks[q].text == key[1][0]), k)
    ms = finder._by_sent.get(first.sent, ())
    body = _body_before(toks, k, first, ms, finder)
    if body is None:
        body = _body_after(toks, first, ms, finder)
    return body.key if body is not None and body.key[0] not in {"we", "i", "pair"} else None


def _body_before(toks: list[Token], k: int, first: Mention, ms: Any, finder: ActorFinder) -> Mention | None:
    """The description before the name (up to five words and one comma back): an office word
    and its possessor or capitalised modifier."""
    office = False
    comma = False
    q = k - 1
    while q >= 0 and k - q <= 6:
        t = toks[q]
        w = t.lower
        if t.text == ",":
            if comma or not office and q != k - 1:
                return None
            comma = True
        elif w in {"its", "their"}:
            if not office:
                return None
            own = next((m for m in ms if m.start == t.start), None)
            return own if own is not None and own.kind in _BODY_KINDS else finder._pronoun_target(first.sent, t.start, lambda m: m.kind in _BODY_KINDS)
        elif w in {"'s", "’s"}:
            if not office or q == 0:
                return None
            nested = [m for (ns, _), m in finder._nested.items() if ns == first.sent]
            body = next((m for m in (*ms, *nested) if m.end == toks[q - 1].end and m.kind in _BODY_KINDS), None)
            return body if body is not None else _descriptor_body(toks, q - 1, finder, t.start)
        elif w in _SPEAKS_FOR or w in _SPEAKS_FOR_MORE:
            office = office or t.text.islower()  # "Labour Minister X" names a portfolio
            if not office:
                return None
        elif office and t.text[:1].isupper() and t.text.isalpha():
            # "CEPA director X", "WFP country director X": the body's short name as modifier
            return _body_named(t.text, t.start, finder)
        elif not (t.text.isalpha() and t.text.islower() or "-" in t.text and t.text.islower()):
            return None
        q -= 1
    return None


def _body_after(toks: list[Token], first: Mention, ms: Any, finder: ActorFinder) -> Mention | None:
    """The description after the name: "X, a spokesman for the foreign ministry", "X, a Radaa
    spokesman", "X, its chief negotiator"."""
    e = next((q for q, t in enumerate(toks) if t.start >= first.end), None)
    if e is None or e + 2 >= len(toks) or toks[e].text != "," or toks[e + 1].lower not in {"a", "an", "the", "its", "their"}:
        return None
    end = next((q for q in range(e + 1, min(len(toks), e + 10)) if toks[q].text in _DESC_END), None)
    if end is None:
        return None
    window = toks[e + 1 : end]
    if not any(t.lower in _SPEAKS_FOR or t.lower in _SPEAKS_FOR_MORE for t in window):
        return None
    lo, hi = window[0].start, window[-1].end
    if window[0].lower in {"its", "their"}:
        return finder._pronoun_target(first.sent, lo, lambda m: m.kind in _BODY_KINDS)
    nested = [m for (ns, _), m in finder._nested.items() if ns == first.sent]
    body = next((m for m in (*ms, *nested) if lo <= m.start and m.end <= hi and m.kind in _BODY_KINDS and not m.pronoun), None)
    if body is not None:
        return body
    for t in window[1:]:
        if t.text[:1].isupper() and t.text.isalpha():
            found = _body_named(t.text, lo, finder)
            if found is not None:
                return found
    return None


def side_of(key: tuple, s: int, finder: ActorFinder, lex: Lexicon) -> tuple:
    """The actor a quoted "we" stands for: the speaker, or, for a state official, their state
    (the official's country, else the state named first in the sentence that introduces the
    official, or in the nearest of the two sentences before it)."""
    ent = finder.entities.get(key)
    if ent is None or ent.kind != "person":
        return key
    body = _affiliation(key, finder)
    if body is not None:
        return body
    if not ent.role:
        return key
    words = set(ent.role.lower().replace("-", " ").split())
    if not words & _STATE_OFFICES or words & _NOT_STATE:
        return key
    iso = ent.country
    if iso is None:
        # finder.mentions is in sentence order: the first mention is the introduction
        intro = next((m.sent for m in finder.mentions if m.key == key), s)
        near = None
        for q in (intro, intro - 1, intro - 2):
            near = next((m for m in finder._by_sent.get(q, ()) if m.key[0] == "gov" and not m.pronoun), None)
            if near is not None:
                break
        if near is None:
            return key
        iso = near.key[1]
    gov = ("gov", iso)
    if gov not in finder.entities:
        finder.entities[gov] = Entity(gov, lex.country_names.get(iso, iso), "government", iso, None, [])
    return gov


def interview_you(sents: list[tuple[int, int]], sent_toks: list[list[Token]], attrs: list[Any], text: str, finder: ActorFinder, lex: Lexicon) -> dict[tuple, tuple]:
    """What an interviewer's "you" stands for, per sentence ("you", s) and for "your
    government" ("you", s, "side"): in a question turn (a paragraph opened by "Q:" or by a
    speaker's label in capitals, with a question mark), the speaker of the next paragraph, the
    answer (when that is someone else than the turn's own speaker); the side they speak for as
    for a quoted "we" (side_of)."""
    out: dict[tuple, tuple] = {}
    if not finder.you_sents:
        return out  # no "you" in a question turn (most articles): nothing to resolve
    paras: list[list[int]] = []
    for k in range(len(sents)):
        if k == 0 or "\n" in text[sents[k - 1][1] : sents[k][0]]:
            paras.append([])
        paras[-1].append(k)
    para_of = {k: n for n, para in enumerate(paras) for k in para}
    for s in finder.you_sents:
        n = para_of[s]
        para = paras[n]
        first = sent_toks[para[0]]
        if len(first) < 2 or n + 1 >= len(paras):
            continue
        label = first[0].text
        if label not in _QUESTION_LABELS and not any(t.text == "?" for k in para for t in sent_toks[k]):
            continue  # a speaker's turn with no question: no interviewer speaking
        ans = attrs[paras[n + 1][0]]
        if ans is None or ans.key[0] in {"we", "i", "you"}:
            continue
        own = attrs[para[0]]
        if label not in _QUESTION_LABELS and own is not None and own.key == ans.key:
            continue
        out[("you", s)] = ans.key
        out[("you", s, "side")] = side_of(ans.key, s, finder, lex)
    return out
