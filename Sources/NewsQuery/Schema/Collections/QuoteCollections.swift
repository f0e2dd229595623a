import NewsCorpus

/// The collections of what the text attributes: quotations and mentions of entities.
extension Catalog {
  static let quotes = CollectionSchema(
    name: "quotes", aliases: ["quotations"], summary: "quoted utterances with their speakers",
    fields: [
      FieldSchema(
        name: "document", type: .reference, summary: "its document (printed as the document's id)",
        target: "documents"
      ) { context, id in context.documentValue(context.corpus.quotations[id].documentID) },
      FieldSchema(
        name: "speaker", type: .entity,
        summary: "who said it (a person, or an organization, country or outlet), or null",
        target: "entities"
      ) { context, id in context.entityValue(context.corpus.quotations.speakerID(id)) },
      FieldSchema(name: "cue", type: .string, summary: "the attributing words (\"said\")") { context, id in
        context.corpus.quotations[id].cue.map(Value.string) ?? .null
      },
      FieldSchema(name: "text", type: .string, summary: "the quoted words without their marks") { context, id in
        .string(context.corpus.quotations[id].text)
      },
      FieldSchema(name: "form", type: .string, summary: "marked (in quotation marks) or block") { context, id in
        .string(context.corpus.quotations[id].form.rawValue)
      },
      FieldSchema(
        name: "attribution", type: .string,
        summary: "how the speaker was found: named, pronoun, continuation, introduction or none"
      ) { context, id in .string(context.corpus.quotations[id].attribution.rawValue) },
      FieldSchema(
        name: "why", type: .string,
        summary: "why the speaker is who it is: the rule that chose it and how a pronoun or title was resolved"
      ) { context, id in .string(context.corpus.quotations[id].why) },
      FieldSchema(name: "sentence", type: .reference, summary: "the sentence it opens in", target: "sentences") {
        context, id in context.sentenceValue(context.corpus.quotations[id].sentenceID)
      },
      FieldSchema(name: "paragraph", type: .reference, summary: "its paragraph", target: "paragraphs") {
        context, id in context.paragraphValue(context.corpus.quotations[id].paragraphID)
      },
      FieldSchema(name: "position", type: .number, summary: "character offset in the document") { context, id in
        let quotation = context.corpus.quotations[id]
        return context.position(quotation.byteRange, quotation.documentID)
      },
    ],
    defaultColumns: ["document", "speaker", "cue", "text"],
    items: { Array($0.corpus.quotations.indices) },
    itemCount: { $0.corpus.quotations.count },
    textSpan: { context, id in
      let quotation = context.corpus.quotations[id]
      return TextSpan(documentID: quotation.documentID, byteRange: quotation.byteRange)
    })

  static let terms = CollectionSchema(
    name: "terms", summary: "words in quotation marks that no one is quoted as saying: scare quotes and titles",
    fields: [
      FieldSchema(name: "document", type: .reference, summary: "its document", target: "documents") { context, id in
        context.documentValue(context.corpus.quotedTerms[id].documentID)
      },
      FieldSchema(name: "kind", type: .string, summary: "scare-quote or title") { context, id in
        .string(context.corpus.quotedTerms[id].kind.rawValue)
      },
      FieldSchema(name: "text", type: .string, summary: "the words without their marks") { context, id in
        .string(context.corpus.quotedTerms[id].text)
      },
      FieldSchema(name: "sentence", type: .reference, summary: "its sentence", target: "sentences") { context, id in
        context.sentenceValue(context.corpus.quotedTerms[id].sentenceID)
      },
      FieldSchema(name: "paragraph", type: .reference, summary: "its paragraph", target: "paragraphs") {
        context, id in context.paragraphValue(context.corpus.quotedTerms[id].paragraphID)
      },
      FieldSchema(name: "position", type: .number, summary: "character offset in the document") { context, id in
        let term = context.corpus.quotedTerms[id]
        return context.position(term.byteRange, term.documentID)
      },
    ],
    defaultColumns: ["document", "kind", "text"],
    items: { Array($0.corpus.quotedTerms.indices) },
    itemCount: { $0.corpus.quotedTerms.count },
    textSpan: { context, id in
      let term = context.corpus.quotedTerms[id]
      return TextSpan(documentID: term.documentID, byteRange: term.byteRange)
    })

  static let mentions = CollectionSchema(
    name: "mentions", summary: "each place the text names a person, organization, place or outlet",
    fields: [
      FieldSchema(name: "entity", type: .entity, summary: "who or what is named", target: "entities") { context, id in
        context.entityValue(context.corpus.mentions[id].entityID)
      },
      FieldSchema(name: "kind", type: .string, summary: "person, organization, place or outlet") { context, id in
        let entityID = context.corpus.mentions[id].entityID
        guard context.corpus.entities.indices.contains(entityID) else { return .null }
        return .string(context.corpus.entities[entityID].kind.rawValue)
      },
      FieldSchema(name: "text", type: .string, summary: "the name as written here") { context, id in
        .string(context.corpus.mentions[id].text)
      },
      FieldSchema(name: "document", type: .reference, summary: "its document", target: "documents") { context, id in
        context.documentValue(context.corpus.mentions[id].documentID)
      },
      FieldSchema(name: "sentence", type: .reference, summary: "its sentence", target: "sentences") { context, id in
        context.sentenceValue(context.corpus.mentions[id].sentenceID)
      },
      FieldSchema(name: "position", type: .number, summary: "character offset in the document") { context, id in
        let mention = context.corpus.mentions[id]
        return context.position(mention.byteRange, mention.documentID)
      },
    ],
    defaultColumns: ["document", "entity", "text", "sentence"],
    items: { Array($0.corpus.mentions.indices) },
    itemCount: { $0.corpus.mentions.count },
    textSpan: { context, id in
      let mention = context.corpus.mentions[id]
      return TextSpan(documentID: mention.documentID, byteRange: mention.byteRange)
    })
}
