import ArgumentParser

/// The `crossread` command: a reader for many articles about one story.
@main
struct Crossread: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read many articles about one story: sources, entities and contradicting claims.",
    discussion: """
      With no folder, crossread opens its built-in demo corpus. A folder is read recursively: \
      .txt and .md files become articles; any other file is reported and skipped.
      """,
    version: "0.1.0",
    subcommands: [
      Read.self, Articles.self, Entities.self, Mentions.self, Claims.self, Contradictions.self, Bench.self,
      DebugMentions.self, DebugScreen.self,
    ],
    defaultSubcommand: Read.self
  )
}
