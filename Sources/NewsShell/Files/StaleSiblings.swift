import Foundation

/// The temporary files newsq writes beside a target (`.out.csv.newsq-PID-RANDOM`).
enum StaleSiblings {
  /// What comes between the target's name and the writer's process id.
  static let marker = ".newsq-"
}
