import Foundation

/// index.html of the reports directory: one link per date folder, newest first.
struct ReportIndexPage: Sendable {
    func render(days: [ReportDay]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Customer voice reports</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <main>
            <h1>Customer voice reports</h1>
            <p class="sub"><a href="latest/report.html">Latest report</a></p>
            <table>
            <tr><th>Day</th><th>Files</th></tr>

            """
        for day in days.sorted(by: >) {
            let name = day.description  // YYYY-MM-DD: nothing to escape
            html += "<tr><td><a href=\"\(name)/report.html\">\(name)</a></td><td>"
            html += ReportWriter.fileNames.filter { $0 != "report.html" }
                .map { "<a href=\"\(name)/\($0)\">\($0)</a>" }.joined(separator: " · ")
            html += "</td></tr>\n"
        }
        html += """
            </table>
            </main>
            </body>
            </html>

            """
        return html
    }
}
