"""Conditions of the rule-based pre-annotator: which events a condition links at each end
(guidelines 4). Sentences are invented for these tests, not taken from the passages."""

from __future__ import annotations

from typing import Any

import pytest

from annotate.validate import validate_document
from preannotate_helpers import preannotated


def run(text: str) -> dict[str, Any]:
    out = preannotated(text, published="2024-05-02", doc_id="c1")
    assert validate_document(out, "c1") == []
    return out


def ends(out: dict[str, Any], cue: str) -> tuple[set[str], set[str]]:
    """Trigger texts of the antecedent and consequent of the condition whose cue is `cue`."""
    trig = {e["id"]: e["trigger"]["text"] for e in out["events"]}
    c = next(c for c in out["conditions"] if c["cue"]["text"] == cue)
    return {trig[x] for x in c["antecedent"]}, {trig[x] for x in c["consequent"]}


def test_sentence_initial_otherwise_negates_the_previous_condition() -> None:
    out = run("The rebels said they would sign the accord if the army pulled back from the valley. Otherwise, the commander said, the fighters would march on the capital.")
    ante, cons = ends(out, "Otherwise")
    assert any("pulled" in t for t in ante)
    assert "march" in cons
    assert not {"said"} & (ante | cons)


def test_trailing_otherwise_takes_the_clause_before_it() -> None:
    out = run("The council urged the mayor to reopen the market, and its chair warned that the traders would strike otherwise.")
    ante, cons = ends(out, "otherwise")
    assert "reopen" in ante
    assert "strike" in cons


def test_only_if_answering_a_question_links_the_question() -> None:
    out = run('Asked whether Lisbon would lift the quota first, the minister said: "Only if they open their ports."')
    ante, cons = ends(out, "Only if")
    assert "open" in ante
    assert "lift" in cons


def test_light_verb_object_noun_is_the_consequent() -> None:
    # the act is the noun the light verb takes; the verb itself is not linked
    out = run("The ministry said the country will take all appropriate countermeasures if the envoy is expelled.")
    ante, cons = ends(out, "if")
    assert "countermeasures" in cons and "take" not in cons
    assert "expelled" in ante
    out = run("Nicosia would respond with reciprocal tariffs unless Ankara cancelled the levy.")
    assert "tariffs" in ends(out, "unless")[1]


def test_phrasal_verb_keeps_the_verb() -> None:
    # "takes back" is an act of its own, not a light verb with an object
    out = run("We can discuss new quotas if the neighbour takes back the people it let in.")
    assert "takes" in ends(out, "if")[0]


def test_aspectual_verb_links_its_noun_subject() -> None:
    out = run("Officials said the audit would begin next week, provided that both parties sent inspectors.")
    ante, cons = ends(out, "provided that")
    assert "audit" in cons and "said" not in cons
    assert "sent" in ante


def test_unknown_verb_after_a_modal_is_the_predicate() -> None:
    out = run("The coalition will crumble if the senators defect.")
    assert "crumble" in ends(out, "if")[1]


def test_gerund_after_a_phase_verb_is_the_act() -> None:
    out = run("The agency will keep airlifting medicine unless the bridge is repaired.")
    assert "airlifting" in ends(out, "unless")[1]


def test_copula_takes_its_complement() -> None:
    out = run("The envoy said the embassy would stay shut as long as the guards remained in detention.")
    ante, _ = ends(out, "as long as")
    assert "remained in detention" in ante


def test_adverb_is_not_the_predicate() -> None:
    out = run("Belgrade will join the talks only if Pristina publicly withdraws the decree.")
    ante, cons = ends(out, "only if")
    assert "withdraws" in ante
    assert "publicly" not in ante


def test_raising_verb_leaves_the_act_to_its_complement() -> None:
    out = run("The utility promised to refund customers, provided that the regulator approved the tariff.")
    assert "refund" in ends(out, "provided that")[1]


def test_main_clause_after_but_is_the_consequent() -> None:
    out = run("The cabinet remained committed to the reform, but would postpone the vote if the unions walked out.")
    _, cons = ends(out, "if")
    assert "postpone" in cons
    assert "committed" not in cons


@pytest.mark.parametrize("text", [
    "Reporters asked if the talks would resume.",
    "It is unclear if the ministers will meet again.",
])
def test_if_meaning_whether_is_no_condition(text: str) -> None:
    assert run(text)["conditions"] == []


def test_condition_ends_are_hypothetical() -> None:
    out = run("The union will call off the strike if the company raises wages.")
    ante, cons = ends(out, "if")
    status = {e["trigger"]["text"]: e["status"] for e in out["events"]}
    assert all(status[t] == "hypothetical" for t in ante | cons)


def test_plural_noun_is_no_speech_frame() -> None:
    # "states" here is a noun, so the main clause is not cut after it
    out = run("Oslo will end its curbs on salmon from four coastal states next year, provided that the growers test every farm.")
    assert any("end" in t for t in ends(out, "provided that")[1])


def test_but_only_if_restricts_the_act_agreed_to_not_the_agreement() -> None:
    out = run("The two governments agreed on Monday to resume fuel deliveries next month, but only if an independent panel certifies the pipeline, officials in the capital said.")
    ante, cons = ends(out, "only if")
    assert "resume" in cons
    assert not {"agreed", "said"} & cons
    status = {e["trigger"]["text"]: e["status"] for e in out["events"]}
    assert status["agreed"] == "occurred"


