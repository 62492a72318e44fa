"""Actor mentions of the pre-annotator: office holders, legislatures, coalitions, unnamed
people and pronouns written the way news reports them (invented sentences, not gold passages)."""

from __future__ import annotations
from preannotate_helpers import preannotated



def annotate(text: str) -> dict:
    return preannotated(text)


def mention_texts(d: dict) -> list[str]:
    return [m["text"] for a in d["actors"] for m in a["mentions"]]


def actor_of(d: dict, mention: str) -> dict:
    return next(a for a in d["actors"] if any(m["text"] == mention for m in a["mentions"]))


def test_an_office_holder_with_no_name_is_a_person_mention() -> None:
    out = annotate("The defence minister said the envoy would return next week. The magistrate adjourned the hearing.")
    texts = mention_texts(out)
    for m in ("The defence minister", "the envoy", "The magistrate"):
        assert m in texts
        assert actor_of(out, m)["kind"] == "person"


def test_a_titled_mention_refers_back_to_the_named_holder() -> None:
    out = annotate("Governor Alice Mwangi visited the camp on Monday. Later the governor met aid groups.")
    assert actor_of(out, "the governor") is actor_of(out, "Governor Alice Mwangi")


def test_vague_titles_and_offices_are_not_people() -> None:
    texts = mention_texts(annotate("The head said nothing. The prosecutor's office opened a case."))
    assert "The head" not in texts
    assert "The prosecutor" not in texts


def test_bare_parliament_is_an_actor_but_not_as_a_place_or_modifier() -> None:
    out = annotate("The minister told parliament the budget was balanced. The law cannot pass unless parliament approves it.")
    texts = mention_texts(out)
    assert texts.count("parliament") == 2
    assert "The minister" in texts  # the verb is not swallowed into a longer mention
    assert not any("told" in t for t in texts)
    texts = mention_texts(annotate("Thousands of people marched on parliament. Police guarded parliament buildings overnight."))
    assert "parliament" not in texts


def test_addressing_the_legislature_marks_it_but_reporters_are_not_actors() -> None:
    texts = mention_texts(annotate('"We will not cut pensions," the premier told lawmakers. "It is done," she told reporters.'))
    assert "lawmakers" in texts
    assert "reporters" not in texts


def test_those_who_and_anyone_who_are_groups_without_the_relative_clause() -> None:
    texts = mention_texts(annotate("The ministry said it would help anyone who wants to leave and protect those who stay."))
    assert "anyone" in texts and "those" in texts


def test_an_unnamed_person_may_carry_a_nationality_adjective() -> None:
    out = annotate("A senior Kurdish negotiator said the deal was close. A European diplomat disagreed.")
    assert actor_of(out, "A senior Kurdish negotiator")["kind"] == "person"
    assert actor_of(out, "A European diplomat")["kind"] == "person"


def test_the_coalition_is_an_actor_but_not_its_pact() -> None:
    out = annotate("The ruling coalition said it would survive the vote. Two parties left the coalition pact.")
    texts = mention_texts(out)
    assert "The ruling coalition" in texts
    assert actor_of(out, "it") is actor_of(out, "The ruling coalition")
    assert "the coalition" not in texts and "the coalition pact" not in texts


def test_it_after_a_reporting_verb_with_a_time_between_is_the_speaker() -> None:
    out = annotate("The presidency said on Thursday it was willing to hold talks.")
    assert actor_of(out, "it") is actor_of(out, "The presidency")
    assert "it" not in mention_texts(annotate("The presidency was silent. Analysts said it was unclear what would follow."))
    assert "it" not in mention_texts(annotate("The presidency said on Monday it would be difficult to meet."))


def test_an_unnamed_body_as_subject_is_an_actor_and_its_pronoun_follows() -> None:
    out = annotate("After a summit in the capital, the regional bloc said it deplored the delay.")
    bloc = actor_of(out, "the regional bloc")
    assert bloc["kind"] == "igo"
    assert actor_of(out, "it") is bloc


def test_an_organisation_name_ending_in_platform_is_no_person() -> None:
    out = annotate("The National Renewal Platform said it would hold a vigil.")
    assert actor_of(out, "National Renewal Platform")["kind"] == "organization"


def test_congress_is_the_legislature_of_the_state_in_the_story() -> None:
    out = annotate("Chile's finance minister asked Congress to approve the budget. Congress rejected it on Friday.")
    congress = actor_of(out, "Congress")
    assert congress["country"] == "CHL"
    assert sum(m["text"] == "Congress" for m in congress["mentions"]) == 2
    assert actor_of(annotate("Congress passed the spending bill on Friday."), "Congress")["country"] == "USA"
    us = annotate("The White House urged Congress to act. Mexico's president disagreed.")
    assert actor_of(us, "Congress")["country"] == "USA"


def _actor_names_of(d: dict, mention: str) -> set[str]:
    return {a["name"] for a in d["actors"] if any(m["text"] == mention for m in a["mentions"])}


def test_pair_references_cover_both_states_named_as_a_pair() -> None:
    text = (
        "Chile and Bolivia agreed on Monday to reopen talks on water rights. "
        "Diplomats said both capitals wanted a deal before June. Neither has published a draft, "
        "and neither side commented on the border."
    )
    out = annotate(text)
    for m in ("both capitals", "Neither", "neither side"):
        assert _actor_names_of(out, m) == {"Chile", "Bolivia"}


def test_a_later_pair_noun_reuses_the_pair_named_before() -> None:
    text = (
        "Serbia and Kosovo resumed talks in Brussels on Tuesday, and both sides agreed to meet again. "
        "Serbian President Aleksandar Novak thanked the mediators. Prime Minister Albin Gashi said the police would stay. "
        "Novak said the army would not move. Gashi said the border was calm. "
        "An EU envoy said the two governments had not discussed licence plates."
    )
    out = annotate(text)
    assert _actor_names_of(out, "the two governments") == _actor_names_of(out, "both sides")


def test_a_name_and_its_head_noun_coordinate_with_a_second_actor() -> None:
    out = annotate("Yemen's Houthi movement and the government agreed to extend the truce, although the two sides remained divided over salaries.")
    assert len(_actor_names_of(out, "the two sides")) == 2


def test_a_party_known_by_a_plural_label_is_an_organisation() -> None:
    out = annotate("The budget passed on Tuesday. The Socialists said they would vote against the next one, and the Greens abstained.")
    for m in ("Socialists", "Greens"):
        assert actor_of(out, m)["kind"] == "organization"
    assert actor_of(out, "Socialists")["country"] is None  # the label is shared by many states


def test_party_names_that_read_as_persons_are_parties_of_their_state() -> None:
    out = annotate("The National Rally said it would table a motion. Georgian Dream rejected the criticism.")
    assert (actor_of(out, "National Rally")["kind"], actor_of(out, "National Rally")["country"]) == ("organization", "FRA")
    assert (actor_of(out, "Georgian Dream")["kind"], actor_of(out, "Georgian Dream")["country"]) == ("organization", "GEO")


def test_a_name_ending_in_congress_is_not_the_us_congress() -> None:
    out = annotate("The Congress of South African Trade Unions threatened a general strike. The All People's Congress said police raided its offices.")
    names = {a["name"] for a in out["actors"]}
    assert "US Congress" not in names
    assert actor_of(out, "Congress of South African Trade Unions")["country"] == "ZAF"


def test_a_legislature_known_by_its_own_name_is_its_state_body() -> None:
    out = annotate("The Storting is expected to approve the budget on Friday, and the Bundestag will vote next week.")
    assert (actor_of(out, "Storting")["kind"], actor_of(out, "Storting")["country"]) == ("government", "NOR")
    assert actor_of(out, "Bundestag")["country"] == "DEU"


def test_state_companies_and_unions_named_alone_are_actors() -> None:
    out = annotate("Gazprom halted deliveries on Monday. Union ver.di said its members would strike.")
    assert (actor_of(out, "Gazprom")["kind"], actor_of(out, "Gazprom")["country"]) == ("organization", "RUS")
    union = next(a for a in out["actors"] if any("ver.di" in m["text"] for m in a["mentions"]))
    assert (union["kind"], union["country"]) == ("organization", "DEU")


def test_office_titles_without_a_name_are_office_holders() -> None:
    out = annotate("The attorney general said the inquiry would continue. The ombudsman criticised the delay, and the chief whip urged calm.")
    texts = mention_texts(out)
    for m in ("The attorney general", "The ombudsman", "the chief whip"):
        assert m in texts
        assert actor_of(out, m)["kind"] == "person"


def test_a_seat_of_government_stands_for_its_state() -> None:
    out = annotate("The fund said the tranche would be withheld unless Cotonou cut fuel subsidies.")
    assert actor_of(out, "Cotonou")["name"] == "Benin"


def test_regions_are_places_and_common_first_names_are_not_states() -> None:
    out = annotate("Victoria Mensah said seats allotted to Andhra Pradesh would not fall. Congolese troops withdrew.")
    names = {a["name"] for a in out["actors"]}
    assert "Seychelles" not in names
    assert "Andhra Pradesh" not in mention_texts(out)
    assert actor_of(out, "Congolese troops")["country"] == "COD"


