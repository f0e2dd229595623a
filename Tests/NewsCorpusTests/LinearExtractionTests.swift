import Testing

@testable import NewsCorpus

/// One long paragraph loads in time linear in its length (issue 10, item 9: a 1.3 MB paragraph of opening
/// marks took 20 s, a 16 MB line 18 s). Each case extracts a paragraph of n and of 2n repeats of a unit and
/// compares the work the look-arounds report (`ExtractionWork`): the tokens each quotation's attribution may
/// read and the quotations the speaker searches walk. Work, not seconds.
@Suite("Linear extraction")
struct LinearExtractionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var unit: String
    var testDescription: String { unit }
  }

  static let cases: [Case] = [
    Case(unit: "“word "),  // opening marks never closed: one "sentence" of the whole paragraph
    Case(unit: "\"word "),
    Case(unit: "“word ‘nested "),
    Case(unit: "” word "),
    Case(unit: "\"We will go,\" Jane Doe said. "),
    Case(unit: "“It is over,” she said, adding that “more will come.” "),
    Case(unit: "“It is over” and “it is done” and "),  // quotations with no cue, continuing a speaker
    Case(unit: "PENCE: \"We will.\" "),
    Case(unit: "\"No,\" according to the minister. "),
    Case(unit: "\"Yes\" — Jane Doe "),
    Case(unit: "“”"),
  ]

  static func work(_ unit: String, repeats: Int) -> Int {
    let meter = ExtractionWork.Meter()
    let text = "A headline for the story\n\n" + String(repeating: unit, count: repeats) + "\n"
    ExtractionWork.$meter.withValue(meter) {
      _ = DocumentExtractor(bytes: Array(text.utf8), givenTitle: nil).extract()
    }
    return meter.steps
  }

  @Test("twice the paragraph, about twice the work", arguments: cases)
  func doubling(_ testCase: Case) {
    let small = Self.work(testCase.unit, repeats: 1_500)
    let large = Self.work(testCase.unit, repeats: 3_000)
    #expect(Double(large) <= 2.2 * Double(max(small, 1)), "\(small) → \(large)")
  }

  @Test("the work is counted: a paragraph of quotations reports it")
  func counted() {
    #expect(Self.work("“word ", repeats: 100) > 100)
  }
}
