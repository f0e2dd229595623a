/// A person, organization, place or outlet the corpus mentions, merged across name forms and documents.
public struct Entity: Sendable {
  public var id: Int
  public var kind: EntityKind
  /// The fullest name the text gives ("Lars Halvorsen").
  public var name: String
  /// Every other form used ("Halvorsen", "Mr Halvorsen"), without the canonical name.
  public var aliases: [String]
  /// Titles and roles the text gives ("NATO Secretary General", "Kremlin spokesman").
  public var roles: [String]
  /// The country or organization the text ties the entity to ("Russia"), if any.
  public var affiliation: String?
  /// The country the text ties the entity to, when it names one ("Russian …", "Kremlin spokesman").
  public var country: String?
  /// A person's gender as inferred from the text — the pronouns that refer to them, an honorific
  /// ("Ms", "Mr"), a relation word ("her husband, João") — or else from the given name; nil when
  /// nothing says, and always nil for organisations, places and outlets. An inference, not a fact; the
  /// entities file beside the corpus (`EntityCuration`) can set it.
  public var gender: Gender?
  public var mentionIDs: [Int]
  public var quotationIDs: [Int]

  public init(
    id: Int, kind: EntityKind, name: String, aliases: [String] = [], roles: [String] = [],
    affiliation: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.roles = roles
    self.affiliation = affiliation
    self.mentionIDs = []
    self.quotationIDs = []
  }

  /// The canonical name followed by every alias.
  public var allNames: [String] { [name] + aliases }
}

/// What sort of thing an entity is.
public enum EntityKind: String, Sendable, CaseIterable {
  case person, organization, place, outlet
}
