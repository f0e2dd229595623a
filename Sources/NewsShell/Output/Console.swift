import Foundation

/// Where the shell writes: results to standard output, diagnostics to standard error.
struct Console {
  func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
