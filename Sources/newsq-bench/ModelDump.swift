import Foundation
import NewsCorpus

/// `newsq-bench --dump PATH …`: every item of the model with its ranges, one line each, so that an
/// optimisation can be checked to change nothing by diffing the dumps of two builds.
enum ModelDump {
  static func write(_ corpus: Corpus) {
    var out = ""
    func emit(_ line: String) {
      out += line
      out += "\n"
      if out.utf8.count > 1 << 20 {
        FileHandle.standardOutput.write(Data(out.utf8))
        out = ""
      }
    }
    for document in corpus.documents {
      emit(
        "D \(document.id) title=\(document.title.map { "\($0.value)/\($0.isInferred)" } ?? "-") "
          + "outlet=\(document.outlet.map { "\($0.value)/\($0.isInferred)" } ?? "-") "
          + "author=\(document.author.map { "\($0.value)/\($0.isInferred)" } ?? "-") "
          + "date=\(document.date.map { "\($0.value)/\($0.isInferred)" } ?? "-") outletEntity=\(document.outletEntityID ?? -1) "
          + "p=\(document.paragraphIDs) s=\(document.sentenceIDs) q=\(document.quotationIDs)")
    }
    for paragraph in corpus.paragraphs {
      emit(
        "P \(paragraph.id) d=\(paragraph.documentID) o=\(paragraph.ordinal) \(paragraph.byteRange) "
          + "\(paragraph.boilerplate?.rawValue ?? "body") s=\(paragraph.sentenceIDs)")
    }
    for sentence in corpus.sentences {
      emit("S \(sentence.id) d=\(sentence.documentID) p=\(sentence.paragraphID) \(sentence.byteRange)")
    }
    for quotation in corpus.quotations {
      emit(
        "Q \(quotation.id) d=\(quotation.documentID) p=\(quotation.paragraphID) s=\(quotation.sentenceID) "
          + "\(quotation.byteRange) speaker=\(quotation.speakerID ?? -1) cue=\(quotation.cue ?? "-") "
          + "\(quotation.cueByteRange.map { "\($0)" } ?? "-") \(quotation.form.rawValue) \(quotation.attribution.rawValue) "
          + quotation.text)
    }
    for term in corpus.quotedTerms {
      emit("T \(term.id) d=\(term.documentID) p=\(term.paragraphID) s=\(term.sentenceID) \(term.byteRange) \(term.kind) \(term.text)")
    }
    for mention in corpus.mentions {
      emit("M \(mention.id) e=\(mention.entityID) d=\(mention.documentID) s=\(mention.sentenceID) \(mention.byteRange) \(mention.text)")
    }
    for entity in corpus.entities {
      emit(
        "E \(entity.id) \(entity.kind.rawValue) \(entity.name) aliases=\(entity.aliases) roles=\(entity.roles) "
          + "affiliation=\(entity.affiliation ?? "-") country=\(entity.country ?? "-") "
          + "mentions=\(entity.mentionIDs.count) quotes=\(entity.quotationIDs)")
    }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
