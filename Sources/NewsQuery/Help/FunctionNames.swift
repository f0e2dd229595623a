extension LanguageHelp {
  /// The names of the language's functions, aggregates included, for the shell's Tab completion.
  public static var functionNames: [String] { FunctionTable.all.map(\.name) }

  /// For each function whose string arguments are values of a field, that field, for Tab inside `mentions("Pu`.
  public static var functionArgumentValues: [String: (collection: String, field: String)] {
    Dictionary(FunctionTable.all.compactMap { function in function.argumentValues.map { (function.name, $0) } }) {
      first, _ in first
    }
  }

  /// The measures `collocates … by` takes, for Tab.
  public static var collocateMeasures: [String] { CollocatesPlanner.Measure.allCases.map(\.rawValue) }
}
