/// A name the text gives, as found in one paragraph: a person, organisation, place or outlet, with the
/// title and affiliation written beside it.
struct NameCandidate {
  var kind: EntityKind
  /// Token indices of the name itself, without titles or honorifics.
  var tokens: Range<Int>
  var byteRange: Range<Int>
  /// The name as written, without honorifics ("Vladimir V. Putin", "Putin").
  var text: String
  /// For gazetteer names, the canonical form ("U.S." → "United States").
  var canonical: String?
  var role: String?
  /// A description set off by commas after the name when a title stands before it ("Sen. Craig
  /// Harmon, a Republican,"): a second role, so that "the Republican" can find him.
  var appositiveRole: String? = nil
  var affiliation: String?
  var country: String?
  var gender: Gender?
  /// The gender the first name usually goes with (`Gazetteer.givenNameGender`), for a name of two
  /// words or more or a word the text gives as a first name.
  var givenNameGender: Gender? = nil
  /// A lone word the text gives as a person's first name ("Her sister, Amina,").
  var isGivenNameOnly = false
  /// Whether something besides capitals says this is a person: a title or honorific, a relation word,
  /// an age, a title in commas after it, or a first name the lexicon knows. Pronouns prefer such people
  /// to a capitalised run that may be a place or a thing ("Circuit Breaker", "El Fasher").
  var isLikelyPerson = false
  /// An age the text gives beside the name ("Salo, 22,", "a 12-year-old Akmal"), so that "the
  /// 22-year-old" or "the boy" can find the person.
  var age: Int? = nil
  var isInQuote: Bool
  /// A lone capitalised word that may be a name; kept only if the document confirms it.
  var needsConfirmation: Bool
  var sentence: Int
  /// `LocalEntities.significantWords(text)`, kept once computed: a person's name is looked up at
  /// each of several steps. Nil until `withSignificantWords()`.
  var significantWords: [String]? = nil

  /// This candidate with its significant words computed, for a person (their text is final by then).
  func withSignificantWords() -> NameCandidate {
    guard kind == .person, significantWords == nil else { return self }
    var copy = self
    copy.significantWords = LocalEntities.significantWords(text)
    return copy
  }

  /// `LocalEntities.significantWords(text)`, from the copy kept if there is one.
  var nameWords: [String] { significantWords ?? LocalEntities.significantWords(text) }
}

/// What a pronoun, an honorific or a given name says about a person.
public enum Gender: String, Equatable, Sendable, CaseIterable { case female, male }
