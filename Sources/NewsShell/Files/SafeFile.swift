import Foundation

/// Writes files so that nothing the user had is lost: a whole file is written beside its target and
/// renamed over it only once complete, so a failure leaves the old file as it was.
/// Every function returns nil on success, or a sentence saying what went wrong and where.
enum SafeFile {
  /// Replaces `path` with `data` through a temporary file in the same folder, which must exist.
  static func replace(_ path: String, with data: Data) -> String? {
    let pending: PendingFile
    switch PendingFile.create(for: path) {
    case .success(let file): pending = file
    case .failure(let problem): return problem.description
    }
    if let problem = pending.write(data) {
      pending.discard()
      return problem
    }
    return pending.commit()
  }

  /// Appends `text` to `path` in one write, creating the file and its folders if needed.
  static func append(_ text: String, to path: String) -> String? {
    if let problem = createFolders(containing: path) { return problem }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return "cannot open \(path): \(String(cString: strerror(errno)))" }
    defer { close(descriptor) }
    return writeAll(Data(text.utf8), to: descriptor, path: path)
  }

  /// Creates the folders above `path` (mode 700, as state folders are).
  static func createFolders(containing path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return nil }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "cannot write \(path): \(folder) is not a folder"
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      return nil
    } catch {
      return "cannot create the folder \(folder)"
    }
  }

  /// Makes the folder `path` for an export (its parent must exist), or accepts it if it is already there.
  static func createFolder(_ path: String) -> String? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      return isFolder.boolValue ? nil : "cannot write into \(path): it is a file, not a folder"
    }
    guard mkdir(path, 0o777) == 0 else {
      let parent = (path as NSString).deletingLastPathComponent
      let reason = errno == ENOENT ? "there is no folder \(parent)" : String(cString: strerror(errno))
      return "cannot create the folder \(path): \(reason)"
    }
    return nil
  }

  static func writeAll(_ data: Data, to descriptor: Int32, path: String) -> String? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
      guard var pointer = buffer.baseAddress else { return nil }
      var remaining = buffer.count
      while remaining > 0 {
        let written = Glibc.write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return "cannot write \(path): \(String(cString: strerror(errno)))"
        }
        remaining -= written
        pointer += written
      }
      return nil
    }
  }
}

/// A file being written beside its target; `commit` renames it into place, `discard` removes it.
struct PendingFile: Sendable {
  /// Why a file cannot be started.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  let target: String
  let temporaryPath: String
  let descriptor: Int32

  /// Opens a temporary file in the target's folder, so the final rename stays on one file system.
  static func create(for target: String) -> Result<PendingFile, Problem> {
    let folder = (target as NSString).deletingLastPathComponent
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
      return .failure(Problem(description: "\(target) is a folder"))
    }
    // Results go only where the person said: a folder that is not there is a typo to report, not to create.
    let container = folder.isEmpty ? "." : folder
    guard FileManager.default.fileExists(atPath: container, isDirectory: &isFolder) else {
      return .failure(Problem(description: "cannot write \(target): there is no folder \(container)"))
    }
    guard isFolder.boolValue else {
      return .failure(Problem(description: "cannot write \(target): \(container) is not a folder"))
    }
    let name = (target as NSString).lastPathComponent
    var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).newsq-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard descriptor >= 0 else {
      return .failure(Problem(description: "cannot write \(target): \(String(cString: strerror(errno)))"))
    }
    let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // Keep the permissions of a file being replaced; new files get the usual 644 less the umask.
    var existing = stat()
    let mode = stat(target, &existing) == 0 ? existing.st_mode & 0o777 : 0o666 & ~currentUmask()
    fchmod(descriptor, mode)
    return .success(PendingFile(target: target, temporaryPath: temporaryPath, descriptor: descriptor))
  }

  func write(_ data: Data) -> String? {
    SafeFile.writeAll(data, to: descriptor, path: target)
  }

  /// Flushes, closes and renames over the target. On failure the target is untouched.
  func commit() -> String? {
    if fsync(descriptor) != 0 && errno != EINVAL {
      let reason = String(cString: strerror(errno))
      discard()
      return "cannot write \(target): \(reason)"
    }
    close(descriptor)
    guard rename(temporaryPath, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      return "cannot write \(target): \(reason)"
    }
    return nil
  }

  func discard() {
    close(descriptor)
    unlink(temporaryPath)
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}