def test_a_legislature_as_venue_or_modifier_is_no_actor() -> None:
    out = annotate("The coalition leaders signed the pact at the Bundestag on Friday. The Senate debate lasted hours. "
                   "Protesters gathered outside the National Assembly.")
    texts = mention_texts(out)
    assert not any("Bundestag" in t or "Senate" in t or "National Assembly" in t for t in texts)


def test_a_legislature_that_acts_is_still_an_actor() -> None:
    texts = mention_texts(annotate("The Bundestag approved the budget. As long as Congress respects the ceiling, the fund will pay."))
    assert "Bundestag" in texts and "Congress" in texts
    assert "Congress" in mention_texts(annotate("A senior Congress official said the vote would pass."))


def test_an_unnamed_person_with_a_regional_adjective() -> None:
    out = annotate("A senior Arab diplomat said the talks would resume.")
    assert actor_of(out, "A senior Arab diplomat")["kind"] == "person"


def test_the_fund_the_board_and_the_island_nation_refer_back() -> None:
    out = annotate("The World Food Fund approved the grant. The board said the fund would review it. "
                   "Sri Lanka asked for help, and the island nation will repay the loan.")
    assert actor_of(out, "the fund") is actor_of(out, "World Food Fund")
    assert actor_of(out, "The board") is actor_of(out, "World Food Fund")
    assert actor_of(out, "the island nation") is actor_of(out, "Sri Lanka")


def test_the_cabinet_is_a_government_not_a_legislature() -> None:
    out = annotate("The Senate rejected the bill. The cabinet will meet on Monday.")
    assert "Senate" not in actor_of(out, "The cabinet")["name"]


def test_groups_named_by_what_they_are() -> None:
    out = annotate("Rights groups condemned the verdict. Criminal groups control the port. The court freed two political prisoners. "
                   "The strike will spread if employers refuse to pay. The government barred independent monitors from the camps.")
    texts = mention_texts(out)
    for m in ("Rights groups", "Criminal groups", "employers", "independent monitors"):
        assert m in texts
    assert actor_of(out, "Rights groups")["kind"] == "organization"
    assert actor_of(out, "Criminal groups")["kind"] == "group"


def test_people_moved_by_an_actor_are_not_a_group_of_their_own() -> None:
    texts = mention_texts(annotate("Ireland said it would withdraw its monitors. Washington offered to station additional monitors."))
    assert not any("monitors" in t for t in texts)


def test_the_first_of_a_double_surname_refers_back() -> None:
    out = annotate("Interior Minister Carlos Mendez Ruiz met the envoy. Mendez said the talks went well.")
    assert actor_of(out, "Mendez") is actor_of(out, "Interior Minister Carlos Mendez Ruiz")


def test_a_description_ends_at_a_preposition() -> None:
    texts = mention_texts(annotate("The sheets were counted in the presence of party observers."))
    assert not any(t.startswith("the presence") for t in texts)


def test_a_pair_with_modifiers_or_of_men_refers_to_the_two_named() -> None:
    out = annotate("The Labour Party and the Green Party agreed on the budget. Critics accused the two largest parties of a backroom deal. "
                   "Prime Minister Anna Berg and Finance Minister Jon Dahl clashed again, and the speaker urged both men to talk.")
    names = {a["name"] for a in out["actors"] if any(m["text"] == "the two largest parties" for m in a["mentions"])}
    assert len(names) == 2 and all("Party" in n for n in names)
    names = {a["name"] for a in out["actors"] if any(m["text"] == "both men" for m in a["mentions"])}
    assert names == {"Anna Berg", "Jon Dahl"}


def test_a_quoted_we_of_a_body_s_spokesman_or_leader_is_the_body() -> None:
    out = annotate("The National Workers Federation called a strike in Lagos on Monday. Its spokesman, Tunde Bello, said the talks had failed. "
                   '"We will not back down," he said.')
    assert actor_of(out, "We") is actor_of(out, "National Workers Federation")
    out = annotate("The Green Alliance left the coalition on Friday. Their leader Maria Costa met reporters. "
                   '"We kept our word," she said.')
    assert actor_of(out, "We") is actor_of(out, "Green Alliance")


def test_a_quoted_we_follows_the_body_named_in_the_speaker_s_description() -> None:
    # a description after the name: "X, a spokesman for the foreign ministry" (a state's side)
    out = annotate("Talks between Kenya and Somalia broke down on Monday. "
                   '"We have been patient," said Omar Farah, a spokesman for the Somali foreign ministry.')
    assert actor_of(out, "We")["name"] == "Somalia"
    # the body's acronym modifying a lower-case office: "NFU press director X"
    out = annotate("The National Farmers Union (NFU) blocked the motorway on Tuesday. "
                   '"We will stay until the levy goes," NFU press director Carl Moss said.')
    assert actor_of(out, "We") is actor_of(out, "National Farmers Union")
    # a possessor descriptor and an office the short list lacked: "The paper's editor-in-chief, X"
    out = annotate("Police raided the studios of the private broadcaster Radio Sloboda on Friday. "
                   "The broadcaster's editor-in-chief, Ivo Maric, condemned the raid. \"We will be on air tomorrow,\" he said.")
    assert actor_of(out, "We") is actor_of(out, "the private broadcaster Radio Sloboda")
    # a capitalised office names a portfolio, not the body: "Labour Minister X" is not the party
    out = annotate("The Labour Party won the vote. Labour Minister Ann Holt said: \"We will raise wages.\"")
    assert actor_of(out, "We")["name"] != "Labour Party"


def test_a_demonym_opening_a_party_name_is_the_party_not_the_state() -> None:
    out = annotate("The opposition Zambian Progressive Party rejected the budget.")
    party = next(a for a in out["actors"] if any("Zambian Progressive Party" in m["text"] for m in a["mentions"]))
    assert party["kind"] == "organization"
    assert not any(a["kind"] == "government" for a in out["actors"])


def test_brussels_as_an_actor_is_the_eu_and_a_place_after_in() -> None:
    out = annotate("Brussels warned Budapest that it would freeze funds. Ministers met in Brussels on Friday to discuss the sanctions.")
    assert actor_of(out, "Brussels")["name"] == "European Union"
    assert sum(m["text"] == "Brussels" for a in out["actors"] for m in a["mentions"]) == 1


def test_an_appositive_description_before_a_name_marks_no_nested_actor() -> None:
    # guidelines 1: "Its leader, X" / "the union's chairwoman, X" describe one person; the
    # possessor and the description are not separate mentions beside the name
    out = annotate(
        "The Farmers Alliance rejected the plan on Tuesday. Its deputy leader, Maria Okonjo, called it unfair. "
        "Kenya's trade envoy, Peter Otieno, said talks would resume."
    )
    texts = mention_texts(out)
    assert "Its" not in texts
    assert "Kenya's trade envoy" not in texts and "Kenya" not in texts
    # settled apposition case: one mention spanning description and name
    okonjo = actor_of(out, "Its deputy leader, Maria Okonjo")
    assert okonjo["kind"] == "person" and "leader" in (okonjo["role"] or "")
    assert "envoy" in (actor_of(out, "Kenya's trade envoy, Peter Otieno")["role"] or "")
    # a sentence-opening phrase that names no person keeps the name apart
    out = annotate("In a statement, Maria Okonjo said the alliance would protest.")
    assert "Maria Okonjo" in mention_texts(out)


def test_an_organisation_name_with_a_possessive_inside_is_one_name() -> None:
    out = annotate(
        "The Kenyan Nurses' Union of Mombasa and the National Farmers' Federation rejected the plan. "
        "Malawi's Ministry of Health welcomed it."
    )
    texts = mention_texts(out)
    assert "The Kenyan Nurses' Union of Mombasa" in texts
    assert actor_of(out, "The Kenyan Nurses' Union of Mombasa")["kind"] == "organization"
    assert "the National Farmers' Federation" in texts
    # a state's ministry belongs to the state named before the possessive: no organisation
    assert all(a["kind"] != "organization" for a in out["actors"] if any("Malawi" in m["text"] for m in a["mentions"]))


def test_a_demonstrative_or_kind_of_body_refers_back_to_the_body_named_before() -> None:
    out = annotate(
        "Norway's government raised fuel taxes on Monday. \"This government listens to farmers,\" the minister said. "
        "The Saeima debated the bill, and the Greens told the chamber they would abstain. "
        "Jordan said the kingdom would reopen the crossing. "
        "The Nordic Power Company raised prices. The utility said costs had doubled."
    )
    assert actor_of(out, "This government")["name"] == "Norway"
    assert actor_of(out, "the chamber")["name"] == "Saeima"
    assert actor_of(out, "the kingdom")["name"] == "Jordan"
    assert actor_of(out, "The utility")["name"] == "Nordic Power Company"


def test_this_coalition_needs_a_coalition_named_before() -> None:
    out = annotate("Mr Rossi said: \"We did not join this coalition to be treated as guests.\"")
    assert "this coalition" not in mention_texts(out)


