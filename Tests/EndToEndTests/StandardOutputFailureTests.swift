import Foundation
import Testing

/// Results that cannot be written are an error, as in sqlite3 and jq: a message on standard error and exit
/// status 1, never a silent success. A reader that goes away (`| head`) ends newsq by SIGPIPE, the Unix way,
/// with nothing printed.
@Suite("Standard output that cannot be written")
struct StandardOutputFailureTests {
  /// Runs newsq with standard output on a pipe nobody reads, and SIGPIPE ignored so the write fails with
  /// EPIPE instead of ending the process (a full disk or /dev/full fails the same way, with ENOSPC).
  private func runIntoClosedPipe(_ arguments: [String]) throws -> (status: Int32, standardError: String) {
    let closed = Pipe()
    try closed.fileHandleForReading.close()
    let errors = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", #"trap '' PIPE; exec "$0" "$@""#, NewsqProcess.binary.path] + arguments
    process.currentDirectoryURL = NewsqProcess.packageRoot
    process.environment = ["HOME": NewsqProcess.emptyHome, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    process.standardOutput = closed.fileHandleForWriting
    process.standardError = errors
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    try closed.fileHandleForWriting.close()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, errorText)
  }

  @Test("a -c statement whose result cannot be written says so on standard error and exits 1")
  func failedWrite() throws {
    let outcome = try runIntoClosedPipe(["-c", "quotes"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "error: cannot write to standard output: Broken pipe\n")
  }

  @Test("a script stops at the first result it cannot write, with the statement's place")
  func failedWriteInScript() throws {
    let folder = try ScratchFiles()
    let script = try folder.write("two.nq", "documents count\nquotes\n")
    let outcome = try runIntoClosedPipe(["-f", script])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "\(script):1:1: error: cannot write to standard output: Broken pipe\n")
  }

  @Test("--help that cannot be written is an error too")
  func failedHelp() throws {
    let outcome = try runIntoClosedPipe(["--help"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "error: cannot write to standard output: Broken pipe\n")
  }

  @Test("piped into head, newsq ends quietly: no Swift error, no trap, no message")
  func pipedIntoHead() throws {
    let statements = Array(repeating: ["-c", "quotes"], count: 20).flatMap { $0 }
    let outcome = try NewsqProcess.run(
      ["-c", #""$0" "$@" | head -c 8"#, NewsqProcess.binary.path] + statements,
      executable: "/bin/sh")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.hasPrefix("document"))
    #expect(outcome.standardError.isEmpty)
  }
}
