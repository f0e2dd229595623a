import Foundation
import Testing

@testable import NewsCorpus

/// `WordMap` answers as `[String: Value]` does, for ASCII words and for words that are not ASCII.
@Suite("Word map")
struct WordMapTests {
  @Test("finds words that are not ASCII as it finds ASCII ones", arguments: ["van", "ní", "ó", "québec", "zoë"])
  func findsEveryKey(word: String) {
    let set: WordSet = ["van", "ní", "ó", "québec", "zoë"]
    #expect(set.contains(word))
    #expect(set.contains(lowercasing: Substring(word.capitalized)))
  }

  @Test("misses words it does not hold, ASCII or not", arguments: ["vann", "nì", "o", "quebec"])
  func missesOtherWords(word: String) {
    let set: WordSet = ["van", "ní", "ó", "québec"]
    #expect(!set.contains(word))
  }
}