def test_a_time_adverb_after_a_legislature_leaves_it_an_actor() -> None:
    out = annotate("The cabinet pushed the bill through the Sejm late on Wednesday.")
    assert actor_of(out, "Sejm")["name"] == "Sejm"


def test_a_plural_pronoun_after_two_coordinated_actors_is_a_mention_of_each() -> None:
    # guidelines 1: a plural reference is listed once per actor it covers
    out = annotate("Ghana and Togo agreed on Monday to reopen their shared border crossing.")
    owners = sorted(a["name"] for a in out["actors"] if any(m["text"] == "their" for m in a["mentions"]))
    assert owners == ["Ghana", "Togo"]
    # "their" with no actor pair or group before it stands for nothing
    out = annotate("Prices rose sharply and their effect worried Ghana.")
    assert "their" not in mention_texts(out)


def test_a_plural_pronoun_after_a_pair_phrase_is_a_mention_of_each_but_not_before_an_office() -> None:
    # guidelines 1 "Settled cases": "they" after "the two sides" covers both actors ...
    out = annotate("Peru and Chile held talks in Lima on Friday. The two sides said they would meet again in May.")
    owners = sorted(a["name"] for a in out["actors"] if any(m["text"] == "they" for m in a["mentions"]))
    assert owners == ["Chile", "Peru"]
    # ... but "Their leader X" is one mention, the person's (the possessive opens it)
    out = annotate("Minister Juan Soto and Minister Luis Vega met the union. The union urged both ministers to resume the talks. Their leader Ana Ruiz said a strike was near.")
    assert "Their" not in mention_texts(out)


def test_they_before_a_verb_outside_the_trigger_list_refers_back() -> None:
    # "respect" is no event trigger, yet "they" is its subject and refers to the forces
    out = annotate("The ruling does not bind the security forces as long as they respect the law.")
    assert actor_of(out, "they")["name"] == "security forces"


def test_them_refers_back_like_they_but_not_to_its_own_subject_or_as_a_part() -> None:
    # an object "them" stands for the group of the sentence before, or a coordinated pair
    out = annotate('Hundreds of farmers blocked the highway on Monday. "I will meet them tomorrow," the governor said.')
    assert actor_of(out, "them")["name"] == "farmers"
    out = annotate("Ghana and Togo signed the accord, and the president thanked them on Monday.")
    assert sorted(a["name"] for a in out["actors"] if any(m["text"] == "them" for m in a["mentions"])) == ["Ghana", "Togo"]
    # "both governments requested them": not the clause's own subject; "20 of them": a part
    out = annotate("Kenya and Uganda want more observers. Both governments requested them in writing.")
    assert "them" not in mention_texts(out)
    out = annotate("Police beat several protesters and detained 20 of them.")
    assert "them" not in mention_texts(out)


def test_he_skips_a_person_the_text_marks_as_a_woman() -> None:
    # "spokeswoman" is a cue in her own mention; given names are not (guidelines 0.1)
    out = annotate("Governor Paul Eze said he would resign. The spokeswoman Ada Obi met Governor Eze's deputy on Monday. He said the talks went well.")
    assert actor_of(out, "He")["name"] == "Paul Eze"


def test_we_in_a_later_sentence_of_an_open_quotation_is_the_speakers() -> None:
    # the quotation opened after the attribution runs on: its next sentence has the same speaker
    out = annotate('Finance Minister Ana Ruiz spoke to reporters on Monday. "We will not devalue," Ruiz said. "If reserves fall, we will ask for help. Until then, we will manage with our own tools."')
    assert actor_of(out, "our")["name"] == "Ana Ruiz"


def test_the_three_leaders_is_a_mention_of_each_of_the_three() -> None:
    # guidelines 1: a plural reference is listed under every actor it covers, three as well as two
    out = annotate("President Ana Ruiz met Prime Minister Juan Soto and Finance Minister Luis Vega on Monday. The three leaders agreed to meet again.")
    owners = sorted(a["name"] for a in out["actors"] if any(m["text"] == "The three leaders" for m in a["mentions"]))
    assert owners == ["Ana Ruiz", "Juan Soto", "Luis Vega"]


def test_the_mission_or_the_force_is_an_actor_even_when_named_only_by_a_description() -> None:
    out = annotate("The Security Council extended the mandate of the stabilisation operation in Ruritania. It authorises the mission to protect civilians.")
    assert "the mission" in mention_texts(out)
    # after the police, "the force" is the police
    out = annotate("Police blocked the march on Monday. A police spokesman said the force would appeal.")
    assert actor_of(out, "the force")["name"] == actor_of(out, "Police")["name"]


def test_the_country_with_a_possessive_is_the_state_even_after_a_preposition() -> None:
    # "in the country" is a place; "in the country's internal affairs" names the state
    out = annotate("Ghana rejected the report on Monday, saying it interfered in the country's internal affairs.")
    assert actor_of(out, "the country")["name"] == "Ghana"


def test_the_assembly_refers_back_to_the_legislature_but_out_of_the_chamber_is_a_place() -> None:
    text = ("The Legislative Assembly of Ruritania passed the budget on Monday. The opposition protested. Critics said the plan was rushed. "
            "The minister defended it. Unions planned a strike. Analysts were divided. The president said he would ask the assembly to review it. "
            "Some deputies walked out of the chamber.")
    out = annotate(text)
    assert actor_of(out, "the assembly")["name"] == "Legislative Assembly of Ruritania"
    assert "the chamber" not in mention_texts(out)


def test_it_after_a_reporting_verb_before_a_present_verb_or_a_quote_is_the_speaker() -> None:
    out = annotate('After the summit the regional bloc ECOWAS said it "deplores the delay" in the transition.')
    assert actor_of(out, "it")["name"] == "ECOWAS"
    out = annotate("The Ruritanian Workers Union, which says it represents 9,000 dockers, called a strike.")
    assert actor_of(out, "it")["name"] == "Ruritanian Workers Union"
    # an object "it" before "unless" stays a thing
    out = annotate("The Liberal Party said they would reject it unless the ministry agreed.")
    assert "it" not in mention_texts(out)


def test_an_object_it_before_a_preposition_is_a_thing_but_it_before_an_infinitive_is_the_body() -> None:
    out = annotate("The opposition party said it would vote for it provided that the government publishes the text.")
    assert [m for m in mention_texts(out) if m == "it"] == ["it"]  # the subject only
    # "asked it to publish": an infinitive follows, "it" is a body that is asked to act
    out = annotate("The court directed the Electoral Commission to act and asked it to publish the results.")
    assert "it" in mention_texts(out)


def test_one_of_them_is_a_mention_of_the_group_them_refers_to() -> None:
    out = annotate("Western officials doubted the offer. One of them said the deal would not hold.")
    assert actor_of(out, "One of them")["name"] == actor_of(out, "Western officials")["name"]


def test_the_justices_are_the_court_and_the_journalists_the_group_counted_before() -> None:
    out = annotate("The Supreme Court of Ruritania annulled the decree on Monday. The justices also ordered a new vote.")
    assert actor_of(out, "The justices")["name"] == actor_of(out, "Supreme Court of Ruritania")["name"]
    out = annotate("Police detained three journalists on Friday. The minister said the journalists had broken the law.")
    assert actor_of(out, "the journalists")["name"] == actor_of(out, "three journalists")["name"]


# ---- actor detection (actdet branch): names, nominals, gazetteers ----------------------------


def test_a_name_goes_on_through_office_words_after_a_connector() -> None:
    out = annotate("The Malawi Congress of Trade Unions called a general strike.")
    assert actor_of(out, "Malawi Congress of Trade Unions")["kind"] != "person"


def test_an_organisation_word_heads_a_name_with_connectors() -> None:
    out = annotate(
        "The opposition Rally for Justice and Progress said it would boycott the vote. "
        "The Sindicato dos Professores do Ensino said teachers would strike."
    )
    texts = mention_texts(out)
    assert "Rally for Justice and Progress" in texts
    assert actor_of(out, "Sindicato dos Professores do Ensino")["kind"] == "organization"


def test_a_bracketed_acronym_is_its_own_mention_of_the_body_and_later_uses_follow() -> None:
    out = annotate(
        "The Citizens' Union of Tarvia (CUT) rejected the budget on Monday. "
        "The state miner Minerva de Baixo Torres (MBT) cut jobs. CUT leaders met MBT managers."
    )
    cut = actor_of(out, "CUT")
    assert [m["text"] for m in cut["mentions"]].count("CUT") == 2
    mbt = actor_of(out, "MBT")
    assert mbt["kind"] == "organization" and len(mbt["mentions"]) == 3
    # a person's bracket (a party label) does not make the person a body
    out = annotate("Former minister Aldo Verin (NPP) said the vote was rigged.")
    assert next(a for a in out["actors"] if a["name"] == "Aldo Verin")["kind"] == "person"


