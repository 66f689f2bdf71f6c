import CrossreadCore
import CrossreadParsing
import Foundation
import TestSupport
import Testing

@Suite("Walking a corpus folder")
struct CorpusWalkerTests {
  @Test("reads .txt and .md recursively in a stable order; hidden files pass silently")
  func order() throws {
    let folder = TemporaryFolder()
    folder.write("b.txt", "B")
    folder.write("a/z.md", "Z")
    folder.write("a/c.TXT", "C")
    folder.write(".hidden/x.txt", "X")
    folder.write(".DS_Store", "junk")
    let listing = try CorpusWalker.list(folder: folder.path)
    #expect(listing.files.map(\.relativePath) == ["a/c.TXT", "a/z.md", "b.txt"])
    #expect(listing.files.map(\.format) == [.text, .markdown, .text])
    #expect(listing.diagnostics.isEmpty)
  }

  @Test("other formats are skipped with a diagnostic that names the file")
  func unsupported() throws {
    let folder = TemporaryFolder()
    folder.write("story.txt", "Text")
    folder.write("scan.pdf", "%PDF-1.7")
    folder.write("NOTES", "no extension")
    let listing = try CorpusWalker.list(folder: folder.path)
    #expect(listing.files.map(\.relativePath) == ["story.txt"])
    #expect(listing.diagnostics.map(\.path) == ["NOTES", "scan.pdf"])
    #expect(listing.diagnostics.allSatisfy { $0.code == .unsupportedFormat })
    #expect(listing.diagnostics[1].problem.contains(".pdf"))
  }

  @Test("symbolic link loops and links back to an ancestor folder are reported, not followed")
  func symlinkLoops() throws {
    let folder = TemporaryFolder()
    folder.write("sub/story.txt", "Text")
    folder.link("loop-a.txt", to: folder.url("loop-b.txt"))
    folder.link("loop-b.txt", to: folder.url("loop-a.txt"))
    folder.link("sub/up", to: folder.path)
    let listing = try CorpusWalker.list(folder: folder.path)
    #expect(listing.files.map(\.relativePath) == ["sub/story.txt"])
    let codes = Dictionary(uniqueKeysWithValues: listing.diagnostics.map { ($0.path, $0.code) })
    #expect(codes == ["loop-a.txt": .symlinkLoop, "loop-b.txt": .symlinkLoop, "sub/up": .symlinkLoop])
  }

  @Test("a broken link is unreadable; a file over 20 MB is too large; a pipe is not a file")
  func unusableEntries() throws {
    let folder = TemporaryFolder()
    folder.write("fine.txt", "Text")
    folder.link("gone.txt", to: folder.url("missing.txt"))
    let big = folder.write("huge.txt", "x")
    #expect(truncate(big, off_t(CorpusWalker.sizeLimit + 1)) == 0)
    #expect(mkfifo(folder.url("pipe.txt"), 0o644) == 0)
    let listing = try CorpusWalker.list(folder: folder.path)
    #expect(listing.files.map(\.relativePath) == ["fine.txt"])
    let codes = Dictionary(uniqueKeysWithValues: listing.diagnostics.map { ($0.path, $0.code) })
    #expect(codes == ["gone.txt": .unreadable, "huge.txt": .tooLarge, "pipe.txt": .notRegularFile])
  }

  @Test("a missing folder and a file given as the folder are clear errors")
  func folderErrors() {
    let folder = TemporaryFolder()
    let file = folder.write("story.txt", "Text")
    #expect(throws: CorpusError.missing(folder.url("nope"))) {
      try CorpusWalker.list(folder: folder.url("nope"))
    }
    #expect(throws: CorpusError.notAFolder(file)) { try CorpusWalker.list(folder: file) }
  }
}

@Suite("Parsing files that are not usable text")
struct BadFileTests {
  func outcome(_ bytes: [UInt8]) -> ArticleParser.Outcome {
    ArticleParser.parse(bytes: bytes, path: "x.txt", id: "x", format: .text)
  }

  @Test("empty and blank files are skipped with a diagnostic", arguments: [[], Array(" \n\t\r\n".utf8)])
  func empty(bytes: [UInt8]) {
    let result = outcome(bytes)
    #expect(result.article == nil)
    #expect(result.diagnostics.map(\.code) == [.empty])
  }

  @Test("a binary file is skipped with a diagnostic")
  func binary() {
    let result = outcome([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
    #expect(result.article == nil)
    #expect(result.diagnostics.first?.code == .binary)
  }

  @Test("invalid UTF-8 loads with replacement characters and a diagnostic")
  func invalid() throws {
    let result = outcome(Array("The quay “was ".utf8) + [0xC3] + Array(" closed”.".utf8))
    let article = try #require(result.article)
    #expect(article.text.string.contains("\u{FFFD}"))
    #expect(result.diagnostics.map(\.code) == [.invalidUTF8])
  }

  @Test(
    "an unreadable file is skipped with the system's reason",
    .enabled(if: geteuid() != 0, "root reads any file"))
  func unreadable() throws {
    let folder = TemporaryFolder()
    let path = folder.write("locked.txt", "Secret")
    chmod(path, 0)
    let file = try #require(try CorpusWalker.list(folder: folder.path).files.first)
    let result = ArticleParser.parse(file, id: "locked")
    #expect(result.article == nil)
    #expect(result.diagnostics.first?.code == .unreadable)
    #expect(result.diagnostics.first?.problem.contains("permission denied") == true)
  }
}
