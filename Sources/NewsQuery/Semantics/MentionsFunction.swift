/// `mentions("Putin", …)`: the item names every entity given, by any of its name forms.
///
/// Answered from the mention index: name → entities → their mentions → the sentences, paragraphs,
/// documents and quotations holding them. The checker and the planner share `items(mentioning:)`.
enum MentionsFunction {
  static let collections = ["sentences", "paragraphs", "documents", "quotes"]

  static func compile(_ call: FunctionCall) throws(QueryError) -> Compiled {
    let names = try self.names(call)
    guard call.scope.grouping == nil, let collection = call.scope.collection, collections.contains(collection.name)
    else {
      throw QueryError(
        "mentions(…) applies to \(collections.joined(separator: ", ")), not to \(call.scope.description)",
        at: call.range)
    }
    let context = call.compiler.context
    let sets = names.map { Set(items(mentioning: $0, in: collection.name, context: context)) }
    return Compiled(.bool) { _, row in .bool(sets.allSatisfy { $0.contains(row.item) }) }
  }

  /// The names a call gives, each a string literal.
  static func names(_ call: FunctionCall) throws(QueryError) -> [String] {
    guard !call.arguments.isEmpty else {
      throw QueryError("mentions() takes one or more names in quotes, such as mentions(\"NATO\")", at: call.range)
    }
    var names: [String] = []
    for argument in call.arguments {
      guard case .literal(let literal) = argument.kind, case .string(let name) = literal.value else {
        throw QueryError("mentions() takes names in quotes, such as mentions(\"NATO\")", at: argument.range)
      }
      names.append(name)
    }
    return names
  }

  /// The sorted ids of the items of `collection` where an entity named `name` is mentioned.
  static func items(mentioning name: String, in collection: String, context: QueryContext) -> [Int] {
    let corpus = context.corpus
    let mentionIDs = context.index.entities(named: name).flatMap { corpus.entities[$0].mentionIDs }
    var ids = Set<Int>()
    for mentionID in mentionIDs {
      let mention = corpus.mentions[mentionID]
      switch collection {
      case "sentences": ids.insert(mention.sentenceID)
      case "paragraphs":
        if corpus.sentences.indices.contains(mention.sentenceID) {
          ids.insert(corpus.sentences[mention.sentenceID].paragraphID)
        }
      case "documents": ids.insert(mention.documentID)
      default:
        for quotationID in corpus.documents[mention.documentID].quotationIDs {
          let range = corpus.quotations[quotationID].byteRange
          if range.lowerBound <= mention.byteRange.lowerBound && mention.byteRange.upperBound <= range.upperBound {
            ids.insert(quotationID)
          }
        }
      }
    }
    return ids.sorted()
  }
}
