import Foundation
import NewsCorpus

/// The functions on dates: the period a date falls in, for grouping by time, and today's date.
extension FunctionTable {
  static let times: [FunctionDefinition] = [
    period(name: "day", summary: "the day of a date (a date)") { $0.precision < .day ? nil : .date($0.start) },
    period(name: "week", summary: "the ISO week of a date, as \"2022-W02\" (sorts in time order)") { date in
      guard date.precision == .day else { return nil }
      let week = date.isoWeek
      return .string("\(week.year)-W\(week.week < 10 ? "0" : "")\(week.week)")
    },
    period(name: "month", summary: "the month of a date (a date such as 2022-01)") { date in
      date.precision < .month ? nil : .date(NewsDate(year: date.year, month: date.month))
    },
    FunctionDefinition(name: "year", usage: "year(date)", summary: "the year of a date (a number)", isAggregate: false) {
      call throws(QueryError) in
      let evaluate = try dateArgument(call).evaluate
      return Compiled(.number) { context, row in
        if case .date(let date) = evaluate(context, row) { return .number(Double(date.year)) }
        return .null
      }
    },
    FunctionDefinition(
      name: "today", usage: "today, today()", summary: "today's date, for date arithmetic: date >= today - 30",
      isAggregate: false, isBare: true
    ) { call throws(QueryError) in
      guard call.arguments.isEmpty else { throw QueryError("today takes no argument", at: call.range) }
      let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
      let today = NewsDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      return Compiled(.date) { _, _ in .date(today) }
    },
  ]

  /// A function giving the period a date falls in; null when the date is less precise than the period.
  private static func period(name: String, summary: String, _ period: @escaping @Sendable (NewsDate) -> Value?)
    -> FunctionDefinition
  {
    FunctionDefinition(name: name, usage: "\(name)(date)", summary: summary, isAggregate: false) {
      call throws(QueryError) in
      let evaluate = try dateArgument(call).evaluate
      let shape: Shape = name == "week" ? .string : .date
      return Compiled(shape) { context, row in
        guard case .date(let date) = evaluate(context, row) else { return .null }
        return period(date) ?? .null
      }
    }
  }

  private static func dateArgument(_ call: FunctionCall) throws(QueryError) -> Compiled {
    let argument = try single(call)
    guard argument.shape.type == .date else {
      throw QueryError(
        "\(call.name.name.lowercased())() takes a date, not \(argument.shape.withArticle)", at: call.arguments[0].range)
    }
    return argument
  }
}