def test_an_unnamed_court_that_acts_is_an_actor_but_not_a_venue() -> None:
    out = annotate("The activists will stay in jail unless a court orders their release. A court in Tarvia jailed two editors.")
    texts = mention_texts(out)
    assert "a court" in texts and "A court in Tarvia" in texts
    texts = mention_texts(annotate("She filed a complaint in a court on Monday and sought a ruling from a tribunal."))
    assert not any("court" in t or "tribunal" in t for t in texts)


def test_state_forces_followed_by_of_are_still_an_actor() -> None:
    texts = mention_texts(annotate("The union accused the security forces of beating striking dockers."))
    assert any("security forces" in t for t in texts)


def test_a_description_after_a_name_is_part_of_one_mention() -> None:
    out = annotate(
        "Lena Varga, a spokeswoman for the transport ministry, said talks would resume. "
        "The Tarvian Progress Party, the second-largest party, said it would abstain."
    )
    texts = mention_texts(out)
    assert "a spokeswoman" not in texts and "the transport ministry" not in texts
    assert "the second-largest party" not in texts
    # a list after a name is no description
    texts = mention_texts(annotate("The Senate, the cabinet and the president must all approve the deal."))
    assert "the cabinet" in texts


def test_a_description_before_a_body_name_is_part_of_one_mention() -> None:
    out = annotate("The opposition party, the Tarvian Progress Party, said it would boycott the vote.")
    texts = mention_texts(out)
    assert "The opposition party" not in texts
    assert actor_of(out, "it") is actor_of(out, "Tarvian Progress Party")


def test_opposition_before_a_person_noun_is_a_modifier() -> None:
    texts = mention_texts(annotate("A court jailed opposition activist Mira Tosk on Friday."))
    assert "opposition" not in texts


def test_it_after_a_persons_report_is_what_was_said_about_not_a_body() -> None:
    # a person is never "it": after "She told reporters" it is the meeting, not the party
    out = annotate("Minister Ana Ruiz met the Liberal Party on Monday. She told reporters it had been a hard meeting.")
    assert "it" not in mention_texts(out)
    # a body still says "it" after a person it named: "called on Ruiz … and said it would"
    out = annotate("The Liberal Party called on Ruiz to resign and said it would file a motion.")
    assert actor_of(out, "it")["name"] == "Liberal Party"


# --- actors3 (round 2, third pass): plural references, titles opened by a body's word,
# possessor countries, apposition spans -------------------------------------------------


def test_a_body_word_before_a_title_opens_the_persons_mention() -> None:
    out = annotate("The Tarvian Dockers' Union called a strike. Union president Mara Kovac said it would last a week.")
    texts = mention_texts(out)
    assert "Union" not in texts
    assert "Union president Mara Kovac" in texts
    out = annotate("Interior Ministry spokesman Olek Brand said the march was banned.")
    assert mention_texts(out) == ["Interior Ministry spokesman Olek Brand"]


def test_a_state_as_possessor_of_a_body_is_part_of_its_mention() -> None:
    out = annotate("Moldova's Social Democrats threatened to quit the coalition on Monday.")
    texts = mention_texts(out)
    assert "Moldova" not in texts
    assert "Moldova's Social Democrats" in texts


def test_each_side_after_a_government_and_a_modified_rebel_name() -> None:
    out = annotate(
        "Niger's government and the rebel Lanu Liberation Front agreed to a truce on Monday, but each side set conditions. "
        "The mediator said he hoped both delegations would return next month."
    )
    for phrase in ("each side", "both delegations"):
        names = sorted(a["name"] for a in out["actors"] if any(m["text"] == phrase for m in a["mentions"]))
        assert len(names) == 2 and any("Lanu" in n for n in names), (phrase, names)


def test_a_possessive_before_a_titled_name_is_part_of_one_mention() -> None:
    out = annotate("The Freedom Party demanded a snap election. Its general secretary Harald Wendl said the vote was lost.")
    texts = mention_texts(out)
    assert "Its" not in texts
    assert "Its general secretary Harald Wendl" in texts


def test_an_apposition_is_output_as_one_span() -> None:
    out = annotate("Its leader, Tomas Vell, said the party would abstain. Ana Rusu, a spokeswoman for the ministry, said talks would resume.")
    texts = mention_texts(out)
    assert "Its leader, Tomas Vell" in texts
    assert "Ana Rusu, a spokeswoman for the ministry" in texts
    assert "Tomas Vell" not in texts and "Ana Rusu" not in texts


# --- actors round 4 (blind13+14 error classes) ---------------------------------------------


def test_an_org_word_heading_a_name_and_its_foreign_acronym() -> None:
    out = annotate("The National Federation of Dock Porters (FENAES) said the strike would spread. Later the FENAES rejected the offer.")
    texts = mention_texts(out)
    assert "The National Federation of Dock Porters" in texts or "National Federation of Dock Porters" in texts
    assert "FENAES" in texts
    assert actor_of(out, "FENAES")["kind"] != "person"


def test_a_transcripts_answers_are_the_interviewee_named_in_the_lead() -> None:
    out = annotate(
        "Farmers' leader Jonas Petrik, whose Rural Union has blocked roads since May, was interviewed in Vilnor on Tuesday.\n\n"
        "Q: Will the blockades go on?\n"
        "A: Only if the ministry ignores us. We will decide on Friday, and I will tell our members first."
    )
    texts = mention_texts(out)
    for pron in ("us", "We", "I", "our"):
        assert pron in texts, pron
    assert actor_of(out, "I")["name"] == "Jonas Petrik"


def test_the_delegations_and_the_two_federations_are_the_pair_named_before() -> None:
    out = annotate(
        "Peru and Ecuador resumed border talks on Monday. The delegations will meet again in June. "
        "The Dockers' Federation and the Railway Federation rejected the offer. The two federations said they would strike."
    )
    for phrase, n in (("The delegations", 2), ("The two federations", 2)):
        holders = [a["name"] for a in out["actors"] if any(m["text"] == phrase for m in a["mentions"])]
        assert len(holders) == n, (phrase, holders)


def test_a_family_name_written_first_is_the_person_named_before() -> None:
    out = annotate("Trade Minister Wei Jianhong met the delegation on Monday. Wei said the tariffs would stay.")
    assert "Wei" in mention_texts(out)
    assert actor_of(out, "Wei")["name"] == "Wei Jianhong"


def test_the_north_is_the_divided_state_named_before() -> None:
    out = annotate("North Korea tested a missile on Sunday, South Korea said. Seoul warned the North against further launches. Ships left the North Sea.")
    assert actor_of(out, "the North")["name"] == "North Korea"
    assert "the North Sea" not in mention_texts(out) and "the North" in mention_texts(out)


def test_a_counted_group_with_a_demonym_before_its_noun() -> None:
    texts = mention_texts(annotate("Police in Tarsk detained three Ugandan journalists on Friday and questioned two Polish servicemen."))
    assert "three Ugandan journalists" in texts
    assert "two Polish servicemen" in texts


def test_the_embassy_is_the_state_whose_embassy_was_named() -> None:
    out = annotate("Latvia expelled two staff members of the Belarusian embassy. The ambassador said the embassy would keep working. Police stood outside the embassy.")
    texts = mention_texts(out)
    assert texts.count("the embassy") == 1
    assert actor_of(out, "the embassy")["name"] == "Belarus"


def test_dissidents_and_smallholders_who_act_are_groups() -> None:
    texts = mention_texts(annotate("The army warned that dissidents would seize the valley, while smallholders blocked the highway."))
    assert "dissidents" in texts and "smallholders" in texts


def test_an_unnamed_person_by_job_and_the_plain_back_reference() -> None:
    out = annotate("Minsk refused to free a Lithuanian railway engineer held since May. Vilnius said the engineer was innocent.")
    assert actor_of(out, "the engineer") is actor_of(out, "a Lithuanian railway engineer")
    out = annotate("Police detained opposition figure Mrs Ana Lomi at her home. Her lawyer said the woman could be freed on bail.")
    assert actor_of(out, "the woman")["name"] == "Ana Lomi"


def test_us_in_capitals_is_never_the_pronoun_and_us_dollars_are_no_actor() -> None:
    out = annotate('"Exports reached US$300 million and will grow," the Ugandan minister said. "The US should lift its tariffs."')
    texts = mention_texts(out)
    assert "US" in texts and texts.count("US") == 1
    assert actor_of(out, "US")["name"] == "United States"


def test_a_questions_own_attribution_is_not_the_answers_speaker() -> None:
    out = annotate(
        "Union leader Petra Holm was interviewed in Malmberg on Friday.\n\n"
        "Q: The government says you are stalling.\n"
        "A: That is untrue. I met the minister twice in June."
    )
    assert actor_of(out, "I")["name"] == "Petra Holm"


def test_the_displaced_is_a_group_but_the_displaced_families_is_not_that_mention() -> None:
    texts = mention_texts(annotate("Critics said the province had abandoned the displaced, and aid for the displaced families ran out."))
    assert "the displaced" in texts
    assert "the displaced families" not in texts


