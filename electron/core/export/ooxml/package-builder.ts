/**
 * An OPC package (what a .docx is): parts, the relationships between them, and the content
 * types that name each part. The builder hands out relationship ids and writes
 * [Content_Types].xml and every _rels part, so a new kind of part (an image, footnotes,
 * comments) is one `addPart` and one `relate` away.
 */
import { el, NS, XML_DECLARATION } from './xml';
import { zip } from './zip';

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Where a part's relationships live: "word/document.xml" → "word/_rels/document.xml.rels"; the package's in "_rels/.rels". */
function relsPartOf(source: string): string {
  if (source === '') return '_rels/.rels';
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export class PackageBuilder {
  private readonly parts = new Map<string, { content: string; contentType: string }>();
  private readonly relationships = new Map<string, Relationship[]>();

  /** Adds a part at `name` (no leading slash). */
  addPart(name: string, contentType: string, content: string): this {
    if (this.parts.has(name)) throw new Error(`the package already has a part ${name}`);
    this.parts.set(name, { content, contentType });
    return this;
  }

  /**
   * Relates `source` (a part name, or "" for the package) to `target` (relative to the source's
   * folder); returns the relationship id — `id` when given, else the next free "rIdN".
   */
  relate(source: string, type: string, target: string, id?: string): string {
    const list = this.relationships.get(source) ?? [];
    const chosen = id ?? `rId${list.length + 1}`;
    if (list.some((r) => r.id === chosen)) throw new Error(`relationship id ${chosen} is taken in ${source || 'the package'}`);
    list.push({ id: chosen, type, target });
    this.relationships.set(source, list);
    return chosen;
  }

  private contentTypes(): string {
    const overrides = [...this.parts].map(([name, part]) => el('Override', { PartName: `/${name}`, ContentType: part.contentType })).join('');
    return (
      `${XML_DECLARATION}<Types xmlns="${NS.ct}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides}</Types>`
    );
  }

  /** The zipped package; `modified` dates its entries. */
  toZip(modified: Date): Uint8Array {
    const entries = [{ name: '[Content_Types].xml', content: this.contentTypes() }];
    for (const [source, list] of this.relationships) {
      const xml = list.map((r) => el('Relationship', { Id: r.id, Type: r.type, Target: r.target })).join('');
      entries.push({ name: relsPartOf(source), content: `${XML_DECLARATION}<Relationships xmlns="${NS.rel}">${xml}</Relationships>` });
    }
    for (const [name, part] of this.parts) entries.push({ name, content: part.content });
    return zip(entries, modified);
  }
}
