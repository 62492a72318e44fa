"""Passages and gold annotations of blind15 (read by _build.py).

Local ids: actors start with "A", events with "E" (the builder renumbers both in order of first
appearance). Span specs: "words" = first word-bounded occurrence, "words@n" = n-th occurrence.
"""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# ---------------------------------------------------------------- 01 Philippines, impeachment (AFP wire)
DOCS.append(dict(
    id="blind15-01-philippines-ombudsman-impeachment",
    title="Philippine House impeaches ombudsman, Senate trial hinges on prosecution brief",
    published="2025-10-08",
    text=(
        "MANILA (AFP) - The Philippine House of Representatives voted on Tuesday to impeach Ombudsman "
        "Teresita Abad, sending the case against the country's anti-graft chief to the Senate for trial.\n\n"
        "Lawmakers approved the articles of impeachment by 201 votes to 57 after a six-hour debate. They "
        "accused Abad of negligence and of lying about her assets.\n\n"
        "Abad, 61, condemned the vote as a political vendetta and said she had no intention of resigning. "
        "\"I have done nothing wrong, and I intend to prove it before the Senate,\" she told reporters "
        "outside her office in Quezon City.\n\n"
        "Senate President Lorenzo Dimaculangan said the trial would open on October 20 provided that the "
        "prosecution panel files its formal brief by Friday. He warned that senators would dismiss the case "
        "outright if the prosecutors missed that deadline.\n\n"
        "The opposition Akbayan party welcomed the vote but criticised the presidential palace for months of "
        "silence. Presidential spokeswoman Carla Ignacio said President Ramon Villacorta respected the "
        "independence of Congress and would not comment on the trial.\n\n"
        "A two-thirds majority of the 24-member Senate is needed to convict Abad and remove her from office.\n"
    ),
    actors=[
        ("Aafp", "Agence France-Presse", "media", "FRA", "news agency", ["AFP"]),
        ("Ahouse", "House of Representatives of the Philippines", "government", "PHL", "lower house of Congress",
         ["The Philippine House of Representatives", "Lawmakers", "They"]),
        ("Aabad", "Teresita Abad", "person", "PHL", "Ombudsman of the Philippines",
         ["Ombudsman Teresita Abad", "the country's anti-graft chief", "Abad@2", "her", "Abad@3", "she",
          "I", "I@2", "she@2", "her@2", "Abad@4", "her@3"]),
        ("Asenate", "Senate of the Philippines", "government", "PHL", "upper house of Congress, impeachment court",
         ["the Senate", "the Senate@2", "senators", "the 24-member Senate"]),
        ("Adima", "Lorenzo Dimaculangan", "person", "PHL", "Senate President", ["Senate President Lorenzo Dimaculangan", "He"]),
        ("Apanel", "House prosecution panel", "government", "PHL", "House impeachment prosecutors",
         ["the prosecution panel", "its", "the prosecutors"]),
        ("Aakb", "Akbayan", "organization", "PHL", "opposition party", ["The opposition Akbayan party"]),
        ("Apal", "Philippines", "government", "PHL", "Philippine government (presidential palace)",
         ["the presidential palace"]),
        ("Aign", "Carla Ignacio", "person", "PHL", "presidential spokeswoman", ["Presidential spokeswoman Carla Ignacio"]),
        ("Avil", "Ramon Villacorta", "person", "PHL", "President of the Philippines", ["President Ramon Villacorta"]),
        ("Acong", "Congress of the Philippines", "government", "PHL", "legislature", ["Congress"]),
    ],
    events=[
        E("Eimp", "ACCUSE", "impeach", "occurred", a=["Ahouse"], r=["Aabad"], ctx=["legislative", "corruption"],
          time=("Tuesday", "2025-10-07"), inst="abad-impeachment"),
        E("Etr1", "ACCUSE", "trial", "planned", a=["Asenate"], r=["Aabad"], ctx=["legislative", "legal"],
          inst="abad-senate-trial"),
        E("Eapp", "ACCUSE", "approved", "occurred", a=["Ahouse"], r=["Aabad"], ctx=["legislative", "corruption"],
          time=(None, "2025-10-07"), inst="abad-impeachment"),
        E("Eacc", "ACCUSE", "accused", "occurred", mode="allege", a=["Ahouse"], r=["Aabad"],
          ctx=["legislative", "corruption"], time=(None, "2025-10-07"), inst="abad-impeachment"),
        E("Econ", "ACCUSE", "condemned", "occurred", mode="disapprove", a=["Aabad"], r=["Ahouse"], ctx=["legislative"]),
        E("Evo1", "ACCUSE", "vote", "occurred", a=["Ahouse"], r=["Aabad"], ctx=["legislative"],
          time=(None, "2025-10-07"), inst="abad-impeachment"),
        E("Eres", "RETREAT", "resigning", "hypothetical", mode="resign", a=["Aabad"], ctx=["executive"], rb="Aabad"),
        E("Etr2", "ACCUSE", "trial@2", "hypothetical", a=["Asenate"], r=["Aabad"], ctx=["legislative", "legal"],
          time=("October 20", "2025-10-20"), rb="Adima", inst="abad-senate-trial"),
        E("Efil", "ACCUSE", "files", "hypothetical", a=["Apanel"], r=["Aabad"], ctx=["legislative", "legal"],
          time=("Friday", "2025-10-10"), rb="Adima"),
        E("Ewar", "THREATEN", "warned", "occurred", a=["Adima"], r=["Apanel"], ctx=["legislative"]),
        E("Edis", "REJECT", "dismiss", "hypothetical", a=["Asenate"], r=["Apanel"], ctx=["legislative", "legal"],
          rb="Adima"),
        E("Emis", "OTHER", "missed", "hypothetical", a=["Apanel"], rb="Adima"),
        E("Ewel", "SUPPORT", "welcomed", "occurred", a=["Aakb"], r=["Ahouse"], ctx=["legislative"]),
        E("Evo2", "ACCUSE", "vote@2", "occurred", a=["Ahouse"], r=["Aabad"], ctx=["legislative"],
          time=(None, "2025-10-07"), inst="abad-impeachment"),
        E("Ecri", "ACCUSE", "criticised", "occurred", mode="disapprove", a=["Aakb"], r=["Apal"], ctx=["executive"]),
        E("Etr3", "ACCUSE", "trial@3", "planned", a=["Asenate"], r=["Aabad"], ctx=["legislative", "legal"],
          rb="Aign", inst="abad-senate-trial"),
        E("Ecvt", "SANCTION", "convict", "hypothetical", mode="convict", a=["Asenate"], r=["Aabad"],
          ctx=["legislative", "legal"]),
        E("Erem", "SANCTION", "remove", "hypothetical", a=["Asenate"], r=["Aabad"], ctx=["legislative"]),
    ],
    stances=[
        ("S1", "Aabad", "Evo1", "oppose", "condemned"),
        ("S2", "Aabad", "Eres", "oppose", "no intention"),
        ("S3", "Aakb", "Evo2", "support", "welcomed"),
        ("S4", "Aakb", "Apal", "oppose", "criticised"),
        ("S5", "Avil", "Acong", "support", "respected"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["Efil"], ["Etr2"], "Adima"),
        ("C2", "if", "if", ["Emis"], ["Edis"], "Adima"),
    ],
))

