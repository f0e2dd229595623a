/// Organisations the press names, with the country each one belongs to (nil for international bodies).
///
/// A row's first name is canonical; the rest are aliases and acronyms. The country lets a title
/// such as "Kremlin spokesman" give its holder an affiliation.
struct OrganizationRow {
  var names: [String]
  var country: String?
}

extension Gazetteer {
  static let organizations: [OrganizationRow] = [
    OrganizationRow(names: ["NATO", "North Atlantic Treaty Organization", "Nato"], country: nil),
    OrganizationRow(names: ["European Union", "EU", "E.U."], country: nil),
    OrganizationRow(names: ["United Nations", "UN", "U.N."], country: nil),
    OrganizationRow(names: ["United Nations Security Council", "U.N. Security Council", "UN Security Council",
      "Security Council"], country: nil),
    OrganizationRow(names: ["Organization for Security and Cooperation in Europe", "OSCE",
      "Organization for Security and Co-operation in Europe"], country: nil),
    OrganizationRow(names: ["NATO-Russia Council"], country: nil),
    OrganizationRow(names: ["International Monetary Fund", "IMF"], country: nil),
    OrganizationRow(names: ["World Bank"], country: nil),
    OrganizationRow(names: ["World Health Organization", "WHO"], country: nil),
    OrganizationRow(names: ["World Trade Organization", "WTO"], country: nil),
    OrganizationRow(names: ["International Criminal Court", "ICC"], country: nil),
    OrganizationRow(names: ["International Atomic Energy Agency", "IAEA"], country: nil),
    OrganizationRow(names: ["Red Cross", "International Committee of the Red Cross", "ICRC"], country: nil),
    OrganizationRow(names: ["European Commission"], country: nil),
    OrganizationRow(names: ["European Parliament"], country: nil),
    OrganizationRow(names: ["European Council"], country: nil),
    OrganizationRow(names: ["European Central Bank", "ECB"], country: nil),
    OrganizationRow(names: ["G7", "G-7"], country: nil),
    OrganizationRow(names: ["G20", "G-20"], country: nil),
    OrganizationRow(names: ["OPEC"], country: nil),
    OrganizationRow(names: ["African Union"], country: nil),
    OrganizationRow(names: ["Amnesty International"], country: nil),
    OrganizationRow(names: ["Human Rights Watch"], country: nil),
    OrganizationRow(names: ["Kremlin"], country: "Russia"),
    OrganizationRow(names: ["Duma", "State Duma"], country: "Russia"),
    OrganizationRow(names: ["Gazprom"], country: "Russia"),
    OrganizationRow(names: ["FSB"], country: "Russia"),
    OrganizationRow(names: ["Russian Foreign Ministry"], country: "Russia"),
    OrganizationRow(names: ["White House"], country: "United States"),
    OrganizationRow(names: ["Pentagon"], country: "United States"),
    OrganizationRow(names: ["State Department", "U.S. State Department", "Department of State"], country: "United States"),
    OrganizationRow(names: ["Justice Department", "Department of Justice", "DOJ"], country: "United States"),
    OrganizationRow(names: ["Defense Department", "Department of Defense"], country: "United States"),
    OrganizationRow(names: ["Homeland Security", "Department of Homeland Security", "DHS"], country: "United States"),
    OrganizationRow(names: ["Treasury Department", "Treasury"], country: "United States"),
    // Kenya's and South Africa's finance ministries share the name; "National Treasury" is never the American one.
    OrganizationRow(names: ["National Treasury"], country: nil),
    OrganizationRow(names: ["Congress"], country: "United States"),
    OrganizationRow(names: ["Senate"], country: "United States"),
    OrganizationRow(names: ["House of Representatives"], country: "United States"),
    OrganizationRow(names: ["Supreme Court"], country: nil),
    OrganizationRow(names: ["FBI", "F.B.I.", "Federal Bureau of Investigation"], country: "United States"),
    OrganizationRow(names: ["CIA", "C.I.A.", "Central Intelligence Agency"], country: "United States"),
    OrganizationRow(names: ["NSA", "National Security Agency"], country: "United States"),
    OrganizationRow(names: ["Secret Service"], country: "United States"),
    OrganizationRow(names: ["Federal Reserve", "Fed"], country: "United States"),
    OrganizationRow(names: ["Democratic Party", "Democratic National Committee", "DNC"], country: "United States"),
    OrganizationRow(names: ["Republican Party", "Republican National Committee", "RNC", "GOP"], country: "United States"),
    OrganizationRow(names: ["NYPD"], country: "United States"),
    OrganizationRow(names: ["Downing Street", "Number 10"], country: "United Kingdom"),
    OrganizationRow(names: ["Foreign Office"], country: "United Kingdom"),
    OrganizationRow(names: ["Parliament"], country: nil),
    OrganizationRow(names: ["Élysée", "Elysee", "Élysée Palace"], country: "France"),
    OrganizationRow(names: ["Bundestag"], country: "Germany"),
    OrganizationRow(names: ["Chancellery"], country: nil),
    OrganizationRow(names: ["Knesset"], country: "Israel"),
    OrganizationRow(names: ["Rada", "Verkhovna Rada"], country: "Ukraine"),
    // Parliaments and their houses, which a capitalised run of unfamiliar words would otherwise make a
    // person ("Lok Sabha was adjourned"); state legislatures share their names across a country's states.
    OrganizationRow(names: ["Lok Sabha"], country: "India"),
    OrganizationRow(names: ["Rajya Sabha"], country: "India"),
    OrganizationRow(names: ["Vidhan Sabha"], country: "India"),
    OrganizationRow(names: ["Vidhan Parishad"], country: "India"),
    OrganizationRow(names: ["Dáil", "Dáil Éireann", "Dail", "Dail Eireann"], country: "Ireland"),
    OrganizationRow(names: ["Seanad", "Seanad Éireann", "Seanad Eireann"], country: "Ireland"),
    OrganizationRow(names: ["Oireachtas"], country: "Ireland"),
    OrganizationRow(names: ["Sejm"], country: "Poland"),
    OrganizationRow(names: ["Storting", "Stortinget"], country: "Norway"),
    OrganizationRow(names: ["Riksdag"], country: "Sweden"),
    OrganizationRow(names: ["Folketing", "Folketinget"], country: "Denmark"),
    OrganizationRow(names: ["Eduskunta"], country: "Finland"),
    OrganizationRow(names: ["Althing", "Alþingi"], country: "Iceland"),
    OrganizationRow(names: ["Bundesrat"], country: nil),
    OrganizationRow(names: ["Saeima"], country: "Latvia"),
    OrganizationRow(names: ["Seimas"], country: "Lithuania"),
    OrganizationRow(names: ["Riigikogu"], country: "Estonia"),
    OrganizationRow(names: ["Dewan Rakyat"], country: "Malaysia"),
    OrganizationRow(names: ["Dewan Negara"], country: "Malaysia"),
    OrganizationRow(names: ["Jatiya Sangsad"], country: "Bangladesh"),
    OrganizationRow(names: ["Senedd"], country: "United Kingdom"),
    OrganizationRow(names: ["Holyrood"], country: "United Kingdom"),
    OrganizationRow(names: ["Stormont"], country: "United Kingdom"),
    OrganizationRow(names: ["House of Commons"], country: nil),
    OrganizationRow(names: ["House of Lords"], country: "United Kingdom"),
    OrganizationRow(names: ["National Assembly"], country: nil),
    OrganizationRow(names: ["National Council of Provinces"], country: "South Africa"),
    OrganizationRow(names: ["Beijing"], country: "China"),
    OrganizationRow(names: ["Carnegie Europe"], country: nil),
    OrganizationRow(names: ["Brookings Institution"], country: nil),
    OrganizationRow(names: ["PolitiFact", "Politifact"], country: nil),
    OrganizationRow(names: ["Twitter"], country: nil),
    OrganizationRow(names: ["Facebook", "Meta"], country: nil),
    OrganizationRow(names: ["Instagram"], country: nil),
    OrganizationRow(names: ["YouTube"], country: nil),
    OrganizationRow(names: ["TikTok"], country: nil),
    OrganizationRow(names: ["Google"], country: nil),
    // Companies and agencies the press often quotes as sources ("Apple said", "the FDA said").
    OrganizationRow(names: ["Apple"], country: "United States"),
    OrganizationRow(names: ["Microsoft"], country: "United States"),
    OrganizationRow(names: ["Amazon"], country: "United States"),
    OrganizationRow(names: ["Tesla"], country: "United States"),
    OrganizationRow(names: ["SpaceX"], country: "United States"),
    OrganizationRow(names: ["OpenAI"], country: "United States"),
    OrganizationRow(names: ["Netflix"], country: "United States"),
    OrganizationRow(names: ["Nvidia"], country: "United States"),
    OrganizationRow(names: ["Intel"], country: "United States"),
    OrganizationRow(names: ["IBM"], country: "United States"),
    OrganizationRow(names: ["Boeing"], country: "United States"),
    OrganizationRow(names: ["Pfizer"], country: "United States"),
    OrganizationRow(names: ["Moderna"], country: "United States"),
    OrganizationRow(names: ["ExxonMobil", "Exxon Mobil", "Exxon"], country: "United States"),
    OrganizationRow(names: ["Chevron"], country: "United States"),
    OrganizationRow(names: ["Walmart"], country: "United States"),
    OrganizationRow(names: ["Disney", "Walt Disney Company"], country: "United States"),
    OrganizationRow(names: ["Uber"], country: "United States"),
    OrganizationRow(names: ["Goldman Sachs"], country: "United States"),
    OrganizationRow(names: ["JPMorgan Chase", "JPMorgan", "JP Morgan"], country: "United States"),
    OrganizationRow(names: ["Morgan Stanley"], country: "United States"),
    OrganizationRow(names: ["BlackRock"], country: "United States"),
    OrganizationRow(names: ["General Motors", "GM"], country: "United States"),
    OrganizationRow(names: ["Starbucks"], country: "United States"),
    OrganizationRow(names: ["Coca-Cola"], country: "United States"),
    OrganizationRow(names: ["Nike"], country: "United States"),
    OrganizationRow(names: ["Samsung"], country: "South Korea"),
    OrganizationRow(names: ["Huawei"], country: "China"),
    OrganizationRow(names: ["Alibaba"], country: "China"),
    OrganizationRow(names: ["Tencent"], country: "China"),
    OrganizationRow(names: ["ByteDance"], country: "China"),
    OrganizationRow(names: ["Toyota"], country: "Japan"),
    OrganizationRow(names: ["Sony"], country: "Japan"),
    OrganizationRow(names: ["Volkswagen"], country: "Germany"),
    OrganizationRow(names: ["Siemens"], country: "Germany"),
    OrganizationRow(names: ["Airbus"], country: nil),
    OrganizationRow(names: ["AstraZeneca"], country: "United Kingdom"),
    OrganizationRow(names: ["BP"], country: "United Kingdom"),
    OrganizationRow(names: ["Spotify"], country: "Sweden"),
    OrganizationRow(names: ["Rosneft"], country: "Russia"),
    OrganizationRow(names: ["Federal Trade Commission", "FTC"], country: "United States"),
    OrganizationRow(names: ["Securities and Exchange Commission", "SEC"], country: "United States"),
    OrganizationRow(names: ["Food and Drug Administration", "FDA"], country: "United States"),
    OrganizationRow(names: ["Centers for Disease Control and Prevention", "CDC"], country: "United States"),
    OrganizationRow(names: ["Environmental Protection Agency", "EPA"], country: "United States"),
    OrganizationRow(names: ["NASA"], country: "United States"),
    OrganizationRow(names: ["National Health Service", "NHS"], country: "United Kingdom"),
    OrganizationRow(names: ["Bank of England"], country: "United Kingdom"),
    OrganizationRow(names: ["Labour Party"], country: "United Kingdom"),
    OrganizationRow(names: ["Conservative Party"], country: "United Kingdom"),
    OrganizationRow(names: ["Liberal Democrats", "Lib Dems", "Lib Dem"], country: "United Kingdom"),
    OrganizationRow(names: ["Scottish National Party", "SNP"], country: "United Kingdom"),
    OrganizationRow(names: ["Plaid Cymru"], country: "United Kingdom"),
    OrganizationRow(names: ["Sinn Féin", "Sinn Fein"], country: "Ireland"),
    OrganizationRow(names: ["Fianna Fáil", "Fianna Fail"], country: "Ireland"),
    OrganizationRow(names: ["Fine Gael"], country: "Ireland"),
    OrganizationRow(names: ["UNICEF"], country: nil),
    OrganizationRow(names: ["UNHCR", "UN Refugee Agency"], country: nil),
    OrganizationRow(names: ["World Food Programme", "WFP"], country: nil),
    OrganizationRow(names: ["Doctors Without Borders", "Médecins Sans Frontières", "MSF"], country: nil),
    OrganizationRow(names: ["Greenpeace"], country: nil),
    OrganizationRow(names: ["Oxfam"], country: nil),
    OrganizationRow(names: ["Interpol"], country: nil),
    OrganizationRow(names: ["Europol"], country: nil),
    OrganizationRow(names: ["Hamas"], country: nil),
    OrganizationRow(names: ["Hezbollah"], country: "Lebanon"),
    OrganizationRow(names: ["Taliban"], country: "Afghanistan"),
    OrganizationRow(names: ["Islamic State", "ISIS", "ISIL"], country: nil),
    OrganizationRow(names: ["Wagner Group", "Wagner"], country: "Russia"),
  ]

