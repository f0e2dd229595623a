import NewsQuery
import Testing

@testable import NewsShell

/// Tab completion as data: the text before the cursor, and what Tab offers there.
@Suite("Completion")
struct CompleterTests {
  static var source: CompletionSource {
    CompletionSource(
      metaCommands: MetaCommands.syntax,
      namedResults: { ["russia": "quotes", "counts": ""] },
      resultColumns: { ["russia": [], "counts": ["speaker", "count"]] },
      values: { collection, field in
        switch (collection, field) {
        case ("quotes", "speaker"):
          return [
            ValueChoice("Jens Stoltenberg", forms: ["Jens Stoltenberg", "Stoltenberg"]), ValueChoice("Wendy Sherman"),
            ValueChoice("Sherman"), ValueChoice("Sauli Niinistö"), ValueChoice("Brad Sherman"),
            ValueChoice("Vladimir Putin", forms: ["Vladimir Putin", "Vladimir V. Putin", "Putin"]),
          ]
        case ("quotes", "document"): return [ValueChoice("a.txt"), ValueChoice("b.txt")]
        case ("entities", "name"): return [ValueChoice("NATO"), ValueChoice("Vladimir Putin")]
        default: return []
        }
      },
      folderEntries: { folder in
        folder == "."
          ? [
            FolderEntry(name: "scripts", isFolder: true), FolderEntry(name: "seeds", isFolder: true),
            FolderEntry(name: "notes.nq", isFolder: false), FolderEntry(name: ".hidden", isFolder: false),
          ]
          : folder == "scripts/" ? [FolderEntry(name: "speakers.nq", isFolder: false)] : []
      })
  }
  let completer = Completer(source: Self.source)

  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var candidates: [String]
    var testDescription: String { "'\(text)' → \(candidates)" }
  }

  static let cases: [Case] = [
    Case(text: "quo", candidates: ["quotes "]),
    Case(text: "ru", candidates: ["russia "]),
    Case(text: "counts where sp", candidates: ["speaker "]),
    Case(text: "counts order by c", candidates: ["count ", "count(", "coalesce(", "case "]),
    Case(text: "quotes wh", candidates: ["where "]),
    Case(text: "quotes where spe", candidates: ["speaker "]),
    Case(text: "quotes where text contains \"x\" and sp", candidates: ["speaker "]),
    Case(text: "quotes where speaker co", candidates: ["contains "]),
    Case(text: "quotes where speaker = \"Stol", candidates: ["\"Jens Stoltenberg\""]),
    Case(text: "quotes where speaker = \"stol", candidates: ["\"Jens Stoltenberg\""]),
    Case(text: "quotes where speaker = \"niinis", candidates: ["\"Sauli Niinistö\""]),
    Case(text: "quotes where speaker = 'Stol", candidates: ["'Jens Stoltenberg'"]),
    Case(text: "quotes where speaker = \"Sher", candidates: ["\"Wendy Sherman\"", "\"Brad Sherman\""]),
    Case(text: "quotes where speaker = \"x\" or speaker != \"Stol", candidates: ["\"Jens Stoltenberg\""]),
    Case(text: "russia where speaker = \"Stol", candidates: ["\"Jens Stoltenberg\""]),
    Case(text: "quotes where document = \"a", candidates: ["\"a.txt\""]),
    Case(text: "quotes where text = \"a", candidates: []),
    Case(text: "quotes where speaker = \"Vladimir V", candidates: ["\"Vladimir Putin\""]),
    Case(text: "sentences where mentions(\"Pu", candidates: ["\"Vladimir Putin\""]),
    Case(text: "sentences where mentions(\"NATO\", \"vla", candidates: ["\"Vladimir Putin\""]),
    Case(text: "sentences where mentions(\"NATO\") and mentions(", candidates: ["\"NATO\"", "\"Vladimir Putin\""]),
    Case(text: "sentences where men", candidates: ["mentions ", "mentions("]),
    Case(text: "concordance \"NATO\" in quo", candidates: ["quotes "]),
    Case(text: "concordance \"NATO\" wi", candidates: ["width "]),
    Case(text: "quotes wi", candidates: []),
    Case(text: "quotes context ", candidates: ["sentence ", "paragraph "]),
    Case(text: "quotes where speaker is ", candidates: ["not ", "null "]),
    Case(text: "quotes where speaker is not ", candidates: ["null "]),
    Case(text: "quotes order by speaker d", candidates: ["desc ", "distinct "]),
    Case(text: "quotes show speaker a", candidates: ["as "]),
    Case(text: "let x = quo", candidates: ["quotes "]),
    Case(text: "let x ", candidates: ["= "]),
    Case(text: "explain quotes where speaker = \"Stol", candidates: ["\"Jens Stoltenberg\""]),
    Case(
      text: "quotes where speaker.",
      candidates: [
        "name ", "kind ", "aliases ", "roles ", "affiliation ", "country ",
        "gender ", "quotes ", "mentions ", "documents ",
      ]),
    Case(text: "quotes where speaker = \"Jens Stoltenberg\"", candidates: []),
    Case(text: "documents; quotes where spe", candidates: ["speaker "]),
    Case(text: "quotes where (\n  spe", candidates: ["speaker "]),
    Case(text: ".hel", candidates: [".help "]),
    Case(text: ".he", candidates: [".headers ", ".help "]),
    Case(text: ".mode nd", candidates: ["ndjson "]),
    Case(text: ".timer o", candidates: ["on ", "off "]),
    Case(text: ".help sch", candidates: ["schema "]),
    Case(text: ".schema quo", candidates: ["quotes "]),
    Case(text: ".read no", candidates: ["notes.nq "]),
    Case(text: ".read scr", candidates: ["scripts/"]),
    Case(text: ".read scripts/sp", candidates: ["scripts/speakers.nq "]),
    Case(text: ".open se", candidates: ["seeds/"]),
    Case(text: ".complete quotes where spe", candidates: ["speaker "]),
    Case(text: ".nosuch x", candidates: []),
  ]

  @Test("offers what fits where the cursor is", arguments: cases)
  func offers(_ example: Case) {
    #expect(completer.complete(example.text).candidates == example.candidates)
  }

  @Test("one candidate replaces the word being typed")
  func replaces() {
    let completion = completer.complete("quotes where speaker = \"Stol")
    #expect(completion.replaceCount == 5)
    #expect(completion.insertion == "\"Jens Stoltenberg\"")
    #expect(completion.labels == ["Jens Stoltenberg"])
  }

  @Test("several candidates insert their common prefix and are all listed")
  func several() {
    let completion = completer.complete(".ti")
    #expect(completion.insertion == ".timer ")
    let fields = completer.complete("documents where ")
    #expect(fields.candidates.count > 2)
    #expect(fields.insertion == "")
    #expect(fields.labels.contains("outlet"))
  }

  @Test("a name form inside a longer one gives way to it, so one person is one candidate")
  func aliasesCollapse() {
    #expect(ValueMatcher.matching(["Stoltenberg", "Jens Stoltenberg"], typed: "Sto") == ["Jens Stoltenberg"])
    #expect(
      ValueMatcher.matching(["Sherman", "Wendy Sherman", "Brad Sherman"], typed: "") == [
        "Wendy Sherman", "Brad Sherman",
      ])
  }

  @Test("Tab right after an operator opens the string and lists the values")
  func opensString() {
    let completion = completer.complete("quotes where speaker = ")
    #expect(completion.insertion == "\"")
    #expect(
      completion.labels == ["Jens Stoltenberg", "Wendy Sherman", "Sauli Niinistö", "Brad Sherman", "Vladimir Putin"])
    #expect(completer.complete("quotes where speaker = Sto").candidates == ["\"Jens Stoltenberg\""])
  }

  @Test("a value holding the quote is escaped")
  func escapes() {
    #expect(ValueMatcher.escape("The \"Post\"", quote: "\"") == #"The \"Post\""#)
    #expect(ValueMatcher.escape("O'Brien", quote: "\"") == "O'Brien")
  }

  @Test("after a collection, clause keywords; after a field in a condition, operators")
  func context() {
    #expect(completer.complete("quotes ").candidates.contains("where "))
    #expect(!completer.complete("quotes ").candidates.contains("and "))
    let operators = completer.complete("quotes where speaker ").candidates
    #expect(operators.contains("= ") && operators.contains("contains "))
    #expect(completer.complete("quotes where text contains \"a\" ").candidates.contains("and "))
  }

  @Test("every keyword is offered where its place in the language's table says it may stand")
  func everyKeywordIsOffered() {
    let anchors: [Keyword: String] = [
      .show: "quotes show ", .group: "quotes group ", .order: "quotes order ", .is: "quotes where speaker is ",
      .case: "quotes show case ", .collocates: "collocates ", .frequencies: "frequencies ",
    ]
    let modified: [Keyword: String] = [
      .show: "quotes show speaker ", .order: "quotes order by speaker ", .top: "quotes top 3 by speaker ",
      .case: "quotes show case when speaker is null then cue ",
    ]
    let openers: [Keyword: String] = [
      .concordance: "concordance \"NATO\" ", .collocates: "collocates of \"NATO\" ", .frequencies: "frequencies of words ",
    ]
    let numbered: [Keyword: String] = [.sample: "quotes sample 5 "]
    for keyword in Keyword.allCases {
      for place in keyword.places {
        let fragments: [String?]
        switch place {
        case .statementOpener: fragments = [""]
        case .sourceModifier: fragments = ["paragraphs ", "sentences "]
        case .clause: fragments = ["quotes ", "quotes where speaker = \"x\" "]
        case .conditionJoiner: fragments = ["quotes where text contains \"a\" "]
        case .negation: fragments = ["quotes where ", "quotes where (speaker = \"x\" or "]
        case .comparison: fragments = ["quotes where speaker "]
        case .value: fragments = []
        case .after(let anchorKeywords): fragments = anchorKeywords.map { anchors[$0] }
        case .modifier(let clauses): fragments = clauses.map { modified[$0] }
        case .option(let opener): fragments = [openers[opener]]
        case .expressionStarter: fragments = ["quotes where ", "quotes show "]
        case .afterNumber(let clause): fragments = [numbered[clause]]
        }
        for fragment in fragments {
          guard let fragment else {
            Issue.record("no statement to try '\(keyword.rawValue)' in at \(place); add one to this test")
            continue
          }
          #expect(completer.complete(fragment).candidates.contains(keyword.rawValue + " "), "'\(fragment)' + Tab")
        }
      }
    }
    #expect(completer.complete("quotes show ").candidates.contains("speaker "))
  }

  @Test("'including boilerplate' is offered after the collections that hide page furniture only")
  func includingBoilerplate() {
    #expect(completer.complete("sentences inc").candidates == ["including "])
    #expect(completer.complete("paragraphs including ").candidates == ["boilerplate "])
    #expect(!completer.complete("quotes ").candidates.contains("including "))
  }

  @Test("the listing lays candidates out in columns and cuts a long list")
  func listing() {
    #expect(CandidateListing.format(["a", "bb", "ccc"], width: 12) == "a    bb\nccc\n")
    let many = CandidateListing.format((1...150).map { "n\($0)" }, width: 80)
    #expect(many.hasSuffix("… and 50 more\n"))
  }
}