def test_a_quoted_condition_after_a_comma_depends_on_the_clause_before_it() -> None:
    out = run('The minister said the port authority was ready to grant the permits in June, as promised, "if the inspectors sign off before then".')
    ante, cons = ends(out, "if")
    assert "sign off" in ante or "sign" in ante
    assert cons and not {"said"} & cons


def test_the_speech_frame_after_a_quoted_consequent_is_not_part_of_it() -> None:
    out = run('"If the committee delays the ruling again, we will boycott the next hearing," the lawyer told reporters.')
    ante, cons = ends(out, "If")
    assert "delays" in ante
    assert "boycott" in cons
    assert "told" not in cons


@pytest.mark.parametrize(
    "text,cue,ante_word,cons_word",
    [
        ("In the event that the talks collapse, the union will call a general strike.", "In the event that", "collapse", "strike"),
        ("The army said it would retaliate in the event of another attack on its posts.", "in the event of", "attack", "retaliate"),
        ("Lawmakers must approve the budget by Friday, or else the government will shut down public offices.", "or else", "approve", "shut down"),
        ("The coalition will back the bill (provided the opposition withdraws its amendment), its leader said.", "provided", "withdraws", "back"),
    ],
)
def test_less_common_condition_phrasings(text: str, cue: str, ante_word: str, cons_word: str) -> None:
    ante, cons = ends(run(text), cue)
    assert any(ante_word in t for t in ante)
    assert any(cons_word in t for t in cons)
    assert not {"said"} & (ante | cons)


def test_a_report_with_nothing_reported_is_the_consequent() -> None:
    # guidelines 2: communication verbs are events when a condition needs them
    out = run('"If the ministry hides the figures, we will say so publicly," the auditor said.')
    ante, cons = ends(out, "If")
    assert "hides" in ante
    assert any(t.startswith("say") for t in cons)
    out = run("The envoy said he would tell them directly if the ceasefire broke down.")
    assert any(t.startswith("tell") for t in ends(out, "if")[1])


def test_a_verification_in_the_antecedent_is_the_condition() -> None:
    out = run("The lenders will release the tranche only if an independent audit confirms that the funds reached the clinics.")
    ante, cons = ends(out, "only if")
    assert "confirms" in ante
    assert "release" in cons


def test_a_parenthetical_speech_frame_is_no_bare_report() -> None:
    out = run("The rebels will sign the accord if the army pulls back. Otherwise, she said, the fighters would march on the capital.")
    ante, cons = ends(out, "Otherwise")
    assert "said" not in cons and "march" in cons


@pytest.mark.parametrize(
    "text,cue,ante_word",
    [
        # a verb the trigger lexicon does not know still follows its noun subject
        ("The central bank will ask for an emergency credit line if its reserves sink below a month of imports.", "if", "sink"),
        ("The teachers will stay out unless wages rise by ten percent.", "unless", "rise"),
        # a participle after a noun modifies it; the finite verb comes later
        ("The governors will back the reform only if the funds earmarked for the provinces do not shrink.", "only if", "shrink"),
    ],
)
def test_the_verb_after_a_noun_subject_is_the_antecedent(text: str, cue: str, ante_word: str) -> None:
    ante, _ = ends(run(text), cue)
    assert any(ante_word in t for t in ante)
    assert not {"earmarked", "wages", "reserves"} & ante


def test_the_conjunct_nearest_the_cue_is_the_consequent() -> None:
    out = run("The bill needs a two-thirds majority and is unlikely to pass unless the opposition abstains.")
    ante, cons = ends(out, "unless")
    assert "abstains" in ante
    assert "pass" in cons and "needs" not in cons


def test_a_word_before_a_modal_heads_the_subject() -> None:
    out = run("Exports from the northern fields would not be disrupted, a ministry official said, as long as the pipeline crews stayed on site.")
    _, cons = ends(out, "as long as")
    assert "disrupted" in cons and "fields" not in cons


def test_consequent_is_the_act_a_permitting_or_barring_verb_governs() -> None:
    # what depends on the condition is the act allowed or barred, not the ruling that allows it
    out = run("The tribunal barred the agency from awarding new licences unless it publishes an audit.")
    ante, cons = ends(out, "unless")
    assert "awarding" in cons and "barred" not in cons
    out = run("The board would allow the firm to expand its fleet if the regulator signs off.")
    assert "expand" in ends(out, "if")[1]


def test_consequent_is_the_offered_or_threatened_act() -> None:
    # the offer and the threat happened; the concession and the boycott are conditional
    out = run("The mayor offered the drivers a fuel subsidy, provided that they end the blockade.")
    assert "subsidy" in ends(out, "provided that")[1] and "offered" not in ends(out, "provided that")[1]
    out = run("The guild threatened a nationwide boycott unless the fees are cut.")
    assert "boycott" in ends(out, "unless")[1]


def test_plural_head_of_a_compound_subject_is_not_the_verb() -> None:
    out = run("The deal stands only if partner banks lend to the farmers.")
    assert "lend" in ends(out, "only if")[0] and "banks" not in ends(out, "only if")[0]


def test_the_clause_fallback_never_makes_an_event_of_a_non_verb() -> None:
    # a time word after a phrasal verb, a preposition after a copula, "nothing" after "there is",
    # a noun subject before an auxiliary: none of them is the clause's act
    texts = [
        "\"If the miners come back next week, we will be ready for them,\" the manager said.",
        "The ferries will sail again provided that river pilots are on duty by then.",
        "\"The shelling has to end, otherwise there is nothing to negotiate,\" the envoy said.",
        "The guild called a boycott unless the detained editors are freed by Monday.",
    ]
    made: set[str] = set()
    for t in texts:
        out = run(t)
        made |= {e["trigger"]["text"] for e in out["events"] if e["type"] == "OTHER"}
        assert out["conditions"]
    assert not made & {"week", "next", "on", "duty", "nothing", "there", "editors", "detained"}
    assert ends(run(texts[0]), "If")[0] == {"come"}


