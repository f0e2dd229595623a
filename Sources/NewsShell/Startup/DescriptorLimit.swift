import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Whether the process has file descriptors enough to run: loading uses Dispatch, whose thread pool
/// monitor opens files under /proc and traps (SIGILL) when it cannot; the prompt needs a few more for the
/// history, the pager's pipe and `.output`. Checked before anything else, so `ulimit -n 5` is a message and
/// exit status 2, never a signal. A soft limit below the hard one is raised first, as far as needed.
enum DescriptorLimit {
  /// Free descriptors the shell needs: Dispatch's event and wake-up descriptors and its monitor, a file
  /// being read, the history and its lock, the pager's pipe, an output file.
  static let needed = 8

  /// Why the shell cannot run with the descriptors it has, or nil when it can.
  static func problem() -> String? {
    #if canImport(Glibc)
      var limit = rlimit()
      guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
      var free = freeDescriptors(below: limit.rlim_cur)
      if free < needed, limit.rlim_cur < limit.rlim_max {
        var raised = limit
        raised.rlim_cur = min(limit.rlim_max, max(limit.rlim_cur, 1024))
        if setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &raised) == 0 {
          limit = raised
          free = freeDescriptors(below: limit.rlim_cur)
        }
      }
      guard free < needed else { return nil }
      return "too few file descriptors: the limit is \(limit.rlim_cur) (ulimit -n) with \(free) free, and newsq "
        + "needs \(needed) free; raise it with ulimit -n"
    #else
      return nil
    #endif
  }

  /// How many descriptor numbers below `limit` are free, counting no further than `needed`.
  static func freeDescriptors(below limit: rlim_t) -> Int {
    var free = 0
    var descriptor: Int32 = 0
    while rlim_t(descriptor) < limit, free < needed {
      if fcntl(descriptor, F_GETFD) == -1, errno == EBADF { free += 1 }
      descriptor += 1
    }
    return free
  }
}
