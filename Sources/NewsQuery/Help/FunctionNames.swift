extension LanguageHelp {
  /// The names of the language's functions, aggregates included, for the shell's Tab completion.
  public static var functionNames: [String] { FunctionTable.all.map(\.name) }
}
