/// Entities as columns: kind, names and roles among the strings. Their mentions and quotations are not stored:
/// they are the mentions' entity and the quotations' speaker columns inverted (`InverseLists`).
extension Entity: ImageRecord {
  public struct Columns: Sendable {
    public let kind: RawColumn<UInt8>
    public let gender: RawColumn<UInt8>
    public let name: RawColumn<Int32>
    public let affiliation: RawColumn<Int32>
    public let country: RawColumn<Int32>
    public let aliases: ImageList<Int32>
    public let roles: ImageList<Int32>
    public let mentionIDs: InverseLists
    public let quotationIDs: InverseLists
    let context: ImageReadContext
  }

  /// The kinds in the order a column codes them.
  public static let kinds = Array(EntityKind.allCases)
  /// The genders in the order a column codes them (0 for none).
  public static let genders = Array(Gender.allCases)

  public static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int) {
    let kind: RawColumn<UInt8> = try image.column("entities.kind")
    let columns = Columns(
      kind: kind, gender: try image.column("entities.gender"), name: try image.column("entities.name"),
      affiliation: try image.column("entities.affiliation"), country: try image.column("entities.country"),
      aliases: try ImageList(image: image, name: "entities.aliases"),
      roles: try ImageList(image: image, name: "entities.roles"),
      mentionIDs: InverseLists(keys: try image.column("mentions.entity"), records: kind.count),
      quotationIDs: InverseLists(keys: try image.column("quotes.speaker"), records: kind.count), context: context)
    return (columns, columns.kind.count)
  }

  public static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Entity {
    let strings = columns.context.strings
    var entity = Entity(
      id: index, kind: EntityKind.decode(columns.kind[index], in: kinds) ?? .person,
      name: strings.string(columns.name[index]) ?? "",
      aliases: columns.aliases[index].compactMap(strings.string), roles: columns.roles[index].compactMap(strings.string),
      affiliation: strings.string(columns.affiliation[index]))
    entity.country = strings.string(columns.country[index])
    entity.gender = Gender.decode(columns.gender[index], in: genders)
    entity.mentionIDs = columns.mentionIDs[index].map(Int.init)
    entity.quotationIDs = columns.quotationIDs[index].map(Int.init)
    return entity
  }

  /// Adds the columns of `records`. Their mentions and quotations are not written: a reader derives them
  /// from the mentions' and quotations' columns, so the records' lists must agree with those columns.
  public static func write(_ records: some RandomAccessCollection<Entity>, to writer: inout ImageWriter, _ context: ImageWriteContext) {
    var kind: [UInt8] = []
    var gender: [UInt8] = []
    var name: [Int32] = []
    var affiliation: [Int32] = []
    var country: [Int32] = []
    var aliases = ImageListBuilder<Int32>()
    var roles = ImageListBuilder<Int32>()
    for entity in records {
      kind.append(EntityKind.code(entity.kind, in: kinds))
      gender.append(Gender.code(entity.gender, in: genders))
      name.append(context.strings.number(entity.name))
      affiliation.append(context.strings.number(entity.affiliation))
      country.append(context.strings.number(entity.country))
    }
    for entity in records {
      aliases.append(entity.aliases.map(context.strings.number))
      roles.append(entity.roles.map(context.strings.number))
    }
    writer.add("entities.kind", kind)
    writer.add("entities.gender", gender)
    writer.add("entities.name", name)
    writer.add("entities.affiliation", affiliation)
    writer.add("entities.country", country)
    aliases.addSections(named: "entities.aliases", to: &writer)
    roles.addSections(named: "entities.roles", to: &writer)
  }
}
