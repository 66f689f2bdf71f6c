import Dispatch

/// Runs independent work on several threads, keeping the results in order.
public enum Parallel {
  /// `transform(0) … transform(count - 1)` on up to `threads` threads, in index order.
  ///
  /// Indices are dealt out in interleaved chunks (eight per thread) so that long items even out.
  public static func map<T: Sendable>(_ count: Int, threads: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard threads > 1, count > 1 else { return (0..<count).map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let slots = results
    let chunks = min(threads * 8, count)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var index = chunk
      while index < count {
        slots[index] = transform(index)
        index += chunks
      }
    }
    return results.compactMap { $0 }
  }
}
