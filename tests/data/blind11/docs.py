"""Passages and gold annotations of blind11 (read by _build.py)."""

DOCS: list[dict] = []

# ---------------------------------------------------------------- 01 Netherlands
DOCS.append(dict(
    id="blind11-01-dutch-coalition-budget",
    title="Dutch coalition wobbles as BBB threatens to quit over farm subsidy cut",
    published="2025-09-18",
    text=(
        "THE HAGUE (Reuters) - The Dutch coalition came close to collapse on Wednesday after the "
        "farmers' party BBB threatened to pull its ministers out of the cabinet unless the government "
        "drops a planned cut to agricultural subsidies from next year's budget.\n\n"
        "BBB leader Hanneke Vos told reporters that her party would not vote for the budget \"as long "
        "as it punishes the countryside\". Finance Minister Joost Verbeek, of the liberal VVD, rejected "
        "the demand and said all four coalition parties had agreed the figures in June.\n\n"
        "\"We signed this together. If one partner reopens the package, everyone will want to reopen "
        "it,\" Verbeek said.\n\n"
        "Prime Minister Maarten de Wit, who belongs to no party, has invited the four party leaders to "
        "crisis talks at the Catshuis on Thursday evening. A government spokeswoman said the prime "
        "minister wanted a compromise before the budget debate opens next week.\n\n"
        "NSC, the centrist partner, said it backed the cut but was willing to discuss a smaller one "
        "provided that the savings were found elsewhere in the agriculture ministry. Opposition leader "
        "Esther Lambrecht called on the cabinet to resign and said the GreenLeft-Labour alliance was "
        "ready for early elections.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("A2", "Dutch coalition parties", "organization", "NLD", "the four parties of the governing coalition",
         ["The Dutch coalition", "all four coalition parties", "We", "the four party leaders"]),
        ("A3", "BBB (Farmer-Citizen Movement)", "organization", "NLD", "farmers' party, coalition partner",
         ["the farmers' party BBB", "its", "her party"]),
        ("A4", "Netherlands", "government", "NLD", "Dutch government (cabinet)",
         ["the cabinet", "the government", "the cabinet@2"]),
        ("A5", "Hanneke Vos", "person", "NLD", "BBB leader", ["BBB leader Hanneke Vos"]),
        ("A6", "Joost Verbeek", "person", "NLD", "Dutch Finance Minister",
         ["Finance Minister Joost Verbeek", "Verbeek@2"]),
        ("A7", "Maarten de Wit", "person", "NLD", "Prime Minister of the Netherlands",
         ["Prime Minister Maarten de Wit", "the prime minister"]),
        ("A8", "Dutch government spokeswoman", "person", "NLD", "government spokeswoman",
         ["A government spokeswoman"]),
        ("A9", "NSC (New Social Contract)", "organization", "NLD", "centrist coalition partner",
         ["NSC", "the centrist partner", "it@3"]),
        ("A10", "Esther Lambrecht", "person", "NLD", "opposition leader", ["Opposition leader Esther Lambrecht"]),
        ("A11", "GreenLeft-Labour alliance", "organization", "NLD", "opposition alliance",
         ["the GreenLeft-Labour alliance"]),
    ],
    events=[
        dict(id="E1", type="THREATEN", ctx=["executive"], trig="threatened", a=["A3"], r=["A4"], st="occurred",
             time=("Wednesday", "2025-09-17")),
        dict(id="E2", type="SANCTION", mode="withdraw", ctx=["executive"], trig="pull", a=["A3"], r=["A4"],
             st="hypothetical", inst="bbb-exit"),
        dict(id="E3", type="RETREAT", ctx=["economic"], trig="drops", a=["A4"], r=["A3"], st="hypothetical"),
        dict(id="E4", type="OTHER", ctx=["economic"], trig="cut", a=["A4"], st="planned", inst="subsidy-cut"),
        dict(id="E5", type="SUPPORT", ctx=["legislative", "economic"], trig="vote", a=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E6", type="OTHER", ctx=["economic"], trig="punishes", st="hypothetical", rb="A5"),
        dict(id="E7", type="REJECT", mode="change", ctx=["economic"], trig="rejected", a=["A6"], r=["A3"],
             st="occurred", time=(None, "2025-09-17")),
        dict(id="E8", type="REQUEST", mode="change", ctx=["economic"], trig="demand", a=["A3"], r=["A4"],
             st="occurred"),
        dict(id="E9", type="SUPPORT", ctx=["economic"], trig="agreed", a=["A2"], st="occurred",
             time=("June", "2025-06"), rb="A6", inst="budget-deal"),
        dict(id="E10", type="SUPPORT", ctx=["economic"], trig="signed", a=["A2"], st="occurred",
             time=(None, "2025-06"), rb="A6", inst="budget-deal"),
        dict(id="E11", type="OTHER", trig="reopens", st="hypothetical", rb="A6"),
        dict(id="E12", type="OTHER", trig="reopen", st="hypothetical", rb="A6"),
        dict(id="E13", type="AGREE", ctx=["executive"], trig="invited", a=["A7"], r=["A2"], st="occurred"),
        dict(id="E14", type="CONSULT", ctx=["executive"], trig="crisis talks", a=["A7", "A2"], st="planned",
             time=("Thursday evening", "2025-09-18"), loc=("the Catshuis", "Catshuis, The Hague", "NLD")),
        dict(id="E15", type="SUPPORT", ctx=["economic"], trig="compromise", a=["A2"], st="desired", rb="A8"),
        dict(id="E16", type="SUPPORT", ctx=["economic"], trig="backed", a=["A9"], r=["A4"], st="occurred"),
        dict(id="E17", type="OTHER", ctx=["economic"], trig="cut@2", a=["A4"], st="planned", rb="A9",
             inst="subsidy-cut"),
        dict(id="E18", type="AGREE", ctx=["economic"], trig="willing", a=["A9"], r=["A3"], st="occurred", rb="A9"),
        dict(id="E19", type="CONSULT", ctx=["economic"], trig="discuss", a=["A9"], r=["A3"], st="hypothetical",
             rb="A9"),
        dict(id="E20", type="OTHER", ctx=["economic"], trig="found", st="hypothetical", rb="A9"),
        dict(id="E21", type="REQUEST", mode="change", ctx=["executive"], trig="called on", a=["A10"], r=["A4"],
             st="occurred"),
        dict(id="E22", type="RETREAT", mode="resign", ctx=["executive"], trig="resign", a=["A4"], st="desired"),
        dict(id="E23", type="AGREE", ctx=["election"], trig="ready", a=["A11"], st="occurred", rb="A10"),
        dict(id="E24", type="OTHER", ctx=["election"], trig="early elections", st="desired", rb="A10"),
    ],
    stances=[
        ("S1", "A6", "E8", "oppose", "rejected"),
        ("S2", "A7", "E15", "support", "wanted"),
        ("S3", "A9", "E17", "support", "backed"),
        ("S4", "A9", "E19", "support", "willing"),
        ("S5", "A10", "E22", "support", "called on"),
        ("S6", "A11", "E24", "support", "ready"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E3"], ["E2"], "A3"),
        ("C2", "provided", "as long as", ["E6"], ["E5"], "A5"),
        ("C3", "if", "If", ["E11"], ["E12"], "A6"),
        ("C4", "provided", "provided that", ["E20"], ["E19"], "A9"),
    ],
))
