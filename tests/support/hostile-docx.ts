/**
 * Word files built to hurt: zip bombs (one huge part, or many entries sharing one huge stream),
 * parts that are empty or not XML, XML nested twenty thousand levels deep, entry names that
 * climb out of the package. Written by hand so nothing sanitises them on the way.
 */
import { deflateRawSync } from 'node:zlib';
import { zip } from '../../electron/core/zip/write-zip';

interface RawEntry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Buffer;
  size: number;
}

/** A zip whose entries may share one local record (`sameData`), the trick of overlapping zip bombs. */
export function rawZip(entries: readonly RawEntry[], options: { sameData?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let sharedOffset = -1;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    let here = offset;
    if (!options.sameData || sharedOffset < 0) {
      locals.push(local, name, entry.data);
      sharedOffset = offset;
      offset += 30 + name.length + entry.data.length;
    } else here = sharedOffset;
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(entry.size >>> 0, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(here, 42);
    central.push(record, name);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A deflated stream of `megabytes` MB of one repeated XML element, built a megabyte at a time. */
function deflatedRepeat(megabytes: number): { data: Buffer; size: number } {
  const oneMb = Buffer.from('<w:p/>'.repeat(Math.ceil((1024 * 1024) / 6)).slice(0, 1024 * 1024));
  // Deflate of a repeated megabyte: the compressor finds the repeats within its window.
  const whole = Buffer.concat(Array.from({ length: megabytes }, () => oneMb));
  return { data: deflateRawSync(whole, { level: 9 }), size: whole.length };
}

type HostileKind = 'bomb' | 'overlapping-bomb' | 'empty-document' | 'not-xml' | 'deep-nesting' | 'escaping-name' | 'damaged-bytes';
const made = new Map<HostileKind, Buffer>();

/** Built once per kind: compressing 300 MB takes a second or two. */
export function hostileDocx(kind: HostileKind): Buffer {
  let bytes = made.get(kind);
  if (!bytes) made.set(kind, (bytes = buildHostile(kind)));
  return bytes;
}

function buildHostile(kind: HostileKind): Buffer {
  const part = (name: string, content: string): RawEntry => {
    const bytes = Buffer.from(content, 'utf8');
    return { name, data: deflateRawSync(bytes), size: bytes.length };
  };
  switch (kind) {
    case 'bomb': {
      const huge = deflatedRepeat(300);
      return rawZip([part('[Content_Types].xml', CONTENT_TYPES), { name: 'word/document.xml', ...huge }]);
    }
    case 'overlapping-bomb': {
      const big = deflatedRepeat(60);
      // The same 60 MB stream under many names: each is within one part's limit, together they are not.
      return rawZip([{ name: 'word/document.xml', ...big }, ...Array.from({ length: 12 }, (_, i) => ({ name: `word/header${i + 1}.xml`, ...big }))], {
        sameData: true,
      });
    }
    case 'empty-document':
      return Buffer.from(
        zip(
          [
            { name: '[Content_Types].xml', content: CONTENT_TYPES },
            { name: 'word/document.xml', content: '' },
          ],
          new Date(2026, 0, 1),
        ),
      );
    case 'not-xml':
      return Buffer.from(
        zip(
          [
            { name: '[Content_Types].xml', content: CONTENT_TYPES },
            { name: 'word/document.xml', content: 'Đây là văn bản thường, không phải XML <<<' },
          ],
          new Date(2026, 0, 1),
        ),
      );
    case 'deep-nesting': {
      // Below the size at which the ratio check speaks first, deep enough to exhaust a recursive reader.
      const depth = 20_000;
      const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:tbl>'.repeat(depth)}${'</w:tbl>'.repeat(depth)}</w:body></w:document>`;
      return Buffer.from(
        zip(
          [
            { name: '[Content_Types].xml', content: CONTENT_TYPES },
            { name: 'word/document.xml', content: xml },
          ],
          new Date(2026, 0, 1),
        ),
      );
    }
    case 'damaged-bytes': {
      // A sound file whose document part no longer matches its CRC-32: bytes changed on a bad disk or a cut copy.
      const sound = Buffer.from(
        zip(
          [
            { name: '[Content_Types].xml', content: CONTENT_TYPES },
            {
              name: 'word/document.xml',
              content:
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:body></w:document>',
            },
          ],
          new Date(2026, 0, 1),
        ),
      );
      const record = sound.lastIndexOf(Buffer.from('word/document.xml')) - 46;
      if (sound.readUInt32LE(record) !== 0x02014b50) throw new Error('damaged-bytes: central record not found');
      sound.writeUInt32LE((sound.readUInt32LE(record + 16) ^ 0x5a5a5a5a) >>> 0, record + 16);
      return sound;
    }
    case 'escaping-name':
      return rawZip([part('[Content_Types].xml', CONTENT_TYPES), part('../../Windows/system.ini', 'x'), part('word/document.xml', '<w:document/>')]);
  }
}
