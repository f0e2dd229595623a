import Foundation
import Testing

/// Start-up configuration: `~/.newsqrc`, `--no-rc`, `--format` over it, completion scripts and `--help`.
@Suite("Configuration")
struct ConfigurationTests {
  @Test("~/.newsqrc runs first; --format overrides it; --no-rc skips it")
  func runCommands() throws {
    let home = try ScratchFiles()
    _ = try home.write(".newsqrc", "-- my settings\n.mode ndjson\n")
    let environment = ["HOME": home.path]
    let withRC = try NewsqProcess.run(["-c", "documents"], environment: environment)
    #expect(withRC.standardOutput.hasPrefix("{\"id\":"))
    let overridden = try NewsqProcess.run(["--format", "table", "-c", "documents"], environment: environment)
    #expect(overridden.standardOutput.hasPrefix("id "))
    let skipped = try NewsqProcess.run(["--no-rc", "-c", "documents"], environment: environment)
    #expect(skipped.standardOutput.hasPrefix("id "))
  }

  @Test("an error in ~/.newsqrc is reported with its line and the rest still runs")
  func runCommandsError() throws {
    let home = try ScratchFiles()
    _ = try home.write(".newsqrc", ".nonsense\n.mode ndjson\n")
    let outcome = try NewsqProcess.run(["-c", "documents"], environment: ["HOME": home.path])
    #expect(outcome.standardError.hasPrefix("\(home.path)/.newsqrc:1:1: error: unknown command '.nonsense'"))
    #expect(outcome.standardOutput.hasPrefix("{\"id\":"))
    #expect(outcome.status == 0)
  }

  @Test("completion scripts for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
  func completionScripts(_ shell: String) throws {
    let outcome = try NewsqProcess.run(["--generate-completion-script", shell])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("--keep-going"))
  }

  @Test("bash completes file and folder names after --corpus and -f")
  func completionOfPaths() throws {
    let script = try NewsqProcess.run(["--generate-completion-script", "bash"]).standardOutput
    for option in ["'--corpus')", "'-f')"] {
      let branch = script.components(separatedBy: option).dropFirst().first?.components(separatedBy: ";;").first
      #expect(branch?.contains("__newsq_add_completions -f") == true, "\(option)")
    }
  }

  @Test("--help lists every flag, each with an example")
  func help() throws {
    let outcome = try NewsqProcess.run(["--help"])
    #expect(outcome.status == 0)
    let flags = [
      "--corpus", "-c <statement>", "-f <file>", "--format", "--keep-going", "--quiet", "--no-color", "--no-rc",
      "--no-cache",
    ]
    for flag in flags { #expect(outcome.standardOutput.contains(flag)) }
    let options = outcome.standardOutput.components(separatedBy: "OPTIONS:").last ?? ""
    #expect(options.components(separatedBy: "Example:").count - 1 == flags.count)
  }
}
