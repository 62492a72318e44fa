"""blind24: ten blind gold passages (written and annotated by hand, see docs/guidelines.md).

Each entry of DOCS is turned into one document JSON by _build.py (tests/data/gold_builder.py).
"""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


T1 = (
    "The constitution committee of Chile's Senate on Tuesday postponed its vote on a constitutional "
    "amendment that would bar parties winning less than 5 percent of the national vote from Congress, "
    "after opposition senators asked to hear the country's regional governors first.\n\n"
    "The committee chair, Senator Ignacio Valdebenito, said the vote would now take place on April 22. "
    "\"We will not send this reform to the floor unless it has the backing of two thirds of the "
    "committee,\" he told reporters in Valparaíso.\n\n"
    "The government of President Rosario Echeverría backed the amendment in January as a way to curb "
    "the fragmentation of Congress, where 21 parties now hold seats. Interior Minister Tomás Larraín "
    "urged the Senate on Monday to approve the text before the July recess. Otherwise, he warned, the "
    "executive would drop its urgency request and let the bill wait until after the November elections.\n\n"
    "Smaller parties have rejected the proposal. The Humanist Party called the amendment \"a padlock on "
    "democracy\" and said it would challenge the reform before the Constitutional Court if the Senate "
    "adopted it. Its president, Carla Mellado, accused the ruling coalition of striking a secret deal "
    "with the Independent Democratic Union (UDI) over regional budgets. The coalition denied making any "
    "such deal on Wednesday.\n"
)

T2 = (
    "A Lebanese cabinet session on the army's budget broke up on Wednesday without a decision after five "
    "ministers walked out, deepening a dispute that has paralysed Prime Minister Karim Haddad's government "
    "for three weeks.\n\n"
    "\"We will not sit at a table where decisions are cooked in advance,\" Finance Minister Fadi Tannous "
    "told reporters outside the Grand Serail in Beirut. \"If the prime minister puts the reconstruction "
    "fund to a vote, we will be back at the table the same day.\"\n\n"
    "Haddad's office called the walkout \"regrettable\" and accused the ministers of holding the cabinet "
    "hostage to factional interests. The prime minister has called a new session for Monday and \"will "
    "not accept any preconditions,\" his spokeswoman, Rima Sfeir, said.\n\n"
    "Speaker of Parliament Elias Rahme, whose bloc holds three of the five portfolios involved, backed "
    "the ministers. \"They are defending the south, which is still waiting for a single dollar,\" he said "
    "in a statement.\n\n"
    "The dispute comes as Lebanon negotiates a $3 billion programme with the International Monetary Fund "
    "(IMF). An IMF mission is expected to visit Beirut next month, and Western donors have made clear "
    "that they will release reconstruction aid only if the cabinet approves the budget reforms the fund "
    "has demanded.\n\n"
    "\"Every week of this paralysis costs us money we do not have,\" Economy Minister Nadine Azar said.\n"
)

T3 = (
    "Botswana will lift its eight-month ban on vegetable imports from Namibia on July 1, Agriculture "
    "Minister Kagiso Moremi said on Wednesday, ending a dispute that had left trucks stranded at the "
    "Mamuno border post and strained relations within the Southern African Customs Union (SACU).\n\n"
    "Gaborone imposed the ban last October to protect local farmers, a move Namibian growers said cost "
    "them 40 million Namibian dollars in lost sales. Windhoek retaliated in January by suspending permits "
    "for Botswana beef in transit to Walvis Bay.\n\n"
    "Moremi said the decision followed two rounds of talks with his Namibian counterpart, Helena "
    "Shikongo, in Francistown. Under the deal, Namibia will share pest-surveillance data with Botswana, "
    "which will keep buying Namibian vegetables provided that they pass the agreed phytosanitary checks.\n\n"
    "Namibia's trade ministry welcomed the move but stopped short of lifting its own measures. \"We will "
    "restore the beef permits as soon as the first Namibian trucks cross without delays,\" ministry "
    "spokesman Petrus Haufiku said. \"If they are held up again, we will ask SACU to arbitrate.\"\n\n"
    "Farmers' groups in northern Botswana criticised the agreement, saying the government had given in "
    "to pressure from Windhoek.\n"
)

T4 = (
    "The foreign ministers of Slovenia and Croatia agreed on Monday to revive a joint commission on their "
    "maritime border, the first formal step between the two neighbours since Zagreb walked away from an "
    "international arbitration process in 2015.\n\n"
    "Slovenian Foreign Minister Maja Kranjc hosted her Croatian counterpart, Davor Lukić, at Brdo Castle "
    "near Kranj for four hours of talks. Both said the commission would meet in Piran in November to "
    "examine fishing rights in the Bay of Piran, where Slovenian police have repeatedly stopped Croatian "
    "trawlers.\n\n"
    "\"We are not reopening the arbitral award. It stands, and Croatia knows our position,\" Kranjc told "
    "a joint news conference. Lukić, for his part, said Zagreb still did not recognise the 2017 ruling "
    "but was ready to work on \"practical arrangements\" for fishermen.\n\n"
    "The European Commission welcomed the talks. A spokesman, Jonas Lindqvist, said Brussels would "
    "consider funding a joint coastguard patrol if the two sides settled the fishing question by the end "
    "of the year.\n\n"
    "Slovenian opposition leader Anže Zupan criticised the meeting, calling it a \"quiet retreat\" from "
    "the award. He said his Slovenian Democratic Party (SDS) would demand a parliamentary debate next "
    "week.\n"
)

T5 = (
    "The Association of Southeast Asian Nations (ASEAN) on Monday issued its strongest statement yet on "
    "Myanmar, after the military government barred the bloc's special envoy from visiting detained "
    "opposition leaders. The statement, read out in Jakarta by ASEAN Secretary-General Rafael Dizon, said "
    "in part:\n\n"
    "\"ASEAN deplores the decision of the State Administration Council to deny our Special Envoy access "
    "to all parties concerned, in violation of the Five-Point Consensus agreed in April 2021. We call on "
    "the military authorities to halt air strikes on civilian areas immediately and to allow humanitarian "
    "agencies unhindered access to Sagaing and Magway. Unless meaningful progress is made on these points "
    "before the next summit in October, Myanmar's representation at ASEAN meetings will remain at a "
    "non-political level. ASEAN stands ready to facilitate a dialogue between the military and the "
    "National Unity Government, provided that both commit to an immediate cessation of violence.\"\n\n"
    "In Naypyidaw, junta spokesman Major General Thet Naing Oo rejected the statement as \"interference in "
    "our internal affairs\" and said the army was responding to \"terrorist attacks\" by the People's "
    "Defence Forces (PDF). He did not say whether the envoy would be allowed to return.\n\n"
    "Thailand and Indonesia backed the statement, while Laos urged members to keep channels open with "
    "Naypyidaw.\n"
)

T6 = (
    "Fighting between the Sudanese army and the paramilitary Rapid Support Forces (RSF) near the Heglig "
    "oil field killed at least 14 people over the weekend, local officials said, raising fears for the "
    "pipeline that carries South Sudan's crude to Port Sudan.\n\n"
    "The RSF said its fighters had shot down an army drone on Saturday and accused the military of "
    "shelling villages in West Kordofan. The army denied targeting civilians and said its aircraft had "
    "struck only RSF positions.\n\n"
    "In Juba, South Sudan's petroleum minister, Gatluak Deng, said his government had asked both sides to "
    "keep the oil facilities out of the conflict. \"If the pipeline is hit again, we will have no choice "
    "but to halt exports, and that means no salaries for our soldiers,\" he said.\n\n"
    "Under a deal signed in January, South Sudan pays Khartoum transit fees and the Sudanese army has "
    "promised to protect the pumping stations. Deng praised that commitment but said Juba would send "
    "technicians to Heglig next week as long as both forces guaranteed their safety.\n\n"
    "The African Union's Peace and Security Council will meet in Addis Ababa on Thursday to discuss the "
    "crisis, and Kenya has offered to host talks between the two Sudanese factions.\n"
)

