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
  /**
   * The text part (word/document.xml) the readers can hold in memory: they build a tree of every
   * element, about 40 times the part's size, inside a worker with WORKER_MEMORY_MB. Measured on
   * reports of varied prose: 15 MB (about 2,400 pages as this app writes them) reads in 7 s; 19 MB
   * exhausts the worker. A real report is far below; a longer file is refused at once, by size,
   * with words that say so — not after half a minute as "cấu trúc bất thường".
   */
  maxDocumentXmlBytes: 16 * 1024 * 1024,
} as const;