  /// Last words that make a capitalised run a thing or a place, never a person ("Cold War",
  /// "Crimean Peninsula", "Intermediate-Range Nuclear Forces Treaty").
  static let placeHeads: WordSet = [
    "peninsula", "street", "avenue", "square", "river", "sea", "ocean", "mountains", "island", "islands", "county",
    "city", "province", "region", "district", "valley", "bay", "gulf", "lake", "park", "airport", "station",
    "border", "coast", "strait", "canal", "bridge", "hall", "palace", "tower", "headquarters", "base",
    "auditorium", "stadium", "arena", "cathedral", "mosque", "synagogue", "hotel", "prison", "mall", "plaza", "boulevard", "road", "highway",
    "junction", "canyon", "expressway", "motorway", "creek", "harbour", "harbor", "village", "town", "estate",
  ]
  static let thingHeads: WordSet = [
    "treaty", "war", "act", "accord", "accords", "agreement", "summit", "forum", "conference", "convention",
    "day", "week", "plan", "program", "programme", "initiative", "doctrine", "declaration", "protocol",
    "missiles", "forces", "award", "prize", "cup", "games", "olympics", "festival", "show", "series", "bill",
    "amendment", "constitution", "law", "report", "index", "policy", "strategy", "deal", "talks", "crisis",
    "budget", "questions", "election", "elections", "championship", "tournament", "trophy",
  ]

