import NewsCorpus
import Testing

@testable import NewsShell

/// The start-up line says what was loaded, from where, and when it came from a snapshot.
@Suite("Banner")
struct BannerTests {
  @Test("the banner says when the corpus was opened from its snapshot")
  func snapshot() {
    var corpus = Corpus(documents: [Document(id: "a", origin: SourceOrigin(path: "a"), text: "A.")])
    corpus.report.loadSeconds = 0.25
    #expect(Banner.line(for: corpus, paths: ["news"]) == "newsq: 1 document, 0 quotations, 0 speakers from news (0.25 s). Enter .help for help.\n")
    #expect(
      Banner.line(for: corpus, paths: ["news"], snapshot: "/cache/x.newsq")
        == "newsq: 1 document, 0 quotations, 0 speakers from news (from its snapshot in 0.25 s). Enter .help for help.\n")
  }
}