def test_a_determiner_ends_an_institutions_modifiers() -> None:
    texts = mention_texts(annotate("The opposition accused the government of lying."))
    assert "The opposition accused the government" not in texts
    assert "the government" in texts


def test_the_speaker_is_an_office_holder() -> None:
    out = annotate("The opposition leader said she had met the speaker twice. He offered her party two committee posts.")
    texts = mention_texts(out)
    assert "the speaker" in texts
    assert actor_of(out, "He") is actor_of(out, "the speaker")


def test_a_toured_capital_is_a_place_not_its_state() -> None:
    texts = mention_texts(annotate("The junta's foreign minister toured Dakar last week to seek support."))
    assert "Dakar" not in texts


def test_a_pro_or_anti_modifier_makes_a_group_noun_an_actor() -> None:
    texts = mention_texts(annotate("Prosecutors said the money went to pro-Western groups before the vote."))
    assert "pro-Western groups" in texts


def test_a_demonym_before_buyers_or_smallholders_is_a_group() -> None:
    texts = mention_texts(annotate("Officials said Ugandan buyers would double their purchases, while Kenyan smallholders protested."))
    assert "Ugandan buyers" in texts and "Kenyan smallholders" in texts


def test_a_capitalised_portfolio_between_demonym_and_title() -> None:
    out = annotate("Ugandan Energy Cabinet Secretary Ruth Nabirye met investors on Monday. Nabirye said the dam would open in May.")
    texts = mention_texts(out)
    assert "Ugandan Energy Cabinet Secretary Ruth Nabirye" in texts
    assert actor_of(out, "Nabirye")["name"] == "Ruth Nabirye"


def test_a_quote_opened_after_a_colon_is_the_subjects() -> None:
    out = annotate('Belarus has stayed silent. A Lithuanian diplomat was blunt about the talks: "We will not sign anything this year."')
    assert "We" in mention_texts(out)


def test_a_court_appealed_to_is_an_actor_but_not_a_court_as_venue() -> None:
    texts = mention_texts(annotate("If parliament bans the party, it will appeal to the Constitutional Court. The case was heard in the Supreme Court."))
    assert "the Constitutional Court" in texts or "Constitutional Court" in texts
    assert not any("Supreme Court" in t for t in texts)


def test_transcript_speaker_labels_and_their_turns() -> None:
    # an interview printed as a transcript: each turn opens with the speaker's surname in
    # capitals; a title set off by a comma addresses the other speaker
    out = annotate(
        "The following is a transcript. Presenter Maria Lund spoke to Trade Minister Omar Haddad.\n\n"
        "LUND: Minister, will the tariffs stay?\n\n"
        "HADDAD: I will not lift them. We have warned our neighbours twice.\n\n"
        "LUND: Thank you.")
    lund, haddad = actor_of(out, "Presenter Maria Lund"), actor_of(out, "Trade Minister Omar Haddad")
    assert [m["text"] for m in lund["mentions"]].count("LUND") == 2
    texts = [m["text"] for m in haddad["mentions"]]
    assert "HADDAD" in texts and "Minister" in texts and "I" in texts


def test_capitals_before_a_colon_are_no_label_without_a_named_person() -> None:
    texts = mention_texts(annotate("UPDATE: The ministry said talks would resume on Monday."))
    assert "UPDATE" not in texts


def test_an_unknown_party_name_after_its_political_position() -> None:
    out = annotate("The opposition Vatra party walked out of the session. The ruling Citizens' Voice (VC) backed the budget, and VC deputies cheered.")
    vatra = actor_of(out, "The opposition Vatra party")
    assert vatra["kind"] == "organization"
    voice = actor_of(out, "The ruling Citizens' Voice")
    assert voice["kind"] == "organization"
    assert "VC" in [m["text"] for m in voice["mentions"]]


def test_a_name_before_party_is_no_party_when_it_is_an_occasion_or_opens_a_title() -> None:
    out = annotate("Guests left the Christmas party early, and liberal Vatra leader Ana Petre said the talks had failed.")
    texts = mention_texts(out)
    assert not any("Christmas" in t for t in texts)
    assert any(t.endswith("Ana Petre") for t in texts) and "liberal Vatra" not in texts


def test_a_state_before_its_economy_ministry_is_the_state_acting() -> None:
    out = annotate("Peru's economy ministry said on Tuesday that the bond sale had been delayed. Peru's economy shrank in March.")
    texts = mention_texts(out)
    assert texts.count("Peru") == 1
    assert actor_of(out, "Peru")["kind"] == "government"
    assert out["actors"][0]["mentions"][0]["start"] == 0


def test_senators_dockers_ranchers_and_returnees_act_as_groups() -> None:
    out = annotate("Senators rejected the treaty on Monday. Dockers walked out in Rotterdam, and ranchers blocked the highway. The junta said returnees would get land.")
    texts = mention_texts(out)
    for m in ("Senators", "Dockers", "ranchers", "returnees"):
        assert m in texts
    assert actor_of(out, "Senators")["kind"] == "government"
    assert actor_of(out, "ranchers")["kind"] == "group"


def test_bare_parliament_before_an_adverb_or_modal_and_sentence_initial() -> None:
    out = annotate("The reform stalls unless parliament first approves the budget. Parliament must vote by June. The minister misled parliament about the costs.")
    texts = mention_texts(out)
    assert texts.count("parliament") == 2 and "Parliament" in texts
    assert "Parliament Square" not in mention_texts(annotate("Parliament Square was closed on Monday."))


def test_a_sub_national_office_and_accused_the_office_holder_of_doing() -> None:
    out = annotate("The interior minister sacked the provincial governor on Monday. Protesters had accused the governor of rigging the count.")
    texts = mention_texts(out)
    assert "the provincial governor" in texts and "the governor" in texts
    assert "the governor of Lagos" not in mention_texts(annotate("Rebels attacked the governor of Lagos state."))


def test_an_unknown_outlet_credited_in_the_dateline_is_media() -> None:
    out = annotate("ZAGREB, Croatia (Vecernji) - The government resigned on Friday after losing a confidence vote.")
    assert actor_of(out, "Vecernji")["kind"] == "media"
    texts = mention_texts(annotate("The minister (Ivo Horvat) - who resigned on Friday - spoke later."))
    assert "Ivo Horvat" not in [m["text"] for a in annotate("The minister (Ivo Horvat) - who resigned on Friday - spoke later.")["actors"] if a["kind"] == "media" for m in a["mentions"]]
    assert texts  # the ordinary reading stays


def test_a_body_described_before_its_acronym_and_the_federation_after_it() -> None:
    out = annotate("Truckers will strike unless talks with the road hauliers' federation (FRH) succeed. The federation rejected the demand. FRH chairman Tomas Berg said nothing.")
    frh = actor_of(out, "the road hauliers' federation")
    texts = [m["text"] for m in frh["mentions"]]
    assert "FRH" in texts and "The federation" in texts
    assert "hauliers" not in mention_texts(out)
    assert any(t.endswith("Tomas Berg") for t in mention_texts(out))
    assert [m for m in frh["mentions"] if m["text"] == "FRH"][0]["start"] < 80  # the chairman's FRH is his title's


def test_an_acronym_after_a_description_with_a_verb_is_not_taken() -> None:
    texts = mention_texts(annotate("The bill was sent to the committee that oversees energy (CEC) on Monday."))
    assert not any(t.startswith("the committee that") for t in texts)


def test_a_house_of_a_legislature_is_a_government_body() -> None:
    out = annotate("The Liberian House of Representatives voted on Tuesday to suspend the auditor. The House of Delegates followed a day later.")
    for m in ("Liberian House of Representatives", "House of Delegates"):
        assert actor_of(out, m)["kind"] == "government"


def test_opposition_before_a_place_noun_is_a_modifier() -> None:
    out = annotate("Polling stations in two opposition districts closed early. Police arrested 40 opposition figures.")
    starts = [m["start"] for a in out["actors"] for m in a["mentions"] if "opposition" in m["text"]]
    assert starts and all(st > 60 for st in starts)  # "opposition figures" are people, the districts are not


def test_a_house_of_a_legislature_starts_at_house_after_a_participle() -> None:
    out = annotate("Addressing the House of Representatives, the minister defended the budget.")
    assert "House of Representatives" in mention_texts(out)


def test_a_bare_the_government_is_the_story_s_own_state_not_the_last_named() -> None:
    out = annotate("Uruguay signed a fisheries accord with the United States on Monday. US envoy Mark Dale praised the deal. "
                   "The government said the accord would protect jobs.")
    assert actor_of(out, "The government")["name"] == "Uruguay"


def test_a_bare_senate_is_the_senate_of_the_story_s_state() -> None:
    out = annotate("Chilean lawmakers passed the pension bill on Tuesday. The Senate will vote on it next week.")
    senate = actor_of(out, "Senate")
    assert senate["country"] == "CHL" and senate["name"] != "US Senate"
    out = annotate("The US House passed the budget bill. The Senate will vote on it next week.")
    assert actor_of(out, "Senate")["name"] == "US Senate"