  /// Adjectives that open capitalised runs without naming anyone ("Eastern European", "Soviet").
  static let nameAdjectives: WordSet = [
    "european", "western", "eastern", "northern", "southern", "central", "soviet", "allied", "cold", "global",
    "international", "national", "federal", "arab", "african", "asian", "latin", "nordic", "baltic", "balkan",
    "transatlantic", "atlantic", "pacific", "middle", "islamic", "muslim", "christian", "jewish", "catholic",
    "conservative", "liberal", "progressive", "republican", "democratic", "green", "labour", "new", "old",
    "great", "royal", "imperial", "intermediate-range", "intermediate", "nuclear", "security", "foreign",
    "democrats", "republicans", "conservatives", "liberals", "progressives", "independents", "americans",
    "europeans", "muslims", "christians", "jews", "catholics", "evangelicals", "latinos", "hispanics", "blacks",
    "whites", "millennials", "socialists", "communists", "nationalists", "allies", "officials", "lawmakers",
    // People quoted as a group, never a name's first word ("Sources in the party said").
    "sources", "insiders", "witnesses", "residents", "analysts", "experts", "critics", "observers", "authorities",
    "investigators", "protesters", "protestors", "organisers", "organizers", "locals", "relatives",
    "neighbours", "neighbors", "villagers", "passengers", "diplomats", "economists", "researchers", "scientists", "celebrities",
    "youths", "pupils", "traders", "workers", "farmers", "voters", "fans", "supporters", "commuters", "shoppers",
    // Numbers that open a sentence ("Twenty of the 25 members signed").
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundreds", "thousands", "dozens", "millions",
  ]