T7 = (
    "Several thousand people marched through central Yerevan on Sunday to demand the resignation of Prime "
    "Minister Aram Sargsyan's government and an early parliamentary election, in the largest opposition "
    "rally since the spring.\n\n"
    "The protest was organised by the Homeland Salvation Movement, an alliance of opposition parties led "
    "by former diplomat Levon Hakobyan. Speaking from a stage outside the National Assembly, Hakobyan "
    "accused the government of surrendering Armenian villages to Azerbaijan in the border demarcation "
    "talks and gave it an ultimatum to call a vote by November 1.\n\n"
    "\"If they refuse, we will block the roads to the capital, and we will not stop until they go,\" he "
    "told the crowd. Police said the march was peaceful and that no one was detained, although officers "
    "briefly closed Baghramyan Avenue.\n\n"
    "Sargsyan's Civil Contract party, which holds a majority in parliament, dismissed the demands. \"There "
    "will be no snap election. The next vote is in June, as the constitution says,\" party spokesman Gor "
    "Melikyan said, adding that the government would continue the talks with Baku.\n\n"
    "The European Union's delegation in Yerevan called on all sides to show restraint and said it "
    "supported the peace process between Armenia and Azerbaijan.\n"
)

T8 = (
    "Bolivia's state lithium company, Yacimientos de Litio Bolivianos (YLB), has been under pressure since "
    "the legislature froze two extraction contracts with Chinese and Russian firms in May. Its president, "
    "Mariela Quispe, spoke to our correspondent in La Paz on Monday. The interview has been edited for "
    "length.\n\n"
    "Q: Will the contracts with CBC and Uranium One survive?\n\n"
    "A: They are not dead. Lawmakers asked for more studies on water use, and we will deliver them by "
    "September. If the legislature approves the contracts after that, drilling can start early next "
    "year.\n\n"
    "Q: Opposition lawmakers accuse you of signing the contracts without consulting the Indigenous "
    "communities around Uyuni.\n\n"
    "A: That is false. We held more than 40 meetings with the communities. And we will not sign any new "
    "contract unless they get a share of the royalties.\n\n"
    "Q: Potosí's civic committee has threatened a strike over the deals.\n\n"
    "A: I understand them. I will travel to Potosí next week and meet their leaders. Our door is open as "
    "long as they do not block the roads to the plant.\n\n"
    "Q: Is Washington pressing you to drop the Chinese partner?\n\n"
    "A: The United States has offered us technology, and we welcomed that. But nobody chooses our "
    "partners for us.\n"
)

T9 = (
    "Analysis: For Prime Minister Hiroshi Takeda, the arithmetic of survival now runs through Osaka. Since "
    "the Liberal Democratic Party (LDP) lost its majority in the lower house, his minority government has "
    "depended on case-by-case support from the opposition, and the Japan Innovation Party (Ishin) has "
    "emerged as the likeliest partner.\n\n"
    "Ishin's leaders have made their price clear: they will back the supplementary budget only if the "
    "government commits to legislation making Osaka a second capital. Takeda has so far avoided a direct "
    "answer, and senior LDP figures in Tokyo privately oppose the plan, fearing it would set a precedent "
    "for other regions.\n\n"
    "The alternative is hardly easier. The Democratic Party for the People (DPP) has offered to cooperate "
    "on the budget provided that the income-tax threshold is raised, a demand the finance ministry has "
    "resisted for months. Komeito, the LDP's partner of more than two decades, left the coalition in "
    "October and has said it will not return unless the party cleans up its political-funds scandals.\n\n"
    "If Takeda fails to secure either deal before the Diet session ends on December 17, a no-confidence "
    "motion becomes a real possibility, and with it a snap election the LDP can ill afford.\n"
)

T10 = (
    "TROMSØ, Norway, Aug 28 — Arctic Council members agreed on Thursday to resume scientific cooperation "
    "with Russia at the working-group level, ending a suspension imposed after Moscow's invasion of "
    "Ukraine in 2022, Denmark's foreign ministry said.\n\n"
    "Senior Arctic officials meeting in Tromsø approved a plan under which Russian researchers will "
    "rejoin projects on permafrost thaw and oil-spill response from January, but political meetings with "
    "Moscow will remain frozen. Russia will also remain excluded from council leadership posts until at "
    "least 2027, the officials said.\n\n"
    "Danish Foreign Minister Karen Lykke, whose country chairs the council, called the decision \"a narrow "
    "door, not a reset.\" Norway and Iceland backed the plan, but Finland's delegate, Mikael Virtanen, "
    "said Helsinki had accepted it reluctantly and would call for a new suspension if Russian military "
    "activity near the Finnish border increased.\n\n"
    "Moscow welcomed the move. Kremlin spokesman Yuri Sokolov said Russia was ready to share its Arctic "
    "data \"as long as there is no discrimination against our scientists.\"\n\n"
    "The Saami Council, which represents Indigenous peoples in four member states, criticised the talks "
    "for excluding it and demanded a seat at the next ministerial meeting in May.\n"
)


# ---------------------------------------------------------------- 01 Chile (procedure story)
DOCS.append(dict(
    id="blind24-01-chile-threshold-amendment",
    title="Chilean Senate committee delays vote on electoral threshold amendment",
    published="2025-04-09",
    text=T1,
    actors=[
        ("com", "Senate constitution committee", "government", "CHL", "Constitution committee of the Chilean Senate",
         ["The constitution committee of Chile's Senate", "its||its vote", "We||We will not send",
          "the committee||two thirds of the committee"]),
        ("opp", "Chilean opposition senators", "organization", "CHL", "opposition senators",
         ["opposition senators"]),
        ("govr", "Chilean regional governors", "government", "CHL", "regional governors",
         ["the country's regional governors"]),
        ("vald", "Ignacio Valdebenito", "person", "CHL", "Chair of the Senate constitution committee",
         ["The committee chair, Senator Ignacio Valdebenito", "he||he told reporters"]),
        ("gov", "Chile", "government", "CHL", "Chilean government",
         ["The government of President Rosario Echeverría", "the executive", "its||its urgency request"]),
        ("larr", "Tomás Larraín", "person", "CHL", "Interior Minister",
         ["Interior Minister Tomás Larraín", "he||he warned"]),
        ("sen", "Chilean Senate", "government", "CHL", "Senate of Chile",
         ["the Senate@1", "the Senate@2"]),
        ("small", "smaller Chilean parties", "organization", "CHL", None, ["Smaller parties"]),
        ("hum", "Humanist Party", "organization", "CHL", None,
         ["The Humanist Party", "it||said it would challenge"]),
        ("mell", "Carla Mellado", "person", "CHL", "President of the Humanist Party",
         ["Its president, Carla Mellado"]),
        ("coal", "Chilean ruling coalition", "organization", "CHL", "ruling coalition",
         ["the ruling coalition", "The coalition"]),
        ("udi", "Independent Democratic Union", "organization", "CHL", None,
         ["the Independent Democratic Union", "UDI"]),
    ],
    events=[
        E("asked", "REQUEST", "asked", "occurred", a=["opp"], r=["com"], mode="meet", ctx=["legislative"]),
        E("hear", "CONSULT", "hear", "desired", a=["com"], r=["govr"], ctx=["legislative"]),
        E("send", "OTHER", "send", "hypothetical", a=["com"], rb="vald"),
        E("backing", "SUPPORT", "backing", "hypothetical", a=["com"], ctx=["legislative"], rb="vald"),
        E("backed", "SUPPORT", "backed", "occurred", a=["gov"], ctx=["legislative"],
          time=("January", "2025-01")),
        E("urged", "REQUEST", "urged", "occurred", a=["larr"], r=["sen"], mode="change", ctx=["legislative"],
          time=("Monday", "2025-04-07")),
        E("approve", "SUPPORT", "approve", "hypothetical", a=["sen"], ctx=["legislative"], rb="larr",
          inst="senate-passes-amendment"),
        E("warned", "THREATEN", "warned", "occurred", a=["larr"], r=["sen"], ctx=["legislative"]),
        E("drop", "CONCEDE", "drop", "hypothetical", a=["gov"], r=["sen"], ctx=["legislative"], rb="larr"),
        E("rejected", "REJECT", "rejected", "occurred", a=["small"], ctx=["legislative"]),
        E("called", "ACCUSE", "called", "occurred", a=["hum"], mode="disapprove", ctx=["legislative"]),
        E("challenge", "ACCUSE", "challenge", "hypothetical", a=["hum"], ctx=["legal"], rb="hum"),
        E("adopted", "SUPPORT", "adopted", "hypothetical", a=["sen"], ctx=["legislative"], rb="hum",
          inst="senate-passes-amendment"),
        E("accused", "ACCUSE", "accused", "occurred", a=["mell"], r=["coal"], mode="allege", ctx=["legislative"]),
        E("deal1", "SUPPORT", "deal", "occurred", a=["coal", "udi"], ctx=["legislative"], rb="mell",
          inst="coalition-udi-deal"),
        E("deal2", "SUPPORT", "deal@2", "negated", a=["coal", "udi"], ctx=["legislative"], rb="coal",
          inst="coalition-udi-deal"),
    ],
    stances=[
        ("S1", "gov", ("span", "the amendment||backed the amendment"), "support", "backed"),
        ("S2", "small", ("span", "the proposal"), "oppose", "rejected"),
        ("S3", "hum", ("span", "the amendment||called the amendment"), "oppose", "a padlock on democracy"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["backing"], ["send"], "vald"),
        ("C2", "unless", "Otherwise", ["approve"], ["drop"], "larr"),
        ("C3", "if", "if||if the Senate adopted", ["adopted"], ["challenge"], "hum"),
    ],
))

