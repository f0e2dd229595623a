/// Words of titles and roles that stand before or beside a name but are not part of it
/// ("Deputy Secretary of State", "Kremlin spokesman", "senior fellow"), lowercased.
extension Gazetteer {
  static let roleWords: Set<String> = [
    "president", "vice", "minister", "prime", "secretary", "general", "secretary-general", "deputy", "foreign",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor", "chairman", "chairwoman",
    "chair", "director", "chief", "state", "official", "officials", "leader", "head", "commander", "lt", "lt.",
    "col", "col.", "gen", "gen.", "adm", "adm.", "admiral", "colonel", "major", "sergeant", "captain", "lieutenant",
    "judge", "justice", "attorney", "prosecutor", "sheriff", "chancellor", "king", "queen", "prince", "princess",
    "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "reverend", "rev", "rev.", "pastor", "father",
    "sir", "dame", "lord", "lady", "dr", "dr.", "professor", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "miss", "mx", "former", "acting", "interim", "incoming", "outgoing", "assistant", "associate",
    "undersecretary", "under", "permanent", "defense", "defence", "interior", "finance", "economy", "trade",
    "justice", "health", "education", "energy", "affairs", "national", "security", "adviser", "advisor",
    "counselor", "counsel", "press", "communications", "campaign", "manager", "strategist", "analyst", "economist",
    "fellow", "senior", "junior", "researcher", "scholar", "expert", "author", "columnist", "correspondent",
    "editor", "reporter", "writer", "host", "anchor", "founder", "co-founder", "ceo", "cfo", "coo", "executive",
    "officer", "member", "members", "candidate", "nominee", "delegate", "diplomat", "negotiator", "lawmaker",
    "legislator", "speaker", "majority", "minority", "whip", "house", "republican", "democrat", "democratic",
    "independent", "party", "first", "crown", "emir", "sheikh", "sultan", "ayatollah", "premier", "president-elect",
    "vice-president", "prime-minister", "gop", "pollster", "activist", "organizer", "lawyer", "doctor", "nurse",
    "coach", "player", "actor", "actress", "singer", "rapper", "star", "u.s.", "mp", "mep", "commissioner",
    "high", "del", "del.", "delegate", "retired", "ret.", "inspector", "auditor", "treasurer", "clerk", "council", "board", "committee",
  ]

  /// Honorifics that say a person's gender.
  static let maleHonorifics: Set<String> = ["mr", "mr.", "sir", "lord", "king", "prince", "father"]
  static let femaleHonorifics: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess"]

  /// Heads of noun phrases that name an unnamed source ("a senior official", "the spokesman", "sources").
  static let anonymousSourceHeads: Set<String> = [
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats", "statement", "person", "people",
    "man", "woman", "someone", "analyst", "analysts", "expert", "experts", "critics", "supporters", "voter",
    "voters", "resident", "residents", "observer", "observers", "campaign", "report", "memo", "letter", "poll",
    "survey", "study", "analysis", "document", "documents", "spokesmen", "representative", "representatives",
    "lawyer", "lawyers", "attorney", "attorneys", "friend", "friends", "member", "members", "others", "one",
    "many", "some", "both", "all", "leaders", "leader", "group", "organizers", "protesters", "officer", "officers",
  ]
}
