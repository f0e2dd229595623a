import NewsQuery

/// Colours NewsQL for a terminal: keywords in blue, strings in green, regexes in magenta. Only escape
/// codes are added, so columns (and carets under them) stay where they were. A colour never runs over a line
/// break: a string or regex that goes on to the next line is reset before the break and taken up again after
/// it, so the indentation `.history` puts at the start of that line stays uncoloured.
enum SyntaxHighlighter {
  static func highlight(_ text: String) -> String {
    var out = ""
    /// The text so far without escape codes, which tells a division from a regular expression.
    var plain = ""
    var word = ""
    var literal: (closer: Character, style: ANSIStyle)?
    var literalText = ""
    var escaped = false
    func flushWord() {
      let isKeyword = Keyword(rawValue: word.lowercased()) != nil
      out += isKeyword ? ANSIStyle.blue.apply(word, if: true) : word
      plain += word
      word = ""
    }
    func closeLiteral(_ style: ANSIStyle) {
      out += style.apply(literalText, if: true)
      plain += literalText
      literal = nil
      literalText = ""
    }
    for character in text {
      if let open = literal {
        if character.isNewline {
          out += open.style.apply(literalText, if: true) + String(character)
          plain += literalText + String(character)
          literalText = ""
          continue
        }
        literalText.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open.closer {
          closeLiteral(open.style)
        }
      } else if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
      } else {
        flushWord()
        if character == "\"" || character == "'" || (character == "/" && !Lexer.slashDivides(after: plain)) {
          literal = (character, character == "/" ? .magenta : .green)
          literalText = String(character)
        } else {
          out.append(character)
          plain.append(character)
        }
      }
    }
    flushWord()
    if let open = literal { closeLiteral(open.style) }
    return out
  }
}
