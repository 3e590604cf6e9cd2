/**
 * The body of the export view: headings numbered by position (with an optional Phần level),
 * content blocks, and tables with their column alignment and orientation decided.
 */
import { indicatorTableOf } from '../domain/indicators';
import { alignOf, blockHasContent, type Block } from '../domain/report';
import { leftOutWhenEmpty } from '../domain/empty-parts';
import { depthUnderOwnLabels, outlineLabel, ownLabelOf, type OwnLabel } from '../domain/numbering';
import type { SectionContent } from '../domain/report-file-mapping';
import type { Outline, Run } from '../report-format/schema';
import { figureColumns } from '../the-thuc/figure-columns';

type CellAlign = 'left' | 'right';

export type BodyItem =
  | { kind: 'part'; label: string; title: string }
  | { kind: 'heading'; depth: number; text: string; bold: boolean }
  /** keepNext: stays on the page of what follows (the last one goes with the signature). */
  | { kind: 'paragraph'; runs: Run[]; keepNext?: boolean; align?: 'center' }
  /** A dash item; level 2 is the "+" item under a "-" item. */
  | { kind: 'bullet'; runs: Run[]; level: 1 | 2; keepNext?: boolean }
  /** keepNext: its last row stays on the page of what follows (a table that ends the content goes with the signature). */
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][]; align: CellAlign[]; landscape: boolean; keepNext?: boolean };

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** Figures columns are right-aligned, so digits line up (figure-columns.ts: the checker judges by the same rule). */
export function columnAlignment(header: readonly string[], rows: readonly (readonly string[])[], columns: number): CellAlign[] {
  return figureColumns(header, rows, columns).map((figures) => (figures ? 'right' : 'left'));
}

/** More than six columns do not fit 16 cm at a readable size: such a table gets a landscape page (ND30 §1.1). */
const LANDSCAPE_FROM_COLUMNS = 7;

/** Runs without the spaces at either end of the line; runs left empty are dropped (not one that carries a footnote's number). */
function trimRuns(runs: readonly Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length > 0) out[0]!.text = out[0]!.text.replace(/^\s+/, '');
  if (out.length > 0) out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, '');
  const kept = out.filter((r) => r.text !== '' || r.footnote);
  // A run may have become empty at one end: trim again at the new ends.
  return kept.length === out.length ? kept : trimRuns(kept);
}

/** The same runs with the text of the last one ended by `end`. */
function withLastRunText(runs: readonly Run[], end: (text: string) => string): Run[] {
  const out = [...runs];
  const lastRun = out[out.length - 1];
  if (lastRun) out[out.length - 1] = { ...lastRun, text: end(lastRun.text) };
  return out;
}

export function blockItems(block: Block): BodyItem[] {
  if (!blockHasContent(block)) return [];
  switch (block.type) {
    case 'indicators':
      return blockItems(indicatorTableOf(block));
    case 'paragraph':
      return [{ kind: 'paragraph', runs: block.runs, ...alignOf(block) }];
    case 'bullets':
      return block.items.flatMap((item): BodyItem[] => {
        const runs = trimRuns(item.runs);
        return runs.length === 0 ? [] : [{ kind: 'bullet', runs, level: item.level }];
      });
    case 'table': {
      const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
      return [
        {
          kind: 'table',
          caption: block.caption,
          header: block.header,
          rows: block.rows,
          align: columnAlignment(block.header, block.rows, columns),
          landscape: columns >= LANDSCAPE_FROM_COLUMNS,
        },
      ];
    }
  }
}

function headingItem(outline: Outline, depth: number, index: number, title: string): BodyItem {
  const label = outlineLabel(outline, depth, index);
  if (outline === 'parts' && depth === 1) return { kind: 'part', label, title: upper(title.trim()) };
  const level = outline === 'parts' ? depth - 1 : depth;
  const shown = level === 1 ? upper(title.trim()) : title.trim();
  // ND30 / HD 05: mục and khoản with a title are bold; điểm and deeper are upright.
  return { kind: 'heading', depth: level, text: shown === '' ? label : `${label} ${shown}`, bold: level <= 2 };
}

