/// News outlets, so that "The Washington Post reports" attributes a quotation to the outlet.
extension Gazetteer {
  static let outlets: [[String]] = [
    ["The Washington Post", "Washington Post"], ["The New York Times", "New York Times", "NYT"],
    ["The Wall Street Journal", "Wall Street Journal", "WSJ"], ["USA Today"], ["Los Angeles Times", "LA Times"],
    ["The New York Post", "New York Post"], ["The Boston Globe", "Boston Globe"], ["Chicago Tribune"],
    ["Associated Press", "AP", "The Associated Press"], ["Reuters"], ["Agence France-Presse", "AFP"],
    ["Bloomberg", "Bloomberg News"], ["Politico", "POLITICO"], ["Politico Europe"], ["The Hill"], ["Axios"],
    ["CNN"], ["MSNBC"], ["CNBC"], ["Fox News", "Fox"], ["ABC News", "ABC"], ["CBS News", "CBS"], ["NBC News", "NBC"],
    ["NPR"], ["PBS"], ["BBC", "BBC News"], ["The Guardian", "Guardian"], ["The Times"], ["The Telegraph", "Telegraph"],
    ["Financial Times", "FT"], ["The Economist", "Economist"], ["The Independent"], ["Sky News"],
    ["Daily Mail"], ["Al Jazeera"], ["Deutsche Welle", "DW"], ["Der Spiegel", "Spiegel"], ["Le Monde"],
    ["TASS", "Tass"], ["RIA Novosti"], ["Interfax"], ["RT", "Russia Today"], ["Sputnik"], ["Xinhua"],
    ["Kyiv Independent"], ["Euronews"], ["Breitbart News", "Breitbart"], ["HuffPost", "Huffington Post",
      "The Huffington Post"], ["BuzzFeed News", "BuzzFeed"], ["The Atlantic"],
    ["The New Yorker"], ["Newsweek"], ["Vanity Fair"], ["The Daily Beast"], ["Mother Jones"],
    ["National Review"], ["The Intercept"], ["ProPublica"], ["Washington Examiner"], ["Washington Times"],
    ["The Week"], ["Western Journal", "The Western Journal"], ["CNN Money"], ["Forbes"],
    ["Business Insider"], ["Yahoo News"], ["Drudge Report"], ["The Daily Caller", "Daily Caller"],
  ]

  /// Words that end an outlet's name ("The Kyiv Post", "The Irish Times").
  static let outletHeads: WordSet = [
    "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "examiner", "chronicle", "globe",
    "observer", "inquirer", "news", "magazine", "daily", "review", "press", "star", "sun", "mirror", "express",
    "standard", "courier", "dispatch", "reporter", "insider", "monitor", "today", "tv", "radio",
  ]
}
