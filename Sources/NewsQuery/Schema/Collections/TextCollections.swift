import NewsCorpus

/// The collections of running text: documents, paragraphs, sentences.
extension Catalog {
  static let documents = CollectionSchema(
    name: "documents", summary: "the articles of the corpus",
    fields: [
      FieldSchema(name: "id", type: .string, summary: "file name or record id") { context, id in
        .string(context.corpus.documents[id].id)
      },
      FieldSchema(name: "title", type: .string, summary: "headline, given or inferred") { context, id in
        context.corpus.documents[id].title.map { .string($0.value) } ?? .null
      },
      FieldSchema(name: "outlet", type: .string, summary: "publisher") { context, id in
        context.corpus.documents[id].outlet.map { .string($0.value) } ?? .null
      },
      FieldSchema(name: "author", type: .string, summary: "byline") { context, id in
        context.corpus.documents[id].author.map { .string($0.value) } ?? .null
      },
      FieldSchema(name: "date", type: .date, summary: "publication date") { context, id in
        context.corpus.documents[id].date.map { .date($0.value) } ?? .null
      },
      FieldSchema(name: "url", type: .string, summary: "where it was published") { context, id in
        context.corpus.documents[id].url.map { .string($0.value) } ?? .null
      },
      FieldSchema(
        name: "inferred", type: .list, summary: "the metadata fields read from the text, not given", element: .string
      ) { context, id in
        let document = context.corpus.documents[id]
        let flags: [(String, Bool?)] = [
          ("title", document.title?.isInferred), ("outlet", document.outlet?.isInferred),
          ("author", document.author?.isInferred), ("date", document.date?.isInferred),
          ("url", document.url?.isInferred),
        ]
        return .list(flags.filter { $0.1 == true }.map { .string($0.0) })
      },
      FieldSchema(
        name: "quotes", type: .list, summary: "its quotations (a count where a number is expected)",
        target: "quotes", element: .reference
      ) { context, id in
        .list(context.corpus.documents[id].quotationIDs.map(context.quoteValue))
      },
      FieldSchema(
        name: "paragraphs", type: .list, summary: "its body paragraphs", target: "paragraphs", element: .reference
      ) { context, id in
        .list(
          context.corpus.documents[id].paragraphIDs.filter { !context.corpus.paragraphs[$0].isBoilerplate }
            .map(context.paragraphValue))
      },
      FieldSchema(
        name: "sentences", type: .list, summary: "its body sentences", target: "sentences", element: .reference
      ) { context, id in
        .list(
          context.corpus.documents[id].sentenceIDs.filter {
            !context.corpus.paragraphs[context.corpus.sentences[$0].paragraphID].isBoilerplate
          }.map(context.sentenceValue))
      },
      FieldSchema(name: "text", type: .string, summary: "the whole text") { context, id in
        .string(context.corpus.documents[id].text)
      },
    ],
    defaultColumns: ["id", "title", "outlet", "date", "quotes"],
    items: { Array($0.corpus.documents.indices) },
    itemCount: { $0.corpus.documents.count },
    textSpan: { context, id in TextSpan(documentID: id, byteRange: 0..<context.corpus.documents[id].text.utf8.count) })

  static let paragraphs = CollectionSchema(
    name: "paragraphs", summary: "paragraphs of the articles; page furniture too with `including boilerplate`",
    fields: [
      FieldSchema(name: "document", type: .reference, summary: "its document", target: "documents") { context, id in
        context.documentValue(context.corpus.paragraphs[id].documentID)
      },
      FieldSchema(name: "number", type: .number, summary: "its place in the document, from 1") { context, id in
        .number(Double(context.corpus.paragraphs[id].ordinal + 1))
      },
      FieldSchema(name: "position", type: .number, summary: "character offset in the document") { context, id in
        let paragraph = context.corpus.paragraphs[id]
        return context.position(paragraph.byteRange, paragraph.documentID)
      },
      FieldSchema(name: "text", type: .string, summary: "its words") { context, id in
        let paragraph = context.corpus.paragraphs[id]
        return .string(context.text(paragraph.byteRange, paragraph.documentID))
      },
      FieldSchema(
        name: "boilerplate", type: .string, summary: "why it is page furniture (newsletter, caption, …), or null"
      ) { context, id in context.boilerplate(ofParagraph: id) },
      FieldSchema(name: "sentences", type: .list, summary: "its sentences", target: "sentences", element: .reference) {
        context, id in .list(context.corpus.paragraphs[id].sentenceIDs.map(context.sentenceValue))
      },
      FieldSchema(name: "quotes", type: .list, summary: "its quotations", target: "quotes", element: .reference) {
        context, id in
        let paragraph = context.corpus.paragraphs[id]
        return .list(
          context.corpus.documents[paragraph.documentID].quotationIDs.filter {
            context.corpus.quotations[$0].paragraphID == id
          }.map(context.quoteValue))
      },
    ],
    defaultColumns: ["document", "number", "text"],
    items: { Array($0.corpus.paragraphs.indices) },
    itemCount: { $0.corpus.paragraphs.count },
    isHidden: { context, id in context.corpus.paragraphs.isBoilerplate(id) },
    textSpan: { context, id in
      let paragraph = context.corpus.paragraphs[id]
      return TextSpan(documentID: paragraph.documentID, byteRange: paragraph.byteRange)
    })

  static let sentences = CollectionSchema(
    name: "sentences", summary: "sentences of the articles; page furniture too with `including boilerplate`",
    fields: [
      FieldSchema(name: "document", type: .reference, summary: "its document", target: "documents") { context, id in
        context.documentValue(context.corpus.sentences[id].documentID)
      },
      FieldSchema(name: "paragraph", type: .reference, summary: "its paragraph", target: "paragraphs") {
        context, id in context.paragraphValue(context.corpus.sentences[id].paragraphID)
      },
      FieldSchema(name: "number", type: .number, summary: "its place in the document, from 1") { context, id in
        let sentence = context.corpus.sentences[id]
        return .number(Double(id - context.corpus.documents[sentence.documentID].sentenceIDs.lowerBound + 1))
      },
      FieldSchema(name: "position", type: .number, summary: "character offset in the document") { context, id in
        let sentence = context.corpus.sentences[id]
        return context.position(sentence.byteRange, sentence.documentID)
      },
      FieldSchema(name: "text", type: .string, summary: "its words") { context, id in
        let sentence = context.corpus.sentences[id]
        return .string(context.text(sentence.byteRange, sentence.documentID))
      },
      FieldSchema(name: "boilerplate", type: .string, summary: "why its paragraph is page furniture, or null") {
        context, id in context.boilerplate(ofParagraph: context.corpus.sentences[id].paragraphID)
      },
      FieldSchema(
        name: "mentions", type: .list, summary: "the names it mentions", target: "mentions", element: .reference
      ) { context, id in .list(context.index.mentionsBySentence.values(id).map { context.mentionValue(Int($0)) }) },
      FieldSchema(
        name: "quotes", type: .list, summary: "the quotations that open in it", target: "quotes", element: .reference
      ) { context, id in .list(context.index.quotesBySentence.values(id).map { context.quoteValue(Int($0)) }) },
    ],
    defaultColumns: ["document", "number", "text"],
    items: { Array($0.corpus.sentences.indices) },
    itemCount: { $0.corpus.sentences.count },
    isHidden: { context, id in context.corpus.paragraphs.isBoilerplate(context.corpus.sentences.paragraphID(id)) },
    textSpan: { context, id in
      let sentence = context.corpus.sentences[id]
      return TextSpan(documentID: sentence.documentID, byteRange: sentence.byteRange)
    })
}
