// newsq-fuzz: the fuzz targets of newsq (Sources/NewsFuzzing), in two builds.
//
// Built by `make fuzz` with -sanitize=fuzzer and -D FUZZING, it starts libFuzzer's driver, which calls the
// target named by NEWSQ_FUZZ_TARGET (default: extractor).
// Built as usual, it is a command: a deterministic mutation run, or a replay of saved inputs
// (`newsq-fuzz --help`).
import NewsFuzzing

#if FUZZING
  import CFuzzDriver
  import Foundation

  @main
  enum FuzzMain {
    /// The target named by NEWSQ_FUZZ_TARGET, read once.
    static let target =
      ProcessInfo.processInfo.environment["NEWSQ_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .extractor

    static func main() {
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzMain.target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
      })
    }
  }
#else
  @main
  enum FuzzMain {
    static func main() { FuzzCommand.main(CommandLine.arguments) }
  }
#endif