def test_a_lone_both_before_its_verb_is_a_mention_of_each_coordinated_actor() -> None:
    out = annotate("Observers said Brazil and Argentina would back the plan, since both had suffered from the drought.")
    names = {a["name"] for a in out["actors"] if any(m["text"] == "both" for m in a["mentions"])}
    assert names == {"Brazil", "Argentina"}
    # a quantifier floated after its subject ("had both backed") is not a mention of its own
    out = annotate("Officials said Brazil and Argentina had both backed the plan.")
    assert "both" not in mention_texts(out)


def test_itself_is_the_body_that_is_subject_of_its_clause() -> None:
    out = annotate("Iceland, which is not an EU member, has aligned itself with the sanctions.")
    assert actor_of(out, "itself")["name"] == "Iceland"
    # the emphatic of a noun after a preposition refers to no actor
    out = annotate("Iceland said it would stay neutral on the question itself.")
    assert "itself" not in mention_texts(out)


def test_a_definite_description_refers_to_the_body_introduced_with_that_noun() -> None:
    # "the transport union TLU … The union": the noun of the introduction, whatever the kind
    out = annotate("Dock workers walked out on Monday, the transport union TLU said. The union wants a pay rise of 8 percent.")
    assert actor_of(out, "The union") is actor_of(out, "the transport union TLU")
    out = annotate("The National Federation of Miners called a strike on Monday. The federation said talks had failed.")
    assert actor_of(out, "The federation") is actor_of(out, "National Federation of Miners")


def test_the_warring_parties_and_the_two_armed_groups_are_the_pair_named_before() -> None:
    out = annotate("The Sudanese Armed Forces and the Rapid Support Forces clashed again near El Fasher. "
                   "Mediators urged the warring parties to open a corridor.")
    names = {a["name"] for a in out["actors"] if any(m["text"] == "the warring parties" for m in a["mentions"])}
    assert names == {"Sudanese Armed Forces", "Rapid Support Forces"}
    out = annotate("Fighting between the Northern Brigade and the Tarhuna Guard killed ten people on Monday. "
                   "The two armed groups agreed to a truce on Tuesday.")
    assert sum(any(m["text"] == "The two armed groups" for m in a["mentions"]) for a in out["actors"]) == 2


def test_two_coordinated_surnames_are_two_mentions() -> None:
    # "A and B" of capitalised names is two names, not one body's name with "and"
    out = annotate("Prime Minister Tomas Halvorsen met Finance Minister Erik Lunde on Monday. "
                   "Halvorsen and Lunde later spoke to reporters.")
    assert actor_of(out, "Halvorsen")["name"] == "Tomas Halvorsen"
    assert actor_of(out, "Lunde")["name"] == "Erik Lunde"


def test_a_person_named_before_is_not_a_place_after_in() -> None:
    out = annotate("Prime Minister Marta Oyelaran defended the budget on Monday. "
                   "The opposition said it would call a vote of no confidence in Oyelaran next week.")
    assert actor_of(out, "Oyelaran")["name"] == "Marta Oyelaran"


def test_a_quoted_my_is_the_speaker_but_my_client_is_not() -> None:
    out = annotate('Finance Minister Rosa Delgado presented the budget on Monday. "This is the hardest budget of my life," Delgado said.')
    assert actor_of(out, "my")["name"] == "Rosa Delgado"
    out = annotate('Lawyer Tomas Brennan spoke outside the court on Monday. "My client has done nothing wrong," Brennan said.')
    assert all(m["text"] != "My" for a in out["actors"] for m in a["mentions"])


def test_a_name_ending_in_a_body_noun_is_a_body_and_a_treaty_is_no_actor() -> None:
    out = annotate("The Kalam Deterrence Force said on Monday it had withdrawn from the port.")
    assert actor_of(out, "Kalam Deterrence Force")["kind"] != "person"
    assert actor_of(out, "it")["name"] == "Kalam Deterrence Force"
    out = annotate("Warships may pass only under the Montreux Convention, the ministry said.")
    assert not any("Convention" in t for t in mention_texts(out))


def test_the_chamber_and_this_house_are_the_legislature_but_not_the_hall() -> None:
    out = annotate("The National Assembly debated the pension bill on Tuesday. "
                   '"Nobody in this house wants a strike," Deputy Ana Ferreira told the chamber. '
                   "Opposition deputies walked out of the chamber before the vote.")
    assert actor_of(out, "this house")["name"] == "National Assembly"
    assert actor_of(out, "the chamber")["name"] == "National Assembly"
    assert sum(m["text"] == "the chamber" for a in out["actors"] for m in a["mentions"]) == 1
    out = annotate("The bill needs a two-thirds majority of both houses, the minister said.")
    assert sum(any(m["text"] == "both houses" for m in a["mentions"]) for a in out["actors"]) == 1
    # a bare "the house" with no legislature in the story is a building
    out = annotate("Police searched the house of the suspect on Monday.")
    assert "the house" not in mention_texts(out)


def test_both_countries_with_no_pair_in_view_are_the_two_states_of_the_story() -> None:
    # the two states the story is about, not the last two named (a third named once in passing)
    out = annotate("Armenia accused Azerbaijan of shelling a border village on Monday. Baku denied the charge, "
                   "and Yerevan said it would complain. Russian officials called for calm. The regional security bloc, which both countries "
                   "once belonged to, urged restraint on Tuesday.")
    names = {a["name"] for a in out["actors"] if any(m["text"] == "both countries" for m in a["mentions"])}
    assert names == {"Armenia", "Azerbaijan"}


def test_a_capital_visited_or_toured_is_a_place_not_its_government() -> None:
    out = annotate("Kenya's foreign minister said she hoped to visit Beijing next month. "
                   "Her deputy toured Riga and Vilnius last week, and an IMF team paid a visit to Nairobi in May.")
    texts = mention_texts(out)
    for place in ("Beijing", "Riga", "Vilnius", "Nairobi"):
        assert place not in texts
    # a country visited is the host of the visit (an actor), the capital acting is its state
    out = annotate("The Gambian president will visit Senegal on Monday.")
    assert actor_of(out, "Senegal")["name"] == "Senegal"
    out = annotate("Beijing rejected the proposal on Monday.")
    assert actor_of(out, "Beijing")["name"] == "China"


def test_an_object_it_of_a_verb_taking_an_actor_is_the_body_named_last_not_the_subject() -> None:
    out = annotate("The media council suspended the independent channel Radio Sava for a month, accusing it of spreading false reports.")
    assert actor_of(out, "it")["name"] == "Radio Sava"
    out = annotate("The refugee agency said it had not been consulted and called on both governments to involve it before any returns.")
    assert [m["text"] for a in out["actors"] for m in a["mentions"]].count("it") == 2
    # an object "it" of other verbs is a thing
    out = annotate("The cabinet approved the draft budget on Monday and submitted it to parliament.")
    assert "it" not in mention_texts(out)


def test_them_with_no_group_in_view_can_be_a_party() -> None:
    out = annotate('The prime minister said she still hoped the Green League would stay in the coalition. "I want them in this government," she said.')
    assert actor_of(out, "them")["name"] == "Green League"


def test_a_country_used_as_a_place_is_no_actor() -> None:
    # a part of the country, a side of a border, a dateline with no credit, a place after a place
    out = annotate("KAMPALA, Uganda - Shells fired from the Congolese side of the border hit a village in "
                   "western Uganda on Monday. Refugees in Kenya or Tanzania were not affected, officials said.")
    texts = mention_texts(out)
    for place in ("Uganda", "the Congolese side", "Kenya", "Tanzania"):
        assert place not in texts
    # the state's side in talks is the state
    out = annotate("The Congolese side said on Monday it would attend the talks.")
    assert actor_of(out, "The Congolese side")["name"] == "Democratic Republic of the Congo"


def test_the_two_leaders_after_a_call_between_two_people_are_those_two() -> None:
    out = annotate("Officials met in Geneva on Monday. Kenyan President Samuel Otieno spoke by phone with his Ugandan counterpart, "
                   "Joseph Mukasa, on Tuesday, and the two leaders agreed to reopen the border.")
    names = {a["name"] for a in out["actors"] if any(m["text"] == "the two leaders" for m in a["mentions"])}
    assert names == {"Samuel Otieno", "Joseph Mukasa"}


def test_unnamed_sources_of_a_report_are_a_group_mention() -> None:
    out = annotate("The bloc may delay the vote, two Nordic diplomats familiar with the talks said on Monday. "
                   "Witnesses said police fired tear gas. The plan was shelved, according to diplomats in the room.")
    texts = mention_texts(out)
    for m in ("two Nordic diplomats familiar with the talks", "Witnesses", "diplomats in the room"):
        assert m in texts
    # sources that report nothing are not marked
    out = annotate("Western diplomats were barred from the trial.")
    assert "Western diplomats" not in mention_texts(out)


