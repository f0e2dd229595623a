/// The language's help, generated from its tables — keywords, clauses, operators, functions, collections —
/// so `.help` in the shell, the README and the grammar say the same thing. Every example here is parsed
/// and run by the tests.
public enum LanguageHelp {
  /// A line of help: how something is written, and what it does.
  public struct Entry: Sendable, Hashable {
    public var syntax: String
    public var summary: String
  }

  /// A query worth copying, with the question it answers.
  public struct Example: Sendable, Hashable {
    public var query: String
    public var question: String
  }

  /// The statements and clauses, in the order a query writes them (grammar/newsq.ebnf has them exactly).
  public static let statements: [Entry] = [
    Entry(
      syntax: "SOURCE { CLAUSE }", summary: "a query: rows of a collection or named result, shaped clause by clause"),
    Entry(
      syntax: "COLLECTION including boilerplate",
      summary: "paragraphs and sentences with their page furniture, hidden otherwise (naming the boilerplate field "
        + "in any clause includes it too)"),
    Entry(syntax: "let NAME = QUERY", summary: Keyword.let.summary),
    Entry(syntax: "explain QUERY", summary: Keyword.explain.summary),
    Entry(
      syntax: "concordance \"PHRASE\" [in SOURCE | in (QUERY)] [width N [words]]",
      summary: "every occurrence in sentences (or the source given), aligned: document, position, left, match, right; "
        + "a word may hold * and ? (\"guarantee*\")"),
    Entry(
      syntax: "collocates of \"PHRASE\" [in SOURCE] [window N] [by logdice|mi|t]",
      summary: "the words within N (5) words of the phrase: count, frequency and the three scores, best first"),
    Entry(
      syntax: "frequencies of words [in SOURCE | in (QUERY)]",
      summary: "each word of the text with its count and percent of all words, most frequent first"),
  ]

  public static let clauses: [Entry] = [
    Entry(syntax: "where CONDITION", summary: Keyword.where.summary),
    Entry(syntax: "show [distinct] EXPR [as NAME], …", summary: Keyword.show.summary),
    Entry(syntax: "group by EXPR, …", summary: "one row per group; then where/order by/show see count and aggregates"),
    Entry(
      syntax: "order by EXPR [asc|desc], …",
      summary: "sort by the keys, each ascending (the default) or descending; `sort by` too, `left 1` for left(1)"),
    Entry(syntax: "top N [by EXPR [asc|desc]] [per EXPR, …]", summary: Keyword.top.summary + "; per: in each group"),
    Entry(syntax: "limit N [offset M]", summary: "keep N rows, after skipping M"),
    Entry(syntax: "offset M", summary: "skip the first M rows"),
    Entry(syntax: "sample N [seed S]", summary: Keyword.sample.summary),
    Entry(syntax: "distinct", summary: "drop repeated rows"),
    Entry(syntax: "count", summary: "the number of rows instead of the rows"),
    Entry(syntax: "chart", summary: Keyword.chart.summary),
    Entry(syntax: "context [sentence|paragraph]", summary: Keyword.context.summary),
  ]