def test_a_frame_that_did_happen_leaves_no_event_behind() -> None:
    out = run("The decree authorises the agency to hire 400 inspectors provided that the treasury releases the funds.")
    ante, cons = ends(out, "provided that")
    assert "hire" in cons and "releases" in ante
    assert "authorises" not in {e["trigger"]["text"] for e in out["events"]}


def test_a_noun_reading_of_a_reporting_verb_is_no_frame() -> None:
    out = run("The firm said it would drop its damages claim against the port if the regulator lifted the fine.")
    _, cons = ends(out, "if")
    assert "drop" in cons
    assert not cons & {"against", "port", "claim"}


def test_say_yes_is_the_act_and_a_second_cue_splits_the_consequent() -> None:
    out = run("\"If the union asks us to mediate, we will say yes, provided that the board approves it,\" the minister said.")
    ante_if, cons_if = ends(out, "If")
    ante_p, cons_p = ends(out, "provided that")
    assert cons_if == {"say"} and cons_p == {"say"}
    assert "approves" in ante_p and "approves" not in cons_if
    assert "said" not in cons_p


def test_a_noun_modified_by_a_name_is_the_subject_and_a_light_verb_object_the_act() -> None:
    out = run("The envoy said a summit could follow if the Geneva channel produced a roadmap by June.")
    ante, _ = ends(out, "if")
    assert ante == {"roadmap"}


def test_honouring_a_promise_already_made_is_the_condition() -> None:
    out = run("The party said it would stay in the coalition only if the prime minister honoured his pledge to consult it on appointments.")
    ante, _ = ends(out, "only if")
    assert ante == {"honoured"}
    status = {e["trigger"]["text"]: e["status"] for e in out["events"]}
    assert status.get("consult") == "hypothetical"


def test_a_past_threat_to_act_links_the_act_it_threatens() -> None:
    out = run("The miners' union threatened to shut down the smelter unless the owners raised wages.")
    _, cons = ends(out, "unless")
    assert "shut down" in cons or "shut" in cons
    assert "threatened" not in cons


def test_a_to_after_the_object_of_a_promise_is_no_infinitive() -> None:
    out = run("The government has promised a pardon to soldiers who lay down their arms, but only if the rebel leaders hand over their weapons.")
    _, cons = ends(out, "only if")
    assert "pardon" in cons


def test_one_as_the_object_of_a_light_verb_is_no_act() -> None:
    out = run("\"If the unions want a strike, they will get one,\" the minister said.")
    _, cons = ends(out, "If")
    assert cons == {"get"}


def test_the_noun_subject_of_a_passive_occasion_is_the_end() -> None:
    out = run("The union said its members would stay away from work unless fresh polls were organised.")
    ante, _ = ends(out, "unless")
    assert ante == {"polls"}
    out = run("The ministry said a second round could take place in June as long as the ceasefire held.")
    _, cons = ends(out, "as long as")
    assert cons == {"round"}


def test_a_pro_verb_for_the_same_act_by_another_actor_is_its_own_end() -> None:
    out = run("The minister said her country would cut its tariffs provided that its neighbour did the same by June.")
    ante, cons = ends(out, "provided that")
    assert ante == {"did"}
    assert "cut" in cons


def test_a_bare_pro_verb_links_the_act_it_stands_for() -> None:
    out = run("The council wanted the mayor to resign and said it would approve the budget only if he did.")
    ante, cons = ends(out, "only if")
    assert ante == {"resign"}
    assert "approve" in cons
    assert not any(e["trigger"]["text"] == "did" for e in out["events"])


def test_a_list_subject_does_not_end_the_clause_at_its_comma() -> None:
    out = run("Under the charter, the navy can enter foreign ports only if the president, the senate and the defence council all consent.")
    ante, cons = ends(out, "only if")
    assert ante == {"consent"}
    assert "enter" in cons


def test_a_parenthesis_and_a_title_before_a_name_stay_in_the_subject() -> None:
    out = run("The refinery said it would halt output in May unless the ministry and state grid operator Eltaro Power (EPC) agree to the fees.")
    ante, cons = ends(out, "unless")
    assert "agree" in ante
    assert not {"state", "grid", "operator"} & ante
    assert "halt" in cons



def test_a_demonstrative_subject_stands_for_the_act_named_before() -> None:
    out = run("Border guards shelled two fishing villages on Sunday. \"If this continues, we will recall our ambassador,\" the minister said.")
    ante, cons = ends(out, "If")
    assert ante == {"continues"}
    assert "recall" in cons
    shelled = next(e for e in out["events"] if e["trigger"]["text"] == "shelled")
    again = next(e for e in out["events"] if e["trigger"]["text"] == "continues")
    assert again["type"] == shelled["type"]
    assert again["status"] == "hypothetical"


def test_a_passive_raising_verb_leaves_the_predicate_to_its_infinitive() -> None:
    out = run("The regulator will revoke the licence if the operator is found to have falsified its reports.")
    ante, cons = ends(out, "if")
    assert ante == {"falsified"}
    assert "revoke" in cons