def test_the_coalition_before_a_gerund_a_conjunction_or_time_is_the_governing_coalition() -> None:
    out = annotate("The opposition accused the coalition of hiding the deficit. The Danish coalition came close to collapse on Monday. "
                   "The Greens threatened to leave the three-party coalition unless the tax is dropped.")
    texts = mention_texts(out)
    for m in ("the coalition", "The Danish coalition", "the three-party coalition"):
        assert m in texts
    # "the coalition pact" is a thing of the coalition
    out = annotate("The parties signed the coalition pact on Monday.")
    assert "the coalition" not in mention_texts(out)


def test_a_ministry_as_portfolio_or_building_is_no_actor() -> None:
    out = annotate("Prime Minister Ana Costa offered the Greens the trade ministry on Monday. "
                   "The Russian ambassador was summoned to the ministry the same day.")
    assert not any("ministry" in t for t in mention_texts(out))
    out = annotate("Five people were killed, according to the health ministry.")
    assert "the health ministry" in mention_texts(out)


def test_a_bare_plural_office_points_back_to_the_pair_named_before_but_not_to_names_in_passing() -> None:
    out = annotate(
        "Estonian Defence Minister Kaja Tamm met her Latvian counterpart, Ivars Ozols, in Riga on Friday. "
        "The ministers agreed to share radar data. The two sides will meet again in May."
    )
    for phrase in ("The ministers", "The two sides"):
        assert _actor_names_of(out, phrase) == {"Kaja Tamm", "Ivars Ozols"}, phrase
    # two states named as a pair, then "the teams" and "the governments": the same two
    pair = annotate(
        "Technical experts from Peru and Ecuador met in Quito on Monday. "
        "If the teams agree on the route, the governments will sign the accord in June."
    )
    assert _actor_names_of(pair, "the teams") == {"Peru", "Ecuador"}
    assert _actor_names_of(pair, "the governments") == {"Peru", "Ecuador"}
    # a cabinet's ministers, leaders described by a place: no pair in view, no mention
    none = annotate(
        "Prime Minister Ana Duarte reshuffled her cabinet on Monday. The ministers will be sworn in on Friday. "
        "Opposition leader Rui Costa said the leaders in Porto had not been consulted."
    )
    texts = mention_texts(none)
    assert "The ministers" not in texts
    assert "the leaders" not in texts
    # "villagers from both sides" of a border: the place's sides, not two people
    border = annotate("Governor Ana Duarte met Mayor Rui Costa on Monday. Villagers from both sides have clashed over farmland.")
    assert "both sides" not in mention_texts(border)


def test_an_apposition_with_a_lower_case_portfolio_or_at_the_sentence_end_is_one_mention() -> None:
    out = annotate(
        "Chile's deputy minister for mining affairs, Rosa Ibáñez, visited the plant on Monday. "
        "A spokeswoman for the Peruvian trade ministry, Lucía Paredes, said talks would resume. "
        '"We will not sign," said Tomás Reyes, a spokesman for the Bolivian foreign ministry.'
    )
    texts = mention_texts(out)
    for whole in (
        "Chile's deputy minister for mining affairs, Rosa Ibáñez",
        "A spokeswoman for the Peruvian trade ministry, Lucía Paredes",
        "Tomás Reyes, a spokesman for the Bolivian foreign ministry",
    ):
        assert whole in texts, whole
    for part in ("Rosa Ibáñez", "Lucía Paredes", "A spokeswoman", "a spokesman", "Tomás Reyes"):
        assert part not in texts, part
    # a clause after the comma is no description: the name stays alone
    clause = annotate("The plan was drafted by Tomás Reyes, a spokesman said.")
    assert "Tomás Reyes" in mention_texts(clause)


def test_a_legislature_or_state_reached_left_or_surrounded_is_a_place() -> None:
    out = annotate(
        "Hundreds of farmers marched towards parliament on Monday. Police placed barriers around the parliament building. "
        "Opposition members walked out of the Sejm after the vote. The bill will be amended when it comes back from the Senate. "
        "The navy held exercises north of Cuba, and the army pulled its last units out of Chad."
    )
    texts = mention_texts(out)
    for place in ("parliament", "the parliament", "Sejm", "Senate", "Cuba", "Chad"):
        assert place not in texts, place
    # the body addressed or acting stays an actor
    acting = annotate("The government submitted the bill to parliament. The Senate rejected it, and Chad protested.")
    texts = mention_texts(acting)
    for actor in ("parliament", "Senate", "Chad"):
        assert actor in texts, actor


def test_the_and_an_unknown_acronym_is_a_body_unless_it_modifies_a_noun() -> None:
    out = annotate(
        "The count gave the KNP 41 of the 80 seats, and President Ana Lobo ruled out talks with the UDF. "
        "She accused the ADR, a rebel militia, of shelling the town. The CEMAS secretariat said it was concerned. "
        "Lobo resigned after the CPN (Unified Left) quit the coalition."
    )
    texts = mention_texts(out)
    for body in ("the KNP", "the UDF", "The CEMAS secretariat", "the CPN (Unified Left)"):
        assert body in texts, body
        assert actor_of(out, body)["kind"] == "organization"
    assert any(t.startswith("the ADR") for t in texts)
    # a modifier or a thing known by its acronym is no body
    things = annotate("The LNG terminal opened on Monday. The GDP grew by 2 percent, and the NPT review ended.")
    assert not any(t.startswith(("The LNG", "The GDP", "the NPT")) for t in mention_texts(things))
    # a description before the acronym takes its possessive along (one mention, settled case)
    appos = annotate("Dock workers fear the worst. Their union federation, the OTM, said its members would strike.")
    assert "Their" not in mention_texts(appos)


def test_officials_in_a_capital_are_a_mention_of_the_government_seated_there() -> None:
    out = annotate("Seoul protested the flights, and officials in Tokyo called them routine. Japanese officials in Geneva declined to comment.")
    assert actor_of(out, "officials in Tokyo")["name"] == "Japan"
    texts = mention_texts(out)
    assert "Japanese officials" in texts  # a demonym's officials keep their own mention; Geneva stays a place
    assert not any("Geneva" in t for t in texts)


def test_a_court_addressed_and_its_judges_or_bench_are_mentions_of_it() -> None:
    out = annotate(
        "The union said it would file a petition at the High Court on Friday and ask the judges to halt the law. "
        "Counsel for the union told a three-judge bench that the law was void. The bench adjourned the case."
    )
    court = actor_of(out, "High Court")
    for m in ("the judges", "a three-judge bench", "The bench"):
        assert actor_of(out, m) is court, m
    # a case heard in the court: the venue, no mention; judges with no court named are an actor
    venue = annotate("The opposition vowed to challenge the decree in the Supreme Court. We will respect whatever the judges decide.")
    texts = mention_texts(venue)
    assert "Supreme Court" not in texts
    assert "the judges" in texts


def test_a_body_name_modifying_a_thing_it_owns_is_no_mention_but_acting_it_is() -> None:
    out = annotate(
        "The levy breaches WTO rules, and Iceland, which is not an EU member, pays in US dollars. "
        "The party would back an IMF programme. EU sanctions took effect on Monday, and UN monitors arrived."
    )
    texts = mention_texts(out)
    for thing in ("WTO", "US", "IMF"):
        assert thing not in texts, thing
    assert texts.count("EU") == 1  # "EU sanctions" (the bloc acting), not "an EU member"
    assert "UN" in texts


def test_a_possessive_and_its_fighters_are_one_mention_and_police_before_a_thing_is_none() -> None:
    out = annotate(
        "The Karen National Union said its fighters would leave the town. "
        "Kenya and Somalia agreed to pull their troops back from the border. "
        "The activist was taken to a police station, and the governor defended the police operation."
    )
    texts = mention_texts(out)
    assert "its fighters" in texts
    assert "fighters" not in texts and "troops" not in texts
    assert "police" not in texts
    # police acting stay an actor
    assert "Police" in mention_texts(annotate("Police fired tear gas at the crowd."))


def test_an_interviewers_you_is_the_interviewee_and_your_government_their_state() -> None:
    text = (
        "Finance Minister Ana Ruiz of Peru spoke to this newspaper on Tuesday.\n\n"
        "Q: The opposition accuses you of hiding the deficit. Will you resign?\n\n"
        "A: I will not resign. The figures are public.\n\n"
        "Q: The IMF says your government must cut fuel subsidies.\n\n"
        "A: We will cut them only if prices fall."
    )
    out = annotate(text)
    ruiz = actor_of(out, "Finance Minister Ana Ruiz")
    said = [m["text"] for m in ruiz["mentions"]]
    assert said.count("you") == 2
    assert actor_of(out, "your government")["kind"] == "government"
    assert actor_of(out, "your government")["country"] == "PER"
    # outside a question turn "you" is nobody of the story (generic, or the reader)
    plain = annotate('Ruiz told reporters: "You cannot run a country on promises."')
    assert "You" not in mention_texts(plain)
    # an answer's "you" is the interviewer, no actor
    answer = annotate(text.replace("The figures are public.", "You have seen the figures."))
    assert "You" not in mention_texts(answer)


