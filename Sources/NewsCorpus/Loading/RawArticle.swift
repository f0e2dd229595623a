/// An article as read from its file, before extraction: its text and whatever metadata the input gave.
public struct RawArticle: Sendable {
  public var id: String
  public var origin: SourceOrigin
  public var text: String
  public var title: String?
  public var outlet: String?
  public var author: String?
  public var date: String?
  public var url: String?
  public var extraMetadata: [String: MetadataField]
  /// Whether the input gave `id` (a record's "id", a manifest's) rather than newsq making it from the file's name:
  /// a given id names one article, and a second article with it is kept out (`IdRegistry`).
  public var isIdGiven: Bool

  public init(
    id: String, origin: SourceOrigin, text: String, title: String? = nil, outlet: String? = nil,
    author: String? = nil, date: String? = nil, url: String? = nil, extraMetadata: [String: MetadataField] = [:],
    isIdGiven: Bool = false
  ) {
    self.id = id
    self.isIdGiven = isIdGiven
    self.origin = origin
    self.text = text
    self.title = title
    self.outlet = outlet
    self.author = author
    self.date = date
    self.url = url
    self.extraMetadata = extraMetadata
  }
}
