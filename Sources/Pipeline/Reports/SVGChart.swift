import Foundation

/// Inline SVG for one topic's 28 days: daily volume as bars (report day highlighted) and net
/// sentiment as a line with a mark per day, on a fixed −1…1 scale so panels compare.
/// No scripts: each mark carries a `<title>` for the browser's own tooltip.
struct SVGChart: Sendable {
    static let width = 330.0
    static let height = 170.0
    private static let left = 30.0
    private static let right = 8.0
    private static let barsTop = 8.0
    private static let barsBottom = 84.0
    private static let lineTop = 100.0
    private static let lineBottom = 150.0

    func render(_ series: TopicSeries) -> String {
        let points = series.points
        guard !points.isEmpty else { return "" }
        let plotWidth = Self.width - Self.left - Self.right
        let step = plotWidth / Double(points.count)
        let maximum = max(1, points.map(\.volume).max() ?? 1)
        let title = HTMLEscaping.escape(series.topic)
        var svg = """
            <svg class="chart" viewBox="0 0 \(n(Self.width)) \(n(Self.height))" role="img" \
            aria-label="\(title): daily posts and net sentiment, 28 days">
            <text class="axis" x="\(n(Self.left - 4))" y="\(n(Self.barsTop + 8))" text-anchor="end">\(maximum)</text>
            <text class="axis" x="\(n(Self.left - 4))" y="\(n(Self.barsBottom))" text-anchor="end">0</text>
            <line class="base" x1="\(n(Self.left))" y1="\(n(Self.barsBottom))" x2="\(n(Self.width - Self.right))" \
            y2="\(n(Self.barsBottom))"/>

            """
        for (index, point) in points.enumerated() {
            let barHeight = (Self.barsBottom - Self.barsTop) * Double(point.volume) / Double(maximum)
            let x = Self.left + Double(index) * step + step * 0.15
            let isReportDay = index == points.count - 1
            svg += "<rect class=\"\(isReportDay ? "bar today" : "bar")\" x=\"\(n(x))\" "
            svg += "y=\"\(n(Self.barsBottom - barHeight))\" width=\"\(n(step * 0.7))\" height=\"\(n(barHeight))\">"
            svg += "<title>\(point.day): \(point.volume) posts</title></rect>\n"
        }
        svg += sentimentLine(points, step: step)
        let lastX = Self.left + Double(points.count - 1) * step + step / 2
        svg += """
            <text class="axis" x="\(n(Self.left))" y="\(n(Self.height - 4))">\(points[0].day)</text>
            <text class="axis" x="\(n(lastX))" y="\(n(Self.height - 4))" text-anchor="end">\(points[points.count - 1].day)</text>
            </svg>
            """
        return svg
    }

    private func sentimentLine(_ points: [TopicSeries.Point], step: Double) -> String {
        let zeroY = y(forNet: 0)
        var svg = """
            <text class="axis" x="\(n(Self.left - 4))" y="\(n(Self.lineTop + 4))" text-anchor="end">+1</text>
            <text class="axis" x="\(n(Self.left - 4))" y="\(n(zeroY + 3))" text-anchor="end">0</text>
            <text class="axis" x="\(n(Self.left - 4))" y="\(n(Self.lineBottom + 3))" text-anchor="end">−1</text>
            <line class="zero" x1="\(n(Self.left))" y1="\(n(zeroY))" x2="\(n(Self.width - Self.right))" y2="\(n(zeroY))"/>

            """
        // Days without posts have no sentiment: the line breaks there instead of inventing a 0.
        var segment: [String] = []
        var segments: [[String]] = []
        var marks = ""
        for (index, point) in points.enumerated() {
            guard let net = point.netSentiment else {
                if !segment.isEmpty { segments.append(segment) }
                segment = []
                continue
            }
            let x = Self.left + Double(index) * step + step / 2
            segment.append("\(n(x)),\(n(y(forNet: net)))")
            marks += "<circle class=\"mark\" cx=\"\(n(x))\" cy=\"\(n(y(forNet: net)))\" r=\"2.2\">"
            marks += "<title>\(point.day): net sentiment \(String(format: "%+.2f", net))</title></circle>\n"
        }
        if !segment.isEmpty { segments.append(segment) }
        for segment in segments where segment.count > 1 {
            svg += "<polyline class=\"net\" points=\"\(segment.joined(separator: " "))\"/>\n"
        }
        return svg + marks
    }

    private func y(forNet net: Double) -> Double {
        let clamped = min(1, max(-1, net))
        return Self.lineTop + (1 - clamped) / 2 * (Self.lineBottom - Self.lineTop)
    }

    /// Coordinates with one decimal: enough for a screen, stable as text.
    private func n(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
