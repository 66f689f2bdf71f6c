import CrossreadCore
import CrossreadIndex
import CrossreadPipeline
import Foundation
import TestSupport
import Testing

@Suite("Analysis through the index")
struct PipelineIndexTests {
  @Test("a second open reads the same analysis back from the index; a changed file re-analyses")
  func roundTrip() throws {
    let folder = TemporaryFolder()
    folder.write("a.txt", "Port closes\n\nMayor Ana Reyes said the port of Velm was closed on Monday.\n")
    folder.write("b.txt", "Port open\n\nMayor Reyes denied that the port of Velm was closed on Monday.\n")
    let index = try CorpusIndex(path: folder.path + "/cache/index.sqlite")
    let corpus = try Pipeline.load(folder: folder.path)
    let fresh = Pipeline.analyse(corpus, index: index)
    #expect(!fresh.fromIndex && fresh.indexProblem == nil)
    let again = Pipeline.analyse(corpus, index: index)
    #expect(again.fromIndex)
    #expect(again.entities.entities == fresh.entities.entities)
    #expect(again.pairs == fresh.pairs)
    #expect(
      again.entities.entities(in: "a").map(\.entity) == fresh.entities.entities(in: "a").map(\.entity))
    folder.write("b.txt", "Port open\n\nMayor Reyes said the port of Velm reopened on Tuesday.\n")
    let changed = Pipeline.analyse(try Pipeline.load(folder: folder.path), index: index)
    #expect(!changed.fromIndex)
    #expect(try index.search("reopened").map(\.article) == ["b"])
  }

  @Test("each folder gets its own index file under XDG_CACHE_HOME")
  func location() throws {
    let folder = TemporaryFolder()
    folder.write("x/a.txt", "A note\n\nMayor Ana Reyes spoke.\n")
    folder.write("y/a.txt", "A note\n\nMayor Ana Reyes spoke.\n")
    let environment = ["XDG_CACHE_HOME": "/tmp/cache-test"]
    let x = Pipeline.indexPath(for: try Pipeline.load(folder: folder.path + "/x"), environment: environment)
    let y = Pipeline.indexPath(for: try Pipeline.load(folder: folder.path + "/y"), environment: environment)
    #expect(x.hasPrefix("/tmp/cache-test/crossread/x-") && x.hasSuffix(".sqlite"))
    #expect(x != y)
  }
}
