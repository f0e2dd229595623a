import Foundation

/// The matching rules of `../shared/tools/score-quotes`, re-implemented so that accuracy on the seeds
/// is an asserting test that runs without the shared folder. Keep in step with the scorer's header:
/// texts match when equal after folding, when one holds the other and covers 80% of it, or when
/// their word sets overlap by 80% (Jaccard); speakers match after folding case, accents and a
/// leading "the", and a bare surname matches the full name ending with it.
struct QuoteScorer {
  struct GoldQuote: Decodable {
    var document: String
    var quote: String
    var speaker: String?
  }

  struct Prediction {
    var document: String
    var text: String
    var speaker: String?
  }

  struct Score: CustomStringConvertible {
    var gold = 0, predicted = 0, matched = 0, speakerScored = 0, rightSpeaker = 0, found = 0
    var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { speakerScored == 0 ? 0 : Double(rightSpeaker) / Double(speakerScored) }
    var description: String {
      String(
        format: "quotes P=%.3f R=%.3f F1=%.3f | speaker accuracy %.3f of gold (%d of %d)", precision, recall, f1,
        speakerAccuracy, rightSpeaker, speakerScored)
    }
  }

  static func score(gold: [GoldQuote], predicted: [Prediction]) -> Score {
    let predictions = predicted.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    var pairs: [(score: Double, prediction: Int, gold: Int)] = []
    for (i, prediction) in predictions.enumerated() {
      for (j, quote) in gold.enumerated() where documentKey(prediction.document) == documentKey(quote.document) {
        let similarity = textScore(prediction.text, quote.quote)
        if similarity > 0 { pairs.append((similarity, i, j)) }
      }
    }
    pairs.sort { ($0.score, $0.prediction, $0.gold) > ($1.score, $1.prediction, $1.gold) }
    var usedPredictions = Set<Int>()
    var match: [Int: Int] = [:]
    for pair in pairs where !usedPredictions.contains(pair.prediction) && match[pair.gold] == nil {
      usedPredictions.insert(pair.prediction)
      match[pair.gold] = pair.prediction
    }
    let wanted = gold.indices.filter { gold[$0].speaker?.isEmpty == false }
    let neutral = Set(
      gold.indices.compactMap { j -> Int? in
        guard gold[j].speaker?.isEmpty != false, let i = match[j], predictions[i].speaker == nil else { return nil }
        return i
      })
    let scored = wanted.filter { gold[$0].speaker != "?" }
    var score = Score()
    score.gold = wanted.count
    score.predicted = predictions.count - neutral.count
    score.matched = wanted.filter { match[$0] != nil }.count
    score.speakerScored = scored.count
    score.found = scored.filter { match[$0] != nil }.count
    score.rightSpeaker = scored.filter { j in
      guard let i = match[j] else { return false }
      return sameSpeaker(predictions[i].speaker, gold[j].speaker)
    }.count
    return score
  }

  static func fold(_ text: String) -> String {
    let compatible = text.precomposedStringWithCompatibilityMapping.decomposedStringWithCanonicalMapping
    var scalars = String.UnicodeScalarView()
    for scalar in compatible.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    var folded = String(scalars)
    let replacements: [(String, String)] = [
      ("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{00A0}", " "),
      ("\u{2009}", " "), ("\u{2014}", "-"), ("\u{2013}", "-"),
    ]
    for (from, to) in replacements { folded = folded.replacingOccurrences(of: from, with: to) }
    let words = folded.split(whereSeparator: { $0.isWhitespace })
    return words.joined(separator: " ").lowercased()
  }

  static func normalizedText(_ text: String) -> String {
    fold(text).trimmingCharacters(in: CharacterSet(charactersIn: " \t\n,.;:!?'\"-"))
  }

  static func words(_ text: String) -> Set<String> {
    var result = Set<String>()
    var current = ""
    for character in normalizedText(text) {
      if isWordCharacter(character) || character == "'" {
        current.append(character)
      } else if !current.isEmpty {
        result.insert(current)
        current = ""
      }
    }
    if !current.isEmpty { result.insert(current) }
    return result
  }

  static func textScore(_ lhs: String, _ rhs: String) -> Double {
    let a = normalizedText(lhs)
    let b = normalizedText(rhs)
    if a.isEmpty || b.isEmpty { return 0 }
    if a == b { return 1 }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    if long.contains(short), Double(short.count) >= 0.8 * Double(long.count) { return 0.95 }
    let wa = words(a)
    let wb = words(b)
    let jaccard = Double(wa.intersection(wb).count) / Double(max(1, wa.union(wb).count))
    return jaccard >= 0.8 ? jaccard : 0
  }

  static func normalizedSpeaker(_ speaker: String?) -> String? {
    guard let speaker, !speaker.isEmpty else { return nil }
    var folded = fold(speaker)
    if folded.hasPrefix("the ") { folded.removeFirst(4) }
    let kept = folded.filter { isWordCharacter($0) || $0.isWhitespace || $0 == "-" }
    let trimmed = kept.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }

  static func sameSpeaker(_ predicted: String?, _ gold: String?) -> Bool {
    let p = normalizedSpeaker(predicted)
    let g = normalizedSpeaker(gold)
    guard let p, let g else { return p == g }
    if p == g { return true }
    let pt = p.split(separator: " ")
    let gt = g.split(separator: " ")
    guard let pLast = pt.last, let gLast = gt.last, pLast == gLast else { return false }
    return pt.count == 1 || gt.count == 1 || pt[0].first == gt[0].first
  }

  static func documentKey(_ document: String) -> String {
    ((document as NSString).lastPathComponent as NSString).deletingPathExtension
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
