/**
 * A minimal ZIP writer for the .docx container, on Node's native deflate. JSZip's pure-JS
 * deflate took ~55 ms of a 100-page export; zlib takes a few. fflate (pure JS, reads and
 * writes) was measured too: 26.6 ms to zip the 97-page bench report against 9.9 ms here, so
 * writing stays here, and reading stays with the bounded reader of word-file/ (jszip is only a
 * test tool). Only what OOXML needs: deflated
 * entries with UTF-8 names, no encryption, no ZIP64 (a report is far below 4 GB).
 */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

/** CRC-32 of the entry, by zlib (Node ≥ 20.15): a JavaScript loop over a megabyte of XML cost several ms cold. */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}

/** MS-DOS date and time fields. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Entries written in order; text is UTF-8. Also the writer of report packages (.baocao). */
export function zip(files: readonly { name: string; content: string | Uint8Array }[], modified: Date): Uint8Array {
  const { time, day } = dosDateTime(modified);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const raw =
      typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
    // Level 3: half the time of level 6 on a 100-page report's 720 KB of XML (6.5 vs 13.4 ms) for a file 20% larger (104 vs 85 KB).
    const data = deflateRawSync(raw, { level: 3 });
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...locals, directory, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
