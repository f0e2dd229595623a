/// The phrases that mark page furniture, one table per kind, lowercased. A paragraph matches a rule
/// when it contains one of the phrases and is no longer than the rule allows.
struct BoilerplateRule {
  var kind: BoilerplateKind
  var phrases: [String]
  /// Paragraphs with more words than this are body text whatever they contain.
  var maxWords: Int
  /// Whether the phrase must open the paragraph.
  var atStart: Bool = false
  /// Words one of which must also appear (an author bio names a writing job).
  var alsoNeeds: [String] = []
}

extension BoilerplateClassifier {
  static let rules: [BoilerplateRule] = [
    BoilerplateRule(
      kind: .newsletter,
      phrases: [
        "sign up", "newsletter", "subscribe", "delivered directly to your inbox", "to your inbox", "daily email",
        "free daily email", "get the facts behind the news", "escape your echo chamber", "get our", "email alerts",
      ], maxWords: 40),
    BoilerplateRule(
      kind: .relatedLinks,
      phrases: [
        "read more", "read next", "read previous", "read the rest", "related:", "related coverage", "see also",
        "recommended for you", "recommended stories", "most popular", "you may also like", "more stories", "trending now",
        "click here", "watch:", "listen:", "also read", "further reading", "continue reading", "currently reading",
      ], maxWords: 30),
    BoilerplateRule(
      kind: .commentPrompt,
      phrases: [
        "leave a reply", "leave a comment", "give a comment", "join the conversation", "comments are closed",
        "required fields are marked", "your email address will not be published", "add a comment", "comment below",
        "share your thoughts", "post a comment",
      ], maxWords: 30),
    BoilerplateRule(
      kind: .photoCredit,
      phrases: [
        "credit…", "credit:", "photo:", "photograph:", "image:", "picture:", "getty images", "shutterstock", "via ap",
        "via reuters", "/ afp", "/ ap", "/ reuters", "/ epa", "photo by", "photo credit", "(photo", "(ap photo",
        "file photo", "pictured:", "[file", "[afp]", "[reuters]", "[ap]", "[epa]", "[getty", "[ap photo", "(getty",
      ], maxWords: 30),
    BoilerplateRule(
      kind: .navigation,
      phrases: [
        "minute read", "min read", "share this", "share on", "follow us", "follow @", "skip to", "advertisement",
        "back to top", "print this", "all rights reserved", "copyright ©", "© 20", "terms of use", "privacy policy",
        "cookie policy", "log in", "sign in",
      ], maxWords: 15),
    // A copyright notice with its terms of use after it ("Copyright © 2020 NPR. All rights reserved. Visit …").
    BoilerplateRule(kind: .other, phrases: ["copyright ©", "copyright (c)", "© "], maxWords: 45, atStart: true),
    BoilerplateRule(
      kind: .authorBio,
      phrases: [
        "follow him on twitter", "follow her on twitter", "on twitter @", "is a staff writer", "is a reporter",
        "is a correspondent", "is a columnist", "is a contributor", "is a news writer", "has worked as",
        "writes on", "writes about", "is the author of", "is an editor", "is a senior editor", "contributed reporting",
        "contributed to this report", "reporting by", "editing by", "is a freelance",
      ], maxWords: 90,
      alsoNeeds: ["writer", "editor", "reporter", "journalist", "correspondent", "columnist", "contributor", "twitter",
        "reporting", "author"]),
    BoilerplateRule(kind: .byline, phrases: ["by "], maxWords: 8, atStart: true),
    // "Source: Al Jazeera and news agencies", "Published On 12 Mar 2024": credits and stamps.
    BoilerplateRule(
      kind: .other, phrases: ["source:", "sources:", "published on", "published:", "updated on", "updated:", "last updated"],
      maxWords: 10, atStart: true),
    // An editor's note closing an interview or a transcript, which no interviewee says.
    BoilerplateRule(
      kind: .other,
      phrases: ["edited for length", "edited for clarity", "condensed for clarity", "edited and condensed",
        "lightly edited"], maxWords: 20),
  ]
}
