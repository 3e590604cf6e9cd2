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
    const line = this.make(this.nextId++, role, p, extra);
    this.lines.push(line);
    return line;
  }

  /**
   * A place in reading order for a line whose role is decided later (the cơ quan's names, known
   * only once the whole header is read): the lines stay in the document's order.
   */
  reserve(): number {
    const id = this.nextId++;
    this.lines.push(this.make(id, 'unplaced', null, {}));
    return id;
  }

  fill(id: number, role: LineRole, p: SourceParagraph | null, extra: Partial<ImportLine> = {}): ImportLine {
    const at = this.lines.findIndex((l) => l.id === id);
    const line = this.make(id, role, p, extra);
    this.lines[at] = line;
    return line;
  }

  private make(id: number, role: LineRole, p: SourceParagraph | null, extra: Partial<ImportLine>): ImportLine {
    return {
      id,
      role,
      source: p ? p.text.replace(/\t+/g, ' ').trim() : '',
      text: p ? clean(p.text) : '',
      runs: p ? p.runs : [],
      ...(p?.at !== undefined ? { at: p.at } : {}),
      ...(p?.align === 'center' ? { centred: true as const } : {}),
      ...(p?.suggestions?.length ? { suggestions: p.suggestions } : {}),
      ...(p?.comments?.length ? { comments: p.comments } : {}),
      ...extra,
    };
  }
}
