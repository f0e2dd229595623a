/// The answer to a query: named columns and rows of values, ready for any output format.
public struct ResultSet: Sendable, Hashable {
  /// The collection the rows come from.
  public var collection: String
  public var columns: [String]
  public var rows: [[Value]]

  public init(collection: String, columns: [String], rows: [[Value]]) {
    self.collection = collection
    self.columns = columns
    self.rows = rows
  }
}
