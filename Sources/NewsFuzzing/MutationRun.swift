import NewsCorpus

/// A deterministic fuzzing run without libFuzzer: starting from seed inputs, each step mutates an input
/// from the pool and runs the target on it. Inputs that produce an output not seen before join the pool,
/// a coarse stand-in for coverage, so the run wanders away from the seeds.
///
/// The test suite runs a bounded number of steps on every `make test`; `newsq-fuzz TARGET --inputs N`
/// runs as many as asked. The same seed gives the same inputs on every machine.
public struct MutationRun: Sendable {
  public let target: FuzzTarget
  public let seed: UInt64
  /// The pool never grows past this many inputs, so memory stays bounded in long runs.
  public let poolLimit: Int

  public init(target: FuzzTarget, seed: UInt64, poolLimit: Int = 2_048) {
    self.target = target
    self.seed = seed
    self.poolLimit = poolLimit
  }

  /// Runs `count` mutated inputs after the seeds themselves; `beforeEach` sees each input before it runs
  /// (to save it, so that a trap leaves the input that caused it behind). Returns how many inputs ran.
  @discardableResult
  public func run(
    seeds: [[UInt8]], count: Int, maximumLength: Int = 8_192, beforeEach: (Int, [UInt8]) -> Void = { _, _ in }
  ) -> Int {
    var pool = seeds.isEmpty ? [[]] : seeds
    var seen = Set<Int>()
    var ran = 0
    for input in pool {
      beforeEach(ran, input)
      seen.insert(target.run(input))
      ran += 1
    }
    var mutator = Mutator(seed: seed, dictionary: target.dictionary, maximumLength: maximumLength)
    var random = SplitMix64(seed: seed ^ 0x5EED)
    for _ in 0..<max(0, count) {
      let parent = pool[Int.random(in: 0..<pool.count, using: &random)]
      let input = mutator.mutate(parent)
      beforeEach(ran, input)
      let digest = target.run(input)
      ran += 1
      if seen.insert(digest).inserted {
        if pool.count < poolLimit { pool.append(input) } else { pool[Int.random(in: 0..<pool.count, using: &random)] = input }
      }
    }
    return ran
  }
}
