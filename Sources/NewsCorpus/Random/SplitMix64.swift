/// SplitMix64: a small random generator whose whole state is one number and whose draws depend on the seed
/// alone, on every machine and Swift version — so a sample with a seed, a generated benchmark corpus and a
/// mutation run that found a crash can each be repeated from their seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
