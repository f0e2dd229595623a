/// Words of titles and roles that stand before or beside a name but are not part of it
/// ("Deputy Secretary of State", "Kremlin spokesman", "senior fellow"), lowercased.
extension Gazetteer {
  static let roleWords: WordSet = [
    "president", "vice", "minister", "prime", "boss", "gaffer", "secretary", "general", "secretary-general", "deputy", "foreign",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor", "chairman", "chairwoman",
    "chair", "director", "chief", "state", "official", "officials", "leader", "head", "commander", "lt", "lt.",
    "col", "col.", "gen", "gen.", "adm", "adm.", "admiral", "colonel", "major", "sergeant", "captain", "lieutenant",
    "judge", "justice", "attorney", "prosecutor", "sheriff", "chancellor", "king", "queen", "prince", "princess",
    "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "reverend", "rev", "rev.", "pastor", "father",
    "sir", "dame", "lord", "lady", "dr", "dr.", "professor", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "miss", "mx", "madam", "madame", "former", "acting", "interim", "incoming", "outgoing", "assistant", "associate",
    "undersecretary", "permanent", "defense", "defence", "interior", "finance", "economy", "trade",
    "justice", "health", "education", "energy", "affairs", "national", "security", "adviser", "advisor",
    "counselor", "counsel", "press", "communications", "campaign", "manager", "strategist", "analyst", "economist",
    "fellow", "senior", "junior", "researcher", "scholar", "expert", "author", "columnist", "correspondent",
    "editor", "reporter", "writer", "host", "anchor", "founder", "co-founder", "ceo", "cfo", "coo", "executive",
    "officer", "member", "members", "candidate", "nominee", "delegate", "diplomat", "negotiator", "lawmaker",
    "legislator", "speaker", "majority", "minority", "whip", "house", "republican", "democrat", "democratic",
    "independent", "party", "first", "crown", "emir", "sheikh", "sultan", "ayatollah", "premier", "president-elect",
    "vice-president", "prime-minister", "gop", "pollster", "activist", "organizer", "lawyer", "doctor", "nurse",
    "coach", "referee", "umpire", "player", "actor", "actress", "singer", "rapper", "star", "u.s.", "mp", "mep", "commissioner",
    "high", "del", "del.", "delegate", "retired", "ret.", "aide", "aides", "staffer", "chairwoman", "president",
    "ceo", "owner", "chairperson", "superintendent", "commissioner", "mayor", "inspector", "auditor", "treasurer", "clerk", "council", "board", "committee",
    "quarterback", "pitcher", "goalkeeper", "striker", "midfielder", "linebacker", "substitute", "defender",
    "defenceman", "defenseman", "goaltender", "netminder", "centreman",
    "winger", "keeper", "batsman", "bowler", "fly-half", "scrum-half", "full-back", "centre-back", "jockey", "agent", "detective",
    "constable", "trooper", "firefighter", "paramedic", "surgeon", "physician", "teacher", "principal", "kc", "qc",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "corporator", "trustee", "assemblyman",
    "assemblywoman", "assemblymember", "baroness", "baron", "smt", "smt.", "shri", "sri",
    "garda", "td", "sc", "bl", "mla", "mca", "msp", "mpp", "barman", "barrister", "solicitor", "pharmacist", "advocate",
    // Offices and honorifics of other countries and trades ("Taoiseach Leo Varadkar", "CS Kithure Kindiki",
    // "DPM Lawrence Wong", "Datuk Seri Anwar Ibrahim", "Skipper Babar Azam", "Magistrate Paul Mulroney").
    "taoiseach", "cllr", "cllr.", "tánaiste", "tanaiste", "cs", "ps", "pm", "dpm", "sms", "cm", "mos", "md", "dcp", "acp", "coun", "coun.", "insp", "insp.", "supt", "supt.", "det", "det.", "sgt", "sgt.", "cst", "cst.", "cpl", "cpl.", "gda", "gda.", "dci", "pc", "dc", "ds", "di", "sp", "dsp", "asp", "csp", "ssp", "igp", "aig", "dig", "cj", "cji", "cjp", "mec", "skipper", "dpp", "cr", "cr.",
    "magistrate", "recorder", "coroner", "constables", "presiding", "shadow", "cabinet", "provincial", "datuk", "dato",
    "datin", "seri", "tun", "tunku", "tengku", "haji", "hajjah", "alhaji", "alhaja", "menteri", "besar", "mufti",
    "ustaz", "ustazah", "brigadier", "marshal", "commodore", "corporal", "warrant", "forecaster",
    "meteorologist", "hon", "hon.", "rt.", "comrade", "engr", "engr.", "barr.", "amb.", "mallam", "malam",
    // What a tabloid calls someone before the name ("Thug Connor Bleasdale", "Pensioner Brenda Oakhurst").
    "pensioner", "thug", "killer", "schoolboy", "schoolgirl", "student", "teenager", "victim", "hero", "fraudster",
    "conman", "murderer", "burglar", "motorist", "cyclist", "farmer", "ministers", "secretaries", "senators", "governors", "mayors", "commissioners", "veteran",
    "registrar", "rector", "provost", "ombudsman", "taskforce", "justices", "judges", "ig", "dg",
    // Parts in a broadcast, so that "PRESENTER:" finds "presenter Nora Quill".
    "presenter", "co-host", "moderator", "interviewer", "announcer", "narrator", "newsreader",
    // Filipino forms of address before a given name ("Aling Merly", "Mang Tonyo").
    "aling", "mang",
    // Yoruba traditional rulers' titles ("Oba Ganiyu Adisa", "the Baale of Idi-Ose", "the Olubadan").
    "oba", "baale", "olubadan", "ooni", "alaafin",
  ]

