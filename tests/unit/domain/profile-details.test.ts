/** What follows the thể thức — for the unit, a new report and a report whose thể thức changes — and the unit’s name in sentences. */
import { describe, expect, it } from 'vitest';
import { organizationInSentence } from '#shared/domain/organization';
import type { Organization } from '#shared/domain/organization';
import {
  defaultRecipients,
  defaultSignature,
  defaultSymbol,
  detailsAfterProfileChange,
  followProfileDefaults,
  startingDetails,
} from '#shared/domain/profile-details';

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

const unit: Organization = {
  profile: 'trade-union',
  parentBody: 'LĐLĐ TỈNH LÂM ĐỒNG',
  issuingBody: 'CÔNG ĐOÀN PHƯỜNG XUÂN HƯƠNG',
  symbol: 'BC-CĐP',
  place: 'Xuân Hương',
  signature: { authority: 'TM.', onBehalfOf: 'BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Trần Thị Mai' },
  recipients: ['LĐLĐ tỉnh;', 'Lưu: VT.'],
};

describe('a report’s details and its thể thức', () => {
  it('start as the unit’s own when the report keeps the unit’s thể thức, else as the thể thức’s', () => {
    expect(startingDetails('trade-union', unit)).toEqual({ symbol: 'BC-CĐP', signature: unit.signature, recipients: unit.recipients });
    expect(startingDetails('party', unit)).toEqual({
      symbol: defaultSymbol('party'),
      signature: defaultSignature('party'),
      recipients: defaultRecipients('party'),
    });
    expect(startingDetails('state', null).symbol).toBe(defaultSymbol('state'));
  });

  it('follow a change of thể thức as a new report of that thể thức would start, and come back unchanged', () => {
    const started = startingDetails('trade-union', unit);
    const party = detailsAfterProfileChange(started, 'trade-union', 'party', unit);
    expect(party).toEqual(startingDetails('party', unit));
    expect(detailsAfterProfileChange(party, 'party', 'trade-union', unit)).toEqual(started);
  });

  it('keep what the clerk typed, and only that', () => {
    const typed = { ...startingDetails('trade-union', unit), symbol: 'BC-BCH' };
    const party = detailsAfterProfileChange({ ...typed, signature: { ...typed.signature, name: 'Nguyễn Văn An' } }, 'trade-union', 'party', unit);
    expect(party.symbol).toBe('BC-BCH');
    expect(party.signature).toMatchObject({ position: defaultSignature('party').position, name: 'Nguyễn Văn An' });
    expect(party.recipients).toEqual(defaultRecipients('party'));
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
