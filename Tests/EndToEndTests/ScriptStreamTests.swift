import Foundation
import Testing

/// `-f` and `.read` take a script from any readable stream, as a shell's `sh FILE` does, and say why one
/// cannot be read.
@Suite("Scripts from streams")
struct ScriptStreamTests {
  @Test("-f /dev/null runs nothing and succeeds")
  func emptyDevice() throws {
    let outcome = try NewsqProcess.run(["-f", "/dev/null"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.isEmpty)
  }

  @Test("-f of a pipe (/dev/stdin, bash's <(…)) runs what comes through it")
  func pipe() throws {
    let piped = try NewsqProcess.run(["--format", "csv", "-f", "/dev/stdin"], input: "documents count\n")
    #expect(piped.status == 0)
    #expect(piped.standardOutput == "count\r\n5\r\n")
    if FileManager.default.isExecutableFile(atPath: "/bin/bash") {
      let substituted = try NewsqProcess.run(
        ["-c", "exec \"$0\" --format csv -f <(printf 'documents count\\n')", NewsqProcess.binary.path],
        executable: "/bin/bash")
      #expect(substituted.status == 0)
      #expect(substituted.standardOutput == "count\r\n5\r\n")
      #expect(substituted.standardError.isEmpty)
    }
  }

  @Test("-f and .read of a named FIFO wait for its writer and run what it wrote")
  func namedFIFO() throws {
    let folder = try ScratchFiles()
    let fifo = folder.path + "/script.fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = FIFOWriter(path: fifo, text: "documents count\n")
    let outcome = try NewsqProcess.run(["--format", "csv", "-f", fifo])
    writer.wait()
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "count\r\n5\r\n")
    let again = FIFOWriter(path: fifo, text: "documents count\n")
    let read = try NewsqProcess.run(["--format", "csv", "-c", ".read \(fifo)"])
    again.wait()
    #expect(read.standardOutput == "count\r\n5\r\n")
  }

  @Test("an unreadable script says why: permission denied, a loop of links")
  func unreadable() throws {
    let folder = try ScratchFiles()
    let locked = try folder.write("locked.nq", "documents\n")
    #expect(chmod(locked, 0) == 0)
    #expect(chmod(folder.path, 0o755) == 0)
    let denied = try NewsqProcess.runUnprivileged(["-f", "locked.nq"], in: folder.path)
    #expect(denied.status == 2)
    #expect(denied.standardError == "error: cannot read locked.nq: permission denied\n")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop.nq", withDestinationPath: "loop.nq")
    let loop = try NewsqProcess.run(["-f", "loop.nq"], in: folder.path)
    #expect(loop.status == 2)
    #expect(loop.standardError == "error: cannot read loop.nq: too many levels of symbolic links\n")
  }
}

/// Writes `text` into a FIFO on a thread of its own, as the program at the other end of `-f FIFO` would.
private final class FIFOWriter: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let path: String

  init(path: String, text: String) {
    self.path = path
    Thread.detachNewThread { [done] in
      let descriptor = open(path, O_WRONLY)
      if descriptor >= 0 {
        _ = text.withCString { Glibc.write(descriptor, $0, strlen($0)) }
        close(descriptor)
      }
      done.signal()
    }
  }

  /// Waits for the writer to finish; should nobody have opened the FIFO to read, a reader of our own lets
  /// the writer's open return, so a failing test ends rather than hangs.
  func wait() {
    close(open(path, O_RDONLY | O_NONBLOCK))
    done.wait()
  }
}
