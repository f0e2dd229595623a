/// Rows gathered by key in order of each key's first appearance, each key hashed once a row: what `group by`
/// builds, whatever its key is made of (values, or an entity id read from a column).
struct RowGroups<Key: Hashable> {
  private var keys: [Key] = []
  private var members: [[Row]] = []
  private var places: [Key: Int] = [:]

  mutating func add(_ row: Row, to key: Key) {
    let place = places[key, default: keys.count]
    if place == keys.count {
      places[key] = place
      keys.append(key)
      members.append([])
    }
    members[place].append(row)
  }

  /// One row a group, its values made from its key, knowing how many rows were grouped (`total`).
  func rows(total: Int, values: (Key) -> [Value]) -> [Row] {
    keys.indices.map {
      var group = Row(item: -1, values: values(keys[$0]), members: members[$0])
      group.total = total
      return group
    }
  }
}
