/**
 * How much of a Word file we are willing to read. A .docx is a zip: a 60 KB file can claim to
 * hold gigabytes of XML. Real reports stay far below these numbers (a 1,000-page report's
 * document.xml is about 20 MB; its nesting about 30 levels), so only hostile or broken files
 * meet them.
 */
export const WORD_FILE_LIMITS = {
  /** Entries in the package. */
  maxEntries: 5_000,
  /** One part, inflated. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** Every part read from one file, inflated. */
  maxTotalBytes: 160 * 1024 * 1024,
  /** Inflated size per compressed byte, for parts over 1 MB (XML compresses about 10:1). */
  maxRatio: 200,
  /** Element nesting in one XML part. */
  maxXmlDepth: 200,
} as const;
