/**
 * "Đơn vị của tôi": the clerk's own unit, entered once. Every new report starts from it — the
 * thể thức, the header names, the ký hiệu, the place, the usual signer and nơi nhận.
 */
import type { Signature } from '../report-format/schema';
import { getLayoutProfile } from '../the-thuc/profiles';
import { inSentenceName } from '../text/organization-names';
import type { ProfileId } from './vocabulary';

export interface Organization {
  profile: ProfileId;
  parentBody: string;
  issuingBody: string;
  /** Ký hiệu of the unit's reports, e.g. `BC-UBND` or, for Party bodies, `BC/ĐU`. */
  symbol: string;
  place: string;
  signature: Signature;
  recipients: string[];
  /** One tone-mark style for the unit's documents: "new" hòa, thủy (as CỘNG HÒA is printed) or "old" hoà, thuỷ. */
  toneStyle?: 'new' | 'old';
  /** The unit's choice between kỹ/kĩ, lý/lí, quy/qui; absent: both accepted (the default). */
  iyStyle?: 'i' | 'y';
  /**
   * The unit's name as written inside a sentence ("Liên đoàn Lao động tỉnh Lâm Đồng"), used by
   * the opening and closing sentences; prefilled from the header name, editable.
   */
  inSentenceName?: string;
}

/** The in-sentence name to show: the one the clerk saved, or the header's capitals turned into it. */
export function organizationInSentence(org: Pick<Organization, 'issuingBody' | 'inSentenceName'>): string {
  return org.inSentenceName?.trim() || inSentenceName(org.issuingBody);
}

/** Party and Đoàn layouts (HD 05 style: `Số 05-BC/ĐU`, T/M, "Lưu Văn phòng"), read from the profile data. */
export const isPartyStyle = (profile: ProfileId): boolean => getLayoutProfile(profile).family === 'party';
