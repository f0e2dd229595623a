import NewsCorpus

/// The small corpus the `query` target's statements run against: three invented articles with quotations in
/// several styles, speakers with titles and pronouns, page furniture, dates, outlets and extra metadata, so
/// that every collection has rows and every clause has something to filter, while no statement has much to
/// do. Built once per process.
enum FuzzCorpus {
  static let articles: [RawArticle] = [
    RawArticle(
      id: "harbour-1", origin: SourceOrigin(path: "harbour.jsonl", line: 1),
      text: """
        Port cranes stand idle as strike enters second week

        RIVERTON (Harbour Wire) - Dock workers extended their strike on Monday, leaving cranes idle.

        “We will stay out until the contract is signed,” union leader Mara Olsen told reporters. “Nobody here wants this.”

        Harbour Minister Tomas Vidal said the talks would resume on Thursday. "The door is open," he said.

        Advertisement

        Olsen added that the workers had offered a shorter week. ‘It is a fair offer,’ she said.

        READ MORE: Freight rates climb as ships wait
        """,
      title: "Port cranes stand idle as strike enters second week", outlet: "Harbour Wire", author: "Lena Park",
      date: "2024-03-04", url: "https://example.org/harbour-1",
      extraMetadata: ["section": .string("Business"), "words": .number(92), "tags": .list(["strike", "ports"]),
        "wire": .bool(true)]),
    RawArticle(
      id: "valley-2", origin: SourceOrigin(path: "valley.txt"),
      text: """
        Valley council approves new bridge

        The council voted 7-2 on Tuesday to build a bridge over the Alder river, according to the minutes.

        Mayor Ines Duarte called the vote "a promise kept". Councillor Pavel Roth disagreed: “We cannot pay for it.”

        “The money is there,” Duarte said, “and so is the need.” Roth said he would ask for a review.

        Dr. Amara Quist, an engineer at the Alder Institute, said the site was sound.
        """,
      title: "Valley council approves new bridge", outlet: "Valley Courier", author: "By Sam Ortiz",
      date: "March 5, 2024", extraMetadata: ["section": .string("Local"), "words": .number(71)]),
    RawArticle(
      id: "north-3", origin: SourceOrigin(path: "north.txt"),
      text: """
        Q&A: the minister on fuel prices

        Q: Will prices fall?

        A: "Not this winter," Minister Tomas Vidal said.

        The Harbour Workers Union said in a statement that it "welcomes any help". Olsen said: 'We are waiting.'

        Share this article
        """,
      title: "Q&A: the minister on fuel prices", outlet: "Harbour Wire", date: "2024-03-06",
      extraMetadata: ["section": .string("Business"), "tags": .list(["fuel"])]),
  ]

  /// The corpus of `articles`, extracted and indexed once.
  static let corpus = CorpusLoader().build(articles: articles)
}