def test_the_noun_object_of_wanting_is_the_antecedent() -> None:
    out = run("\"If the generals want a confrontation, they will find us ready,\" the senator said.")
    ante, _ = ends(out, "If")
    assert ante == {"confrontation"}


def test_taking_someone_to_court_is_suing_not_the_object() -> None:
    out = run("The ministry said it would take the contractor to court unless the bridge was finished by March.")
    _, cons = ends(out, "unless")
    # typed by events.py's court-referral rule, whose trigger is the verb alone
    assert len(cons) == 1 and next(iter(cons)).startswith("take")
    sue = next(e for e in out["events"] if e["trigger"]["text"].startswith("take"))
    assert sue["type"] == "ACCUSE"
    assert not any(e["trigger"]["text"] == "contractor" for e in out["events"])


def test_a_trailing_otherwise_after_stated_facts_negates_the_previous_condition() -> None:
    out = run("The ministry said it would restore the grants as long as the rectors signed the new code. The minister criticised the rectors on Friday and said the government would close two faculties otherwise.")
    ante, cons = ends(out, "otherwise")
    assert ante == {"signed"}
    assert "close" in cons
    crit = next(e for e in out["events"] if e["trigger"]["text"] == "criticised")
    assert crit["status"] == "occurred"


def test_a_long_noun_subject_leaves_the_predicate_to_its_agreeing_verb() -> None:
    out = run("The mayor said he would sign the budget provided that the proposed rise in water fees takes effect in May.")
    ante, _ = ends(out, "provided that")
    assert ante == {"takes"}
    out = run("The teachers will call off the march if the tax bill reaches the senate unchanged.")
    ante, _ = ends(out, "if")
    assert ante == {"reaches"}


def test_the_noun_after_a_possessor_is_no_verb() -> None:
    out = run("\"We will reopen the port, as long as the agency's order does not ban night crossings,\" the minister said.")
    ante, _ = ends(out, "as long as")
    assert ante == {"ban"}


def test_a_negated_end_of_a_condition_is_hypothetical() -> None:
    out = run("The union warned that it would extend the strike to the ports if the arrested drivers were not freed by Monday.")
    ante, _ = ends(out, "if")
    assert ante == {"freed"}
    freed = next(e for e in out["events"] if e["trigger"]["text"] == "freed")
    assert freed["status"] == "hypothetical"


def test_condition_cues_come_from_one_table_for_every_layer() -> None:
    from annotate.preannotate.condcues import cue_at
    from annotate.preannotate.resources import lexicon
    from annotate.preannotate.status import event_status
    from annotate.preannotate.text import tokens

    lex = lexicon()

    def toks_of(text: str) -> list:
        return tokens(text, 0, len(text))

    t = toks_of("The agency provided aid to the villages.")
    assert cue_at(t, 2, lex) is None  # the verb "provided"
    t = toks_of("Officials asked if the talks would resume.")
    assert cue_at(t, 2, lex) is None  # "if" meaning "whether"
    t = toks_of("The port stays shut in the event that the strike resumes.")
    assert cue_at(t, 4, lex) == (("in", "the", "event", "that"), "if")
    # status reads the same table: a negation lifted by "in the event that" is no denial
    t = toks_of("The company will not reopen the mine in the event that protests resume.")
    k = next(i for i, x in enumerate(t) if x.lower == "reopen")
    assert event_status(t, k, k + 1, "v", "base", lex) == "hypothetical"
    t = toks_of("The company will not reopen the mine, which provided jobs to the valley.")
    k = next(i for i, x in enumerate(t) if x.lower == "reopen")
    assert event_status(t, k, k + 1, "v", "base", lex) == "negated"


def test_an_opening_otherwise_links_the_verb_of_its_noun_subject() -> None:
    out = run("The ministry will pay the bonus if the nurses return to the wards by Friday. \"Otherwise, the offer expires,\" the statement said.")
    ante, cons = ends(out, "Otherwise")
    assert "return" in ante
    assert "expires" in cons


def test_the_act_a_verb_brings_about_is_in_the_antecedent_too() -> None:
    out = run("The detainees will stay in prison unless a judge orders their release.")
    ante, _ = ends(out, "unless")
    assert {"orders", "release"} <= ante
    out = run("The airline will keep flying unless the minister lifts the sanctions.")
    ante, _ = ends(out, "unless")
    assert "sanctions" not in ante


def test_ending_what_the_object_names_is_the_consequent_act() -> None:
    out = run("The dockers said they would end their strike only if the port operator rehired the dismissed crane drivers.")
    _, cons = ends(out, "only if")
    assert "end" in cons
    end = next(e for e in out["events"] if e["trigger"]["text"] == "end")
    assert end["type"] == "RETREAT"  # PLOVER: suspending protests


def test_what_a_linked_act_would_remove_is_in_force_and_no_end() -> None:
    out = run("Ghana will lift its embargo on cement imports in June, provided that Togo drops its new port levy.")
    _, cons = ends(out, "provided that")
    assert "lift" in cons
    assert "embargo" not in cons
    embargo = next(e for e in out["events"] if e["trigger"]["text"] == "embargo")
    assert embargo["status"] == "ongoing"


def test_an_urging_or_a_readiness_that_did_happen_is_no_end() -> None:
    out = run("The rights group urged the police to release the students unless prosecutors filed charges within a day.")
    _, cons = ends(out, "unless")
    assert "release" in cons and "urged" not in cons
    urged = next(e for e in out["events"] if e["trigger"]["text"] == "urged")
    assert urged["status"] == "occurred"
    out = run("The farmers' union threatened on Friday to block the highway unless the ministry paid the subsidies.")
    _, cons = ends(out, "unless")
    assert "threatened" not in cons
    out = run("The cabinet said it was willing to reopen the border crossing provided that the militia withdrew.")
    _, cons = ends(out, "provided that")
    assert "reopen" in cons
    assert not any("willing" in c for c in cons)


