/**
 * The Word importer's corpus and its yardstick, shared by the accuracy tests and
 * bench/import-accuracy.ts:
 * - reports of every template in every profile, filled with varied content (parts and sub-parts,
 *   paragraphs with marks, dash items, tables, Kính gửi, phụ lục), exported by our exporter;
 * - the same reports as other programs write them (hand-written OOXML with Word numbering,
 *   heading styles or none, one-cell header tables, text boxes, TCVN3 fonts);
 * - `compareImport`: what came back of the original, field by field, text by text.
 */
import JSZip from 'jszip';
import type { Block, FileSection, ReportFile, Run } from '#shared/report-format/schema';
import { REPORT_FORMAT_ID } from '#shared/report-format/schema';
import { PROFILE_IDS } from '#shared/domain/vocabulary';
import { REPORT_TEMPLATES, type SectionDraft } from '#shared/domain/templates';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { padDocumentNumber } from '#shared/the-thuc/header-lines';
import { blockFromFile } from '#shared/domain/report';
import { asPrinted } from '#shared/domain/indicators';
import { outlineLabel } from '#shared/domain/numbering';

const SENTENCES = [
  'Ngay sau khi văn bản được ban hành, đơn vị đã tổ chức hội nghị quán triệt cho 100% cán bộ, đảng viên và người lao động.',
  'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 82,5%, tăng 12,3% so với cùng kỳ năm 2025.',
  'Công tác phối hợp giữa Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội được duy trì thường xuyên.',
  'Thu ngân sách trên địa bàn đạt 1.523 triệu đồng, bằng 104,6% dự toán Hội đồng nhân dân giao.',
  'Tuy nhiên, việc ứng dụng công nghệ thông tin ở một số thôn, tổ dân phố còn chậm, hạ tầng mạng chưa đồng bộ.',
  'Phong trào thi đua yêu nước được Nhân dân đồng tình hưởng ứng, nhiều mô hình hay được nhân rộng.',
];

function pick(seed: number, n: number): string {
  return SENTENCES[(seed * 7 + n * 3) % SENTENCES.length] as string;
}

function content(seed: number, depth: number): Block[] {
  const blocks: Block[] = [{ type: 'paragraph', runs: [{ text: pick(seed, 0) }] }];
  if (seed % 2 === 0)
    blocks.push({ type: 'paragraph', runs: [{ text: 'Kết quả: ', bold: true }, { text: pick(seed, 1) }, { text: ' (số liệu chính thức)', italic: true }] });
  if (seed % 3 === 0)
    blocks.push({
      type: 'bullets',
      items: [
        { runs: [{ text: 'Tuyên truyền trên hệ thống loa truyền thanh;' }] },
        { runs: [{ text: 'Tổ chức 12 hội nghị chuyên đề;' }], level: 2 },
        { runs: [{ text: 'Đăng tải tin, bài trên trang thông tin điện tử.' }] },
      ],
    });
  if (seed % 4 === 1 && depth <= 2)
    blocks.push({
      type: 'table',
      caption: `Bảng ${seed}. Một số chỉ tiêu chủ yếu`,
      header: ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'],
      rows: [
        ['Hồ sơ trực tuyến', '1.523', '1.874'],
        ['Tỷ lệ đúng hạn', '95,2%', '98,1%'],
      ],
    });
  return blocks;
}

function fill(drafts: readonly SectionDraft[], seed: { n: number }, depth: number): FileSection[] {
  return drafts.map((draft) => {
    seed.n += 1;
    const children = fill(draft.children ?? [], seed, depth + 1);
    // A part with sub-parts often has no text of its own.
    return { role: draft.role, title: draft.title, blocks: children.length > 0 && seed.n % 2 === 0 ? [] : content(seed.n, depth), children };
  });
}

export interface CorpusReport {
  name: string;
  report: ReportFile;
}

