"""Stances of the rule pre-annotator (guidelines 3): who holds a position, its polarity and
evidence, on invented sentences of common news phrasing."""

from __future__ import annotations
from preannotate_helpers import preannotated



def _stances(text: str) -> set[tuple[str, str, str]]:
    """(holder name, polarity, evidence text) of every machine stance."""
    out = preannotated(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    return {(names[s["holder"]], s["polarity"], s["evidence"]["text"]) for s in out["stances"]}


def test_a_position_about_no_annotated_event_takes_the_clause_as_its_target() -> None:
    # nothing after the cue is an event or an actor: the clause is the target (a span)
    got = _stances("Chile's foreign minister Ana Soto said she remained hopeful about the outcome. Peru is against any change to the border.")
    assert ("Ana Soto", "support", "hopeful") in got
    assert ("Peru", "oppose", "against") in got


def test_the_verb_support_is_a_position_the_bare_noun_is_not() -> None:
    got = _stances("Norway said it supports Denmark. Spain supported the proposal on Monday.")
    assert ("Norway", "support", "supports") in got
    assert ("Spain", "support", "supported") in got
    got = _stances("Portugal asked for support from its neighbours.")
    assert not any(e == "support" for _, _, e in got)


def test_the_opposition_as_a_group_and_particles_are_no_positions() -> None:
    got = _stances("The opposition failed to win a majority. The prisoners will be handed back next week. Rebels took back the town.")
    assert not any(e in {"opposition", "back"} for _, _, e in got)
    got = _stances("Greece repeated its opposition to the plan.")
    assert ("Greece", "oppose", "opposition") in got


def test_reviewing_as_an_act_or_in_the_passive_is_no_open_position() -> None:
    got = _stances("Kenya set up a panel to review the election law. Uganda said the rules would be lifted once they are reviewed.")
    assert not any(p == "neutral" for _, p, _ in got)
    got = _stances("Finland is weighing the request.")
    assert ("Finland", "neutral", "weighing") in got


def test_the_holder_is_the_subject_not_an_object_of_an_earlier_verb() -> None:
    # "X summoned Y and demanded …", "X spoke to Y … and hoped …": X holds the position
    got = _stances("Foreign Minister Lena Berg summoned Iran's ambassador on Monday and demanded an apology.")
    assert ("Lena Berg", "support", "demanded") in got
    assert not any(h.startswith("Iran") for h, _, _ in got)
    got = _stances("Mayor Tom Reyes said he had met the Red Cross in Geneva last month and hoped the agency would open an office.")
    assert {h for h, _, e in got if e == "hoped"} == {"Tom Reyes"}


def test_coordinated_subjects_and_pair_references_each_hold_the_position() -> None:
    got = _stances("Brazil and Argentina have both backed the proposal.")
    assert {("Brazil", "support", "backed"), ("Argentina", "support", "backed")} <= got
    got = _stances("Serbia and Kosovo sent envoys to Brussels. Both sides welcomed the agreement.")
    assert {("Serbia", "support", "welcomed"), ("Kosovo", "support", "welcomed")} <= got


def test_a_cue_inside_a_whether_clause_is_no_stated_position() -> None:
    got = _stances("The Green Party has not decided whether it will support the budget.")
    assert ("Green Party", "neutral", "not decided") in got
    assert not any(p == "support" for _, p, _ in got)


def test_general_vocabulary_of_support_and_opposition() -> None:
    got = _stances(
        "Chile remained committed to reducing emissions. "
        "Norway expressed support for the mission. "
        "Sweden expressed concern about the arrests. "
        "The minister appealed to farmers to end the blockade. "
        "Peru is waiting for a reply from Quito. "
        "Japan lamented the decision."
    )
    assert {("Chile", "support", "committed to"), ("Norway", "support", "expressed support"), ("Sweden", "oppose", "expressed concern"),
            ("Peru", "support", "waiting for"), ("Japan", "oppose", "lamented")} <= got
    assert any(p == "support" and e == "appealed to" for _, p, e in got)


def test_open_to_is_a_willingness_and_acts_are_no_positions() -> None:
    # "open to talks" is a readiness like "willing to"; approving a budget or protesting is an
    # act (PLOVER SUPPORT / PROTEST), not a stated position (guidelines 3)
    got = _stances("Ecuador said it remained open to talks with Colombia.")
    assert ("Ecuador", "support", "open to") in got
    got = _stances("The Senate approved the budget on Friday. Farmers will keep protesting, Ana Cruz said.")
    assert not got


def test_a_plain_or_conditional_would_states_a_position_a_possible_one_does_not() -> None:
    got = _stances("Opposition leader Rita Alves said her party would oppose any deal that cut pensions.")
    assert ("Rita Alves", "oppose", "oppose") in got
    # a conditional position is a stance (guidelines 4, settled case); "could back" is possible only
    got = _stances("Opposition leader Rita Alves said her party would oppose the deal unless pensions rose. Peru could back the plan.")
    assert {e for _, _, e in got} == {"oppose"}


def test_a_conditional_position_targets_the_consequent_not_the_condition() -> None:
    out = preannotated("Chile said it would support the treaty only if Peru withdrew its troops.")
    names = {a["id"]: a["name"] for a in out["actors"]}
    (st,) = out["stances"]
    assert (names[st["holder"]], st["polarity"], st["evidence"]["text"]) == ("Chile", "support", "support")
    target = st["target"].get("span") or {}
    assert "only" not in target.get("text", "") and "Peru" not in target.get("text", "")
    assert names.get(st["target"].get("actor", ""), "") != "Peru"


def test_a_conditional_request_is_an_act_not_a_position() -> None:
    got = _stances("Mexico could ask a court to halt the strike if trains stopped. Spain would ask the court to intervene if talks failed.")
    assert not any(e == "ask" for _, _, e in got)


def test_evaluations_with_a_modifier_an_appositive_speaker_or_a_pair_of_holders() -> None:
    got = _stances("Ghana called the seizure a serious violation of its waters.")
    assert ("Ghana", "oppose", "a serious violation") in got
    got = _stances("The opposition's lawyer, Maria Lopes, called the verdict a victory for justice.")
    assert ("Maria Lopes", "support", "a victory") in got
    got = _stances("Serbia and Kosovo sent envoys to Brussels. Both sides described the talks as constructive.")
    assert {("Serbia", "support", "constructive"), ("Kosovo", "support", "constructive")} <= got


def test_a_holder_cut_off_by_a_quotation_an_apposition_or_a_relative_clause() -> None:
    # the cue's own clause holds no actor: the subject lies before the quotation or the commas
    got = _stances('Its chairman, Tomas Verhoeven, called the verdict "a victory for democracy" and urged supporters to stay calm.')
    assert ("Tomas Verhoeven", "support", "urged") in got
    got = _stances("The Green Party's leader, Anna Lindqvist, had refused for months to back the new tax.")
    assert ("Anna Lindqvist", "oppose", "refused") in got
    got = _stances('Defence Minister Pavel Novak, who leads the talks for the government, called the strike "illegal".')
    assert ("Pavel Novak", "oppose", "illegal") in got


def test_urging_someone_not_to_act_opposes_the_act() -> None:
    got = _stances("Exiled activists urged Washington not to lift the sanctions.")
    assert any(p == "oppose" and e == "urged" for _, p, e in got)
    assert not any(p == "support" and e == "urged" for _, p, e in got)


def test_a_participle_after_a_comma_takes_the_subject_of_the_clause_before_it() -> None:
    got = _stances("The talks, hosted by Norway's envoy Erik Dahl, are the first since Serbia closed the border in May, demanding the withdrawal of Kosovo's police.")
    assert ("Serbia", "support", "demanding") in got


def test_an_offer_is_an_act_not_a_stance() -> None:
    # guidelines 2: an offer is a verbal act of offering (AGREE), not among the positions of 3
    got = _stances("Canada offered to host the next round. The utility has offered to cut its tariffs by a tenth.")
    assert not any(e.startswith("offer") for _, _, e in got)


def test_an_accusation_is_an_event_not_a_stance() -> None:
    # guidelines 3, settled case: "accused X of", "accuses", "blamed" state an allegation (ACCUSE), no position
    got = _stances("Serbia closed the border in May, accusing Kosovo of arming militants. Chile's foreign minister Ana Soto accused Peru of stalling the talks. Bolivia blamed Chile for the delay.")
    assert not any(e.lower().startswith(("accus", "blam")) for _, _, e in got)
    # an evaluation beside it is still a position
    got = _stances("Bolivia blamed Chile for the delay and condemned the raids.")
    assert ("Bolivia", "oppose", "condemned") in got


def test_what_someone_called_is_no_evaluation_of_their_own() -> None:
    got = _stances("Ukraine's foreign minister Olena Kravets rejected what she called foreign interference.")
    assert not any(e == "interference" for _, _, e in got)


def test_back_after_an_object_is_a_particle_and_a_ruling_on_a_filing_is_an_act() -> None:
    got = _stances("Serbia agreed to pull its tanks back from the border. Kenya's High Court rejected an appeal by the ministry.")
    assert not any(e in {"back", "rejected"} for _, _, e in got)
    got = _stances("Austria rejected the plan on Monday.")
    assert ("Austria", "oppose", "rejected") in got


def test_a_future_position_after_a_fronted_condition_is_a_conditional_position() -> None:
    # guidelines 4, settled case: a conditional position is a stance (was: not stated)
    got = _stances('"If the strike ends, our union will back the reform," Ana Soto said.')
    assert any(p == "support" and e == "back" for _, p, e in got)
    got = _stances('"If the strike ends, we will ask the court to drop the case," Ana Soto said.')
    assert not any(e == "ask" for _, _, e in got)
    got = _stances('"If the strike ends, we are ready to talk," Ana Soto said.')
    assert any(e == "ready" for _, _, e in got)


def test_the_party_asked_to_act_holds_no_position_of_its_own() -> None:
    got = _stances("The farmers' union urged the government to seek compensation from Brazil.")
    assert not any(e == "seek" for _, _, e in got)


def test_could_not_support_is_a_stated_refusal_of_the_coordinated_subject() -> None:
    got = _stances('Chile said Peru did not oppose the mission but could not support "a permanent base".')
    assert ("Peru", "oppose", "support") in got


def test_a_cue_ending_an_object_relative_clause_is_about_the_noun_before_it() -> None:
    # no object after the cue: the holder's position is about the noun the clause describes
    got = _stances("Chile raised its tariff on copper imports, a move the Mining Workers Federation welcomed.")
    assert ("Mining Workers Federation", "support", "welcomed") in got
    got = _stances("Peru lifted the export ban, which Bolivia had long opposed.")
    assert ("Bolivia", "oppose", "opposed") in got
    # an intransitive refusal ("he had so far refused") is not that
    got = _stances("Spain pressed Portugal to sign the accord, but Lisbon has so far refused.")
    assert not any(e == "refused" for _, _, e in got)


def test_a_request_noun_names_its_maker_after_by_of_or_from() -> None:
    got = _stances("Chile's Supreme Court rejected a request by the Socialist Party for a recount.")
    assert ("Socialist Party", "support", "request") in got
    got = _stances("The cabinet agreed to raise pensions, a demand of the centrist Green League.")
    assert ("Green League", "support", "demand") in got
    # a single call from someone is a phone call, not a request
    got = _stances("Macron received a call from Lula on Monday.")
    assert not any(e == "call" for _, _, e in got)


def test_refusing_a_position_is_a_stance_refusing_an_act_is_not() -> None:
    got = _stances("The Liberal Party refused to back the pension reform.")
    assert ("Liberal Party", "oppose", "refused") in got
    got = _stances("The Liberal Party refused to concede defeat. Chile refused to sign the accord.")
    assert not any(e == "refused" for _, _, e in got)


def test_a_disclaimer_and_a_request_for_anonymity_are_no_positions() -> None:
    got = _stances('"We are not asking for favours," Chile\'s trade minister Ana Soto said.')
    assert not any(e == "asking" for _, _, e in got)
    got = _stances('"They burned our fields," one Peruvian farmer told Reuters, asking not to be named.')
    assert not any(e == "asking" for _, _, e in got)


def test_a_negation_before_a_coordinator_does_not_turn_the_next_verb() -> None:
    got = _stances("The Labour Party accused the police of raiding homes without warrants and called for an inquiry.")
    assert ("Labour Party", "support", "called for") in got
    got = _stances("The Labour Party did not back the bill.")
    assert ("Labour Party", "oppose", "back") in got


def test_a_passive_cue_takes_its_holder_after_by() -> None:
    got = _stances("The Senate debated a motion tabled by Pedro Rojas and backed by the opposition Liberal Party.")
    assert ("Liberal Party", "support", "backed") in got
    assert ("Pedro Rojas", "support", "backed") not in got
    got = _stances("The appeal was rejected by the Supreme Court of Chile.")
    assert not any(e == "rejected" for _, _, e in got)


def test_claims_attempts_and_nouns_that_look_like_cues_are_no_positions() -> None:
    got = _stances("Peru's interior minister Ana Soto insisted the protesters had been armed.")
    assert not any(e == "insisted" for _, _, e in got)
    got = _stances("The Chilean government had never sought to silence the press. The union demanded that Codelco reinstate 40 dismissed miners.")
    assert not any(e in {"sought", "dismissed"} for _, _, e in got)
    got = _stances("Codelco did not respond to requests for comment.")
    assert not any(e == "requests" for _, _, e in got)
    got = _stances("The Socialist Party insisted on a recount.")
    assert ("Socialist Party", "support", "insisted") in got


def test_a_quoted_label_outside_the_praise_lexicon_is_a_criticism() -> None:
    got = _stances('Chile\'s foreign minister Ana Soto called the ruling "a gift to the cartels".')
    assert ("Ana Soto", "oppose", "a gift to the cartels") in got
    got = _stances('Chile\'s foreign minister Ana Soto called the talks "constructive".')
    assert ("Ana Soto", "support", "constructive") in got
    # a description is no label: "described the mood as 'cool'" stays unmarked
    got = _stances('Chile\'s foreign minister Ana Soto described the mood as "cool but polite".')
    assert not got


def test_a_possessed_cue_noun_is_no_position_but_a_contracted_auxiliary_keeps_the_verb() -> None:
    got = _stances("Peru rejected the union's demands for a pay rise. A labour court will hear the company's request to declare the strike illegal.")
    assert not any(e in {"demands", "request"} for _, _, e in got)
    assert ("Peru", "oppose", "rejected") in got
    got = _stances("Peru says it's ready to talk.")
    assert ("Peru", "support", "ready") in got


def test_expecting_something_from_someone_is_a_position_a_forecast_is_not() -> None:
    got = _stances('"We kept our word. We expect the same from Lima," Chile\'s foreign minister Ana Soto said.')
    assert any(p == "support" and e == "expect" for _, p, e in got)
    got = _stances("The Senate is expected to vote on Friday. Analysts expect the peso to fall.")
    assert not any(e.startswith("expect") for _, _, e in got)


def test_each_of_two_subjects_with_articles_holds_the_position() -> None:
    got = _stances("The United States and the European Union have urged Peru to free the journalists.")
    assert {("United States", "support", "urged"), ("European Union", "support", "urged")} <= got


def test_a_refusal_with_an_adjunct_before_its_infinitive_is_one_position() -> None:
    got = _stances("The Liberal Party had refused for weeks to back the fuel tax.")
    assert ("Liberal Party", "oppose", "refused") in got
    assert not any(e == "back" for _, _, e in got)


def test_a_holder_before_a_long_relative_clause() -> None:
    got = _stances('Pedro Rojas, who argues the reform is needed to meet the deficit target agreed with the International Monetary Fund, called the strike "irresponsible".')
    assert ("Pedro Rojas", "oppose", "irresponsible") in got


def test_a_deadline_set_for_someone_to_act_is_a_demand() -> None:
    got = _stances("The Mining Workers Federation gave the company ten days to reverse the pay cuts.")
    assert ("Mining Workers Federation", "support", "gave") in got
    got = _stances("The Mining Workers Federation gave the company a new offer.")
    assert not any(e == "gave" for _, _, e in got)


def test_urging_someone_to_refrain_or_avoid_opposes_the_act() -> None:
    got = _stances("The African Union urged both governments to refrain from troop movements.")
    assert ("African Union", "oppose", "urged") in got
    assert ("African Union", "support", "urged") not in got


def test_a_bare_past_verb_after_and_continues_the_reporting_clause() -> None:
    got = _stances("Interior Minister Ana Soto said the government had never sought to ban the march and welcomed the ruling.")
    assert ("Ana Soto", "support", "welcomed") in got
    assert not any(h != "Ana Soto" and e == "welcomed" for h, _, e in got)


def test_an_evaluation_is_held_by_the_verb_subject_not_an_earlier_object() -> None:
    got = _stances('Chile\'s ambassador Ana Soto defended the Peruvian government and called the report "interference".')
    assert ("Ana Soto", "oppose", "interference") in got
    assert not any(h != "Ana Soto" and e == "interference" for h, _, e in got)


def test_a_verb_coordinated_after_a_quotation_keeps_the_first_verbs_holder() -> None:
    got = _stances('Its deputy leader, Ana Soto, accused the cabinet of wasting money on a war in Peru "that is not ours" and demanded a referendum.')
    assert ("Ana Soto", "support", "demanded") in got
    assert not any(h != "Ana Soto" and e == "demanded" for h, _, e in got)


def test_a_holder_before_an_apposition_with_a_possessive() -> None:
    got = _stances("Parliament rejected the budget after the Liberal Party, her junior coalition partner, refused to back the cuts.")
    assert ("Liberal Party", "oppose", "refused") in got


def test_abstaining_thanking_and_respecting_a_ruling_are_positions() -> None:
    # an abstention is a neutral position; thanks and respect for a ruling are support
    got = _stances("The council approved the plan, with Brazil and Kenya abstaining. Norway thanked Denmark for its help. Peru said it respected the tribunal's verdict.")
    assert ("Kenya", "neutral", "abstaining") in got
    assert ("Norway", "support", "thanked") in got
    assert ("Peru", "support", "respected") in got


def test_a_breach_of_respect_or_a_hoped_act_is_no_position_of_its_actor() -> None:
    got = _stances('"Chile has not respected the truce," Peru said. Norway said it hoped Sweden respects the deal.')
    assert not any(e.startswith("respect") for _, _, e in got)
    assert ("Norway", "support", "hoped") in got


def test_an_evaluation_in_reported_words_is_the_speakers_position() -> None:
    # guidelines 3: the speaker of the words holds the evaluation; the outlet's own is none
    got = _stances('"This unfriendly decision will not go unanswered," Foreign Minister Ana Soto said.')
    assert ("Ana Soto", "oppose", "unfriendly") in got
    got = _stances("Chile's foreign minister Ana Soto said the new tariffs were simply not enough.")
    assert ("Ana Soto", "oppose", "not enough") in got
    got = _stances("The Peruvian referendum was illegal under the old constitution.")
    assert not any(e == "illegal" for _, _, e in got)
    got = _stances('"We reject these baseless claims," Peru said.')
    assert not any(e == "baseless" for _, _, e in got)


def _cues(text: str, names: list[str], trig: list[str]) -> set[str]:
    """Evidence texts of find_stances on one sentence, with the given names as actor mentions
    and the given words as event triggers (the rule alone, whatever the actor layer finds)."""
    from annotate.preannotate.actors import Mention
    from annotate.preannotate.resources import lexicon
    from annotate.preannotate.stances import find_stances
    from annotate.preannotate.text import tokens

    ms = [Mention(text.index(n), text.index(n) + len(n), 0, ("org", n), n, "state", None, None, 0.9) for n in names]
    sts = find_stances(tokens(text, 0, len(text)), 0, ms, [text.index(w) for w in trig], lexicon())
    return {text[st.evidence[0] : st.evidence[1]] for st in sts}


def test_a_passive_blame_and_a_particle_after_a_long_object_are_no_positions() -> None:
    assert "blamed" not in _cues("Peru closed the border after a wave of drone attacks blamed on Bolivia.", ["Peru", "Bolivia"], ["closed", "attacks"])
    assert "accused" not in _cues("Peru's interior minister has been accused of ordering the raids.", ["Peru"], ["accused", "raids"])
    assert "back" not in _cues("Peru said the junta had decided to push the promised presidential election back to 2028.", ["Peru"], ["push", "election"])


def test_declining_to_take_sides_is_neutral_taking_sides_is_not() -> None:
    got = _stances("Brazil has declined to take sides in the dispute.")
    assert ("Brazil", "neutral", "take sides") in got
    got = _stances("Peru accused Brazil of taking sides in the dispute.")
    assert not any(e == "taking sides" for _, _, e in got)


def test_a_bare_cue_after_cannot_or_a_modal_is_a_verb() -> None:
    got = _stances('"We cannot support a plan that punishes one side only," Peru\'s foreign minister Ana Soto said.')
    assert any(p == "oppose" and e == "support" for _, p, e in got)
    got = _stances("Chile's foreign minister Ana Soto said Chile must support the ceasefire.")
    assert any(p == "support" and e == "support" for _, p, e in got)


def test_an_abstention_with_no_other_event_targets_its_own_act() -> None:
    assert "abstaining" in _cues("The council voted 12-0 on Monday, with Brazil and Kenya abstaining.", ["Brazil", "Kenya"], ["abstaining"])


def test_evidence_to_support_a_claim_is_no_position() -> None:
    got = _stances("Peru said it had received no evidence to support the Chilean accusations.")
    assert not any(e == "support" for _, _, e in got)


def test_a_conditional_seek_is_an_act_not_a_position() -> None:
    got = _stances("Peru's foreign minister Ana Soto said Peru would seek sanctions against Chile unless the detainees were freed.")
    assert not any(e == "seek" for _, _, e in got)


def test_impatience_and_weariness_are_oppose_positions() -> None:
    got = _stances("Brazil is running out of patience with the Venezuelan government. Chile said it was tired of empty promises.")
    assert ("Brazil", "oppose", "running out of patience") in got
    assert ("Chile", "oppose", "tired of") in got
    got = _stances("Tired voters in Peru stayed at home.")
    assert not got


def test_condition_cues_come_from_the_shared_cue_table() -> None:
    # the verb "provided" opens no condition: the welcome after it is a stated position
    got = _stances("The Danish government has provided funds to the island and welcomed the new agreement with Greenland.")
    assert any(p == "support" and e == "welcomed" for _, p, e in got)
    # "so long as" / "on condition that" open a condition: a position inside it is not stated
    got = _stances("Austria will join the scheme so long as Hungary supports the reform.")
    assert not any(e == "supports" for _, _, e in got)
    got = _stances("Poland will sign on condition that Lithuania backs the plan.")
    assert not any(e == "backs" for _, _, e in got)


def test_an_announced_request_is_a_planned_act_not_a_position() -> None:
    got = _stances("The Kenyan opposition said it would ask the Supreme Court to annul the tender. Tanzania will also ask Uganda to reopen the border.")
    assert not any(e == "ask" for _, _, e in got)
    # a request made is a position
    got = _stances("The Kenyan opposition has asked the Supreme Court to annul the tender.")
    assert any(p == "support" and e == "asked" for _, p, e in got)


def test_declared_neutrality_is_a_neutral_position() -> None:
    got = _stances("The African Union said it took no side in the border dispute. Ghana said it would stay neutral on the question of the referendum.")
    assert ("African Union", "neutral", "took no side") in got
    assert ("Ghana", "neutral", "neutral") in got
    # an attribute of a place or a body is no position
    got = _stances("The two delegations met at a neutral venue in Geneva.")
    assert not any(p == "neutral" for _, p, _ in got)


def test_wanting_no_more_of_something_opposes_it() -> None:
    got = _stances("Angola said it wanted no more fighting in the province.")
    assert ("Angola", "oppose", "wanted") in got
    assert not any(p == "support" for _, p, _ in got)


def test_a_request_to_both_sides_keeps_its_stance() -> None:
    # "both sides" covers two actors: no single actor is the target, the clause is
    got = _stances("Sudan and Chad traded accusations on Monday. The African Union called on both sides to exercise restraint.")
    assert ("African Union", "support", "called on") in got


def test_nouns_and_acts_that_look_like_stance_cues() -> None:
    got = _stances("Moscow signalled through back channels that it would extend the deal. Engineers will present a feasibility study by June. The aid stays frozen until an independent review of the scheme is done.")
    assert not any(e in {"back", "study", "review"} for _, _, e in got)
    got = _stances("The judge warned that the court would dismiss the case if the prosecutors missed the deadline.")
    assert not any(e == "dismiss" for _, _, e in got)
    # the verbs still state positions
    got = _stances("Nigeria said it would consider the request. Ghana will back the motion. The minister dismissed the charges as absurd.")
    assert any(p == "neutral" and e == "consider" for _, p, e in got)
    assert any(p == "support" and e == "back" for _, p, e in got)
    assert any(p == "oppose" and e == "dismissed" for _, p, e in got)


def test_a_negated_request_is_a_disclaimer() -> None:
    got = _stances('"We are not going to ask anyone for permission to report," the editor of Radio Kivu said.')
    assert not any(e == "ask" for _, _, e in got)


def test_a_cue_in_a_relative_clause_belongs_to_its_antecedent() -> None:
    got = _stances("Riot police in Lusaka dispersed hundreds of nurses who had marched on the Ministry of Health to demand unpaid wages.")
    assert any(h.lower().endswith("nurses") and p == "support" for h, p, e in got if e == "demand")
    assert not any("police" in h.lower() for h, _, e in got if e == "demand")


def test_abstainers_after_with_hold_a_neutral_position_on_the_vote() -> None:
    # (no event in the clause before: the target is that clause as a span)
    got = _stances("The assembly adopted the text 90-4, with Hungary and Slovakia abstaining.")
    assert ("Hungary", "neutral", "abstaining") in got
    assert ("Slovakia", "neutral", "abstaining") in got


def test_a_coordinated_cue_after_an_object_keeps_the_subject_before_a_relative_clause() -> None:
    got = _stances("The opposition party Renamo, which the army fought until 1992, criticised Malawi and called for an inquiry into the attacks.")
    assert any(h == "Renamo" and p == "support" for h, p, e in got if e == "called for")
    assert not any(h != "Renamo" for h, _, e in got if e == "called for")


def test_a_participle_describing_a_noun_is_no_position() -> None:
    # reduced relative clauses: "a loan agreed with the World Bank" describes the loan
    got = _stances("Peru's finance ministry said the tax is part of a loan programme agreed with the World Bank.")
    assert not any(e == "agreed" for _, _, e in got)
    got = _stances("Chile wants to meet the emissions target agreed with the European Union.")
    assert not any(e == "agreed" for _, _, e in got)
    # a subject with a prepositional phrase keeps its verb: "Farmers in the region welcomed …"
    got = _stances("Leaders of the farmers' union welcomed the decision. Bolivia agreed with Chile.")
    assert any(p == "support" and e == "welcomed" for _, p, e in got)
    assert ("Bolivia", "support", "agreed") in got


def test_refusing_to_accept_or_allow_is_an_oppose_position() -> None:
    got = _stances('Chile said it would not accept any change to the quota. "We won\'t allow foreign trawlers in our waters," Peru\'s fisheries minister Ana Soto said.')
    assert ("Chile", "oppose", "would not accept") in got
    assert any(p == "oppose" and e == "won't allow" for _, p, e in got)
    # a prediction about another verb is no refusal; a refusal inside a condition is hypothetical
    got = _stances("Chile said the talks would not resume before May. If Peru would not accept the offer, Chile would leave.")
    assert not any(p == "oppose" for _, p, _ in got)


def test_a_promise_to_respect_a_ruling_and_a_passive_cue_are_no_positions() -> None:
    got = _stances("Peru's ruling party said it would respect the verdict. Chile's foreign minister Ana Soto said the ministry respected the court.")
    assert not any(e == "respect" for _, _, e in got)
    assert any(p == "support" and e == "respected" for _, p, e in got)
    got = _stances("Bolivia's envoy Juan Rojas said the border treaty must be respected. The plan was rejected in March.")
    assert not any(e in {"respected", "rejected"} for _, _, e in got)


def test_a_bracketed_acronym_does_not_cut_the_subject_off_its_verb() -> None:
    got = _stances("Peru's interior minister Ana Soto spoke on Monday. His Popular Renewal Party (RP) rejected the plan.")
    assert ("Popular Renewal Party", "oppose", "rejected") in got
    assert not any(h == "Ana Soto" and e == "rejected" for h, _, e in got)
    got = _stances("Chile signed the loan with the Inter-American Development Bank (IDB), which on Monday praised the reforms.")
    assert ("Inter-American Development Bank", "support", "praised") in got


def test_reviewing_or_assessing_is_a_procedure_not_an_open_position() -> None:
    # guidelines 3: neutral is an explicitly open or undecided position ("did not rule out",
    # "would consider"); a review or an assessment under way is an act
    got = _stances("Nigeria's cabinet said it would review the deal. The regulator is still assessing the bid. Kenya said it was reviewing the levy.")
    assert not any(p == "neutral" for _, p, _ in got)


def test_a_persons_party_or_government_holds_the_position_it_is_said_to_take() -> None:
    # guidelines 3 (holder: the actor whose position it is): "said her party would oppose"
    # is the party's position, "his government hoped" the official's state's
    got = _stances("The Labour Party tabled a motion on Monday. Its leader, Maria Lind, said her party would oppose the pension bill.")
    assert ("Labour Party", "oppose", "oppose") in got
    assert not any(h == "Maria Lind" for h, _, _ in got)
    got = _stances("Chile closed the border on Monday. Its foreign minister, Ana Soto, said her government still hoped to reopen the talks.")
    assert ("Chile", "support", "hoped") in got
    assert not any(h == "Ana Soto" for h, _, _ in got)
    # the person's own position stays theirs; a body the text never names as an actor leaves it too
    got = _stances("Chile closed the border on Monday. Its foreign minister, Ana Soto, said she still hoped to reopen the talks.")
    assert ("Ana Soto", "support", "hoped") in got
    got = _stances("Opposition leader Maria Lind said her party would oppose the pension bill.")
    assert ("Maria Lind", "oppose", "oppose") in got


def test_refusing_or_declining_to_take_a_position_turns_it() -> None:
    # guidelines 3: "did not rule out" is an open (neutral) position; so is "refused to rule out"
    got = _stances("Peru's president Ana Soto has refused to rule out new sanctions on Chile.")
    assert any(h == "Ana Soto" and p == "neutral" for h, p, _ in got)
    assert not any(h == "Ana Soto" and p == "oppose" for h, p, _ in got)
    got = _stances("Bolivia declined to back the border plan on Monday.")
    assert any(h == "Bolivia" and p == "oppose" for h, p, _ in got)
    assert not any(h == "Bolivia" and p == "support" for h, p, _ in got)


def test_a_participle_before_its_noun_or_after_a_governed_group_is_no_position() -> None:
    # "dismissed" before its noun, or after a counted group that a preposition governs,
    # describes the noun ("the return of dismissed teachers"): no one's position
    got = _stances("The teachers' union demanded the return of dismissed teachers. Miners marched for the reinstatement of 40 colleagues dismissed in May.")
    assert not any(e == "dismissed" for _, _, e in got)
    got = _stances("Peru dismissed the report on Monday.")
    assert ("Peru", "oppose", "dismissed") in got


def test_a_coordinated_verb_clause_is_not_the_target_of_the_position_before_it() -> None:
    # "welcomed the ruling and said it would send …": the ruling is the target, not the sending
    out = preannotated("Peru welcomed the ruling and said it would send a delegation to Lima next week.")
    trig = {e["id"]: e["trigger"]["text"] for e in out["events"]}
    st = next(s for s in out["stances"] if s["evidence"]["text"] == "welcomed")
    assert trig.get(st["target"].get("event")) not in {"send", "said"}
    assert st["target"].get("span", {}).get("text") == "the ruling"


def test_a_relative_clause_on_the_object_holds_no_target_of_the_position() -> None:
    # "wants the land that the treaty granted": the land, not the granting; a "that" clause
    # right after the cue is its object ("demanded that X release …")
    out = preannotated("Bolivia wants the land that the 1904 treaty granted to Chile.")
    trig = {e["id"]: e["trigger"]["text"] for e in out["events"]}
    st = next(s for s in out["stances"] if s["evidence"]["text"] == "wants")
    assert "event" not in st["target"] or trig[st["target"]["event"]] not in {"granted", "treaty"}
    out = preannotated("Peru demanded that Chile release the fishermen.")
    trig = {e["id"]: e["trigger"]["text"] for e in out["events"]}
    st = next(s for s in out["stances"] if s["evidence"]["text"] == "demanded")
    assert trig.get(st["target"].get("event")) == "release"


def test_defending_as_protecting_is_no_position_defending_a_decision_is() -> None:
    # "will defend our farmers", "are defending the border", "defending itself": protecting
    # (an act); "defended the decision" justifies it: a support position
    got = _stances('"We will defend our farmers," Uruguay\'s agriculture minister said. Ghana said its army was defending itself against the rebels.')
    assert not any(e.startswith("defend") for _, _, e in got)
    got = _stances("Interior Minister Carla Ruiz defended the decision on Tuesday.")
    assert ("Carla Ruiz", "support", "defended") in got


def test_cannot_wait_and_a_relative_clause_on_a_non_actor_hold_no_wait_position() -> None:
    # "cannot wait for …" voices urgency, no position on what is awaited; "the region, which
    # is still waiting for …" is about a noun that is no actor, whose "waiting" no actor holds
    got = _stances('"Our fishermen cannot wait for the next season," Chile\'s fisheries minister said.')
    assert not any(e.startswith("wait") for _, _, e in got)
    got = _stances('"Our police are guarding the north, which is still waiting for the promised funds," Peru\'s interior minister said.')
    assert not any(e.startswith("wait") for _, _, e in got)
    # a named actor before "which" still holds the position
    got = _stances("Observers praised Ecuador, which is waiting for the final count.")
    assert ("Ecuador", "support", "waiting for") in got