def test_a_verb_in_s_before_a_bare_legislature_is_no_modifier_of_it() -> None:
    out = run("The two ministers would resign if the rent bill clears parliament before the summer recess.")
    ante, _ = ends(out, "if")
    assert ante == {"clears"}
    texts = [m["text"] for a in out["actors"] for m in a["mentions"]]
    assert not any("bill" in t for t in texts)


def test_a_demonstrative_before_a_copula_is_no_pro_form_act() -> None:
    out = run("The council said the inspectors had left the site. \"If that is the case, we will suspend the accord,\" its chair said.")
    assert not any(e["trigger"]["text"].lower() in {"the", "case"} and e["type"] != "OTHER" for e in out["events"])
    assert not any(e["trigger"]["text"] == "the" for e in out["events"])


def test_phase_verb_not_in_the_lexicon_links_its_gerund() -> None:
    # "starts paying": the paying is the act the condition waits for (the start is linked too)
    out = run("The dockers said they would walk out on Friday unless the port authority starts paying the overdue bonuses.")
    ante, _ = ends(out, "unless")
    assert "paying" in ante


def test_reporting_word_after_of_is_no_trailing_frame() -> None:
    # "the heads of state will act": "state" after "of" is a noun, so the clause is the
    # consequent, not the speech frame of the sentence
    out = run('"Unless the embargo is lifted, the heads of state will act," an envoy said.')
    ante, cons = ends(out, "Unless")
    assert "lifted" in ante
    assert "act" in cons


def test_noun_that_is_a_verb_form_after_a_singular_determiner_phrase_is_the_subject() -> None:
    # "a stray shell landed": "shell" heads the subject, the past verb is the predicate
    out = run("The navy said it would return fire if a stray shell landed near the frigate.")
    ante, _ = ends(out, "if")
    assert "landed" in ante and "shell" not in ante


def test_bare_provided_before_a_subject_clause_is_a_cue() -> None:
    out = run("The governor said the state was ready to reopen the mines provided the miners ended their sit-in.")
    ante, cons = ends(out, "provided")
    assert "ended" in ante
    assert not any(e["trigger"]["text"] == "provided" for e in out["events"])
    # the verb "provided" with an object, or before a participle, is no cue
    assert not run("The ministry provided the farmers with seed.")["conditions"]
    assert not run("Moscow provided the rockets used in the raid.")["conditions"]


def test_as_long_as_it_takes_is_a_duration() -> None:
    out = run("The marines will stay in the harbour for as long as it takes, the admiral said.")
    assert not out["conditions"]


def test_negated_consequent_makes_unless_only_if() -> None:
    # guidelines 2.3 rule 1: "will not X unless Y" is a condition of kind only_if
    out = run("The guild will not end the boycott unless the studio rehires the dismissed writers.")
    assert next(c for c in out["conditions"] if c["cue"]["text"] == "unless")["kind"] == "only_if"
    out = run("The guild will end the boycott unless the studio fires more writers.")
    assert next(c for c in out["conditions"] if c["cue"]["text"] == "unless")["kind"] == "unless"


def test_nearest_coordinated_clause_after_a_comma_is_the_consequent() -> None:
    t = "The convoy left the port at dawn, and two frigates would escort it in case the pirates strike again, the navy said."
    ante, cons = ends(run(t), "in case")
    assert "escort" in cons and "left" not in cons


def test_in_case_of_a_noun_phrase_then_a_clause() -> None:
    # the antecedent is the noun phrase; the clause right after it is the consequent, not the
    # clause before "but"
    t = '"We will keep talking at the border, but in case of a fresh incursion we will retaliate," the colonel said.'
    ante, cons = ends(run(t), "in case")
    assert "incursion" in ante
    assert "retaliate" in cons and "talking" not in cons


def test_light_verb_object_that_names_no_act_keeps_the_verb() -> None:
    # "seize every checkpoint" reads as an act of the verb; "take" is linked with its object
    _, cons = ends(run("The commander said his men would take every bridge on the river unless the militia disarms."), "unless")
    assert "take" in cons
    ante, _ = ends(run("The ministry will keep paying the subsidy as long as the utility honours its quota."), "as long as")
    assert "honours" in ante


def test_support_verb_links_the_act_noun_it_governs() -> None:
    # "submit a formal objection": the objection is the act (the verb is linked too);
    # "keep the suspects in custody": the noun of the resultative phrase is
    _, cons = ends(run("The club said it would submit a formal objection to the league unless the referee is suspended."), "unless")
    assert "objection" in cons
    _, cons = ends(run("The judge said the police would hold the suspects in custody if the bail was not paid."), "if")
    assert "custody" in cons
    # an ordinary verb keeps its object to itself
    out = run("The bloc said it would sign the border agreement if the troops withdrew.")
    assert "agreement" not in {e["trigger"]["text"] for e in out["events"]} or "sign" in ends(out, "if")[1]


def test_frame_after_a_fronted_conditional_clause_stays_linked() -> None:
    # "If X, the union asks its members to walk out": the asking depends on the condition too
    _, cons = ends(run("If the board refuses, the union asks its members to walk out."), "If")
    assert "asks" in cons and "walk out" in cons