/** Every template in every profile, filled; every other one with Kính gửi and a phụ lục, one in parts. */
export function corpusReports(): CorpusReport[] {
  const out: CorpusReport[] = [];
  let i = 0;
  for (const template of REPORT_TEMPLATES) {
    for (const profile of PROFILE_IDS) {
      i += 1;
      const layout = getLayoutProfile(profile);
      const period = i % 2 === 0 ? '6 tháng đầu năm 2026' : 'quý III năm 2026';
      const party = layout.family === 'party';
      const sections = fill(template.sections, { n: i }, 1);
      const parts = i % 5 === 3;
      const report: ReportFile = {
        format: REPORT_FORMAT_ID,
        profile,
        period,
        ...(parts ? { outline: 'parts' as const } : {}),
        header: {
          parentBody: layout.examples.parentBody,
          issuingBody: layout.examples.issuingBody,
          number: i % 3 === 0 ? '' : String(i + 3),
          symbol: layout.examples.symbol,
          place: 'Nghĩa Lộ',
          date: i % 3 === 0 ? null : `2026-0${(i % 9) + 1}-1${i % 10}`,
          docType: 'BÁO CÁO',
          summary: template.summaryFor(period, profile),
          ...(!party && i % 2 === 0
            ? { addressees: i % 4 === 0 ? ['Ủy ban nhân dân tỉnh Quảng Ngãi'] : ['Sở Nội vụ tỉnh Quảng Ngãi', 'Văn phòng Ủy ban nhân dân tỉnh'] }
            : {}),
        },
        opening: [
          {
            type: 'paragraph',
            runs: [{ text: `Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026, ${layout.examples.issuingBody.toLowerCase()} báo cáo kết quả như sau:` }],
          },
        ],
        sections: parts
          ? [
              { title: 'Kết quả thực hiện nhiệm vụ', children: sections.slice(0, 2) },
              { title: 'Phương hướng, nhiệm vụ thời gian tới', children: sections.slice(2) },
            ]
          : sections,
        closing: [{ type: 'paragraph', runs: [{ text: `Trên đây là báo cáo ${period} của đơn vị.` }] }],
        ...(i % 2 === 1
          ? {
              appendices: [
                {
                  title: 'Số liệu chi tiết của các đơn vị',
                  blocks: [
                    {
                      type: 'table' as const,
                      header: ['Đơn vị', 'Số hồ sơ'],
                      rows: [
                        ['Thôn An Phú', '312'],
                        ['Thôn Phú Hòa', '287'],
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
        signature: {
          authority: 'TM.',
          onBehalfOf: layout.conventions.signer.onBehalfOf,
          position: layout.conventions.signer.position,
          name: i % 2 === 0 ? 'Nguyễn Văn An' : 'Trần Thị Bích Ngọc',
        },
        recipients: ['Thường trực cấp ủy', ...layout.conventions.recipients],
      };
      out.push({ name: `${template.id}/${profile}`, report });
    }
  }
  return out;
}

// ---- Comparing what came back -------------------------------------------------------------

const upper = (t: string) => t.toLocaleUpperCase('vi-VN');
const bare = (t: string) => t.replace(/\s+/g, ' ').trim();
const recipientKey = (t: string) =>
  bare(t)
    .replace(/^[-–+]\s*/, '')
    .replace(/[;.,]+$/, '');

interface Counted {
  found: number;
  total: number;
  /** What of the original did not come back (for the bench's details). */
  missing: string[];
}

export interface ImportScore {
  header: { same: boolean; differences: string[] };
  titles: Counted;
  texts: Counted;
  /** The same texts without bold and italic (what a text-only reader can give back). */
  plainTexts: Counted;
  tables: Counted;
  signer: boolean;
  recipients: boolean;
}

function hasContent(section: FileSection): boolean {
  return (section.blocks ?? []).length > 0 || (section.children ?? []).some(hasContent);
}

/** Titles with their depth, in order, as the exporter writes them (empty parts are left out). */
function titles(sections: readonly FileSection[], depth = 1): string[] {
  return sections.filter(hasContent).flatMap((s) => [`${depth}:${bare(s.title)}`, ...titles(s.children ?? [], depth + 1)]);
}

function blocksOf(file: ReportFile): Block[] {
  const inSections = (sections: readonly FileSection[]): Block[] => sections.flatMap((s) => [...(s.blocks ?? []), ...inSections(s.children ?? [])]);
  return [...(file.opening ?? []), ...inSections(file.sections), ...(file.closing ?? []), ...(file.appendices ?? []).flatMap((a) => a.blocks ?? [])];
}

/** Every paragraph and dash item as text (marks as **…** and _…_ so lost bold counts as a loss). */
function texts(file: ReportFile, withMarks = true): string[] {
  // Spaces at a run's edge belong to no mark (Word and LibreOffice put them either side).
  const marked = (runs: readonly Run[]) =>
    runs
      .map((r) => {
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text) ?? [];
        return core === '' || !withMarks ? r.text : `${lead}${r.bold ? `**${core}**` : r.italic ? `_${core}_` : core}${trail}`;
      })
      .join('')
      .replace(/\*\*(\s*)\*\*/g, '$1')
      .replace(/_(\s*)_/g, '$1');
  return blocksOf(file)
    .flatMap((block) => {
      const b = blockFromFile(block);
      if (b.type === 'paragraph') return [bare(marked(b.runs)).replace(/\.\/\.$/, '.')];
      if (b.type === 'bullets') return b.items.map((item) => `${withMarks ? `${item.level}:` : ''}${bare(marked(item.runs)).replace(/\.\/\.$/, '.')}`);
      return [];
    })
    .filter((t) => t !== '' && !/^\d:$/.test(t));
}

function tables(file: ReportFile): string[] {
  return blocksOf(file).flatMap((b) => (b.type === 'table' ? [JSON.stringify([b.caption ?? '', b.header, b.rows])] : []));
}

function countFound(expected: readonly string[], got: readonly string[]): Counted {
  const pool = new Map<string, number>();
  for (const g of got) pool.set(g, (pool.get(g) ?? 0) + 1);
  let found = 0;
  const missing: string[] = [];
  for (const e of expected) {
    const left = pool.get(e) ?? 0;
    if (left > 0) {
      found += 1;
      pool.set(e, left - 1);
    } else missing.push(e);
  }
  return { found, total: expected.length, missing };
}

/**
 * What came back, judged as the exported Word file shows it: names, signer lines and level-1
 * titles are written in capitals, so those compare in capitals; everything else exactly.
 */
export function compareImport(original: ReportFile, imported: ReportFile): ImportScore {
  const o = original.header;
  const g = imported.header;
  const differences: string[] = [];
  const same = (field: string, a: string, b: string) => {
    if (a !== b) differences.push(`${field}: «${a}» ≠ «${b}»`);
  };
  same('profile', original.profile, imported.profile);
  same('parentBody', upper(bare(o.parentBody ?? '')), upper(bare(g.parentBody ?? '')));
  same('issuingBody', upper(bare(o.issuingBody)), upper(bare(g.issuingBody)));
  same('number', padDocumentNumber(o.number), padDocumentNumber(g.number));
  same('symbol', o.symbol, g.symbol);
  same('place', o.place, g.place);
  same('date', String(o.date), String(g.date));
  same('summary', bare(o.summary), bare(g.summary));
  const party = getLayoutProfile(original.profile).family === 'party';
  same('addressees', party ? '' : (o.addressees ?? []).join('|'), (g.addressees ?? []).join('|'));
  const signer = (f: ReportFile) =>
    [f.signature.authority, upper(bare(f.signature.onBehalfOf)), upper(bare(f.signature.position)), bare(f.signature.name)].join('|');
  const recipients = (f: ReportFile) =>
    f.recipients
      .map(recipientKey)
      .filter((r) => r !== '' && !/^Như trên$/i.test(r))
      .join('|');
  return {
    header: { same: differences.length === 0, differences },
    titles: countFound(titles(original.sections), titles(imported.sections)),
    texts: countFound(texts(original), texts(imported)),
    plainTexts: countFound(texts(original, false), texts(imported, false)),
    tables: countFound(tables(original), tables(imported)),
    signer: signer(original) === signer(imported),
    recipients: recipients(original) === recipients(imported),
  };
}

// ---- The same report as other programs write it --------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export type ForeignStyle = 'numbering' | 'heading-styles' | 'plain' | 'one-cell-header' | 'text-box-header' | 'tcvn3';

/** TCVN3 bytes of Unicode text (the inverse of the converter), for files typed with .VnTime. */
export function toTcvn3(text: string): string {
  const table = 'ĂÂÊÔƠƯĐăâêôơưđẰ_____àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵ';
  const map = new Map<string, string>();
  [...table].forEach((letter, i) => {
    if (letter !== '_' && !map.has(letter)) map.set(letter, String.fromCharCode(0xa1 + i));
  });
  return [...text.normalize('NFC')].map((ch) => map.get(ch) ?? ch).join('');
}

/**
 * A Word file of `report` as another program writes it: formatting on runs, labels as Word
 * numbering or typed text, headings by style or by bold only, the header in a one-cell table
 * or a text box, or every letter in TCVN3 with .VnTime fonts.
 */
export async function foreignDocx(report: ReportFile, style: ForeignStyle): Promise<Uint8Array> {
  const font = style === 'tcvn3' ? '.VnTime' : 'Times New Roman';
  const enc = (t: string) => (style === 'tcvn3' ? toTcvn3(t) : t);
  const oneRun = (text: string, runFont: string, o: { b?: boolean; i?: boolean }) =>
    `<w:r><w:rPr><w:rFonts w:ascii="${runFont}" w:hAnsi="${runFont}"/>${o.b ? '<w:b/>' : ''}${o.i ? '<w:i/>' : ''}<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  // TCVN3 has no capitals with tones in .VnTime: typists set them in the capitals font .VnTimeH, as lower-case bytes.
  const run = (text: string, o: { b?: boolean; i?: boolean } = {}) => {
    if (style !== 'tcvn3') return oneRun(text, font, o);
    const pieces: { text: string; capitals: boolean }[] = [];
    for (const ch of text.normalize('NFC')) {
      const capitals = ch !== ch.toLocaleLowerCase('vi-VN') && toTcvn3(ch) === ch && ch.charCodeAt(0) > 0x7f;
      const last = pieces[pieces.length - 1];
      if (last && last.capitals === capitals) last.text += ch;
      else pieces.push({ text: ch, capitals });
    }
    return pieces.map((p) => (p.capitals ? oneRun(enc(p.text.toLocaleLowerCase('vi-VN')), '.VnTimeH', o) : oneRun(enc(p.text), font, o))).join('');
  };
  const runsXml = (runs: readonly Run[]) => runs.map((r) => run(r.text, { b: r.bold, i: r.italic })).join('');
  const para = (content: string, o: { jc?: string; pStyle?: string; numId?: number; ilvl?: number } = {}) =>
    `<w:p><w:pPr>${o.pStyle ? `<w:pStyle w:val="${o.pStyle}"/>` : ''}${o.numId ? `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>` : ''}<w:jc w:val="${o.jc ?? 'both'}"/></w:pPr>${content}</w:p>`;
  const layout = getLayoutProfile(report.profile);
  const h = report.header;
  const up = (t: string) => t.toLocaleUpperCase('vi-VN');
  const party = layout.family === 'party';
  const numberText = party ? `Số ${padDocumentNumber(h.number) || '     '}-${h.symbol}` : `Số: ${padDocumentNumber(h.number) || '     '}/${h.symbol}`;
  const [y, m, d] = (h.date ?? '').split('-');
  const dateText = h.date ? `${h.place}, ngày ${d} tháng ${m} năm ${y}` : `${h.place}, ngày     tháng     năm 2026`;
  const leftCol = [
    para(run(up(h.parentBody ?? '')), { jc: 'center' }),
    para(run(up(h.issuingBody), { b: true }), { jc: 'center' }),
    para(run(party ? '*' : '-----'), { jc: 'center' }),
    para(run(numberText), { jc: 'center' }),
  ].join('');
  const rightCol = [
    ...layout.nationalLines.map((l) => para(run(l.text, { b: true }), { jc: 'center' })),
    para(run('-------------'), { jc: 'center' }),
    para(run(dateText, { i: true }), { jc: 'center' }),
  ].join('');
  const cell = (w: number, c: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${c}</w:tc>`;
  let header: string;
  if (style === 'one-cell-header')
    header = `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="9600"/></w:tblGrid><w:tr>${cell(9600, rightCol + leftCol)}</w:tr></w:tbl>`;
  else if (style === 'text-box-header')
    header = [leftCol, rightCol]
      .map(
        (c) =>
          `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${c}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${c}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      )
      .join('');
  else
    header = `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5600"/></w:tblGrid><w:tr>${cell(4000, leftCol)}${cell(5600, rightCol)}</w:tr></w:tbl>`;

  const body: string[] = [
    para(run(up(h.docType ?? 'BÁO CÁO'), { b: true }), { jc: 'center' }),
    para(run(h.summary, { b: true }), { jc: 'center' }),
    para(run('--------'), { jc: 'center' }),
  ];
  if (!party && h.addressees && h.addressees.length > 0) {
    if (h.addressees.length === 1) body.push(para(run(`Kính gửi: ${h.addressees[0]}`), { jc: 'center' }));
    else
      body.push(
        para(run('Kính gửi:'), { jc: 'center' }),
        ...h.addressees.map((a, i) => para(run(`- ${a}${i === h.addressees!.length - 1 ? '.' : ';'}`), { jc: 'center' })),
      );
  }
  const blockXml = (block: Block): string[] => {
    const b = asPrinted(blockFromFile(block));
    if (b.type === 'paragraph') return [para(runsXml(b.runs))];
    if (b.type === 'bullets')
      return b.items.map((item) =>
        style === 'numbering' ? para(runsXml(item.runs), { numId: 2, ilvl: item.level - 1 }) : para(run(item.level === 2 ? '+ ' : '- ') + runsXml(item.runs)),
      );
    const row = (cells: readonly string[], head: boolean) => `<w:tr>${cells.map((c) => cell(3000, para(run(c, { b: head }), { jc: 'left' }))).join('')}</w:tr>`;
    return [
      ...(b.caption ? [para(run(b.caption, { b: true }), { jc: 'center' })] : []),
      `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${row(b.header, true)}${b.rows.map((r) => row(r, false)).join('')}</w:tbl>`,
    ];
  };
  const outline = report.outline ?? 'sections';
  const sectionXml = (sections: readonly FileSection[], depth: number): string[] => {
    let index = 0;
    return sections.filter(hasContent).flatMap((s) => {
      index += 1;
      const label = outlineLabel(outline, depth, index);
      const level = outline === 'parts' ? depth - 1 : depth;
      const shown = level <= 1 ? up(s.title) : s.title;
      let heading: string[];
      if (outline === 'parts' && depth === 1)
        heading = [para(run(label, { b: true }), { jc: 'center' }), para(run(up(s.title), { b: true }), { jc: 'center' })];
      else if (style === 'numbering' && level <= 2) heading = [para(run(shown, { b: true }), { numId: 1, ilvl: level - 1 })];
      else if (style === 'heading-styles') heading = [para(run(`${label} ${shown}`), { pStyle: `Heading${level}` })];
      else heading = [para(run(`${label} ${shown}`, { b: level <= 2 }))];
      return [...heading, ...(s.blocks ?? []).flatMap(blockXml), ...sectionXml(s.children ?? [], depth + 1)];
    });
  };
  body.push(...(report.opening ?? []).flatMap(blockXml), ...sectionXml(report.sections, 1), ...(report.closing ?? []).flatMap(blockXml));
  const s = report.signature;
  const authority = s.authority === '' ? '' : (layout.authorityLabels[s.authority] ?? s.authority);
  const sign = [
    para(run(up(`${authority} ${s.onBehalfOf}`.trim()), { b: true }), { jc: 'center' }),
    para(run(up(s.position), { b: true }), { jc: 'center' }),
    para(''),
    para(''),
    para(run(s.name, { b: true }), { jc: 'center' }),
  ].join('');
  const recipients = [
    para(run('Nơi nhận:', { b: true, i: true }), { jc: 'left' }),
    ...report.recipients.map((r, i) => para(run(`- ${r.replace(/[;.]+$/, '')}${i === report.recipients.length - 1 ? '.' : ';'}`), { jc: 'left' })),
  ].join('');
  body.push(
    `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4300"/><w:gridCol w:w="5300"/></w:tblGrid><w:tr>${cell(4300, recipients)}${cell(5300, sign)}</w:tr></w:tbl>`,
  );
  (report.appendices ?? []).forEach((a, i) => {
    body.push(
      para(run(`Phụ lục ${party ? i + 1 : ['I', 'II', 'III'][i]}`, { b: true }), { jc: 'center' }),
      para(run(up(a.title), { b: true }), { jc: 'center' }),
      ...(a.blocks ?? []).flatMap(blockXml),
    );
  });

  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${[1, 2, 3, 4].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`).join('')}</w:styles>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  zip.file('word/styles.xml', styles);
  zip.file('word/numbering.xml', numbering);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${header}${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
