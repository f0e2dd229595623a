/// Splits a meta command's arguments at white space, keeping quoted parts together
/// (`.read "my script.nq"`), as sqlite3 does.
enum MetaArgumentSplitter {
  static func split(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var hasWord = false
    var escaped = false
    for character in text {
      if escaped {
        current.append(character)
        escaped = false
      } else if let open = quote {
        if character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
        } else {
          current.append(character)
        }
      } else if character == "\"" || character == "'" {
        quote = character
        hasWord = true
      } else if character.isWhitespace {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    return words
  }

  /// The last word as typed, quotes included, for completion to replace.
  static func lastRawWord(_ text: String) -> String {
    var start = text.startIndex
    var quote: Character?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character.isWhitespace {
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    return String(text[start...])
  }
}
