import CrossreadCore
import CrossreadParsing
import Testing

/// A wire story written for these tests, with every kind of block the structure pass decides.
let wireStory = """
  Skip to content

  Floodwaters close the Danube crossing at Vrana

  By Jana Horvat and Luis Ortega | Harbour Times

  4 July 2025

  VRANA, Serbia (HT) — Floodwaters closed the main bridge at Vrana on Friday, officials said.

  The river rose 2.3 metres overnight. Mr. Petrovic said the U.S. Army Corps of Engineers had offered help.[1]

  What comes next

  Engineers will inspect the piers once the water falls, which could take a week or more.

  Jana Horvat, Institute for River Studies, University of Novi Sad

  Image by Harbour Photo/Cpl. Ada K. Moreno

  Sources: Harbour Times
  Related News:
  Rains return to the plains as farmers count losses
  Sign up for our newsletter

  [1] Ministry of Transport, statement on the Vrana bridge, July 2025.
  """

func parse(_ text: String, format: ArticleFormat = .text) -> Article {
  ArticleParser.parse(text: text, path: "story.txt", id: "story", format: format)
}

func texts(_ article: Article, _ kind: BlockKind) -> [String] {
  article.blocks(kind).map { String(article[$0.range]) }
}

@Suite("Structure of a plain-text article")
struct StructureTests {
  @Test("title, byline, date, dateline and credited source")
  func metadata() {
    let article = parse(wireStory)
    #expect(article.string(article.title) == "Floodwaters close the Danube crossing at Vrana")
    #expect(article.string(article.byline) == "Jana Horvat and Luis Ortega")
    #expect(article.date?.description == "2025-07-04")
    #expect(article.string(article.dateline) == "VRANA, Serbia")
    #expect(article.string(article.source) == "Harbour Times")
  }

  @Test("navigation, link lists and sign-up prompts are boilerplate, and only they are")
  func boilerplate() {
    let article = parse(wireStory)
    #expect(
      texts(article, .boilerplate) == [
        "Skip to content", "Sources: Harbour Times", "Related News:",
        "Rains return to the plains as farmers count losses", "Sign up for our newsletter",
      ])
    #expect(!article.sentences.contains { article[$0.range].contains("newsletter") })
  }

  @Test("a short line that introduces body text is a heading; notes about authors and images are not")
  func headingsAndNotes() {
    let article = parse(wireStory)
    #expect(texts(article, .heading) == ["What comes next"])
    #expect(
      texts(article, .note) == [
        "Jana Horvat, Institute for River Studies, University of Novi Sad",
        "Image by Harbour Photo/Cpl. Ada K. Moreno",
      ])
  }

  @Test("footnote markers link to their reference entries")
  func footnotes() throws {
    let article = parse(wireStory)
    let marker = try #require(article.footnoteMarkers.first)
    #expect(article[marker.range] == "[1]")
    let entry = try #require(marker.entry)
    #expect(article.blocks[entry].kind == .footnote)
    #expect(article[article.blocks[entry].range].hasPrefix("[1] Ministry of Transport"))
  }

  @Test("sentences cover body, headings, notes and the date line (it may name the outlet), never boilerplate")
  func sentences() {
    let article = parse(wireStory)
    let all = article.sentences.map { String(article[$0.range]) }
    #expect(all.contains("The river rose 2.3 metres overnight."))
    #expect(all.contains("Mr. Petrovic said the U.S. Army Corps of Engineers had offered help.[1]"))
    #expect(all.contains("What comes next"))
    #expect(all.contains("4 July 2025"))
    #expect(!all.contains("Skip to content"))
  }

  @Test("an article that opens with a sentence has no title")
  func noTitle() {
    let article = parse("Officials said on Friday that the bridge would stay closed.\nEngineers agreed.\n")
    #expect(article.title == nil)
    #expect(article.dateline == nil)
  }

  @Test("a headline repeated above the body is the title again, not a heading")
  func repeatedHeadline() {
    let text =
      "Rivers rise again?\n\nBy Ana Lind\n\nRivers rise again?\n\nThe water rose two metres in a day, and crews worked through the night to hold it.\n"
    let article = parse(text)
    #expect(article.string(article.title) == "Rivers rise again?")
    #expect(texts(article, .heading).isEmpty)
    #expect(article.blocks(.title).count == 2)
  }

  @Test("a long lead-in that ends with a colon is body text; a short one is a heading")
  func colonLines() {
    let text = """
      Summary:
      The committee reviewed the flood defences along the river and found several weak points.
      In the coming months, the ministry must take the following steps to protect the towns:
      • Raise the embankments at Vrana before the autumn rains arrive.
      • Publish the inspection reports.
      """
    let article = parse(text)
    #expect(texts(article, .heading) == ["Summary:"])
    #expect(
      texts(article, .listItem) == [
        "Raise the embankments at Vrana before the autumn rains arrive.", "Publish the inspection reports.",
      ])
  }

  @Test("CRLF and CR line ends give the same blocks, and offsets index the text exactly")
  func lineEnds() throws {
    let lf = parse(wireStory)
    for separator in ["\r\n", "\r"] {
      let text = wireStory.replacingOccurrences(of: "\n", with: separator)
      let article = parse(text)
      #expect(article.blocks.map(\.kind) == lf.blocks.map(\.kind))
      #expect(texts(article, .heading) == texts(lf, .heading))
      let title = try #require(article.title)
      let scalars = Array(text.unicodeScalars)
      #expect(String(String.UnicodeScalarView(scalars[title.start..<title.end])) == lf.string(lf.title))
    }
  }

  @Test("hard-wrapped paragraphs become one block each")
  func hardWrapped() {
    let text = """
      The bridge at Vrana was closed on Friday after the river rose more than two
      metres overnight, officials said, and traffic was sent north to the ferry.

      Engineers said the piers were sound but that the approach road had been
      undermined in two places and would need weeks of work before it reopens.

      Farmers on the plain said the water had reached their fields by the morning
      and that the harvest of at least three villages was now lost for the year.
      """
    let article = parse(text)
    #expect(article.blocks(.paragraph).count == 3)
    #expect(article.sentences.count == 3)
  }
}

