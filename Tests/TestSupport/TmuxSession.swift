import Foundation

/// A private tmux server running one command, for end-to-end tests of the terminal programs.
///
/// Each session has its own socket name; `capture()` reads the screen as text and `waitFor`
/// polls for expected text with a deadline instead of sleeping.
public final class TmuxSession: @unchecked Sendable {
  private let socket: String
  /// The program's cache folder (its index), private to the session and removed with it.
  public let cacheFolder: String

  /// Whether tmux is installed.
  public static var available: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
  }

  /// Starts `command` (through `sh -c`, then its exit status) in a `columns` × `rows` window.
  public init(command: String, columns: Int = 120, rows: Int = 40, environment: [String: String] = [:]) {
    socket = "crossread-test-" + UUID().uuidString.prefix(8)
    cacheFolder = NSTemporaryDirectory() + socket
    // The shell ignores Ctrl-C so that it survives to print the program's status; the program
    // installs its own handlers, so it still gets the signal.
    let wrapped = "trap '' INT; " + command + "; echo \"[exit:$?]\"; sleep 30"
    // The server outlives this call and keeps its descriptors: give it none to hold open.
    var arguments = [
      "new-session", "-d", "-x", String(columns), "-y", String(rows), "-e", "LANG=C.UTF-8", "-e",
      "XDG_CACHE_HOME=" + cacheFolder,
    ]
    let extra = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
    arguments += extra + ["sh", "-c", wrapped]
    run(arguments, detached: true)
  }

  deinit { close() }

  /// Stops the tmux server and the command in it; call it when the test ends.
  public func close() {
    run(["kill-server"], detached: true)
    try? FileManager.default.removeItem(atPath: cacheFolder)
  }

  /// The visible screen, one string per line; with `escapes`, including the colour and
  /// attribute escape sequences tmux keeps for each cell.
  public func capture(escapes: Bool = false) -> String {
    run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
  }

  /// Sends tmux key names ("Down", "q", "Enter").
  public func send(_ keys: String...) {
    run(["send-keys"] + keys, detached: true)
  }

  /// Sends a signal (a `kill` name such as "TERM") to the program the session's shell runs.
  public func signal(_ name: String) {
    let pane = run(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let shell = Int(pane) else { return }
    _ = system("/usr/bin/pkill -\(Self.quote(name)) -P \(shell) >/dev/null 2>&1")
  }

  /// Resizes the window.
  public func resize(columns: Int, rows: Int) {
    run(["resize-window", "-x", String(columns), "-y", String(rows)], detached: true)
  }

  /// Polls the screen every 50 ms until `condition` holds for it, for at most `seconds`.
  @discardableResult
  public func waitUntil(seconds: Double = 10, _ condition: (String) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition(capture()) { return true }
      usleep(50_000)
    }
    return false
  }

  /// Polls the screen until it contains `text`.
  @discardableResult
  public func waitFor(_ text: String, seconds: Double = 10) -> Bool {
    waitUntil(seconds: seconds) { $0.contains(text) }
  }

  /// Polls the screen until it no longer contains `text`.
  @discardableResult
  public func waitForAbsence(of text: String, seconds: Double = 10) -> Bool {
    waitUntil(seconds: seconds) { !$0.contains(text) }
  }

  /// Runs tmux through the shell and returns what it printed.
  ///
  /// Only the tests build these arguments (no article text), and each is single-quoted.
  /// Foundation's `Process` is not used: it waits on descriptors the daemonised tmux server keeps.
  @discardableResult
  private func run(_ arguments: [String], detached: Bool = false) -> String {
    let quoted = (["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Self.quote)
    let command = quoted.joined(separator: " ") + " </dev/null 2>/dev/null"
    if detached {
      _ = system(command + " >/dev/null")
      return ""
    }
    guard let pipe = popen(command, "r") else { return "" }
    defer { pclose(pipe) }
    var output = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, pipe)
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func quote(_ argument: String) -> String {
    "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
