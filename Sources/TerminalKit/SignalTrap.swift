#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last stop signal caught; written only by the handler, read by the loop between keys.
nonisolated(unsafe) private var caughtSignal: sig_atomic_t = 0

/// Catches SIGINT, SIGTERM and SIGHUP so the loop can restore the terminal before exiting.
///
/// A blocking read is not woken by these signals, so the loop reads keys with a timeout and asks
/// `pending` between them.
public enum SignalTrap {
  /// Installs the handlers.
  public static func install() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number) { caught in caughtSignal = caught }
    }
  }

  /// The signal caught since `install`, if any.
  public static var pending: Int32? { caughtSignal == 0 ? nil : Int32(caughtSignal) }
}
