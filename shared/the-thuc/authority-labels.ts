/**
 * The quyền hạn before a signer's title as documents write them — the state forms (TM., KT., Q.,
 * TL., TUQ.) and the Party's (T/M, K/T, T/L) — read from the profiles, which write them: one list
 * for the exporter, the checker and the Word reader.
 */
import type { Authority } from '../domain/vocabulary';
import type { LayoutProfile } from './layout-profile';
import { LAYOUT_PROFILES } from './profiles';

const WRITTEN = new Map<string, Exclude<Authority, ''>>();
for (const profile of Object.values(LAYOUT_PROFILES)) {
  for (const [canonical, label] of Object.entries(profile.authorityLabels) as [Exclude<Authority, ''>, string | null][])
    if (label) WRITTEN.set(label, canonical);
}

const alternation = [...WRITTEN.keys()].map((label) => label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');

/** A signature line that starts with a quyền hạn: the label, then what it is on behalf of. */
export const AUTHORITY_LINE = new RegExp(`^(${alternation})\\s*(.*)$`);

/** The report format's spelling of a written quyền hạn ("T/M" → "TM."). */
export function canonicalAuthority(written: string): Authority {
  return WRITTEN.get(written) ?? '';
}

interface SignerAuthority {
  authority: Authority;
  onBehalfOf: string;
  secondAuthority?: { authority: Authority; onBehalfOf: string };
}

/**
 * The quyền hạn lines above the signer's title as the profile writes them, in capitals:
 * "TM. ỦY BAN NHÂN DÂN", then a second line when a deputy signs for it ("KT. CHỦ TỊCH").
 */
export function authorityLines(signature: SignerAuthority, profile: LayoutProfile): string[] {
  const line = (authority: Authority, onBehalfOf: string) => {
    const label = authority === '' ? '' : (profile.authorityLabels[authority] ?? authority);
    return `${label} ${onBehalfOf.trim()}`.trim().toLocaleUpperCase('vi-VN');
  };
  const second = signature.secondAuthority;
  return [line(signature.authority, signature.onBehalfOf), ...(second ? [line(second.authority, second.onBehalfOf)] : [])].filter((l) => l !== '');
}

/** The signer on one line, for lists, reviews and comparisons ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"). */
export function signerSummary(signature: SignerAuthority & { position: string; name: string }): string {
  const second = signature.secondAuthority;
  return [signature.authority, signature.onBehalfOf, second?.authority, second?.onBehalfOf, signature.position, signature.name]
    .filter((x) => x !== undefined && x.trim() !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The signer and the người ký cùng on one line: a name changed beside the signer is a change of the signature too. */
export function signersSummary(signature: Parameters<typeof signerSummary>[0] & { cosigners?: Parameters<typeof signerSummary>[0][] }): string {
  return [signature, ...(signature.cosigners ?? [])].map(signerSummary).join(' · ');
}
