/** Word measures in twentieths of a point (twips) and half-points; we think in mm and pt. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