# ---------------------------------------------------------------- 02 Lebanon (quotes)
DOCS.append(dict(
    id="blind24-02-lebanon-cabinet-walkout",
    title="Lebanese cabinet session collapses as five ministers walk out",
    published="2025-02-20",
    text=T2,
    actors=[
        ("leb", "Lebanon", "government", "LBN", "Lebanese government",
         ["Prime Minister Karim Haddad's government", "the cabinet@1", "Lebanon", "the cabinet@2",
          "us||costs us", "we||we do not have"]),
        ("min", "five Lebanese ministers", "government", "LBN", "cabinet ministers who walked out",
         ["five ministers", "We||We will not sit", "we||we will be back", "the ministers@1", "the ministers@2",
          "They||They are defending"]),
        ("tan", "Fadi Tannous", "person", "LBN", "Finance Minister", ["Finance Minister Fadi Tannous"]),
        ("had", "Karim Haddad", "person", "LBN", "Prime Minister of Lebanon",
         ["the prime minister||If the prime minister", "The prime minister"]),
        ("off", "Office of the Prime Minister of Lebanon", "government", "LBN", "Prime Minister's office",
         ["Haddad's office"]),
        ("sfe", "Rima Sfeir", "person", "LBN", "spokeswoman for the Prime Minister",
         ["his spokeswoman, Rima Sfeir"]),
        ("rah", "Elias Rahme", "person", "LBN", "Speaker of Parliament",
         ["Speaker of Parliament Elias Rahme", "he||he said in a statement"]),
        ("imf", "International Monetary Fund", "igo", None, None,
         ["the International Monetary Fund", "IMF@1", "An IMF mission", "the fund"]),
        ("don", "Western donors", "government", None, "Western donor governments",
         ["Western donors", "they||that they will release"]),
        ("aza", "Nadine Azar", "person", "LBN", "Economy Minister", ["Economy Minister Nadine Azar"]),
    ],
    events=[
        E("sess", "CONSULT", "session", "occurred", a=["leb"], ctx=["executive"],
          time=("Wednesday", "2025-02-19"), inst="cabinet-session-wednesday"),
        E("walk", "PROTEST", "walked out", "occurred", a=["min"], r=["had"], mode="boycott", ctx=["executive"],
          time=(None, "2025-02-19"), inst="ministers-walkout"),
        E("sit", "CONSULT", "sit", "negated", a=["min"], ctx=["executive"], rb="tan",
          inst="ministers-return-to-cabinet"),
        E("puts", "OTHER", "puts", "hypothetical", a=["had"], rb="tan"),
        E("back", "CONSULT", "back||be back at the table", "hypothetical", a=["min"], ctx=["executive"], rb="tan",
          inst="ministers-return-to-cabinet"),
        E("called", "ACCUSE", "called", "occurred", a=["off"], r=["min"], mode="disapprove", ctx=["executive"]),
        E("walkout", "PROTEST", "walkout", "occurred", a=["min"], r=["had"], mode="boycott", ctx=["executive"],
          time=(None, "2025-02-19"), rb="off", inst="ministers-walkout"),
        E("accused", "ACCUSE", "accused", "occurred", a=["off"], r=["min"], mode="allege", ctx=["executive"]),
        E("sess2", "CONSULT", "session@2", "planned", a=["leb"], ctx=["executive"],
          time=("Monday", "2025-02-24"), rb="sfe", inst="cabinet-session-monday"),
        E("accept", "CONCEDE", "accept", "negated", a=["had"], r=["min"], ctx=["executive"], rb="sfe"),
        E("backedR", "SUPPORT", "backed", "occurred", a=["rah"], r=["min"], ctx=["executive"]),
        E("neg", "CONSULT", "negotiates", "ongoing", a=["leb"], r=["imf"], ctx=["economic"],
          inst="lebanon-imf-talks"),
        E("prog", "AID", "programme", "desired", a=["imf"], r=["leb"], ctx=["economic"]),
        E("visit", "CONSULT", "visit", "planned", a=["imf"], r=["leb"], mode="visit", ctx=["economic"],
          time=("next month", "2025-03"), loc=("Beirut@2", "Beirut", "LBN")),
        E("release", "AID", "release", "hypothetical", a=["don"], r=["leb"], ctx=["economic"], rb="don"),
        E("approves", "SUPPORT", "approves", "hypothetical", a=["leb"], ctx=["economic"], rb="don"),
        E("demanded", "REQUEST", "demanded", "occurred", a=["imf"], r=["leb"], mode="change", ctx=["economic"],
          rb="don"),
    ],
    stances=[
        ("S1", "off", "walkout", "oppose", "regrettable"),
        ("S2", "rah", "min", "support", "backed"),
    ],
    conds=[
        ("C1", "if", "If||If the prime minister", ["puts"], ["back"], "tan"),
        ("C2", "only_if", "only if", ["approves"], ["release"], "don"),
    ],
))