  public static let conditions: [Entry] = [
    Entry(
      syntax: "A = B, !=, <, <=, >, >=",
      summary: "compare text (ignoring case and accents), numbers, dates; \"2022-01\" is all of January"),
    Entry(syntax: "ENTITY = \"NAME\"", summary: "an entity by any of its names: full name, alias, surname"),
    Entry(syntax: "TEXT contains \"WORDS\"", summary: Keyword.contains.summary),
    Entry(syntax: "TEXT matches /REGEX/i", summary: Keyword.matches.summary),
    Entry(syntax: "A [not] in [X, Y, …]", summary: "A is (not) one of the values"),
    Entry(
      syntax: "A [not] in (QUERY), A in NAME",
      summary: "A is one of the query's items (people, documents) or of its first column's values; NAME may be a "
        + "list field of the row (\"sanctions\" in tags)"),
    Entry(syntax: "exists (QUERY)", summary: Keyword.exists.summary),
    Entry(syntax: "A [not] between X and Y", summary: Keyword.between.summary),
    Entry(
      syntax: "A + B, A - B, A * B, A / B, -A",
      summary: "arithmetic on numbers; a date ± days is a date (today - 30), a date - a date is days"),
    Entry(syntax: "A || B", summary: "the texts of A and B joined, as in SQL; null when either is null"),
    Entry(syntax: "case when C then A [when …] [else B] end", summary: Keyword.case.summary),
    Entry(syntax: "$NAME", summary: "a value set with .param set NAME VALUE"),
    Entry(syntax: "A is [not] null", summary: Keyword.is.summary),
    Entry(syntax: "not C, C and D, C or D, (C)", summary: "combine conditions; and binds tighter than or"),
    Entry(syntax: "LIST > N", summary: "a list (a person's quotes) counts as its length where a number is expected"),
    Entry(
      syntax: "a.b.c", summary: "follow a field into the collection it names: speaker.affiliation, document.outlet"),
    Entry(
      syntax: "\"text\", 'text', 1000, -2.5, 1e3, 2.5E-2, true, false, null",
      summary: "values; numbers are decimal, with an optional exponent (1e3 is 1000)"),
  ]

  /// The functions, from the function table.
  public static var functions: [Entry] {
    FunctionTable.all.map { Entry(syntax: $0.usage, summary: ($0.isAggregate ? "aggregate: " : "") + $0.summary) }
  }

