/**
 * The closed vocabularies of a report: formatting profiles (thể thức), section roles
 * (vai trò của phần) and signing authorities (quyền hạn ký). Kept in one place so the
 * report format, the database, the UI and the exporter agree on every value.
 */

/** Thể thức: which layout rule the exported file follows. */
export const PROFILE_IDS = ['state', 'party', 'youth-union', 'trade-union', 'front'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** What a part of the report is for; drives hints and (later) checks. */
export const SECTION_ROLES = [
  'dissemination',
  'results',
  'assessment',
  'strengths',
  'limitations',
  'causes',
  'lessons',
  'directions',
  'recommendations',
  'other',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** Quyền hạn ký, in the report format's canonical (state) spelling. */
export const AUTHORITIES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export type Authority = (typeof AUTHORITIES)[number];
