import CrossreadCore
import CrossreadIndex
import CrossreadReader
import TerminalKit
import Testing

@Suite("Reader state and actions")
struct ReaderStateTests {
  let model = ReaderFixtures.demo

  @Test("moving in the sources list opens each article and refreshes the sidebar")
  func sourcesPreview() {
    let (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("jj"))
    #expect(state.article == state.listed[2])
    let title = model.sources[state.article].title
    #expect(screen.dump.contains(String(title.prefix(30))))
  }

  @Test("Enter on an entity lists its mentions; Enter jumps there; b comes back to the same place")
  func jumpAndBack() throws {
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("3j⏎"))
    #expect(screen.dump.contains("Mentions of"))
    let startArticle = state.article
    let startAnchor = state.anchor
    // Move down the list until a mention in another article is selected, then jump.
    for _ in 0..<20 {
      ReaderLoop.handle(.down, state: &state, screen: screen, theme: ReaderFixtures.theme)
    }
    ReaderLoop.handle(.enter, state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(!screen.dump.contains("Mentions of"))
    #expect(state.focus == .article)
    #expect(state.article != startArticle)
    ReaderLoop.handle(.character("b"), state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(state.article == startArticle)
    #expect(state.anchor == startAnchor)
    ReaderLoop.handle(.character("b"), state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(state.message?.contains("no earlier position") == true)
  }

  @Test("c moves to a flagged claim, X jumps to its counter-claim in another article, which is on screen")
  func counterClaimJump() throws {
    let (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("cX"))
    let origin = ReaderFixtures.play(ReaderFixtures.keys("c")).state
    let claim = try #require(model.flaggedClaims(origin.article).first)
    let counter = try #require(claim.counters.first)
    #expect(state.article == counter.article)
    let words = counter.text.split(separator: " ").prefix(3).joined(separator: " ")
    #expect(screen.dump.replacingOccurrences(of: "\n", with: " ").contains(words))
    #expect(screen.dump.contains("▶"))
  }

  @Test("the counter-claim popup names the label, the other article and the reason")
  func counterPopup() throws {
    let (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("cx"))
    let claim = try #require(model.flaggedClaims(state.article).first)
    let counter = try #require(claim.counters.first)
    #expect(screen.dump.contains("Counter-claims"))
    #expect(screen.dump.contains(counter.label.rawValue))
    #expect(screen.dump.contains("why:"))
    #expect(screen.dump.contains(String(model.sources[counter.article].title.prefix(20))))
  }

  @Test("a click on a counter-claim in the popup selects it")
  func clickCounter() throws {
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("cx"))
    let box = state.layout.overlay.inner
    let row = try #require(
      (box.row..<(box.row + box.height)).last { screen.frame.text[$0].contains("contradiction · ") })
    _ = state.apply(.click(row: row, column: box.column + 4))
    ReaderLoop.handle(.enter, state: &state, screen: screen, theme: ReaderFixtures.theme)
    let claim = try #require(model.flaggedClaims(0).first)
    #expect(state.article == claim.counters.last?.article)
  }

