/** The lines the recogniser gives roles to, in document order: every piece of the file is one of them. */
import type { SourceParagraph } from '../source';
import type { ImportLine, LineRole } from '../lines';
import type { Casing } from '../restore-case';
import { clean } from './patterns';

export class LineLog {
  readonly lines: ImportLine[] = [];
  private nextId = 0;

  constructor(
    readonly casing: Casing,
    /** Read from an old .doc: no bold, centring or Word numbering to go by. */
    readonly textOnly: boolean,
  ) {}

  add(role: LineRole, p: SourceParagraph | null, extra: Partial<ImportLine> = {}): ImportLine {
    const line: ImportLine = {
      id: this.nextId++,
      role,
      source: p ? p.text.replace(/\t+/g, ' ').trim() : '',
      text: p ? clean(p.text) : '',
      runs: p ? p.runs : [],
      ...(p?.suggestions?.length ? { suggestions: p.suggestions } : {}),
      ...(p?.comments?.length ? { comments: p.comments } : {}),
      ...extra,
    };
    this.lines.push(line);
    return line;
  }
}
