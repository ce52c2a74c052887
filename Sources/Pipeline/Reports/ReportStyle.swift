import Foundation

/// The inline stylesheet shared by report.html and index.html: calm neutral colours,
/// system fonts, readable on a laptop and in print. Colours are chosen to stay
/// distinguishable for red-green colour blindness (blue/orange for good/bad).
enum ReportStyle {
    static let css = """
        :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee4; --paper: #ffffff; --ground: #f4f5f7;
          --accent: #2f5f8a; --today: #c0611b; --negative: #b4472f; --positive: #2f6f8a; --watch: #9a6a00; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--ground); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { font-size: 1.6rem; margin: 0 0 4px; font-weight: 600; }
        h2 { font-size: 1.15rem; margin: 32px 0 12px; font-weight: 600; border-bottom: 1px solid var(--line);
          padding-bottom: 6px; }
        .sub, .muted { color: var(--muted); }
        a { color: var(--accent); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin-top: 20px; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
        .card .value { font-size: 1.7rem; font-weight: 600; font-variant-numeric: tabular-nums; }
        .card .label { color: var(--muted); font-size: 0.85rem; }
        table { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line);
          font-size: 0.9rem; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.78rem; font-weight: 600;
          color: #fff; text-transform: uppercase; letter-spacing: 0.03em; }
        .badge.escalate, .badge.overdue { background: var(--negative); }
        .badge.watch, .badge.open { background: var(--watch); }
        .badge.answered_late, .badge.volume, .badge.sentiment { background: var(--accent); }
        .escalation { background: var(--paper); border: 1px solid var(--line); border-left: 4px solid var(--watch);
          border-radius: 6px; padding: 12px 16px; margin-bottom: 12px; }
        .escalation.escalate { border-left-color: var(--negative); }
        .escalation h3 { margin: 0 0 4px; font-size: 1rem; }
        .escalation ul { margin: 6px 0; padding-left: 20px; }
        blockquote { margin: 8px 0 0; padding: 6px 12px; border-left: 3px solid var(--line); color: #394552;
          background: #fafbfc; white-space: pre-wrap; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
        .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .panel h3 { margin: 0 0 4px; font-size: 0.95rem; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg .bar { fill: #9fb6cc; } svg .bar.today { fill: var(--today); }
        svg .base, svg .zero { stroke: var(--line); stroke-width: 1; }
        svg .net { fill: none; stroke: var(--accent); stroke-width: 1.5; }
        svg .mark { fill: var(--accent); }
        svg .axis { fill: var(--muted); font-size: 9px; }
        .note { background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px; padding: 8px 12px; }
        .share { display: inline-block; width: 110px; height: 10px; background: #eef1f4; border-radius: 5px;
          vertical-align: middle; overflow: hidden; }
        .share-fill { display: block; height: 100%; background: var(--accent); }
        tr.group td { background: #f7f9fb; font-weight: 600; }
        code { font: 0.85rem ui-monospace, SFMono-Regular, Menlo, monospace; }
        .voices { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
        .voices table { border: none; font-size: 0.85rem; }
        .voices th, .voices td { padding: 4px 6px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 0.8rem; }
        @media print { body { background: #fff; } .card, .panel, .escalation, table { break-inside: avoid; } }
        """
}
