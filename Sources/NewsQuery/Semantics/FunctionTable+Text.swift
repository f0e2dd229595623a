import Foundation

/// The functions on text: its length, case, pieces, replacements and what a regular expression captures.
extension FunctionTable {
  static let texts: [FunctionDefinition] = [
    FunctionDefinition(
      name: "length", usage: "length(x)", summary: "characters of a text; elements of a list", isAggregate: false
    ) { call throws(QueryError) in
      let argument = try single(call)
      let evaluate = argument.evaluate
      return Compiled(.number) { context, row in
        switch evaluate(context, row) {
        case .list(let elements): return .number(Double(elements.count))
        case .null: return .null
        case let value: return .number(Double(value.displayText.count))
        }
      }
    },
    textFunction(name: "lower", summary: "the text in lower case") { $0.lowercased() },
    textFunction(name: "upper", summary: "the text in upper case") { $0.uppercased() },
    FunctionDefinition(
      name: "substr", usage: "substr(text, start [, length])",
      summary: "the characters from start (1 is the first), length of them or to the end", isAggregate: false
    ) { call throws(QueryError) in
      let arguments = try compiledArguments(call, count: 2...3)
      try requireText(arguments[0], call.arguments[0], call)
      for index in 1..<arguments.count { try requireNumber(arguments[index], call.arguments[index], call) }
      let evaluators = arguments.map(\.evaluate)
      return Compiled(.string) { context, row in
        guard let text = ValueComparison.text(evaluators[0](context, row)),
          case .number(let start) = evaluators[1](context, row)
        else { return .null }
        var length = Double(text.count)
        if evaluators.count == 3 {
          guard case .number(let given) = evaluators[2](context, row) else { return .null }
          length = given
        }
        let from = max(0, min(text.count, Int(start.rounded()) - 1))
        let count = max(0, min(text.count - from, Int(length.rounded())))
        return .string(String(text.dropFirst(from).prefix(count)))
      }
    },
    FunctionDefinition(
      name: "replace", usage: "replace(text, from, to)", summary: "the text with every `from` replaced by `to`",
      isAggregate: false
    ) { call throws(QueryError) in
      let arguments = try compiledArguments(call, count: 3...3)
      for (value, expression) in zip(arguments, call.arguments) { try requireText(value, expression, call) }
      let evaluators = arguments.map(\.evaluate)
      return Compiled(.string) { context, row in
        let texts = evaluators.map { ValueComparison.text($0(context, row)) }
        guard let text = texts[0], let from = texts[1], let to = texts[2] else { return .null }
        return .string(from.isEmpty ? text : text.replacingOccurrences(of: from, with: to))
      }
    },
    FunctionDefinition(
      name: "extract", usage: "extract(text, /regex/)",
      summary: "what the regular expression's first group (else the whole match) captures, or null",
      isAggregate: false
    ) { call throws(QueryError) in
      guard call.arguments.count == 2, case .regex(let pattern, let flags) = call.arguments[1].kind else {
        throw QueryError("extract() takes a text and a regular expression: extract(text, /(\\d+) troops/)", at: call.range)
      }
      let text = try call.compiler.compile(call.arguments[0], in: call.scope)
      try requireText(text, call.arguments[0], call)
      let regex = try RegexBox(pattern: pattern, flags: flags, range: call.arguments[1].range)
      let evaluate = text.evaluate
      return Compiled(.string) { context, row in
        guard let text = ValueComparison.text(evaluate(context, row)) else { return .null }
        return regex.capture(in: text).map(Value.string) ?? .null
      }
    },
  ]

  /// A function of one text that gives a text.
  private static func textFunction(name: String, summary: String, _ transform: @escaping @Sendable (String) -> String)
    -> FunctionDefinition
  {
    FunctionDefinition(name: name, usage: "\(name)(text)", summary: summary, isAggregate: false) {
      call throws(QueryError) in
      let argument = try single(call)
      try requireText(argument, call.arguments[0], call)
      let evaluate = argument.evaluate
      return Compiled(.string) { context, row in
        ValueComparison.text(evaluate(context, row)).map { .string(transform($0)) } ?? .null
      }
    }
  }
}