# ---------------------------------------------------------------- 03 Namibia/Botswana (trade)
DOCS.append(dict(
    id="blind24-03-botswana-namibia-vegetable-ban",
    title="Botswana to lift ban on Namibian vegetables; Windhoek keeps beef curbs",
    published="2025-06-05",
    text=T3,
    actors=[
        ("bwa", "Botswana", "government", "BWA", "Government of Botswana",
         ["Botswana@1", "its||its eight-month ban", "Gaborone", "Botswana||with Botswana, which",
          "the government||saying the government"]),
        ("nam", "Namibia", "government", "NAM", "Government of Namibia",
         ["Namibia||imports from Namibia", "Windhoek@1", "Namibia||Under the deal, Namibia",
          "Namibia's trade ministry", "its||its own measures", "We||We will restore", "we||we will ask",
          "Windhoek@2"]),
        ("mor", "Kagiso Moremi", "person", "BWA", "Agriculture Minister of Botswana",
         ["Agriculture Minister Kagiso Moremi", "Moremi||Moremi said the decision"]),
        ("sacu", "Southern African Customs Union", "igo", None, None,
         ["the Southern African Customs Union", "SACU@1", "SACU@2"]),
        ("grow", "Namibian growers", "group", "NAM", None, ["Namibian growers", "them||cost them"]),
        ("shi", "Helena Shikongo", "person", "NAM", "Namibian minister, Moremi's counterpart",
         ["his Namibian counterpart, Helena Shikongo"]),
        ("hau", "Petrus Haufiku", "person", "NAM", "spokesman for Namibia's trade ministry",
         ["ministry spokesman Petrus Haufiku"]),
        ("farm", "farmers' groups in northern Botswana", "organization", "BWA", None,
         ["Farmers' groups in northern Botswana"]),
    ],
    events=[
        E("lift", "CONCEDE", "lift", "planned", a=["bwa"], r=["nam"], ctx=["economic"],
          time=("July 1", "2025-07-01"), rb="mor", inst="botswana-lifts-vegetable-ban"),
        E("ban", "SANCTION", "ban", "ongoing", a=["bwa"], r=["nam"], ctx=["economic"], rb="mor",
          inst="botswana-vegetable-ban"),
        E("imposed", "SANCTION", "imposed", "occurred", a=["bwa"], r=["nam"], ctx=["economic"],
          time=("last October", "2024-10"), inst="botswana-vegetable-ban"),
        E("susp", "SANCTION", "suspending", "occurred", a=["nam"], r=["bwa"], ctx=["economic"],
          time=("January", "2025-01"), inst="namibia-beef-permit-suspension"),
        E("talks", "CONSULT", "talks", "occurred", a=["mor"], r=["shi"], ctx=["economic"],
          loc=("Francistown", "Francistown", "BWA"), rb="mor", inst="botswana-namibia-talks"),
        E("deal", "SUPPORT", "deal", "occurred", a=["bwa", "nam"], ctx=["economic"], rb="mor",
          inst="botswana-namibia-deal"),
        E("share", "COOPERATE", "share", "planned", a=["nam"], r=["bwa"], ctx=["economic"], rb="mor"),
        E("buy", "COOPERATE", "buying", "hypothetical", a=["bwa"], r=["nam"], ctx=["economic"], rb="mor"),
        E("pass", "OTHER", "pass", "hypothetical", rb="mor"),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["nam"], r=["bwa"], ctx=["economic"]),
        E("lifting", "CONCEDE", "lifting", "negated", a=["nam"], r=["bwa"], ctx=["economic"],
          inst="namibia-restores-beef-permits"),
        E("restore", "CONCEDE", "restore", "hypothetical", a=["nam"], r=["bwa"], ctx=["economic"], rb="hau",
          inst="namibia-restores-beef-permits"),
        E("cross", "OTHER", "cross", "hypothetical", rb="hau"),
        E("held", "COERCE", "held up", "hypothetical", ctx=["economic"], rb="hau"),
        E("ask", "REQUEST", "ask", "hypothetical", a=["nam"], r=["sacu"], ctx=["economic"], rb="hau"),
        E("arb", "CONSULT", "arbitrate", "hypothetical", a=["sacu"], r=["bwa", "nam"], ctx=["economic"], rb="hau"),
        E("crit", "ACCUSE", "criticised", "occurred", a=["farm"], r=["bwa"], mode="disapprove", ctx=["economic"]),
        E("given", "CONCEDE", "given in", "occurred", a=["bwa"], r=["nam"], ctx=["economic"], rb="farm",
          inst="botswana-lifts-vegetable-ban"),
    ],
    stances=[
        ("S1", "nam", "lift", "support", "welcomed"),
        ("S2", "farm", "deal", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["pass"], ["buy"], "mor"),
        ("C2", "if", "as soon as", ["cross"], ["restore"], "hau"),
        ("C3", "if", "If", ["held"], ["ask"], "hau"),
    ],
))

