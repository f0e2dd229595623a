/// The accuracy the extraction must reach on the seeds, in one place (issue 3).
enum AccuracyThresholds {
  static let seedsQuoteF1 = 0.97
  static let seedsSpeakerAccuracy = 0.95
}