# ---------------------------------------------------------------- 02 Ecuador, IMF talks (ministry statement + rival)
DOCS.append(dict(
    id="blind15-02-ecuador-imf-statement",
    title="Ecuador says IMF talks resume next month; opposition threatens impeachment",
    published="2025-06-12",
    text=(
        "QUITO (Reuters) - Ecuador's economy ministry said on Wednesday that talks with the International "
        "Monetary Fund (IMF) on a new $2 billion credit line would resume next month in Washington, adding "
        "that Quito would not ask the Fund to waive the fiscal targets.\n\n"
        "In a written statement, the ministry said Ecuador had met every quarterly target of its current "
        "programme and hoped to reach a staff-level agreement by August. It expects the Fund to approve a "
        "further disbursement \"as long as the fuel subsidy reform stays on track,\" the statement said. "
        "Finance Minister Julio Cárdenas spoke by phone with IMF mission chief Ana Lucía Ferrer on Tuesday, "
        "it added.\n\n"
        "The opposition Citizen Revolution movement dismissed the statement within hours. Its parliamentary "
        "leader, Marcela Ortiz, accused the government of secretly negotiating pension cuts with the Fund and "
        "said her bloc would summon Cárdenas to the National Assembly.\n\n"
        "\"We oppose any agreement that makes pensioners pay. If the minister signs anything behind the backs "
        "of Ecuadorians, we will start impeachment proceedings against him,\" Ortiz said.\n\n"
        "The Central Bank of Ecuador (BCE) declined to comment. Ecuador, which uses the US dollar as its "
        "currency, relies on IMF loans to cover a budget gap estimated at 4 percent of output.\n"
    ),
    actors=[
        ("Arts", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("Aecu", "Ecuador", "government", "ECU", "Ecuadorian government (Ministry of Economy and Finance)",
         ["Ecuador's economy ministry", "Quito", "the ministry", "Ecuador@2", "its", "It", "it",
          "the government", "Ecuador@4", "its@2"]),
        ("Aimf", "International Monetary Fund", "igo", None, None,
         ["the International Monetary Fund", "IMF", "the Fund", "the Fund@2", "the Fund@3", "IMF@3"]),
        ("Acar", "Julio Cárdenas", "person", "ECU", "Finance Minister of Ecuador",
         ["Finance Minister Julio Cárdenas", "Cárdenas@2", "the minister", "him"]),
        ("Afer", "Ana Lucía Ferrer", "person", None, "IMF mission chief for Ecuador",
         ["IMF mission chief Ana Lucía Ferrer"]),
        ("Arc", "Citizen Revolution", "organization", "ECU", "opposition movement",
         ["The opposition Citizen Revolution movement", "her bloc", "We", "we"]),
        ("Aort", "Marcela Ortiz", "person", "ECU", "parliamentary leader of Citizen Revolution",
         ["Its parliamentary leader, Marcela Ortiz", "Ortiz@2"]),
        ("Abce", "Central Bank of Ecuador", "government", "ECU", "central bank",
         ["The Central Bank of Ecuador", "BCE"]),
    ],
    events=[
        E("Etal", "CONSULT", "talks", "planned", a=["Aecu", "Aimf"], ctx=["economic"], time=("next month", "2025-07"),
          loc=("Washington", "Washington, D.C.", "USA"), rb="Aecu", inst="ecuador-imf-talks"),
        E("Eask", "REQUEST", "ask", "negated", a=["Aecu"], r=["Aimf"], ctx=["economic"], rb="Aecu"),
        E("Ewai", "CONCEDE", "waive", "hypothetical", a=["Aimf"], r=["Aecu"], ctx=["economic"], rb="Aecu"),
        E("Emet", "CONCEDE", "met", "occurred", a=["Aecu"], r=["Aimf"], ctx=["economic"], rb="Aecu"),
        E("Eprg", "AID", "programme", "ongoing", a=["Aimf"], r=["Aecu"], ctx=["economic"], rb="Aecu"),
        E("Eag1", "SUPPORT", "agreement", "desired", a=["Aecu", "Aimf"], ctx=["economic"], time=("August", "2025-08"),
          rb="Aecu", inst="staff-level-agreement"),
        E("Edsb", "AID", "disbursement", "hypothetical", a=["Aimf"], r=["Aecu"], ctx=["economic"], rb="Aecu"),
        E("Etrk", "OTHER", "stays on track", "hypothetical", a=["Aecu"], ctx=["economic"], rb="Aecu"),
        E("Ephn", "CONSULT", "spoke", "occurred", mode="phone", a=["Acar"], r=["Afer"], ctx=["economic"],
          time=("Tuesday", "2025-06-10"), rb="Aecu"),
        E("Edsm", "REJECT", "dismissed", "occurred", a=["Arc"], r=["Aecu"], ctx=["economic"]),
        E("Eacc", "ACCUSE", "accused", "occurred", mode="allege", a=["Aort"], r=["Aecu"], ctx=["economic"]),
        E("Eneg", "CONSULT", "negotiating", "ongoing", a=["Aecu", "Aimf"], ctx=["economic"], rb="Aort"),
        E("Esum", "REQUEST", "summon", "planned", mode="meet", a=["Arc"], r=["Acar"], ctx=["legislative", "economic"],
          loc=("the National Assembly", "National Assembly, Quito", "ECU"), rb="Aort"),
        E("Eag2", "SUPPORT", "agreement@2", "hypothetical", a=["Aecu", "Aimf"], ctx=["economic"], rb="Aort"),
        E("Esig", "SUPPORT", "signs", "hypothetical", a=["Acar"], ctx=["economic"], rb="Aort"),
        E("Eimp", "ACCUSE", "impeachment", "hypothetical", a=["Arc"], r=["Acar"], ctx=["legislative"], rb="Aort"),
        E("Eloa", "AID", "loans", "ongoing", a=["Aimf"], r=["Aecu"], ctx=["economic"]),
    ],
    stances=[
        ("S1", "Aecu", "Eag1", "support", "hoped"),
        ("S2", "Arc", ("span", "the statement"), "oppose", "dismissed"),
        ("S3", "Arc", "Eag2", "oppose", "oppose"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["Etrk"], ["Edsb"], "Aecu"),
        ("C2", "if", "If", ["Esig"], ["Eimp"], "Aort"),
    ],
))

# ---------------------------------------------------------------- 03 Argentina / Chile, tariffs (EFE wire)
DOCS.append(dict(
    id="blind15-03-argentina-chile-salmon-tariff",
    title="Argentina threatens tariff on Chilean salmon and wine over beef curbs",
    published="2025-11-20",
    text=(
        "BUENOS AIRES, Nov 20 (EFE) - Argentina will impose a 25 percent tariff on Chilean salmon and wine "
        "from December 1 unless Santiago lifts the sanitary restrictions it placed on Argentine beef in "
        "September, the Ministry of Economy announced on Thursday.\n\n"
        "The measure was signed by Economy Minister Patricio Lanusse, who told reporters that his government "
        "had \"exhausted the technical channels\" after three rounds of talks with Chilean inspectors.\n\n"
        "Chile's Foreign Ministry denounced the decision as disproportionate and said the country would take "
        "the case to the World Trade Organization (WTO) in case the tariffs entered into force. Chilean "
        "Agriculture Minister Soledad Fuenzalida said the beef controls followed an outbreak of "
        "foot-and-mouth disease in Salta province and would be lifted only if new tests ruled out any risk.\n\n"
        "Both governments said they remained committed to the Mercosur association agreement, which has "
        "governed trade between the two neighbours since 1996.\n\n"
        "Argentine cattle ranchers welcomed the tariff, while Chile's salmon industry association, "
        "SalmonChile, warned that exports worth about 300 million dollars a year were at risk. The two "
        "ministers are due to meet in Mendoza next Tuesday, EFE learned from diplomatic sources.\n"
    ),
    actors=[
        ("Aefe", "EFE", "media", "ESP", "news agency", ["EFE", "EFE@2"]),
        ("Aarg", "Argentina", "government", "ARG", "Argentine government (Ministry of Economy)",
         ["Argentina", "the Ministry of Economy", "his government", "Both governments", "they",
          "the two neighbours"]),
        ("Achl", "Chile", "government", "CHL", "Chilean government",
         ["Santiago", "it", "Chilean inspectors", "Chile's Foreign Ministry", "the country", "Both governments",
          "they", "the two neighbours"]),
        ("Alan", "Patricio Lanusse", "person", "ARG", "Economy Minister of Argentina",
         ["Economy Minister Patricio Lanusse", "The two ministers"]),
        ("Awto", "World Trade Organization", "igo", None, None, ["the World Trade Organization", "WTO"]),
        ("Afue", "Soledad Fuenzalida", "person", "CHL", "Agriculture Minister of Chile",
         ["Chilean Agriculture Minister Soledad Fuenzalida", "The two ministers"]),
        ("Aran", "Argentine cattle ranchers", "group", "ARG", None, ["Argentine cattle ranchers"]),
        ("Asal", "SalmonChile", "organization", "CHL", "salmon industry association",
         ["Chile's salmon industry association, SalmonChile"]),
        ("Asrc", "diplomatic sources", "other", None, "unnamed diplomatic sources", ["diplomatic sources"]),
    ],
    events=[
        E("Etar", "SANCTION", "tariff", "hypothetical", a=["Aarg"], r=["Achl"], ctx=["economic"],
          time=("December 1", "2025-12-01"), rb="Aarg", inst="salmon-wine-tariff"),
        E("Elif", "RETREAT", "lifts", "hypothetical", a=["Achl"], r=["Aarg"], ctx=["economic", "health"], rb="Aarg",
          inst="beef-curbs-lift"),
        E("Ers", "SANCTION", "restrictions", "occurred", a=["Achl"], r=["Aarg"], ctx=["economic", "health"],
          time=("September", "2025-09"), rb="Aarg", inst="beef-curbs"),
        E("Esig", "SANCTION", "signed", "occurred", a=["Alan"], r=["Achl"], ctx=["economic"], inst="salmon-wine-tariff"),
        E("Etlk", "CONSULT", "talks", "occurred", a=["Aarg", "Achl"], ctx=["economic", "health"], rb="Alan"),
        E("Eden", "ACCUSE", "denounced", "occurred", mode="disapprove", a=["Achl"], r=["Aarg"], ctx=["economic"]),
        E("Edec", "SANCTION", "decision", "occurred", a=["Aarg"], r=["Achl"], ctx=["economic"], inst="salmon-wine-tariff"),
        E("Etak", "ACCUSE", "take", "hypothetical", a=["Achl"], r=["Aarg"], ctx=["economic", "legal"], rb="Achl"),
        E("Etrs", "SANCTION", "tariffs", "hypothetical", a=["Aarg"], r=["Achl"], ctx=["economic"], rb="Achl",
          inst="salmon-wine-tariff"),
        E("Ectl", "SANCTION", "controls", "ongoing", a=["Achl"], r=["Aarg"], ctx=["economic", "health"], rb="Afue",
          inst="beef-curbs"),
        E("Eltd", "RETREAT", "lifted", "hypothetical", a=["Achl"], r=["Aarg"], ctx=["economic", "health"], rb="Afue",
          inst="beef-curbs-lift"),
        E("Erul", "OTHER", "ruled out", "hypothetical", ctx=["health"], rb="Afue"),
        E("Ewel", "SUPPORT", "welcomed", "occurred", a=["Aran"], r=["Aarg"], ctx=["economic"]),
        E("Eta2", "SANCTION", "tariff@2", "planned", a=["Aarg"], r=["Achl"], ctx=["economic"], inst="salmon-wine-tariff"),
        E("Emet", "CONSULT", "meet", "planned", a=["Alan", "Afue"], ctx=["economic"],
          time=("next Tuesday", "2025-11-25"), loc=("Mendoza", "Mendoza", "ARG"), rb="Asrc"),
    ],
    stances=[
        ("S1", "Achl", "Edec", "oppose", "denounced"),
        ("S2", "Aarg", ("span", "the Mercosur association agreement"), "support", "committed"),
        ("S3", "Achl", ("span", "the Mercosur association agreement"), "support", "committed"),
        ("S4", "Aran", "Eta2", "support", "welcomed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["Elif"], ["Etar"], "Aarg"),
        ("C2", "if", "in case", ["Etrs"], ["Etak"], "Achl"),
        ("C3", "only_if", "only if", ["Erul"], ["Eltd"], "Afue"),
    ],
))

# ---------------------------------------------------------------- 04 Libya, militia ceasefire (feature lead)
DOCS.append(dict(
    id="blind15-04-tripoli-militia-truce",
    title="Tripoli market reopens as rival armed groups sign UN-brokered truce",
    published="2025-08-04",
    text=(
        "TRIPOLI - By mid-morning on Sunday the fish market in Souq al-Juma was open again, its stalls stacked "
        "with mullet and its owners sweeping broken glass from the pavement where a mortar round had landed "
        "four days earlier.\n\n"
        "A few streets away, the Radaa Deterrence Force and the 444th Brigade had signed a ceasefire the night "
        "before, after talks brokered by the United Nations Support Mission in Libya (UNSMIL). The two armed "
        "groups agreed to pull their fighters back from the airport road and to hand their checkpoints to the "
        "interior ministry's police by Wednesday.\n\n"
        "\"This truce holds only as long as both sides keep their men in the barracks,\" said Khaled Ermeis, a "
        "Radaa spokesman. \"If they move a single armoured vehicle towards our positions, we will answer with "
        "force.\"\n\n"
        "The 444th Brigade did not respond to requests for comment, but its commander, Tarek Bensaud, told a "
        "local television station that his men would honour the agreement and wanted no more bloodshed.\n\n"
        "Prime Minister Nasser Dughmani of the Government of National Unity welcomed the deal, urged both "
        "groups to hand over heavy weapons and promised compensation for shop owners. At least nine people "
        "were killed in last week's fighting between the two forces, according to the health ministry.\n"
    ),
    actors=[
        ("Aown", "Souq al-Juma shop owners", "group", "LBY", None, ["its owners", "shop owners"]),
        ("Arad", "Radaa Deterrence Force", "group", "LBY", "armed group",
         ["the Radaa Deterrence Force", "The two armed groups", "their", "their@2", "both sides", "their@3",
          "our", "we", "both groups", "the two forces"]),
        ("A444", "444th Brigade", "group", "LBY", "armed group",
         ["the 444th Brigade", "The two armed groups", "their", "their@2", "both sides", "their@3", "they",
          "The 444th Brigade", "his men", "both groups", "the two forces"]),
        ("Aunsmil", "United Nations Support Mission in Libya", "igo", None, "UN political mission",
         ["the United Nations Support Mission in Libya", "UNSMIL"]),
        ("Apol", "Libyan police (Ministry of Interior)", "government", "LBY", "police of the interior ministry",
         ["the interior ministry's police"]),
        ("Aerm", "Khaled Ermeis", "person", "LBY", "Radaa spokesman", ["Khaled Ermeis, a Radaa spokesman"]),
        ("Aben", "Tarek Bensaud", "person", "LBY", "commander of the 444th Brigade", ["its commander, Tarek Bensaud"]),
        ("Adug", "Nasser Dughmani", "person", "LBY", "Prime Minister, Government of National Unity",
         ["Prime Minister Nasser Dughmani of the Government of National Unity"]),
        ("Avic", "victims of the Tripoli fighting", "group", "LBY", None, ["At least nine people"]),
        ("Alby", "Libya (Government of National Unity)", "government", "LBY", "Libyan government (health ministry)",
         ["the health ministry"]),
    ],
    events=[
        E("Emor", "ASSAULT", "mortar round", "occurred", mode="heavy-weapons", ctx=["military"],
          time=("four days earlier", "2025-07-30"), loc=("Souq al-Juma", "Souq al-Juma, Tripoli", "LBY"),
          inst="tripoli-fighting"),
        E("Esig", "SUPPORT", "signed", "occurred", a=["Arad", "A444"], ctx=["military"],
          time=("the night before", "2025-08-02"), loc=(None, "Tripoli", "LBY"), inst="tripoli-truce-deal"),
        E("Ecf", "RETREAT", "ceasefire", "ongoing", mode="ceasefire", a=["Arad", "A444"], ctx=["military"],
          loc=(None, "Tripoli", "LBY"), inst="tripoli-truce"),
        E("Etlk", "CONSULT", "talks", "occurred", mode="third-party", a=["Arad", "A444", "Aunsmil"],
          ctx=["military", "peacekeeping"], inst="tripoli-truce-talks"),
        E("Eagr", "AGREE", "agreed", "occurred", a=["Arad", "A444"], ctx=["military"]),
        E("Epul", "RETREAT", "pull", "planned", mode="withdraw", a=["Arad", "A444"], ctx=["military"],
          loc=("the airport road", "airport road, Tripoli", "LBY")),
        E("Ehnd", "RETREAT", "hand", "planned", a=["Arad", "A444"], r=["Apol"], ctx=["military"],
          time=("Wednesday", "2025-08-06")),
        E("Etru", "RETREAT", "truce", "hypothetical", mode="ceasefire", a=["Arad", "A444"], ctx=["military"],
          rb="Aerm", inst="tripoli-truce"),
        E("Ekep", "RETREAT", "keep", "hypothetical", a=["Arad", "A444"], ctx=["military"], rb="Aerm"),
        E("Emov", "MOBILIZE", "move", "hypothetical", a=["A444"], r=["Arad"], ctx=["military"], rb="Aerm"),
        E("Efor", "ASSAULT", "force", "hypothetical", a=["Arad"], r=["A444"], ctx=["military"], rb="Aerm"),
        E("Ehon", "RETREAT", "honour", "planned", mode="ceasefire", a=["A444"], ctx=["military"], rb="Aben",
          inst="tripoli-truce"),
        E("Ewel", "SUPPORT", "welcomed", "occurred", a=["Adug"], r=["Arad", "A444"], ctx=["military"]),
        E("Edea", "SUPPORT", "deal", "occurred", a=["Arad", "A444"], ctx=["military"], inst="tripoli-truce-deal"),
        E("Eurg", "REQUEST", "urged", "occurred", a=["Adug"], r=["Arad", "A444"], ctx=["military"]),
        E("Edis", "RETREAT", "hand over", "desired", mode="disarm", a=["Arad", "A444"], ctx=["military"]),
        E("Epro", "AGREE", "promised", "occurred", a=["Adug"], r=["Aown"], ctx=["economic"]),
        E("Ecom", "AID", "compensation", "planned", a=["Adug"], r=["Aown"], ctx=["economic"]),
        E("Ekil", "ASSAULT", "killed", "occurred", a=["Arad", "A444"], r=["Avic"], ctx=["military"], rb="Alby",
          inst="tripoli-fighting"),
        E("Efgt", "ASSAULT", "fighting", "occurred", a=["Arad", "A444"], ctx=["military"], time=("last week", None),
          rb="Alby", inst="tripoli-fighting"),
    ],
    stances=[
        ("S1", "A444", ("span", "bloodshed"), "oppose", "wanted no more"),
        ("S2", "Adug", "Edea", "support", "welcomed"),
        ("S3", "Adug", "Edis", "support", "urged"),
    ],
    conds=[
        ("C1", "only_if", "only as long as", ["Ekep"], ["Etru"], "Aerm"),
        ("C2", "if", "If", ["Emov"], ["Efor"], "Aerm"),
    ],
))

# ---------------------------------------------------------------- 05 Serbia, media ban (long quotations)
DOCS.append(dict(
    id="blind15-05-serbia-tv-morava-ban",
    title="Serbian regulator takes TV Morava off air for 30 days; editor vows appeal",
    published="2025-03-06",
    text=(
        "BELGRADE (Beta) - Serbia's media regulator, the Regulatory Authority for Electronic Media (REM), on "
        "Wednesday banned the independent channel TV Morava from broadcasting for 30 days, accusing it of "
        "inciting unrest in its coverage of student protests.\n\n"
        "The channel's editor-in-chief, Jelena Vukadinović, said the ban would not silence her newsroom. \"We "
        "reported what happened on the streets of Novi Sad, nothing more. If REM names a single report that "
        "broke the law, I will apologise on air myself. We will appeal, and we will keep streaming online for "
        "as long as it takes. We are not going to ask anyone's permission to tell the truth,\" she told "
        "reporters outside the studio.\n\n"
        "The Independent Journalists' Association of Serbia (NUNS) decried the decision and urged the European "
        "Union to press Belgrade on media freedom.\n\n"
        "Government spokesman Dragan Lekić rejected the criticism. \"The regulator is independent and the "
        "government does not interfere in its work. Anyone who disagrees has the courts. We will respect "
        "whatever the judges decide, provided that the channel's owners respect it too,\" Lekić said.\n\n"
        "A European Commission spokesperson said Brussels was following the case closely.\n"
    ),
    actors=[
        ("Abeta", "Beta", "media", "SRB", "news agency", ["Beta"]),
        ("Arem", "Regulatory Authority for Electronic Media", "government", "SRB", "broadcasting regulator",
         ["Serbia's media regulator, the Regulatory Authority for Electronic Media", "REM", "REM@2",
          "The regulator", "its@2"]),
        ("Amor", "TV Morava", "media", "SRB", "independent television channel",
         ["the independent channel TV Morava", "it", "its", "her newsroom", "We", "We@2", "we", "We@3", "the channel's owners"]),
        ("Avuk", "Jelena Vukadinović", "person", "SRB", "editor-in-chief of TV Morava",
         ["The channel's editor-in-chief, Jelena Vukadinović", "I", "she"]),
        ("Anuns", "Independent Journalists' Association of Serbia", "organization", "SRB", "journalists' association",
         ["The Independent Journalists' Association of Serbia", "NUNS"]),
        ("Aeu", "European Union", "igo", None, None, ["the European Union", "Brussels"]),
        ("Asrb", "Serbia", "government", "SRB", "Serbian government", ["Belgrade", "the government", "We@4"]),
        ("Alek", "Dragan Lekić", "person", "SRB", "Government spokesman",
         ["Government spokesman Dragan Lekić", "Lekić@2"]),
        ("Acrt", "Serbian courts", "government", "SRB", "judiciary", ["the courts", "the judges"]),
        ("Aecs", "European Commission spokesperson", "person", None, "spokesperson of the European Commission",
         ["A European Commission spokesperson"]),
    ],
    events=[
        E("Eban", "COERCE", "banned", "occurred", mode="censor", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"],
          time=("Wednesday", "2025-03-05"), inst="tv-morava-ban"),
        E("Eacc", "ACCUSE", "accusing", "occurred", mode="allege", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"],
          time=(None, "2025-03-05")),
        E("Epro", "PROTEST", "protests", "occurred", mode="demo", ctx=["pro_democracy"]),
        E("Eba2", "COERCE", "ban", "ongoing", mode="censor", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"],
          rb="Avuk", inst="tv-morava-ban"),
        E("Esil", "COERCE", "silence", "negated", mode="censor", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"],
          rb="Avuk"),
        E("Enam", "ACCUSE", "names", "hypothetical", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"], rb="Avuk"),
        E("Eapo", "CONCEDE", "apologise", "hypothetical", a=["Avuk"], r=["Arem"], ctx=["rights_freedoms"], rb="Avuk"),
        E("Eapl", "ACCUSE", "appeal", "planned", a=["Amor"], r=["Arem"], ctx=["legal", "rights_freedoms"], rb="Avuk"),
        E("Eask", "REQUEST", "ask", "negated", a=["Amor"], ctx=["rights_freedoms"], rb="Avuk"),
        E("Edec", "ACCUSE", "decried", "occurred", mode="disapprove", a=["Anuns"], r=["Arem"], ctx=["rights_freedoms"]),
        E("Ede2", "COERCE", "decision", "occurred", mode="censor", a=["Arem"], r=["Amor"], ctx=["rights_freedoms"],
          inst="tv-morava-ban"),
        E("Eurg", "REQUEST", "urged", "occurred", a=["Anuns"], r=["Aeu"], ctx=["rights_freedoms"]),
        E("Epre", "REQUEST", "press", "desired", mode="change", a=["Aeu"], r=["Asrb"], ctx=["rights_freedoms"]),
        E("Erej", "REJECT", "rejected", "occurred", a=["Alek"], r=["Anuns"], ctx=["rights_freedoms"]),
        E("Ecri", "ACCUSE", "criticism", "occurred", a=["Anuns"], r=["Arem"], ctx=["rights_freedoms"]),
        E("Eint", "COERCE", "interfere", "negated", a=["Asrb"], r=["Arem"], ctx=["rights_freedoms"], rb="Alek"),
        E("Ers1", "CONCEDE", "respect", "hypothetical", a=["Asrb"], r=["Acrt"], ctx=["legal"], rb="Alek"),
        E("Ers2", "CONCEDE", "respect@2", "hypothetical", a=["Amor"], r=["Acrt"], ctx=["legal"], rb="Alek"),
    ],
    stances=[
        ("S1", "Anuns", "Ede2", "oppose", "decried"),
        ("S2", "Anuns", "Epre", "support", "urged"),
        ("S3", "Alek", "Ecri", "oppose", "rejected"),
    ],
    conds=[
        ("C1", "if", "If", ["Enam"], ["Eapo"], "Avuk"),
        ("C2", "provided", "provided that", ["Ers2"], ["Ers1"], "Alek"),
    ],
))

# ---------------------------------------------------------------- 06 Gulf, pipeline summit (several states)
DOCS.append(dict(
    id="blind15-06-gcc-muscat-pipeline-summit",
    title="Gulf summit endorses Omani gas pipeline, leaves financing open",
    published="2025-12-04",
    text=(
        "MUSCAT, Dec 4 (KUNA) - Leaders of the six-nation Gulf Cooperation Council (GCC) closed their annual "
        "summit in Muscat on Wednesday by endorsing a 1,200-kilometre pipeline that would carry Omani gas to "
        "Saudi Arabia, Kuwait and Bahrain, but they left the question of financing to a committee.\n\n"
        "Oman, which hosted the talks, offered to build the southern section at its own expense. Saudi Energy "
        "Minister Faisal al-Harbi told a closing news conference that Riyadh would fund the northern stretch "
        "provided that Kuwait and Bahrain each took a 20 percent stake. Kuwait welcomed the offer within "
        "minutes, while Bahrain's delegation asked for more time, according to a summit official.\n\n"
        "Qatar, whose own gas exports would face new competition, opposed the plan in closed session, the "
        "official said.\n\n"
        "The United Arab Emirates signed the final declaration but said it would not join the project unless "
        "the route was extended to Fujairah. \"We support Gulf integration, but a pipeline that bypasses us "
        "makes no sense for our economy,\" Emirati Minister of State Hamad al-Ketbi said.\n\n"
        "The bloc's secretary-general, Yousef al-Shamsi, said engineers would present a feasibility study by "
        "June. The leaders agreed to meet again in Doha next December.\n"
    ),
    actors=[
        ("Akuna", "Kuwait News Agency", "media", "KWT", "news agency", ["KUNA"]),
        ("Agcc", "GCC leaders", "igo", None, "heads of state and government of the Gulf Cooperation Council",
         ["Leaders of the six-nation Gulf Cooperation Council", "GCC", "their", "they", "The leaders"]),
        ("Asau", "Saudi Arabia", "government", "SAU", "Saudi government", ["Saudi Arabia", "Riyadh"]),
        ("Akwt", "Kuwait", "government", "KWT", "Kuwaiti government", ["Kuwait", "Kuwait@2", "Kuwait@3"]),
        ("Abhr", "Bahrain", "government", "BHR", "Bahraini government", ["Bahrain", "Bahrain@2", "Bahrain's delegation"]),
        ("Aomn", "Oman", "government", "OMN", "Omani government (summit host)", ["Oman", "its"]),
        ("Ahar", "Faisal al-Harbi", "person", "SAU", "Saudi Energy Minister", ["Saudi Energy Minister Faisal al-Harbi"]),
        ("Aoff", "summit official", "person", None, "unnamed GCC summit official", ["a summit official", "the official"]),
        ("Aqat", "Qatar", "government", "QAT", "Qatari government", ["Qatar"]),
        ("Auae", "United Arab Emirates", "government", "ARE", "Emirati government",
         ["The United Arab Emirates", "it", "We", "us", "our"]),
        ("Aket", "Hamad al-Ketbi", "person", "ARE", "Emirati Minister of State",
         ["Emirati Minister of State Hamad al-Ketbi"]),
        ("Asg", "Yousef al-Shamsi", "person", None, "Secretary-General of the GCC",
         ["The bloc's secretary-general, Yousef al-Shamsi"]),
    ],
    events=[
        E("Esum", "CONSULT", "summit", "occurred", mode="multilateral", a=["Agcc"], ctx=["diplomatic"],
          time=("Wednesday", "2025-12-03"), loc=("Muscat", "Muscat", "OMN"), inst="gcc-summit-2025"),
        E("Eend", "SUPPORT", "endorsing", "occurred", a=["Agcc"], ctx=["economic", "natural_resource"],
          time=(None, "2025-12-03"), loc=(None, "Muscat", "OMN")),
        E("Ecar", "COOPERATE", "carry", "planned", a=["Aomn"], r=["Asau", "Akwt", "Abhr"],
          ctx=["economic", "natural_resource"], inst="gulf-gas-pipeline"),
        E("Etlk", "CONSULT", "talks", "occurred", mode="multilateral", a=["Agcc"], ctx=["diplomatic"],
          time=(None, "2025-12-03"), loc=(None, "Muscat", "OMN"), inst="gcc-summit-2025"),
        E("Eofr", "AGREE", "offered", "occurred", a=["Aomn"], r=["Asau", "Akwt", "Abhr"], ctx=["economic"]),
        E("Ebld", "COOPERATE", "build", "desired", a=["Aomn"], r=["Asau", "Akwt", "Abhr"],
          ctx=["economic", "natural_resource"]),
        E("Efnd", "COOPERATE", "fund", "hypothetical", a=["Asau"], r=["Akwt", "Abhr"], ctx=["economic"], rb="Ahar"),
        E("Etok", "COOPERATE", "took", "hypothetical", a=["Akwt", "Abhr"], r=["Asau"], ctx=["economic"], rb="Ahar"),
        E("Ewel", "SUPPORT", "welcomed", "occurred", a=["Akwt"], r=["Asau"], ctx=["economic"], rb="Aoff"),
        E("Eoff", "AGREE", "offer", "occurred", a=["Asau"], r=["Akwt", "Abhr"], ctx=["economic"], rb="Aoff"),
        E("Eask", "REQUEST", "asked", "occurred", a=["Abhr"], ctx=["economic"], rb="Aoff"),
        E("Esig", "SUPPORT", "signed", "occurred", a=["Auae"], ctx=["diplomatic"], inst="muscat-declaration"),
        E("Ejoi", "COOPERATE", "join", "hypothetical", a=["Auae"], r=["Aomn"], ctx=["economic", "natural_resource"],
          rb="Auae", inst="uae-joins-pipeline"),
        E("Eext", "OTHER", "extended", "hypothetical", ctx=["economic"], loc=("Fujairah", "Fujairah", "ARE"), rb="Auae"),
        E("Eagr", "AGREE", "agreed", "occurred", a=["Agcc"], ctx=["diplomatic"]),
        E("Emet", "CONSULT", "meet", "planned", mode="multilateral", a=["Agcc"], ctx=["diplomatic"],
          time=("next December", "2026-12"), loc=("Doha", "Doha", "QAT"), inst="gcc-summit-2026"),
    ],
    stances=[
        ("S1", "Akwt", "Eoff", "support", "welcomed"),
        ("S2", "Aqat", "Ecar", "oppose", "opposed"),
        ("S3", "Auae", ("span", "Gulf integration"), "support", "support"),
        ("S4", "Auae", ("span", "a pipeline that bypasses us"), "oppose", "makes no sense"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["Etok"], ["Efnd"], "Ahar"),
        ("C2", "only_if", "unless", ["Eext"], ["Ejoi"], "Auae"),
    ],
))

# ---------------------------------------------------------------- 07 Cameroon, election dispute (titles only)
DOCS.append(dict(
    id="blind15-07-cameroon-douala-rerun-dispute",
    title="Cameroon opposition threatens to boycott Douala rerun over governor",
    published="2026-02-18",
    text=(
        "DOUALA, Cameroon (AP) - Cameroon's main opposition party said on Tuesday it would boycott the rerun "
        "of a disputed municipal election in Douala unless the interior minister dismisses the regional "
        "governor who supervised the first vote.\n\n"
        "The Cameroon Renaissance Movement (MRC) has accused the governor of ordering polling stations in two "
        "opposition districts to close two hours early on February 8. The governor has denied the charge, "
        "saying the closures followed security alerts.\n\n"
        "Speaking on state radio, the interior minister rejected the demand and called the threat "
        "\"blackmail\". He said the rerun would take place on March 1 as planned and that police would guard "
        "every polling station.\n\n"
        "The party's secretary-general told reporters that its supporters would march to the governor's office "
        "on Friday in case the minister ignored its demand. \"We have asked for one thing: a fair count,\" he "
        "said.\n\n"
        "The speaker of the National Assembly appealed for calm and offered to host talks between the minister "
        "and the opposition next week. The MRC said it would attend only if the electoral commission, Elecam, "
        "took part.\n\n"
        "Diplomats from the European Union and the United States said they were following the dispute.\n"
    ),
    actors=[
        ("Aap", "Associated Press", "media", "USA", "news agency", ["AP"]),
        ("Amrc", "Cameroon Renaissance Movement", "organization", "CMR", "main opposition party",
         ["Cameroon's main opposition party", "it", "The Cameroon Renaissance Movement", "MRC", "its@2", "We",
          "the opposition", "The MRC", "it@2"]),
        ("Amin", "Cameroonian interior minister", "person", "CMR", "Minister of Territorial Administration (interior)",
         ["the interior minister", "the interior minister@2", "He", "the minister", "the minister@2"]),
        ("Agov", "Governor of the Littoral region", "person", "CMR", "regional governor",
         ["the regional governor", "the governor", "The governor", "the governor's"]),
        ("Apol", "Cameroonian police", "government", "CMR", "police", ["police"]),
        ("Asg", "MRC secretary-general", "person", "CMR", "secretary-general of the MRC",
         ["The party's secretary-general", "he"]),
        ("Asup", "MRC supporters", "group", "CMR", None, ["its supporters"]),
        ("Aspk", "Speaker of the National Assembly of Cameroon", "person", "CMR", "Speaker of the National Assembly",
         ["The speaker of the National Assembly"]),
        ("Aelc", "Elecam", "government", "CMR", "electoral commission (Elections Cameroon)",
         ["the electoral commission, Elecam"]),
        ("Aeu", "European Union", "igo", None, None,
         ["Diplomats from the European Union and the United States", "they"]),
        ("Ausa", "United States", "government", "USA", "US government",
         ["Diplomats from the European Union and the United States", "they"]),
    ],
    events=[
        E("Eboy", "PROTEST", "boycott", "hypothetical", mode="boycott", a=["Amrc"], ctx=["election"], rb="Amrc",
          loc=("Douala", "Douala", "CMR"), inst="douala-rerun-boycott"),
        E("Edsm", "SANCTION", "dismisses", "hypothetical", a=["Amin"], r=["Agov"], ctx=["executive", "election"],
          rb="Amrc"),
        E("Eacc", "ACCUSE", "accused", "occurred", mode="allege", a=["Amrc"], r=["Agov"], ctx=["election"],
          inst="mrc-accusation"),
        E("Ecls", "COERCE", "close", "occurred", mode="restrict", a=["Agov"], ctx=["election"],
          time=("February 8", "2026-02-08"), rb="Amrc", inst="early-closures"),
        E("Eden", "REJECT", "denied", "occurred", a=["Agov"], r=["Amrc"], ctx=["election"]),
        E("Echg", "ACCUSE", "charge", "occurred", a=["Amrc"], r=["Agov"], ctx=["election"], inst="mrc-accusation"),
        E("Ecl2", "COERCE", "closures", "occurred", mode="restrict", a=["Agov"], ctx=["election"],
          time=(None, "2026-02-08"), rb="Agov", inst="early-closures"),
        E("Erej", "REJECT", "rejected", "occurred", mode="change", a=["Amin"], r=["Amrc"], ctx=["election"]),
        E("Edem", "REQUEST", "demand", "occurred", mode="change", a=["Amrc"], r=["Amin"], ctx=["election"],
          inst="mrc-demand"),
        E("Ethr", "THREATEN", "threat", "occurred", a=["Amrc"], r=["Amin"], ctx=["election"], inst="mrc-boycott-threat"),
        E("Ebkm", "ACCUSE", "blackmail", "occurred", mode="disapprove", a=["Amin"], r=["Amrc"], ctx=["election"]),
        E("Egrd", "MOBILIZE", "guard", "planned", mode="police", a=["Apol"], ctx=["election"],
          time=(None, "2026-03-01"), rb="Amin"),
        E("Emar", "PROTEST", "march", "hypothetical", mode="demo", a=["Asup"], r=["Agov"], ctx=["election"],
          time=("Friday", "2026-02-20"), loc=("the governor's office", "Littoral governor's office, Douala", "CMR"),
          rb="Asg"),
        E("Eign", "REJECT", "ignored", "hypothetical", a=["Amin"], r=["Amrc"], ctx=["election"], rb="Asg"),
        E("Ede2", "REQUEST", "demand@2", "occurred", mode="change", a=["Amrc"], r=["Amin"], ctx=["election"], rb="Asg",
          inst="mrc-demand"),
        E("Eask", "REQUEST", "asked", "occurred", a=["Amrc"], ctx=["election"], rb="Asg"),
        E("Eapp", "REQUEST", "appealed", "occurred", a=["Aspk"], r=["Amrc", "Amin"], ctx=["election"]),
        E("Eofr", "AGREE", "offered", "occurred", a=["Aspk"], r=["Amin", "Amrc"], ctx=["election"]),
        E("Etlk", "CONSULT", "talks", "desired", mode="third-party", a=["Amin", "Amrc"], ctx=["election"],
          time=("next week", None), inst="speaker-talks"),
        E("Eatt", "CONSULT", "attend", "hypothetical", a=["Amrc"], ctx=["election"], rb="Amrc", inst="speaker-talks"),
        E("Etkp", "CONSULT", "took part", "hypothetical", a=["Aelc"], ctx=["election"], rb="Amrc", inst="speaker-talks"),
    ],
    stances=[
        ("S1", "Amin", "Edem", "oppose", "rejected"),
        ("S2", "Amin", "Ethr", "oppose", "blackmail"),
        ("S3", "Amrc", ("span", "a fair count"), "support", "asked for"),
        ("S4", "Aspk", ("span", "calm"), "support", "appealed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["Edsm"], ["Eboy"], "Amrc"),
        ("C2", "if", "in case", ["Eign"], ["Emar"], "Asg"),
        ("C3", "only_if", "only if", ["Etkp"], ["Eatt"], "Amrc"),
    ],
))

# ---------------------------------------------------------------- 08 Australia / Nauru, refugee deal (headline style)
DOCS.append(dict(
    id="blind15-08-australia-nauru-processing-pact",
    title="Australia, Nauru sign offshore processing pact",
    published="2025-07-24",
    text=(
        "CANBERRA (AAP) - Australia, Nauru sign five-year offshore processing pact. Canberra to pay A$420 "
        "million. Up to 300 asylum seekers intercepted at sea to be held on the island from September.\n\n"
        "Deal signed in Yaren on Wednesday by Home Affairs Minister Claire Whitford and Nauru President Marcus "
        "Detenamo. Both hail it as \"a model for the Pacific\".\n\n"
        "Whitford: no transfers if the UN refugee agency (UNHCR) is refused entry. \"We will not send a single "
        "person there unless the UNHCR has free access to the centre,\" she told the ABC.\n\n"
        "Detenamo: Nauru needs the money, will not become \"Australia's prison\". Payments must arrive on "
        "schedule; otherwise the centre closes.\n\n"
        "Greens senator Tom Hadley slams pact as \"cruelty with a price tag\", vows Senate inquiry. UNHCR "
        "statement: agency \"deeply concerned\", wants assurances on legal aid and medical care.\n\n"
        "Papua New Guinea, which hosted a similar centre on Manus Island until 2017, declined to comment. "
        "Fiji's foreign ministry said it would seek a review at the Pacific Islands Forum leaders' meeting next "
        "month if regional labour schemes were hit.\n"
    ),
    actors=[
        ("Aaap", "Australian Associated Press", "media", "AUS", "news agency", ["AAP"]),
        ("Aaus", "Australia", "government", "AUS", "Australian government", ["Australia", "Canberra", "We", "Australia's"]),
        ("Anru", "Nauru", "government", "NRU", "Nauru government", ["Nauru", "Nauru@3"]),
        ("Aasy", "asylum seekers held on Nauru", "group", None, None, ["Up to 300 asylum seekers"]),
        ("Awhi", "Claire Whitford", "person", "AUS", "Home Affairs Minister of Australia",
         ["Home Affairs Minister Claire Whitford", "Both", "Whitford@2", "she"]),
        ("Adet", "Marcus Detenamo", "person", "NRU", "President of Nauru",
         ["Nauru President Marcus Detenamo", "Both", "Detenamo@2"]),
        ("Aunhcr", "UNHCR", "igo", None, "UN refugee agency",
         ["the UN refugee agency", "UNHCR", "the UNHCR", "UNHCR@3", "agency@2"]),
        ("Aabc", "Australian Broadcasting Corporation", "media", "AUS", "public broadcaster", ["the ABC"]),
        ("Ahad", "Tom Hadley", "person", "AUS", "Greens senator", ["Greens senator Tom Hadley"]),
        ("Apng", "Papua New Guinea", "government", "PNG", "PNG government", ["Papua New Guinea"]),
        ("Afji", "Fiji", "government", "FJI", "Fijian government (foreign ministry)", ["Fiji's foreign ministry", "it@2"]),
        ("Apif", "Pacific Islands Forum", "igo", None, "regional intergovernmental organisation",
         ["the Pacific Islands Forum"]),
    ],
    events=[
        E("Esg1", "SUPPORT", "sign", "occurred", a=["Aaus", "Anru"], ctx=["migration", "asylum"],
          time=(None, "2025-07-23"), loc=(None, "Yaren", "NRU"), inst="nauru-pact"),
        E("Epay", "AID", "pay", "planned", a=["Aaus"], r=["Anru"], ctx=["economic", "migration"], inst="nauru-payment"),
        E("Eint", "COERCE", "intercepted", "planned", r=["Aasy"], ctx=["migration", "asylum"]),
        E("Ehld", "COERCE", "held", "planned", mode="arrest", a=["Anru"], r=["Aasy"], ctx=["migration", "asylum"],
          time=("September", "2025-09"), loc=("the island", "Nauru", "NRU")),
        E("Esg2", "SUPPORT", "signed", "occurred", a=["Awhi", "Adet"], ctx=["migration", "asylum"],
          time=("Wednesday", "2025-07-23"), loc=("Yaren", "Yaren", "NRU"), inst="nauru-pact"),
        E("Ehai", "SUPPORT", "hail", "occurred", a=["Awhi", "Adet"], ctx=["migration"]),
        E("Etrn", "COERCE", "transfers", "hypothetical", mode="deport", a=["Aaus"], r=["Aasy"],
          ctx=["migration", "asylum"], rb="Awhi", inst="nauru-transfers"),
        E("Eref", "REJECT", "refused", "hypothetical", a=["Anru"], r=["Aunhcr"], ctx=["migration", "human_rights"],
          rb="Awhi"),
        E("Esnd", "COERCE", "send", "hypothetical", mode="deport", a=["Aaus"], r=["Aasy"], ctx=["migration", "asylum"],
          rb="Awhi", inst="nauru-transfers"),
        E("Eacs", "RETREAT", "access", "hypothetical", mode="access", a=["Anru"], r=["Aunhcr"],
          ctx=["migration", "human_rights"], rb="Awhi"),
        E("Epym", "AID", "Payments", "hypothetical", a=["Aaus"], r=["Anru"], ctx=["economic", "migration"], rb="Adet",
          inst="nauru-payment"),
        E("Eclo", "SANCTION", "closes", "hypothetical", mode="discontinue", a=["Anru"], r=["Aaus"], ctx=["migration"],
          rb="Adet"),
        E("Eslm", "ACCUSE", "slams", "occurred", mode="disapprove", a=["Ahad"], r=["Aaus"], ctx=["migration", "human_rights"]),
        E("Epct", "SUPPORT", "pact@2", "occurred", a=["Aaus", "Anru"], ctx=["migration", "asylum"], inst="nauru-pact"),
        E("Evow", "AGREE", "vows", "occurred", a=["Ahad"], ctx=["legislative"]),
        E("Einq", "ACCUSE", "inquiry", "desired", mode="investigate", r=["Aaus"], ctx=["legislative", "migration"]),
        E("Ehos", "COOPERATE", "hosted", "occurred", a=["Apng"], r=["Aaus"], ctx=["migration", "asylum"],
          loc=("Manus Island", "Manus Island", "PNG")),
        E("Esek", "REQUEST", "seek", "hypothetical", a=["Afji"], r=["Apif"], ctx=["migration", "economic"], rb="Afji"),
        E("Erev", "ACCUSE", "review", "hypothetical", mode="investigate", a=["Apif"], ctx=["migration"], rb="Afji"),
        E("Emtg", "CONSULT", "meeting", "planned", mode="multilateral", a=["Apif"], ctx=["diplomatic"],
          time=("next month", "2025-08"), rb="Afji", inst="pif-leaders-meeting"),
        E("Ehit", "OTHER", "hit", "hypothetical", ctx=["economic"], rb="Afji"),
    ],
    stances=[
        ("S1", "Awhi", "Esg2", "support", "hail"),
        ("S2", "Adet", "Esg2", "support", "hail"),
        ("S3", "Ahad", "Epct", "oppose", "slams"),
        ("S4", "Aunhcr", "Epct", "oppose", "deeply concerned"),
        ("S5", "Aunhcr", ("span", "assurances on legal aid and medical care"), "support", "wants"),
    ],
    conds=[
        ("C1", "if", "if", ["Eref"], ["Etrn"], "Awhi"),
        ("C2", "only_if", "unless", ["Eacs"], ["Esnd"], "Awhi"),
        ("C3", "unless", "otherwise", ["Epym"], ["Eclo"], "Adet"),
        ("C4", "if", "if@2", ["Ehit"], ["Esek"], "Afji"),
    ],
))

# ---------------------------------------------------------------- 09 Cameroon / Chad, pipeline fee (Xinhua-style wire)
DOCS.append(dict(
    id="blind15-09-chad-cameroon-pipeline-fee",
    title="Cameroon, Chad sign deal raising oil pipeline transit fee",
    published="2025-05-13",
    text=(
        "YAOUNDE, May 13 (Xinhua) -- Cameroon and Chad on Monday signed an agreement raising the transit fee "
        "on the Chad-Cameroon oil pipeline, ending a six-month row that had threatened crude exports from "
        "southern Chad, officials said.\n\n"
        "Under the deal, signed in Yaounde by Cameroonian Energy Minister Martin Ebanga Ndzie and Chadian "
        "Petroleum Minister Hissein Ali Brahim, Chad will pay 1.80 US dollars for every barrel pumped through "
        "the 1,070-km line to the port of Kribi, up from 1.30 dollars.\n\n"
        "\"The new fee reflects the real cost of maintaining the line. If Chad raises its output, we are ready "
        "to discuss a discount,\" Ebanga told reporters after the ceremony.\n\n"
        "Brahim said N'Djamena would honour the new rate as long as Cameroon guaranteed uninterrupted flows. "
        "He added that his government still hoped to build a second export route through Sudan or Niger.\n\n"
        "The pipeline, opened in 2003 with World Bank financing, carries most of Chad's oil exports. Chad "
        "halted shipments for three days in December after Cameroon raised the fee without consultation.\n\n"
        "The World Bank welcomed the settlement in a brief statement.\n"
    ),
    actors=[
        ("Axin", "Xinhua", "media", "CHN", "news agency", ["Xinhua"]),
        ("Acmr", "Cameroon", "government", "CMR", "Cameroonian government",
         ["Cameroon", "we", "Cameroon@3", "Cameroon@4"]),
        ("Atcd", "Chad", "government", "TCD", "Chadian government",
         ["Chad", "Chad@4", "Chad@5", "its", "N'Djamena", "his government", "Chad's", "Chad@7"]),
        ("Aeba", "Martin Ebanga Ndzie", "person", "CMR", "Energy Minister of Cameroon",
         ["Cameroonian Energy Minister Martin Ebanga Ndzie", "Ebanga@2"]),
        ("Abra", "Hissein Ali Brahim", "person", "TCD", "Petroleum Minister of Chad",
         ["Chadian Petroleum Minister Hissein Ali Brahim", "Brahim@2", "He"]),
        ("Awb", "World Bank", "igo", None, None, ["World Bank", "The World Bank"]),
    ],
    events=[
        E("Esg1", "SUPPORT", "signed", "occurred", a=["Acmr", "Atcd"], ctx=["economic", "natural_resource"],
          time=("Monday", "2025-05-12"), loc=(None, "Yaounde", "CMR"), inst="pipeline-fee-deal"),
        E("Esg2", "SUPPORT", "signed@2", "occurred", a=["Aeba", "Abra"], ctx=["economic", "natural_resource"],
          time=(None, "2025-05-12"), loc=("Yaounde", "Yaounde", "CMR"), inst="pipeline-fee-deal"),
        E("Epay", "COOPERATE", "pay", "planned", a=["Atcd"], r=["Acmr"], ctx=["economic", "natural_resource"]),
        E("Erai", "OTHER", "raises", "hypothetical", a=["Atcd"], ctx=["natural_resource"], rb="Aeba"),
        E("Erdy", "AGREE", "ready", "hypothetical", a=["Acmr"], r=["Atcd"], ctx=["economic"], rb="Aeba"),
        E("Edis", "CONSULT", "discuss", "hypothetical", a=["Acmr"], r=["Atcd"], ctx=["economic"], rb="Aeba"),
        E("Ehon", "CONCEDE", "honour", "hypothetical", a=["Atcd"], r=["Acmr"], ctx=["economic"], rb="Abra"),
        E("Egua", "AGREE", "guaranteed", "hypothetical", a=["Acmr"], r=["Atcd"], ctx=["economic", "natural_resource"],
          rb="Abra"),
        E("Ebld", "COOPERATE", "build", "desired", a=["Atcd"], ctx=["economic", "natural_resource"], rb="Abra"),
        E("Efin", "AID", "financing", "occurred", a=["Awb"], r=["Atcd", "Acmr"], ctx=["economic"]),
        E("Ehal", "SANCTION", "halted", "occurred", a=["Atcd"], r=["Acmr"], ctx=["economic", "natural_resource"],
          time=("December", "2024-12")),
        E("Erfe", "SANCTION", "raised", "occurred", a=["Acmr"], r=["Atcd"], ctx=["economic"], time=(None, "2024-12")),
        E("Ecns", "CONSULT", "consultation", "negated", a=["Acmr"], r=["Atcd"], ctx=["economic"]),
        E("Ewel", "SUPPORT", "welcomed", "occurred", a=["Awb"], r=["Acmr", "Atcd"], ctx=["economic"]),
        E("Eset", "SUPPORT", "settlement", "occurred", a=["Acmr", "Atcd"], ctx=["economic"], inst="pipeline-fee-deal"),
    ],
    stances=[
        ("S1", "Acmr", "Edis", "support", "ready"),
        ("S2", "Atcd", "Ebld", "support", "hoped"),
        ("S3", "Awb", "Eset", "support", "welcomed"),
    ],
    conds=[
        ("C1", "if", "If", ["Erai"], ["Erdy", "Edis"], "Aeba"),
        ("C2", "provided", "as long as", ["Egua"], ["Ehon"], "Abra"),
    ],
))

# ---------------------------------------------------------------- 10 Thailand / Myanmar junta, refugee returns
DOCS.append(dict(
    id="blind15-10-thailand-myanmar-refugee-returns",
    title="Thailand ties refugee returns to written guarantee from Myanmar junta",
    published="2025-09-29",
    text=(
        "MAE SOT, Thailand - Thailand will begin sending Myanmar refugees home from camps along the border "
        "next year only if the junta in Naypyidaw guarantees their safety in writing, Thai Foreign Minister "
        "Pornthip Saengthong said on Sunday.\n\n"
        "Speaking after a two-hour meeting with her Myanmar counterpart, U Kyaw Zin Htet, at the Mae Sot "
        "crossing, she said both governments had agreed to set up a joint verification team. Kyaw Zin Htet "
        "praised Thailand's \"good-neighbourly patience\", according to state broadcaster MRTV.\n\n"
        "\"Nobody will be forced onto a bus. We have hosted these families for thirty years and we will not "
        "abandon them, but Thailand cannot carry this alone for ever,\" Pornthip said.\n\n"
        "The Karen National Union (KNU), which controls much of the territory across the river, rejected the "
        "plan. Its spokesman, Saw Eh Moo, said the military had bombed three villages in Kayin State this "
        "month alone and accused Bangkok of \"handing refugees to their persecutors\".\n\n"
        "UNHCR said it had not been consulted and called on both sides to involve it before any returns.\n\n"
        "Around 90,000 people, mostly ethnic Karen, live in nine camps on the Thai side of the border. The "
        "junta, which seized power in a 2021 coup, has said returnees would receive land and identity cards.\n"
    ),
    actors=[
        ("Atha", "Thailand", "government", "THA", "Thai government",
         ["Thailand@2", "both governments", "Thailand's", "We", "we", "Thailand@4", "Bangkok", "both sides"]),
        ("Aref", "Myanmar refugees in Thailand", "group", "MMR", None,
         ["Myanmar refugees", "their", "these families", "them", "refugees@2", "Around 90,000 people", "returnees"]),
        ("Ajun", "Myanmar (military junta)", "government", "MMR", "State Administration Council",
         ["the junta in Naypyidaw", "both governments", "the military", "their persecutors", "both sides",
          "The junta"]),
        ("Apor", "Pornthip Saengthong", "person", "THA", "Foreign Minister of Thailand",
         ["Thai Foreign Minister Pornthip Saengthong", "she", "Pornthip@2"]),
        ("Akyaw", "Kyaw Zin Htet", "person", "MMR", "Foreign Minister of Myanmar (junta)",
         ["her Myanmar counterpart, U Kyaw Zin Htet", "Kyaw Zin Htet@2"]),
        ("Amrtv", "MRTV", "media", "MMR", "state broadcaster", ["state broadcaster MRTV"]),
        ("Aknu", "Karen National Union", "group", "MMR", "ethnic armed organisation",
         ["The Karen National Union", "KNU"]),
        ("Asaw", "Saw Eh Moo", "person", "MMR", "KNU spokesman", ["Its spokesman, Saw Eh Moo"]),
        ("Aunhcr", "UNHCR", "igo", None, "UN refugee agency", ["UNHCR", "it", "it@2"]),
    ],
    events=[
        E("Esnd", "COERCE", "sending", "hypothetical", mode="deport", a=["Atha"], r=["Aref"], ctx=["migration", "asylum"],
          time=("next year", "2026"), rb="Apor", inst="refugee-returns"),
        E("Egua", "AGREE", "guarantees", "hypothetical", a=["Ajun"], r=["Atha"], ctx=["migration", "human_rights"],
          rb="Apor"),
        E("Emtg", "CONSULT", "meeting", "occurred", a=["Apor", "Akyaw"], ctx=["diplomatic", "migration"],
          time=(None, "2025-09-28"), loc=("the Mae Sot crossing", "Mae Sot border crossing", "THA")),
        E("Eagr", "AGREE", "agreed", "occurred", a=["Atha", "Ajun"], ctx=["migration"], rb="Apor"),
        E("Eset", "COOPERATE", "set up", "planned", a=["Atha", "Ajun"], ctx=["migration"], rb="Apor"),
        E("Epra", "SUPPORT", "praised", "occurred", a=["Akyaw"], r=["Atha"], ctx=["diplomatic"], rb="Amrtv"),
        E("Efor", "COERCE", "forced", "negated", mode="deport", a=["Atha"], r=["Aref"], ctx=["migration", "asylum"],
          rb="Apor"),
        E("Ehos", "AID", "hosted", "ongoing", a=["Atha"], r=["Aref"], ctx=["asylum"], rb="Apor"),
        E("Eaba", "SANCTION", "abandon", "negated", mode="discontinue", a=["Atha"], r=["Aref"], ctx=["asylum"], rb="Apor"),
        E("Erej", "REJECT", "rejected", "occurred", a=["Aknu"], r=["Atha", "Ajun"], ctx=["migration"]),
        E("Ebom", "ASSAULT", "bombed", "occurred", mode="aerial", a=["Ajun"], ctx=["military"],
          time=("this month", "2025-09"), loc=("Kayin State", "Kayin State", "MMR"), rb="Asaw"),
        E("Eacc", "ACCUSE", "accused", "occurred", a=["Asaw"], r=["Atha"], ctx=["migration", "human_rights"]),
        E("Ehnd", "COERCE", "handing", "planned", mode="deport", a=["Atha"], r=["Aref"], ctx=["migration", "asylum"],
          rb="Asaw", inst="refugee-returns"),
        E("Ecns", "CONSULT", "consulted", "negated", a=["Atha", "Ajun"], r=["Aunhcr"], ctx=["migration"], rb="Aunhcr"),
        E("Ecal", "REQUEST", "called on", "occurred", mode="meet", a=["Aunhcr"], r=["Atha", "Ajun"], ctx=["migration"]),
        E("Einv", "CONSULT", "involve", "desired", a=["Atha", "Ajun"], r=["Aunhcr"], ctx=["migration"], rb="Aunhcr"),
        E("Eret", "COERCE", "returns", "hypothetical", mode="deport", a=["Atha"], r=["Aref"], ctx=["migration", "asylum"],
          rb="Aunhcr", inst="refugee-returns"),
        E("Esei", "COERCE", "seized power", "occurred", mode="seize", a=["Ajun"], ctx=["pro_autocracy"],
          time=("2021", "2021")),
        E("Erec", "AID", "receive", "planned", a=["Ajun"], r=["Aref"], ctx=["migration"], rb="Ajun"),
    ],
    stances=[
        ("S1", "Akyaw", "Atha", "support", "praised"),
        ("S2", "Aknu", "Esnd", "oppose", "rejected"),
        ("S3", "Aunhcr", "Einv", "support", "called on"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["Egua"], ["Esnd"], "Apor"),
    ],
))
