/// A column being built, in chunks of a fixed size instead of one array: growing never copies what is in and
/// never holds room for twice the values (an array doubles), which for the millions of values of a load's
/// columns was a large part of its peak. Written to an image chunk by chunk.
struct ColumnChunks<Element: BitwiseCopyable>: Sequence {
  static var chunkLength: Int { 1 << 16 }

  private var chunks: [[Element]] = []
  private(set) var count = 0

  init() {}

  mutating func append(_ value: Element) {
    if count % Self.chunkLength == 0 {
      var chunk: [Element] = []
      chunk.reserveCapacity(Self.chunkLength)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(value)
    count += 1
  }

  subscript(index: Int) -> Element {
    get { chunks[index / Self.chunkLength][index % Self.chunkLength] }
    set { chunks[index / Self.chunkLength][index % Self.chunkLength] = newValue }
  }

  func makeIterator() -> FlattenSequence<[[Element]]>.Iterator { chunks.joined().makeIterator() }

  /// Writes the values to `sink`, as an array's bytes would be.
  func write(to sink: ImageSink) {
    for chunk in chunks { chunk.withUnsafeBytes { sink.write($0) } }
  }
}

extension ImageWriter {
  /// A section holding the values of `column`, which it keeps until the section is written.
  mutating func add<Element>(_ name: String, _ column: ColumnChunks<Element>) {
    add(name, length: column.count * MemoryLayout<Element>.stride) { sink in column.write(to: sink) }
  }
}
