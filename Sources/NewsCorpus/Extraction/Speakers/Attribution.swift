/// Who a cue says spoke: a name found in the text, a pronoun to resolve, or an unnamed source.
enum Subject: Equatable {
  /// Tokens of a name in the paragraph (first and last token index).
  case name(Range<Int>)
  /// A personal pronoun at a token index, with the gender it says.
  case pronoun(Int, Gender?)
  /// "the senator", "the president": the person named last before it whose title holds the word.
  case role(String, Int)
  /// "it" at a token index: the organisation or outlet named last before it.
  case organizationPronoun(Int)
  /// "the agency", "the company" at the noun's token index: the organisation named last before it,
  /// in its paragraph or the two before; an outlet only for nouns that name one ("the newspaper").
  case organizationNoun(Int)
  /// "they" at a token index: the organisation that spoke just before, else no one named.
  case groupPronoun(Int)
  /// "A mum-of-three has told how …" at the description's token: someone not yet named, whom the
  /// next paragraph may name; else an unnamed source.
  case described(Int)
  /// "a source", "officials", "the campaign": a speaker the text does not name.
  case unnamed
}

extension Subject {
  /// "he", "she", "the senator": a subject coreference resolves.
  var isPronounOrDescription: Bool {
    switch self {
    case .pronoun, .role: return true
    default: return false
    }
  }
}

/// The cue of a quotation and its subject, as `SpeakerAttributor` read them.
struct Attribution: Equatable {
  var subject: Subject
  /// The speech verb ("said", "told", "according to").
  var cue: String
  var cueRange: Range<Int>
}
