/// A model type a snapshot keeps as columns: how to write a table of them and read one back in place.
///
/// Each conformance lives in the type's `+Image` file, which lists its columns once for writing and once
/// for reading: adding a field to the model is a column there and a bump of `ImageFormat.version`.
public protocol ImageRecord: Sendable {
  /// Where a table of these lies in an image: column views, no references.
  associatedtype Columns: Sendable
  /// Finds the columns of the table in `image`; returns them and how many records there are.
  static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int)
  /// Record `index`.
  static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Self
  /// Adds the columns of `records` to `writer`.
  static func write(_ records: Table<Self>, to writer: inout ImageWriter, _ context: ImageWriteContext)
}

/// What reading columns may need besides their own: the string table and the documents' text.
public struct ImageReadContext: Sendable {
  public let strings: ImageStrings
  /// Where each document's text starts in the text section, and where the last one ends (documents + 1).
  public let textOffsets: RawColumn<Int64>
  /// Where the text section starts in the image.
  let textBase: Int

  /// The bytes of document `id`'s text, in place.
  public func textBytes(ofDocument id: Int, in image: CorpusImage) -> UnsafeBufferPointer<UInt8> {
    let start = Int(textOffsets[id])
    return UnsafeBufferPointer(
      start: image.base.advanced(by: textBase + start).assumingMemoryBound(to: UInt8.self),
      count: Int(textOffsets[id + 1]) - start)
  }

  /// An item's text: string `own` if it has one, else `range` of its document's text.
  func text(_ own: Int32, document: Int, _ range: Range<Int>, image: CorpusImage) -> SharedText {
    if own >= 0 { return SharedText(strings.string(own) ?? "") }
    let start = Int(textOffsets[document])
    return SharedText(image: image, offset: textBase + start, length: Int(textOffsets[document + 1]) - start, range)
  }
}

/// What writing columns may need besides the records: the strings being numbered and the documents' text.
public struct ImageWriteContext {
  public let strings: ImageStringsBuilder
  let documents: Table<Document>

  /// Whether `text` is exactly bytes `range` of document `id`'s text (clamped to it, as reading clamps), so
  /// that it need not be stored again.
  func isSlice(_ text: String, ofDocument id: Int, _ range: Range<Int>) -> Bool {
    guard documents.indices.contains(id) else { return false }
    return documents[id].storage.withBytes { bytes in
      let lower = max(0, min(range.lowerBound, bytes.count))
      let upper = max(lower, min(range.upperBound, bytes.count))
      var text = text
      return text.withUTF8 { $0.elementsEqual(bytes[lower..<upper]) }
    }
  }
}

/// The columns of a table read from an image, and the image that keeps them alive.
final class ImageBacking<Element: ImageRecord>: Sendable {
  let columns: Element.Columns
  let count: Int
  let image: CorpusImage

  init(columns: Element.Columns, count: Int, image: CorpusImage) {
    self.columns = columns
    self.count = count
    self.image = image
  }
}

/// The items of one kind of a corpus — documents, sentences, quotations … — indexed by id.
///
/// Either an array, as extraction and tests build it, or columns read in place from a `CorpusImage` (a
/// snapshot), decoding the record asked for only. Reading is the same either way; changing a table read
/// from an image first copies it into an array, so a snapshot is never written to.
public struct Table<Element: ImageRecord>: Sendable {
  private var array: [Element]
  private var backing: ImageBacking<Element>?

  public init() {
    array = []
    backing = nil
  }

  public init(_ elements: some Sequence<Element>) {
    array = Array(elements)
    backing = nil
  }

  init(image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) {
    let (columns, count) = try Element.columns(in: image, context)
    array = []
    backing = ImageBacking(columns: columns, count: count, image: image)
  }

  /// The image the table reads, if it reads one.
  public var image: CorpusImage? { backing?.image }

  /// The columns read in place, for scans that read one field of many records.
  public var columns: Element.Columns? { backing?.columns }

  /// `map` reading each record in place in its array instead of copying it out (which retains and releases
  /// every string and array it holds): how a column is built from records, one field at a time.
  @inline(__always)
  func mapInPlace<T>(_ transform: (Element) -> T) -> [T] {
    guard backing == nil else { return map(transform) }
    return array.withUnsafeBufferPointer { records in
      var result: [T] = []
      result.reserveCapacity(records.count)
      for index in records.indices { result.append(transform(records[index])) }
      return result
    }
  }

  /// Copies the records read from an image into an array, before a change.
  private mutating func materialize() {
    guard let backing else { return }
    array = (0..<backing.count).map { Element.read(backing.columns, at: $0, image: backing.image) }
    self.backing = nil
  }
}

extension Table: RandomAccessCollection, MutableCollection {
  public var startIndex: Int { 0 }
  public var endIndex: Int { backing?.count ?? array.count }

  public subscript(position: Int) -> Element {
    // Yielded, not returned: reading one field of a record in an array (`table[id].text`) then copies neither
    // the record nor the strings and arrays it holds.
    _read {
      if let backing {
        precondition(position >= 0 && position < backing.count, "table index out of range")
        yield Element.read(backing.columns, at: position, image: backing.image)
      } else {
        yield array[position]
      }
    }
    set {
      materialize()
      array[position] = newValue
    }
    _modify {
      materialize()
      yield &array[position]
    }
  }
}

extension Table: RangeReplaceableCollection {
  public mutating func replaceSubrange<C: Collection<Element>>(_ subrange: Range<Int>, with newElements: C) {
    materialize()
    array.replaceSubrange(subrange, with: newElements)
  }

  public mutating func reserveCapacity(_ capacity: Int) {
    materialize()
    array.reserveCapacity(capacity)
  }

  public mutating func append(_ element: Element) {
    materialize()
    array.append(element)
  }
}

extension Table: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}
