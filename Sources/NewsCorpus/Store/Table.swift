/// A model type a snapshot keeps as columns: how to read one back in place.
///
/// Each conformance lives in the type's `+Image` file, which lists its columns once for writing (a `write`
/// function, whose inputs differ by type: quotations need their speakers' names) and once for reading:
/// adding a field to the model is a column there and a bump of `ImageFormat.version`.
public protocol ImageRecord: Sendable {
  /// Where a table of these lies in an image: column views, no references.
  associatedtype Columns: Sendable
  /// Finds the columns of the table in `image`; returns them and how many records there are.
  static func columns(in image: CorpusImage, _ context: ImageReadContext) throws(SnapshotError) -> (Columns, Int)
  /// Record `index`.
  static func read(_ columns: Columns, at index: Int, image: CorpusImage) -> Self
}

/// What reading columns may need besides their own: the string table and the documents' text.
// Unchecked: `textStart` points into an image's bytes, which never change; whoever holds a context holds the image.
public struct ImageReadContext: @unchecked Sendable {
  public let strings: ImageStrings
  /// Where each document's text starts in the text section, and where the last one ends (documents + 1).
  public let textOffsets: RawColumn<Int64>
  /// Where the text section starts (in `image`, which keeps it alive).
  let textStart: UnsafeRawPointer?
  /// Where paragraphs and sentences lie, from which other tables derive their document and paragraph.
  let parents: ImageParents

  /// The bytes of document `id`'s text, in place.
  public func textBytes(ofDocument id: Int, in image: CorpusImage) -> UnsafeBufferPointer<UInt8> {
    let start = Int(textOffsets[id])
    return UnsafeBufferPointer(
      start: textStart.map { $0.advanced(by: start).assumingMemoryBound(to: UInt8.self) },
      count: textStart == nil ? 0 : Int(textOffsets[id + 1]) - start)
  }

  /// An item's text: string `own` if it has one, else `range` of its document's text.
  func text(_ own: Int32, document: Int, _ range: Range<Int>, image: CorpusImage) -> SharedText {
    if own >= 0 { return SharedText(strings.string(own) ?? "") }
    return SharedText(image: image, self, document: document).slice(range)
  }
}

/// What writing columns may need besides the records: the strings being numbered and the documents' text.
public struct ImageWriteContext {
  public let strings: ImageStringsBuilder
  let texts: DocumentTextsBuilder
  let parents = ItemParents()

  /// Whether `text` is exactly bytes `range` of document `id`'s text (clamped to it, as reading clamps), so
  /// that it need not be stored again.
  func isSlice(_ text: String, ofDocument id: Int, _ range: Range<Int>) -> Bool {
    guard id >= 0, id < texts.documentCount else { return false }
    let bytes = texts.text(ofDocument: id)
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    var text = text
    return text.withUTF8 { $0.elementsEqual(bytes[lower..<upper]) }
  }

  /// The string number of an item's text when it is not its document's `range`, else -1.
  func ownText(_ text: String, document: Int, _ range: Range<Int>) -> Int32 {
    isSlice(text, ofDocument: document, range) ? -1 : strings.number(text)
  }

  /// `ownText` for an item whose text is `range` of its document's as a String slices it (`Document.slice`,
  /// which moves a bound inside a character back to its start): -1 unless a bound falls inside a character.
  func ownTextOfSlice(document: Int, _ range: Range<Int>) -> Int32 {
    guard document >= 0, document < texts.documentCount else { return strings.number("") }
    let bytes = texts.text(ofDocument: document)
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
    if isBoundary(lower) && isBoundary(upper) { return -1 }
    let text = String(Document.slice(String(decoding: bytes, as: UTF8.self), range))
    return ownText(text, document: document, range)
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
