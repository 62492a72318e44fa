"""The Label Studio labeling config and the annotators' instructions, generated from the schema.

Nothing here is written by hand beside the schema: event types and modes come from the PLOVER
ontology (annotate.schema), actor kinds, statuses, polarities and condition kinds from the
enums of schema/document.schema.json. The tag names below are the contract with convert.py.
"""

from __future__ import annotations

from html import escape
from typing import Any
from xml.sax.saxutils import quoteattr

from annotate.schema import contexts, event_types, load_schema, modes_by_type

# Tag names shared with convert.py.
TEXT = "text"
ACTOR = "actor"            # Labels: actor kinds, one region per mention
EVENT = "event"            # Labels: event types, one region per trigger
STANCE = "stance"          # Labels: the stance evidence span
CONDITION = "condition"    # Labels: condition kinds, one region per cue
SPAN = "span"              # Labels: time / location / target spans linked from their owner
STATUS = "status"          # per-region Choices on events
MODE = "mode"              # per-region Choices on events
CONTEXT = "context"        # per-region Choices (multiple) on events
POLARITY = "polarity"      # per-region Choices on stances
ATTRIBUTES = "attributes"  # per-region TextArea: "key: value" lines for non-span fields
UNANCHORED = "unanchored"  # document TextArea: actors without any mention, one JSON per line

SPAN_TIME, SPAN_LOCATION, SPAN_TARGET = "time", "location", "target"
STANCE_LABEL = "stance"

# Relation labels: from the owner's region to the referenced region.
REL_ACTOR, REL_RECIPIENT, REL_REPORTED_BY = "actor", "recipient", "reported_by"
REL_TIME, REL_LOCATION = "time", "location"
REL_HOLDER, REL_TARGET = "holder", "target"
REL_ANTECEDENT, REL_CONSEQUENT, REL_STATED_BY = "antecedent", "consequent", "stated_by"
RELATIONS = [REL_ACTOR, REL_RECIPIENT, REL_REPORTED_BY, REL_TIME, REL_LOCATION, REL_HOLDER, REL_TARGET, REL_ANTECEDENT, REL_CONSEQUENT, REL_STATED_BY]

