/// Control characters made visible, for text bound for a terminal. Article text, file names and pasted
/// statements may hold ESC sequences that set the window title, clear the screen or redraw the prompt; a
/// terminal must never receive them raw. As `cat -v` and less show them: C0 controls and DEL in caret
/// notation (`^[` for ESC, `^G` for BEL, `^H` for backspace, `^M` for a carriage return, `^?` for DEL), and
/// the C1 controls (U+0080–U+009F, such as the one-character CSI U+009B) as `<U+009B>`. The directional
/// overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are shown the same way: a terminal obeys
/// them, so a right-to-left override in an article could make a row read as another speaker or another
/// quotation than the data holds (the "Trojan Source" trick). Each is plain
/// printable ASCII, so a column's width counts what is shown. The machine formats (JSON, NDJSON, CSV)
/// never pass through here: they keep every character exactly.
enum VisibleText {
  /// `text` with its control characters shown; line feeds and tabs are kept when `keepingLayout`.
  static func of(_ text: String, keepingLayout: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsShowing($0, keepingLayout: keepingLayout) }) else { return text }
    var shown = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsShowing(scalar, keepingLayout: keepingLayout) else {
        shown.append(scalar)
        continue
      }
      shown.append(contentsOf: visible(scalar).unicodeScalars)
    }
    return String(shown)
  }

  /// Whether `scalar` is a control character a terminal would act on.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Whether `scalar` overrides, embeds or isolates a direction of writing.
  static func isDirectionalFormatting(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  private static func needsShowing(_ scalar: Unicode.Scalar, keepingLayout: Bool) -> Bool {
    (isControl(scalar) && !(keepingLayout && (scalar == "\n" || scalar == "\t"))) || isDirectionalFormatting(scalar)
  }

  /// `^[`, `^?`, `<U+009B>`.
  static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x7F: return "^?"
    case ..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
  }
}
