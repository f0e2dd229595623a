import Foundation

/// What `--experimental-dump-help` prints for swift-argument-parser's `generate-manual` plugin (`make man`).
/// The library always adds a `help` subcommand to it, even to a command without subcommands (which has no
/// such subcommand when run), so the man page's synopsis read `newsq subcommand …`. newsq removes it.
enum ToolDescription {
  /// `text` without the `subcommands` of its command when it is a tool description; any other text as it is.
  static func withoutSubcommands(_ text: String) -> String {
    guard text.hasPrefix("{"), let data = text.data(using: .utf8),
      var description = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      var command = description["command"] as? [String: Any], command["subcommands"] != nil
    else { return text }
    command["subcommands"] = nil
    description["command"] = command
    guard
      let cleaned = try? JSONSerialization.data(
        withJSONObject: description, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return text }
    return String(decoding: cleaned, as: UTF8.self)
  }
}