def test_interview_answer_only_if_takes_the_question_as_consequent() -> None:
    out = run("Q: Would you stand in the regional election?\nA: Only if the electoral board is reformed.")
    ante, cons = ends(out, "Only if")
    assert "reformed" in ante
    assert "stand" in cons


def test_an_act_noun_subject_of_open_or_follow_is_the_consequent() -> None:
    # guidelines 4: a noun subject is marked at its noun; "open"/"follow" only say it takes place
    out = run("The court said the hearing would open on May 3 provided that the defence files its papers by Friday.")
    _, cons = ends(out, "provided that")
    assert "hearing" in cons
    out = run("The minister said a second swap could follow next month as long as the rebels released the hostages.")
    _, cons = ends(out, "as long as")
    assert "swap" in cons
    # a noun that names no act is no event: the verb stays the end
    out = run("Officials said the border would open on Monday if the rains stopped.")
    _, cons = ends(out, "if")
    assert "border" not in cons and "open" in cons


def test_answer_with_links_the_noun_of_the_response() -> None:
    out = run("If the militia attacks the airport, the army will answer with force.")
    _, cons = ends(out, "If")
    assert "force" in cons


def test_a_three_noun_subject_before_a_verb_in_s() -> None:
    out = run("The lender will release the next tranche as long as the fuel price reform stays on track.")
    ante, _ = ends(out, "as long as")
    assert "stays" in " ".join(ante)
    assert not {"price", "fuel"} & ante


def test_a_name_in_apposition_does_not_end_the_condition_clause() -> None:
    out = run("The union said it would join the talks only if the labour ministry, Mintrab, took part.")
    ante, cons = ends(out, "only if")
    assert any(t.startswith("took") for t in ante)
    assert "join" in cons or "talks" in cons
    # a comma after a clause with its verb still ends it
    out = run("Kenya will sign the accord if the talks fail, Uganda said.")
    ante, _ = ends(out, "if")
    assert not any("said" in t for t in ante)


def test_a_verbless_no_phrase_is_the_consequent() -> None:
    out = run("Minister Ruto: no deportations if the court bars the scheme.")
    ante, cons = ends(out, "if")
    assert "deportations" in cons
    assert "bars" in ante


def test_a_short_answer_after_a_speaker_label_conditions_the_question() -> None:
    out = run("HOST: When will the report be released? MINISTER: Next month, provided the auditors finish their work.")
    ante, cons = ends(out, "provided")
    assert "finish" in " ".join(ante)
    assert "released" in cons
    # a full answer keeps its own consequent
    out = run("HOST: Will you sign the accord? MINISTER: We will sign it next month if the army withdraws.")
    _, cons = ends(out, "if")
    assert "sign" in cons


def test_a_subject_noun_with_its_phrase_before_the_verb_of_the_condition() -> None:
    out = run("Pilots will walk out on Friday if talks with the airline on early retirement fail again.")
    ante, _ = ends(out, "if")
    assert "fail" in ante


def test_only_as_long_as_is_an_only_if_condition() -> None:
    out = run("The militia said it would keep the truce only as long as the brigade stayed out of the port.")
    c = next(c for c in out["conditions"] if "long" in c["cue"]["text"])
    assert c["cue"]["text"] == "only as long as"
    assert c["kind"] == "only_if"


def test_provided_after_a_bare_subject_is_the_verb() -> None:
    # "The donors provided relief funds …": with only a subject before it, "provided" is that
    # subject's verb (an AID event), even when what follows could read as a clause ("relief
    # funds" + "last"); after a complete main clause it stays the conjunction
    out = run("The donors provided relief funds last month.")
    assert out["conditions"] == []
    assert any(e["trigger"]["text"] == "provided" and e["type"] == "AID" for e in out["events"])
    out = run("The ministry will pay the bonus provided the auditors certified the accounts.")
    ante, cons = ends(out, "provided")
    assert "certified" in ante and "pay" in cons


def test_existential_clause_links_its_noun() -> None:
    # "as long as there are no more raids …": the existential's noun is the clause's event
    # (guidelines 4: an end is always an event); "there is nothing to …" leaves it to the verb
    out = run("The fishermen will keep sailing as long as there are no more raids on the harbour.")
    ante, cons = ends(out, "as long as")
    assert ante == {"raids"} and "sailing" in cons
    out = run("The council will vote on Friday unless there is a fresh walkout by the opposition.")
    assert ends(out, "unless")[0] == {"walkout"}
    out = run("The army must hold its fire, otherwise there is nothing to negotiate.")
    assert "negotiate" in ends(out, "otherwise")[1]


def test_elliptic_clause_takes_the_previous_condition_s_act() -> None:
    # "If they do not, …" right after a condition stands for that condition's act
    # (guidelines 4: a pro-verb is no new event; link the event it stands for)
    out = run("The drivers will end the blockade if the ministry cuts fuel prices. If it does not, the convoys will block the port again.")
    trig = {e["id"]: e["trigger"]["text"] for e in out["events"]}
    second = [c for c in out["conditions"] if c["cue"]["text"] == "If"]
    assert len(second) == 1
    assert {trig[x] for x in second[0]["antecedent"]} == {"cuts"}
    assert "block" in {trig[x] for x in second[0]["consequent"]}
    assert not any(t in {"does", "does not"} for t in trig.values())


def test_copular_consequent_links_its_predicate_noun() -> None:
    # "… will be the main losers": a clause whose only verb is a copula predicates its noun,
    # which is the end (guidelines 4: an end is always an event)
    out = run("Unless the banks lower their rates, small farmers will be the main losers.")
    ante, cons = ends(out, "Unless")
    assert "lower" in ante and cons == {"losers"}


