/** Word measures in twentieths of a point (twips) and half-points; we think in mm and pt. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** Exact A4 in twips (210 × 297 mm); docx's own mm helper floors to 11905 × 16837. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
