import NewsQuery

/// JSON text for values, written by hand so key order is the column order and output is stable.
enum JSONText {
  static func string(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func value(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .string(let text): return string(text)
    case .number(let number): return number.isFinite ? Value.format(number) : "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .date(let date): return string(date.description)
    case .entity(_, let name): return string(name)
    case .item(_, _, let label): return string(label)
    case .list(let values): return "[" + values.map(Self.value).joined(separator: ",") + "]"
    }
  }

  static func object(columns: [String], values: [Value]) -> String {
    "{" + zip(columns, values).map { string($0) + ":" + value($1) }.joined(separator: ",") + "}"
  }
}