def test_unknown_verb_before_a_preposition_is_the_predicate() -> None:
    # "unless Kabul acts against them": a word after the subject name followed by a
    # preposition is the verb, not a noun the name modifies ("the Doha channel produced")
    out = run("The navy will keep escorting the tankers unless Tehran acts against the blockade.")
    assert "acts" in ends(out, "unless")[0]


def test_a_support_verb_before_an_event_noun_is_no_end_of_its_own() -> None:
    # "table a motion", "call a strike", "open talks": the noun is the act (minimal trigger)
    out = run("The farmers' union said it would call a general strike unless the ministry opened talks with its leaders.")
    ante, cons = ends(out, "unless")
    trig = {e["trigger"]["text"] for e in out["events"]}
    assert any("strike" in t for t in cons) and "call" not in trig
    assert "talks" in ante and "opened" not in trig
    out = run("The opposition will table a no-confidence motion if the premier refuses to resign.")
    _, cons = ends(out, "if")
    assert "table" not in cons and any("motion" in t for t in cons)
    # an object that names no act leaves the verb as the end ("table its own figures")
    out = run("The party said it would table its own figures unless the cabinet revised the forecast.")
    _, cons = ends(out, "unless")
    assert "table" in cons
    # a filing is marked at the verb ("filed an appeal")
    out = run("The minister said he would sign the order unless the lawyers filed an appeal.")
    ante, _ = ends(out, "unless")
    assert "filed" in ante


def test_an_object_that_names_no_act_is_no_event_of_a_keeping_verb() -> None:
    # "keep their word", "honour the agreed price": the verb is the end, the object no event
    out = run("The drivers will stay off the roads as long as the minister keeps his word.")
    ante, _ = ends(out, "as long as")
    trig = {e["trigger"]["text"] for e in out["events"]}
    assert any("keeps" in t for t in ante) and "word" not in trig
    out = run("The refinery said it would honour the agreed price as long as the port stayed open.")
    _, cons = ends(out, "as long as")
    trig = {e["trigger"]["text"] for e in out["events"]}
    assert "honour" in cons and "price" not in trig
    # forces kept somewhere are a deployment: the noun stays linked
    out = run("The ministry will keep troops near the river as long as the smugglers stay active.")
    _, cons = ends(out, "as long as")
    assert "troops" in cons


def test_a_verb_that_resumes_or_spreads_an_act_takes_its_category() -> None:
    out = run("The union warned that the walkout would spread to the northern mines unless the company rehired the drivers.")
    _, cons = ends(out, "unless")
    assert "spread" in cons
    ev = next(e for e in out["events"] if e["trigger"]["text"] == "spread")
    assert ev["type"] == "PROTEST"
    # a verb that is no continuation keeps OTHER
    out = run("The union warned that the walkout would hurt the northern mines unless the company rehired the drivers.")
    assert all(e["type"] == "OTHER" for e in out["events"] if e["trigger"]["text"] == "hurt")


def test_a_word_that_only_frames_the_act_after_it_is_no_end() -> None:
    # "starts paying", "tried to block", "will almost certainly cut", "I am ready to meet"
    out = run("The nurses will stop work on Monday unless the ministry starts paying the arrears.")
    ante, _ = ends(out, "unless")
    trig = {e["trigger"]["text"] for e in out["events"]}
    assert "starts" not in trig and any("paying" in t for t in ante)
    out = run("If the court rules against him, the donors will almost certainly suspend their aid.")
    _, cons = ends(out, "If")
    trig = {e["trigger"]["text"] for e in out["events"]}
    assert "almost" not in trig and "suspend" in cons
    # a clause with nothing after the verb keeps it ("if the talks continue")
    out = run("The rebels will keep the road open as long as the talks continue.")
    ante, _ = ends(out, "as long as")
    assert ante


def test_opening_a_way_in_or_letting_monitors_in_is_allowing_access() -> None:
    out = run("The convoy can reach the valley provided that the militias open the mountain road.")
    ev = next(e for e in out["events"] if e["trigger"]["text"] == "open")
    assert (ev["type"], ev["mode"]) == ("RETREAT", "access")
    out = run("The mission will not certify the vote unless the junta lets its observers travel freely.")
    ev = next(e for e in out["events"] if e["trigger"]["text"] == "lets")
    assert ev["type"] == "RETREAT"
    # what is opened is no way in: no access
    out = run("The exchange will fall sharply unless the ministry opens its books to the auditors.")
    assert all(e["type"] != "RETREAT" for e in out["events"] if e["trigger"]["text"] == "opens")


def test_an_opening_pro_verb_with_nothing_before_it_stands_for_the_act_of_the_sentence_before() -> None:
    # guidelines 4: a pro-verb is no new event; with no act before it in its own sentence, the
    # act it stands for is the last one of the sentence before (which states no condition)
    out = run("The tribunal ordered the port authority to release the seized cargo by June. Unless it does so, the contract will be cancelled, the ruling said.")
    ante, cons = ends(out, "Unless")
    assert ante == {"release"}
    assert "cancelled" in cons
    out = run("The court ordered the regional government to hold a referendum within a year. If it does not, the federal parliament will dissolve the assembly.")
    ante, cons = ends(out, "If")
    assert ante == {"referendum"} and "dissolve" in cons
    assert not any(e["trigger"]["text"] == "does" for e in out["events"])


