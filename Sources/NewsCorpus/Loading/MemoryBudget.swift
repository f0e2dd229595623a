import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How much memory a load may still take, checked before it takes it: the address space `ulimit -v`
/// leaves (RLIMIT_AS less what the process has mapped), the memory the system has free (MemAvailable and
/// free swap) and a control group's limit. Swift cannot recover from a failed allocation (it traps), and
/// threads that cannot be created leave Dispatch waiting for ever, so a load that would not fit is refused
/// with the figures instead of begun.
public struct MemoryBudget: Sendable, Equatable {
  /// Address space left under RLIMIT_AS, nil when there is no limit.
  public var addressSpace: Int?
  /// The RLIMIT_AS soft limit, for the message.
  public var addressSpaceLimit: Int?
  /// Memory the system can give without swapping out others (MemAvailable + SwapFree), or a control group's room,
  /// with what the process holds already.
  public var physical: Int?

  public init(addressSpace: Int? = nil, addressSpaceLimit: Int? = nil, physical: Int? = nil) {
    self.addressSpace = addressSpace
    self.addressSpaceLimit = addressSpaceLimit
    self.physical = physical
  }

  /// The budget of this process now.
  public static func current() -> MemoryBudget {
    var budget = MemoryBudget()
    #if canImport(Glibc)
      var limit = rlimit()
      if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
        let bytes = Int(clamping: limit.rlim_cur)
        budget.addressSpaceLimit = bytes
        budget.addressSpace = max(0, bytes - (Self.kilobytes("VmSize", in: "/proc/self/status") ?? 0))
      }
    #endif
    if let available = Self.kilobytes("MemAvailable", in: "/proc/meminfo") {
      budget.physical = available + (Self.kilobytes("SwapFree", in: "/proc/meminfo") ?? 0)
    }
    if let groupRoom = Self.controlGroupRoom() { budget.physical = min(budget.physical ?? groupRoom, groupRoom) }
    // An estimate is of the whole load, and what the process holds already (the articles read, when the check
    // before extracting runs) is part of it: the room is what is free and what the process has.
    if let physical = budget.physical, let resident = Self.kilobytes("VmRSS", in: "/proc/self/status") {
      budget.physical = physical + resident
    }
    return budget
  }

  /// Why `need` does not fit, or nil when it does: the address space counts `threads` more (each worker's
  /// stack and malloc arena are reserved, if not used), the system's memory only what the data keeps resident.
  public func shortfall(_ need: LoadEstimate) -> CorpusError? {
    if let room = addressSpace, need.addressSpaceBytes > room {
      let limit = addressSpaceLimit.map { " (ulimit -v \($0 / 1024))" } ?? ""
      return .insufficientMemory(
        needed: need.addressSpaceBytes, available: room, input: need.inputBytes,
        what: "of address space left under the limit\(limit)")
    }
    if let room = physical, need.residentBytes > room {
      return .insufficientMemory(needed: need.residentBytes, available: room, input: need.inputBytes, what: "of memory free")
    }
    return nil
  }

  /// A field of a /proc file in kB, in bytes.
  static func kilobytes(_ field: String, in path: String) -> Int? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }

  /// cgroup v2: memory.max less what the group uses and cannot give back, nil when unlimited or not there.
  /// memory.current counts the group's page cache, which the kernel reclaims before it refuses memory: after
  /// a build or a large copy it can stand near memory.max while nearly all of it is free to take.
  static func controlGroupRoom(folder: String = "/sys/fs/cgroup/") -> Int? {
    func read(_ name: String) -> String? { try? String(contentsOfFile: folder + name, encoding: .utf8) }
    guard let maximum = read("memory.max").flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
    else { return nil }
    let current = read("memory.current").flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
    let cache = read("memory.stat").flatMap { statistic("file", in: $0) } ?? 0
    return max(0, maximum - max(0, current - cache))
  }

  /// Makes every thread allocate from one malloc arena. glibc gives a thread that finds the arenas busy one of
  /// its own, reserving 64 MB of address space for it: under `ulimit -v` two or three workers' arenas take the
  /// room the load was measured to fit in, and an allocation then fails, which Swift cannot survive. Called
  /// only when the address space is limited, where threads then wait on one lock, rather than fail.
  static func shareOneMallocArena() {
    #if canImport(Glibc)
      // mallopt is glibc's, not in the Glibc module's headers: looked up by name, called if there.
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      let arenaMaximum: Int32 = -8  // M_ARENA_MAX in <malloc.h>
      _ = unsafeBitCast(symbol, to: MallOpt.self)(arenaMaximum, 1)
    #endif
  }

  /// One field of a memory.stat file ("file 123456"), in bytes.
  static func statistic(_ field: String, in text: String) -> Int? {
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, parts[0] == field { return Int(parts[1]) }
    }
    return nil
  }
}

/// What a load is expected to take, from the sizes of its input: the model and indexes, about six bytes a byte
/// of text; the extraction of the documents being extracted at once, up to 150 bytes a byte of each
/// (its tokens, spans and names, which a paragraph of a million quotation marks makes many); reading, a
/// few copies of the largest file; and in address space, what the runtime and each worker thread map.
/// Measured on a debug build of the seeds (22 KB): the load traps or hangs with 38 MB of address space left
/// and runs with 43 MB; the estimate asks 50 MB, so a refused load would not have fitted and a margin stays.
public struct LoadEstimate: Sendable, Equatable {
  public static let baseBytes = 24 << 20
  public static let bytesPerInputByte = 6
  public static let bytesPerDocumentByte = 150
  public static let copiesWhileReading = 4
  public static let threadReserveBytes = 12 << 20
  /// Resident bytes a byte of text takes at the peak of a load with its indexes, in halves: measured 4.29 at
  /// 100,000 generated articles (`make bench`, README), so 4.5.
  public static let residentHalvesPerInputByte = 9

  public var inputBytes: Int
  /// Memory the data takes at its peak, counted as address space: every part reserved at once.
  public var dataBytes: Int
  /// Memory the data keeps resident at its peak, which the system's free memory must hold: reading (the
  /// texts and copies of the largest file) is over before the model and its indexes grow, so the larger
  /// of the two counts, not their sum. A million articles in one 4.8 GB file need 22 GB, not 48.
  public var residentBytes: Int
  /// Address space: the data and the threads.
  public var addressSpaceBytes: Int

  /// `inputBytes` in all; `largestFile` read at once; `largestDocuments` extracted at once by `workers` threads.
  public init(inputBytes: Int, largestFile: Int, largestDocuments: [Int], workers: Int) {
    self.inputBytes = inputBytes
    let extraction = largestDocuments.reduce(0, +) * Self.bytesPerDocumentByte
    dataBytes = Self.baseBytes + inputBytes * Self.bytesPerInputByte + largestFile * Self.copiesWhileReading + extraction
    // One of the copies of the largest file is its articles' texts, which `inputBytes` counts.
    let reading = inputBytes + largestFile * (Self.copiesWhileReading - 1)
    residentBytes = Self.baseBytes + max(reading, inputBytes * Self.residentHalvesPerInputByte / 2) + extraction
    addressSpaceBytes = dataBytes + max(1, workers) * Self.threadReserveBytes
  }

  /// How many threads extract at once.
  public static var workers: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// The `count` largest of `sizes`.
  static func largest(_ sizes: [Int], count: Int) -> [Int] {
    Array(sizes.sorted(by: >).prefix(max(1, count)))
  }
}
