/// Words that start a capitalised run without being a name: function words, pronouns, days and months.
extension Gazetteer {
  static let functionWords: WordSet = [
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "if", "then", "than", "when", "while",
    "where", "whether", "because", "since", "after", "before", "although", "though", "as", "at", "by", "from",
    "in", "into", "of", "on", "onto", "over", "to", "under", "up", "with", "without", "within", "about",
    "against", "amid", "amidst", "among", "between", "outside", "inside", "beyond", "behind", "beside", "besides",
    "throughout", "alongside", "beneath", "during", "through", "toward", "towards", "upon", "despite", "like", "unlike",
    "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "which", "what",
    "why", "how", "all", "any", "both", "each", "every", "few", "many", "more", "most", "much", "no", "not",
    "some", "such", "several", "various", "numerous", "one", "two", "three", "other", "another", "also", "still", "even", "just", "only", "now",
    "not", "yes", "well", "meanwhile", "however", "instead", "indeed", "already", "perhaps", "maybe", "once",
    "later", "earlier", "today", "yesterday", "tomorrow", "tonight", "last", "next", "new", "according", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
    "could", "should", "may", "might", "must", "let", "let's", "said", "says", "asked", "read", "click", "sign",
    "follow", "watch", "see", "get", "share", "subscribe", "related", "photo", "video", "image", "credit",
    "updated", "posted", "published", "advertisement", "editor's", "note", "more", "latest", "breaking",
    "live", "via", "per", "mr", "mrs", "ms", "dr", "st", "re", "oh", "ok", "okay", "dear", "thanks", "please",
    "sen", "rep", "gov", "gen", "lt", "col", "in", "out", "off", "down", "again", "ever", "never", "always",
    "sometimes", "often", "first", "second", "third", "finally", "secretary", "president", "minister",
    // Contractions of pronouns ("I'm Nora Quill" names Nora Quill).
    "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "it's", "it’s", "we're", "we’re", "we've",
    "we’ve", "you're", "you’re", "he's", "he’s", "she's", "she’s", "they're", "they’re", "that's", "that’s",
    "there's", "there’s", "here's", "here’s", "what's", "what’s", "let’s",
  ]

  /// Adverbs that open a sentence capitalised ("Conversely, …") and so look like names.
  static let sentenceAdverbs: WordSet = [
    "additionally", "conversely", "consequently", "finally", "fortunately", "unfortunately", "similarly",
    "ironically", "interestingly", "notably", "importantly", "surprisingly", "predictably", "curiously",
    "separately", "originally", "previously", "recently", "currently", "ultimately", "eventually", "initially",
    "publicly", "privately", "apparently", "reportedly", "clearly", "obviously", "certainly", "frankly", "honestly",
    "seriously", "basically", "essentially", "generally", "typically", "usually", "increasingly", "accordingly",
    "subsequently", "presumably", "allegedly", "nonetheless", "nevertheless", "furthermore", "moreover", "instead",
    "otherwise", "thus", "hence", "therefore", "regardless", "overall", "ultimately", "specifically", "indeed",
    "still", "later", "earlier", "afterward", "afterwards", "today", "yesterday", "tonight", "now", "then",
  ]

  static let calendarWords: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
    // Time zones after a time ("11:48 PM EDT", "5:41 PM MYT").
    "gmt", "bst", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "cet", "cest", "ist", "myt", "sgt",
    "aest", "aedt", "awst", "nzst", "nzdt", "hkt", "jst", "kst", "pkt", "ct", "et", "pt", "mt", "adt", "ndt", "nst",
    "wat", "sast",
  ]

  static let malePronouns: WordSet = ["he", "him", "his", "himself"]
  static let femalePronouns: WordSet = ["she", "her", "hers", "herself"]
  static let pluralPronouns: WordSet = ["they", "them", "their", "we", "i"]

  /// Words between a subject and its speech verb that do not change who speaks ("has also said").
  /// Words in "-ly" that are no adverb of manner: nouns and adjectives a description may end on.
  static let wordsInLyNotAdverbs: WordSet = [
    "family", "assembly", "ally", "rally", "supply", "monopoly", "bully", "reply", "belly", "folly", "tally",
    "anomaly", "homily", "butterfly", "holy", "ugly", "early", "only", "daily", "weekly", "monthly", "yearly",
    "quarterly", "elderly", "friendly", "lonely", "lovely", "costly", "deadly", "likely", "unlikely", "lily",
    "jelly", "gully", "melancholy", "hourly", "nightly", "orderly", "curly", "silly", "holly",
  ]

  static let verbModifiers: WordSet = [
    "has", "have", "had", "also", "later", "then", "previously", "earlier", "once", "again", "recently",
    "repeatedly", "often", "would", "will", "could", "may", "might", "did", "does", "do", "is", "was", "were",
    "are", "be", "been", "being", "flatly", "simply", "just", "never", "not", "further", "publicly", "privately",
    "reportedly", "allegedly", "apparently", "bluntly", "sharply", "angrily", "quietly", "famously", "always",
    "ultimately", "frequently", "quickly", "subsequently", "likewise", "similarly", "even", "still", "herself",
    "himself", "themselves", "separately", "directly", "explicitly", "openly", "first", "finally", "now",
  ]
}
