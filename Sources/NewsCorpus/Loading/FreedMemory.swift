#if canImport(Glibc)
  import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc keeps freed memory in its per-thread arenas: a shell that has loaded a large corpus would hold far
/// more than its model, and compacting a corpus would add its image to the records it has just dropped.
enum FreedMemory {
  static func release() {
    #if canImport(Glibc)
      // malloc_trim is glibc's, not in the Glibc module's headers: looked up by name, called if there.
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
      typealias MallocTrim = @convention(c) (Int) -> Int32
      _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    #endif
  }
}
