import CrossreadCore
import CrossreadPipeline
import CrossreadReader
import Foundation
import TerminalKit
import TestSupport
import Testing

@Suite("What reaches the terminal")
struct ReaderSafetyTests {
  static let hostile = """
    Harbour fire: \u{1B}[2J\u{1B}]0;owned\u{07}cleared screen

    Mayor Ana Reyes said the fire\u{202E}gnirts desrever was out by noon.\u{200B} The café\u{0301} reopened.

    港口火灾 海星七号 ships left the harbour, and Mayor Reyes said the port would reopen on Monday.
    """

  func model() throws -> ReaderModel {
    let folder = TemporaryFolder()
    folder.write("fire.txt", Self.hostile)
    return ReaderFixtures.model(try Pipeline.load(folder: folder.path))
  }

  @Test("escape sequences, bidi overrides and zero-width characters never reach a cell raw")
  func controlsBecomePlaceholders() throws {
    let (_, screen) = ReaderFixtures.play(ReaderFixtures.keys("2"), model: try model())
    let forbidden: Set<UInt32> = [0x1B, 0x07, 0x202E, 0x200B]
    for row in 0..<screen.frame.rows {
      for column in 0..<screen.frame.columns {
        let scalars = screen.frame[row, column].character?.unicodeScalars.map(\.value) ?? []
        #expect(
          scalars.allSatisfy { !forbidden.contains($0) && ($0 >= 0x20 || $0 == 0) },
          "raw control at \(row),\(column)")
      }
    }
    #expect(screen.dump.contains("␛[2J"))
    #expect(screen.dump.contains("\u{FFFD}gnirts"))
  }

  @Test("wide characters take two cells and are never cut at a pane border")
  func wideCharacters() throws {
    let (state, screen) = ReaderFixtures.play(
      ReaderFixtures.keys("2"), model: try model(), rows: 20, columns: 100)
    let article = try #require(state.layout.article)
    var sawWide = false
    for row in article.inner.row..<(article.inner.row + article.inner.height) {
      for column in article.inner.column..<(article.inner.column + article.inner.width) {
        guard let character = screen.frame[row, column].character, DisplayWidth.of(character) == 2 else {
          continue
        }
        sawWide = true
        #expect(
          column + 1 < article.inner.column + article.inner.width, "wide character straddles the border")
        #expect(screen.frame[row, column + 1].character == nil)
      }
      #expect(["│", "║"].contains(screen.frame[row, article.column + article.width - 1].character))
    }
    #expect(sawWide)
    #expect(screen.dump.contains("港口火灾 海星七号"))
  }

  @Test("each pane's right border stays in its column on every row, whatever the text")
  func bordersAligned() throws {
    let (state, screen) = ReaderFixtures.play([], model: try model())
    for pane in Pane.allCases {
      let rect = try #require(state.layout.rect(pane))
      // The focused pane has a double border, so focus shows without colour.
      let edge: Character = pane == state.focus ? "║" : "│"
      for row in (rect.row + 1)..<(rect.row + rect.height - 1) {
        #expect(screen.frame[row, rect.column + rect.width - 1].character == edge)
        #expect(screen.frame[row, rect.column].character == edge)
      }
    }
  }
}

@Suite("Problems with the folder")
struct ReaderProblemTests {
  @Test("skipped files are named at start, and ! lists every one of them")
  func problemsPage() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Harbour reopens\n\nThe harbour in Vrana reopened on Monday, the mayor said.\n")
    folder.write("empty.txt", "")
    folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02])
    let model = ReaderFixtures.model(try Pipeline.load(folder: folder.path))
    let (start, _) = ReaderFixtures.play([], model: model)
    #expect(start.message?.contains("! lists them") == true)
    let (_, screen) = ReaderFixtures.play(ReaderFixtures.keys("!"), model: model)
    #expect(screen.dump.contains("Problems: 2 files skipped or repaired"))
    #expect(screen.dump.contains("empty.txt") && screen.dump.contains("image.txt"))
    let (clean, _) = ReaderFixtures.play(ReaderFixtures.keys("!"))
    #expect(clean.message?.contains("no problems") == true)
  }
}

@Suite("Opening links")
struct ReaderLinkTests {
  func model(_ files: [String: String]) throws -> ReaderModel {
    let folder = TemporaryFolder()
    for (name, text) in files { folder.write(name, text) }
    return ReaderFixtures.model(try Pipeline.load(folder: folder.path))
  }

  @Test("o opens the first http or https link on screen as an effect; nothing reaches a shell")
  func opensWebLinks() throws {
    let markdown = try model([
      "a.md": "# Strike\n\nTalks between the [FNV union](https://example.org/fnv) and employers broke down.\n"
    ])
    var state = ReaderState(model: markdown, rows: 30, columns: 120)
    _ = state.apply(.resize(rows: 30, columns: 120))
    #expect(state.apply(.openLink) == [.openLink("https://example.org/fnv")])
    let plain = try model([
      "b.txt": "Report\n\nThe full report is at https://example.org/report.pdf, officials said.\n"
    ])
    var plainState = ReaderState(model: plain, rows: 30, columns: 120)
    _ = plainState.apply(.resize(rows: 30, columns: 120))
    #expect(plainState.apply(.openLink) == [.openLink("https://example.org/report.pdf")])
  }

  @Test("other schemes are refused with a message, and a screen without links says so")
  func refusesOtherSchemes() throws {
    let markdown = try model([
      "a.md": "# Trap\n\nSee [this](javascript:alert(1)) and [that](file:///etc/passwd) now.\n"
    ])
    var state = ReaderState(model: markdown, rows: 30, columns: 120)
    _ = state.apply(.resize(rows: 30, columns: 120))
    #expect(state.apply(.openLink).isEmpty)
    #expect(state.message?.hasPrefix("not opened: only http and https") == true)
    var calm = ReaderState(
      model: try model(["c.txt": "Calm day\n\nNothing happened in Vrana on Monday, the mayor said.\n"]),
      rows: 30,
      columns: 120)
    _ = calm.apply(.resize(rows: 30, columns: 120))
    #expect(calm.apply(.openLink).isEmpty)
    #expect(calm.message == "no web link on screen")
  }
}
