import Foundation

/// An errno from a system call, as an error value; `description` is the system's sentence for it.
struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
  var code: Int32

  var description: String { String(cString: strerror(code)) }
}