  /// Transcript labels that name a part, not a person ("HOST:", "INTERVIEWER:", "UNIDENTIFIED MALE:"),
  /// by their last word: the turn belongs to whoever the text names in that part, or to no one named.
  static let transcriptPartLabels: WordSet = [
    "host", "co-host", "presenter", "anchor", "interviewer", "moderator", "reporter", "correspondent", "announcer",
    "narrator", "caller", "question", "answer", "male", "female", "man", "woman", "voice", "audience", "crowd",
    "participant", "panelist", "panellist", "guest", "commentator", "journalist", "speaker", "person",
  ]

  /// Words of a heading before a colon that labels a part of an article, no speaker's turn ("THE FACTS:",
  /// "RATING:", "UPDATE:", "WHY IT MATTERS:").
  static let headingLabelWords: WordSet = [
    "facts", "fact", "check", "fact-check", "claim", "claims", "rating", "verdict", "update", "updated", "correction", "background",
    "context", "analysis", "related", "watch", "listen", "photo", "photos", "video", "editor's", "note", "why",
    "it", "matters", "what", "next", "bottom", "line", "timeline", "key", "points", "sources", "source", "read",
    "more", "the", "a", "an", "our", "ruling", "summary", "quotes", "quote", "contact", "contacts", "media",
    "quick", "learn", "notes", "resources", "links", "backgrounder", "highlights", "details", "excerpts", "excerpt",
    "edited", "transcript",
  ]

  /// The transcript parts that ask and introduce rather than answer: their turns are no quotations.
  /// NPR labels its reporter's narration "BYLINE", a part that asks and tells, whose turns quote no one.
  static let interviewerParts: WordSet = ["host", "co-host", "presenter", "anchor", "interviewer", "moderator", "byline"]

  /// Titles that may stand for the organisation itself when nothing comes between "the" and the word
  /// ("the forecaster said" after the Met Office), but for one of its people after its name ("the
  /// Weather Bureau forecaster said").
  static let organizationRoles: WordSet = ["forecaster", "pollster"]

  /// Role words that only qualify a title ("former", "deputy", "Republican"): a title needs a word
  /// outside this set ("former Republican nominee" is a title, "former Republican" is not).
  static let roleModifiers: WordSet = [
    "former", "acting", "interim", "incoming", "outgoing", "assistant", "associate", "deputy", "senior", "junior",
    "vice", "first", "high", "permanent", "foreign", "national", "security", "press", "communications", "campaign",
    "republican", "democrat", "democratic", "independent", "party", "u.s.", "majority", "minority", "state",
    "defense", "defence", "interior", "finance", "economy", "trade", "justice", "health", "education", "energy",
    "affairs", "chief", "executive", "house", "council", "board", "committee", "crown", "prime",
    "retired", "ret.", "star", "player", "officials", "presiding", "shadow", "cabinet", "provincial", "datuk",
    "dato", "datin", "seri", "tun", "tunku", "tengku", "haji", "hajjah", "alhaji", "alhaja", "menteri", "warrant",
    "veteran", "ministers", "secretaries", "senators", "governors", "mayors", "commissioners",
  ]

