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
    feed(inputBytes, to: standardInput.fileHandleForWriting)
    var streams = [
      output.fileHandleForReading.fileDescriptor, errors.fileHandleForReading.fileDescriptor,
    ].map(OutputStream.init)
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(fuseSeconds * 1e9)
    var finished = readToEnd(&streams, until: deadline)
    if !finished { kill(process.processIdentifier, SIGKILL) }
    // Not waitUntilExit: Foundation hears of the exit through a socket the child inherits, so a process the
    // child left running would hold it open, and the wait, for ever.
    finished = waitForExit(process, until: deadline + 10_000_000_000) && finished
    var errorText = String(decoding: streams[1].bytes, as: UTF8.self)
    if !finished {
      errorText += "\n[test] newsq \(arguments) had not ended after \(Int(fuseSeconds)) s: killed\n"
    }
    return Outcome(
      status: process.isRunning ? -1 : process.terminationStatus,
      standardOutput: String(decoding: streams[0].bytes, as: UTF8.self), standardError: errorText)
  }

  /// Writes `bytes` to the child's standard input on a thread of its own, then closes it: a child that reads
  /// its input late, or never, cannot stall the reading of its output.
  private static func feed(_ bytes: [UInt8], to handle: FileHandle) {
    let writer = InputWriter(bytes: bytes, handle: handle)
    Thread.detachNewThread { writer.run() }
  }

  /// Whether `process` ended before `deadline` (nanoseconds of uptime).
  static func waitForExit(_ process: Process, until deadline: UInt64) -> Bool {
    while process.isRunning {
      guard DispatchTime.now().uptimeNanoseconds < deadline else { return false }
      usleep(2000)
    }
    return true
  }

  /// A fuse, not a measure: far beyond what any run in the tests takes on the slowest machine, so that a
  /// run that hangs (or a process it left behind holding its output) fails its test instead of stalling CI.
  static let fuseSeconds: Double = 600

  /// One output of the child, read until its end.
  private struct OutputStream {
    let descriptor: Int32
    var bytes: [UInt8] = []
    var isOpen = true
    init(_ descriptor: Int32) { self.descriptor = descriptor }
  }

  /// Reads both outputs at once (so a full pipe of one cannot stall the other) until both end; false when
  /// the fuse burnt first.
  private static func readToEnd(_ streams: inout [OutputStream], until deadline: UInt64) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65536)
    while streams.contains(where: \.isOpen) {
      guard DispatchTime.now().uptimeNanoseconds < deadline else { return false }
      var entries = streams.filter(\.isOpen).map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&entries, nfds_t(entries.count), 1000)
      if ready < 0 && errno != EINTR { return false }
      for entry in entries where entry.revents != 0 {
        guard let index = streams.firstIndex(where: { $0.descriptor == entry.fd }) else { continue }
        let count = chunk.withUnsafeMutableBytes { Glibc.read(entry.fd, $0.baseAddress, $0.count) }
        if count > 0 {
          streams[index].bytes += chunk[0..<count]
        } else if count == 0 || errno != EINTR {
          streams[index].isOpen = false
        }
      }
    }
    return true
  }

  /// A HOME with nothing in it, made once per test process.
  static let emptyHome: String = {
    let path = NSTemporaryDirectory() + "newsq-home-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()
}

extension NewsqProcess {
  /// The user the permission tests run newsq as when the tests themselves run as root: `nobody`.
  static let unprivilegedUser: uid_t = 65534

  /// A uid no running process holds, for limits counted per user (`ulimit -u`): a random one above the range
  /// any system hands out, checked against the owners of `/proc`'s entries.
  static func unusedUser() -> uid_t {
    let owners = Set(((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry in
      (try? FileManager.default.attributesOfItem(atPath: "/proc/" + entry))?[.ownerAccountID] as? NSNumber
    }.map { uid_t(truncating: $0) })
    var user = uid_t.random(in: 3_000_000...3_900_000)
    while owners.contains(user) { user += 1 }
    return user
  }

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

/// The bytes a child gets on its standard input, and the end of the pipe they go into.
private final class InputWriter: @unchecked Sendable {
  let bytes: [UInt8]
  let handle: FileHandle

  init(bytes: [UInt8], handle: FileHandle) {
    self.bytes = bytes
    self.handle = handle
  }

  /// Writes every byte (or up to a broken pipe) and closes the pipe, so the child sees the end of its input.
  /// SIGPIPE is blocked on this thread alone: a child that ends without reading its input must not end the
  /// tests, and ignoring the signal process-wide would pass SIG_IGN on to every child the tests start.
  func run() {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(handle.fileDescriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { break }
      offset += written
    }
    try? handle.close()
  }
}