# ---------------------------------------------------------------- 04 Slovenia/Croatia (diplomatic meeting)
DOCS.append(dict(
    id="blind24-04-slovenia-croatia-border-commission",
    title="Slovenia and Croatia agree to revive maritime border commission",
    published="2025-09-16",
    text=T4,
    actors=[
        ("kra", "Maja Kranjc", "person", "SVN", "Slovenian Foreign Minister",
         ["The foreign ministers of Slovenia and Croatia", "Slovenian Foreign Minister Maja Kranjc", "Both",
          "Kranjc||Kranjc told"]),
        ("luk", "Davor Lukić", "person", "HRV", "Croatian Foreign Minister",
         ["The foreign ministers of Slovenia and Croatia", "her Croatian counterpart, Davor Lukić", "Both",
          "Lukić||Lukić, for his part", "his||for his part"]),
        ("com", "Slovenian-Croatian joint border commission", "igo", None, "joint maritime border commission",
         ["a joint commission on their maritime border", "the commission"]),
        ("svn", "Slovenia", "government", "SVN", "Slovenian government",
         ["the two neighbours", "We||We are not reopening", "our||our position", "the two sides"]),
        ("hrv", "Croatia", "government", "HRV", "Croatian government",
         ["the two neighbours", "Zagreb@1", "Croatia||Croatia knows", "Zagreb@2", "the two sides"]),
        ("pol", "Slovenian police", "government", "SVN", "Slovenian police", ["Slovenian police"]),
        ("trawl", "Croatian trawlers", "other", "HRV", "Croatian fishing boats", ["Croatian trawlers"]),
        ("ec", "European Commission", "igo", None, None, ["The European Commission", "Brussels"]),
        ("lin", "Jonas Lindqvist", "person", None, "European Commission spokesman",
         ["A spokesman, Jonas Lindqvist"]),
        ("zup", "Anže Zupan", "person", "SVN", "Slovenian opposition leader",
         ["Slovenian opposition leader Anže Zupan", "He||He said his"]),
        ("sds", "Slovenian Democratic Party", "organization", "SVN", None,
         ["his Slovenian Democratic Party", "SDS"]),
    ],
    events=[
        E("agreed", "AGREE", "agreed", "occurred", a=["kra", "luk"], ctx=["diplomatic", "territory"],
          time=("Monday", "2025-09-15")),
        E("revive", "SUPPORT", "revive", "planned", a=["kra", "luk"], ctx=["diplomatic", "territory"]),
        E("walk", "REJECT", "walked away", "occurred", a=["hrv"], r=["svn"], mode="meet",
          ctx=["territory", "legal"], time=("2015", "2015")),
        E("hosted", "CONSULT", "hosted", "occurred", a=["luk"], r=["kra"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-15"), loc=("Brdo Castle", "Brdo Castle, Kranj", "SVN"), inst="kranjc-lukic-talks"),
        E("talks1", "CONSULT", "talks@1", "occurred", a=["luk"], r=["kra"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-15"), loc=(None, "Brdo Castle, Kranj", "SVN"), inst="kranjc-lukic-talks"),
        E("meet", "CONSULT", "meet", "planned", a=["com"], ctx=["diplomatic", "territory"],
          time=("November", "2025-11"), loc=("Piran@1", "Piran", "SVN"), rb="kra",
          inst="border-commission-meeting"),
        E("stopped", "COERCE", "stopped", "occurred", a=["pol"], r=["trawl"], ctx=["territory"],
          loc=("the Bay of Piran", "Bay of Piran", None)),
        E("reopen", "CONCEDE", "reopening", "negated", a=["svn"], r=["hrv"], ctx=["territory", "legal"], rb="kra"),
        E("recog", "SUPPORT", "recognise", "negated", a=["hrv"], ctx=["territory", "legal"], rb="luk"),
        E("ready", "AGREE", "ready", "occurred", a=["hrv"], r=["svn"], ctx=["territory"], rb="luk"),
        E("work", "CONSULT", "work", "desired", a=["hrv"], r=["svn"], ctx=["territory"], rb="luk"),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["ec"], r=["kra", "luk"], ctx=["diplomatic"]),
        E("talks2", "CONSULT", "talks@2", "occurred", a=["luk"], r=["kra"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-15"), loc=(None, "Brdo Castle, Kranj", "SVN"), inst="kranjc-lukic-talks"),
        E("fund", "AID", "funding", "hypothetical", a=["ec"], r=["svn", "hrv"], ctx=["territory"], rb="lin"),
        E("patrol", "COOPERATE", "patrol", "hypothetical", a=["svn", "hrv"], r=[], ctx=["territory"], rb="lin"),
        E("settled", "SUPPORT", "settled", "hypothetical", a=["svn", "hrv"], ctx=["territory"],
          time=("the end of the year", "2025-12"), rb="lin"),
        E("crit", "ACCUSE", "criticised", "occurred", a=["zup"], r=["kra"], mode="disapprove", ctx=["territory"]),
        E("meeting", "CONSULT", "meeting", "occurred", a=["luk"], r=["kra"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-15"), loc=(None, "Brdo Castle, Kranj", "SVN"), inst="kranjc-lukic-talks"),
        E("demand", "REQUEST", "demand", "planned", a=["sds"], ctx=["legislative"], time=("next week", None),
          rb="zup"),
        E("debate", "CONSULT", "debate", "desired", ctx=["legislative"], rb="zup"),
    ],
    stances=[
        ("S1", "svn", ("span", "the arbitral award"), "support", "It stands"),
        ("S2", "hrv", ("span", "the 2017 ruling"), "oppose", "did not recognise"),
        ("S3", "hrv", "work", "support", "ready"),
        ("S4", "ec", "talks2", "support", "welcomed"),
        ("S5", "ec", "fund", "neutral", "would consider"),
        ("S6", "zup", "meeting", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "if", "if", ["settled"], ["fund"], "lin"),
    ],
))

# ---------------------------------------------------------------- 05 Myanmar/ASEAN (statement)
DOCS.append(dict(
    id="blind24-05-asean-myanmar-statement",
    title="ASEAN deplores Myanmar junta's refusal of envoy access",
    published="2025-05-27",
    text=T5,
    actors=[
        ("asean", "Association of Southeast Asian Nations", "igo", None, None,
         ["The Association of Southeast Asian Nations", "ASEAN@1", "its||its strongest statement",
          "ASEAN||ASEAN deplores", "We||We call on", "ASEAN||ASEAN stands ready", "members"]),
        ("jun", "Myanmar", "government", "MMR", "Myanmar military government (State Administration Council)",
         ["the military government", "the State Administration Council", "the military authorities",
          "Myanmar||Myanmar's representation", "the military||between the military and", "both",
          "our||our internal affairs", "the army", "Naypyidaw@2"]),
        ("env", "ASEAN Special Envoy on Myanmar", "person", None, "ASEAN Special Envoy on Myanmar",
         ["the bloc's special envoy", "our Special Envoy", "the envoy"]),
        ("opp", "detained Myanmar opposition leaders", "organization", "MMR", "detained opposition leaders",
         ["detained opposition leaders"]),
        ("diz", "Rafael Dizon", "person", None, "ASEAN Secretary-General", ["ASEAN Secretary-General Rafael Dizon"]),
        ("hum", "humanitarian agencies", "organization", None, None, ["humanitarian agencies"]),
        ("nug", "National Unity Government", "organization", "MMR", "Myanmar opposition shadow government",
         ["the National Unity Government", "both"]),
        ("tno", "Thet Naing Oo", "person", "MMR", "junta spokesman",
         ["junta spokesman Major General Thet Naing Oo", "He||He did not say"]),
        ("pdf", "People's Defence Forces", "group", "MMR", None, ["the People's Defence Forces", "PDF"]),
        ("tha", "Thailand", "government", "THA", "Thai government", ["Thailand"]),
        ("idn", "Indonesia", "government", "IDN", "Indonesian government", ["Indonesia"]),
        ("lao", "Laos", "government", "LAO", "Lao government", ["Laos"]),
    ],
    events=[
        E("barred", "REJECT", "barred", "occurred", a=["jun"], r=["env"], ctx=["diplomatic", "human_rights"],
          inst="envoy-access-denied"),
        E("visiting", "CONSULT", "visiting", "negated", a=["env"], r=["opp"], mode="visit",
          ctx=["diplomatic", "human_rights"]),
        E("det", "COERCE", "detained", "ongoing", a=["jun"], r=["opp"], mode="arrest", ctx=["human_rights"]),
        E("depl", "ACCUSE", "deplores", "occurred", a=["asean"], r=["jun"], mode="disapprove", ctx=["diplomatic"],
          rb="asean"),
        E("deny", "REJECT", "deny", "occurred", a=["jun"], r=["env"], ctx=["diplomatic", "human_rights"],
          rb="asean", inst="envoy-access-denied"),
        E("cons", "SUPPORT", "agreed", "occurred", ctx=["diplomatic"], time=("April 2021", "2021-04"), rb="asean"),
        E("call", "REQUEST", "call", "occurred", a=["asean"], r=["jun"], mode="yield",
          ctx=["military", "human_rights"], rb="asean"),
        E("halt", "RETREAT", "halt", "desired", a=["jun"], mode="ceasefire", ctx=["military"], rb="asean"),
        E("strikes", "ASSAULT", "air strikes", "ongoing", a=["jun"], mode="aerial", ctx=["military"], rb="asean"),
        E("allow", "RETREAT", "allow", "desired", a=["jun"], r=["hum"], mode="access", ctx=["human_rights"],
          loc=("Sagaing and Magway", "Sagaing and Magway regions", "MMR"), rb="asean"),
        E("progress", "OTHER", "progress", "hypothetical", a=["jun"], rb="asean"),
        E("summit", "CONSULT", "summit", "planned", a=["asean"], mode="multilateral", ctx=["diplomatic"],
          time=("October", "2025-10"), rb="asean"),
        E("repr", "SANCTION", "non-political level", "hypothetical", a=["asean"], r=["jun"], ctx=["diplomatic"],
          rb="asean"),
        E("ready", "AGREE", "stands ready", "occurred", a=["asean"], r=["jun", "nug"], ctx=["diplomatic"],
          rb="asean"),
        E("dialogue", "CONSULT", "dialogue", "hypothetical", a=["jun", "nug"], mode="third-party",
          ctx=["diplomatic"], rb="asean"),
        E("commit", "AGREE", "commit", "hypothetical", a=["jun", "nug"], ctx=["military"], rb="asean"),
        E("cess", "RETREAT", "cessation", "hypothetical", a=["jun", "nug"], mode="ceasefire", ctx=["military"],
          rb="asean"),
        E("rej", "REJECT", "rejected", "occurred", a=["tno"], r=["asean"], ctx=["diplomatic"]),
        E("attacks", "ASSAULT", "attacks", "occurred", a=["pdf"], r=["jun"], ctx=["military"], rb="tno"),
        E("allowed", "RETREAT", "allowed", "hypothetical", a=["jun"], r=["env"], mode="access", ctx=["diplomatic"]),
        E("return", "CONSULT", "return", "hypothetical", a=["env"], r=["jun"], mode="visit", ctx=["diplomatic"]),
        E("backed", "SUPPORT", "backed", "occurred", a=["tha", "idn"], r=["asean"], ctx=["diplomatic"]),
        E("urged", "REQUEST", "urged", "occurred", a=["lao"], r=["asean"], mode="meet", ctx=["diplomatic"]),
        E("chan", "CONSULT", "channels open", "desired", a=["asean"], r=["jun"], ctx=["diplomatic"]),
    ],
    stances=[
        ("S1", "asean", "deny", "oppose", "deplores"),
        ("S2", "asean", "dialogue", "support", "stands ready"),
        ("S3", "tno", ("span", "the statement||rejected the statement"), "oppose", "rejected"),
        ("S4", "tha", ("span", "the statement||backed the statement"), "support", "backed"),
        ("S5", "idn", ("span", "the statement||backed the statement"), "support", "backed"),
    ],
    conds=[
        ("C1", "unless", "Unless", ["progress"], ["repr"], "asean"),
        ("C2", "provided", "provided that", ["commit"], ["dialogue"], "asean"),
    ],
))

# ---------------------------------------------------------------- 06 Sudan/South Sudan (conflict)
DOCS.append(dict(
    id="blind24-06-heglig-fighting-pipeline",
    title="Clashes near Heglig raise fears for South Sudan's oil pipeline",
    published="2025-03-03",
    text=T6,
    actors=[
        ("saf", "Sudanese Armed Forces", "government", "SDN", "Sudanese army",
         ["the Sudanese army@1", "the military", "The army", "its||its aircraft", "both sides",
          "the Sudanese army@2", "both forces", "the two Sudanese factions"]),
        ("rsf", "Rapid Support Forces", "group", "SDN", "paramilitary Rapid Support Forces",
         ["the paramilitary Rapid Support Forces", "RSF@1", "The RSF", "its fighters", "RSF||RSF positions",
          "both sides", "both forces", "the two Sudanese factions"]),
        ("off", "local officials in West Kordofan", "government", "SDN", "local officials", ["local officials"]),
        ("ssd", "South Sudan", "government", "SSD", "Government of South Sudan",
         ["South Sudan||South Sudan's crude", "his government", "we||we will have", "our||our soldiers",
          "South Sudan||South Sudan pays", "Juba||Juba would send"]),
        ("deng", "Gatluak Deng", "person", "SSD", "Petroleum Minister of South Sudan",
         ["South Sudan's petroleum minister, Gatluak Deng", "he||he said.", "Deng||Deng praised"]),
        ("sdn", "Sudan", "government", "SDN", "Government of Sudan", ["Khartoum"]),
        ("au", "African Union Peace and Security Council", "igo", None, None,
         ["The African Union's Peace and Security Council"]),
        ("ken", "Kenya", "government", "KEN", "Kenyan government", ["Kenya"]),
    ],
    events=[
        E("fight", "ASSAULT", "Fighting", "occurred", a=["saf", "rsf"], ctx=["military"],
          time=("the weekend", "2025-03"), loc=("the Heglig oil field", "Heglig oil field", "SDN"), rb="off",
          inst="heglig-fighting"),
        E("killed", "ASSAULT", "killed", "occurred", a=["saf", "rsf"], ctx=["military"], time=(None, "2025-03"),
          loc=(None, "Heglig oil field", "SDN"), rb="off", inst="heglig-fighting"),
        E("shot", "ASSAULT", "shot down", "occurred", a=["rsf"], r=["saf"], ctx=["military"],
          time=("Saturday", "2025-03-01"), rb="rsf"),
        E("acc", "ACCUSE", "accused", "occurred", a=["rsf"], r=["saf"], mode="allege",
          ctx=["military", "human_rights"]),
        E("shell", "ASSAULT", "shelling", "occurred", a=["saf"], mode="heavy-weapons", ctx=["military"],
          loc=("West Kordofan", "West Kordofan", "SDN"), rb="rsf", inst="army-attacks-on-villages"),
        E("target", "ASSAULT", "targeting", "negated", a=["saf"], ctx=["military"], rb="saf",
          inst="army-attacks-on-villages"),
        E("struck", "ASSAULT", "struck", "occurred", a=["saf"], r=["rsf"], mode="aerial", ctx=["military"], rb="saf"),
        E("asked", "REQUEST", "asked", "occurred", a=["ssd"], r=["saf", "rsf"], ctx=["military", "economic"],
          rb="deng"),
        E("hit", "ASSAULT", "hit", "hypothetical", ctx=["military"], rb="deng"),
        E("halt", "SANCTION", "halt exports", "hypothetical", a=["ssd"], r=["sdn"], mode="discontinue",
          ctx=["economic"], rb="deng"),
        E("signed", "SUPPORT", "signed", "occurred", a=["ssd", "sdn"], ctx=["economic"],
          time=("January", "2025-01"), inst="pipeline-transit-deal"),
        E("pays", "COOPERATE", "pays", "ongoing", a=["ssd"], r=["sdn"], ctx=["economic"]),
        E("prom", "AGREE", "promised", "occurred", a=["saf"], r=["ssd"], ctx=["military", "economic"]),
        E("protect", "AID", "protect", "planned", a=["saf"], r=["ssd"], ctx=["military"]),
        E("praised", "SUPPORT", "praised", "occurred", a=["deng"], r=["saf"], ctx=["military"]),
        E("send", "OTHER", "send", "hypothetical", a=["ssd"], time=("next week", None),
          loc=("Heglig@2", "Heglig", "SDN"), rb="deng"),
        E("guar", "AGREE", "guaranteed", "hypothetical", a=["saf", "rsf"], r=["ssd"], ctx=["military"], rb="deng"),
        E("meet", "CONSULT", "meet", "planned", a=["au"], mode="multilateral", ctx=["diplomatic", "military"],
          time=("Thursday", "2025-03-06"), loc=("Addis Ababa", "Addis Ababa", "ETH")),
        E("offered", "AGREE", "offered", "occurred", a=["ken"], r=["saf", "rsf"], ctx=["diplomatic"]),
        E("talks", "CONSULT", "talks", "desired", a=["saf", "rsf"], mode="third-party",
          ctx=["diplomatic", "military"]),
    ],
    stances=[
        ("S1", "deng", "prom", "support", "praised"),
    ],
    conds=[
        ("C1", "if", "If", ["hit"], ["halt"], "deng"),
        ("C2", "provided", "as long as", ["guar"], ["send"], "deng"),
    ],
))

# ---------------------------------------------------------------- 07 Armenia (protest)
DOCS.append(dict(
    id="blind24-07-yerevan-opposition-rally",
    title="Thousands rally in Yerevan as Armenian opposition issues ultimatum",
    published="2025-10-13",
    text=T7,
    actors=[
        ("prot", "Yerevan opposition protesters", "group", "ARM", "opposition protesters",
         ["Several thousand people", "the crowd"]),
        ("gov", "Armenia", "government", "ARM", "Armenian government",
         ["Prime Minister Aram Sargsyan's government", "the government@1", "it||gave it an ultimatum",
          "they||If they refuse", "they||until they go", "the government@2", "all sides", "Armenia"]),
        ("hsm", "Homeland Salvation Movement", "organization", "ARM", "opposition alliance",
         ["the Homeland Salvation Movement, an alliance of opposition parties", "we||we will block",
          "we||we will not stop", "all sides"]),
        ("hak", "Levon Hakobyan", "person", "ARM", "leader of the Homeland Salvation Movement",
         ["former diplomat Levon Hakobyan", "Hakobyan||Hakobyan accused", "he||he told the crowd"]),
        ("aze", "Azerbaijan", "government", "AZE", "Azerbaijani government", ["Azerbaijan@1", "Baku", "Azerbaijan@2"]),
        ("pol", "Armenian police", "government", "ARM", "Armenian police", ["Police", "officers"]),
        ("cc", "Civil Contract", "organization", "ARM", "ruling party", ["Sargsyan's Civil Contract party"]),
        ("mel", "Gor Melikyan", "person", "ARM", "Civil Contract spokesman", ["party spokesman Gor Melikyan"]),
        ("eu", "European Union", "igo", None, None,
         ["The European Union's delegation in Yerevan", "it||said it supported"]),
    ],
    events=[
        E("march", "PROTEST", "marched", "occurred", a=["prot"], r=["gov"], mode="demo", ctx=["executive", "election"],
          time=("Sunday", "2025-10-12"), loc=("central Yerevan", "Yerevan", "ARM"), inst="yerevan-opposition-rally"),
        E("demand", "REQUEST", "demand", "occurred", a=["prot"], r=["gov"], mode="change",
          ctx=["executive", "election"], time=(None, "2025-10-12"), inst="opposition-demands"),
        E("resign", "RETREAT", "resignation", "desired", a=["gov"], mode="resign", ctx=["executive"],
          inst="government-resignation"),
        E("rally", "PROTEST", "rally", "occurred", a=["prot"], r=["gov"], mode="demo", ctx=["executive", "election"],
          time=(None, "2025-10-12"), loc=(None, "Yerevan", "ARM"), inst="yerevan-opposition-rally"),
        E("protest", "PROTEST", "protest", "occurred", a=["hsm", "prot"], r=["gov"], mode="demo",
          ctx=["executive", "election"], time=(None, "2025-10-12"), loc=(None, "Yerevan", "ARM"),
          inst="yerevan-opposition-rally"),
        E("acc", "ACCUSE", "accused", "occurred", a=["hak"], r=["gov"], mode="allege", ctx=["territory"]),
        E("surr", "RETREAT", "surrendering", "occurred", a=["gov"], r=["aze"], ctx=["territory"], rb="hak"),
        E("dtalks", "CONSULT", "talks@1", "ongoing", a=["gov", "aze"], ctx=["territory", "diplomatic"], rb="hak",
          inst="armenia-azerbaijan-border-talks"),
        E("ult", "THREATEN", "ultimatum", "occurred", a=["hak"], r=["gov"], ctx=["election"]),
        E("refuse", "REJECT", "refuse", "hypothetical", a=["gov"], mode="change", ctx=["election"], rb="hak"),
        E("block", "PROTEST", "block", "hypothetical", a=["hsm"], r=["gov"], mode="obstruct", rb="hak"),
        E("stop", "CONCEDE", "stop", "hypothetical", a=["hsm"], r=["gov"], rb="hak"),
        E("go", "RETREAT", "go||until they go", "hypothetical", a=["gov"], mode="resign", ctx=["executive"],
          rb="hak", inst="government-resignation"),
        E("march2", "PROTEST", "march", "occurred", a=["prot"], r=["gov"], mode="demo",
          time=(None, "2025-10-12"), loc=(None, "Yerevan", "ARM"), rb="pol", inst="yerevan-opposition-rally"),
        E("det", "COERCE", "detained", "negated", a=["pol"], r=["prot"], mode="arrest", rb="pol"),
        E("closed", "COERCE", "closed", "occurred", a=["pol"], mode="restrict",
          loc=("Baghramyan Avenue", "Baghramyan Avenue, Yerevan", "ARM")),
        E("dism", "REJECT", "dismissed", "occurred", a=["cc"], r=["prot", "hsm"], mode="change",
          ctx=["executive", "election"]),
        E("demands", "REQUEST", "demands", "occurred", a=["prot", "hsm"], r=["gov"], mode="change",
          ctx=["executive", "election"], inst="opposition-demands"),
        E("cont", "CONSULT", "talks@2", "planned", a=["gov"], r=["aze"], ctx=["territory", "diplomatic"], rb="mel",
          inst="armenia-azerbaijan-border-talks"),
        E("callon", "REQUEST", "called", "occurred", a=["eu"], r=["gov", "hsm"], mode="yield"),
        E("supp", "SUPPORT", "supported", "occurred", a=["eu"], r=["gov", "aze"], ctx=["diplomatic", "territory"]),
    ],
    stances=[
        ("S1", "cc", "demands", "oppose", "dismissed"),
        ("S2", "eu", ("span", "the peace process between Armenia and Azerbaijan"), "support", "supported"),
    ],
    conds=[
        ("C1", "if", "If", ["refuse"], ["block"], "hak"),
        ("C2", "only_if", "until", ["go"], ["stop"], "hak"),
    ],
))

# ---------------------------------------------------------------- 08 Bolivia (interview)
DOCS.append(dict(
    id="blind24-08-bolivia-lithium-interview",
    title="'They are not dead': Bolivia's lithium chief on the frozen contracts",
    published="2025-07-22",
    text=T8,
    actors=[
        ("ylb", "Yacimientos de Litio Bolivianos", "organization", "BOL", "Bolivian state lithium company",
         ["Bolivia's state lithium company, Yacimientos de Litio Bolivianos", "YLB", "we||we will deliver",
          "We||We held", "we||we will not sign", "Our||Our door", "us||offered us", "we||we welcomed",
          "our||our partners", "us||for us."]),
        ("leg", "Plurinational Legislative Assembly of Bolivia", "government", "BOL", "Bolivian legislature",
         ["the legislature@1", "Lawmakers", "the legislature@2"]),
        ("cbc", "CBC", "organization", "CHN", "Chinese lithium consortium",
         ["Chinese and Russian firms", "CBC", "the Chinese partner"]),
        ("u1", "Uranium One", "organization", "RUS", "Russian mining company",
         ["Chinese and Russian firms", "Uranium One"]),
        ("qui", "Mariela Quispe", "person", "BOL", "President of YLB",
         ["Its president, Mariela Quispe", "you||accuse you", "I||I understand", "I||I will travel",
          "you||pressing you"]),
        ("opp", "Bolivian opposition lawmakers", "organization", "BOL", "opposition lawmakers",
         ["Opposition lawmakers"]),
        ("comm", "Indigenous communities around Uyuni", "group", "BOL", None,
         ["the Indigenous communities around Uyuni", "the communities", "they||unless they get"]),
        ("civ", "Potosí Civic Committee", "organization", "BOL", "civic committee of Potosí",
         ["Potosí's civic committee", "them||I understand them", "their leaders", "they||as long as they"]),
        ("usa", "United States", "government", "USA", "US government", ["Washington", "The United States"]),
    ],
    events=[
        E("froze", "REJECT", "froze", "occurred", a=["leg"], r=["ylb"], ctx=["economic", "natural_resource",
          "legislative"], time=("May", "2025-05")),
        E("asked", "REQUEST", "asked", "occurred", a=["leg"], r=["ylb"], ctx=["environment", "legislative"],
          rb="qui"),
        E("deliver", "COOPERATE", "deliver", "planned", a=["ylb"], r=["leg"], ctx=["environment"],
          time=("September", "2025-09"), rb="qui"),
        E("approves", "SUPPORT", "approves", "hypothetical", a=["leg"], ctx=["economic", "legislative"], rb="qui"),
        E("drill", "OTHER", "drilling", "hypothetical", ctx=["natural_resource"], time=("early next year", "2026"),
          rb="qui"),
        E("accuse", "ACCUSE", "accuse", "occurred", a=["opp"], r=["qui"], mode="allege", ctx=["natural_resource"]),
        E("sign", "SUPPORT", "signing", "occurred", a=["qui"], r=["cbc", "u1"], ctx=["economic"], rb="opp"),
        E("consult", "CONSULT", "consulting", "negated", a=["qui"], r=["comm"], ctx=["natural_resource"], rb="opp",
          inst="ylb-community-consultation"),
        E("meet40", "CONSULT", "meetings", "occurred", a=["ylb"], r=["comm"], ctx=["natural_resource"], rb="qui",
          inst="ylb-community-consultation"),
        E("sign2", "SUPPORT", "sign||will not sign", "hypothetical", a=["ylb"], ctx=["economic"], rb="qui"),
        E("share", "AID", "share", "hypothetical", r=["comm"], ctx=["economic"], rb="qui"),
        E("thr", "THREATEN", "threatened", "occurred", a=["civ"], r=["ylb"], ctx=["economic"]),
        E("strike", "PROTEST", "strike", "hypothetical", a=["civ"], r=["ylb"], mode="strike", ctx=["economic"]),
        E("travel", "CONSULT", "travel", "planned", a=["qui"], r=["civ"], mode="visit", time=("next week", None),
          loc=("Potosí||travel to Potosí", "Potosí", "BOL"), rb="qui", inst="quispe-potosi-visit"),
        E("meet", "CONSULT", "meet", "planned", a=["qui"], r=["civ"], loc=(None, "Potosí", "BOL"), rb="qui",
          inst="quispe-potosi-visit"),
        E("door", "AGREE", "door is open", "hypothetical", a=["ylb"], r=["civ"], rb="qui"),
        E("block", "PROTEST", "block", "hypothetical", a=["civ"], r=["ylb"], mode="obstruct", rb="qui"),
        E("press", "REQUEST", "pressing", "hypothetical", a=["usa"], r=["qui"], mode="change", ctx=["economic"]),
        E("drop", "SANCTION", "drop", "hypothetical", a=["qui"], r=["cbc"], mode="discontinue", ctx=["economic"]),
        E("offer", "AGREE", "offered", "occurred", a=["usa"], r=["ylb"], ctx=["technology", "economic"], rb="qui"),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["ylb"], r=["usa"], ctx=["technology"], rb="qui"),
    ],
    stances=[
        ("S1", "ylb", "offer", "support", "welcomed"),
    ],
    conds=[
        ("C1", "if", "If", ["approves"], ["drill"], "qui"),
        ("C2", "only_if", "unless", ["share"], ["sign2"], "qui"),
        ("C3", "unless", "as long as", ["block"], ["door"], "qui"),
    ],
))

# ---------------------------------------------------------------- 09 Japan (analysis)
DOCS.append(dict(
    id="blind24-09-japan-minority-government",
    title="Analysis: Takeda's survival runs through Osaka",
    published="2025-11-04",
    text=T9,
    actors=[
        ("tak", "Hiroshi Takeda", "person", "JPN", "Prime Minister of Japan",
         ["Prime Minister Hiroshi Takeda", "Takeda||Takeda has so far", "Takeda||If Takeda"]),
        ("ldp", "Liberal Democratic Party", "organization", "JPN", None,
         ["the Liberal Democratic Party", "LDP@1", "its||its majority", "the party||unless the party",
          "its||its political-funds", "the LDP||the LDP can"]),
        ("gov", "Japan", "government", "JPN", "Japanese government",
         ["his minority government", "the government", "the finance ministry", "the coalition"]),
        ("opp", "Japanese opposition parties", "organization", "JPN", "opposition", ["the opposition"]),
        ("ishin", "Japan Innovation Party", "organization", "JPN", None,
         ["the Japan Innovation Party", "Ishin@1", "Ishin's leaders", "their||their price", "they||they will back"]),
        ("sen", "senior LDP figures", "organization", "JPN", "senior members of the Liberal Democratic Party",
         ["senior LDP figures in Tokyo"]),
        ("dpp", "Democratic Party for the People", "organization", "JPN", None,
         ["The Democratic Party for the People", "DPP"]),
        ("kom", "Komeito", "organization", "JPN", None,
         ["Komeito, the LDP's partner of more than two decades", "it||it will not return"]),
    ],
    events=[
        E("supp", "SUPPORT", "support", "ongoing", a=["opp"], r=["gov"], ctx=["legislative"]),
        E("price", "REQUEST", "price", "occurred", a=["ishin"], r=["gov"], mode="change", ctx=["legislative"]),
        E("back", "SUPPORT", "back", "hypothetical", a=["ishin"], r=["gov"], ctx=["legislative", "economic"],
          rb="ishin"),
        E("commits", "AGREE", "commits", "hypothetical", a=["gov"], r=["ishin"], ctx=["legislative"], rb="ishin"),
        E("offered", "AGREE", "offered", "occurred", a=["dpp"], r=["gov"], ctx=["legislative", "economic"]),
        E("coop", "SUPPORT", "cooperate", "hypothetical", a=["dpp"], r=["gov"], ctx=["legislative", "economic"]),
        E("raised", "CONCEDE", "raised", "hypothetical", a=["gov"], r=["dpp"], ctx=["economic"]),
        E("demand", "REQUEST", "demand", "occurred", a=["dpp"], r=["gov"], mode="change", ctx=["economic"]),
        E("resist", "REJECT", "resisted", "ongoing", a=["gov"], r=["dpp"], mode="change", ctx=["economic"]),
        E("left", "SANCTION", "left", "occurred", a=["kom"], r=["gov"], ctx=["executive"],
          time=("October", "2025-10")),
        E("return", "SUPPORT", "return", "hypothetical", a=["kom"], r=["gov"], ctx=["executive"], rb="kom"),
        E("clean", "OTHER", "cleans up", "hypothetical", a=["ldp"], ctx=["corruption"], rb="kom"),
        E("secure", "SUPPORT", "secure", "hypothetical", a=["tak"], r=["ishin", "dpp"], ctx=["legislative"]),
        E("motion", "ACCUSE", "no-confidence motion", "hypothetical", r=["gov"], ctx=["legislative"]),
        E("snap", "OTHER", "snap election", "hypothetical", ctx=["election"]),
    ],
    stances=[
        ("S1", "ishin", "back", "support", "will back"),
        ("S2", "sen", ("span", "the plan"), "oppose", "oppose"),
        ("S3", "gov", "demand", "oppose", "resisted"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["commits"], ["back"], "ishin"),
        ("C2", "provided", "provided that", ["raised"], ["coop"], "dpp"),
        ("C3", "only_if", "unless", ["clean"], ["return"], "kom"),
        ("C4", "unless", "If||If Takeda", ["secure"], ["motion", "snap"], None),
    ],
))

# ---------------------------------------------------------------- 10 Arctic Council (wire report)
DOCS.append(dict(
    id="blind24-10-arctic-council-russia",
    title="Arctic Council to resume scientific cooperation with Russia",
    published="2025-08-28",
    text=T10,
    actors=[
        ("ac", "Arctic Council", "igo", None, None,
         ["Arctic Council members", "Senior Arctic officials", "the officials", "the council"]),
        ("rus", "Russia", "government", "RUS", "Russian government",
         ["Russia@1", "Moscow@1", "Moscow@2", "Russia@2", "Moscow@3", "Russia@3", "its||its Arctic data"]),
        ("ukr", "Ukraine", "government", "UKR", "Ukrainian government", ["Ukraine"]),
        ("dnk", "Denmark", "government", "DNK", "Danish government", ["Denmark's foreign ministry", "whose country"]),
        ("res", "Russian researchers", "other", "RUS", "Russian scientists", ["Russian researchers", "our scientists"]),
        ("lyk", "Karen Lykke", "person", "DNK", "Danish Foreign Minister", ["Danish Foreign Minister Karen Lykke"]),
        ("nor", "Norway", "government", "NOR", "Norwegian government", ["Norway||Norway and Iceland"]),
        ("isl", "Iceland", "government", "ISL", "Icelandic government", ["Iceland"]),
        ("vir", "Mikael Virtanen", "person", "FIN", "Finland's delegate to the Arctic Council",
         ["Finland's delegate, Mikael Virtanen"]),
        ("fin", "Finland", "government", "FIN", "Finnish government", ["Helsinki"]),
        ("sok", "Yuri Sokolov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Yuri Sokolov"]),
        ("saami", "Saami Council", "organization", None, None, ["The Saami Council", "it||for excluding it"]),
    ],
    events=[
        E("agreed", "AGREE", "agreed", "occurred", a=["ac"], r=["rus"], ctx=["diplomatic", "environment"],
          time=("Thursday", "2025-08-28"), rb="dnk", inst="arctic-council-decision"),
        E("coop", "COOPERATE", "cooperation", "planned", a=["ac"], r=["rus"], ctx=["environment"], rb="dnk",
          inst="arctic-russia-science-coop"),
        E("susp", "SANCTION", "suspension", "occurred", a=["ac"], r=["rus"], ctx=["diplomatic"], rb="dnk",
          inst="arctic-russia-suspension"),
        E("inv", "ASSAULT", "invasion", "occurred", a=["rus"], r=["ukr"], ctx=["military", "territory"],
          time=("2022", "2022"), rb="dnk"),
        E("meeting", "CONSULT", "meeting", "occurred", a=["ac"], mode="multilateral", ctx=["diplomatic"],
          loc=("Tromsø", "Tromsø", "NOR"), inst="tromso-senior-officials-meeting"),
        E("appr", "SUPPORT", "approved", "occurred", a=["ac"], ctx=["diplomatic", "environment"],
          inst="arctic-council-decision"),
        E("rejoin", "COOPERATE", "rejoin", "planned", a=["res"], r=["ac"], ctx=["environment"],
          time=("January", "2026-01"), inst="arctic-russia-science-coop"),
        E("meetings", "CONSULT", "meetings", "negated", a=["ac"], r=["rus"], ctx=["diplomatic"]),
        E("excl", "SANCTION", "excluded", "ongoing", a=["ac"], r=["rus"], ctx=["diplomatic"], rb="ac"),
        E("backed", "SUPPORT", "backed", "occurred", a=["nor", "isl"], ctx=["diplomatic"]),
        E("acc", "SUPPORT", "accepted", "occurred", a=["fin"], ctx=["diplomatic"], rb="vir"),
        E("call", "REQUEST", "call", "hypothetical", a=["fin"], r=["ac"], ctx=["diplomatic", "military"], rb="vir"),
        E("susp2", "SANCTION", "suspension@2", "hypothetical", a=["ac"], r=["rus"], ctx=["diplomatic"], rb="vir"),
        E("mil", "MOBILIZE", "military activity", "hypothetical", a=["rus"], ctx=["military"], rb="vir"),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["rus"], r=["ac"], ctx=["diplomatic"]),
        E("ready", "AGREE", "ready", "occurred", a=["rus"], r=["ac"], ctx=["environment"], rb="sok"),
        E("share", "COOPERATE", "share", "hypothetical", a=["rus"], r=["ac"], ctx=["environment"], rb="sok"),
        E("disc", "COERCE", "discrimination", "hypothetical", r=["res"], mode="restrict", ctx=["rights_freedoms"],
          rb="sok"),
        E("crit", "ACCUSE", "criticised", "occurred", a=["saami"], r=["ac"], mode="disapprove", ctx=["diplomatic"]),
        E("talks", "CONSULT", "talks", "occurred", a=["ac"], mode="multilateral", ctx=["diplomatic"],
          loc=(None, "Tromsø", "NOR"), inst="tromso-senior-officials-meeting"),
        E("exclg", "REJECT", "excluding", "occurred", a=["ac"], r=["saami"], mode="meet", ctx=["diplomatic"],
          rb="saami"),
        E("dem", "REQUEST", "demanded", "occurred", a=["saami"], r=["ac"], mode="meet", ctx=["diplomatic"]),
        E("minmeet", "CONSULT", "meeting@2", "planned", a=["ac"], mode="multilateral", ctx=["diplomatic"],
          time=("May", "2026-05"), rb="saami"),
    ],
    stances=[
        ("S1", "nor", "coop", "support", "backed"),
        ("S2", "isl", "coop", "support", "backed"),
        ("S3", "fin", "coop", "support", "accepted it reluctantly"),
        ("S4", "rus", "coop", "support", "welcomed"),
        ("S5", "rus", "share", "support", "ready"),
        ("S6", "saami", "talks", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "if", "if", ["mil"], ["call"], "vir"),
        ("C2", "unless", "as long as", ["disc"], ["share"], "sok"),
    ],
))
