"""Speaker attribution of the pre-annotator (reported_by and the quoted "I"/"we"), on
invented sentences written the way news agencies attribute speech."""

from __future__ import annotations
from preannotate_helpers import preannotated



def annotate(text: str) -> dict:
    return preannotated(text)


def actor_named(d: dict, mention: str) -> dict:
    return next(a for a in d["actors"] if any(m["text"] == mention for m in a["mentions"]))


def reporter(d: dict, trigger: str) -> str | None:
    ev = next(e for e in d["events"] if e["trigger"]["text"] == trigger)
    return ev.get("reported_by")


def test_a_dateline_dash_does_not_make_the_speaker_a_closing_attribution() -> None:
    out = annotate("LIMA (Reuters) - The Andean Miners Federation said on Friday it would begin a strike next week unless wages rose.")
    assert reporter(out, "strike") == actor_named(out, "Andean Miners Federation")["id"]


def test_a_closing_attribution_with_an_adjunct_keeps_its_clause() -> None:
    out = annotate("Police detained 30 students, the interior ministry said on Sunday, after a week of protests in the capital.")
    assert reporter(out, "detained") == actor_named(out, "the interior ministry")["id"]
    assert reporter(out, "protests") is None  # the narrator's background after the attribution


def test_a_parenthetical_attribution_covers_the_whole_sentence() -> None:
    text = "Finance Minister Laura Petrov spoke to lawmakers on Monday. The unions, she said, had threatened a strike over pensions."
    out = annotate(text)
    petrov = actor_named(out, "Finance Minister Laura Petrov")["id"]
    assert reporter(out, "threatened") == petrov


def test_a_parenthetical_attribution_before_a_resumed_predicate() -> None:
    out = annotate("Trade Minister Omar Haddad criticised the levy. Rabat was open to talks, he added, but would not lift its tariffs first.")
    assert reporter(out, "lift") == actor_named(out, "Trade Minister Omar Haddad")["id"]


def test_an_attribution_with_a_colon_reports_the_sentence() -> None:
    out = annotate('Foreign Minister Ines Alvarez met the envoy on Monday. Asked whether Quito would expel the diplomats, she said: "Only if they refuse to leave."')
    alvarez = actor_named(out, "Foreign Minister Ines Alvarez")["id"]
    assert reporter(out, "expel") == alvarez


def test_interview_answers_are_the_interviewees_and_their_we_is_theirs() -> None:
    text = (
        "HARARE - Zimbabwe's foreign minister, Ruth Moyo, spoke to our reporter on Friday about the dam dispute.\n\n"
        "Q: Will Harare reopen the talks?\n\n"
        '"We are ready to meet the Zambian delegation next month. I have written to them twice."\n\n'
        "Moyo said the regional bloc would host the meeting."
    )
    out = annotate(text)
    moyo = actor_named(out, "Zimbabwe's foreign minister, Ruth Moyo")["id"]  # settled apposition span
    assert reporter(out, "meet") == moyo
    texts = [m["text"] for a in out["actors"] for m in a["mentions"]]
    assert "We" in texts and "I" in texts  # resolved through the answer's speaker
    assert actor_named(out, "I")["id"] == moyo


def test_what_someone_is_accused_of_is_reported_by_the_accuser() -> None:
    out = annotate("The Liberal Party accused the army of shelling a village near the border and called on the government to open an inquiry.")
    events = {e["trigger"]["text"]: e for e in out["events"]}
    assert "shelling" in events and "inquiry" in events
    assert reporter(out, "shelling") == actor_named(out, "Liberal Party")["id"]
    assert reporter(out, "inquiry") is None  # the accuser's next act is narrated, not a claim


def test_a_quotation_running_over_sentences_keeps_its_speaker() -> None:
    out = annotate('Asked about the strike, Chile\'s interior minister Ana Soto said: "No one will be arrested for marching. But if the protest turns violent, the police will act."')
    speaker = actor_named(out, "Chile's interior minister Ana Soto")["id"]
    assert reporter(out, "arrested") == speaker
    assert reporter(out, "protest") == speaker


