"""Blind held-out gold set 17: ten passages written and annotated by hand (see _build.py)."""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# ---------------------------------------------------------------- 01 Central Asia: trade/economy
DOCS.append(dict(
    id="blind17-01-water-power-swap", title="Uzbekistan and Kyrgyzstan extend water-for-power swap",
    published="2025-09-16",
    text=(
        "Uzbekistan and Kyrgyzstan agreed on Monday to extend a seasonal arrangement under which Bishkek "
        "releases water from the Toktogul reservoir in summer in exchange for Uzbek electricity in winter, "
        "the two governments said.\n\n"
        "The deal was signed in Tashkent by Uzbek Energy Minister Farrukh Tashmatov and his Kyrgyz "
        "counterpart, Almaz Beishenaliev. Under its terms, Uzbekistan will supply 1.2 billion kilowatt-hours "
        "of power between November and March, while Kyrgyzstan will guarantee downstream flows for cotton "
        "farmers in the Fergana Valley.\n\n"
        "Kazakhstan, which joined a similar scheme in 2023, welcomed the extension. Its Ministry of Water "
        "Resources said Astana was ready to take part in a three-way exchange next year provided that the "
        "two neighbours agree on a common metering system.\n\n"
        "Beishenaliev said Bishkek would cut releases if Tashkent failed to deliver the promised volumes, "
        "recalling a dispute in 2022 when Uzbek supplies fell short. \"We have kept our word every summer. "
        "We expect the same in winter,\" he told reporters.\n\n"
        "Tashmatov rejected suggestions that Uzbekistan had fallen behind on payments and said the "
        "government would open talks with Kyrgyz officials next month on a joint hydropower plant on the "
        "Naryn River. The Asian Development Bank (ADB) has offered to finance a feasibility study for the "
        "project.\n"
    ),
    actors=[
        ("uz", "Uzbekistan", "government", "UZB", "Uzbek government",
         ["Uzbekistan", "the two governments", "Uzbekistan@2", "the two neighbours", "Tashkent@2",
          "Uzbekistan@3", "the government"]),
        ("kg", "Kyrgyzstan", "government", "KGZ", "Kyrgyz government",
         ["Kyrgyzstan", "Bishkek", "the two governments", "Kyrgyzstan@2", "the two neighbours", "Bishkek@2",
          "We", "our", "We@2", "Kyrgyz officials"]),
        ("tash", "Farrukh Tashmatov", "person", "UZB", "Uzbek Energy Minister",
         ["Uzbek Energy Minister Farrukh Tashmatov", "Tashmatov@2"]),
        ("bei", "Almaz Beishenaliev", "person", "KGZ", "Kyrgyz Energy Minister",
         ["his Kyrgyz counterpart, Almaz Beishenaliev", "Beishenaliev@2", "he"]),
        ("kz", "Kazakhstan", "government", "KAZ", "Kazakh government", ["Kazakhstan", "Astana"]),
        ("kzmin", "Kazakh Ministry of Water Resources", "government", "KAZ", "Kazakh ministry",
         ["Its Ministry of Water Resources"]),
        ("adb", "Asian Development Bank", "igo", None, None, ["The Asian Development Bank", "ADB"]),
    ],
    events=[
        E("agree", "AGREE", "agreed", "occurred", a=["uz", "kg"], ctx=["economic", "natural_resource"],
          time=("Monday", "2025-09-15"), inst="swap-deal"),
        E("extend", "COOPERATE", "extend", "planned", a=["uz", "kg"], ctx=["economic", "natural_resource"],
          inst="swap-extension"),
        E("rel", "COOPERATE", "releases", "ongoing", a=["kg"], r=["uz"], ctx=["economic", "natural_resource"],
          inst="kyrgyz-water-releases"),
        E("sign", "SUPPORT", "signed", "occurred", a=["tash", "bei"], ctx=["economic"],
          time=(None, "2025-09-15"), loc=("Tashkent", "Tashkent", "UZB"), inst="swap-deal"),
        E("supply", "COOPERATE", "supply", "planned", a=["uz"], r=["kg"], ctx=["economic"],
          time=("November and March", None), inst="uzbek-power-supply"),
        E("guar", "COOPERATE", "guarantee", "planned", a=["kg"], r=["uz"], ctx=["economic", "natural_resource"],
          inst="kyrgyz-water-releases"),
        E("joined", "COOPERATE", "joined", "occurred", a=["kz"], ctx=["economic"], time=("2023", "2023")),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["kz"], r=["uz", "kg"]),
        E("ext2", "COOPERATE", "extension", "planned", a=["uz", "kg"], ctx=["economic", "natural_resource"],
          inst="swap-extension"),
        E("ready", "AGREE", "ready", "occurred", a=["kz"], r=["uz", "kg"], rb="kzmin"),
        E("part", "COOPERATE", "take part", "hypothetical", a=["kz"], r=["uz", "kg"],
          ctx=["economic", "natural_resource"], time=("next year", "2026"), rb="kzmin", inst="three-way-exchange"),
        E("meter", "SUPPORT", "agree", "hypothetical", a=["uz", "kg"], rb="kzmin"),
        E("cut", "SANCTION", "cut", "hypothetical", a=["kg"], r=["uz"], ctx=["economic", "natural_resource"],
          rb="bei"),
        E("fail", "OTHER", "failed to deliver", "hypothetical", a=["uz"], rb="bei"),
        E("rej", "REJECT", "rejected", "occurred", a=["tash"]),
        E("talks", "CONSULT", "talks", "planned", a=["uz"], r=["kg"], ctx=["diplomatic", "economic"],
          time=("next month", "2025-10"), rb="tash", inst="naryn-talks"),
        E("offer", "AGREE", "offered", "occurred", a=["adb"], r=["uz", "kg"], ctx=["economic"]),
        E("fin", "AID", "finance", "desired", a=["adb"], r=["uz", "kg"], ctx=["economic"]),
    ],
    stances=[
        ("S1", "kz", "ext2", "support", "welcomed"),
        ("S2", "kz", "part", "support", "ready"),
        ("S3", "kg", "supply", "support", "expect"),
        ("S4", "tash", ("span", "suggestions that Uzbekistan had fallen behind on payments"), "oppose", "rejected"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["meter"], ["part"], "kzmin"),
        ("C2", "if", "if||if Tashkent failed", ["fail"], ["cut"], "bei"),
    ],
))


