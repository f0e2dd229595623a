import Testing

@testable import NewsShell

/// Tab for what the research questions added: functions, clauses, views and their options, meta commands.
@Suite("Completion of the research additions")
struct ResearchCompletionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var offered: [String]
    var testDescription: String { text }
  }


  static let cases: [Case] = [
    Case(text: "quotes group by mon", offered: ["month("]),
    Case(text: "quotes show rou", offered: ["round("]),
    Case(text: "quotes sa", offered: ["sample "]),
    Case(text: "quotes sample 5 ", offered: ["seed "]),
    Case(text: "quotes group by speaker ch", offered: ["chart "]),
    Case(text: "quotes top 1 by speaker ", offered: ["per "]),
    Case(text: "quotes where speaker ", offered: ["between ", "in "]),
    Case(text: "quotes where ", offered: ["exists ", "case "]),
    Case(text: "col", offered: ["collocates "]),
    Case(text: "collocates ", offered: ["of "]),
    Case(text: "collocates of \"x\" ", offered: ["window ", "in ", "by "]),
    Case(text: "collocates of \"x\" by ", offered: ["logdice ", "mi ", "t "]),
    Case(text: "frequencies of ", offered: ["words "]),
    Case(text: "concordance \"x\" width 5 ", offered: ["words "]),
    Case(text: ".para", offered: [".param "]),
    Case(text: ".param ", offered: ["set ", "list "]),
    Case(text: ".nu", offered: [".nullvalue "]),
    Case(text: ".ent", offered: [".entities "]),
    Case(text: ".tab", offered: [".tables "]),
    Case(text: ".mode ", offered: ["chart ", "html "]),
  ]

  @Test("Tab offers the new words where they fit", arguments: cases)
  func offers(_ example: Case) {
    let completer = Completer(source: CompletionSource(metaCommands: MetaCommands.syntax))
    let candidates = completer.complete(example.text).candidates
    for word in example.offered { #expect(candidates.contains(word), "\(word) in \(candidates)") }
  }
}