def test_a_transcripts_speaker_label_is_the_speaker_of_its_paragraph() -> None:
    # "RUIZ: …" paragraphs of an interview transcript: the person of that surname named in the
    # lead speaks every sentence of the paragraph, and the quoted "I" is that person
    text = ("LIMA - An edited transcript of a radio interview. Host Carmen Vidal spoke to Energy Minister Pablo Ruiz.\n\n"
            "VIDAL: Will the strike end?\n\n"
            "RUIZ: We have offered the miners a new contract. I will not resign over this.\n")
    out = annotate(text)
    ruiz = actor_named(out, "Energy Minister Pablo Ruiz")["id"]
    assert reporter(out, "offered") == ruiz
    assert reporter(out, "resign") == ruiz
    # a label that names nobody in the article is no speaker
    out = annotate("LIMA - Miners marched on Monday.\n\nUPDATE: The union threatened a strike.\n")
    assert reporter(out, "threatened") is None


def test_a_bracketed_acronym_or_a_states_ministry_stands_between_speaker_and_verb() -> None:
    out = annotate("The Andean Miners Federation (AMF) said on Friday it would begin a strike next week.")
    assert reporter(out, "strike") == actor_named(out, "AMF")["id"]
    out = annotate("Peru's foreign ministry said it would recall its ambassador from Quito.")
    assert reporter(out, "recall") == actor_named(out, "Peru")["id"]


def test_according_to_sources_its_statement_across_an_article_and_not_past_but() -> None:
    out = annotate("Kenya freed 40 prisoners, while Uganda released 12 traders, according to the International Committee of the Red Cross.")
    icrc = actor_named(out, "International Committee of the Red Cross")["id"]
    assert reporter(out, "freed") == icrc and reporter(out, "released") == icrc
    out = annotate("The governor welcomed the offensive, but the opposition accused the army of abandoning the villagers, 3,000 of whom have fled since May, according to the International Committee of the Red Cross.")
    assert reporter(out, "welcomed") is None and reporter(out, "accused") is None


def test_a_verbal_act_joined_to_the_report_is_narrated_and_its_content_stays_reported() -> None:
    text = "The Atlantic Seafarers Union said its members had blocked the harbour for a week and accused the coast guard of seizing their nets."
    out = annotate(text)
    union = actor_named(out, "Atlantic Seafarers Union")["id"]
    assert reporter(out, "blocked") == union  # the report
    assert reporter(out, "accused") is None  # the union's own act, told by the narrator
    assert reporter(out, "seizing") == union  # what the coast guard is accused of: the union's word
    text = "Interior Minister Hana Vesely said the march could go ahead, but she warned that police would disperse any blockade."
    out = annotate(text)
    vesely = actor_named(out, "Interior Minister Hana Vesely")["id"]
    assert reporter(out, "warned") is None
    assert reporter(out, "disperse") == vesely  # what is warned of is her word


def test_a_verbal_act_inside_the_quotation_or_a_promise_keeps_the_speaker() -> None:
    out = annotate('The mayor said: "We talked to the residents and urged them to stay calm."')
    assert reporter(out, "urged") is not None
    out = annotate("Labour Minister Petra Holm told reporters the cuts were painful and promised to review them in autumn.")
    assert reporter(out, "promised") == actor_named(out, "Labour Minister Petra Holm")["id"]


def test_the_speakers_place_or_day_between_speaker_and_verb() -> None:
    out = annotate("The French embassy in Dakar said Paris was ready to fund the new water plant.")
    france = actor_named(out, "The French embassy")["id"]
    assert reporter(out, "fund") == france
    out = annotate("Peru's government on Wednesday accused Bolivia of blocking the border crossing.")
    assert reporter(out, "blocking") == actor_named(out, "Peru")["id"]


def test_a_day_inside_a_relative_clause_does_not_make_its_object_the_speaker() -> None:
    out = annotate("Ruiz, who met Senator Alma Ortega on Tuesday, said Chile would send 200 tonnes of grain to the flooded provinces.")
    ortega = actor_named(out, "Senator Alma Ortega")["id"]
    assert reporter(out, "send") != ortega