# ---------------------------------------------------------------- 02 Caucasus: diplomatic meeting
DOCS.append(dict(
    id="blind17-02-tbilisi-foreign-ministers", title="Armenian and Azerbaijani foreign ministers meet in Tbilisi",
    published="2025-11-06",
    text=(
        "TBILISI — The foreign ministers of Armenia and Azerbaijan met in the Georgian capital on Wednesday "
        "for their first face-to-face talks since June and agreed to reconvene the joint border delimitation "
        "commission before the end of the year.\n\n"
        "Armenian Foreign Minister Hovik Sargsyan and Azerbaijan's Foreign Minister Elnur Mammadli held more "
        "than three hours of discussions at a government residence, hosted by Georgian Prime Minister Davit "
        "Kipiani, who later described the meeting as \"businesslike\".\n\n"
        "In a joint statement, the two sides said the commission would meet in Yerevan in December.\n\n"
        "Sargsyan told reporters that Yerevan had proposed opening two additional crossing points for cargo "
        "traffic and that Baku had not yet responded. \"We are ready to sign a peace treaty tomorrow, as long "
        "as nobody tries to add new preconditions,\" he said.\n\n"
        "Mammadli, for his part, repeated Azerbaijan's demand that Armenia amend its constitution, which Baku "
        "says contains territorial claims. He said Azerbaijan would not sign the treaty unless the amendment "
        "was put to a referendum.\n\n"
        "The European Union, which has deployed a civilian monitoring mission on the Armenian side of the "
        "border, welcomed the meeting and urged both countries to keep up the momentum.\n"
    ),
    actors=[
        ("sarg", "Hovik Sargsyan", "person", "ARM", "Armenian Foreign Minister",
         ["The foreign ministers of Armenia and Azerbaijan", "their", "Armenian Foreign Minister Hovik Sargsyan",
          "Sargsyan@2", "he||he said"]),
        ("mam", "Elnur Mammadli", "person", "AZE", "Azerbaijani Foreign Minister",
         ["The foreign ministers of Armenia and Azerbaijan", "their", "Azerbaijan's Foreign Minister Elnur Mammadli",
          "Mammadli@2", "his||for his part", "He"]),
        ("kip", "Davit Kipiani", "person", "GEO", "Georgian Prime Minister",
         ["Georgian Prime Minister Davit Kipiani"]),
        ("comm", "Armenia–Azerbaijan border delimitation commission", "igo", None, "joint border commission",
         ["the joint border delimitation commission", "the commission"]),
        ("arm", "Armenia", "government", "ARM", "Armenian government",
         ["the two sides", "Yerevan@2", "We", "Armenia@2", "its||its constitution", "both countries"]),
        ("aze", "Azerbaijan", "government", "AZE", "Azerbaijani government",
         ["the two sides", "Baku", "Azerbaijan@3", "Baku@2", "Azerbaijan@4", "both countries"]),
        ("eu", "European Union", "igo", None, None, ["The European Union"]),
    ],
    events=[
        E("met", "CONSULT", "met", "occurred", a=["sarg", "mam"], mode="third-party", ctx=["diplomatic"],
          time=("Wednesday", "2025-11-05"), loc=("the Georgian capital", "Tbilisi", "GEO"), inst="tbilisi-meeting"),
        E("talks", "CONSULT", "talks", "occurred", a=["sarg", "mam"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-11-05"), loc=(None, "Tbilisi", "GEO"), inst="tbilisi-meeting"),
        E("agreed", "AGREE", "agreed", "occurred", a=["sarg", "mam"], ctx=["diplomatic", "territory"]),
        E("reconv", "CONSULT", "reconvene", "planned", a=["comm"], ctx=["diplomatic", "territory"],
          time=("the end of the year", "2025-12"), inst="commission-meeting"),
        E("disc", "CONSULT", "discussions", "occurred", a=["sarg", "mam"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-11-05"), loc=(None, "Tbilisi", "GEO"), inst="tbilisi-meeting"),
        E("meeting", "CONSULT", "meeting", "occurred", a=["sarg", "mam"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-11-05"), loc=(None, "Tbilisi", "GEO"), rb="kip", inst="tbilisi-meeting"),
        E("cmeet", "CONSULT", "meet", "planned", a=["comm"], ctx=["diplomatic", "territory"],
          time=("December", "2025-12"), loc=("Yerevan", "Yerevan", "ARM"), inst="commission-meeting"),
        E("prop", "AGREE", "proposed", "occurred", a=["arm"], r=["aze"], ctx=["economic"], rb="sarg"),
        E("open", "COOPERATE", "opening", "desired", a=["arm", "aze"], ctx=["economic"], rb="sarg"),
        E("ready", "AGREE", "ready", "occurred", a=["arm"], r=["aze"], ctx=["diplomatic"], rb="sarg"),
        E("sign1", "SUPPORT", "sign", "hypothetical", a=["arm"], r=["aze"], ctx=["diplomatic"],
          time=("tomorrow", None), rb="sarg", inst="peace-treaty-signing"),
        E("precond", "REQUEST", "preconditions", "hypothetical", r=["arm"], ctx=["diplomatic"], rb="sarg"),
        E("demand", "REQUEST", "demand", "occurred", a=["aze"], r=["arm"], mode="change",
          ctx=["territory", "political_institutions"], rb="mam"),
        E("amend", "CONCEDE", "amend", "desired", a=["arm"], r=["aze"], ctx=["territory", "political_institutions"],
          rb="mam", inst="constitution-amendment"),
        E("sign2", "SUPPORT", "sign@2", "hypothetical", a=["aze"], r=["arm"], ctx=["diplomatic"], rb="mam",
          inst="peace-treaty-signing"),
        E("amendment", "CONCEDE", "amendment", "hypothetical", a=["arm"], ctx=["territory", "political_institutions"],
          rb="mam", inst="constitution-amendment"),
        E("ref", "OTHER", "referendum", "hypothetical", a=["arm"], rb="mam"),
        E("deploy", "AID", "deployed", "occurred", a=["eu"], r=["arm"], ctx=["peacekeeping"]),
        E("welc", "SUPPORT", "welcomed", "occurred", a=["eu"], r=["arm", "aze"], ctx=["diplomatic"]),
        E("meeting2", "CONSULT", "meeting@2", "occurred", a=["sarg", "mam"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-11-05"), loc=(None, "Tbilisi", "GEO"), inst="tbilisi-meeting"),
        E("urged", "REQUEST", "urged", "occurred", a=["eu"], r=["arm", "aze"], ctx=["diplomatic"]),
    ],
    stances=[
        ("S1", "arm", "sign1", "support", "ready"),
        ("S2", "aze", "amend", "support", "demand"),
        ("S3", "eu", "meeting2", "support", "welcomed"),
        ("S4", "eu", ("span", "keep up the momentum"), "support", "urged"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["precond"], ["sign1"], "sarg"),
        ("C2", "only_if", "unless", ["amendment", "ref"], ["sign2"], "mam"),
    ],
))


# ---------------------------------------------------------------- 03 West Africa: protest/election
DOCS.append(dict(
    id="blind17-03-dakar-opposition-march", title="Thousands march in Dakar after opposition leader's arrest",
    published="2026-02-21",
    text=(
        "Thousands of supporters of the opposition Movement for Renewal and Justice (MRJ) marched through "
        "central Dakar on Friday to demand the release of party leader Moustapha Ndiaye, who was detained on "
        "Wednesday on charges of insulting the head of state.\n\n"
        "Police fired tear gas to disperse protesters who tried to reach the National Assembly, and at least "
        "40 people were arrested, according to the interior ministry. The marchers chanted slogans accusing "
        "the government of silencing critics ahead of the local elections due on March 29.\n\n"
        "MRJ spokeswoman Aminata Sow said the party would boycott the vote unless Ndiaye was freed within a "
        "week. \"They are trying to eliminate our candidate through the courts,\" she told Reuters.\n\n"
        "Interior Minister Ibrahima Faye denied that the arrest was politically motivated and warned that "
        "further unauthorised gatherings would be banned. \"The law applies to everyone,\" he said on state "
        "television RTS.\n\n"
        "The Economic Community of West African States (ECOWAS) called for calm and urged the authorities to "
        "respect the right to peaceful assembly. The regional bloc said it would send an observer mission to "
        "the vote if the government requested one.\n"
    ),
    actors=[
        ("prot", "MRJ supporters", "group", "SEN", "protesters",
         ["Thousands of supporters of the opposition Movement for Renewal and Justice", "protesters",
          "at least 40 people", "The marchers"]),
        ("mrj", "Movement for Renewal and Justice", "organization", "SEN", "opposition party",
         ["the opposition Movement for Renewal and Justice", "MRJ", "the party"]),
        ("ndi", "Moustapha Ndiaye", "person", "SEN", "MRJ leader",
         ["party leader Moustapha Ndiaye", "Ndiaye@2", "our candidate"]),
        ("hos", "President of Senegal", "person", "SEN", "head of state", ["the head of state"]),
        ("police", "Senegalese police", "government", "SEN", "police", ["Police"]),
        ("intmin", "Senegalese Interior Ministry", "government", "SEN", "interior ministry", ["the interior ministry"]),
        ("sen", "Senegal", "government", "SEN", "Senegalese government",
         ["the government", "They", "the authorities", "the government@2"]),
        ("sow", "Aminata Sow", "person", "SEN", "MRJ spokeswoman", ["MRJ spokeswoman Aminata Sow", "she"]),
        ("reuters", "Reuters", "media", None, None, ["Reuters"]),
        ("faye", "Ibrahima Faye", "person", "SEN", "Interior Minister",
         ["Interior Minister Ibrahima Faye", "he||he said"]),
        ("rts", "RTS", "media", "SEN", "state television", ["state television RTS"]),
        ("ecowas", "ECOWAS", "igo", None, None,
         ["The Economic Community of West African States", "ECOWAS", "The regional bloc", "it||it would send"]),
    ],
    events=[
        E("march", "PROTEST", "marched", "occurred", a=["prot"], r=["sen"], mode="demo",
          time=("Friday", "2026-02-20"), loc=("central Dakar", "Dakar", "SEN"), inst="dakar-march"),
        E("release", "RETREAT", "release", "desired", a=["sen"], r=["ndi"], mode="release", inst="ndiaye-release"),
        E("detain", "COERCE", "detained", "occurred", r=["ndi"], mode="arrest", ctx=["legal"],
          time=("Wednesday", "2026-02-18"), inst="ndiaye-arrest"),
        E("charges", "COERCE", "charges", "occurred", r=["ndi"], mode="arrest", ctx=["legal"], inst="ndiaye-charges"),
        E("insult", "ACCUSE", "insulting", "occurred", a=["ndi"], r=["hos"], mode="disapprove"),
        E("gas", "ASSAULT", "fired tear gas", "occurred", a=["police"], r=["prot"], mode="crowd-control",
          time=(None, "2026-02-20"), loc=(None, "Dakar", "SEN")),
        E("arrest40", "COERCE", "arrested", "occurred", a=["police"], r=["prot"], mode="arrest",
          time=(None, "2026-02-20"), loc=(None, "Dakar", "SEN"), rb="intmin"),
        E("accuse", "ACCUSE", "accusing", "occurred", a=["prot"], r=["sen"], mode="allege"),
        E("silence", "COERCE", "silencing", "ongoing", a=["sen"], ctx=["repression", "rights_freedoms"], rb="prot"),
        E("boycott", "PROTEST", "boycott", "hypothetical", a=["mrj"], r=["sen"], mode="boycott", ctx=["election"],
          rb="sow"),
        E("freed", "RETREAT", "freed", "hypothetical", a=["sen"], r=["ndi"], mode="release",
          time=("within a week", None), rb="sow", inst="ndiaye-release"),
        E("elim", "COERCE", "eliminate", "ongoing", a=["sen"], r=["ndi"], mode="restrict", ctx=["election", "legal"],
          rb="sow"),
        E("arrest", "COERCE", "arrest", "occurred", r=["ndi"], mode="arrest", ctx=["legal"], rb="faye",
          inst="ndiaye-arrest"),
        E("warn", "THREATEN", "warned", "occurred", a=["faye"], mode="restrict", ctx=["rights_freedoms"]),
        E("gather", "PROTEST", "gatherings", "hypothetical", mode="demo", rb="faye"),
        E("ban", "COERCE", "banned", "hypothetical", mode="restrict", ctx=["rights_freedoms"], rb="faye"),
        E("calm", "REQUEST", "called for", "occurred", a=["ecowas"]),
        E("urged", "REQUEST", "urged", "occurred", a=["ecowas"], r=["sen"], ctx=["rights_freedoms"]),
        E("send", "AID", "send", "hypothetical", a=["ecowas"], r=["sen"], ctx=["election"], rb="ecowas"),
        E("req", "REQUEST", "requested", "hypothetical", a=["sen"], r=["ecowas"], mode="assist", ctx=["election"],
          rb="ecowas"),
    ],
    stances=[
        ("S1", "prot", "release", "support", "demand"),
        ("S2", "ecowas", ("span", "calm"), "support", "called for"),
        ("S3", "ecowas", ("span", "respect the right to peaceful assembly"), "support", "urged"),
    ],
    conds=[
        ("C1", "unless", "unless", ["freed"], ["boycott"], "sow"),
        ("C2", "if", "if", ["req"], ["send"], "ecowas"),
    ],
))


# ---------------------------------------------------------------- 04 Baltic: parliamentary procedure
DOCS.append(dict(
    id="blind17-04-seimas-defence-levy", title="Lithuanian parliament backs bank defence levy in first reading",
    published="2025-10-09",
    text=(
        "Lithuania's parliament, the Seimas, on Thursday approved in a first reading a bill introducing a "
        "temporary defence levy on bank profits, despite objections from the opposition and the country's "
        "largest lenders.\n\n"
        "The bill passed by 78 votes to 41, with six abstentions. It now goes to the budget committee, which "
        "must deliver its conclusions by November 14 before a second reading.\n\n"
        "Finance Minister Rūta Vaitkienė told lawmakers the levy would raise about 300 million euros a year "
        "for air defence and would expire in 2028 unless parliament voted to extend it. \"This is not a "
        "punishment for the banks. It is a contribution to our common security,\" she said.\n\n"
        "The opposition Civic Alliance criticised the measure as rushed and said its members would challenge "
        "it in the Constitutional Court if the final version taxed profits retroactively. Its parliamentary "
        "leader, Tomas Jankauskas, accused the government of ignoring warnings from the Bank of Lithuania.\n\n"
        "The Lithuanian Banking Association said it regretted the vote and urged lawmakers to consider a "
        "voluntary contribution instead. President Gintaras Valaitis intends to sign the law provided that the "
        "Seimas adopts it before the end of the year, his adviser told LRT radio on Wednesday.\n"
    ),
    actors=[
        ("seimas", "Seimas", "government", "LTU", "Lithuanian parliament",
         ["Lithuania's parliament, the Seimas", "lawmakers", "parliament@2", "lawmakers@2", "the Seimas@2"]),
        ("opp", "Lithuanian parliamentary opposition", "organization", "LTU", "opposition", ["the opposition"]),
        ("banks", "Lithuanian banks", "organization", "LTU", "banks",
         ["the country's largest lenders", "the banks"]),
        ("bcomm", "Seimas budget committee", "government", "LTU", "parliamentary committee",
         ["the budget committee", "its||its conclusions"]),
        ("vait", "Rūta Vaitkienė", "person", "LTU", "Finance Minister", ["Finance Minister Rūta Vaitkienė", "she"]),
        ("ltu", "Lithuania", "government", "LTU", "Lithuanian government", ["our", "the government"]),
        ("ca", "Civic Alliance", "organization", "LTU", "opposition party",
         ["The opposition Civic Alliance", "its members"]),
        ("cc", "Constitutional Court of Lithuania", "government", "LTU", "constitutional court",
         ["the Constitutional Court"]),
        ("jank", "Tomas Jankauskas", "person", "LTU", "Civic Alliance parliamentary leader",
         ["Its parliamentary leader, Tomas Jankauskas"]),
        ("bol", "Bank of Lithuania", "government", "LTU", "central bank", ["the Bank of Lithuania"]),
        ("lba", "Lithuanian Banking Association", "organization", "LTU", "banking association",
         ["The Lithuanian Banking Association", "it||it regretted"]),
        ("pres", "Gintaras Valaitis", "person", "LTU", "President of Lithuania", ["President Gintaras Valaitis"]),
        ("adv", "presidential adviser", "person", "LTU", "adviser to the President", ["his adviser"]),
        ("lrt", "LRT", "media", "LTU", "public broadcaster", ["LRT radio"]),
    ],
    events=[
        E("approved", "SUPPORT", "approved", "occurred", a=["seimas"], ctx=["legislative", "economic"],
          time=("Thursday", "2025-10-09"), inst="levy-first-reading"),
        E("obj", "ACCUSE", "objections", "occurred", a=["opp", "banks"], mode="disapprove",
          ctx=["legislative", "economic"]),
        E("passed", "SUPPORT", "passed", "occurred", a=["seimas"], ctx=["legislative", "economic"],
          time=(None, "2025-10-09"), inst="levy-first-reading"),
        E("expire", "OTHER", "expire", "hypothetical", time=("2028", "2028"), rb="vait"),
        E("voted", "SUPPORT", "voted", "hypothetical", a=["seimas"], ctx=["legislative", "economic"], rb="vait"),
        E("crit", "ACCUSE", "criticised", "occurred", a=["ca"], mode="disapprove", ctx=["legislative", "economic"]),
        E("challenge", "ACCUSE", "challenge", "hypothetical", a=["ca"], ctx=["legal"], rb="ca"),
        E("taxed", "OTHER", "taxed", "hypothetical", rb="ca"),
        E("accused", "ACCUSE", "accused", "occurred", a=["jank"], r=["ltu"], mode="allege"),
        E("vote", "SUPPORT", "vote", "occurred", a=["seimas"], ctx=["legislative", "economic"],
          time=(None, "2025-10-09"), inst="levy-first-reading"),
        E("urged", "REQUEST", "urged", "occurred", a=["lba"], r=["seimas"], ctx=["economic"]),
        E("sign", "SUPPORT", "sign", "hypothetical", a=["pres"], ctx=["legislative"], rb="adv"),
        E("adopts", "SUPPORT", "adopts", "hypothetical", a=["seimas"], ctx=["legislative", "economic"],
          time=("the end of the year", "2025"), rb="adv"),
    ],
    stances=[
        ("S1", "opp", ("span", "a bill introducing a temporary defence levy on bank profits"), "oppose", "objections"),
        ("S2", "banks", ("span", "a bill introducing a temporary defence levy on bank profits"), "oppose", "objections"),
        ("S3", "ca", ("span", "the measure"), "oppose", "criticised"),
        ("S4", "lba", "vote", "oppose", "regretted"),
        ("S5", "lba", ("span", "a voluntary contribution"), "support", "urged"),
        ("S6", "pres", "sign", "support", "intends"),
    ],
    conds=[
        ("C1", "unless", "unless", ["voted"], ["expire"], "vait"),
        ("C2", "if", "if", ["taxed"], ["challenge"], "ca"),
        ("C3", "provided", "provided that", ["adopts"], ["sign"], "adv"),
    ],
))


# ---------------------------------------------------------------- 05 Central America: wire report
DOCS.append(dict(
    id="blind17-05-honduras-extradition", title="Honduras extradites two Barrio 18 leaders to the United States",
    published="2026-03-12",
    text=(
        "TEGUCIGALPA, March 12 — Honduras extradited two alleged leaders of the Barrio 18 gang to the United "
        "States on Wednesday, days after the Supreme Court rejected their final appeal, the Security Ministry "
        "said.\n\n"
        "The men, identified as Erick Mejía and Santos Villeda, were flown to Houston aboard a U.S. government "
        "aircraft. They face drug trafficking and murder charges in Texas.\n\n"
        "Security Minister Gabriela Fúnez said Honduras would continue to cooperate with Washington as long as "
        "the extradition treaty remained in force. Last year the government threatened to end the treaty after "
        "Washington criticised the conduct of Honduran elections, but it withdrew the threat in January.\n\n"
        "Human rights groups condemned the transfer, saying the two men had not had access to their lawyers in "
        "the final week. The Centre for the Defence of Detainees (CDD) said it would file a complaint with the "
        "Inter-American Commission on Human Rights unless the government released the case files.\n\n"
        "In neighbouring Guatemala, officials said they were preparing to extradite a third gang figure, "
        "arrested in January, to the United States.\n"
    ),
    actors=[
        ("hnd", "Honduras", "government", "HND", "Honduran government",
         ["Honduras", "Honduras@2", "the government", "it||it withdrew", "the government@2"]),
        ("mej", "Erick Mejía", "person", "HND", "alleged Barrio 18 leader",
         ["two alleged leaders of the Barrio 18 gang", "their", "The men", "Erick Mejía", "They", "the two men",
          "their@2"]),
        ("vil", "Santos Villeda", "person", "HND", "alleged Barrio 18 leader",
         ["two alleged leaders of the Barrio 18 gang", "their", "The men", "Santos Villeda", "They", "the two men",
          "their@2"]),
        ("usa", "United States", "government", "USA", "US government",
         ["the United States", "Washington", "Washington@2", "the United States@2"]),
        ("sc", "Supreme Court of Honduras", "government", "HND", "supreme court", ["the Supreme Court"]),
        ("secmin", "Honduran Security Ministry", "government", "HND", "security ministry", ["the Security Ministry"]),
        ("fun", "Gabriela Fúnez", "person", "HND", "Security Minister", ["Security Minister Gabriela Fúnez"]),
        ("hrg", "human rights groups", "organization", None, "human rights groups", ["Human rights groups"]),
        ("cdd", "Centre for the Defence of Detainees", "organization", "HND", "rights group",
         ["The Centre for the Defence of Detainees", "CDD", "it||it would file"]),
        ("iachr", "Inter-American Commission on Human Rights", "igo", None, None,
         ["the Inter-American Commission on Human Rights"]),
        ("gtm", "Guatemala", "government", "GTM", "Guatemalan government", ["officials", "they||they were preparing"]),
        ("third", "unnamed gang figure", "person", None, "gang figure", ["a third gang figure"]),
    ],
    events=[
        E("extr", "COOPERATE", "extradited", "occurred", a=["hnd"], r=["usa"], ctx=["legal", "crime"],
          time=("Wednesday", "2026-03-11"), rb="secmin", inst="barrio18-extradition"),
        E("rej", "REJECT", "rejected", "occurred", a=["sc"], r=["mej", "vil"], ctx=["legal"], rb="secmin"),
        E("appeal", "REQUEST", "appeal", "occurred", a=["mej", "vil"], r=["sc"], ctx=["legal"], rb="secmin"),
        E("charges", "COERCE", "charges", "ongoing", a=["usa"], r=["mej", "vil"], mode="arrest",
          ctx=["legal", "crime", "illegal_drugs"], loc=("Texas", "Texas", "USA")),
        E("coop", "COOPERATE", "cooperate", "hypothetical", a=["hnd"], r=["usa"], ctx=["legal"], rb="fun"),
        E("force", "OTHER", "remained in force", "hypothetical", rb="fun"),
        E("thr", "THREATEN", "threatened", "occurred", a=["hnd"], r=["usa"], mode="relations",
          ctx=["diplomatic", "legal"], time=("Last year", "2025"), inst="treaty-threat"),
        E("end", "SANCTION", "end", "hypothetical", a=["hnd"], r=["usa"], ctx=["diplomatic", "legal"]),
        E("crit", "ACCUSE", "criticised", "occurred", a=["usa"], r=["hnd"], mode="disapprove", ctx=["election"]),
        E("withdrew", "CONCEDE", "withdrew", "occurred", a=["hnd"], r=["usa"], ctx=["diplomatic"],
          time=("January", "2026-01")),
        E("threat", "THREATEN", "threat", "occurred", a=["hnd"], r=["usa"], mode="relations",
          ctx=["diplomatic", "legal"], inst="treaty-threat"),
        E("cond", "ACCUSE", "condemned", "occurred", a=["hrg"], r=["hnd"], mode="disapprove", ctx=["human_rights"]),
        E("transfer", "COOPERATE", "transfer", "occurred", a=["hnd"], r=["usa"], ctx=["legal", "crime"],
          time=(None, "2026-03-11"), inst="barrio18-extradition"),
        E("complaint", "ACCUSE", "complaint", "hypothetical", a=["cdd"], r=["hnd"], ctx=["human_rights", "legal"],
          rb="cdd"),
        E("released", "CONCEDE", "released", "hypothetical", a=["hnd"], ctx=["legal"], rb="cdd"),
        E("extr2", "COOPERATE", "extradite", "planned", a=["gtm"], r=["usa"], ctx=["legal", "crime"], rb="gtm"),
        E("arrested", "COERCE", "arrested", "occurred", r=["third"], mode="arrest", ctx=["crime"],
          time=("January@2", "2026-01")),
    ],
    stances=[
        ("S1", "usa", ("span", "the conduct of Honduran elections"), "oppose", "criticised"),
        ("S2", "hrg", "transfer", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["force"], ["coop"], "fun"),
        ("C2", "unless", "unless", ["released"], ["complaint"], "cdd"),
    ],
))


# ---------------------------------------------------------------- 06 Horn of Africa: conflict/security
DOCS.append(dict(
    id="blind17-06-balcad-attack", title="Al-Shabaab attack on base near Balcad kills nine soldiers",
    published="2025-07-28",
    text=(
        "Al-Shabaab fighters attacked a military base near the town of Balcad, about 30 km north of Mogadishu, "
        "before dawn on Sunday, killing at least nine Somali soldiers, officials said.\n\n"
        "The militants detonated a car bomb at the gate of the base and then stormed it with gunmen, according "
        "to Captain Abdirahman Warsame, a local army commander. \"We pushed them back after three hours of "
        "fighting,\" he said by telephone. The group claimed responsibility in a statement on its radio "
        "station, Andalus.\n\n"
        "Government forces, backed by troops from the African Union Support and Stabilization Mission in "
        "Somalia (AUSSOM), launched a counter-offensive on Sunday afternoon and retook two villages the "
        "insurgents had seized last week.\n\n"
        "Defence Minister Mahad Osman Yusuf said the army would press on towards the Shabelle river \"unless "
        "the terrorists lay down their weapons\". He also asked Ethiopia and Djibouti, which contribute troops "
        "to the mission, to send helicopters, saying the offensive could stall otherwise.\n\n"
        "Ethiopia's foreign ministry said Addis Ababa was studying the request.\n"
    ),
    actors=[
        ("shab", "al-Shabaab", "group", "SOM", "Islamist armed group",
         ["Al-Shabaab fighters", "The militants", "them", "The group", "the insurgents", "the terrorists", "their"]),
        ("army", "Somali National Army", "government", "SOM", "Somali armed forces",
         ["at least nine Somali soldiers", "We", "Government forces", "the army"]),
        ("war", "Abdirahman Warsame", "person", "SOM", "local army commander",
         ["Captain Abdirahman Warsame, a local army commander", "he||he said"]),
        ("andalus", "Andalus", "media", "SOM", "al-Shabaab radio station", ["its radio station, Andalus"]),
        ("aussom", "AUSSOM", "igo", None, "African Union mission in Somalia",
         ["troops from the African Union Support and Stabilization Mission in Somalia", "AUSSOM", "the mission"]),
        ("def", "Mahad Osman Yusuf", "person", "SOM", "Defence Minister",
         ["Defence Minister Mahad Osman Yusuf", "He"]),
        ("eth", "Ethiopia", "government", "ETH", "Ethiopian government", ["Ethiopia", "Addis Ababa"]),
        ("dji", "Djibouti", "government", "DJI", "Djiboutian government", ["Djibouti"]),
        ("ethmfa", "Ethiopian Ministry of Foreign Affairs", "government", "ETH", "foreign ministry",
         ["Ethiopia's foreign ministry"]),
    ],
    events=[
        E("attack", "ASSAULT", "attacked", "occurred", a=["shab"], r=["army"], ctx=["military"],
          time=("Sunday", "2025-07-27"), loc=("Balcad", "Balcad", "SOM"), inst="balcad-attack"),
        E("kill", "ASSAULT", "killing", "occurred", a=["shab"], r=["army"], ctx=["military"],
          time=(None, "2025-07-27"), loc=(None, "Balcad", "SOM"), inst="balcad-attack"),
        E("bomb", "ASSAULT", "detonated", "occurred", a=["shab"], r=["army"], mode="explosives", ctx=["military"],
          time=(None, "2025-07-27"), loc=(None, "Balcad", "SOM"), rb="war", inst="balcad-attack"),
        E("storm", "ASSAULT", "stormed", "occurred", a=["shab"], r=["army"], mode="firearms", ctx=["military"],
          time=(None, "2025-07-27"), loc=(None, "Balcad", "SOM"), rb="war", inst="balcad-attack"),
        E("pushed", "ASSAULT", "pushed", "occurred", a=["army"], r=["shab"], ctx=["military"],
          time=(None, "2025-07-27"), loc=(None, "Balcad", "SOM"), rb="war", inst="balcad-repulse"),
        E("fight", "ASSAULT", "fighting", "occurred", a=["army", "shab"], ctx=["military"],
          time=(None, "2025-07-27"), loc=(None, "Balcad", "SOM"), rb="war", inst="balcad-attack"),
        E("backed", "AID", "backed", "occurred", a=["aussom"], r=["army"], ctx=["military", "peacekeeping"]),
        E("counter", "ASSAULT", "counter-offensive", "occurred", a=["army"], r=["shab"], ctx=["military"],
          time=("Sunday afternoon", "2025-07-27"), inst="counter-offensive"),
        E("retook", "COERCE", "retook", "occurred", a=["army"], r=["shab"], mode="seize", ctx=["military", "territory"],
          time=(None, "2025-07-27")),
        E("seized", "COERCE", "seized", "occurred", a=["shab"], mode="seize", ctx=["military", "territory"],
          time=("last week", "2025-07")),
        E("press", "ASSAULT", "press on", "hypothetical", a=["army"], r=["shab"], ctx=["military"],
          loc=("the Shabelle river", "Shabelle River", "SOM"), rb="def", inst="counter-offensive"),
        E("lay", "RETREAT", "lay down", "hypothetical", a=["shab"], mode="disarm", ctx=["military"], rb="def"),
        E("asked", "REQUEST", "asked", "occurred", a=["def"], r=["eth", "dji"], mode="assist", ctx=["military"],
          inst="helicopter-request"),
        E("contrib", "AID", "contribute", "ongoing", a=["eth", "dji"], r=["aussom"], ctx=["military", "peacekeeping"]),
        E("send", "AID", "send", "hypothetical", a=["eth", "dji"], r=["army"], ctx=["military"], rb="def"),
        E("offensive", "ASSAULT", "offensive||the offensive could", "ongoing", a=["army"], r=["shab"],
          ctx=["military"], rb="def", inst="counter-offensive"),
        E("stall", "OTHER", "stall", "hypothetical", rb="def"),
        E("request", "REQUEST", "request", "occurred", a=["def"], r=["eth", "dji"], mode="assist", ctx=["military"],
          rb="ethmfa", inst="helicopter-request"),
    ],
    stances=[
        ("S1", "def", "send", "support", "asked"),
        ("S2", "eth", "send", "neutral", "studying"),
    ],
    conds=[
        ("C1", "unless", "unless", ["lay"], ["press"], "def"),
        ("C2", "unless", "otherwise", ["send"], ["stall"], "def"),
    ],
))


# ---------------------------------------------------------------- 07 Southeast Asia maritime: official statement
DOCS.append(dict(
    id="blind17-07-paracel-ramming", title="Vietnam accuses China's coast guard of ramming fishing boat",
    published="2026-04-15",
    text=(
        "Vietnam on Tuesday accused China's coast guard of ramming a Vietnamese fishing boat near the Paracel "
        "Islands and demanded compensation for the crew, in one of the sharpest protests Hanoi has issued this "
        "year.\n\n"
        "\"On April 12, a China Coast Guard vessel rammed and damaged fishing boat QNg 90417 TS while it was "
        "operating in Vietnam's traditional fishing grounds, injuring four fishermen,\" the foreign ministry "
        "said in a statement read by spokeswoman Dao Bich Ngoc.\n\n"
        "\"Vietnam resolutely opposes these acts, which seriously violate Vietnam's sovereignty and "
        "international law. We demand that the Chinese side investigate the incident, compensate the fishermen "
        "and refrain from similar actions. Should such incidents continue, Vietnam reserves the right to take "
        "all appropriate measures in accordance with international law.\"\n\n"
        "Beijing rejected the accusation. China's foreign ministry said the boat had entered Chinese waters "
        "illegally and ignored repeated warnings, and that the coast guard had acted \"professionally\".\n\n"
        "Indonesia and Malaysia, which have their own disputes with Beijing over fishing rights, did not "
        "comment. The Association of Southeast Asian Nations (ASEAN) is due to hold talks with China on a code "
        "of conduct for the South China Sea in Kuala Lumpur next month.\n"
    ),
    actors=[
        ("vnm", "Vietnam", "government", "VNM", "Vietnamese government",
         ["Vietnam", "Hanoi", "Vietnam@3", "Vietnam@4", "We", "Vietnam@5"]),
        ("ccg", "China Coast Guard", "government", "CHN", "Chinese coast guard",
         ["China's coast guard", "a China Coast Guard vessel", "the coast guard"]),
        ("crew", "crew of fishing boat QNg 90417 TS", "group", "VNM", "Vietnamese fishermen",
         ["a Vietnamese fishing boat", "the crew", "fishing boat QNg 90417 TS", "it||it was operating",
          "four fishermen", "the fishermen", "the boat"]),
        ("vnmfa", "Vietnamese Ministry of Foreign Affairs", "government", "VNM", "foreign ministry",
         ["the foreign ministry"]),
        ("ngoc", "Dao Bich Ngoc", "person", "VNM", "foreign ministry spokeswoman", ["spokeswoman Dao Bich Ngoc"]),
        ("chn", "China", "government", "CHN", "Chinese government",
         ["the Chinese side", "Beijing", "Beijing@2", "China@4"]),
        ("chnmfa", "Chinese Ministry of Foreign Affairs", "government", "CHN", "foreign ministry",
         ["China's foreign ministry"]),
        ("idn", "Indonesia", "government", "IDN", "Indonesian government", ["Indonesia", "their"]),
        ("mys", "Malaysia", "government", "MYS", "Malaysian government", ["Malaysia", "their"]),
        ("asean", "ASEAN", "igo", None, None, ["The Association of Southeast Asian Nations", "ASEAN"]),
    ],
    events=[
        E("accused", "ACCUSE", "accused", "occurred", a=["vnm"], r=["ccg"], mode="allege",
          ctx=["diplomatic", "territory"], time=("Tuesday", "2026-04-14"), inst="vn-protest"),
        E("ramming", "ASSAULT", "ramming", "occurred", a=["ccg"], r=["crew"], ctx=["territory"],
          time=(None, "2026-04-12"), loc=("the Paracel Islands", "Paracel Islands", None), rb="vnm",
          inst="qng-ramming"),
        E("demanded", "REQUEST", "demanded", "occurred", a=["vnm"], r=["chn"], ctx=["reparations"],
          time=(None, "2026-04-14"), inst="vn-demand"),
        E("compensation", "AID", "compensation", "desired", a=["chn"], r=["crew"], ctx=["reparations"], rb="vnm",
          inst="compensation"),
        E("protests", "ACCUSE", "protests", "occurred", a=["vnm"], r=["chn"], mode="disapprove",
          ctx=["diplomatic", "territory"], time=(None, "2026-04-14"), inst="vn-protest"),
        E("rammed", "ASSAULT", "rammed", "occurred", a=["ccg"], r=["crew"], ctx=["territory"],
          time=("April 12", "2026-04-12"),
          loc=("Vietnam's traditional fishing grounds", "Paracel Islands", None), rb="vnmfa", inst="qng-ramming"),
        E("injuring", "ASSAULT", "injuring", "occurred", a=["ccg"], r=["crew"], ctx=["territory"],
          time=(None, "2026-04-12"), rb="vnmfa", inst="qng-ramming"),
        E("acts", "ASSAULT", "acts", "occurred", a=["ccg"], r=["crew"], ctx=["territory"],
          time=(None, "2026-04-12"), rb="vnmfa", inst="qng-ramming"),
        E("demand", "REQUEST", "demand", "occurred", a=["vnm"], r=["chn"], ctx=["reparations"], rb="vnmfa",
          inst="vn-demand"),
        E("investigate", "ACCUSE", "investigate", "desired", a=["chn"], mode="investigate", rb="vnmfa"),
        E("incident", "ASSAULT", "incident", "occurred", a=["ccg"], r=["crew"], ctx=["territory"],
          time=(None, "2026-04-12"), rb="vnmfa", inst="qng-ramming"),
        E("compensate", "AID", "compensate", "desired", a=["chn"], r=["crew"], ctx=["reparations"], rb="vnmfa",
          inst="compensation"),
        E("incidents", "ASSAULT", "incidents", "hypothetical", ctx=["territory"], rb="vnmfa"),
        E("reserves", "THREATEN", "reserves the right", "occurred", a=["vnm"], r=["chn"], ctx=["territory"],
          rb="vnmfa"),
        E("measures", "OTHER", "measures", "hypothetical", a=["vnm"], rb="vnmfa"),
        E("rejected", "REJECT", "rejected", "occurred", a=["chn"], r=["vnm"], ctx=["diplomatic"]),
        E("accusation", "ACCUSE", "accusation", "occurred", a=["vnm"], r=["ccg"], ctx=["diplomatic", "territory"],
          inst="vn-protest"),
        E("ignored", "REJECT", "ignored", "occurred", a=["crew"], r=["ccg"], ctx=["territory"], rb="chnmfa"),
        E("warnings", "THREATEN", "warnings", "occurred", a=["ccg"], r=["crew"], ctx=["territory"], rb="chnmfa"),
        E("talks", "CONSULT", "talks", "planned", a=["asean"], r=["chn"], ctx=["diplomatic", "territory"],
          time=("next month", "2026-05"), loc=("Kuala Lumpur", "Kuala Lumpur", "MYS"), inst="coc-talks"),
    ],
    stances=[
        ("S1", "vnm", "acts", "oppose", "opposes"),
        ("S2", "vnm", "compensation", "support", "demanded"),
        ("S3", "vnm", "investigate", "support", "demand"),
        ("S4", "vnm", "compensate", "support", "demand"),
        ("S5", "chn", "accusation", "oppose", "rejected"),
        ("S6", "chnmfa", "ccg", "support", "professionally"),
    ],
    conds=[
        ("C1", "if", "Should", ["incidents"], ["measures"], "vnmfa"),
    ],
))


# ---------------------------------------------------------------- 08 EU institutions: reported speech
DOCS.append(dict(
    id="blind17-08-ep-cohesion-funds", title="MEPs threaten court action over Slovakia cohesion funds",
    published="2025-12-03",
    text=(
        "Members of the European Parliament on Tuesday threatened to take the European Commission to the EU "
        "Court of Justice if it releases 1.8 billion euros in frozen cohesion funds to Slovakia before "
        "Bratislava restores the independence of its anti-corruption prosecutor's office.\n\n"
        "\"The Commission cannot reward a government that dismantles the very institutions that protect EU "
        "money,\" said Dutch Green MEP Femke Wolters, who drafted the resolution. \"If the money flows next "
        "month, we will see them in Luxembourg.\"\n\n"
        "The resolution passed by 402 votes to 188. Commission spokesman Antoine Delmas said the executive "
        "\"takes note\" of the vote but insisted that no decision had been taken. \"The Commission will release "
        "funds only if all milestones are met. That has always been our position,\" he told reporters.\n\n"
        "Slovak Justice Minister Marek Hudec rejected the criticism as \"political theatre\" and accused MEPs "
        "of interfering in national affairs. He said Bratislava had already proposed amendments to the "
        "prosecutor law and was waiting for the Commission's response.\n\n"
        "Several governments, including the Netherlands and Sweden, have backed Parliament's position, "
        "according to two EU diplomats. The issue is expected to come up when EU ministers meet in the General "
        "Affairs Council on December 16.\n"
    ),
    actors=[
        ("ep", "European Parliament", "igo", None, None,
         ["Members of the European Parliament", "we", "MEPs", "Parliament@2"]),
        ("com", "European Commission", "igo", None, None,
         ["the European Commission", "it||it releases", "The Commission", "them", "the executive",
          "The Commission@2", "our", "the Commission"]),
        ("cjeu", "Court of Justice of the European Union", "igo", None, None, ["the EU Court of Justice"]),
        ("svk", "Slovakia", "government", "SVK", "Slovak government",
         ["Slovakia", "Bratislava", "its||its anti-corruption", "a government", "Bratislava@2"]),
        ("wol", "Femke Wolters", "person", "NLD", "Member of the European Parliament (Greens)",
         ["Dutch Green MEP Femke Wolters"]),
        ("delm", "Antoine Delmas", "person", None, "European Commission spokesman",
         ["Commission spokesman Antoine Delmas", "he||he told"]),
        ("hud", "Marek Hudec", "person", "SVK", "Slovak Justice Minister",
         ["Slovak Justice Minister Marek Hudec", "He"]),
        ("govs", "several EU member-state governments", "government", None, "EU member states",
         ["Several governments"]),
        ("nld", "Netherlands", "government", "NLD", "Dutch government", ["the Netherlands"]),
        ("swe", "Sweden", "government", "SWE", "Swedish government", ["Sweden"]),
        ("council", "Council of the European Union", "igo", None, "General Affairs Council",
         ["EU ministers", "the General Affairs Council"]),
    ],
    events=[
        E("threat", "THREATEN", "threatened", "occurred", a=["ep"], r=["com"], ctx=["legal", "corruption"],
          time=("Tuesday", "2025-12-02"), inst="ep-threat"),
        E("take", "ACCUSE", "take", "hypothetical", a=["ep"], r=["com"], ctx=["legal"], inst="ep-lawsuit"),
        E("releases", "AID", "releases", "hypothetical", a=["com"], r=["svk"], ctx=["economic", "corruption"],
          inst="funds-release"),
        E("restores", "CONCEDE", "restores", "hypothetical", a=["svk"], ctx=["corruption", "legal"]),
        E("reward", "AID", "reward", "hypothetical", a=["com"], r=["svk"], ctx=["economic", "corruption"], rb="wol",
          inst="funds-release"),
        E("flows", "AID", "flows", "hypothetical", a=["com"], r=["svk"], ctx=["economic", "corruption"],
          time=("next month", "2026-01"), rb="wol", inst="funds-release"),
        E("see", "ACCUSE", "see", "hypothetical", a=["ep"], r=["com"], ctx=["legal"],
          loc=("Luxembourg", "Luxembourg", "LUX"), rb="wol", inst="ep-lawsuit"),
        E("passed", "SUPPORT", "passed", "occurred", a=["ep"], ctx=["legislative"], time=(None, "2025-12-02"),
          inst="ep-resolution-vote"),
        E("vote", "SUPPORT", "vote", "occurred", a=["ep"], ctx=["legislative"], time=(None, "2025-12-02"),
          rb="delm", inst="ep-resolution-vote"),
        E("release", "AID", "release", "hypothetical", a=["com"], r=["svk"], ctx=["economic", "corruption"],
          rb="delm", inst="funds-release"),
        E("met", "OTHER", "met", "hypothetical", rb="delm"),
        E("rejected", "REJECT", "rejected", "occurred", a=["hud"], r=["ep"]),
        E("criticism", "ACCUSE", "criticism", "occurred", a=["ep"], r=["svk"], mode="disapprove",
          ctx=["corruption"]),
        E("accused", "ACCUSE", "accused", "occurred", a=["hud"], r=["ep"], mode="allege"),
        E("proposed", "AGREE", "proposed", "occurred", a=["svk"], r=["com"], ctx=["legal", "corruption"], rb="hud"),
        E("amendments", "CONCEDE", "amendments", "desired", a=["svk"], r=["com"], ctx=["legal", "corruption"],
          rb="hud"),
        E("backed", "SUPPORT", "backed", "occurred", a=["govs", "nld", "swe"], r=["ep"]),
        E("meet", "CONSULT", "meet", "planned", a=["council"], mode="multilateral", ctx=["diplomatic"],
          time=("December 16", "2025-12-16")),
    ],
    stances=[
        ("S1", "wol", "reward", "oppose", "cannot"),
        ("S2", "com", "vote", "neutral", "takes note"),
        ("S3", "hud", "criticism", "oppose", "rejected"),
        ("S4", "svk", ("span", "the Commission's response"), "support", "waiting for"),
        ("S5", "govs", ("span", "Parliament's position"), "support", "backed"),
        ("S6", "nld", ("span", "Parliament's position"), "support", "backed"),
        ("S7", "swe", ("span", "Parliament's position"), "support", "backed"),
    ],
    conds=[
        ("C1", "if", "if||if it releases", ["releases"], ["take"], "ep"),
        ("C2", "if", "If", ["flows"], ["see"], "wol"),
        ("C3", "only_if", "only if", ["met"], ["release"], "delm"),
    ],
))


# ---------------------------------------------------------------- 09 Pacific islands: Q&A interview
DOCS.append(dict(
    id="blind17-09-vanuatu-interview", title="Interview: Vanuatu foreign minister on the Australian security pact",
    published="2026-05-20",
    text=(
        "In an interview with the Pacific Islands News Service (PINS), Vanuatu's Foreign Minister Lency "
        "Tarimasi discussed the proposed security pact with Australia and a Chinese offer of police training.\n\n"
        "Q: Canberra says the pact is ready for signature. Why has Port Vila not signed it?\n\n"
        "A: We are not against Australia. Australia is our closest partner and we welcome its help after the "
        "cyclones. But two clauses would limit our right to work with other countries on policing. We will not "
        "sign unless those clauses are changed.\n\n"
        "Q: Beijing has offered to expand its police training here. Will you accept?\n\n"
        "A: We have not received a formal proposal. If China sends one, cabinet will look at it like any other "
        "offer. Vanuatu does not take sides.\n\n"
        "Q: The opposition says you are delaying the deal to win more aid.\n\n"
        "A: That is nonsense. I met the Australian high commissioner on Monday and we agreed to continue the "
        "talks in June. If both sides are serious, we can sign this year.\n"
    ),
    actors=[
        ("pins", "Pacific Islands News Service", "media", None, None,
         ["the Pacific Islands News Service", "PINS"]),
        ("tar", "Lency Tarimasi", "person", "VUT", "Foreign Minister of Vanuatu",
         ["Vanuatu's Foreign Minister Lency Tarimasi", "I", "we@2"]),
        ("aus", "Australia", "government", "AUS", "Australian government",
         ["Australia", "Canberra", "Australia@2", "Australia@3", "its||its help", "both sides", "we@3"]),
        ("chn", "China", "government", "CHN", "Chinese government", ["Beijing", "its||its police", "China"]),
        ("vut", "Vanuatu", "government", "VUT", "Vanuatu government",
         ["Port Vila", "We", "our", "we", "our@2", "We@2", "you", "We@3", "cabinet", "Vanuatu@2", "you@2",
          "we@3"]),
        ("opp", "Vanuatu opposition", "organization", "VUT", "parliamentary opposition", ["The opposition"]),
        ("hc", "Australian High Commissioner to Vanuatu", "person", "AUS", "Australian High Commissioner",
         ["the Australian high commissioner", "we@2"]),
    ],
    events=[
        E("offer", "AGREE", "offer", "occurred", a=["chn"], r=["vut"], inst="china-police-offer"),
        E("training", "AID", "training", "desired", a=["chn"], r=["vut"], inst="china-police-training"),
        E("signature", "SUPPORT", "signature", "desired", a=["aus", "vut"], ctx=["diplomatic"], rb="aus",
          inst="pact-signing"),
        E("signed", "SUPPORT", "signed", "negated", a=["vut"], r=["aus"], ctx=["diplomatic"], inst="pact-signing"),
        E("welcome", "SUPPORT", "welcome", "occurred", a=["vut"], r=["aus"], rb="tar"),
        E("help", "AID", "help", "occurred", a=["aus"], r=["vut"], ctx=["disasters"], rb="tar"),
        E("sign", "SUPPORT", "sign", "hypothetical", a=["vut"], r=["aus"], ctx=["diplomatic"], rb="tar",
          inst="pact-signing"),
        E("changed", "CONCEDE", "changed", "hypothetical", ctx=["diplomatic"], rb="tar"),
        E("offered", "AGREE", "offered", "occurred", a=["chn"], r=["vut"], inst="china-police-offer"),
        E("expand", "AID", "expand", "desired", a=["chn"], r=["vut"], inst="china-police-training"),
        E("accept", "AGREE", "accept", "hypothetical", a=["vut"], r=["chn"]),
        E("proposal", "AGREE", "proposal", "negated", a=["chn"], r=["vut"], rb="tar", inst="china-formal-proposal"),
        E("sends", "AGREE", "sends", "hypothetical", a=["chn"], r=["vut"], rb="tar", inst="china-formal-proposal"),
        E("look", "OTHER", "look at", "hypothetical", a=["vut"], rb="tar"),
        E("aid", "AID", "aid", "desired", a=["aus"], r=["vut"], ctx=["economic"], rb="opp"),
        E("met", "CONSULT", "met", "occurred", a=["tar"], r=["hc"], ctx=["diplomatic"],
          time=("Monday", "2026-05-18"), rb="tar"),
        E("agreed", "AGREE", "agreed", "occurred", a=["tar", "hc"], ctx=["diplomatic"], rb="tar"),
        E("talks", "CONSULT", "talks", "planned", a=["vut", "aus"], ctx=["diplomatic"], time=("June", "2026-06"),
          rb="tar", inst="pact-talks"),
        E("serious", "OTHER", "serious", "hypothetical", a=["vut", "aus"], rb="tar"),
        E("sign2", "SUPPORT", "sign@2", "hypothetical", a=["vut", "aus"], ctx=["diplomatic"],
          time=("this year", "2026"), rb="tar", inst="pact-signing"),
    ],
    stances=[
        ("S1", "aus", "signature", "support", "ready"),
        ("S2", "vut", "aus", "support", "closest partner"),
        ("S3", "vut", "help", "support", "welcome"),
        ("S4", "vut", "accept", "neutral", "like any other offer"),
        ("S5", "tar", ("span", "you are delaying the deal to win more aid"), "oppose", "nonsense"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["changed"], ["sign"], "tar"),
        ("C2", "if", "If", ["sends"], ["look"], "tar"),
        ("C3", "if", "If@2", ["serious"], ["sign2"], "tar"),
    ],
))


# ---------------------------------------------------------------- 10 Andean countries: analysis
DOCS.append(dict(
    id="blind17-10-colombia-eln-analysis", title="Analysis: Colombia's fragile bargain with the ELN",
    published="2026-11-18",
    text=(
        "ANALYSIS — Colombia's latest attempt to revive peace talks with the National Liberation Army (ELN) "
        "rests on a fragile bargain. The government of President Mauricio Arenas, who took office in August, "
        "has offered to suspend military operations in Arauca if the rebels release the roughly 30 hostages "
        "they still hold and halt attacks on the Caño Limón oil pipeline. The ELN's central command has so far "
        "refused to free anyone before a bilateral ceasefire is signed.\n\n"
        "Both sides have reasons to move. Arenas cannot afford another year of bombings in the oil-producing "
        "east, while the guerrillas have lost ground to dissident factions of the former FARC since the last "
        "round of negotiations collapsed in 2025. Norway and Cuba, the guarantor countries, have urged a return "
        "to the table and offered to host a first session in Havana.\n\n"
        "But the army remains sceptical. Its commander, General Camilo Rueda, told lawmakers last month that "
        "the rebels had used previous ceasefires to rearm, and warned that troops would resume offensive "
        "operations within days if a single soldier were kidnapped. Unless Bogotá and the ELN agree on "
        "verification mechanisms, analysts say, any truce is likely to collapse within months.\n"
    ),
    actors=[
        ("col", "Colombia", "government", "COL", "Colombian government",
         ["Colombia", "The government of President Mauricio Arenas", "Both sides", "Bogotá"]),
        ("eln", "National Liberation Army (ELN)", "group", "COL", "guerrilla group",
         ["the National Liberation Army", "ELN", "the rebels", "they||they still hold", "The ELN's central command",
          "Both sides", "the guerrillas", "the rebels@2", "the ELN"]),
        ("are", "Mauricio Arenas", "person", "COL", "President of Colombia",
         ["President Mauricio Arenas", "Arenas@2"]),
        ("hostages", "hostages held by the ELN", "group", "COL", "hostages", ["the roughly 30 hostages", "anyone"]),
        ("diss", "FARC dissident factions", "group", "COL", "armed groups",
         ["dissident factions of the former FARC"]),
        ("nor", "Norway", "government", "NOR", "guarantor country", ["Norway and Cuba, the guarantor countries"]),
        ("cub", "Cuba", "government", "CUB", "guarantor country", ["Norway and Cuba, the guarantor countries"]),
        ("army", "Colombian army", "government", "COL", "Colombian armed forces",
         ["the army", "troops", "a single soldier"]),
        ("rue", "Camilo Rueda", "person", "COL", "army commander", ["Its commander, General Camilo Rueda"]),
        ("congress", "Congress of Colombia", "government", "COL", "Colombian legislature", ["lawmakers"]),
    ],
    events=[
        E("talks", "CONSULT", "peace talks", "desired", a=["col", "eln"], ctx=["military", "diplomatic"],
          inst="eln-talks"),
        E("offered", "AGREE", "offered", "occurred", a=["col"], r=["eln"], ctx=["military"]),
        E("suspend", "RETREAT", "suspend", "hypothetical", a=["col"], r=["eln"], mode="ceasefire", ctx=["military"],
          loc=("Arauca", "Arauca", "COL")),
        E("release", "RETREAT", "release", "hypothetical", a=["eln"], r=["hostages"], mode="release",
          ctx=["military"], inst="hostage-release"),
        E("hold", "ASSAULT", "hold", "ongoing", a=["eln"], r=["hostages"], mode="abduct", ctx=["military"]),
        E("halt", "RETREAT", "halt", "hypothetical", a=["eln"], r=["col"], mode="ceasefire",
          ctx=["military", "natural_resource"]),
        E("attacks", "ASSAULT", "attacks", "ongoing", a=["eln"], r=["col"], ctx=["military", "natural_resource"]),
        E("refused", "REJECT", "refused", "occurred", a=["eln"], r=["col"], mode="yield", ctx=["military"]),
        E("free", "RETREAT", "free", "negated", a=["eln"], r=["hostages"], mode="release", ctx=["military"],
          inst="hostage-release"),
        E("signed", "SUPPORT", "signed", "desired", a=["col", "eln"], ctx=["military"], inst="bilateral-ceasefire"),
        E("bombings", "ASSAULT", "bombings", "hypothetical", a=["eln"], r=["col"], mode="explosives",
          ctx=["military"]),
        E("negotiations", "CONSULT", "negotiations", "occurred", a=["col", "eln"], ctx=["military", "diplomatic"],
          time=(None, "2025"), inst="eln-talks-2025"),
        E("collapsed", "SANCTION", "collapsed", "occurred", a=["col", "eln"], ctx=["diplomatic"],
          time=("2025", "2025")),
        E("urged", "REQUEST", "urged", "occurred", a=["nor", "cub"], r=["col", "eln"], mode="meet",
          ctx=["diplomatic"]),
        E("return", "CONSULT", "return", "desired", a=["col", "eln"], ctx=["military", "diplomatic"], inst="eln-talks"),
        E("offered2", "AGREE", "offered@2", "occurred", a=["nor", "cub"], r=["col", "eln"], ctx=["diplomatic"]),
        E("session", "CONSULT", "session", "desired", a=["col", "eln"], mode="third-party",
          ctx=["military", "diplomatic"], loc=("Havana", "Havana", "CUB"), inst="eln-talks"),
        E("ceasefires", "RETREAT", "ceasefires", "occurred", a=["col", "eln"], mode="ceasefire", ctx=["military"],
          rb="rue"),
        E("rearm", "MOBILIZE", "rearm", "occurred", a=["eln"], mode="weapons", ctx=["military"], rb="rue"),
        E("warned", "THREATEN", "warned", "occurred", a=["rue"], r=["eln"], mode="violence", ctx=["military"],
          time=("last month", "2026-10")),
        E("offensive", "ASSAULT", "offensive operations", "hypothetical", a=["army"], r=["eln"], ctx=["military"],
          time=("within days", None), rb="rue"),
        E("kidnapped", "ASSAULT", "kidnapped", "hypothetical", a=["eln"], r=["army"], mode="abduct",
          ctx=["military"], rb="rue"),
        E("agree", "SUPPORT", "agree", "hypothetical", a=["col", "eln"], ctx=["military"]),
        E("truce", "RETREAT", "truce", "hypothetical", a=["col", "eln"], mode="ceasefire", ctx=["military"]),
        E("collapse", "OTHER", "collapse", "hypothetical"),
    ],
    stances=[
        ("S1", "col", "talks", "support", "attempt"),
        ("S2", "eln", "free", "oppose", "refused"),
        ("S3", "are", "bombings", "oppose", "cannot afford"),
        ("S4", "nor", "return", "support", "urged"),
        ("S5", "cub", "return", "support", "urged"),
        ("S6", "army", "talks", "oppose", "sceptical"),
    ],
    conds=[
        ("C1", "if", "if", ["release", "halt"], ["suspend"], "col"),
        ("C2", "if", "if@2", ["kidnapped"], ["offensive"], "rue"),
        ("C3", "unless", "Unless", ["agree"], ["collapse"], None),
    ],
))
