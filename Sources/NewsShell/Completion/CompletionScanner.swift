import NewsQuery

/// A forgiving tokenizer for half-typed statements: unlike the language's lexer it keeps an unclosed
/// string as a token, so Tab inside `speaker = "Stol` knows it is completing a value.
struct CompletionToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// A name or keyword.
    case word
    /// A quoted string; `isClosed` is false when the text ends inside it.
    case string(quote: Character, isClosed: Bool)
    case number
    /// Brackets, commas, dots, semicolons and comparison operators.
    case symbol
    /// A `/regex/` literal (a slash always opens one, as in the language's lexer).
    case regex
  }

  var kind: Kind
  var text: String
  /// Whether white space (or a comment) follows the token before the next one or the end.
  var isFollowedBySpace = false

  var lowered: String { text.lowercased() }
  var isWord: Bool { kind == .word }
  var isOpenString: Bool {
    if case .string(_, let isClosed) = kind { return !isClosed }
    return false
  }
}

enum CompletionScanner {
  static let symbols: [String] = ["!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", "[", "]", ",", ".", ";", "*"]

  static func scan(_ text: String) -> [CompletionToken] {
    let characters = Array(text)
    var tokens: [CompletionToken] = []
    var index = 0
    func markSpace() {
      if !tokens.isEmpty { tokens[tokens.count - 1].isFollowedBySpace = true }
    }
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        markSpace()
        index += 1
      } else if character == "-", index + 1 < characters.count, characters[index + 1] == "-" {
        markSpace()
        while index < characters.count, !characters[index].isNewline { index += 1 }
      } else if character == "\"" || character == "'" {
        let start = index
        index += 1
        var isClosed = false
        while index < characters.count {
          if characters[index] == "\\" {
            index += 2
            continue
          }
          if characters[index] == character {
            isClosed = true
            index += 1
            break
          }
          index += 1
        }
        index = min(index, characters.count)
        tokens.append(
          CompletionToken(
            kind: .string(quote: character, isClosed: isClosed), text: String(characters[start..<index])))
      } else if isWordCharacter(character) {
        let start = index
        while index < characters.count, isWordCharacter(characters[index]) { index += 1 }
        let word = String(characters[start..<index])
        tokens.append(CompletionToken(kind: word.first?.isNumber == true ? .number : .word, text: word))
      } else if character == "/", !Lexer.slashDivides(after: String(characters[..<index])) {
        let start = index
        index += 1
        while index < characters.count, characters[index] != "/", !characters[index].isNewline {
          index += characters[index] == "\\" ? 2 : 1
        }
        index = min(index + 1, characters.count)
        while index < characters.count, characters[index].isLetter { index += 1 }
        tokens.append(CompletionToken(kind: .regex, text: String(characters[start..<index])))
      } else {
        let rest = String(characters[index..<min(index + 2, characters.count)])
        let symbol = symbols.first { rest.hasPrefix($0) } ?? String(character)
        tokens.append(CompletionToken(kind: .symbol, text: symbol))
        index += symbol.count
      }
    }
    return tokens
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
