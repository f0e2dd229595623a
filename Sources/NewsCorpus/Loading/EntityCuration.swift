import Foundation

/// Applies the `entities.csv` a user keeps beside a corpus — in the corpus's folder, or beside a corpus file —
/// after extraction, so a wrong merge or a missed alias is fixed once and stays fixed on every load.
///
/// The file has a header line and one row per correction, each naming an entity by its canonical name (else by
/// another of its name forms):
///
///     name,canonical,kind,gender,split,documents
///     Marta Lindquist,Marta Lindqvist,,,,      a misspelling of another entity: the two are merged
///     Meyer,Karl Meyer,,male,,                 a lone surname given its full name and gender
///     Harbour Shipping,,organization,,,        the kind of an entity
///     Ana Ruiz,Ana Ruiz (tennis),,,yes,c5      a namesake: in document c5 it is another person
///
/// `canonical` merges the entity into the one that has that name, or else renames it (the old name stays an
/// alias); `split` takes the documents listed in `documents` (ids separated by `;`), or else those where `name`
/// is the only form that names the entity — their mentions and quotations of it — into a new entity called
/// `canonical` or `name`; `kind` is person, organization, place or outlet; `gender` female or male. Rows apply
/// in order. What each row changed is kept in the load report; a row that names no entity, or gives a kind or
/// gender that does not exist, is a warning.
public enum EntityCuration {
  /// The name of the file, in a corpus folder or beside a corpus file.
  public static let fileName = "entities.csv"

  /// The entities files for a load of `paths`: one in each folder given, or beside each file given.
  static func files(for paths: [String]) -> [String] {
    var seen = Set<String>()
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
      let folder = isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
      let file = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(fileName)
      if FileManager.default.fileExists(atPath: file), seen.insert(file).inserted { files.append(file) }
    }
    return files
  }

  /// Applies every entities file of `paths` to `corpus`, recording changes and problems in `report`.
  static func apply(for paths: [String], to corpus: inout Corpus, report: inout LoadReport) {
    for file in files(for: paths) {
      guard let data = FileManager.default.contents(atPath: file),
        case .text(let text, _) = TextDecoder.decode([UInt8](data))
      else {
        report.warnings.append(LoadProblem(path: file, message: "the entities file cannot be read as text; ignored"))
        continue
      }
      var curator = Curator(corpus: corpus, path: file)
      curator.apply(CSVParser.records(text))
      corpus = curator.finished()
      report.entityChanges += curator.changes
      report.warnings += curator.problems
      report.entityFiles.append(file)
    }
  }
}

/// The corrections of one entities file, applied to a corpus's entities; removed (merged) entities are dropped
/// and the rest renumbered once every row is applied.
private struct Curator {
  var corpus: Corpus
  let path: String
  var changes: [EntityChange] = []
  var problems: [LoadProblem] = []
  /// Entities merged into others, dropped at the end.
  var removed = Set<Int>()

  init(corpus: Corpus, path: String) {
    self.corpus = corpus
    self.path = path
  }

  mutating func apply(_ records: [CSVParser.Record]) {
    guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
      header.contains("name")
    else {
      problems.append(LoadProblem(path: path, line: 1, message: "the entities file needs a header line naming `name`"))
      return
    }
    for record in records.dropFirst() where record.fields.contains(where: { !$0.isEmpty }) {
      var row: [String: String] = [:]
      for (key, field) in zip(header, record.fields) { row[key] = field.trimmingCharacters(in: .whitespaces) }
      apply(row, line: record.line)
    }
  }

