/// Cities, regions and US states, with their country, so that place names are not taken for people.
extension Gazetteer {
  /// Words that open a place's name ("St. Louis", "Fort Worth", "Lake Tahoe", "San Diego").
  static let placePrefixes: WordSet = [
    "st.", "saint", "fort", "ft.", "mount", "mt.", "lake", "port", "san", "santa", "los", "las", "cape", "point",
  ]

  static let places: [(name: String, country: String?)] = [
    ("Moscow", "Russia"), ("St. Petersburg", "Russia"), ("Crimea", "Ukraine"), ("Kyiv", "Ukraine"),
    ("Kiev", "Ukraine"), ("Donbas", "Ukraine"), ("Donetsk", "Ukraine"), ("Luhansk", "Ukraine"),
    ("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Washington", "United States"),
    ("Washington, D.C.", "United States"), ("New York", "United States"), ("New York City", "United States"),
    ("Los Angeles", "United States"), ("Chicago", "United States"), ("Boston", "United States"),
    ("Philadelphia", "United States"), ("San Francisco", "United States"), ("Miami", "United States"),
    ("Houston", "United States"), ("Dallas", "United States"), ("Atlanta", "United States"),
    ("Detroit", "United States"), ("Charlotte", "United States"), ("Cleveland", "United States"),
    ("Brussels", "Belgium"), ("Geneva", "Switzerland"), ("Vienna", "Austria"), ("Paris", "France"),
    ("Berlin", "Germany"), ("London", "United Kingdom"), ("Rome", "Italy"), ("Madrid", "Spain"),
    ("Warsaw", "Poland"), ("Stockholm", "Sweden"), ("Helsinki", "Finland"), ("Oslo", "Norway"),
    ("Copenhagen", "Denmark"), ("Minsk", "Belarus"), ("Tbilisi", "Georgia"), ("Budapest", "Hungary"),
    ("Prague", "Czech Republic"), ("Athens", "Greece"), ("Ankara", "Turkey"), ("Istanbul", "Turkey"),
    ("Tehran", "Iran"), ("Baghdad", "Iraq"), ("Damascus", "Syria"), ("Jerusalem", nil), ("Tel Aviv", "Israel"),
    ("Gaza", nil), ("West Bank", nil), ("Cairo", "Egypt"), ("Tokyo", "Japan"), ("Seoul", "South Korea"),
    ("Pyongyang", "North Korea"), ("Beijing", "China"), ("Shanghai", "China"), ("Hong Kong", "China"),
    ("New Delhi", "India"), ("Delhi", "India"), ("Islamabad", "Pakistan"), ("Kabul", "Afghanistan"),
    ("Ottawa", "Canada"), ("Toronto", "Canada"), ("Mexico City", "Mexico"), ("Havana", "Cuba"),
    ("Caracas", "Venezuela"), ("Brasilia", "Brazil"), ("Europe", nil), ("Eastern Europe", nil),
    ("Western Europe", nil), ("Asia", nil), ("Africa", nil), ("Middle East", nil), ("Latin America", nil),
    ("South America", nil), ("North America", nil), ("Balkans", nil), ("Baltics", nil), ("Yugoslavia", nil),
    ("Soviet Union", nil), ("USSR", nil), ("West", nil), ("Ground Zero", "United States"),
    ("Wall Street", "United States"), ("Silicon Valley", "United States"), ("Capitol Hill", "United States"),
    ("Alabama", "United States"), ("Alaska", "United States"), ("Arizona", "United States"),
    ("Arkansas", "United States"), ("California", "United States"), ("Colorado", "United States"),
    ("Connecticut", "United States"), ("Delaware", "United States"), ("Florida", "United States"),
    ("Hawaii", "United States"), ("Idaho", "United States"), ("Illinois", "United States"),
    ("Indiana", "United States"), ("Iowa", "United States"), ("Kansas", "United States"),
    ("Kentucky", "United States"), ("Louisiana", "United States"), ("Maine", "United States"),
    ("Maryland", "United States"), ("Massachusetts", "United States"), ("Michigan", "United States"),
    ("Minnesota", "United States"), ("Mississippi", "United States"), ("Missouri", "United States"),
    ("Montana", "United States"), ("Nebraska", "United States"), ("Nevada", "United States"),
    ("New Hampshire", "United States"), ("New Jersey", "United States"), ("New Mexico", "United States"),
    ("North Carolina", "United States"), ("North Dakota", "United States"), ("Ohio", "United States"),
    ("Oklahoma", "United States"), ("Oregon", "United States"), ("Pennsylvania", "United States"),
    ("Rhode Island", "United States"), ("South Carolina", "United States"), ("South Dakota", "United States"),
    ("Tennessee", "United States"), ("Texas", "United States"), ("Utah", "United States"),
    ("Vermont", "United States"), ("Virginia", "United States"), ("West Virginia", "United States"),
    ("Wisconsin", "United States"), ("Wyoming", "United States"),
  ]
}
