/**
 * A conflict settled part by part: the clerk's report with the received version's text in the
 * parts she chose (the header, the signer, Nơi nhận, the opening, the closing, a part of the
 * outline, a phụ lục), her own everywhere else. A part only the received version has is added at
 * its place's level; a part only hers has and that she chose "theirs" for is removed.
 */
import type { FileSection, ReportFile } from '../report-format/schema';
import { findPart } from '../sign-off/units';

/** A deep copy of plain report data. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase('vi-VN') === b.trim().toLocaleLowerCase('vi-VN');

/** The list of sections a path's last name lives in, creating nothing. */
function siblingsOf(sections: FileSection[], names: readonly string[]): FileSection[] | null {
  let list = sections;
  for (const name of names.slice(0, -1)) {
    const found = list.find((s) => sameTitle(s.title, name));
    if (!found) return null;
    found.children ??= [];
    list = found.children;
  }
  return list;
}

export function takeParts(mine: ReportFile, theirs: ReportFile, parts: readonly string[]): ReportFile {
  const report = clone(mine);
  for (const path of parts) {
    if (path === 'Phần đầu') report.header = { ...theirs.header };
    else if (path === 'Người ký') report.signature = { ...theirs.signature };
    else if (path === 'Nơi nhận') report.recipients = [...theirs.recipients];
    else {
      const target = findPart(report, path);
      const source = findPart(theirs, path);
      if (target && source) target.set(clone(source.get()));
      else if (!target && source) {
        // A part only they have: at its place's level, after the parts before it.
        if (path.startsWith('Phụ lục: ')) (report.appendices ??= []).push({ title: path.slice(9), blocks: clone(source.get()) });
        else {
          const names = path.split(' › ');
          const list = siblingsOf(report.sections, names);
          if (list) list.push({ title: names[names.length - 1]!, role: 'other', blocks: clone(source.get()) });
        }
      } else if (target && !source) {
        // A part they removed, and the clerk chose their version of it: it goes.
        if (path.startsWith('Phụ lục: ')) report.appendices = (report.appendices ?? []).filter((a) => !sameTitle(a.title, path.slice(9)));
        else if (path !== 'Mở đầu' && path !== 'Kết thúc') {
          const names = path.split(' › ');
          const list = siblingsOf(report.sections, names);
          if (list)
            list.splice(
              list.findIndex((s) => sameTitle(s.title, names[names.length - 1]!)),
              1,
            );
        }
      }
    }
  }
  return report;
}