  @Test("search highlights matches and n/N cycle through them")
  func search() {
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("2/port aurel⏎"))
    #expect(state.focus == .article)
    #expect(state.message?.contains("match 1 of") == true)
    let theme = ReaderFixtures.theme
    ReaderLoop.handle(.character("n"), state: &state, screen: screen, theme: theme)
    #expect(state.message?.contains("match 2 of") == true)
    ReaderLoop.handle(.character("N"), state: &state, screen: screen, theme: theme)
    ReaderLoop.handle(.character("N"), state: &state, screen: screen, theme: theme)
    #expect(state.message?.hasPrefix("match 1 of") == false)
    let highlighted = (0..<screen.frame.rows).contains { row in
      (0..<screen.frame.columns).contains {
        screen.frame[row, $0].style.background == theme[.searchMatch].background
      }
    }
    #expect(highlighted)
  }

  @Test("F searches every article through the index and lists the hits; Enter jumps to one")
  func corpusSearch() throws {
    let demo = ReaderFixtures.demo
    let index = try CorpusIndex()
    try index.update(articles: demo.articles, fingerprint: "demo", analysis: nil)
    let model = ReaderModel(
      name: demo.name, articles: demo.articles, entities: demo.crossReference, pairs: [], index: index)
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("Fsabotage⏎"), model: model)
    #expect(screen.dump.contains("Found “sabotage”: 3 sentences in 3 articles"))
    ReaderLoop.handle(.enter, state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(!screen.dump.contains("Found “"))
    #expect(state.article != 0)
    #expect(screen.dump.contains("sabotage"))
    let (_, withoutIndex) = ReaderFixtures.play(ReaderFixtures.keys("F"))
    #expect(withoutIndex.dump.contains("needs the index"))
  }

  @Test("a search with no match says so and leaves the position alone")
  func searchMiss() {
    let (state, _) = ReaderFixtures.play(ReaderFixtures.keys("2/zzzqqq⏎"))
    #expect(state.message == "not found in this article: “zzzqqq”")
    #expect(state.anchor == 0)
  }

  @Test("a resize re-wraps the article and keeps the reading position")
  func resizeKeepsPosition() {
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("jj2" + String(repeating: "j", count: 12)))
    let anchor = state.anchor
    let firstWords = model.articles[state.article].text.string.unicodeScalars
      .dropFirst(anchor).prefix(12).map(String.init).joined()
    screen.size = (30, 70)
    ReaderLoop.handle(.resize, state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(state.layout.columns == 70)
    #expect(state.anchor <= anchor)
    let top = state.anchor
    #expect(anchor - top < 70)
    #expect(
      screen.dump.contains(firstWords.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""))
  }

  @Test("f lists only articles with flagged claims, s orders the list")
  func filterAndOrder() {
    var (state, _) = ReaderFixtures.play(ReaderFixtures.keys("f"))
    #expect(state.flaggedOnly)
    #expect(
      state.listed.allSatisfy { model.sources[$0].contradictions + model.sources[$0].tensions > 0 })
    _ = state.apply(.cycleOrder)
    let counts = state.listed.map { model.sources[$0].contradictions }
    #expect(counts == counts.sorted(by: >))
  }

  @Test("/ in the sources pane filters the list as one types; Esc shows every article again")
  func filterSources() {
    var (state, screen) = ReaderFixtures.play(ReaderFixtures.keys("/velsk"))
    #expect(state.input == "velsk")
    #expect(state.listed.count == 1)
    #expect(model.sources[state.article].title.lowercased().contains("velsk"))
    #expect(screen.dump.contains("Sources (1 of 7, “velsk”)"))
    ReaderLoop.handle(.enter, state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(state.input == nil && state.sourceFilter == "velsk")
    ReaderLoop.handle(.escape, state: &state, screen: screen, theme: ReaderFixtures.theme)
    #expect(state.listed.count == 7)
    #expect(state.sourceFilter == nil)
    // In the article pane, / still searches the article.
    let (article, _) = ReaderFixtures.play(ReaderFixtures.keys("2/explosion⏎"))
    #expect(article.message?.contains("for “explosion”") == true)
  }

  @Test("clicks focus a pane and select the row under the pointer; the wheel scrolls the article")
  func mouse() {
    var (state, _) = ReaderFixtures.play([])
    let sources = state.layout.sources?.inner
    _ = state.apply(.click(row: (sources?.row ?? 0) + 2, column: (sources?.column ?? 0) + 3))
    #expect(state.focus == .sources)
    #expect(state.article == state.listed[1])
    let article = state.layout.article?.inner
    _ = state.apply(.scroll(row: article?.row ?? 0, column: article?.column ?? 0, lines: 3))
    #expect(state.anchor > 0)
    _ = state.apply(.click(row: article?.row ?? 0, column: article?.column ?? 0))
    #expect(state.focus == .article)
  }

  @Test("q closes an overlay first, then quits; Esc never quits")
  func quitting() {
    var (state, _) = ReaderFixtures.play(ReaderFixtures.keys("?"))
    #expect(state.apply(.close).isEmpty)
    #expect(state.apply(.cancel).isEmpty)
    #expect(state.apply(.close) == [.quit])
  }
}

@Suite("Keymap")
struct KeymapTests {
  @Test("no key does two things in one scope")
  func noConflicts() {
    for scope in KeyScope.allCases {
      var seen: [KeyEvent: ReaderAction] = [:]
      for binding in Keymap.bindings where binding.scope == scope {
        for key in binding.keys {
          #expect(seen[key] == nil || seen[key] == binding.action, "\(key) bound twice in \(scope)")
          seen[key] = binding.action
        }
      }
    }
  }

  @Test("the help lists every binding's keys and description")
  func helpFromTable() {
    let screen = ReaderFixtures.play(ReaderFixtures.keys("?"), rows: 80, columns: 120).screen
    for binding in Keymap.bindings {
      #expect(screen.dump.contains(binding.help), "help misses '\(binding.help)'")
    }
  }

  @Test("the bottom bar never offers a key the pane has rebound")
  func hintsFollowScope() {
    let sources = Keymap.hints(in: .sources)
    #expect(sources.contains("/ filter") && !sources.contains("/ search"))
    #expect(Keymap.hints(in: .article).contains("/ search"))
  }

  @Test("the keys users try first are bound")
  func familiarKeys() {
    let expected: [(KeyEvent, ReaderAction)] = [
      (.character("j"), .down), (.down, .down), (.character("k"), .up), (.pageDown, .pageDown),
      (.character(" "), .pageDown), (.character("g"), .top), (.character("G"), .bottom), (.tab, .nextPane),
      (.backTab, .previousPane), (.character("1"), .focus(.sources)), (.character("/"), .startSearch),
      (.character("n"), .searchNext), (.character("N"), .searchPrevious), (.character("q"), .close),
      (.character("?"), .help),
    ]
    for (key, action) in expected {
      #expect(Keymap.action(for: key, in: .article) == action, "\(key)")
    }
    #expect(Keymap.action(for: .enter, in: .entities) == .open)
  }
}
