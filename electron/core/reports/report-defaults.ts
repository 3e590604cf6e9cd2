/** What a new report starts with for the signer and nơi nhận, by profile. */
import type { Signature } from '../../../shared/domain/report';
import type { ProfileId } from '../../../shared/domain/vocabulary';

export function defaultSignature(profile: ProfileId): Signature {
  if (profile === 'party') return { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: '' };
  if (profile === 'youth-union') return { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: '' };
  if (profile === 'trade-union') return { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'CHỦ TỊCH', name: '' };
  if (profile === 'front') return { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH', name: '' };
  return { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: '' };
}

/** ND30 ends the list with "Lưu: VT, …"; HD 05 with "Lưu Văn phòng …" (no colon, no VT). */
export function defaultRecipients(profile: ProfileId): string[] {
  if (profile === 'party' || profile === 'youth-union') return ['Lưu Văn phòng.'];
  return ['Lưu: VT, VP.'];
}