  /// The last word of an organisation's name that no table lists ("Oversight Committee", "Quinnipiac University").
  static let organizationHeads: WordSet = [
    // Institutions that issue statements ("The Tidewater Museum said"), not places to be in; clubs ("Police FC").
    "museum", "gallery", "library", "theatre", "theater", "zoo", "fc", "afc", "rovers", "wanderers", "united",
    "athletic", "albion", "hotspur",
    "agency", "alliance", "army", "corps", "forum", "mission", "delegation", "pty", "bhd", "gmbh", "ltd.", "inc.",
    "corp.", "université", "universite", "universidad", "universität", "universiti", "universitas", "universidade",
    "università", "universitat", "institut", "politeknik", "kolej", "assembly", "association", "authority", "bank",
    "board", "bureau", "campaign",
    "center", "centre", "church", "club", "coalition", "college", "commission", "committee", "company", "congress",
    "corp", "corporation", "council", "court", "department", "foundation", "front", "fund", "government", "group",
    "inc", "institute", "institution", "league", "ltd", "ministry", "movement", "navy", "office", "organization",
    "organisation", "parliament", "party", "police", "school", "senate", "service", "society", "team", "union",
    "university", "administration", "caucus", "network", "project", "council", "forces", "force", "guard",
    "federation", "confederation", "academy", "tribunal", "chamber", "directorate", "secretariat", "cooperative",
    "systems", "technologies", "industries", "holdings", "labs", "laboratories", "pharmaceuticals", "motors",
    "airlines", "airways", "partners", "enterprises", "solutions", "entertainment", "studios", "rail",
    "railway", "railways", "hospital", "hospitals", "clinics", "services",
    "taskforce", "images", "command", "division", "unit", "squad", "clinic", "nation", "tribe",
    "energy", "transit", "transport", "trust", "media", "insurance", "logistics", "resources", "mining", "utilities",
    "foods", "brands", "petroleum", "telecom", "communications", "electric", "embassy", "consulate", "limited",
    "plc", "llc", "llp", "hydro", "power", "airport", "nursery", "kindergarten", "preschool", "hospice",
    // Builders' and developers' names ("Northstone Homes", "Redrow Developments").
    "homes", "developments", "properties", "estates", "construction", "builders",
  ]