def test_an_object_them_after_a_plural_thing_is_no_actor() -> None:
    out = annotate(
        "Farmers blocked two main highways on Monday. If the blockades stay, the police will clear them. "
        "The ministry suspended three import licences last week, and the traders' union said it would challenge them in court."
    )
    assert "them" not in mention_texts(out)
    # an actor's mention nearer than any plural thing stays its antecedent
    kept = annotate("Police detained 40 protesters in the capital and charged them with rioting.")
    assert "them" in mention_texts(kept)
    assert actor_of(kept, "them") is actor_of(kept, "40 protesters")


def test_a_state_or_province_government_is_its_own_actor_not_the_countrys() -> None:
    out = annotate(
        "A court in Mumbai ordered the state government to restore the housing subsidy, and the federal government said it would appeal. "
        "The Punjab government welcomed the ruling."
    )
    texts = mention_texts(out)
    assert "the state government" in texts and "The Punjab government" in texts
    state = actor_of(out, "the state government")
    assert state["kind"] == "government"
    assert state is not actor_of(out, "the federal government")
    punjab = actor_of(out, "The Punjab government")
    assert punjab["country"] == "IND" and punjab is not state
    # a government named in capitals stays a name, and a people's adjective names the state
    named = annotate("The Kurdistan Regional Government and the Kenyan government signed a trade accord.")
    assert "Kurdistan Regional Government" in " ".join(mention_texts(named))
    assert actor_of(named, "the Kenyan government")["name"] == "Kenya"


def test_a_bracketed_acronym_spelled_by_the_capitalised_words_before_it_names_the_whole_body() -> None:
    out = annotate(
        "The opposition will boycott the run-off unless the General Electoral Tribunal (GET) orders a recount. "
        "The GET said it would rule on Friday. Operatives of the National Intelligence Services (NIS) detained two men. "
        "Ghana's Ministry of National Security (MNS) denied the report."
    )
    texts = mention_texts(out)
    for m in ("GET", "The GET", "NIS", "MNS"):
        assert m in texts, m
    get = actor_of(out, "GET")
    assert get["kind"] != "person" and get is actor_of(out, "The GET") and get is actor_of(out, "it")
    assert any(m["text"].endswith("National Intelligence Services") for m in actor_of(out, "NIS")["mentions"])
    assert any(m["text"].endswith("Ministry of National Security") for m in actor_of(out, "MNS")["mentions"])
    # a treaty's or an installation's name with its acronym is no actor
    things = annotate("Nepal wants the South Asian Free Trade Agreement (SAFTA) revived and inspectors at the Bandar Uranium Enrichment Facility (BUEF).")
    assert not {"SAFTA", "BUEF"} & set(mention_texts(things))


def test_a_nationality_with_a_plural_body_noun_is_a_collective_actor() -> None:
    out = annotate(
        "Hungarian observers left the polling station early. Turkish aircraft struck the convoy, "
        "and the Kenyan contingent withdrew from the town. Ghanaian banks suspended the transfers."
    )
    texts = mention_texts(out)
    for m in ("Hungarian observers", "Turkish aircraft", "the Kenyan contingent", "Ghanaian banks"):
        assert m in texts, m
    assert actor_of(out, "Turkish aircraft")["name"] == "Turkey"


def test_an_x_led_coalition_is_an_actor_and_an_x_led_modifier_no_name() -> None:
    out = annotate("The US-led coalition said it had struck two depots. The coalition blamed the militia.")
    coalition = actor_of(out, "The US-led coalition")
    assert coalition is actor_of(out, "it") and coalition is actor_of(out, "The coalition")
    assert coalition["kind"] != "person"
    mod = annotate("Kenya backs African Union-led mediation, the minister said.")
    assert not any(t.endswith("-led") for t in mention_texts(mod))


def test_unknown_capitalised_words_before_a_place_noun_or_as_a_nationality_are_no_person() -> None:
    out = annotate(
        "Troops clashed near the disputed Wadi Halfa Bulge area, and the council froze the Green Horizon programmes. "
        "Nepal banned imports of Sri Lankan tea, the minister said."
    )
    texts = mention_texts(out)
    for m in ("Wadi Halfa Bulge", "Green Horizon", "Sri Lankan"):
        assert m not in texts, m
    assert "Ana Pereira" in mention_texts(annotate("Ana Pereira said the talks would resume."))


def test_a_body_as_the_place_of_its_building_is_no_mention() -> None:
    out = annotate(
        "The Constitutional Court rejected the appeal on Monday. Supporters gathered outside the court, "
        "and dozens tried to force their way into the government building."
    )
    texts = mention_texts(out)
    assert "the court" not in texts and "the government" not in texts
    acting = annotate("The Constitutional Court rejected the appeal. Lawyers said the court had ignored the evidence.")
    assert "the court" in mention_texts(acting)


def test_it_as_the_object_of_a_verb_that_takes_things_is_no_actor() -> None:
    out = annotate(
        "The coalition passed the budget bill on Monday, and the Senate is expected to approve it next week. "
        "\"We are not closing the port. We are closing it to trawlers,\" the Fisheries Ministry said."
    )
    assert "it" not in mention_texts(out)
    # an actor's verb keeps it an actor; a clause's subject "it" too
    kept = annotate("The European Commission fined Hungary and urged it to publish the audit. The union said it would strike.")
    assert mention_texts(kept).count("it") == 2


def test_their_after_two_actors_joined_across_an_acronym_or_a_possessive_is_both() -> None:
    out = annotate("The ruling Socialist Party (PS) and the Green Alliance (GA) will pass the budget on their own.")
    their = [a["name"] for a in out["actors"] if any(m["text"] == "their" for m in a["mentions"])]
    assert len(their) == 2
    out = annotate("Kenyan Foreign Minister Ruth Achieng and her Ugandan counterpart, Paul Okello, agreed to redraw their border.")
    their = [a["name"] for a in out["actors"] if any(m["text"] == "their" for m in a["mentions"])]
    assert len(their) == 2


def test_gangs_are_an_armed_group() -> None:
    out = annotate("The army warned armed gangs in the north that it would strike. The gangs have kidnapped 40 students since May.")
    texts = mention_texts(out)
    assert "armed gangs" in texts and any(t.endswith("gangs") and t != "armed gangs" for t in texts)
    assert actor_of(out, "armed gangs")["kind"] == "group"


def test_members_acting_together_are_the_body_named_before() -> None:
    out = annotate(
        "The Southern African Development Community (SADC) met in Gaborone on Friday. "
        "A diplomat said member states would send observers only if Harare agreed."
    )
    assert actor_of(out, "member states") is actor_of(out, "Southern African Development Community")
    other = annotate("The Southern African Development Community met on Friday. Police said gang members had fled.")
    assert "gang members" not in mention_texts(other) and "members" not in mention_texts(other)


def test_the_leaders_after_a_bloc_are_the_blocs_leaders() -> None:
    out = annotate(
        "The Association of Southeast Asian Nations (ASEAN) opened its summit in Vientiane on Monday. "
        "The leaders agreed to meet again in Manila next year."
    )
    leaders = actor_of(out, "The leaders")
    assert leaders["kind"] == "igo" and "leaders" in leaders["name"]


def _names_of(d: dict, mention: str) -> set[str]:
    return {a["name"] for a in d["actors"] if any(m["text"] == mention for m in a["mentions"])}


def test_all_parties_is_a_mention_of_each_party_to_the_dispute_not_of_the_mediator() -> None:
    out = annotate(
        "The Liberal Alliance walked out of the budget debate on Tuesday after a row with the National Renewal Party. "
        "The Organisation of American States urged all parties to return to the chamber."
    )
    names = _names_of(out, "all parties")
    assert names == {"Liberal Alliance", "National Renewal Party"}
    other = annotate("The World Health Organization sent doctors to the camp. The agency said all parties had agreed.")
    assert "World Health Organization" not in _names_of(other, "all parties")


def test_a_pair_never_takes_a_phrase_and_the_word_nested_in_it() -> None:
    out = annotate(
        "The ruling party met the Farmers Union on Monday. Police later detained opposition leaders in the capital. "
        "Mediators said both sides had agreed to talk."
    )
    names = _names_of(out, "both sides")
    assert not {"opposition", "opposition leaders"} <= names


def test_both_as_the_object_asked_to_act_is_the_pair_just_named() -> None:
    out = annotate(
        "Fighting flared again between Eritrea and Ethiopia on Sunday. "
        "Kenya, which has mediated between the neighbours, urged both to withdraw their troops."
    )
    assert _names_of(out, "both") == {"Eritrea", "Ethiopia"}


def test_both_opening_a_sentence_after_two_people_met_is_each_of_them() -> None:
    out = annotate(
        "Finnish Foreign Minister Anna Virtanen received her Estonian counterpart, Marko Tamm, in Helsinki on Friday. "
        "Both said the ferry talks would resume in May."
    )
    assert _names_of(out, "Both") == {"Anna Virtanen", "Marko Tamm"}
    alone = annotate("The minister met union leaders and a bank. Both said nothing.")
    assert "Both" not in mention_texts(alone)
