/** "Đơn vị của tôi": what follows the thể thức when it changes, and the name used in sentences. */
import { describe, expect, it } from 'vitest';
import { defaultRecipients, defaultSignature, defaultSymbol, followProfileDefaults, organizationInSentence } from '../../../shared/domain/organization';

describe('switching the thể thức', () => {
  it('replaces the old thể thức’s defaults (state → Công đoàn: "ỦY BAN NHÂN DÂN" does not stay)', () => {
    const state = { symbol: defaultSymbol('state'), signature: defaultSignature('state'), recipients: defaultRecipients('state') };
    const union = followProfileDefaults(state, 'state', 'trade-union');
    expect(union.signature.onBehalfOf).toBe('BAN THƯỜNG VỤ');
    const party = followProfileDefaults(state, 'state', 'party');
    expect(party).toMatchObject({ symbol: 'BC/', signature: { onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ' }, recipients: ['Lưu Văn phòng.'] });
  });

  it('keeps what the clerk typed', () => {
    const typed = {
      symbol: 'BC-LĐLĐ',
      signature: { authority: 'TM.' as const, onBehalfOf: 'BAN THƯỜNG VỤ LIÊN ĐOÀN', position: 'CHỦ TỊCH', name: 'Lê Văn Bình' },
      recipients: ['LĐLĐ tỉnh;', 'Lưu: VT.'],
    };
    expect(followProfileDefaults(typed, 'state', 'trade-union')).toEqual(typed);
  });
});

describe('the unit’s name in sentences', () => {
  it('is the saved one, or the header name turned into it', () => {
    expect(organizationInSentence({ issuingBody: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC BÌNH' })).toBe('Liên đoàn Lao động huyện Bắc Bình');
    expect(organizationInSentence({ issuingBody: 'LĐLĐ HUYỆN BẮC BÌNH', inSentenceName: 'Liên đoàn Lao động huyện Bắc Bình (cũ)' })).toBe(
      'Liên đoàn Lao động huyện Bắc Bình (cũ)',
    );
  });
});
