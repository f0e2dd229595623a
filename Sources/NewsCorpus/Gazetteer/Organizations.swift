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
  ]

  /// Last words that make a capitalised run a thing or a place, never a person ("Cold War",
  /// "Crimean Peninsula", "Intermediate-Range Nuclear Forces Treaty").
  static let placeHeads: WordSet = [
    "peninsula", "street", "avenue", "square", "river", "sea", "ocean", "mountains", "island", "islands", "county",
    "city", "province", "region", "district", "valley", "bay", "gulf", "lake", "park", "airport", "station",
    "border", "coast", "strait", "canal", "bridge", "hall", "palace", "tower", "headquarters", "base",
  ]
  static let thingHeads: WordSet = [
    "treaty", "war", "act", "accord", "accords", "agreement", "summit", "forum", "conference", "convention",
    "day", "week", "plan", "program", "programme", "initiative", "doctrine", "declaration", "protocol",
    "missiles", "forces", "award", "prize", "cup", "games", "olympics", "festival", "show", "series", "bill",
    "amendment", "constitution", "law", "report", "index", "policy", "strategy", "deal", "talks", "crisis",
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
  ]

  /// The last word of an organisation's name that no table lists ("Oversight Committee", "Quinnipiac University").
  static let organizationHeads: WordSet = [
    "agency", "alliance", "army", "assembly", "association", "authority", "bank", "board", "bureau", "campaign",
    "center", "centre", "church", "club", "coalition", "college", "commission", "committee", "company", "congress",
    "corp", "corporation", "council", "court", "department", "foundation", "front", "fund", "government", "group",
    "inc", "institute", "institution", "league", "ltd", "ministry", "movement", "navy", "office", "organization",
    "organisation", "parliament", "party", "police", "school", "senate", "service", "society", "team", "union",
    "university", "administration", "caucus", "network", "project", "council", "forces", "force", "guard",
    "federation", "confederation", "academy", "tribunal", "chamber", "directorate", "secretariat", "cooperative",
    "systems", "technologies", "industries", "holdings", "labs", "laboratories", "pharmaceuticals", "motors",
    "airlines", "airways", "partners", "enterprises", "solutions", "entertainment", "studios",
  ]

  /// Nouns that refer back to an organisation already named ("the agency said", "said the company").
  /// Not "the campaign", "the government", "the party": which one they mean is too often unclear.
  static let organizationReferences: WordSet = [
    "agency", "company", "firm", "ministry", "department", "organization", "organisation", "association",
    "union", "bank", "corporation", "institute", "foundation", "charity", "group", "council", "commission",
    "committee", "court", "university", "newspaper", "paper", "network", "broadcaster", "channel", "magazine",
  ]

  /// The references above that can mean an outlet.
  static let outletReferences: WordSet = ["newspaper", "paper", "network", "broadcaster", "channel", "magazine"]
}
