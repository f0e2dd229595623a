#if !FUZZING
  import Foundation
  import NewsFuzzing

  /// `newsq-fuzz TARGET [--inputs N] [--seed S] [--seeds DIR]… [--save FILE] [--write-seeds DIR] [--dictionary] [FILE…]`:
  /// without files, a deterministic mutation run of N inputs (default 100,000) from the files in the
  /// seed folders (default `FuzzTarget.seedFolders`: the seed articles, the example scripts and corpus); with
  /// files, each file run once as an input, as when replaying a crash libFuzzer saved. `--save FILE` writes each
  /// input there before it runs, so a trap leaves the input that caused it. `--write-seeds DIR` writes the seed
  /// inputs as files for libFuzzer; `--dictionary` prints the target's dictionary in libFuzzer's format. `newsq-fuzz --list` names the targets.
  enum FuzzCommand {
    static func main(_ arguments: [String]) {
      var rest = Array(arguments.dropFirst())
      if rest == ["--list"] { return print(FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")) }
      guard let name = rest.first, !name.hasPrefix("-"), let target = FuzzTarget(rawValue: name) else {
        return usage(exitStatus: rest.contains { $0 == "-h" || $0 == "--help" } ? 0 : 2)
      }
      rest.removeFirst()
      var inputs = 100_000
      var seed: UInt64 = 1
      var folders: [String] = []
      var files: [String] = []
      var savePath: String?
      var seedFolder: String?
      while !rest.isEmpty {
        let argument = rest.removeFirst()
        switch argument {
        case "--inputs": inputs = rest.isEmpty ? -1 : Int(rest.removeFirst()) ?? -1
        case "--seed": seed = rest.isEmpty ? 0 : UInt64(rest.removeFirst()) ?? 0
        case "--seeds": if !rest.isEmpty { folders.append(rest.removeFirst()) }
        case "--save": savePath = rest.isEmpty ? nil : rest.removeFirst()
        case "--write-seeds": seedFolder = rest.isEmpty ? nil : rest.removeFirst()
        case "--dictionary":
          for word in target.dictionary { print("\"" + escaped(word) + "\"") }
          return
        default: files.append(argument)
        }
      }
      guard inputs >= 0 else { return usage(exitStatus: 2) }
      if !files.isEmpty { return replay(files, on: target) }
      let seeds = target.seedInputs(folders: folders.isEmpty ? FuzzTarget.seedFolders : folders)
      if let seedFolder { return write(seeds, to: seedFolder) }
      let started = Date()
      let ran = MutationRun(target: target, seed: seed).run(seeds: seeds, count: inputs) { _, input in
        if let savePath { _ = FileManager.default.createFile(atPath: savePath, contents: Data(input)) }
      }
      let seconds = Date().timeIntervalSince(started)
      print("\(target.rawValue): \(ran) inputs (\(seeds.count) seeds, seed \(seed)) without a crash in "
          + String(format: "%.1f s, %.0f inputs/s", seconds, Double(ran) / max(seconds, 1e-9)))
    }

    /// The seed inputs as files `seed-N` in `folder`, where libFuzzer starts from them.
    static func write(_ seeds: [[UInt8]], to folder: String) {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, seed) in seeds.enumerated() {
          try Data(seed).write(to: URL(fileURLWithPath: folder + "/seed-\(index)"))
        }
        print("\(seeds.count) seed inputs in \(folder)")
      } catch {
        FileHandle.standardError.write(Data("newsq-fuzz: cannot write the seeds in \(folder): \(error)\n".utf8))
        exit(2)
      }
    }

    static func replay(_ files: [String], on target: FuzzTarget) {
      for file in files {
        guard let data = FileManager.default.contents(atPath: file) else {
          FileHandle.standardError.write(Data("newsq-fuzz: cannot read \(file)\n".utf8))
          exit(2)
        }
        target.run([UInt8](data))
        print("\(file): ran without a crash")
      }
    }

    /// A dictionary entry in libFuzzer's syntax: printable ASCII as is, every other byte as \xNN.
    static func escaped(_ word: String) -> String {
      word.utf8.map { byte in
        (0x20...0x7E).contains(byte) && byte != 0x22 && byte != 0x5C
          ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
      }.joined()
    }

    static func usage(exitStatus: Int32) {
      var text = "usage: newsq-fuzz TARGET [--inputs N] [--seed S] [--seeds DIR]... [--save FILE] [--write-seeds DIR] [--dictionary] [FILE...]\n"
      text += "       newsq-fuzz --list\n"
      text += "targets:\n" + FuzzTarget.allCases.map { "  \($0.rawValue)  \($0.summary)\n" }.joined()
      FileHandle(fileDescriptor: exitStatus == 0 ? 1 : 2).write(Data(text.utf8))
      exit(exitStatus)
    }
  }
#endif
