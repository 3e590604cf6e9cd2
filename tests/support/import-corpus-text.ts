/**
 * The corpus reports as text other programs turn into Word files: an HTML page as a clerk's
 * browser or LibreOffice opens it, and Markdown for pandoc.
 */
import { blockFromFile } from '#shared/domain/report';
import { asPrinted } from '#shared/domain/indicators';
import { outlineLabel } from '#shared/domain/numbering';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { padDocumentNumber } from '#shared/the-thuc/header-lines';
import type { Block, FileSection, ReportFile, Run } from '#shared/report-format/schema';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const up = (t: string) => t.toLocaleUpperCase('vi-VN');
const hasContent = (s: FileSection): boolean => (s.blocks ?? []).length > 0 || (s.children ?? []).some(hasContent);

/** The report as a clerk's HTML page (what LibreOffice opens): header and signature in tables, headings as h2–h4, lists as ul. */
export function reportHtml(report: ReportFile): string {
  const layout = getLayoutProfile(report.profile);
  const party = layout.family === 'party';
  const h = report.header;
  const [y, m, d] = (h.date ?? '').split('-');
  const runs = (rs: readonly Run[]) => rs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : r.italic ? `<i>${esc(r.text)}</i>` : esc(r.text))).join('');
  const block = (b0: Block): string => {
    const b = asPrinted(blockFromFile(b0));
    if (b.type === 'paragraph') return `<p>${runs(b.runs)}</p>`;
    if (b.type === 'bullets')
      return `<ul>${b.items.map((i) => (i.level === 2 ? `<ul><li>${runs(i.runs)}</li></ul>` : `<li>${runs(i.runs)}</li>`)).join('')}</ul>`;
    return `${b.caption ? `<p align="center"><b>${esc(b.caption)}</b></p>` : ''}<table border="1"><tr>${b.header.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  };
  const outline = report.outline ?? 'sections';
  const sections = (list: readonly FileSection[], depth: number): string => {
    let index = 0;
    return list
      .filter(hasContent)
      .map((s) => {
        index += 1;
        const label = outlineLabel(outline, depth, index);
        const level = outline === 'parts' ? depth - 1 : depth;
        const heading =
          outline === 'parts' && depth === 1
            ? `<p align="center"><b>${label}</b></p><p align="center"><b>${esc(up(s.title))}</b></p>`
            : `<h${level + 1}>${label} ${esc(level === 1 ? up(s.title) : s.title)}</h${level + 1}>`;
        return heading + (s.blocks ?? []).map(block).join('') + sections(s.children ?? [], depth + 1);
      })
      .join('');
  };
  const s = report.signature;
  const authority = s.authority === '' ? '' : (layout.authorityLabels[s.authority] ?? s.authority);
  return `<html><head><meta charset="utf-8"></head><body>
<table><tr><td align="center">${esc(up(h.parentBody ?? ''))}<br><b>${esc(up(h.issuingBody))}</b><br>${party ? '*' : '-----'}<p>${party ? `Số ${padDocumentNumber(h.number)}-${esc(h.symbol)}` : `Số: ${padDocumentNumber(h.number)}/${esc(h.symbol)}`}</p></td>
<td align="center">${layout.nationalLines.map((l) => `<b>${esc(l.text)}</b>`).join('<br>')}<p><i>${esc(h.place)}, ${h.date ? `ngày ${d} tháng ${m} năm ${y}` : 'ngày     tháng     năm 2026'}</i></p></td></tr></table>
<p align="center"><b>BÁO CÁO</b></p><p align="center"><b>${esc(h.summary)}</b></p><p align="center">-----</p>
${!party && h.addressees?.length ? `<p align="center">Kính gửi: ${h.addressees.map(esc).join('; ')}</p>` : ''}
${(report.opening ?? []).map(block).join('')}${sections(report.sections, 1)}${(report.closing ?? []).map(block).join('')}
<table><tr><td><b><i>Nơi nhận:</i></b><br>${report.recipients.map((r, i) => `- ${esc(r.replace(/[;.]+$/, ''))}${i === report.recipients.length - 1 ? '.' : ';'}`).join('<br>')}</td>
<td align="center"><b>${esc(up(`${authority} ${s.onBehalfOf}`.trim()))}</b><br><b>${esc(up(s.position))}</b><br><br><br><br><b>${esc(s.name)}</b></td></tr></table>
${(report.appendices ?? []).map((a, i) => `<p align="center"><b>Phụ lục ${party ? i + 1 : ['I', 'II'][i]}</b></p><p align="center"><b>${esc(up(a.title))}</b></p>${(a.blocks ?? []).map(block).join('')}`).join('')}
</body></html>`;
}

/** The report as Markdown for pandoc: the header as plain lines, headings as #, lists as "-". */
export function reportMarkdown(report: ReportFile): string {
  const layout = getLayoutProfile(report.profile);
  const party = layout.family === 'party';
  const h = report.header;
  const [y, m, d] = (h.date ?? '').split('-');
  const md = (t: string) => t.replace(/([*_\\[\]#])/g, '\\$1');
  const runs = (rs: readonly Run[]) =>
    rs
      .map((r) => {
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text) ?? [];
        return r.bold ? `${lead}**${md(core)}**${trail}` : r.italic ? `${lead}*${md(core)}*${trail}` : md(r.text);
      })
      .join('');
  const block = (b0: Block): string => {
    const b = asPrinted(blockFromFile(b0));
    if (b.type === 'paragraph') return runs(b.runs);
    if (b.type === 'bullets') return b.items.map((i) => `${i.level === 2 ? '    ' : ''}- ${runs(i.runs)}`).join('\n');
    return `${b.caption ? `**${md(b.caption)}**\n\n` : ''}| ${b.header.join(' | ')} |\n|${b.header.map(() => '---').join('|')}|\n${b.rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`;
  };
  const outline = report.outline ?? 'sections';
  const sections = (list: readonly FileSection[], depth: number): string[] => {
    let index = 0;
    return list.filter(hasContent).flatMap((s) => {
      index += 1;
      const label = outlineLabel(outline, depth, index);
      const level = outline === 'parts' ? depth - 1 : depth;
      const heading =
        outline === 'parts' && depth === 1 ? [`**${label}**`, `**${up(s.title)}**`] : [`${'#'.repeat(level)} ${label} ${level === 1 ? up(s.title) : s.title}`];
      return [...heading, ...(s.blocks ?? []).map(block), ...sections(s.children ?? [], depth + 1)];
    });
  };
  const sig = report.signature;
  const authority = sig.authority === '' ? '' : (layout.authorityLabels[sig.authority] ?? sig.authority);
  return [
    up(h.parentBody ?? ''),
    `**${up(h.issuingBody)}**`,
    party ? `Số ${padDocumentNumber(h.number)}-${h.symbol}` : `Số: ${padDocumentNumber(h.number)}/${h.symbol}`,
    ...layout.nationalLines.map((l) => `**${l.text}**`),
    `*${h.place}, ${h.date ? `ngày ${d} tháng ${m} năm ${y}` : 'ngày tháng năm 2026'}*`,
    '**BÁO CÁO**',
    `**${md(h.summary)}**`,
    ...(!party && h.addressees?.length ? [`Kính gửi: ${h.addressees.join('; ')}`] : []),
    ...(report.opening ?? []).map(block),
    ...sections(report.sections, 1),
    ...(report.closing ?? []).map(block),
    '***Nơi nhận:***',
    report.recipients.map((r, i) => `\\- ${md(r.replace(/[;.]+$/, ''))}${i === report.recipients.length - 1 ? '.' : ';'}`).join('\\\n'),
    `**${up(`${authority} ${sig.onBehalfOf}`.trim())}**`,
    `**${up(sig.position)}**`,
    `**${sig.name}**`,
    ...(report.appendices ?? []).flatMap((a, i) => [`**Phụ lục ${party ? i + 1 : ['I', 'II'][i]}**`, `**${up(a.title)}**`, ...(a.blocks ?? []).map(block)]),
  ].join('\n\n');
}
