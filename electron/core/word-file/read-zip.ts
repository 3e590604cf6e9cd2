/**
 * Reads entries of a zip (a .docx, later a report package) with limits: the central directory
 * is read first, names are checked, and each entry is inflated with a ceiling on its output, so
 * a zip bomb is refused in milliseconds with bounded memory instead of filling the machine; each
 * entry's CRC-32 is checked, so damaged bytes are refused rather than read as text.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { AppError } from '#shared/contract/errors';
import { WORD_FILE_LIMITS } from './read-limits';
import { zipProblems, type ZipProblems } from '#shared/messages/word-files';

/** Ceilings a zip is read within (a Word file's, a report package's). */
type ZipLimits = Pick<{ [K in keyof typeof WORD_FILE_LIMITS]: number }, 'maxEntries' | 'maxEntryBytes' | 'maxTotalBytes' | 'maxRatio'>;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** The CRC-32 the directory gives for the entry's inflated bytes. */
  crc: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfDirectory(bytes: Buffer): number {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= floor; i -= 1) if (bytes.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** A name that stays inside the package: no absolute path, no drive, no "..". */
function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 512 || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return !name.split(/[\\/]/).some((part) => part === '..');
}

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  private readonly refuse: (problem: (problems: ZipProblems) => string) => AppError;

  /**
   * `problems`: the words for a refusal, which depend on what the zip is meant to be — a Word
   * file's end "save it again from Word", a package's "ask the sender for it again".
   */
  constructor(
    private readonly bytes: Buffer,
    private readonly limits: ZipLimits = WORD_FILE_LIMITS,
    problems: ZipProblems = zipProblems,
  ) {
    this.refuse = (problem) => new AppError('unsupported_file', problem(problems));
    const { refuse } = this;
    const end = bytes.length >= 22 ? findEndOfDirectory(bytes) : -1;
    if (end < 0) throw refuse((p) => p.notZip);
    const count = bytes.readUInt16LE(end + 10);
    const directoryOffset = bytes.readUInt32LE(end + 16);
    if (count > limits.maxEntries) throw refuse((p) => p.tooMany);
    let at = directoryOffset;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw refuse((p) => p.notZip);
      const nameLength = bytes.readUInt16LE(at + 28);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      if (!isSafeEntryName(name)) throw refuse((p) => p.badName(name));
      this.entries.set(name, {
        name,
        method: bytes.readUInt16LE(at + 10),
        crc: bytes.readUInt32LE(at + 16),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeaderOffset: bytes.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The sizes the zip's directory gives for an entry (a file may lie; read() holds the ceiling whatever it says). */
  declaredSizes(name: string): { size: number; compressed: number } | null {
    const entry = this.entries.get(name);
    return entry ? { size: entry.size, compressed: entry.compressedSize } : null;
  }

  /** The entry's bytes, inflated within the limits; null when there is no such entry. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const { limits, refuse } = this;
    const ceiling = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - this.inflated);
    if (entry.size > ceiling) throw refuse((p) => p.tooLarge(name));
    if (entry.size > 1024 * 1024 && entry.size / Math.max(1, entry.compressedSize) > limits.maxRatio) throw refuse((p) => p.tooLarge(name));
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL) throw refuse((p) => p.damaged(name));
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw refuse((p) => p.damaged(name));
    let out: Buffer;
    if (entry.method === 0) out = Buffer.from(data);
    else if (entry.method === 8) {
      try {
        // The declared size may lie: the ceiling holds whatever the data inflates to.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw refuse((p) => p.tooLarge(name));
        throw refuse((p) => p.damaged(name));
      }
    } else throw refuse((p) => p.damaged(name));
    // Bytes changed on the way (a bad disk, a cut download) inflate without error yet are not what was written.
    if (crc32(out) >>> 0 !== entry.crc) throw refuse((p) => p.damaged(name));
    this.inflated += out.length;
    return out;
  }
}
