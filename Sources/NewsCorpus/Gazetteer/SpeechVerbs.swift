/// Verbs that attribute words to a speaker, each with every form the press uses.
///
/// One table: `forms` lists the inflections that text shows ("say", "says", "said", "saying");
struct SpeechVerb {
  var lemma: String
  var forms: [String]
}

extension Gazetteer {
  static let speechVerbs: [SpeechVerb] = {
    var verbs: [SpeechVerb] = [
      SpeechVerb(lemma: "say", forms: ["say", "says", "said", "saying"]),
      SpeechVerb(lemma: "tell", forms: ["tell", "tells", "told", "telling"]),
      SpeechVerb(lemma: "write", forms: ["write", "writes", "wrote", "writing", "written"]),
      SpeechVerb(lemma: "speak", forms: ["speak", "speaks", "spoke", "speaking"]),
      SpeechVerb(lemma: "go on", forms: ["went on", "goes on", "go on", "going on"]),
      SpeechVerb(lemma: "sing", forms: ["sing", "sings", "sang", "singing"]),
      SpeechVerb(lemma: "put", forms: ["put it", "puts it", "putting it"]),
      SpeechVerb(lemma: "sum up", forms: ["summed it up", "sums it up", "summing it up", "summed up", "sums up"]),
      SpeechVerb(lemma: "according to", forms: ["according to"]),
      SpeechVerb(lemma: "testify", forms: ["testify", "testifies", "testified", "testifying"]),
      SpeechVerb(lemma: "reply", forms: ["reply", "replies", "replied", "replying"]),
      SpeechVerb(lemma: "deny", forms: ["deny", "denies", "denied", "denying"]),
      SpeechVerb(lemma: "cry", forms: ["cry", "cries", "cried"]),
      SpeechVerb(lemma: "quip", forms: ["quip", "quips", "quipped"]),
      SpeechVerb(lemma: "admit", forms: ["admit", "admits", "admitted", "admitting"]),
      SpeechVerb(lemma: "label", forms: ["label", "labels", "labeled", "labelled", "labeling"]),
      SpeechVerb(lemma: "dub", forms: ["dub", "dubs", "dubbed", "dubbing"]),
      SpeechVerb(lemma: "tweet", forms: ["tweet", "tweets", "tweeted", "tweeting"]),
      SpeechVerb(lemma: "email", forms: ["emailed", "emails", "e-mailed", "texted", "messaged"]),
      SpeechVerb(lemma: "slam", forms: ["slam", "slams", "slammed", "slamming"]),
      SpeechVerb(lemma: "beg", forms: ["beg", "begs", "begged", "begging"]),
      SpeechVerb(lemma: "chat", forms: ["chat", "chats", "chatted", "chatting"]),
      // "“…,” the statement read."
      SpeechVerb(lemma: "read", forms: ["read", "reads"]),
      // The tabloid's verbs of feeling ("she sobbed", "he fumed", "snapped the coach").
      SpeechVerb(lemma: "sob", forms: ["sob", "sobs", "sobbed", "sobbing"]),
      SpeechVerb(lemma: "snap", forms: ["snap", "snaps", "snapped", "snapping"]),
      SpeechVerb(lemma: "spit", forms: ["spat"]),
      SpeechVerb(lemma: "weep", forms: ["wept"]),
      SpeechVerb(lemma: "sigh", forms: ["sighed"]),
      SpeechVerb(lemma: "laugh", forms: ["laughed"]),
      SpeechVerb(lemma: "beam", forms: ["beamed"]),
      SpeechVerb(lemma: "hit back", forms: ["hit back", "hits back", "hitting back"]),
      SpeechVerb(lemma: "shoot back", forms: ["shoot back", "shoots back", "shot back", "shooting back"]),
      // "Trump issued a statement, “…”": the statement is the speaker's words.
      SpeechVerb(
        lemma: "issue a statement",
        forms: ["issued a statement", "issues a statement", "issuing a statement", "released a statement",
          "releases a statement", "releasing a statement", "put out a statement", "puts out a statement"]),
      // A court's ruling: "She further held that the reports were “uncertified”" (not "the meeting was held that day").
      SpeechVerb(lemma: "hold", forms: ["held that", "holds that", "holding that"]),
      // French participles in English copy, after words in « » and the auxiliary "a" ("», a déclaré X").
      SpeechVerb(lemma: "déclarer", forms: ["déclaré", "ajouté", "affirmé", "indiqué", "expliqué", "souligné"]),
    ]
    for lemma in regularSpeechVerbs {
      verbs.append(SpeechVerb(lemma: lemma, forms: regularForms(lemma)))
    }
    return verbs
  }()

