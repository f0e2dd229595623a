import NewsQuery

/// What completion may draw on besides the language's own tables: the shell's meta commands, the named
/// results of the session, the values of entity fields in the loaded corpus, and the file system.
/// Closures, so the completer stays a plain function of its input that tests can feed.
struct CompletionSource {
  var metaCommands: [MetaCommandSyntax]
  /// Named results, each with the collection its rows come from.
  var namedResults: () -> [String: String]
  /// The columns of named results whose rows are no longer items of a collection (`let n = quotes group by …`).
  var resultColumns: () -> [String: [String]]
  /// The values a user may type for a field (entity names, outlets), most frequent first.
  var values: (_ collection: String, _ field: String) -> [ValueChoice]
  /// The entries of a folder, for file paths.
  var folderEntries: (_ folder: String) -> [FolderEntry]
  /// The loaded corpus's collections, documents with their extra fields.
  var collections: () -> [CollectionSchema]

  init(
    metaCommands: [MetaCommandSyntax], namedResults: @escaping () -> [String: String] = { [:] },
    resultColumns: @escaping () -> [String: [String]] = { [:] },
    values: @escaping (String, String) -> [ValueChoice] = { _, _ in [] },
    folderEntries: @escaping (String) -> [FolderEntry] = FolderEntry.list,
    collections: @escaping () -> [CollectionSchema] = { Catalog.collections }
  ) {
    self.metaCommands = metaCommands
    self.namedResults = namedResults
    self.resultColumns = resultColumns
    self.values = values
    self.folderEntries = folderEntries
    self.collections = collections
  }
}

/// Computes what Tab does from the text before the cursor. A plain function of its input and its
/// source, so `.complete TEXT` and the tests can check it without a terminal.
struct Completer {
  var source: CompletionSource

  init(source: CompletionSource) {
    self.source = source
  }

  /// The completion of the word that ends `textBeforeCursor` (which may hold earlier lines of the statement).
  func complete(_ textBeforeCursor: String) -> Completion {
    let line = textBeforeCursor.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    if line.drop(while: \.isWhitespace).first == "." {
      return MetaCommandCompleter(completer: self).complete(String(line.drop(while: \.isWhitespace)))
    }
    return StatementCompleter(source: source).complete(textBeforeCursor)
  }
}

/// Completes NewsQL: collections, fields, operators, keywords, values inside strings, named results.
struct StatementCompleter {
  let source: CompletionSource

  func complete(_ text: String) -> Completion {
    var tokens = CompletionScanner.scan(text)
    let endsInSpace = text.last.map { $0.isWhitespace } ?? true
    var word = ""
    var wordToken: CompletionToken?
    if !endsInSpace, let last = tokens.last {
      switch last.kind {
      case .word, .number:
        word = last.text
        wordToken = tokens.removeLast()
      case .string(_, let isClosed):
        guard !isClosed else { return .none }
        word = last.text
        wordToken = tokens.removeLast()
      case .regex:
        return .none
      case .symbol:
        break
      }
    }
    if let semicolon = tokens.lastIndex(where: { $0.text == ";" }) { tokens.removeSubrange(...semicolon) }
    let scope = StatementScope(tokens: tokens, namedResults: source.namedResults(), collections: source.collections())
    if let wordToken, wordToken.kind != .word, wordToken.kind != .number {
      return values(scope: scope, replacing: word)
    }
    return words(scope: scope, replacing: word)
  }

