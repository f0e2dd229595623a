import Testing

@testable import NewsShell

@Suite("Recalled multi-line statements")
struct ContinuationLinesTests {
  @Test("a recalled statement shows the continuation prompt on its later lines and is entered without it")
  func roundTrip() {
    let statement = "quotes where (\n  speaker = \"Peskov\"\n)"
    #expect(ContinuationLines.shown(statement) == "quotes where (\n  ...>   speaker = \"Peskov\"\n  ...> )")
    #expect(ContinuationLines.typed(ContinuationLines.shown(statement)) == statement)
    #expect(ContinuationLines.shown("documents") == "documents")
  }

  @Test("a string that spans lines comes back exactly")
  func multiLineString() {
    let statement = "quotes where text contains \"first\n  second\""
    #expect(ContinuationLines.typed(ContinuationLines.shown(statement)) == statement)
  }

  @Test("a prompt partly erased while editing is still taken out; a line without it is left alone")
  func editedPrompt() {
    #expect(
      ContinuationLines.typed("quotes where (\n...>speaker = \"x\"\n ...> )") == "quotes where (\nspeaker = \"x\"\n)")
    #expect(ContinuationLines.typed("quotes where (\n  speaker = \"x\")") == "quotes where (\n  speaker = \"x\")")
    #expect(ContinuationLines.typed("documents") == "documents")
  }
}
