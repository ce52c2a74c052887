import Foundation
import PackagePlugin

/// Compiles the default lexicons (`lexicons/**/*.tsv|txt|json`) into the `Sentiment` module,
/// so an installed `monitor` binary works when copied alone (the Foundation issue demands it),
/// while the lexicons stay plain files that anyone can edit.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexiconDirectory = context.package.directoryURL.appending(path: "lexicons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding lexicons from \(lexiconDirectory.path)",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [lexiconDirectory.path, output.path],
                inputFiles: lexiconFiles(in: lexiconDirectory),
                outputFiles: [output])
        ]
    }

    private func lexiconFiles(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["tsv", "txt", "json"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
