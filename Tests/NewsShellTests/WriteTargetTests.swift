import Foundation
import Testing

@testable import NewsShell

/// `.output`, `.once`, `.export` and the history file name a path that may be a symbolic link, a FIFO or a
/// device: a link is followed, and what is not a regular file is written in place, never replaced.
@Suite("Writing through links, FIFOs and devices")
struct WriteTargetTests {
  @Test("a symbolic link stays a link and the file it leads to gets the new content")
  func symbolicLink() throws {
    let folder = try ScratchFolder()
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder.file("target.txt")))
    try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: "target.txt")
    let once = try OutputRedirect(path: folder.file("link.txt"), isOnce: true)
    once.write("new\n")
    #expect(once.finish() == nil)
    #expect(try isSymbolicLink(folder.file("link.txt")))
    #expect(folder.contents("target.txt") == "new\n")
    #expect(SafeFile.replace(folder.file("link.txt"), with: Data("exported\n".utf8)) == nil)
    #expect(try isSymbolicLink(folder.file("link.txt")))
    #expect(folder.contents("target.txt") == "exported\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "target.txt"])
  }

  @Test("a link to a file not there yet creates that file, and a chain of links is followed to its end")
  func danglingAndChainedLinks() throws {
    let folder = try ScratchFolder()
    try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("real/out.csv"), withDestinationPath: folder.file("real/made.csv"))
    try FileManager.default.createSymbolicLink(atPath: folder.file("first"), withDestinationPath: "real/out.csv")
    #expect(SafeFile.replace(folder.file("first"), with: Data("a,b\n".utf8)) == nil)
    #expect(try isSymbolicLink(folder.file("first")))
    #expect(try isSymbolicLink(folder.file("real/out.csv")))
    #expect(folder.contents("real/made.csv") == "a,b\n")
  }

  @Test("links that lead round in a loop are an error and nothing is written")
  func linkLoop() throws {
    let folder = try ScratchFolder()
    try FileManager.default.createSymbolicLink(atPath: folder.file("a"), withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: folder.file("b"), withDestinationPath: "a")
    let error = #expect(throws: ShellError.self) { try OutputRedirect(path: folder.file("a"), isOnce: false) }
    #expect(error?.message.contains("symbolic links") == true)
    #expect(try isSymbolicLink(folder.file("a")))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a", "b"])
  }

  @Test("a FIFO is written in place: its reader gets every result and it is still a FIFO")
  func fifo() throws {
    let folder = try ScratchFolder()
    let path = folder.file("results.fifo")
    #expect(mkfifo(path, 0o600) == 0)
    let reader = FIFOReader(path: path)
    let redirect = try OutputRedirect(path: path, isOnce: false)
    redirect.write("first\n")
    redirect.write("second\n")
    #expect(redirect.finish() == nil)
    #expect(reader.wait() == "first\nsecond\n")
    #expect(try fileType(path) == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.fifo"])

    let exportReader = FIFOReader(path: path)
    #expect(SafeFile.replace(path, with: Data("exported\n".utf8)) == nil)
    #expect(exportReader.wait() == "exported\n")
    #expect(try fileType(path) == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.fifo"])
  }

  @Test("/dev/null is written in place and stays a character device")
  func characterDevice() throws {
    let redirect = try OutputRedirect(path: "/dev/null", isOnce: false)
    redirect.write("discarded\n")
    #expect(redirect.finish() == nil)
    #expect(try fileType("/dev/null") == S_IFCHR)
  }

  private func isSymbolicLink(_ path: String) throws -> Bool { try fileType(path) == S_IFLNK }

  private func fileType(_ path: String) throws -> mode_t {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw ShellError("cannot stat \(path)") }
    return info.st_mode & S_IFMT
  }
}

/// Reads a FIFO to its end on a thread of its own, as the program at the other end of `.output` would.
private final class FIFOReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(path: String) {
    Thread.detachNewThread { [self] in
      if let handle = FileHandle(forReadingAtPath: path) {
        data = handle.readDataToEndOfFile()
        try? handle.close()
      }
      done.signal()
    }
  }

  /// What was read, once the writer has closed its end (or nil after ten seconds).
  func wait() -> String? {
    guard done.wait(timeout: .now() + 10) == .success else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
