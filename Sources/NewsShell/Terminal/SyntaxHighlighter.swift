import NewsQuery

/// Colours NewsQL for a terminal: keywords in blue, strings in green, regexes in magenta. Only escape
/// codes are added, so columns (and carets under them) stay where they were.
enum SyntaxHighlighter {
  static func highlight(_ text: String) -> String {
    var out = ""
    var word = ""
    var literal: (closer: Character, style: ANSIStyle)?
    var literalText = ""
    var escaped = false
    func flushWord() {
      let isKeyword = Keyword(rawValue: word.lowercased()) != nil
      out += isKeyword ? ANSIStyle.blue.apply(word, if: true) : word
      word = ""
    }
    for character in text {
      if let open = literal {
        literalText.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open.closer || character.isNewline {
          out += open.style.apply(literalText, if: true)
          literal = nil
          literalText = ""
        }
      } else if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
      } else {
        flushWord()
        if character == "\"" || character == "'" || character == "/" {
          literal = (character, character == "/" ? .magenta : .green)
          literalText = String(character)
        } else {
          out.append(character)
        }
      }
    }
    flushWord()
    if let open = literal { out += open.style.apply(literalText, if: true) }
    return out
  }
}