  /// Role words that qualify another title ("Justice Minister") but are a title of their own right
  /// before a name ("Justice Ayokunle Faji-Ola adjourned", "Chief Andrea Paul"), so that "the judge" and
  /// "the chief" find that person.
  static let titlesRightBeforeName: WordSet = ["justice", "chief"]

  /// Whether a word can carry a title on its own ("senator", "spokesman", "minister").
  static func isRoleHead(_ word: String) -> Bool {
    let lower = word.lowercased()
    return roleWords.contains(lower) && !roleModifiers.contains(lower)
      && !maleHonorifics.contains(lower) && !femaleHonorifics.contains(lower)
  }

  /// Abbreviated titles and the word they stand for, so that "the senator" finds "Sen. Mary Holt".
  static let roleAbbreviations: WordMap<String> = [
    "sen": "senator", "sen.": "senator", "rep": "representative", "rep.": "representative",
    "congressman": "representative", "congresswoman": "representative", "gov": "governor", "gov.": "governor",
    "gen": "general", "gen.": "general", "pres": "president", "pres.": "president", "prof": "professor",
    "prof.": "professor", "lt": "lieutenant", "lt.": "lieutenant", "col": "colonel", "col.": "colonel",
    "adm": "admiral", "adm.": "admiral", "atty": "attorney", "atty.": "attorney", "dr": "doctor", "dr.": "doctor",
    "gaffer": "manager", "cji": "chief justice", "cjp": "chief justice", "cj": "chief justice",
    "boss": "manager", "skipper": "captain", "ig": "inspector", "dg": "director-general", "justice": "judge",
    "cllr": "councillor", "cllr.": "councillor", "dpp": "prosecutor", "cr": "councillor", "cr.": "councillor", "counsel": "lawyer", "solicitor": "lawyer",
    "barrister": "lawyer", "advocate": "lawyer", "coun": "councillor", "coun.": "councillor", "insp": "inspector",
    "insp.": "inspector", "supt": "superintendent", "supt.": "superintendent", "det": "detective", "det.": "detective",
    // Offices of two words written as initials: "the PM" is whoever the text calls "Prime Minister".
    "pm": "prime minister", "cm": "chief minister", "dpm": "deputy prime minister",
    "sgt": "sergeant", "sgt.": "sergeant", "recorder": "judge", "magistrate": "judge", "gda": "garda", "gda.": "garda", "cst": "constable", "cst.": "constable", "pc": "constable", "dc": "constable", "cpl": "corporal", "cpl.": "corporal",
    // Relations said two ways: "his mum, Ann," is "the mother" the text speaks of.
    "mum": "mother", "mom": "mother", "mam": "mother", "dad": "father", "grandma": "grandmother",
    "grandpa": "grandfather", "gran": "grandmother",
  ]

  /// Forms of address after "His", "Her" or "Your" that stand for the holder of an office: "Her Honour
  /// said" is the judge the text named.
  static let addressedOffices: WordMap<String> = ["honour": "judge", "honor": "judge"]

  /// Descriptions that name a kind of office rather than an office, and offices of that kind: "the top Russian
  /// diplomat" is the foreign minister named before, "the lawmaker" a senator.
  static let officeKinds: [String: [String]] = [
    "diplomat": ["foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy", "minister of foreign affairs"],
    "lawmaker": ["senator", "congressman", "congresswoman", "representative", "mp", "legislator", "member of parliament"],
    "legislator": ["senator", "congressman", "congresswoman", "representative", "mp", "lawmaker", "member of parliament"],
  ]