  /// Nouns that refer back to an organisation already named ("the agency said", "said the company").
  /// Not "the campaign" or "the government": which one they mean is too often unclear. "The party said in a
  /// statement" is the party named last before it.
  static let organizationReferences: WordSet = [
    "agency", "company", "firm", "ministry", "department", "organization", "organisation", "association",
    "union", "bank", "corporation", "institute", "foundation", "charity", "group", "council", "commission",
    "committee", "court", "university", "newspaper", "paper", "network", "broadcaster", "channel", "magazine",
    "police", "bureau", "authority", "regulator", "watchdog", "club", "board", "airline",
    "hospital", "insurer", "retailer", "lender", "operator", "carrier", "trust", "utility", "tribunal", "bench",
    "alliance", "bloc", "embassy", "consulate", "coalition", "federation", "league", "force", "forum", "service",
    "chamber", "school", "college", "directorate", "secretariat", "mission", "office", "nursery", "hospice",
    "command", "party",
  ]

  /// Words other than the noun itself that name an organisation a reference noun means: "the force" (a
  /// police force, in British usage) is "Warwickshire Police" or "Kent Constabulary".
  static let organizationReferenceNames: WordMap<[String]> = [
    "force": ["police", "constabulary"], "bench": ["court", "tribunal"],
  ]

  /// Nouns an appositive uses for an organisation ("Equal Education, an advocacy group, said"; "a local
  /// charity"): the name before it is an organisation's, whatever its words.
  static let appositiveOrganizationNouns: Set<String> = [
    "group", "organisation", "organization", "charity", "nonprofit", "non-profit", "company", "firm", "union",
    "coalition", "movement", "agency", "institute", "foundation", "network", "association", "consultancy",
    "startup", "start-up", "lobby", "ngo", "trust", "society", "think-tank", "watchdog", "campaign",
    "utility", "regulator", "operator", "carrier", "airline", "broadcaster", "retailer", "supplier", "insurer",
    "lender", "bank", "manufacturer", "developer", "provider",
  ]

  /// Records that speak for whoever issued them, when the text says so ("X issued a statement … the
  /// statement said"): resolved to the issuer, never to the organisation named last.
  static let issuedRecords: WordSet = [
    "statement", "release", "readout", "communique", "communiqué", "order", "ruling", "judgment", "judgement", "decision",
  ]

  /// References that mean only an organisation whose name holds the word ("the police": "Lagos Police",
  /// never the court named last), and that may follow a place in lowercase ("Islamabad police").
  static let namedOnlyReferences: WordSet = ["police", "embassy", "consulate", "court", "tribunal"]

  /// Lowercase words that may stand between a place and its court ("the Delhi high court", "a Nairobi
  /// magistrates' court"), as some papers set a court's name.
  static let courtQualifiers: WordSet = [
    "high", "district", "sessions", "supreme", "family", "county", "crown", "magistrates", "magistrates'",
    "magistrate's", "appeals", "special", "trial", "circuit", "superior", "federal", "juvenile", "city",
  ]

  /// The references above that can mean an outlet.
  static let outletReferences: WordSet = ["newspaper", "paper", "network", "broadcaster", "channel", "magazine"]
}
