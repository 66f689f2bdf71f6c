import Foundation
import TestSupport
import Testing

/// The path of the built `crossread` binary, next to the test bundle.
func crossreadBinary() throws -> String {
  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("crossread")
  let candidates = [binary.path, FileManager.default.currentDirectoryPath + "/.build/debug/crossread"]
  return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) })
}

/// Runs the built `crossread` binary with `arguments` and no terminal.
func crossread(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
  let path = try crossreadBinary()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: stdout, as: UTF8.self),
    String(decoding: stderr, as: UTF8.self)
  )
}

@Suite("The crossread command line")
struct CLITests {
  @Test("a missing folder exits with status 2 and says what to do on stderr")
  func missingFolder() throws {
    let result = try crossread(["articles", "/nonexistent/crossread-corpus"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no folder at '/nonexistent/crossread-corpus'"))
    #expect(result.stderr.contains("demo"))
  }

  @Test("an empty folder exits with status 2")
  func emptyFolder() throws {
    let folder = TemporaryFolder()
    let result = try crossread(["articles", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no .txt or .md articles"))
  }

  @Test("articles --json prints the report shape, with null for missing metadata and diagnostics")
  func json() throws {
    let folder = TemporaryFolder()
    folder.write("wire/story.txt", "Bridge closes at Vrana\n\nThe bridge closed on Friday after the flood.\n")
    folder.write("plain.txt", "Officials said the bridge would reopen.\n")
    folder.write("broken.txt", bytes: [0x00, 0x00])
    let result = try crossread(["articles", folder.path, "--json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let articles = try #require(object["articles"] as? [[String: Any]])
    #expect(articles.map { $0["id"] as? String } == ["plain", "wire/story"])
    #expect(articles[0]["title"] is NSNull)
    #expect(articles[1]["title"] as? String == "Bridge closes at Vrana")
    #expect(articles[1]["path"] as? String == "wire/story.txt")
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["path"] as? String == "broken.txt")
    #expect(diagnostics.first?["code"] as? String == "binary")
  }

  @Test("the table lists each article and ends with the problems; control characters never print raw")
  func table() throws {
    let folder = TemporaryFolder()
    folder.write(
      "evil.txt",
      "Harmless title\u{1B}[2J\u{1B}]0;owned\u{07}\n\nThe body of the story is here, and it is long enough.\n"
    )
    folder.write("zero.txt", "")
    let result = try crossread(["articles", folder.path])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
    #expect(result.stdout.contains("Harmless title␛[2J"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.last?.contains("zero.txt: empty file; skipped") == true)
  }

  @Test("with no folder, the commands read the built-in demo corpus")
  func demo() throws {
    let result = try crossread(["articles"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("articles") && result.stdout.contains("'demo'"))
    #expect(result.stdout.contains("Port Aurel"))
  }

  @Test("without a terminal, the reader says so and exits 2 instead of drawing into a pipe")
  func readerNeedsTerminal() throws {
    let result = try crossread([])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("the reader needs a terminal"))
    #expect(result.stderr.contains("crossread articles"))
  }
}

@Suite("Entity commands")
struct EntityCommandTests {
  let story = """
    Floods close the Vrana bridge

    VRANA — Mayor Jana Horvat said on Friday that the Danube Water Agency (DWA) had ordered the bridge shut.
    Horvat said the DWA would inspect it on Monday.
    """

  @Test("entities --json gives code-point offsets that point at the mention's text")
  func entitiesJSON() throws {
    let folder = TemporaryFolder()
    folder.write("wire/story.txt", story)
    let result = try crossread(["entities", folder.path, "--json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let entities = try #require(object["entities"] as? [[String: Any]])
    let horvat = try #require(entities.first { $0["name"] as? String == "Jana Horvat" })
    #expect(horvat["type"] as? String == "person")
    #expect(Set(horvat["aliases"] as? [String] ?? []) == ["Jana Horvat", "Horvat"])
    let scalars = Array(story.unicodeScalars)
    for mention in horvat["mentions"] as? [[String: Any]] ?? [] {
      let start = try #require(mention["start"] as? Int)
      let end = try #require(mention["end"] as? Int)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention["text"] as? String)
      #expect(mention["article"] as? String == "wire/story")
    }
  }

  @Test("mentions NAME lists each mention in context; an unknown name exits 2 with a hint")
  func mentions() throws {
    let folder = TemporaryFolder()
    folder.write("story.txt", story)
    let found = try crossread(["mentions", "DWA", folder.path])
    #expect(found.status == 0)
    #expect(found.stdout.contains("Danube Water Agency (organization): 3 mentions in 1 article"))
    #expect(found.stdout.contains("▶DWA◀ would inspect"))
    let missing = try crossread(["mentions", "Horv", folder.path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("Did you mean: Jana Horvat?"))
  }
}

@Suite("The terminal, driven through tmux")
struct TerminalEndToEndTests {
  @Test(
    "wide text is clipped by columns, keys and resizes arrive, q restores the terminal",
    .enabled(if: TmuxSession.available, "tmux is not installed; scripts/setup installs it"))
  func terminalCheck() throws {
    let binary = try crossreadBinary()
    let tmux = TmuxSession(command: binary + " debug-screen", columns: 60, rows: 10)
    defer { tmux.close() }
    #expect(tmux.waitFor("press q to quit"))
    #expect(tmux.capture().contains("“Wang’s” 海星七号 café"))
    #expect(tmux.capture().contains("clipped: 海星\n"))
    tmux.send("Down")
    #expect(tmux.waitFor("last key: down"))
    tmux.resize(columns: 40, rows: 8)
    #expect(tmux.waitFor("size 8x40"))
    tmux.send("q")
    #expect(tmux.waitFor("[exit:0]"))
    #expect(!tmux.capture().contains("press q to quit"))
  }

  @Test(
    "the reader on the demo: panes, entity mentions, a jump and back, a counter-claim, search, resize, quit",
    .enabled(if: TmuxSession.available, "tmux is not installed; scripts/setup installs it"))
  func reader() throws {
    let tmux = TmuxSession(command: try crossreadBinary(), columns: 120, rows: 40)
    defer { tmux.close() }
    #expect(tmux.waitUntil { $0.contains("1 Sources (7)") && $0.contains("3 Entities (") })
    // The entity sidebar, then the list of every mention of its second entity.
    tmux.send("3")
    #expect(tmux.waitFor("Enter mentions"))
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("Mentions of "))
    // Walk down to a mention in another article and jump there.
    for _ in 0..<12 { tmux.send("j") }
    tmux.send("Enter")
    #expect(tmux.waitUntil { !$0.contains("Mentions of ") && !$0.contains("article 1 of 7") })
    tmux.send("b")
    #expect(tmux.waitFor("article 1 of 7"))
    // The first flagged claim, its counter-claims, and a jump to the strongest.
    tmux.send("c")
    #expect(tmux.waitFor("x shows the counter-claim"))
    tmux.send("x")
    #expect(tmux.waitUntil { $0.contains("Counter-claims: ") && $0.contains("why: ") })
    tmux.send("Enter")
    #expect(tmux.waitUntil { !$0.contains("Counter-claims: ") && !$0.contains("article 1 of 7") })
    // Search the open article.
    tmux.send("/", "harbour", "Enter")
    #expect(tmux.waitFor("for “harbour”"))
    // Search every article through the on-disk index, and jump to a hit.
    tmux.send("F", "sabotage", "Enter")
    #expect(tmux.waitFor("Found “sabotage”: 3 sentences in 3 articles"))
    tmux.send("Enter")
    #expect(tmux.waitForAbsence(of: "Found “sabotage”"))
    #expect(FileManager.default.fileExists(atPath: tmux.cacheFolder + "/crossread"))
    // Narrower: two panes; back to wide: three.
    tmux.resize(columns: 80, rows: 24)
    #expect(tmux.waitUntil { !$0.contains("3 Entities (") && $0.contains("1 Sources (7)") })
    tmux.resize(columns: 30, rows: 8)
    #expect(tmux.waitFor("too small"))
    tmux.resize(columns: 120, rows: 40)
    #expect(tmux.waitFor("3 Entities ("))
    tmux.send("q")
    #expect(tmux.waitFor("[exit:0]"))
    #expect(!tmux.capture().contains("Sources (7)"))
  }

  @Test(
    "a crash restores the terminal before the runtime reports it",
    .enabled(if: TmuxSession.available, "tmux is not installed; scripts/setup installs it"))
  func crashRestores() throws {
    let tmux = TmuxSession(
      command: try crossreadBinary() + " debug-screen 2>/dev/null", columns: 60, rows: 10)
    defer { tmux.close() }
    #expect(tmux.waitFor("press q to quit"))
    tmux.send("!")
    // A Swift trap ends the process with SIGILL or SIGTRAP: 128 + 4 or 128 + 5.
    #expect(tmux.waitUntil { $0.contains("[exit:132]") || $0.contains("[exit:133]") })
    #expect(!tmux.capture().contains("press q to quit"))
  }

  @Test(
    "SIGTERM, Ctrl-C and SIGHUP restore the terminal and exit with 128 + the signal",
    .enabled(if: TmuxSession.available, "tmux is not installed; scripts/setup installs it"),
    arguments: [("TERM", 143), ("C-c", 130), ("HUP", 129)])
  func signals(signal: String, status: Int) throws {
    let tmux = TmuxSession(command: try crossreadBinary(), columns: 100, rows: 30)
    defer { tmux.close() }
    #expect(tmux.waitFor("1 Sources (7)"))
    // Ctrl-C goes through the terminal, as a user presses it; the others are sent to the process.
    if signal == "C-c" { tmux.send(signal) } else { tmux.signal(signal) }
    #expect(tmux.waitFor("[exit:\(status)]"))
    #expect(!tmux.capture().contains("Sources (7)"))
  }

  @Test(
    "colours reach the terminal, and NO_COLOR removes every one of them",
    .enabled(if: TmuxSession.available, "tmux is not installed; scripts/setup installs it"))
  func noColor() throws {
    let binary = try crossreadBinary()
    // swift test exports NO_COLOR=1 to its children; an empty value means "no preference".
    let colored = TmuxSession(command: binary, columns: 120, rows: 30, environment: ["NO_COLOR": ""])
    defer { colored.close() }
    let plain = TmuxSession(command: binary, columns: 120, rows: 30, environment: ["NO_COLOR": "1"])
    defer { plain.close() }
    #expect(colored.waitFor("1 Sources (7)") && plain.waitFor("1 Sources (7)"))
    // A foreground or background colour from the basic palette: ESC [ 3x m or ESC [ 4x m.
    let colour = try Regex("\u{1B}\\[(?:[0-9;]*;)?[34][0-7]m")
    #expect(colored.capture(escapes: true).contains(colour))
    #expect(!plain.capture(escapes: true).contains(colour))
    #expect(plain.capture().contains("╔═ 1 Sources (7)"))
  }
}
