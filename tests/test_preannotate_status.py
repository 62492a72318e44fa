"""Event status of the rule pre-annotator (guidelines 2.3), on invented sentences of common
news phrasing."""

from __future__ import annotations
from preannotate_helpers import preannotated



def _status(text: str) -> dict[str, str]:
    """trigger text -> status of every machine event."""
    out = preannotated(text)
    return {e["trigger"]["text"]: e["status"] for e in out["events"]}


def test_a_reported_would_is_an_announced_intention() -> None:
    # "said X would …" with no condition in the sentence: planned (rule 4)
    got = _status("The Kenyan opposition said it would hold a rally in Nairobi on Saturday.")
    assert got.get("rally") == "planned" or got.get("hold") == "planned"
    got = _status("Her lawyer said she would appeal.")
    assert got.get("appeal") == "planned"


def test_a_would_with_a_condition_stays_hypothetical() -> None:
    got = _status("The minister said Chile would sign the accord if Peru withdrew its troops.")
    assert got.get("sign") == "hypothetical"
    got = _status("Ghana would sign the accord, officials believe.")
    assert got.get("sign") == "hypothetical"


def test_a_negation_lifted_by_a_condition_is_hypothetical() -> None:
    # guidelines 2.3 rule 1: "will not sign unless …" says when it would happen
    got = _status("Bolivia will not sign the treaty unless Chile restores the old tariffs.")
    assert got.get("sign") == "hypothetical"
    got = _status("Bolivia will not sign the treaty this year.")
    assert got.get("sign") == "negated"


def test_ruling_out_or_stopping_short_of_an_act_negates_it() -> None:
    got = _status("The union ruled out a strike before the holidays.")
    assert got.get("strike") == "negated"
    got = _status("The ministers stopped short of sanctions against Iran.")
    assert got.get("sanctions") == "negated"


def test_a_past_verb_coordinated_after_a_desire_is_no_desire() -> None:
    got = _status("The governor said he had long wanted to meet the rebels and welcomed the truce.")
    assert got.get("welcomed") != "desired"
    assert got.get("meet") == "desired"


def test_the_coming_weeks_are_the_future() -> None:
    got = _status("The bishop said the remaining prisoners would be freed in the coming weeks.")
    assert got.get("freed") == "planned"


def test_a_noun_event_takes_the_status_of_the_act_it_is_the_object_of() -> None:
    # guidelines 2.3: the status belongs to the act as the text presents it
    st = _status("The prisoners would stay in jail unless a judge ordered their release.")
    assert st.get("release") == "hypothetical"
    st = _status("The government promised to offer talks.")
    assert st.get("talks") == st.get("offer") == "planned"
    # the sanctions a promised lifting would end are in force now (rule 5), the lifting planned
    st = _status("The government promised to lift the sanctions.")
    assert st.get("lift") == "planned" and st.get("sanctions") == "ongoing"
    # an act that removes something does not make the thing removed hypothetical
    st = _status("The ministry would open talks if the union called off the strikes.")
    assert st.get("strikes") != "hypothetical"


def test_an_unwanted_or_required_event_is_hypothetical() -> None:
    # guidelines 2.3 rule 2: an event someone does not want is hypothetical, not denied
    assert _status("The governor said he had no intention of resigning over the scandal.").get("resigning") == "hypothetical"
    # a requirement ("is needed to") states a condition, not a wish
    assert _status("A three-fifths majority is needed to expel a member from the chamber.").get("expel") == "hypothetical"


def test_what_is_denied_or_done_to_nobody_is_negated() -> None:
    got = _status("The minister denied meeting the rebel commanders in Goma.")
    assert got.get("meeting") == "negated"
    got = _status("The army denied reports that it had shelled the village.")
    assert got.get("shelled") == "negated"
    # denying a charge does not make the charge unreal
    assert _status("The senator denies the charges.").get("charges") != "negated"
    assert _status("Nobody was arrested, police said.").get("arrested") == "negated"
    assert _status("The donors have offered nothing so far.").get("offered") == "negated"


def test_a_question_about_a_future_act_is_hypothetical() -> None:
    assert _status("Will the president resign?").get("resign") == "hypothetical"
    assert _status("The president will resign, his office said.").get("resign") == "planned"


def test_a_state_lasting_since_a_date_in_the_passive_is_ongoing() -> None:
    assert _status("Two activists have been detained since March, their lawyer said.").get("detained") == "ongoing"


def test_the_first_act_since_a_date_happened_once() -> None:
    assert _status("Police detained the editor on Monday, the first arrest since 2019.").get("arrest") == "occurred"


def test_a_measure_to_be_lifted_is_in_force_now() -> None:
    # what a wanted, conditional or denied removal would end exists at the time of writing
    # (guidelines 2.3 rule 5): "ongoing", not the removal's own status
    got = _status("The rebels will free the hostages only if the army halts its air strikes on the valley.")
    assert got.get("air strikes") == "ongoing"
    got = _status("The farmers' union urged the ministry to lift the ban on grain imports.")
    assert got.get("ban") == "ongoing"
    got = _status("Talks will resume if the union calls off the strike.")
    assert got.get("strike") == "ongoing"
    # a removal that happened leaves its object as the text tells it
    got = _status("The government lifted the curfew in the capital on Monday.")
    assert got.get("curfew") == "occurred"


def test_a_detention_going_on_is_ongoing() -> None:
    # a progressive passive ("is being held") and a participle with "since" ("activists
    # detained since May") describe a state lasting to the time of writing
    got = _status("Her lawyer said the journalist is being held at a military base near the capital.")
    assert got.get("held") == "ongoing"
    got = _status("The envoy asked Caracas to free nine students detained since May.")
    assert got.get("detained") == "ongoing"
    got = _status("After being detained on Monday, the editor was freed on bail.")
    assert got.get("detained") != "ongoing"
