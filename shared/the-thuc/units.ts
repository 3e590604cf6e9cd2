/**
 * The page and its units, in one place: A4, and the conversions between the millimetres and
 * points the profiles speak and the twips, half-points and EMUs Word writes.
 */
export const A4_MM = { width: 210, height: 297 } as const;

export const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;
const TWIPS_PER_INCH = 1440;
const EMU_PER_MM = 36_000;

export const ptToMm = (pt: number): number => (pt * MM_PER_INCH) / PT_PER_INCH;
export const mmToPt = (mm: number): number => (mm * PT_PER_INCH) / MM_PER_INCH;
export const mmToTwip = (mm: number): number => Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
/** Twips to millimetres, to a tenth (what a finding shows). */
export const twipToMm = (twip: number): number => Math.round(((twip * MM_PER_INCH) / TWIPS_PER_INCH) * 10) / 10;
export const emuToMm = (emu: number): number => Math.round((emu / EMU_PER_MM) * 10) / 10;
/** A4 in twips, as Word stores it (11906 × 16838). */
export const A4_TWIPS = { width: mmToTwip(A4_MM.width), height: mmToTwip(A4_MM.height) } as const;
