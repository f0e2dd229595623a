/// The speaker chosen for one quotation, with its evidence: the rule that decided, the cue it read,
/// and how the cue's subject became a person or organisation. `why` says it in words.
struct SpeakerChoice {
  var entity: Int?
  var kind: AttributionKind
  var cue: String?
  var cueRange: Range<Int>?
  var rule: AttributionRule
  var reading: SubjectReading = .none

  /// "named subject of 'said' in the same sentence", "she → Jane Doe, nearest female person, 2
  /// sentences back; subject of 'said' in the same sentence", "continuation of the paragraph above".
  var why: String {
    let explanation = rule.explanation(cue: cue)
    switch reading {
    case .none: return explanation
    case .named: return "named " + explanation
    case .resolved(let text), .unresolved(let text): return text + "; " + explanation
    case .unnamed: return "unnamed source; " + explanation
    }
  }

  /// The same speaker and cue, chosen again by another rule (a continuation).
  func continued(by rule: AttributionRule) -> SpeakerChoice {
    SpeakerChoice(entity: entity, kind: .continuation, cue: cue, cueRange: cueRange, rule: rule)
  }

  static let none = SpeakerChoice(entity: nil, kind: .none, cue: nil, cueRange: nil, rule: .noSpeaker)
}

/// How a cue's subject was read and resolved.
enum SubjectReading {
  /// Not read from a subject (a continuation borrows its speaker).
  case none
  /// A name in the text.
  case named
  /// A pronoun or description resolved to an entity: "she → Jane Doe, nearest female person, 2 sentences back".
  case resolved(String)
  /// A pronoun or description no entity fits: "she → no one named before".
  case unresolved(String)
  /// "a senior official", "sources": someone the text does not name.
  case unnamed

  /// "2 sentences back", "1 sentence back", "same sentence".
  static func distance(_ sentences: Int) -> String {
    switch sentences {
    case ...0: return "same sentence"
    case 1: return "1 sentence back"
    default: return "\(sentences) sentences back"
    }
  }
}