  /// Names and keywords that fit where the cursor is.
  private func words(scope: StatementScope, replacing word: String) -> Completion {
    let pool = wordPool(scope: scope)
    if case .value = pool {
      return values(scope: scope, replacing: word)
    }
    guard case .names(let names) = pool else { return .none }
    let lowered = word.lowercased()
    var seen = Set<String>()
    let matching = names.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0.lowercased()).inserted }
    // A function is completed with its parenthesis, anything else with a space.
    return .choosing(matching.map { $0.hasSuffix("(") ? $0 : $0 + " " }, replacing: word)
  }

  private enum Pool {
    case names([String])
    case value
  }

  private func wordPool(scope: StatementScope) -> Pool {
    let tokens = scope.body
    let vocabulary = CompletionVocabulary.self
    let sources = scope.collections.map(\.name) + scope.namedResults.keys.sorted()
    guard let last = tokens.last else {
      if scope.isAfterLetName { return .names(["="]) }
      if let opener = scope.opener, let followers = vocabulary.followers[opener] { return .names(followers) }
      let openers = scope.prefix.isEmpty ? vocabulary.words(.statementOpener) : []
      return .names(sources + openers)
    }
    let lowered = last.lowered
    if last.text == "." {
      return .names(scope.collection(atPathEndingBefore: tokens.count - 1)?.fields.map(\.name) ?? [])
    }
    let opensArgument = last.text == "(" || last.text == ","
    if scope.isValuePosition(after: tokens.count - 1) || (opensArgument && scope.valueSource() != nil) { return .value }
    if last.isWord, lowered == Keyword.in.rawValue, let opener = scope.opener,
      vocabulary.openerClauses[opener]?.contains(Keyword.in.rawValue) == true
    {
      return .names(sources)
    }
    if last.isWord, lowered == Keyword.by.rawValue, scope.opener == Keyword.collocates.rawValue {
      return .names(LanguageHelp.collocateMeasures)
    }
    if let keyword = scope.keywordBeforeNumber(at: tokens.count - 1), let options = vocabulary.afterNumber[keyword] {
      return .names(options + vocabulary.clauseKeywords(after: scope.opener))
    }
    // `is not`: what follows `is`, less the `not` already there.
    if lowered == Keyword.not.rawValue, tokens.count >= 2, tokens[tokens.count - 2].lowered == Keyword.is.rawValue {
      return .names((vocabulary.followers[Keyword.is.rawValue] ?? []).filter { $0 != lowered })
    }
    let followers = last.isWord ? vocabulary.followers[lowered] ?? [] : []
    if (last.isWord && vocabulary.fieldIntroducers.contains(lowered)) || last.text == "(" || last.text == "," {
      let startsCondition =
        lowered == "(" || lowered == Keyword.where.rawValue || vocabulary.conditionJoiners.contains(lowered)
      let negation = startsCondition ? vocabulary.negations : []
      return .names(fieldNames(scope) + vocabulary.functions + vocabulary.operandStarters + negation + followers)
    }
    let caseWords = scope.isInsideCase ? vocabulary.fieldModifiers[Keyword.case.rawValue] ?? [] : []
    if !followers.isEmpty { return .names(followers) }
    let clauses = vocabulary.clauseKeywords(after: scope.opener)
    if scope.isSource(at: tokens.count - 1) {
      return .names((scope.collection?.hidesBoilerplate == true ? vocabulary.words(.sourceModifier) : []) + clauses)
    }
    if last.isWord, scope.field(atPathEndingAt: tokens.count - 1) != nil {
      if scope.isInCondition { return .names(vocabulary.operators + caseWords) }
      return .names(caseWords + (scope.clause.flatMap { vocabulary.fieldModifiers[$0] } ?? []) + clauses)
    }
    if scope.endsValue(at: tokens.count - 1) {
      let modifiers = scope.clause.flatMap { vocabulary.fieldModifiers[$0] } ?? []
      return .names(caseWords + (scope.isInCondition ? vocabulary.conditionJoiners : modifiers) + clauses)
    }
    return .names(fieldNames(scope) + vocabulary.keywords)
  }

  private func fieldNames(_ scope: StatementScope) -> [String] {
    if let collection = scope.collection { return collection.fields.map(\.name) }
    return scope.sourceName.flatMap { source.resultColumns()[$0] } ?? []
  }

  /// Values of the field being compared, each inserted as a closed string.
  private func values(scope: StatementScope, replacing word: String) -> Completion {
    guard let (collection, field) = scope.comparedField() ?? scope.valueSource() else { return .none }
    let quote: Character = word.first == "'" ? "'" : "\""
    let typed = word.first == "\"" || word.first == "'" ? String(word.dropFirst()) : word
    let names = ValueMatcher.matching(source.values(collection.name, field.name), typed: typed)
    let insertions = names.map { String(quote) + ValueMatcher.escape($0, quote: quote) + String(quote) }
    guard insertions.count > 1 else { return .choosing(insertions, labels: names, replacing: word) }
    let common = Completion.commonPrefix(names)
    let extends = common.count > typed.count && TextFold.fold(common).hasPrefix(TextFold.fold(typed))
    // Nothing typed yet: at least open the string, so the next letters complete a value.
    let insertion =
      extends || word.isEmpty ? String(quote) + ValueMatcher.escape(extends ? common : "", quote: quote) : word
    return Completion(replaceCount: word.count, insertion: insertion, candidates: insertions, labels: names)
  }
}
