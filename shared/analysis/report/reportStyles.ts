/**
 * The report's own stylesheet, inline so the file stands alone: no scripts, fonts or images
 * from anywhere. Heat-map cells carry their count as text too, so colour is never the only cue;
 * `print-color-adjust` keeps the shading when printed.
 */
export const REPORT_CSS = `
:root { --ink: #1c2430; --muted: #4a5563; --line: #c9d0d8; --accent: #0b6e69; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 980px; padding: 32px 28px 64px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 3px solid var(--accent); }
h3 { font-size: 17px; margin: 22px 0 8px; }
p.meta { color: var(--muted); margin: 0 0 18px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 8px; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; min-width: 120px; }
.summary strong { display: block; font-size: 22px; }
ul.findings { padding-left: 20px; margin: 6px 0 14px; }
ul.findings li { margin: 6px 0; }
ul.intros { padding-left: 18px; margin: 4px 0; color: var(--muted); font-size: 14px; }
.strengths li::marker { color: var(--accent); }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
table.grid td { width: 88px; text-align: center; }
table.grid td.c0 { background: #fbe3e1; color: #7d1a12; font-weight: 600; }
table.grid td.c1 { background: #fdf1d0; color: #5c4300; }
table.grid td.c2 { background: #d8efe4; color: #0f533a; }
table.grid td.c3 { background: #9fd6bd; color: #0a3a28; font-weight: 600; }
.names { display: block; font-size: 11px; color: inherit; opacity: 0.85; }
.key { font-size: 13px; color: var(--muted); }
.key span { display: inline-block; padding: 0 6px; border: 1px solid var(--line); margin-right: 4px; }
.area { break-inside: avoid-page; }
.status-gap { color: #7d1a12; font-weight: 600; }
.status-fragile { color: #5c4300; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 10px; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid-page; }
  h3 { break-after: avoid-page; }
  section.area { break-before: page; }
  table, li { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
