import CrossreadCore
import CrossreadParsing
import Testing

/// The classic wire layout: a headline line, a "PLACE DATE" line, then one sentence per line.
@Suite("Wire-service layout")
struct WireLayoutTests {
  @Test("a headline in capitals ending with a full stop is the title; PLACE DATE gives dateline and date")
  func shoutedHeadline() {
    let article = parse(
      """
      ROWING - OXFORD SINK CAMBRIDGE IN FOG .
      PUTNEY 1998-03-28
      Oxford won the race by three lengths on Saturday .
      The crews rowed in thick fog , officials said .
      """)
    #expect(article.string(article.title) == "ROWING - OXFORD SINK CAMBRIDGE IN FOG .")
    #expect(article.string(article.dateline) == "PUTNEY")
    #expect(article.date?.description == "1998-03-28")
    #expect(texts(article, .paragraph).first == "Oxford won the race by three lengths on Saturday .")
  }

  @Test("a mixed-case headline right above its date line is the title too; a region may follow a comma")
  func headlineAboveDate() {
    let article = parse(
      """
      FRANCE : Central bank holds rates .
      PARIS, France 2001-06-14
      The central bank kept its main rate at 4.5 percent on Thursday .
      """)
    #expect(article.string(article.title) == "FRANCE : Central bank holds rates .")
    #expect(article.string(article.dateline) == "PARIS, France")
    #expect(article.date?.description == "2001-06-14")
  }

  @Test(
    "a reporter's name on its own line between headline and date line is the byline",
    arguments: ["\n", "\n\n"])
  func bareNameByline(_ separator: String) {
    let article = parse(
      [
        "EU rejects call to ban beef .", "Anna Lindqvist", "BRUSSELS 1996-08-22",
        "The Commission said on Thursday it disagreed with the advice .",
      ].joined(separator: separator))
    #expect(article.string(article.title) == "EU rejects call to ban beef .")
    #expect(article.string(article.byline) == "Anna Lindqvist")
    #expect(article.date?.description == "1996-08-22")
    // A sentence between headline and date is no byline.
    let other = parse(
      [
        "EU rejects call to ban beef .", "Ministers met again today .", "BRUSSELS 1996-08-22",
        "The Commission said on Thursday it disagreed .",
      ].joined(separator: separator))
    #expect(other.byline == nil)
  }

  @Test("a line in capitals that is not followed by a date is not mistaken for a dateline")
  func notADateline() {
    let article = parse("NOTE 2001-06-14\n\nThe bank kept its rate at 4.5 percent on Thursday.\n")
    #expect(article.dateline == nil)
  }

  @Test("the agency in brackets after the dateline is the credited source")
  func creditedAgency() {
    let article = parse(
      "Rates hold\n\nOSLO, April 14 (Reuters) - The central bank kept its main rate at 4.5 percent on Tuesday.\n"
    )
    #expect(article.string(article.dateline) == "OSLO")
    #expect(article.string(article.source) == "Reuters")
  }

  @Test("a dateline may name two places parted by a slash")
  func twoPlaceDateline() {
    let article = parse(
      "Deal done\n\nOSLO/MARLOW, June 18 (Reuters) - Orvale Steel said it had bought Tarvo Metals.\n")
    #expect(article.string(article.dateline) == "OSLO/MARLOW")
    #expect(article.string(article.source) == "Reuters")
  }

  @Test("a dateline with a region, then a date with or without a year, before the agency")
  func regionAndDate() {
    let article = parse(
      "Profit up\n\nMARLOW, Calif., Jan 17 (Reuters) - Orvale Inc reported a profit on Friday.\n")
    #expect(article.string(article.dateline) == "MARLOW, Calif.")
    #expect(article.string(article.source) == "Reuters")
    let withYear = parse("Profit up\n\nMARLOW, Calif., Jan 17, 1997 (AP) - Orvale Inc reported a profit.\n")
    #expect(withYear.string(withYear.dateline) == "MARLOW, Calif.")
    #expect(withYear.string(withYear.source) == "AP")
  }

  @Test("a line that opens in lower case after one that ends mid-sentence goes on with it")
  func lowerCaseContinuation() {
    let article = parse(
      "Vote\n\nFarid Abdel, leader of the National Conference\nparty, said he would stand.\nThe vote is in May.\n"
    )
    let sentences = article.sentences.map { article.string($0.range) ?? "" }
    #expect(sentences.contains { $0.hasPrefix("Farid Abdel") && $0.hasSuffix("would stand.") })
    #expect(sentences.contains("The vote is in May."))
  }

  @Test("tokenised copy puts a space before the dateline's comma")
  func spaceBeforeComma() {
    let article = parse(
      "GOLF - SCORES .\nHILVERSUM , Netherlands 1996-08-30\nLeading scores on Friday were low .\n")
    #expect(article.date?.description == "1996-08-30")
    #expect(article.string(article.dateline)?.hasPrefix("HILVERSUM") == true)
  }

  @Test("a standings row before running text is a table row, not a heading")
  func standingsRowIsNoHeading() {
    let article = parse(
      """
      SOCCER - STANDINGS .

      Vrana Town 3 2 0 1 6 4 6

      Port Aurel 3 0 1 2 2 5 1

      The Port Aurel manager said his side would improve after a 2-2 draw on Saturday .
      """)
    #expect(texts(article, .heading).isEmpty)
  }

  @Test("a dateline's place may hold an elided article after a space ('VAL D'ISERE')")
  func datelineWithElision() {
    let article = parse(
      "SKIING - RESULTS .\nVAL D'ORVE , France 1996-12-14\nLeading results of the race were close .\n")
    #expect(article.date?.description == "1996-12-14")
    #expect(article.string(article.dateline)?.hasPrefix("VAL D'ORVE") == true)
  }
}