  private mutating func apply(_ row: [String: String], line: Int) {
    let name = row["name"] ?? ""
    let canonical = row["canonical"].flatMap { $0.isEmpty ? nil : $0 }
    var targets = entities(named: name)
    guard !targets.isEmpty else {
      problems.append(LoadProblem(path: path, line: line, message: "no entity is named \"\(name)\"; the row is ignored"))
      return
    }
    if let splitting = row["split"], ["yes", "true", "1", "y"].contains(splitting.lowercased()) {
      let listed = (row["documents"] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      let documents = Set(corpus.documents.indices.filter { listed.contains(corpus.documents[$0].id) })
      if documents.count < Set(listed).count {
        problems.append(LoadProblem(path: path, line: line, message: "a document listed is not in the corpus"))
      }
      targets = targets.compactMap {
        split(name, from: $0, as: canonical ?? name, in: listed.isEmpty ? nil : documents, line: line)
      }
    } else if let canonical {
      targets = targets.map { rename($0, to: canonical, line: line, writtenAs: name) }
    }
    if let kindName = row["kind"], !kindName.isEmpty {
      if let kind = EntityKind(rawValue: kindName.lowercased()) ?? (kindName.lowercased() == "organisation" ? .organization : nil) {
        for id in Set(targets) where corpus.entities[id].kind != kind {
          note(line, name, "kind: \(kind.rawValue) (was \(corpus.entities[id].kind.rawValue))")
          corpus.entities[id].kind = kind
        }
      } else {
        problems.append(
          LoadProblem(path: path, line: line, message: "unknown kind \"\(kindName)\" (person, organization, place, outlet)"))
      }
    }
    if let genderName = row["gender"], !genderName.isEmpty {
      if let gender = Gender(rawValue: genderName.lowercased()) {
        for id in Set(targets) where corpus.entities[id].gender != gender {
          corpus.entities[id].gender = gender
          note(line, name, "gender: \(gender.rawValue)")
        }
      } else {
        problems.append(LoadProblem(path: path, line: line, message: "unknown gender \"\(genderName)\" (female, male)"))
      }
    }
  }

  /// The entities, not yet merged away, whose canonical name is `name` (ignoring case and accents); when none
  /// is, those with `name` among their other forms.
  private func entities(named name: String) -> [Int] {
    let wanted = Self.fold(name)
    guard !wanted.isEmpty else { return [] }
    let live = corpus.entities.indices.filter { !removed.contains($0) }
    let canonical = live.filter { Self.fold(corpus.entities[$0].name) == wanted }
    if !canonical.isEmpty { return canonical }
    return live.filter { id in corpus.entities[id].aliases.contains { Self.fold($0) == wanted } }
  }

  /// Merges `id` into the entity called `canonical`, or renames it when there is none; the entity that results.
  private mutating func rename(_ id: Int, to canonical: String, line: Int, writtenAs name: String) -> Int {
    if let target = entities(named: canonical).first(where: { $0 != id }) {
      let (mentions, quotations) = (corpus.entities[id].mentionIDs.count, corpus.entities[id].quotationIDs.count)
      merge(id, into: target)
      note(line, name, "merged into \(corpus.entities[target].name) (\(Self.counted(mentions, "mention")), "
        + "\(Self.counted(quotations, "quotation")))")
      return target
    }
    let old = corpus.entities[id].name
    guard Self.fold(old) != Self.fold(canonical) || old != canonical else { return id }
    corpus.entities[id].aliases = Self.unique(corpus.entities[id].aliases + [old]).filter { $0 != canonical }
    corpus.entities[id].name = canonical
    note(line, name, "renamed to \(canonical) (was \(old))")
    return id
  }

  private mutating func merge(_ source: Int, into target: Int) {
    let from = corpus.entities[source]
    for mention in from.mentionIDs { corpus.mentions[mention].entityID = target }
    for quotation in from.quotationIDs { corpus.quotations[quotation].speakerID = target }
    for document in corpus.documents.indices where corpus.documents[document].outletEntityID == source {
      corpus.documents[document].outletEntityID = target
    }
    var into = corpus.entities[target]
    into.aliases = Self.unique(into.aliases + from.allNames).filter { $0 != into.name }
    into.roles = Self.unique(into.roles + from.roles)
    into.affiliation = into.affiliation ?? from.affiliation
    into.country = into.country ?? from.country
    into.gender = into.gender ?? from.gender
    into.mentionIDs = (into.mentionIDs + from.mentionIDs).sorted()
    into.quotationIDs = (into.quotationIDs + from.quotationIDs).sorted()
    corpus.entities[target] = into
    corpus.entities[source].mentionIDs = []
    corpus.entities[source].quotationIDs = []
    removed.insert(source)
  }

  /// Takes entity `id`'s part in `documents` — or, without a list, in the documents that name it by the form
  /// `name` alone — into a new entity called `newName`: its mentions and quotations there. Nil when that part is
  /// all of it, or nothing.
  private mutating func split(_ name: String, from id: Int, as newName: String, in documents: Set<Int>?, line: Int)
    -> Int?
  {
    let wanted = Self.fold(name)
    let entity = corpus.entities[id]
    let fuller = entity.allNames.map(Self.fold).filter { $0 != wanted }
    func writesName(_ mention: Int) -> Bool { Self.writes(corpus.mentions[mention].text, wanted, notAnyOf: fuller) }
    let movingDocuments: Set<Int>
    if let documents {
      movingDocuments = documents
    } else {
      // The documents that name the entity by this form alone: where a fuller name is there too, the form is
      // that person's.
      let otherForms = Set(entity.mentionIDs.filter { !writesName($0) }.map { corpus.mentions[$0].documentID })
      movingDocuments = Set(
        entity.mentionIDs.filter { writesName($0) }.map { corpus.mentions[$0].documentID }.filter {
          !otherForms.contains($0)
        })
    }
    let moving = entity.mentionIDs.filter { movingDocuments.contains(corpus.mentions[$0].documentID) }
    let quotations = entity.quotationIDs.filter { movingDocuments.contains(corpus.quotations[$0].documentID) }
    let staying = entity.mentionIDs.filter { !movingDocuments.contains(corpus.mentions[$0].documentID) }
    let stayingQuotations = entity.quotationIDs.filter { !movingDocuments.contains(corpus.quotations[$0].documentID) }
    guard !(moving.isEmpty && quotations.isEmpty), !(staying.isEmpty && stayingQuotations.isEmpty) else {
      let reason =
        documents == nil
        ? "\"\(name)\" is not used alone in a document apart from the entity's other names"
        : "the documents listed hold all of \"\(name)\" or none of it"
      problems.append(LoadProblem(path: path, line: line, message: reason + "; nothing to split"))
      return nil
    }
    let newID = corpus.entities.count
    var created = Entity(id: newID, kind: entity.kind, name: newName, aliases: newName == name ? [] : [name])
    created.mentionIDs = moving
    created.quotationIDs = quotations
    corpus.entities.append(created)
    for mention in moving { corpus.mentions[mention].entityID = newID }
    for quotation in quotations { corpus.quotations[quotation].speakerID = newID }
    var old = corpus.entities[id]
    old.mentionIDs = staying
    old.quotationIDs = stayingQuotations
    // The form goes with the split unless the entity is still written so elsewhere.
    if !staying.contains(where: writesName) {
      old.aliases = old.aliases.filter { Self.fold($0) != wanted }
      if Self.fold(old.name) == wanted, let longest = old.aliases.max(by: { $0.count < $1.count }) {
        old.name = longest
        old.aliases = old.aliases.filter { $0 != longest }
      }
    }
    corpus.entities[id] = old
    note(
      line, name,
      "split from \(old.name) as \(newName) (\(Self.counted(moving.count, "mention")), "
        + "\(Self.counted(quotations.count, "quotation")))")
    return newID
  }

  /// The corpus with merged entities dropped and the rest numbered anew, every reference to them renumbered.
  func finished() -> Corpus {
    guard !removed.isEmpty else { return corpus }
    var result = corpus
    var newID = Array(repeating: -1, count: corpus.entities.count)
    var kept: [Entity] = []
    for (id, entity) in corpus.entities.enumerated() where !removed.contains(id) {
      newID[id] = kept.count
      var moved = entity
      moved.id = kept.count
      kept.append(moved)
    }
    result.entities = Table(kept)
    for index in result.mentions.indices { result.mentions[index].entityID = newID[result.mentions[index].entityID] }
    for index in result.quotations.indices {
      if let speaker = result.quotations[index].speakerID { result.quotations[index].speakerID = newID[speaker] }
    }
    for index in result.documents.indices {
      if let outlet = result.documents[index].outletEntityID { result.documents[index].outletEntityID = newID[outlet] }
    }
    return result
  }

  private mutating func note(_ line: Int, _ name: String, _ change: String) {
    changes.append(EntityChange(path: path, line: line, name: name, change: change))
  }

  /// Whether a mention written `text` is the name form `folded` ("meyer"), perhaps after a title ("Mr Meyer"),
  /// and not one of the entity's fuller names ("Lukas Meyer").
  private static func writes(_ text: String, _ folded: String, notAnyOf fuller: [String]) -> Bool {
    let written = fold(text)
    if written == folded { return true }
    return written.hasSuffix(" " + folded) && !fuller.contains { written == $0 || written.hasSuffix(" " + $0) }
  }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  private static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
