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
   * The unit's name as written inside a sentence ("Liên đoàn Lao động huyện Bắc Bình"), used by
   * the opening and closing sentences; prefilled from the header name, editable.
   */
  inSentenceName?: string;
}

/** The in-sentence name to show: the one the clerk saved, or the header's capitals turned into it. */
export function organizationInSentence(org: Pick<Organization, 'issuingBody' | 'inSentenceName'>): string {
  return org.inSentenceName?.trim() || inSentenceName(org.issuingBody);
}

/**
 * Switching the thể thức: every detail that still holds the old thể thức's default takes the new
 * one's ("ỦY BAN NHÂN DÂN" becomes "BAN THƯỜNG VỤ" for Công đoàn); what the clerk typed stays.
 */
export function followProfileDefaults<T extends Pick<Organization, 'symbol' | 'signature' | 'recipients'>>(values: T, from: ProfileId, to: ProfileId): T {
  const oldSignature = defaultSignature(from);
  const newSignature = defaultSignature(to);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const keepOrFollow = (value: string, oldDefault: string, newDefault: string) => (value.trim() === '' || value === oldDefault ? newDefault : value);
  return {
    ...values,
    symbol: keepOrFollow(values.symbol, defaultSymbol(from), defaultSymbol(to)),
    signature: {
      ...values.signature,
      authority: keepOrFollow(values.signature.authority, oldSignature.authority, newSignature.authority),
      onBehalfOf: keepOrFollow(values.signature.onBehalfOf, oldSignature.onBehalfOf, newSignature.onBehalfOf),
      position: keepOrFollow(values.signature.position, oldSignature.position, newSignature.position),
    },
    recipients: values.recipients.length === 0 || same(values.recipients, defaultRecipients(from)) ? defaultRecipients(to) : values.recipients,
  };
}

/** Party and Đoàn layouts (HD 05 style: `Số 05-BC/ĐU`, T/M, "Lưu Văn phòng"), read from the profile data. */
export const isPartyStyle = (profile: ProfileId): boolean => getLayoutProfile(profile).family === 'party';

/** What a report starts with when the unit has not been set up yet. */
export function defaultSignature(profile: ProfileId): Signature {
  const { signer } = getLayoutProfile(profile).conventions;
  return { authority: 'TM.', onBehalfOf: signer.onBehalfOf, position: signer.position, name: '' };
}

/** ND30 ends the list with "Lưu: VT, …"; HD 05 with "Lưu Văn phòng …" (no colon, no VT). */
export function defaultRecipients(profile: ProfileId): string[] {
  return [...getLayoutProfile(profile).conventions.recipients];
}

export function defaultSymbol(profile: ProfileId): string {
  return `BC${getLayoutProfile(profile).conventions.symbolSeparator}`;
}
