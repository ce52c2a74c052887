import Foundation
import XCTest

/// report.html in a real browser and a German-Excel CSV in a real spreadsheet. Both tools are
/// in scripts/install-deps.sh; when one is missing the test fails with the install command.
final class ReportRenderingTests: XCTestCase {
    private let day = ReportDataGenerator.reportDay

    private func tool(_ name: String, package: String) -> String? {
        if let path = ReportTool.path(name) { return path }
        XCTFail("\(name) is not installed; run: apt-get install -y \(package) (or scripts/install-deps.sh)")
        return nil
    }

    func testReportRendersInHeadlessChromiumWithChartsAndScriptAsText() throws {
        guard let chromium = tool("chromium", package: "chromium") else { return }
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let page = "file://" + workspace.reportFile("report.html").path
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(workspace.directory.path)/chromium"]
        let dom = try ReportTool.run(chromium, flags + ["--dump-dom", page])
        XCTAssertEqual(dom.status, 0, dom.output)
        XCTAssertTrue(dom.output.contains("<svg"), "no <svg> in the rendered DOM")
        XCTAssertTrue(dom.output.contains("<rect class=\"bar"), "no bars in the charts")
        XCTAssertTrue(dom.output.contains("<circle class=\"mark\""), "no sentiment marks in the charts")
        XCTAssertTrue(dom.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the planted <script> is not shown as text")
        XCTAssertFalse(dom.output.lowercased().contains("<script"), "a script element reached the DOM")

        let screenshot = workspace.directory.appendingPathComponent("report.png")
        let shot = try ReportTool.run(chromium, flags + ["--hide-scrollbars", "--window-size=1200,900", "--screenshot=\(screenshot.path)", page])
        XCTAssertEqual(shot.status, 0, shot.output)
        guard let python = tool("python3", package: "python3") else { return }
        let stats = try ReportTool.run(python, ["-c", Self.pixelStatistics, screenshot.path])
        XCTAssertEqual(stats.status, 0, stats.output)
        let values = stats.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(values.count, 2, stats.output)
        XCTAssertGreaterThan(values.first ?? 0, 200, "the screenshot is (almost) blank: luminance variance \(stats.output)")
        XCTAssertGreaterThan(values.last ?? 0, 20, "too few distinct colours: \(stats.output)")
    }

    func testSemicolonCSVWithBOMOpensInLibreOfficeWithUmlautsColumnsAndNoFormula() throws {
        guard let soffice = tool("soffice", package: "libreoffice-calc-nogui") else { return }
        guard let unzip = tool("unzip", package: "unzip") else { return }
        let workspace = try ReportWorkspace(reports: ["csv_delimiter": ";", "csv_decimal_comma": true, "csv_bom": true])
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let csvURL = workspace.reportFile("questions.csv")
        let bytes = try Data(contentsOf: csvURL)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "no UTF-8 BOM")
        let header = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")[0]
        let columns = header.split(separator: ";").count
        XCTAssertEqual(columns, 14, String(header))

        let out = workspace.directory.appendingPathComponent("converted")
        let profile = "-env:UserInstallation=file://\(workspace.directory.path)/lo-profile"
        // 59 = ';', 34 = '"', 76 = UTF-8, 1 = first line; the recipe in RECIPES.md.
        let toXLSX = try ReportTool.run(soffice, [profile, "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", out.path, csvURL.path])
        XCTAssertEqual(toXLSX.status, 0, toXLSX.output)
        let xlsx = out.appendingPathComponent("questions.xlsx")
        let sheet = try ReportTool.run(unzip, ["-p", xlsx.path, "xl/worksheets/sheet1.xml"]).output
        let strings = try ReportTool.run(unzip, ["-p", xlsx.path, "xl/sharedStrings.xml"]).output
        XCTAssertFalse(sheet.contains("<f>") || sheet.contains("<f "), "a cell became a formula")
        XCTAssertTrue(strings.contains("HYPERLINK("), "the =HYPERLINK( title is not kept as text")
        XCTAssertTrue(strings.contains("Rückerstattung Straße"), "umlauts garbled")
        XCTAssertTrue(strings.contains("Portierung der Rufnummer"))

        let back = try ReportTool.run(soffice, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1031", "--outdir", out.appendingPathComponent("csv").path, xlsx.path])
        XCTAssertEqual(back.status, 0, back.output)
        let roundTrip = try String(contentsOf: out.appendingPathComponent("csv/questions.csv"), encoding: .utf8)
        let lines = roundTrip.split(whereSeparator: \.isNewline)
        XCTAssertGreaterThanOrEqual(lines.count, 3, roundTrip)
        XCTAssertTrue(lines[0].hasPrefix("day;status;source;thread_id"), String(lines[0]))
        let injected = lines.first { $0.contains("HYPERLINK") }.map(String.init) ?? ""
        XCTAssertTrue(injected.contains("Rückerstattung Straße"), "the title came back evaluated: \(injected)")
        // The numeric SLA column survives the round trip in its own column.
        XCTAssertTrue(injected.contains(";24;"), "sla_hours 24 lost: \(injected)")
    }

    /// Decodes an 8-bit RGB(A) PNG with the standard library only and prints the variance of the
    /// luminance and the number of distinct colours (sampled).
    static let pixelStatistics = #"""
import sys, zlib, struct
data = open(sys.argv[1], 'rb').read()
pos, idat, width, height, ctype = 8, b'', 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
channels = {2: 3, 6: 4}[ctype]
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, offset = [], bytearray(stride), 0
for _ in range(height):
    kind = raw[offset]; line = bytearray(raw[offset + 1:offset + 1 + stride]); offset += 1 + stride
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + a) & 255
        elif kind == 2: line[i] = (line[i] + b) & 255
        elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
    rows.append(line); previous = line
values, colours = [], set()
for y in range(0, height, 3):
    line = rows[y]
    for x in range(0, width, 3):
        r, g, b = line[x * channels:x * channels + 3]
        values.append(0.299 * r + 0.587 * g + 0.114 * b)
        colours.add((r, g, b))
mean = sum(values) / len(values)
print(sum((v - mean) ** 2 for v in values) / len(values), len(colours))
"""#
}
