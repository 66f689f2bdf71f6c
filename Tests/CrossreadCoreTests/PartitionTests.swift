import CrossreadCore
import Testing

@Suite("Binary search")
struct PartitionTests {
  @Test("partitioningIndex agrees with a linear search on every split of sorted lists")
  func agreesWithLinearSearch() {
    for count in 0...12 {
      let values = (0..<count).map { $0 * 2 }
      for target in -1...(count * 2 + 1) {
        let fast = values.partitioningIndex { $0 >= target }
        let slow = values.firstIndex { $0 >= target } ?? values.endIndex
        #expect(fast == slow, "count \(count), target \(target)")
      }
    }
    let slice = [1, 3, 5, 7, 9][1...]
    #expect(slice.partitioningIndex { $0 > 4 } == 2)
  }
}