  public static let examples: [Example] = [
    Example(query: #"quotes where speaker = "Putin""#, question: "every quotation of a person, found by any name form"),
    Example(
      query: #"quotes where speaker.affiliation = "Russia" and text contains "guarantees""#,
      question: "what officials of one country said about a word"),
    Example(
      query: #"quotes where text contains "open door" show document, speaker, text"#,
      question: "a phrase, and who said it"),
    Example(query: #"quotes where text matches /ukrain(e|ian)/i"#, question: "a pattern, ignoring case"),
    Example(
      query: #"quotes where cue in ["told", "added"] show speaker, cue, text"#, question: "quotations with given cues"),
    Example(query: "quotes where speaker is null count", question: "how many quotations have no speaker"),
    Example(
      query: "quotes where speaker is not null group by speaker order by count desc",
      question: "quotations counted per speaker, most first"),
    Example(
      query: "quotes where speaker is not null group by speaker where count(distinct document) > 1 show speaker, "
        + "count(distinct document) as documents",
      question: "speakers quoted in more than one document"),
    Example(
      query: "quotes group by document.outlet show outlet, count as quotes, count(distinct speaker) as speakers",
      question: "how each outlet quotes: quotations and distinct speakers"),
    Example(query: "people where quotes > 2 order by quotes desc", question: "people quoted more than twice"),
    Example(query: "people top 5 by mentions", question: "the five most mentioned people"),
    Example(
      query: #"sentences where mentions("Putin") and mentions("NATO") show document, text"#,
      question: "sentences that name two entities together"),
    Example(
      query: #"documents where date >= "2022-01-10" show id, title, outlet, date order by date"#,
      question: "articles from a date on"),
    Example(
      query: #"let russia = quotes where speaker.affiliation = "Russia""#, question: "keep a result under a name"),
    Example(query: #"russia where text contains "guarantees""#, question: "narrow a kept result"),
    Example(query: #"concordance "security" width 30 limit 10"#, question: "a word in context across the corpus"),
    Example(query: #"concordance "guarantees" in quotes"#, question: "a word in context, in quotations only"),
    Example(
      query: #"quotes where text contains "guarantees" context paragraph"#, question: "quotations in their paragraph"),
    Example(
      query: #"explain quotes where speaker = "Putin" and text contains "NATO""#,
      question: "which index answers which condition"),
    Example(
      query: "paragraphs where boilerplate is not null show document, boilerplate, text",
      question: "the page furniture hidden by default"),
    Example(
      query: "sentences including boilerplate top 3 by length(text) show document, text",
      question: "the longest sentences, page furniture included"),
    Example(query: "quotes show distinct cue order by cue", question: "the attribution cues in use"),
    Example(
      query: "quotes group by month(document.date) as month chart", question: "quotations per month, drawn as bars"),
    Example(
      query: "quotes group by speaker show speaker, count, round(count * 100.0 / total, 1) as share top 5 by share",
      question: "each speaker's share of all quotations"),
    Example(
      query: "quotes where speaker is not null group by document, speaker top 1 by count per document",
      question: "the most quoted speaker of each document"),
    Example(
      query: #"quotes where speaker in (people where affiliation = "Russia") show speaker, text"#,
      question: "quotations by the people a query finds"),
    Example(
      query: #"people where exists (quotes where text contains "sanctions") show name"#,
      question: "people who said a word at least once"),
    Example(query: "quotes sample 5 seed 42 show speaker, text", question: "a spot check others can repeat"),
    Example(
      query: #"concordance "guarantee*" width 4 words order by right(1)"#,
      question: "a word and its forms in context, sorted by the next word"),
    Example(query: #"collocates of "sanctions" window 3 limit 10"#, question: "the words found near a word"),
    Example(query: "frequencies of words in quotes limit 20", question: "the commonest words of the quotations"),
  ]

  /// The topics `.help TOPIC` accepts, besides a collection's or keyword's name.
  public static let topics = ["syntax", "conditions", "functions", "collections", "examples"]

  /// The whole help: syntax, conditions, functions, collections, examples.
  public static var text: String {
    topics.compactMap(topic).joined(separator: "\n")
  }

  /// One topic's help: a section, a collection's fields, or a keyword's summary; nil if unknown.
  public static func topic(_ name: String) -> String? {
    switch name.lowercased() {
    case "syntax":
      return section("Statements", statements) + "\n" + section("Clauses, in any order after the source", clauses)
    case "conditions": return section("Conditions and values", conditions)
    case "functions": return section("Functions", functions)
    case "collections":
      return section(
        "Collections (.schema NAME lists the fields)",
        Catalog.collections.map { Entry(syntax: $0.name, summary: $0.summary) })
    case "examples":
      return "Examples\n" + examples.map { "  -- \($0.question)\n  \($0.query)\n" }.joined()
    default:
      if let collection = Catalog.collection(named: name) {
        let fields = collection.fields.map { Entry(syntax: $0.name, summary: "\($0.shape) — \($0.summary)") }
        return section("\(collection.name): \(collection.summary)", fields)
      }
      if let keyword = Keyword(rawValue: name.lowercased()) { return help(on: keyword) }
      return nil
    }
  }

  /// A keyword: what it does, the statements, clauses and conditions written with it, and up to three
  /// examples that use it.
  static func help(on keyword: Keyword) -> String {
    func uses(_ text: String) -> Bool {
      text.lowercased().split { !$0.isLetter }.contains { $0 == keyword.rawValue }
    }
    let forms = (statements + clauses + conditions).filter { uses($0.syntax) }
    let shown = examples.filter { uses($0.query) }.prefix(3)
    var text = "\(keyword.rawValue): \(keyword.summary)\n"
    if !forms.isEmpty { text += section("Written", forms) }
    if !shown.isEmpty { text += "Examples\n" + shown.map { "  -- \($0.question)\n  \($0.query)\n" }.joined() }
    return text
  }

  /// A title, then one entry a line: the syntax, and its summary in a column; a syntax too long for the
  /// column has its summary on the next line, in the column.
  private static func section(_ title: String, _ entries: [Entry]) -> String {
    let column = (entries.map(\.syntax.count).filter { $0 <= 40 }.max() ?? 0) + 4
    let lines = entries.map { entry -> String in
      let syntax = "  " + entry.syntax
      let indent = String(repeating: " ", count: column - min(column, syntax.count))
      return syntax.count + 2 > column
        ? syntax + "\n" + String(repeating: " ", count: column) + entry.summary : syntax + indent + entry.summary
    }
    return ([title] + lines).joined(separator: "\n") + "\n"
  }
}