/** A chương or mục on a line of its own, its title in capitals under it; an điều on one line, bold (ND30 Phụ lục I §II.6.đ). */
function ownLabelItem(own: OwnLabel, depth: number, title: string): BodyItem {
  if (own.kind === 'dieu') return { kind: 'heading', depth, text: title.trim(), bold: true };
  return { kind: 'part', label: own.label, title: upper(own.title) };
}

/** Where a list of sections stands: its depth, and how many labelled sections (a chương, an điều …) hold it. */
interface Place {
  depth: number;
  ownAbove: number;
  underDieu: boolean;
}

/**
 * Items for a list of sections of a report of `kind`. The empty ones its template proposed are left
 * out (and named in `omitted`) so numbers never skip; see leftOutWhenEmpty.
 */
export function sectionItems(outline: Outline, kind: string | undefined, sections: readonly SectionContent[], depth: number, omitted: string[]): BodyItem[] {
  return itemsAt(outline, kind, sections, { depth, ownAbove: 0, underDieu: false }, omitted);
}

function itemsAt(outline: Outline, kind: string | undefined, sections: readonly SectionContent[], place: Place, omitted: string[]): BodyItem[] {
  const items: BodyItem[] = [];
  let index = 0;
  for (const section of sections) {
    if (leftOutWhenEmpty(kind, section)) {
      // A part with no title is nothing to name.
      if (section.title.trim() !== '') omitted.push(section.title);
      continue;
    }
    const own = ownLabelOf(section.title);
    if (own) items.push(ownLabelItem(own, place.depth, section.title));
    else {
      index += 1;
      items.push(headingItem(outline, depthUnderOwnLabels(place.depth, place.ownAbove, place.underDieu), index, section.title));
    }
    for (const block of section.blocks ?? []) items.push(...blockItems(block));
    const inner = { depth: place.depth + 1, ownAbove: place.ownAbove + (own ? 1 : 0), underDieu: place.underDieu || own?.kind === 'dieu' };
    items.push(...itemsAt(outline, kind, section.children ?? [], inner, omitted));
  }
  return items;
}

/** "./." after the last sentence (ND30), or a full stop (HD 05); after a table, on its own line. */
export function withContentEnding(body: BodyItem[], ending: string): BodyItem[] {
  const last = body[body.length - 1];
  const endText = (text: string) => {
    const trimmed = text.replace(/\s+$/, '');
    // The clerk may have typed the end mark already: it is never doubled ("././.").
    if (trimmed.endsWith(ending)) return trimmed;
    if (ending === '.') return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed.replace(/[;,:]$/, '')}.`;
    return /[.]$/.test(trimmed) ? `${trimmed}/.` : `${trimmed.replace(/[;,:]$/, '')}${ending}`;
  };
  if (last?.kind === 'paragraph' || last?.kind === 'bullet') return [...body.slice(0, -1), { ...last, runs: withLastRunText(last.runs, endText) }];
  // After a table: ND30's "./." stands on its own line; HD 05's full stop has nothing to end.
  if (last === undefined || ending === '.') return body;
  return [...body, { kind: 'paragraph', runs: [{ text: ending }] }];
}

/**
 * The signature is never alone on the last page: the last paragraph (or dash item, or the
 * last row of a table) of the body stays with it. One rule for the Word file and the print preview, so they agree on where the
 * signature falls.
 */
export function keepLastWithSignature(body: BodyItem[], contentEnding: string): BodyItem[] {
  const last = body[body.length - 1];
  if (!last || last.kind === 'part' || last.kind === 'heading') return body;
  const kept = [...body.slice(0, -1), { ...last, keepNext: true }];
  // ND30's "./." on its own line after a table is not text enough: the table's last row comes too.
  const before = kept[kept.length - 2];
  const onlyTheEnding =
    last.kind === 'paragraph' &&
    last.runs
      .map((r) => r.text)
      .join('')
      .trim() === contentEnding;
  if (onlyTheEnding && before?.kind === 'table') kept[kept.length - 2] = { ...before, keepNext: true };
  return kept;
}
