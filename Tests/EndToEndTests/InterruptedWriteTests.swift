import Foundation
import Testing

/// What a killed run or a full disk leaves behind: nothing that was not there before.
@Suite("Interrupted writes")
struct InterruptedWriteTests {
  @Test("the temporary file of a killed run is removed by the next write to the same file")
  func killedRun() throws {
    let folder = try ScratchFiles()
    let fifo = folder.path + "/hold.fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let process = Process()
    process.executableURL = NewsqProcess.binary
    process.arguments = ["-c", ".output out.txt", "-c", "documents", "-c", ".read hold.fifo"]
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    process.environment = ["HOME": NewsqProcess.emptyHome, "PATH": "/usr/bin:/bin"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // The FIFO opens to write once newsq opens it to read, after `.output` has made its temporary file.
    let writer = Self.openWhenRead(fifo, by: process)
    #expect(writer >= 0)
    #expect(process.isRunning)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    close(writer)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left.filter { $0.hasPrefix(".out.txt.newsq-\(process.processIdentifier)-") }.count == 1)

    let next = try NewsqProcess.run(
      ["--format", "csv", "-c", "documents count", "-c", ".export csv out.txt"], in: folder.path)
    #expect(next.status == 0)
    #expect(folder.read("out.txt") == "count\r\n5\r\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["hold.fifo", "out.txt"])
  }

  /// `fifo` opened to write once `process` opens it to read, without blocking: -1 should the process end
  /// first, or the tests' fuse burn, so that a run that never reads the FIFO fails the test, not hangs it.
  private static func openWhenRead(_ fifo: String, by process: Process) -> Int32 {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(NewsqProcess.fuseSeconds * 1e9)
    while DispatchTime.now().uptimeNanoseconds < deadline {
      let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
      if descriptor >= 0 { return descriptor }
      guard errno == ENXIO, process.isRunning else { return -1 }
      usleep(10_000)
    }
    return -1
  }

  @Test(".export all csv past a file-size limit removes the folder it made and leaves an existing one as it was")
  func fileSizeLimit() throws {
    let folder = try ScratchFiles()
    let sizes = try tableSizes()
    // The first table fits under the limit and a later one does not, so the export fails halfway.
    let blocks = (sizes[0] + 511) / 512
    try #require(sizes.contains { $0 > blocks * 512 })
    _ = try folder.write("old/quotes.csv", "kept\n")
    let limited = "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\""
    let outcome = try NewsqProcess.run(
      [
        "-c", limited, NewsqProcess.binary.path, "--keep-going", "-c", ".export all csv tables", "-c",
        ".export all csv old",
      ],
      executable: "/bin/sh", in: folder.path)
    #expect(outcome.status == 1)
    let errors = outcome.standardError.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors.first?.hasSuffix(": File too large; tables was not made") == true)
    #expect(errors.last?.hasSuffix(": File too large; the files in old were left as they were") == true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["old"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/old") == ["quotes.csv"])
    #expect(folder.read("old/quotes.csv") == "kept\n")
  }

  @Test(
    ".export all csv on a full file system removes the folder it made",
    .enabled(
      if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
      "mounting a small file system needs root"))
  func fullDisk() throws {
    let folder = try ScratchFiles()
    let half = try tableSizes().reduce(0, +) / 2
    let disk = folder.path + "/disk"
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
    // A file system of half the export's size, in a mount namespace of its own that ends with the command.
    let script =
      "mount -t tmpfs -o size=\(half) none \"$1\" || exit 99; cd \"$1\"; \"$0\" -c '.export all csv tables'; "
      + "echo \"status $?\"; ls -A"
    let outcome = try NewsqProcess.run(
      ["-m", "/bin/sh", "-c", script, NewsqProcess.binary.path, disk], executable: "/usr/bin/unshare")
    try #require(outcome.status != 99, "no tmpfs: \(outcome.standardError)")
    #expect(outcome.standardError.hasSuffix(": No space left on device; tables was not made\n"))
    #expect(outcome.standardOutput == "status 1\n")
  }

  /// The sizes of the model's CSV tables, in the order `.export all csv` writes them.
  private func tableSizes() throws -> [Int] {
    let folder = try ScratchFiles()
    let schema = try NewsqProcess.run(
      ["--format", "csv", "-c", ".export all csv tables", "-c", ".schema"], in: folder.path)
    let names = schema.standardOutput.split(whereSeparator: \.isNewline).dropFirst().compactMap {
      $0.split(separator: ",").first
    }
    return try names.map { name in
      try FileManager.default.attributesOfItem(atPath: folder.path + "/tables/\(name).csv")[.size] as? Int ?? 0
    }
  }
}