def test_a_noun_before_a_finite_be_heads_the_subject_of_a_passive_clause() -> None:
    # "labour schemes were hit": the subject opens with words an actor mention may cover; the
    # participle after "were" is the predicate, never the subject's head noun
    for verb in ("hit", "cut", "frozen"):
        out = run(f"The island's government said it would recall its envoy if regional labour schemes were {verb} by the new rules.")
        ante, cons = ends(out, "if")
        assert ante == {verb}, (verb, ante)
        assert "schemes" not in ante and "recall" in cons


def test_a_time_adjunct_between_a_threat_and_its_infinitive_is_skipped() -> None:
    # the act threatened is the consequent, whatever time phrase stands before "to"
    for when in ("in April", "last week", "earlier this month", "on Wednesday", "in May 2024"):
        out = run(f"The militia had threatened {when} to attack the pipeline unless the army withdrew from the valley.")
        ante, cons = ends(out, "unless")
        assert ante == {"withdrew"}
        assert "attack" in cons, (when, cons)
        assert not cons & {"week", "month", "April", "May", "threatened"}, (when, cons)
    # a place after the verb is no time adjunct
    out = run("The militia threatened in the capital to attack the pipeline unless the army withdrew.")
    assert ends(out, "unless")[1]


def test_an_act_noun_object_of_a_consequent_verb_is_linked_with_the_verb() -> None:
    # guidelines 2.1 ("sanctions" is a trigger): annotators mark the penalty or the protest at
    # the verb or at its object, so a consequent links both
    out = run("The trade bloc said it would impose fresh sanctions on the regime unless the detained reporters were released.")
    ante, cons = ends(out, "unless")
    assert {"impose", "sanctions"} <= cons
    assert "released" in ante
    out = run("The dockworkers' union warned that it would widen the boycott to the northern terminals if the wage talks collapsed.")
    ante, cons = ends(out, "if")
    assert {"widen", "boycott"} <= cons


def test_an_object_that_is_ended_resumed_or_signed_is_no_end_of_its_own() -> None:
    # the verb is the act: what it halts or resumes exists already, what it signs is its object
    out = run("The exporters said they would halt deliveries to the refinery if the invoices stayed unpaid.")
    assert "deliveries" not in ends(out, "if")[1]
    out = run("The charity said it would resume deliveries to the valley only if both militias guaranteed safe passage.")
    assert "deliveries" not in ends(out, "only if")[1]
    out = run("The islands will sign the fisheries agreement with the mainland unless the quota is lowered.")
    assert "agreement" not in ends(out, "unless")[1]
    out = run("The donors said they would cut funding to the health ministry if the audit found fraud.")
    assert "funding" not in ends(out, "if")[1]


def test_an_inverted_should_inside_a_sentence_opens_an_if_clause() -> None:
    # "should" followed by its own subject is a conditional inversion, whatever stands before it
    out = run("Ankara has threatened retaliatory tariffs should Washington raise its steel duties again.")
    c = next(c for c in out["conditions"] if c["cue"]["text"] == "should")
    assert c["kind"] == "if"
    ante, cons = ends(out, "should")
    assert "raise" in ante and "tariffs" in cons
    out = run("The regulator said it would revoke the licence should it conclude that the merger harms consumers.")
    ante, cons = ends(out, "should")
    assert "revoke" in cons and "raise" not in ante and ante


def test_a_modal_should_is_no_condition() -> None:
    for text in ("The minister said the cabinet should resign before the vote.", "Critics asked why should Lagos pay for the dam, and the minister did not answer.", "The envoy said talks should resume next week."):
        out = run(text)
        assert not any(c["cue"]["text"].lower() == "should" for c in out["conditions"]), text


def test_a_pro_verb_with_a_time_adjunct_stands_for_the_act_before_it() -> None:
    # guidelines 4: "do so" is no new event, even with "by Friday" or "before the summer" after it
    out = run("The court ordered the junta to free the detained reporters. Should it do so before the summer, the donors will resume budget support.")
    ante, cons = ends(out, "Should")
    assert ante == {"free"} and "resume" in cons
    assert not any(e["trigger"]["text"] == "do" for e in out["events"])


def test_a_main_verb_have_passes_the_act_to_its_object() -> None:
    # "has free access", "has the backing of": "have" with an object is the light verb of the
    # act its object names (not an auxiliary before "free" or "backing")
    out = run("The monitors will stay out of the province unless the mission has unhindered access to the camps.")
    ante, cons = ends(out, "unless")
    assert ante == {"access"}
    out = run("The speaker said the bill would not go to a vote unless it had the support of the three largest groups.")
    ante, cons = ends(out, "unless")
    assert ante == {"support"}
    # an auxiliary "has" stays one
    out = run("The union will walk out unless the company has raised wages by May.")
    assert ends(out, "unless")[0] == {"raised"}


def test_agreeing_or_being_ready_to_act_is_part_of_the_antecedent() -> None:
    # guidelines 2 (willingness is AGREE): in a condition clause the readiness or the agreement
    # is itself what the condition asks for, so it is linked with the act it is ready for
    out = run("If the rebel command is ready to hand over the prisoners, the mediators will fly to Goma.")
    ante, cons = ends(out, "If")
    assert "ready" in ante and any("fly" in t for t in cons)
    ready = next(e for e in out["events"] if e["trigger"]["text"] == "ready")
    assert ready["type"] == "AGREE" and ready["status"] == "hypothetical"
    out = run("The Greens will not back the budget unless the Liberal Democrats (LD) agree to cut the fuel levy.")
    ante, cons = ends(out, "unless")
    assert "agree" in ante
