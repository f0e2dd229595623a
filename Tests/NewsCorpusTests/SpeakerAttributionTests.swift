import Testing

@testable import NewsCorpus

/// Who said each quotation: cues before, after and inside, pronouns, continuations, sources.
@Suite("Speaker attribution")
struct SpeakerAttributionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var body: String
    /// "quotation text | speaker name", in order; "-" for no speaker.
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "name then verb after the quotation", body: "“We are ready,” Jane Doe said.", expected: ["We are ready, | Jane Doe"]),
    Case(name: "verb then name after the quotation", body: "\"It works,\" said Ann Lee.", expected: ["It works, | Ann Lee"]),
    Case(
      name: "a cue before the quotation with a colon", body: "Bob Stone said: “Fine.”", expected: ["Fine. | Bob Stone"]),
    Case(
      name: "a title before the name is not part of it",
      body: "Kremlin spokesman Ivan Petrov told reporters that the talks were “open and direct.”",
      expected: ["open and direct. | Ivan Petrov"]),
    Case(
      name: "according to",
      body: "“The plan is dead,” according to Maria Lopez, a senior adviser.",
      expected: ["The plan is dead, | Maria Lopez"]),
    Case(
      name: "a name in an appositive between commas",
      body: "Victor Hale, a spokesman for the ministry who joined last year, said, “We have no comment.”",
      expected: ["We have no comment. | Victor Hale"]),
    Case(
      name: "a name before a long clause, then who said",
      body: "The sharpest remark came from senior fellow at Carnegie Europe Judy Dent, who said that “this meeting is misjudged.”",
      expected: ["this meeting is misjudged. | Judy Dent"]),
    Case(
      name: "a pronoun resolves to the person named before",
      body: "Maria Lopez spoke after the meeting.\n“So far we see no reason for optimism,” she said.",
      expected: ["So far we see no reason for optimism, | Maria Lopez"]),
    Case(
      name: "a pronoun skips a person whose gender the text gave otherwise",
      body: "Helen Carter spoke first. Bill Stone said his team disagreed.\n“It will fail,” she said.",
      expected: ["It will fail, | Helen Carter"]),
    Case(
      name: "'the senator' is the person named before with that title",
      body: "Sen. Mary Holt spoke to Ann Lee on Monday.\n“We will vote no,” the senator said.",
      expected: ["We will vote no, | Mary Holt"]),
    Case(
      name: "'it' is the organisation named before",
      body: "The Security Council condemned the test as what it called “a clear threat to peace.”",
      expected: ["a clear threat to peace. | United Nations Security Council"]),
    Case(
      name: "a split quotation shares its cue",
      body: "Jane Doe spoke first. “The fact that they feel threatened,” which is odd, “is hard to understand,” she said.",
      expected: ["The fact that they feel threatened, | Jane Doe", "is hard to understand, | Jane Doe"]),
    Case(
      name: "a quotation with no cue continues the previous speaker of the paragraph",
      body: "“There is a real risk,” Jane Doe said. “We are clear-eyed.”",
      expected: ["There is a real risk, | Jane Doe", "We are clear-eyed. | Jane Doe"]),
    Case(
      name: "a name and said inside someone else's quotation does not make the speaker",
      body: "“Officials said that the session was tense,” Politico Europe reports. “Smith said that allies pushed back.”",
      expected: ["Officials said that the session was tense, | Politico Europe",
        "Smith said that allies pushed back. | Politico Europe"]),
    Case(
      name: "an outlet as the source",
      body: "Moscow wants “the removal of all military infrastructure in the east,” The Washington Post reports.",
      expected: ["the removal of all military infrastructure in the east, | The Washington Post"]),
    Case(
      name: "a block quotation introduced by a paragraph ending in a colon",
      body: "In an interview, Ivan Petrov reiterated his country’s red line:\nThis is all in the past. It will no longer work.",
      expected: ["This is all in the past. It will no longer work. | Ivan Petrov"]),
    Case(
      name: "a speaker signed with a dash after the quotation",
      body: "“He does not speak for us.” ― Carla Ruiz",
      expected: ["He does not speak for us. | Carla Ruiz"]),
    Case(
      name: "a transcript label",
      body: "WALLACE: Will you be there tomorrow night?\nPENCE: I will be there, and so will he.",
      expected: ["Will you be there tomorrow night? | Wallace", "I will be there, and so will he. | Pence"]),
    Case(
      name: "a participle clause takes the subject of the main clause",
      body: "Julia Smith expressed solidarity with Kyiv, adding that “Russian actions have precipitated this crisis.”",
      expected: ["Russian actions have precipitated this crisis. | Julia Smith"]),
    Case(
      name: "a participle cue never takes the object before its comma",
      body: "The ministry warned Taiwan on Tuesday, saying the sale would “seriously damage relations with everyone.”",
      expected: ["seriously damage relations with everyone. | -"]),
    Case(
      name: "an inverted cue past a title to the name",
      body: "“We are watching a community die,” said its director, Paulo Mendes.",
      expected: ["We are watching a community die, | Paulo Mendes"]),
    Case(
      name: "a lone first name set off after a relation noun is a person",
      body: "Her husband, João, is less certain. “The children need a future,” he says.",
      expected: ["The children need a future, | João"]),
    Case(
      name: "words the subject applies to someone 'as' are the subject's",
      body: "Mary Holt openly admires the mayor as a “strong leader,” comparing him to others. The man known as “the Fixer” left.",
      expected: ["strong leader, | Mary Holt"]),
    Case(
      name: "an unnamed source gives no speaker",
      body: "“The decision is final,” a senior official said.",
      expected: ["The decision is final, | -"]),
    Case(
      name: "reported speech before a quotation with no cue of its own",
      body: "The committee may delay the vote, Adam Ross said. “The other factor is the timing of the election.”",
      expected: ["The other factor is the timing of the election. | Adam Ross"]),
    Case(
      name: "a fragment running on into its sentence is not followed by its cue",
      body: "Ann Lee is describing as “petty” a Tom Hill post attacking a former aide.",
      expected: ["petty | Ann Lee"]),
    Case(
      name: "a fragment's clause may end in a cue after a comma",
      body: "A clerk who “takes a few dollars” is punished at once, Ann Lee said.",
      expected: ["takes a few dollars | Ann Lee"]),
    Case(
      name: "a participle right after a person's name is that person's",
      body: "The new ad shows footage of Tom Hill saying, “We will win this state big.”",
      expected: ["We will win this state big. | Tom Hill"]),
    Case(
      name: "a participle with no comma takes the subject of the main clause",
      body: "Tom Hill sent a series of messages early Monday saying that his rival treats voters “as a bank machine.”",
      expected: ["as a bank machine. | Tom Hill"]),
    Case(
      name: "a participle after a preposition takes the subject of the main clause",
      body: "Jane Doe appeared on the radio and began by saying she would “never” back the plan.",
      expected: ["never | Jane Doe"]),
    Case(
      name: "a capitalised word opening a sentence is no speaker unless the document names such a person",
      body: "Large crowds of marchers filled the square on Sunday while chanting, “No more delays.”",
      expected: ["No more delays. | -"]),
    Case(
      name: "a name used before a title is not the subject; the titled name is",
      body: "Tom Hill spoke first. Hill campaign manager Ann Lee spoke later, saying the count “was rigged from the start.”",
      expected: ["was rigged from the start. | Ann Lee"]),
    Case(
      name: "a share of people is an unnamed source, and their words are a quotation",
      body: "Some 60 percent said the mayor was “justified” in waiting.",
      expected: ["justified | -"]),
    Case(
      name: "a name inside an appositive is not the subject; the person it describes is",
      body: "Ann Lee, the president of the Royal College of Surgeons, warned that “patients pay the price.”",
      expected: ["patients pay the price. | Ann Lee"]),
    Case(
      name: "a place closing an appositive is not the subject either",
      body: "Tom Hill, a professor at the University of Leeds, said: “The evidence is clear.”",
      expected: ["The evidence is clear. | Tom Hill"]),
    Case(
      name: "'the agency' is the organisation named before",
      body: "The National Weather Service warned of high winds.\n“Conditions will remain critical,” the agency said.",
      expected: ["Conditions will remain critical, | National Weather Service"]),
    Case(
      name: "'the union' prefers the organisation whose name holds the word",
      body: "The Transport Workers Union backed the strike under the Fair Labor Act.\n“We stand together,” the union said.",
      expected: ["We stand together, | Transport Workers Union"]),
    Case(
      name: "'the company' skips a law named after the company",
      body: "Acme Corp was sued under the Clean Air Act.\n“We do not comment on litigation,” said the company.",
      expected: ["We do not comment on litigation, | Acme Corp"]),
    Case(
      name: "a place phrase after the name and a 'who' clause do not hide the person",
      body: "Sen. Ann Lee of Alaska, who helped broker the deal, said she was “relieved.”",
      expected: ["relieved. | Ann Lee"]),
    Case(
      name: "through a chain of appositives to the person",
      body: "Tom Hill, president of the United Federation of Teachers, which represents 75,000 educators, said that “schools matter.”",
      expected: ["schools matter. | Tom Hill"]),
    Case(
      name: "'the Alaska Republican', 'the 62-year-old' refer back to the person named before",
      body: "Sen. Ann Lee voted yes. “Cooler heads prevailed,” the Alaska Republican said.\nMaria Lopez lost her home. “We lost everything,” the 62-year-old said.",
      expected: ["Cooler heads prevailed, | Ann Lee", "We lost everything, | Maria Lopez"]),
    Case(
      name: "a person named before 'of' and an organisation is still a person",
      body: "Economist Robert Feld of Stanford University was cautious. “Don’t expect a quick end,” he wrote.",
      expected: ["Don’t expect a quick end, | Robert Feld"]),
    Case(
      name: "a company named by its industry word is an organisation 'the company' refers to",
      body: "Regulators sued Meridian Systems on Thursday.\nIn a statement, the company said it would “vigorously defend” itself.",
      expected: ["vigorously defend | Meridian Systems"]),
    Case(
      name: "a firm's name joined by '&' is one organisation, not a person named by its last word",
      body: "The review, conducted by the law firm Holland & Pierce, said officers acted “without warning.”",
      expected: ["without warning. | Holland & Pierce"]),
    Case(
      name: "a surname that is also a place or an outlet word is still a surname",
      body: "“It invests in people,” Mayor Jane Park said. “We disagree,” said council member Tom Fox. Hyde Park was quiet.",
      expected: ["It invests in people, | Jane Park", "We disagree, | Tom Fox"]),
    Case(
      name: "'according to a readout' after the quotation does not outrank the person who told",
      body: "Ann Lee told Tom Hill that the deal was “vital for the world,” according to a readout from her office.",
      expected: ["vital for the world, | Ann Lee"]),
    Case(
      name: "'according to a statement from' an organisation gives the organisation",
      body: "According to a statement from the Transport Workers Union, the proposals were “not serious.”",
      expected: ["not serious. | Transport Workers Union"]),
    Case(
      name: "'X did something and said' gives X as the subject of said",
      body: "Tom Hill bemoaned the unrest and said drugs were a “very big factor” in the violence.",
      expected: ["very big factor | Tom Hill"]),
    Case(
      name: "words a naming verb applies are a quotation even before a noun",
      body: "Leaders denounced what Prime Minister Ann Lee called the regime's “reckless” actions.",
      expected: ["reckless | Ann Lee"]),
    Case(
      name: "a quotation with no cue after a short sentence about a person is that person's",
      body: "The board fired coach Dan Reilly on Sunday.\nReilly was unapologetic. “I have no regrets.”",
      expected: ["I have no regrets. | Dan Reilly"]),
    Case(
      name: "an object pronoun says nothing of the subject's gender",
      body: "The board fired coach Dan Reilly on Sunday.\nDirector Susan Marsh thanked him for his service. “He is a good man,” she said.",
      expected: ["He is a good man, | Susan Marsh"]),
    Case(
      name: "'the former prime minister' is the person named last when no one bears that title",
      body: "Tom Hill defended his record on Monday.\nThe former prime minister said: “We did our best.”",
      expected: ["We did our best. | Tom Hill"]),
    Case(
      name: "a particle before the surname: 'Mayor Bill de Blasio' and 'De Blasio' are one person",
      body: "Mayor Bill de Blasio spoke first. “We see no link,” the mayor said.\nDe Blasio added: “Stay calm.”",
      expected: ["We see no link, | Bill de Blasio", "Stay calm. | Bill de Blasio"]),
    Case(
      name: "a sentence ending in a quotation is over when the next begins with its own subject and verb",
      body: "Japan branded the North an \"outlaw nation.\" Russia insisted that it \"stop its escapades.\"",
      expected: ["outlaw nation. | Japan", "stop its escapades. | Russia"]),
    Case(
      name: "a surname that is also a title word: 'Larry King', then 'Mr. King'",
      body: "Larry King hosts a show. “I have never been edited,” Mr. King said.",
      expected: ["I have never been edited, | Larry King"]),
    Case(
      name: "'the company' after a well-known company's name is that company, not the one named before it",
      body: "Google said it would comply. Apple was more critical. The company said the rules were “risky.”",
      expected: ["risky. | Apple"]),
    Case(
      name: "the tabloid's verbs of feeling are cues",
      body: "Tanya Lomax sobbed: “I gave him everything.” “Go away,” Trevor Binns fumed.",
      expected: ["I gave him everything. | Tanya Lomax", "Go away, | Trevor Binns"]),
    Case(
      name: "'said the minister' after the quotation refers back, as 'the minister said' does",
      body: "Helen Ashworth, the transport secretary, spoke on Monday.\n“We will not be blown off course,” said the minister. “Nor will we,” the transport secretary said.",
      expected: ["We will not be blown off course, | Helen Ashworth", "Nor will we, | Helen Ashworth"]),
    Case(
      name: "a relation word gives the gender of the person it names",
      body: "Elena Varga grew up in a mining town. Her father, Istvan, worked underground.\n“My dad never talked about politics,” she said.",
      expected: ["My dad never talked about politics, | Elena Varga"]),
    Case(
      name: "after an unnamed source, a pronoun and a quotation with no cue stay unnamed",
      body: "“It is cold,” said Eugene Kalb.\n“The levees hold,” a senior official told reporters. “For now,” he said. “Only for now.”",
      expected: ["It is cold, | Eugene Kalb", "The levees hold, | -", "For now, | -", "Only for now. | -"]),
    Case(
      name: "a place after 'the MP for' is no person, and no pronoun's antecedent",
      body: "Mr Pemberton-Hale, the MP for Ribble Valley South, told reporters the costings were weak. He added: “I like trains.”",
      expected: ["I like trains. | Pemberton-Hale"]),
    Case(
      name: "a capitalised label opening one paragraph is a dateline, not a transcript's speaker",
      body: "KOCHI: The government will build 500 clinics, Minister Ravi Patil announced on Monday.",
      expected: []),
    Case(
      name: "a label opening several paragraphs is a transcript's speaker",
      body: "Tom Hill sat down with us.\nHILL: We will win.\nQ: How?\nHILL: By working harder.",
      expected: ["We will win. | Tom Hill", "By working harder. | Tom Hill"]),
    Case(
      name: "a person before 'of the research firm X' is the subject, not the firm",
      body: "Rebecca Stahl of the research firm Quadrant Insight said screens had “yet to prove they can survive.”",
      expected: ["yet to prove they can survive. | Rebecca Stahl"]),
    Case(
      name: "a company's title holder after ''s' is the subject of a participle",
      body: "Coastline's chief executive, Martin Ellerby, went further in a memo, writing that automation was “not optional.”",
      expected: ["not optional. | Martin Ellerby"]),
    Case(
      name: "an age in commas confirms a one-word name; 'the youngster' refers back to it",
      body: "Salo, 22, was gracious in defeat. “He is a machine,” the youngster said.",
      expected: ["He is a machine, | Salo"]),
    Case(
      name: "'the Republican' is the person the text called one, not the person named last",
      body: "Sen. Craig Harmon, a Republican, backed the bill. Sen. Tom Baker, a Democrat, opposed it. “It is a giveaway,” the Republican said.",
      expected: ["It is a giveaway, | Craig Harmon"]),
    Case(
      name: "a source who gives only a first name is a person; one who gives none stays unnamed",
      body: "“We need blood,” Dr. Yusuf Karam said.\nA resident who gave only her first name, Amina, said she ran. “I saw a man,” she said.\nA resident who declined to give her name said she was hit. “I still have the pins,” she said.",
      expected: ["We need blood, | Yusuf Karam", "I saw a man, | Amina", "I still have the pins, | -"]),
    Case(
      name: "labels after 'so-called', 'known as', 'referred to as the' and titles of three words are not quotations",
      body: "Kylie Marsh said the so-called “corridor care” was unsafe. The horse, known locally as “the Jockey,” won. Investigators referred to it as the “Gilchrist sweep” in filings. Colm Fitz said he had been singing “The Rose of Tralee” at the bar.",
      expected: []),
    Case(
      name: "a source who spoke on condition of anonymity is unnamed, not the place before it",
      body: "A pharmacist at the Federal Medical Centre, Keffi, who spoke on condition of anonymity, said, “Some of us have not been paid.”",
      expected: ["Some of us have not been paid. | -"]),
    Case(
      name: "a spokeswoman for an organisation speaks for it, not for the organisation quoted before",
      body: "The Transport Workers Union said it was a “data reconciliation issue.”\n“We regret any confusion caused,” a spokeswoman for Meridian Systems said.",
      expected: ["data reconciliation issue. | Transport Workers Union", "We regret any confusion caused, | Meridian Systems"]),
    Case(
      name: "titles of an Irish court and parliament are not part of the name",
      body: "“He was very distressed,” Garda Niall Hegarty said. “Three numbers in three weeks,” TD Aisling Furlong posted.",
      expected: ["He was very distressed, | Niall Hegarty", "Three numbers in three weeks, | Aisling Furlong"]),
    Case(
      name: "a post-nominal after the name does not make the subject an unnamed official",
      body: "Prosecuting counsel Fiona Deasy BL said the jury should weigh the footage. “Cameras don't forget,” she said.",
      expected: ["Cameras don't forget, | Fiona Deasy"]),
    Case(
      name: "a quotation alone in its paragraph belongs to the person the next paragraph says made the remark",
      body: "“You must decide on the evidence,” Judge Eoin Gallagher said.\n“It is not a question of who threw the first punch.”\nMr Cahill made the remark in his closing speech.",
      expected: ["You must decide on the evidence, | Eoin Gallagher", "It is not a question of who threw the first punch. | Cahill"]),
    Case(
      name: "'he said' after 'X said Y had apologised' is X, the one who spoke",
      body: "Coach Brett Donnellan defended his captain.\nDonnellan said Jack Hartley had apologised to the umpire.\n“He is a good kid,” he said.",
      expected: ["He is a good kid, | Brett Donnellan"]),
    Case(
      name: "a country opening an organisation's name is part of it",
      body: "The Nigeria Medical Association wrote: “We urge the government to resolve the issues.”",
      expected: ["We urge the government to resolve the issues. | Nigeria Medical Association"]),
    Case(
      name: "a straight single mark opening a paragraph quotes even where double marks are the rule",
      body: "\"It's a stonewall penalty,\" Tom Klein said.\n'Ask me in May,' Sam Rourke said.",
      expected: ["It's a stonewall penalty, | Tom Klein", "Ask me in May, | Sam Rourke"]),
    Case(
      name: "'she said' in the paragraph after an unnamed source's reported speech stays unnamed",
      body: "“It was fine,” said Celeste Varga.\nOne engineer, who spoke on the condition of anonymity, said supervisors discouraged visits.\n“We were told not to go,” she said.",
      expected: ["It was fine, | Celeste Varga", "We were told not to go, | -"]),
    Case(
      name: "a venue is a place, not a person a pronoun can mean",
      body: "“Maybe,” Lila Moreno said. She plays two nights at the Ryman Auditorium. “That's where I get nervous,” she admitted.",
      expected: ["Maybe, | Lila Moreno", "That's where I get nervous, | Lila Moreno"]),
    Case(
      name: "'said Dale's mother, Ann Pruitt' is the mother",
      body: "“He never talked about it,” said Dale's mother, Ann Pruitt, 81.",
      expected: ["He never talked about it, | Ann Pruitt"]),
    Case(
      name: "a lyric after 'the line' and a heading in marks are not quotations",
      body: "The album opens with the line “my mother's hands were rivers.”\n‘Legend in the Coal Fields.’",
      expected: []),
    Case(
      name: "curly single marks quote even where double marks are the rule",
      body: "“We urge them to return,” Jane Doe said.\n‘They say survive,’ said Tom Hill.",
      expected: ["We urge them to return, | Jane Doe", "They say survive, | Tom Hill"]),
    Case(
      name: "a relative who speaks in a participle is not the sentence's subject",
      body: "Margaret Doyle is 78. She remembers her mother saying, “Never leave a thread hanging.”",
      expected: ["Never leave a thread hanging. | -"]),
    Case(
      name: "titles after a title noun or a naming verb are not quotations",
      body: "She stars in “The Lighthouse Keeper's Daughter,” which premieres next week. The chip, called “Kestrel,” is fast. Tom Hill, best known for the album “Paper Moons,” said he was terrified.",
      expected: []),
  ]

  @Test("attributes each quotation", arguments: cases)
  func attributes(_ testCase: Case) throws {
    let corpus = try CorpusFixture.load("Headline for the test\n" + testCase.body)
    #expect(CorpusFixture.attributions(corpus) == testCase.expected)
  }

  @Test("a surname alone after the full name is the same person, also as a speaker")
  func surname() throws {
    let corpus = try CorpusFixture.load("Headline for the test\n“One,” Jane Doe said.\n“Two,” Doe said.")
    let people = corpus.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Jane Doe"])
    #expect(people.first?.quotationIDs == [0, 1])
  }
}
