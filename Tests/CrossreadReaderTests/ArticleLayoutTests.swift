import CrossreadCore
import CrossreadPipeline
import TerminalKit
import TestSupport
import Testing

@testable import CrossreadReader

@Suite("Wrapping an article")
struct ArticleLayoutTests {
  static let texts = [
    "Headline\n\nShort words wrap at spaces, and never past the edge of the pane they are drawn in.",
    "港口火灾海星七号港口火灾海星七号港口火灾海星七号港口火灾海星七号港口火灾海星七号。\n\nMixed 中文 and English words.",
    "A link https://example.com/" + String(repeating: "verylongpath", count: 12)
      + " ends here.\r\nNext line.",
    "Café\u{0301} crème — “quotes” and em dashes — keep\ttheir places.\n\n\n\nAfter blank lines.",
  ]

  func model() -> ReaderModel {
    let folder = TemporaryFolder()
    for (index, text) in Self.texts.enumerated() { folder.write("t\(index).txt", text) }
    do {
      return ReaderFixtures.model(try Pipeline.load(folder: folder.path))
    } catch {
      Issue.record("the corpus must load: \(error)")
      return ReaderFixtures.demo
    }
  }

  @Test(
    "no line is wider than the pane, and lines keep every character in order",
    arguments: [1, 2, 5, 13, 40, 80])
  func widths(width: Int) {
    let model = model()
    for index in model.articles.indices {
      let layout = ArticleLayout(model, article: index, width: width)
      var previousEnd = 0
      for line in layout.lines {
        let text = layout.text(line.start, line.end)
        // A single character wider than the pane (CJK at width 1) is the one exception.
        #expect(DisplayWidth.of(text) <= max(width, 2), "'\(text)' is wider than \(width)")
        #expect(line.start >= previousEnd)
        previousEnd = line.end
      }
      // Every non-space character of every block is on some line.
      let article = model.articles[index]
      for block in article.blocks {
        for offset in block.range.start..<block.range.end
        where !layout.scalars[offset].properties.isWhitespace {
          let line = layout.lines[layout.line(containing: offset)]
          #expect(line.start <= offset && offset < line.end, "offset \(offset) not shown at width \(width)")
        }
      }
    }
  }

  @Test("tabs and controls never reach the screen raw, carriage returns never show")
  func controls() {
    let model = model()
    for index in model.articles.indices {
      let layout = ArticleLayout(model, article: index, width: 30)
      for line in layout.lines {
        let text = layout.text(line.start, line.end)
        #expect(
          !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
        #expect(!text.contains("␍"))
      }
    }
  }
}

@Suite("Entities named together")
struct OftenWithTests {
  @Test("counts the sentences an entity shares with each other entity, most first")
  func counts() throws {
    let folder = TemporaryFolder()
    folder.write(
      "a.txt",
      "Harbour talks\n\nMayor Ana Reyes met Tom Hill in Vrana on Monday. Ana Reyes and Tom Hill spoke for an hour. "
        + "Reyes left for Ostmark on Tuesday.\n")
    let model = ReaderFixtures.model(try Pipeline.load(folder: folder.path))
    let reyes = try #require(model.crossReference.entities.firstIndex { $0.name == "Ana Reyes" })
    let together = model.oftenWith(reyes).map { (model.entity($0.entity).name, $0.sentences) }
    #expect(together.first?.0 == "Tom Hill" && together.first?.1 == 2)
    #expect(together.contains { $0.0 == "Vrana" && $0.1 == 1 })
    #expect(together.contains { $0.0 == "Ostmark" && $0.1 == 1 })
  }
}
