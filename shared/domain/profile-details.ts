/**
 * The details of a report that follow its thể thức — the ký hiệu's form, the signer block and the
 * nơi nhận — in one rule for a new report and for a report whose thể thức changes, so the core
 * (reports.create, reports.changeProfile) and the screen that shows the change at once agree.
 */
import type { Signature } from '../report-format/schema';
import { getLayoutProfile } from '../the-thuc/profiles';
import type { Organization } from './organization';
import type { ProfileId } from './vocabulary';

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

export interface ProfileDetails {
  symbol: string;
  signature: Signature;
  recipients: string[];
}

/**
 * What a report of `profile` starts with: the unit's own details when the unit keeps that thể
 * thức (a Party unit's signer is wrong on a state layout), else the thể thức's defaults.
 */
export function startingDetails(profile: ProfileId, organization: Organization | null): ProfileDetails {
  if (organization?.profile === profile)
    return {
      symbol: organization.symbol !== '' ? organization.symbol : defaultSymbol(profile),
      signature: organization.signature,
      recipients: organization.recipients.length > 0 ? organization.recipients : defaultRecipients(profile),
    };
  return { symbol: defaultSymbol(profile), signature: defaultSignature(profile), recipients: defaultRecipients(profile) };
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A report's details when its thể thức changes from `from` to `to`: every detail still as the
 * old thể thức started it (or left empty) takes what the new one starts with ("ỦY BAN NHÂN DÂN"
 * becomes "BAN THƯỜNG VỤ" for Công đoàn); what the clerk typed stays.
 */
export function detailsAfterProfileChange(current: ProfileDetails, from: ProfileId, to: ProfileId, organization: Organization | null): ProfileDetails {
  const was = startingDetails(from, organization);
  const next = startingDetails(to, organization);
  const follow = <T extends string>(value: T, oldStart: T, newStart: T): T => (value.trim() === '' || value === oldStart ? newStart : value);
  return {
    symbol: follow(current.symbol, was.symbol, next.symbol),
    signature: {
      ...current.signature,
      authority: follow(current.signature.authority, was.signature.authority, next.signature.authority),
      onBehalfOf: follow(current.signature.onBehalfOf, was.signature.onBehalfOf, next.signature.onBehalfOf),
      position: follow(current.signature.position, was.signature.position, next.signature.position),
      name: follow(current.signature.name, was.signature.name, next.signature.name),
    },
    recipients: current.recipients.length === 0 || sameLines(current.recipients, was.recipients) ? next.recipients : current.recipients,
  };
}

/**
 * Switching the unit's own thể thức: every detail that still holds the old thể thức's default
 * takes the new one's; what the clerk typed stays (the same rule as a report's, profile-details.ts).
 */
export function followProfileDefaults<T extends Pick<Organization, 'symbol' | 'signature' | 'recipients'>>(values: T, from: ProfileId, to: ProfileId): T {
  return { ...values, ...detailsAfterProfileChange(values, from, to, null) };
}