  /// A role word in its full form ("Sen." → "senator").
  static func fullRole(_ word: String) -> String {
    let lower = word.lowercased()
    return roleAbbreviations[lower] ?? lower
  }

  /// Nouns that name a person by relation, before a name in commas ("Her husband, João, …").
  static let relationWords: WordSet = [
    "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "friend", "neighbor", "neighbour",
    "colleague", "partner", "cousin", "uncle", "aunt", "grandmother", "grandfather", "boss", "spouse", "fiancé",
    "fiancée", "girlfriend", "boyfriend", "mum", "mom", "dad", "grandson", "granddaughter", "nephew", "niece",
    "widow", "widower", "stepfather", "stepmother", "stepson", "stepdaughter", "twin", "partner",
  ]

  /// Relation words of one family, who usually share a surname ("Tobias's mum, Shauna,"): not friends,
  /// partners or colleagues.
  static let familyRelations: Set<String> = [
    "mother", "father", "mum", "mom", "mam", "dad", "son", "daughter", "brother", "sister", "grandmother",
    "grandfather", "grandson", "granddaughter", "wife", "husband", "widow", "widower", "twin",
  ]

  /// The gender a relation word gives the person it names ("Her father, Istvan, …").
  static let relationGender: [String: Gender] = [
    "husband": .male, "son": .male, "brother": .male, "father": .male, "uncle": .male, "grandfather": .male,
    "boyfriend": .male, "fiancé": .male, "wife": .female, "daughter": .female, "sister": .female,
    "mother": .female, "aunt": .female, "grandmother": .female, "girlfriend": .female, "fiancée": .female,
    "mum": .female, "mom": .female, "dad": .male, "grandson": .male, "granddaughter": .female, "nephew": .male,
    "niece": .female, "widow": .female, "widower": .male, "stepfather": .male, "stepmother": .female,
    "stepson": .male, "stepdaughter": .female,
  ]

  /// Honorifics that say a person's gender.
  static let maleHonorifics: WordSet = ["mr", "mr.", "sir", "lord", "king", "prince", "father", "alhaji", "shri"]
  static let femaleHonorifics: WordSet = [
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "madam", "madame", "alhaja", "hajia",
    "datin", "smt", "smt.",
  ]

  /// Heads of noun phrases that name an unnamed source ("a senior official", "the spokesman", "sources").
  static let anonymousSourceHeads: WordSet = [
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats", "statement", "person", "people",
    "man", "woman", "someone", "analyst", "analysts", "expert", "experts", "critics", "supporters", "voter",
    "voters", "resident", "residents", "observer", "observers", "campaign", "report", "memo", "letter", "poll",
    "survey", "study", "analysis", "document", "documents", "spokesmen", "representative", "representatives",
    "lawyer", "lawyers", "attorney", "attorneys", "friend", "friends", "member", "members", "others", "one",
    "many", "some", "both", "all", "several", "few", "most", "leaders", "leader", "group", "organizers", "protesters", "officer", "officers",
    "percent", "majority", "minority", "ad", "ads", "narrator", "announcer", "commercial", "release", "filing",
    "editorial", "ruling", "complaint", "lawsuit", "tweets", "post", "message", "email", "emails", "respondents", "office",
  ]

  /// What a minister's portfolio is named with ("Minister for Water Resources", "Minister of Home Affairs"):
  /// words that continue a portfolio, never open the holder's name.
  static let portfolioWords: WordSet = [
    "affairs", "agriculture", "budget", "children", "climate", "commerce", "communications", "culture", "defence",
    "defense", "development", "economy", "education", "employment", "energy", "enterprise", "environment",
    "equality", "families", "finance", "fisheries", "forestry", "forests", "health", "heritage", "housing",
    "immigration", "industry", "infrastructure", "innovation", "justice", "labour", "labor", "lands", "mines",
    "mining", "petroleum", "planning", "police", "power", "relations", "resources", "revenue", "roads", "safety",
    "science", "security", "services", "sport", "sports", "technology", "tourism", "trade", "transport",
    "transportation", "treasury", "veterans", "water", "welfare", "works", "youth", "women", "irrigation",
    "cooperation", "co-operation", "integration", "investment", "aviation", "railways", "highways", "telecommunications",
  ]
}
