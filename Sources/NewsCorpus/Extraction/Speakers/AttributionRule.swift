/// The rules that choose a quotation's speaker, in the order they are tried: for each quotation the
/// first rule that proposes a speaker (or an unnamed source) decides, and the quotation's `why` says
/// which rule it was and how its subject was resolved.
///
/// The table reads top to bottom as the decision does: labels, then a cue in the quotation's own
/// sentence, then the ways a quotation with no cue of its own borrows one from its neighbours.
enum AttributionRule: Int, CaseIterable, Sendable {
  /// `PENCE: …` inside the marks, or a paragraph opening with a transcript's label.
  case transcriptLabel
  /// A paragraph with no marks after a paragraph ending in `… said:`, or after a line that is a name.
  case introducedBlock
  /// A paragraph with no marks going on with the block quotation above (a statement, a turn).
  case blockContinuation
  /// An answer in an interview set out as questions and answers, given to the interviewee.
  case interviewAnswer
  /// A speech verb in the quotation's sentence, after it (`“…,” she said`) or before it (`He said: “…”`).
  case cueInSentence
  /// The sentence's subject applies the words to someone (`admires the mayor as a “strong leader”`).
  case characterization
  /// "“…,” a senior official said. “…,” he said.": a pronoun after an unnamed source stays unnamed.
  case afterUnnamedSource
  /// The first quotation of a paragraph after a paragraph ending in `… said:`.
  case introduced
  /// No cue of its own, after an unnamed source's quotation in the same paragraph.
  case unnamedContinuation
  /// No cue of its own: the speaker of the quotation before it in the paragraph.
  case earlierInParagraph
  /// No cue of its own: the subject of a speech verb in the sentence before (`…, Ross said. “…”`).
  case reportedBefore
  /// No cue of its own: the person a short sentence before is about (`Reilly was unapologetic. “…”`).
  case subjectOfPreviousSentence
  /// A quotation alone in its paragraph that the next paragraph names the speaker of (`Mr Cahill made the remark`).
  case backReference
  /// A quotation running on into the next paragraphs: the cue that closes the run (`… Said the CS.`).
  case endOfRun
  /// No cue of its own: the person a later quotation's cue in the paragraph names (`“…” And “…” ― Jane Doe`).
  case namedLaterInParagraph
  /// No cue of its own, opening its paragraph (or after an open one): the speaker of the paragraph above.
  case previousParagraph
  /// No cue of its own: the cue of a later quotation in the same paragraph.
  case laterInParagraph
  /// One of a list of quotations joined by "and" or "or": the speaker of the list's first with a cue.
  case coordinatedList
  /// Nothing names a speaker.
  case noSpeaker

  /// How the rule reads in a quotation's `why`, after the subject: "subject of 'said' in the same
  /// sentence". `cue` is the cue's words.
  func explanation(cue: String?) -> String {
    let quoted = cue.map { "'\($0)'" } ?? "the cue"
    switch self {
    case .transcriptLabel: return "transcript label \(quoted)"
    case .introducedBlock:
      return cue == "" ? "block under the speaker's name line" : "block introduced by \(quoted) ending the paragraph above"
    case .blockContinuation: return "continuation of the block above"
    case .interviewAnswer: return "answer to the question above, in an interview with the person quoted or introduced before it"
    case .cueInSentence: return "subject of \(quoted) in the same sentence"
    case .characterization: return "subject of the sentence that applies the words \(quoted)"
    case .afterUnnamedSource: return "pronoun after an unnamed source, subject of \(quoted)"
    case .introduced: return "introduced by \(quoted) ending the paragraph above"
    case .unnamedContinuation: return "continues an unnamed source's quotation in the paragraph"
    case .earlierInParagraph: return "continuation of the quotation before it in the paragraph"
    case .reportedBefore: return "subject of \(quoted) in the sentence before"
    case .subjectOfPreviousSentence: return "subject of the short sentence before"
    case .backReference: return "the speaker the next paragraph's \(quoted) points to"
    case .endOfRun: return "quotation running on over paragraphs, subject of \(quoted) where it ends"
    case .namedLaterInParagraph: return "named by the cue \(quoted) of a later quotation in the paragraph"
    case .previousParagraph: return "continuation of the paragraph above"
    case .laterInParagraph: return "shares the cue \(quoted) of a later quotation in the paragraph"
    case .coordinatedList: return "listed by 'and' or 'or' after a quotation that \(quoted) introduces"
    case .noSpeaker: return "no cue and no speaker before it"
    }
  }
}
