import Foundation

/// Runs the built `newsq` binary as a user would, capturing what it prints and its exit status.
struct NewsqProcess {
  struct Outcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary built beside this test bundle (`swift test` builds it, as the test target depends on it).
  static var binary: URL {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("newsq")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/newsq")
  }

  /// Runs newsq with `arguments`, `input` on standard input and `environment` added to a clean one whose
  /// HOME is an empty folder, so no `~/.newsqrc` or history of the person running the tests interferes.
  /// `executable` replaces the binary (`/bin/sh` to run a README's command line); `folder` is the working
  /// folder (the package's by default).
  static func run(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], executable: String? = nil,
    in folder: String? = nil
  ) throws -> Outcome {
    try run(
      arguments, inputBytes: Array((input ?? "").utf8), environment: environment, executable: executable, in: folder)
  }

  static func run(
    _ arguments: [String], inputBytes: [UInt8], environment: [String: String] = [:], executable: String? = nil,
    in folder: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
    process.arguments = arguments
    process.currentDirectoryURL = folder.map { URL(fileURLWithPath: $0) } ?? packageRoot
    var base = ProcessInfo.processInfo.environment.filter { ["PATH", "LANG", "LC_ALL", "TMPDIR"].contains($0.key) }
    base["HOME"] = emptyHome
    process.environment = base.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    let standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(Data(inputBytes))
    try standardInput.fileHandleForWriting.close()
    // Standard error is drained while standard output is read, so a long one cannot fill its pipe and stall both.
    let errorBytes = Drained()
    let drained = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      errorBytes.data = errors.fileHandleForReading.readDataToEndOfFile()
      drained.signal()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    let errData = errorBytes.data
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// A HOME with nothing in it, made once per test process.
  static let emptyHome: String = {
    let path = NSTemporaryDirectory() + "newsq-home-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()
}

/// What a reader thread collected; read only after it has signalled that it is done.
private final class Drained: @unchecked Sendable {
  var data = Data()
}

extension NewsqProcess {
  /// The user the permission tests run newsq as when the tests themselves run as root: `nobody`.
  static let unprivilegedUser: uid_t = 65534

  /// Runs newsq as a user without root's right to write anything: as `nobody` through setpriv when the
  /// tests run as root, else as the user running them.
  static func runUnprivileged(_ arguments: [String], in folder: String) throws -> Outcome {
    guard geteuid() == 0 else { return try run(arguments, in: folder) }
    let user = String(unprivilegedUser)
    return try run(
      ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", binary.path] + arguments, executable: "/usr/bin/setpriv",
      in: folder)
  }
}
