import Foundation

/// Measures one statement for `.timer`: wall-clock and processor time, as DuckDB prints them.
struct RunClock {
  private let started = DispatchTime.now().uptimeNanoseconds
  private let startUsage = RunClock.usage()

  /// The times since the clock was made; `excludingSeconds` (time spent reading the pager) is left out of real.
  func report(excludingSeconds excluded: Double = 0) -> String {
    let real = max(0, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 - excluded)
    let end = RunClock.usage()
    return String(
      format: "Run Time (s): real %.3f user %.3f sys %.3f", real, end.user - startUsage.user,
      end.system - startUsage.system)
  }

  private static func usage() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
  }
}
