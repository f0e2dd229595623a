/// The types of field values, which `.schema` lists and the checker compares.
public enum ValueType: String, Sendable, Hashable {
  case string, number, bool = "boolean", date, entity, list
}
