import CrossreadCore
import CrossreadPipeline
import Foundation
import TestSupport
import Testing

@Suite("Loading a corpus")
struct PipelineTests {
  @Test("one bad file never stops the corpus: each is reported once and the rest load")
  func badFilesAreSkipped() throws {
    let folder = TemporaryFolder()
    folder.write("good.txt", "Officials said the bridge at Vrana would reopen on Monday.")
    folder.write("notes.md", "# Vrana\n\nThe bridge *reopened*.")
    folder.write("empty.txt", "")
    folder.write("blob.txt", bytes: [0x00, 0x01, 0x02, 0xFF])
    folder.write("latin.txt", bytes: Array("Repairs cost ".utf8) + [0xA3] + Array("2m.".utf8))
    folder.write("photo.jpg", bytes: [0xFF, 0xD8, 0xFF])
    folder.link("loop.txt", to: folder.url("loop.txt"))
    let corpus = try Pipeline.load(folder: folder.path)
    #expect(corpus.articles.map(\.id.rawValue) == ["good", "latin", "notes"])
    let codes = corpus.diagnostics.map { "\($0.path):\($0.code.rawValue)" }
    #expect(
      codes == [
        "blob.txt:binary", "empty.txt:empty", "latin.txt:legacy-encoding", "loop.txt:symlink-loop",
        "photo.jpg:unsupported-format",
      ])
    #expect(corpus.articles[1].text.string == "Repairs cost £2m.")
  }

  @Test("two files with one id: the second keeps its extension and is reported")
  func duplicateIDs() throws {
    let folder = TemporaryFolder()
    folder.write("story.md", "The quay reopened.")
    folder.write("story.txt", "The quay reopened.")
    let corpus = try Pipeline.load(folder: folder.path)
    #expect(corpus.articles.map(\.id.rawValue) == ["story", "story.txt"])
    #expect(corpus.diagnostics.map(\.code) == [.duplicateID])
  }

  @Test("a folder with no readable article is an error that says so")
  func noArticles() {
    let folder = TemporaryFolder()
    folder.write("only.pdf", "%PDF")
    #expect {
      try Pipeline.load(folder: folder.path)
    } throws: { error in
      "\(error)".contains("no readable articles") && "\(error)".contains("1 files skipped")
    }
  }

  @Test("the demo corpus loads cleanly and has what the demo is meant to show")
  func demo() throws {
    let corpus = try Pipeline.loadDemo()
    #expect(corpus.diagnostics.isEmpty)
    #expect((6...8).contains(corpus.articles.count))
    #expect(corpus.articles.contains { $0.format == .markdown })
    #expect(corpus.articles.contains { $0.byline != nil })
    #expect(corpus.articles.contains { $0.dateline != nil })
    #expect(
      corpus.articles.contains {
        !$0.footnoteMarkers.isEmpty && $0.footnoteMarkers.allSatisfy { $0.entry != nil }
      })
    #expect(corpus.articles.allSatisfy { $0.title != nil && $0.date != nil })
  }

  @Test("the demo corpus shows every kind of contradiction the analysis knows")
  func demoContradictions() throws {
    let corpus = try Pipeline.loadDemo()
    let result = Pipeline.claims(corpus, entities: Pipeline.entities(corpus, threads: 1), threads: 1)
    let kinds = Set(result.pairs.map(\.kind))
    #expect(
      kinds == [
        "public-private", "date", "reported", "number", "denial", "polarity", "magnitude", "antonymy",
        "stance",
      ])
    // The same day written two ways is not a date conflict: "on Friday" in a Saturday report is 6 March.
    #expect(!result.pairs.contains { $0.kind == "date" && $0.why.contains("2026-03-07") })
  }
}

@Suite("The seed articles against their reference metadata")
struct SeedMetadataTests {
  @Test("the shared corpus is present when running in CI")
  func presentInCI() {
    if SharedMaterial.inCI && !SharedMaterial.available {
      Issue.record("CI=true but \(SharedMaterial.missingMessage)")
    }
  }

  @Test(
    "title, byline, date, dateline, headings and boilerplate match the gold file",
    .enabled(if: SharedMaterial.available, "skipped: \(SharedMaterial.missingMessage)"))
  func matchesGold() throws {
    let corpus = try Pipeline.load(folder: SharedMaterial.seeds)
    let report = ArticlesReport(corpus)
    let gold = try #require(SharedMaterial.goldJSON()["articles"] as? [String: [String: Any]])
    #expect(report.articles.count == gold.count)
    for entry in report.articles {
      let want = try #require(gold[entry.id], "no gold entry for \(entry.id)")
      #expect(entry.title == want["title"] as? String, "title of \(entry.id)")
      #expect(entry.byline == want["byline"] as? String, "byline of \(entry.id)")
      #expect(entry.date == want["date"] as? String, "date of \(entry.id)")
      #expect(entry.dateline == want["dateline"] as? String, "dateline of \(entry.id)")
      #expect(Set(entry.headings) == Set(want["headings"] as? [String] ?? []), "headings of \(entry.id)")
      let boilerplate = entry.boilerplate.joined(separator: " ")
      for line in want["boilerplate"] as? [String] ?? [] {
        #expect(boilerplate.contains(line), "boilerplate '\(line)' in \(entry.id)")
      }
      if let footnotes = want["footnotes"] as? Int {
        #expect(entry.footnotes == footnotes, "footnotes of \(entry.id)")
      }
    }
  }
}

@Suite("The seed articles against their reference entities")
struct SeedEntityTests {
  @Test(
    "recall of the gold entities, and names that must never be merged stay apart",
    .enabled(if: SharedMaterial.available, "skipped: \(SharedMaterial.missingMessage)"))
  func matchesGold() throws {
    let corpus = try Pipeline.load(folder: SharedMaterial.seeds)
    let crossReference = Pipeline.entities(corpus, threads: 1)
    let gold = try SharedMaterial.goldJSON()
    let entities = try #require(gold["entities"] as? [[String: Any]])
    var found = 0
    var total = 0
    for entity in entities {
      for (article, aliases) in entity["articles"] as? [String: [String]] ?? [:] {
        total += 1
        let hit = crossReference.entities.contains { candidate in
          candidate.mentions.contains { $0.article.rawValue == article && aliases.contains($0.text) }
        }
        if hit { found += 1 }
      }
    }
    #expect(Double(found) / Double(max(total, 1)) >= 0.95, "recall \(found)/\(total)")
    for pair in gold["must_not_merge"] as? [[String]] ?? [] where pair.count == 2 {
      let merged = crossReference.entities.contains { entity in
        let forms = Set(entity.mentions.map(\.text) + [entity.name])
        return forms.contains(pair[0]) && forms.contains(pair[1])
      }
      #expect(!merged, "\(pair[0]) and \(pair[1]) are one entity")
    }
  }
}