  /// A lowercase word of five letters or more ending in "-ed": a verb in the past that the tables may not
  /// list ("pressed", "boasted"), read as a cue only where nothing else could stand (right after a quotation).
  static func mayBeUnlistedPastVerb(_ word: String) -> Bool { word.utf8.count > 4 && word.hasSuffix("ed") }

  /// Verbs inflected by the usual English rules (add, adds, added, adding).
  static let regularSpeechVerbs: [String] = [
    "add", "ask", "explain", "continue", "note", "argue", "claim", "insist", "stress", "warn", "declare", "state",
    "respond", "recall", "acknowledge", "announce", "suggest", "call", "describe", "report", "complain",
    "predict", "promise", "vow", "urge", "accuse", "charge", "contend", "concede", "joke", "boast", "shout",
    "chant", "maintain", "observe", "remark", "comment", "confirm", "demand", "point out", "term", "brand",
    "reiterate", "repeat", "emphasize", "emphasise", "underscore", "assert", "allege", "caution", "counter",
    "conclude", "mention", "reveal", "disclose", "estimate", "agree", "answer", "scoff", "sneer", "yell",
    "whisper", "exclaim", "proclaim", "pledge", "threaten", "praise", "criticize", "criticise", "condemn",
    "dismiss", "mock", "lament", "worry", "fret", "muse", "wonder", "question", "recount", "describe", "talk",
    "post", "guarantee", "forecast", "characterize", "blast", "attack", "cite", "rule",
    "rate", "plead", "order", "instruct", "advise", "recommend", "propose", "reason", "speculate",
    "stipulate", "retort", "relate", "insist", "hint", "signal", "indicate", "assure", "reassure", "inform",
    "brief", "announce", "acknowledge", "object", "protest", "interrupt", "begin", "start", "finish", "conclude",
    "thunder", "declare", "decry", "deride", "denounce", "applaud", "hail", "welcome", "thank", "apologize",
    "apologise", "confess", "swear", "recall", "remind", "reflect", "tout", "trumpet", "liken", "exhort", "implore",
    "fume", "rage", "gush", "moan", "groan", "grumble", "wail", "whine", "rant", "roar", "hiss", "growl", "bark",
    "bellow", "scream", "shriek", "blurt", "confide", "tease", "enthuse", "murmur", "mumble", "mutter", "stammer",
    "stutter", "gasp", "fire back", "rave", "blame", "credit", "hammer", "lash out", "weigh in", "chime in",
    "push back", "interject",
  ]

  /// say → says, said…: the regular inflections of a verb or phrasal verb ("point out" → "pointed out").
  static func regularForms(_ lemma: String) -> [String] {
    let parts = lemma.split(separator: " ", maxSplits: 1).map(String.init)
    let verb = parts[0]
    let particle = parts.count > 1 ? " " + parts[1] : ""
    var stem = verb
    var third = verb + "s"
    var past = verb + "ed"
    var ing = verb + "ing"
    if verb.hasSuffix("e") {
      stem = String(verb.dropLast())
      past = verb + "d"
      ing = stem + "ing"
    } else if verb.hasSuffix("y"), let beforeY = verb.dropLast().last, !"aeiou".contains(beforeY) {
      stem = String(verb.dropLast())
      third = stem + "ies"
      past = stem + "ied"
    } else if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") {
      third = verb + "es"
    }
    return [verb, third, past, ing].map { $0 + particle }
  }

  /// Whether a lowercased word is a cue where it could also be a noun: a speech verb's form, but not
  /// one in "-s" other than "says" ("the players' demands", "cites many claims" hold nouns).
  static func isVerbalCue(_ word: String) -> Bool {
    speechVerbIndex[word] != nil && (!word.hasSuffix("s") || word == "says")
  }
}