@Suite("Markdown articles")
struct MarkdownTests {
  let source = """
    # Floodwaters close the crossing

    *By Jana Horvat*

    The **river** rose [2.3 metres](https://example.org/gauge) on _Friday_.[^1] It fell by
    `Monday` again.

    ## What next

    - Inspect the piers
    - Reopen the lanes

    [^1]: Ministry of Transport statement.
    """

  @Test("headings, lists and emphasis become blocks and plain text")
  func rendering() {
    let article = parse(source, format: .markdown)
    #expect(article.string(article.title) == "Floodwaters close the crossing")
    #expect(article.string(article.byline) == "Jana Horvat")
    #expect(
      texts(article, .paragraph) == ["The river rose 2.3 metres on Friday.[1] It fell by Monday again."])
    #expect(texts(article, .heading) == ["What next"])
    #expect(texts(article, .listItem) == ["Inspect the piers", "Reopen the lanes"])
    #expect(!article.text.string.contains("**") && !article.text.string.contains("]("))
  }

  @Test("links keep their target; footnotes link to their definition")
  func linksAndFootnotes() throws {
    let article = parse(source, format: .markdown)
    let link = try #require(article.links.first)
    #expect(article[link.range] == "2.3 metres")
    #expect(link.url == "https://example.org/gauge")
    let marker = try #require(article.footnoteMarkers.first)
    let entry = try #require(marker.entry)
    #expect(article[article.blocks[entry].range] == "[1] Ministry of Transport statement.")
  }

  @Test("front matter gives the title, author, date and source")
  func frontMatter() {
    let text = """
      ---
      title: "Bridge reopens at Vrana"
      author: Luis Ortega
      date: 2025-07-09
      source: Harbour Times
      ---

      The bridge reopened to traffic on Wednesday, five days after the flood.
      """
    let article = parse(text, format: .markdown)
    #expect(article.string(article.title) == "Bridge reopens at Vrana")
    #expect(article.string(article.byline) == "Luis Ortega")
    #expect(article.date?.description == "2025-07-09")
    #expect(article.string(article.source) == "Harbour Times")
  }

  @Test("intraword underscores and lone asterisks are text, not emphasis")
  func literalMarks() {
    let article = parse("The file_name_v2 had 3 * 4 = 12 rows.", format: .markdown)
    #expect(article.text.string == "The file_name_v2 had 3 * 4 = 12 rows.")
  }
}