# Colours only help the eye; the families keep actors, events and links apart.
_ACTOR_COLOURS = ["#1f77b4", "#17becf", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
_QUAD_COLOURS = {"verbal_cooperation": "#98df8a", "material_cooperation": "#2ca02c", "verbal_conflict": "#ff9896", "material_conflict": "#d62728"}


def _enum(defn: str, prop: str) -> list[str]:
    return list(load_schema()["$defs"][defn]["properties"][prop]["enum"])


def actor_kinds() -> list[str]:
    return _enum("Actor", "kind")


def statuses() -> list[str]:
    return _enum("Event", "status")


def polarities() -> list[str]:
    return _enum("Stance", "polarity")


def condition_kinds() -> list[str]:
    return _enum("Condition", "kind")


def all_modes() -> list[str]:
    return sorted({m for modes in modes_by_type().values() for m in modes})


def _quad(event_type: str) -> str | None:
    from annotate.schema import load_ontology

    cat = load_ontology()["categories"].get(event_type)
    return cat.get("quad") if cat else None


def label_config() -> str:
    """The <View> XML for a project: spans, relations, per-region choices and attributes."""
    a = quoteattr
    lines = ["<View>"]
    lines.append(f'  <Header value="Actors (mentions)" size="5"/>')
    lines.append(f'  <Labels name="{ACTOR}" toName="{TEXT}" showInline="true">')
    for i, kind in enumerate(actor_kinds()):
        lines.append(f'    <Label value={a(kind)} background={a(_ACTOR_COLOURS[i % len(_ACTOR_COLOURS)])}/>')
    lines.append('  </Labels>')
    lines.append(f'  <Header value="Events (trigger words), PLOVER types" size="5"/>')
    lines.append(f'  <Labels name="{EVENT}" toName="{TEXT}" showInline="true">')
    for t in event_types():
        lines.append(f'    <Label value={a(t)} background={a(_QUAD_COLOURS.get(_quad(t) or "", "#bcbd22"))}/>')
    lines.append('  </Labels>')
    lines.append(f'  <Header value="Stances, conditions, times, places" size="5"/>')
    lines.append(f'  <Labels name="{STANCE}" toName="{TEXT}" showInline="true">')
    lines.append(f'    <Label value={a(STANCE_LABEL)} background="#ff7f0e"/>')
    lines.append('  </Labels>')
    lines.append(f'  <Labels name="{CONDITION}" toName="{TEXT}" showInline="true">')
    for kind in condition_kinds():
        lines.append(f'    <Label value={a(kind)} background="#ffbb78"/>')
    lines.append('  </Labels>')
    lines.append(f'  <Labels name="{SPAN}" toName="{TEXT}" showInline="true">')
    for kind, colour in ((SPAN_TIME, "#c5b0d5"), (SPAN_LOCATION, "#c49c94"), (SPAN_TARGET, "#f7b6d2")):
        lines.append(f'    <Label value={a(kind)} background={a(colour)}/>')
    lines.append('  </Labels>')
    lines.append(f'  <Relations>')
    for rel in RELATIONS:
        lines.append(f'    <Relation value={a(rel)}/>')
    lines.append('  </Relations>')
    lines.append(f'  <Text name="{TEXT}" value="$text" granularity="symbol"/>')
    lines.append(f'  <View visibleWhen="region-selected" whenTagName="{EVENT}">')
    lines.append(f'    <Header value="Event status (factuality)" size="6"/>')
    lines.append(f'    <Choices name="{STATUS}" toName="{TEXT}" perRegion="true" choice="single" showInline="true">')
    for s in statuses():
        lines.append(f'      <Choice value={a(s)}/>')
    lines.append('    </Choices>')
    lines.append(f'    <Header value="PLOVER mode (must belong to the event type)" size="6"/>')
    lines.append(f'    <Choices name="{MODE}" toName="{TEXT}" perRegion="true" choice="single" layout="select">')
    for m in all_modes():
        lines.append(f'      <Choice value={a(m)}/>')
    lines.append('    </Choices>')
    lines.append(f'    <Header value="PLOVER contexts" size="6"/>')
    lines.append(f'    <Choices name="{CONTEXT}" toName="{TEXT}" perRegion="true" choice="multiple" showInline="true">')
    for c in contexts():
        lines.append(f'      <Choice value={a(c)}/>')
    lines.append('    </Choices>')
    lines.append('  </View>')
    lines.append(f'  <View visibleWhen="region-selected" whenTagName="{STANCE}">')
    lines.append(f'    <Header value="Stance polarity" size="6"/>')
    lines.append(f'    <Choices name="{POLARITY}" toName="{TEXT}" perRegion="true" choice="single" showInline="true">')
    for p in polarities():
        lines.append(f'      <Choice value={a(p)}/>')
    lines.append('    </Choices>')
    lines.append('  </View>')
    lines.append('  <View visibleWhen="region-selected">')
    lines.append(f'    <Header value="Attributes of the selected region (one &quot;key: value&quot; per line)" size="6"/>')
    lines.append(f'    <TextArea name="{ATTRIBUTES}" toName="{TEXT}" perRegion="true" editable="true" maxSubmissions="1" rows="4"/>')
    lines.append('  </View>')
    lines.append(f'  <Header value="Actors without a mention in the text (JSON, one per line; usually empty)" size="6"/>')
    lines.append(f'  <TextArea name="{UNANCHORED}" toName="{TEXT}" editable="true" rows="1"/>')
    lines.append('</View>')
    return "\n".join(lines) + "\n"


def _schema_description(defn: str, prop: str) -> str:
    return str(load_schema()["$defs"][defn]["properties"][prop].get("description", ""))


def instructions() -> str:
    """The annotation guidelines shown in the project's instructions (HTML)."""
    by_type = modes_by_type()
    parts: list[str] = [
        "<h2>Annotating political news: actors, events, stances, conditions</h2>",
        "<p>Correct the machine pre-annotations instead of starting from scratch. Offsets are kept exactly; "
        "select whole words and never include surrounding spaces.</p>",
        "<h3>Actors</h3>",
        f"<p>Mark every mention (names, titles, nominals such as &ldquo;the American side&rdquo;, resolvable pronouns) with the actor's kind: {escape(', '.join(actor_kinds()))}. "
        "The first mention of an actor carries its attributes in the attributes box: <code>name: Donald Trump</code>, "
        "<code>role: US President</code>, <code>country: USA</code> (ISO alpha-3), <code>wikidata: Q22686</code>. "
        "A new mention is joined to an existing actor by giving it the same <code>name</code>.</p>",
        "<h3>Events</h3>",
        "<p>Mark the trigger word with its PLOVER type; choose the <b>status</b> (factuality as the article presents it: "
        + ", ".join(f"<code>{escape(s)}</code>" for s in statuses())
        + "), a mode of that type where clear, and contexts. Draw relations from the trigger to its actors "
        "(<code>actor</code>, <code>recipient</code>), to who reports it (<code>reported_by</code>), and to time and place spans "
        "(<code>time</code>, <code>location</code>). Attributes: <code>time_value: 2025-05-16</code>, <code>location_name</code>, "
        "<code>location_country</code>, <code>instance</code> (the same short id on every mention of one real-world happening).</p>",
        "<h3>Stances</h3>",
        f"<p>Mark the evidence span as <code>stance</code>, choose the polarity ({escape(', '.join(polarities()))}), draw <code>holder</code> to the actor "
        "who holds it and <code>target</code> to the event, actor, or a <code>target</code> span it is about.</p>",
        "<h3>Conditions</h3>",
        f"<p>Mark the cue (&ldquo;if&rdquo;, &ldquo;unless&rdquo;, &ldquo;provided that&rdquo;) with its kind ({escape(', '.join(condition_kinds()))}); "
        "draw <code>antecedent</code> and <code>consequent</code> to the events' triggers (both needed, never the same event) and "
        "<code>stated_by</code> to who states it.</p>",
        "<h3>PLOVER types and their modes</h3><ul>",
    ]
    for t in event_types():
        modes = by_type.get(t, [])
        parts.append(f"<li><b>{escape(t)}</b>: {escape(', '.join(modes)) if modes else '(no modes)'}</li>")
    parts.append("</ul>")
    return "\n".join(parts) + "\n"


def project_settings(title: str) -> dict[str, Any]:
    """The fields a project is created or updated with."""
    return {"title": title, "label_config": label_config(), "expert_instruction": instructions(), "show_instruction": True}
