/**
 * The leader's edits coming back, as real editors make them: the bản trình is edited in
 * LibreOffice Writer with Track Changes (its own tracked-change XML, several authors) and
 * commented as Word comments; the clerk keeps writing meanwhile. Whatever the leader does — a
 * figure replaced, a paragraph added, removed or moved, a "+" item under a "-" item, a part
 * renamed, a comment on any line — reaches the review beside its place, and what the clerk
 * accepts lands where the leader made it; a collision with her later edit is hers to settle.
 */
import { describe, expect, it } from 'vitest';
import { textParagraph, type Block, type Report } from '#shared/domain/report';
import { addWordComments, editInLibreOffice, hasLibreOfficeUno } from '../support/leader-file';
import { mustRender } from '../support/libreoffice';

/** Needs LibreOffice with python3-uno: skipped (saying so) where missing, required on CI. */
const editor = describe.skipIf(!hasLibreOfficeUno() && !mustRender);
import { testCore, type TestCore } from '../support/test-core';

const LEADER = 'Trần Văn Lãnh';
const DEPUTY = 'Lê Thị Phó';

const dash = (text: string, level: 1 | 2 = 1) => ({ runs: [{ text }], level });

async function draft(): Promise<{ core: TestCore; report: Report }> {
  const core = testCore();
  const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 11 năm 2026' });
  await core.edit('reports.updateMeta', {
    id: r.id,
    header: { ...r.header, issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', summary: 'Kết quả công tác tháng 11 năm 2026', number: '', symbol: 'BC-UBND' },
    signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  });
  const [results, limits, directions] = r.sections;
  await core.edit('sections.update', {
    reportId: r.id,
    sectionId: results!.id,
    blocks: [
      textParagraph('Thu ngân sách trên địa bàn đạt 257.942 triệu đồng, bằng 96% dự toán.'),
      textParagraph('Công tác cải cách hành chính được quan tâm chỉ đạo.'),
      { type: 'bullets', items: [dash('Giải quyết 312 hồ sơ đúng hạn;'), dash('Tiếp nhận 45 hồ sơ trực tuyến.')] } as Block,
      {
        type: 'table',
        caption: 'Bảng 1. Kết quả thu ngân sách',
        header: ['Nguồn thu', 'Số tiền'],
        rows: [
          ['Thuế', '120.000'],
          ['Phí, lệ phí', '8.500'],
        ],
      },
      textParagraph('Đoạn văn cũ đặt sai chỗ, lãnh đạo sẽ chuyển xuống cuối phần.'),
      textParagraph('Tình hình an ninh trật tự ổn định.'),
    ],
  });
  await core.edit('sections.update', { reportId: r.id, sectionId: limits!.id, blocks: [textParagraph('Một số thôn còn chậm tiến độ.')] });
  await core.edit('sections.update', { reportId: r.id, sectionId: directions!.id, blocks: [textParagraph('Tập trung thu ngân sách những tháng cuối năm.')] });
  return { core, report: await core.call('reports.get', { id: r.id }) };
}

const texts = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.type === 'paragraph'
      ? [b.runs.map((r) => r.text).join('')]
      : b.type === 'bullets'
        ? b.items.map((i) => `${i.level === 2 ? '+' : '-'} ${i.runs.map((r) => r.text).join('')}`)
        : [`[bảng] ${b.type === 'table' ? b.rows.flat().join(' | ') : ''}`],
  );

async function sendToLeader(core: TestCore, report: Report) {
  const sent = await core.call('signOff.export', { id: report.id });
  return Buffer.from(sent.base64, 'base64');
}

editor('a bản trình edited in LibreOffice with tracked changes', () => {
  it('shows each tracked change with its author, and applies the accepted ones where the leader made them', async () => {
    const { core, report } = await draft();
    const sent = await sendToLeader(core, report);
    const returned = editInLibreOffice(sent, [
      { op: 'replace', author: LEADER, find: '257.942', text: '258.011' },
      { op: 'insertAfter', author: DEPUTY, find: 'được quan tâm chỉ đạo.', text: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.' },
      { op: 'delete', author: LEADER, find: 'Tình hình an ninh trật tự ổn định.' },
      { op: 'insertAfter', author: LEADER, find: 'Giải quyết 312 hồ sơ đúng hạn;', text: '+ Trong đó 40 hồ sơ đất đai;' },
    ]);
    const base64 = returned.toString('base64');
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'da-sua.docx', base64 });
    const summary = review.changes.map((c) => [c.kind, c.before, c.after, c.suggestedBy, c.collides]);
    expect(summary).toEqual([
      [
        'rewritten',
        'Thu ngân sách trên địa bàn đạt 257.942 triệu đồng, bằng 96% dự toán.',
        'Thu ngân sách trên địa bàn đạt 258.011 triệu đồng, bằng 96% dự toán.',
        [LEADER],
        false,
      ],
      ['inserted', '', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.', [DEPUTY], false],
      ['inserted', '', '+ Trong đó 40 hồ sơ đất đai;', [LEADER], false],
      ['deleted', 'Tình hình an ninh trật tự ổn định.', '', [LEADER], false],
    ]);
    const applied = await core.call('signOff.apply', { reportId: report.id, fileName: 'da-sua.docx', base64, accept: review.changes.map((c) => c.id) });
    expect(texts(applied.report.sections[0]!.blocks)).toEqual([
      'Thu ngân sách trên địa bàn đạt 258.011 triệu đồng, bằng 96% dự toán.',
      'Công tác cải cách hành chính được quan tâm chỉ đạo.',
      'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%.',
      '- Giải quyết 312 hồ sơ đúng hạn;',
      '+ Trong đó 40 hồ sơ đất đai;',
      '- Tiếp nhận 45 hồ sơ trực tuyến.',
      '[bảng] Thuế | 120.000 | Phí, lệ phí | 8.500',
      'Đoạn văn cũ đặt sai chỗ, lãnh đạo sẽ chuyển xuống cuối phần.',
    ]);
    // The "+" item is a level-2 item of the same list, not a paragraph starting with "+".
    expect(applied.report.sections[0]!.blocks[3]).toMatchObject({ type: 'bullets', items: [{ level: 1 }, { level: 2 }, { level: 1 }] });
    expect(applied).toMatchObject({ taken: 4, keptBoth: 0, notPlaced: [] });
  }, 120_000);

  it('a change colliding with the clerk’s later edit is hers to settle — his in her place, or both, never at the end of the part', async () => {
    for (const choice of ['theirs', 'both'] as const) {
      const { core, report } = await draft();
      const sent = await sendToLeader(core, report);
      // The clerk corrects the same figure meanwhile.
      const results = report.sections[0]!;
      const current = await core.call('reports.get', { id: report.id });
      await core.edit('sections.update', {
        reportId: report.id,
        sectionId: results.id,
        blocks: [textParagraph('Thu ngân sách trên địa bàn đạt 257.950 triệu đồng, bằng 96% dự toán.'), ...current.sections[0]!.blocks.slice(1)],
      });
      const base64 = editInLibreOffice(sent, [{ op: 'replace', author: LEADER, find: '257.942', text: '258.011' }]).toString('base64');
      const review = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64 });
      expect(review.changes).toHaveLength(1);
      const [change] = review.changes;
      expect(change).toMatchObject({ kind: 'rewritten', collides: true, mine: 'Thu ngân sách trên địa bàn đạt 257.950 triệu đồng, bằng 96% dự toán.' });
      const applied = await core.call('signOff.apply', {
        reportId: report.id,
        fileName: 'x.docx',
        base64,
        accept: [change!.id],
        ...(choice === 'both' ? { keepBoth: [change!.id] } : {}),
      });
      const part = texts(applied.report.sections[0]!.blocks);
      expect(part.slice(0, choice === 'both' ? 3 : 2)).toEqual(
        choice === 'both'
          ? [
              'Thu ngân sách trên địa bàn đạt 257.950 triệu đồng, bằng 96% dự toán.',
              'Thu ngân sách trên địa bàn đạt 258.011 triệu đồng, bằng 96% dự toán.',
              'Công tác cải cách hành chính được quan tâm chỉ đạo.',
            ]
          : ['Thu ngân sách trên địa bàn đạt 258.011 triệu đồng, bằng 96% dự toán.', 'Công tác cải cách hành chính được quan tâm chỉ đạo.'],
      );
      // No empty item is left anywhere, and the same file again has nothing new to offer.
      expect(part.every((t) => t.replace(/^[-+] /, '').trim() !== '')).toBe(true);
      const again = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64 });
      expect(again.changes).toEqual([]);
      expect(again.takenBefore).not.toBeNull();
      expect(again.alreadyTaken).toBe(1);
    }
  }, 120_000);

  it('a paragraph the leader moves is shown as moved, and moved when accepted', async () => {
    const { core, report } = await draft();
    const sent = await sendToLeader(core, report);
    const moved = 'Đoạn văn cũ đặt sai chỗ, lãnh đạo sẽ chuyển xuống cuối phần.';
    const base64 = editInLibreOffice(sent, [
      { op: 'delete', author: LEADER, find: moved },
      { op: 'insertAfter', author: LEADER, find: 'Tình hình an ninh trật tự ổn định.', text: moved },
    ]).toString('base64');
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64 });
    expect(review.changes.map((c) => [c.kind, c.after, c.from])).toEqual([['moved', moved, review.changes[0]!.where]]);
    const applied = await core.call('signOff.apply', { reportId: report.id, fileName: 'x.docx', base64, accept: [review.changes[0]!.id] });
    expect(texts(applied.report.sections[0]!.blocks).slice(-2)).toEqual(['Tình hình an ninh trật tự ổn định.', moved]);
  }, 120_000);
});

editor('a leader’s comments, anchored anywhere', () => {
  it('reach the review beside their paragraph, changed or not: body text, a table cell, a heading, the trích yếu, the signer', async () => {
    const { core, report } = await draft();
    const sent = await sendToLeader(core, report);
    const edited = editInLibreOffice(sent, [{ op: 'replace', author: LEADER, find: '257.942', text: '258.011' }]);
    const base64 = (
      await addWordComments(edited, [
        { on: 'Công tác cải cách hành chính', author: LEADER, text: 'Nêu rõ kết quả cụ thể.' },
        { on: '258.011', author: LEADER, text: 'Số này khớp với báo cáo của Phòng Tài chính.' },
        { on: 'Phí, lệ phí', author: DEPUTY, text: 'Kiểm tra lại số phí.' },
        { on: 'ĐÁNH GIÁ', author: LEADER, text: 'Phần này viết ngắn quá.' },
        { on: 'Kết quả công tác tháng 11 năm 2026', author: LEADER, text: 'Trích yếu được.' },
        { on: 'Nguyễn Văn An', author: DEPUTY, text: 'Trình Phó Chủ tịch ký thay.' },
      ])
    ).toString('base64');
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64 });
    const commented = review.changes.filter((c) => c.comments.length > 0).map((c) => [c.kind, c.where, c.comments.map((m) => `${m.author}: ${m.text}`)]);
    expect(commented).toEqual(
      expect.arrayContaining([
        ['rewritten', expect.stringMatching(/KẾT QUẢ|Kết quả/i), [`${LEADER}: Số này khớp với báo cáo của Phòng Tài chính.`]],
        ['comment', expect.stringMatching(/Kết quả/i), [`${LEADER}: Nêu rõ kết quả cụ thể.`]],
        ['comment', expect.stringMatching(/Kết quả/i), [`${DEPUTY}: Kiểm tra lại số phí.`]],
        ['comment', expect.stringMatching(/đánh giá/i), [`${LEADER}: Phần này viết ngắn quá.`]],
        ['comment', 'Trích yếu', [`${LEADER}: Trích yếu được.`]],
        ['comment', 'Người ký', [`${DEPUTY}: Trình Phó Chủ tịch ký thay.`]],
      ]),
    );
    expect(review.unplacedComments).toEqual([]);
    // A comment is read, not applied: only the figure changes.
    const applied = await core.call('signOff.apply', { reportId: report.id, fileName: 'x.docx', base64, accept: review.changes.map((c) => c.id) });
    expect(applied.taken).toBe(1);
  }, 120_000);
});

editor('which report a returned file belongs to', () => {
  it('another report’s bản trình is refused, naming that report; nothing changes', async () => {
    const { core, report } = await draft();
    const other = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý IV năm 2026' });
    await core.edit('reports.updateMeta', { id: other.id, header: { ...other.header, summary: 'Báo cáo quý IV năm 2026' } });
    const sent = await core.call('signOff.export', { id: other.id });
    const before = await core.call('reports.get', { id: report.id });
    for (const method of ['signOff.review', 'signOff.apply'] as const) {
      const answer = await core.raw(method, {
        reportId: report.id,
        fileName: 'x.docx',
        base64: sent.base64,
        ...(method === 'signOff.apply' ? { accept: [] } : {}),
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported_file', message: expect.stringContaining('Báo cáo quý IV năm 2026') } });
    }
    expect(await core.call('reports.get', { id: report.id })).toEqual(before);
  });

  it('a leader’s file of the published version is reviewed and applied in its new version, and refused in the published one', async () => {
    const { core, report } = await draft();
    const sent = await sendToLeader(core, report);
    await core.call('signOff.setState', { id: report.id, state: 'published', number: '15', date: '2026-12-01' });
    const base64 = editInLibreOffice(sent, [{ op: 'replace', author: LEADER, find: '257.942', text: '258.011' }]).toString('base64');
    const onPublished = await core.raw('signOff.apply', { reportId: report.id, fileName: 'x.docx', base64, accept: ['c1'] });
    expect(onPublished).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Tạo phiên bản mới') } });
    const next = await core.call('signOff.newVersion', { id: report.id });
    expect(next.version).toEqual({ number: 2, of: { id: report.id, number: '15', symbol: 'BC-UBND', date: '2026-12-01' } });
    expect((await core.call('reports.get', { id: report.id })).newerVersion).toBe(next.id);
    const review = await core.call('signOff.review', { reportId: next.id, fileName: 'x.docx', base64 });
    expect(review.fromEarlierVersion).toEqual({ reportId: report.id, title: 'Kết quả công tác tháng 11 năm 2026' });
    expect(review.changes.map((c) => c.kind)).toEqual(['rewritten']);
    const applied = await core.call('signOff.apply', { reportId: next.id, fileName: 'x.docx', base64, accept: [review.changes[0]!.id] });
    expect(texts(applied.report.sections[0]!.blocks)[0]).toContain('258.011');
    // The published report is untouched.
    expect(texts((await core.call('reports.get', { id: report.id })).sections[0]!.blocks)[0]).toContain('257.942');
  }, 120_000);
});

editor('footnotes through the leader’s edits', () => {
  it('a footnote stays on its paragraph when the leader rewrites that paragraph, and on an untouched one', async () => {
    const { core, report } = await draft();
    const part = report.sections[0]!;
    const NOTE = 'Số liệu của Chi cục Thuế khu vực đến ngày 25/11/2026.';
    const SECOND = 'Theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân xã.';
    const blocks = part.blocks.map((b, i) =>
      i === 0 && b.type === 'paragraph'
        ? { type: 'paragraph' as const, runs: [{ text: 'Thu ngân sách trên địa bàn đạt 257.942 triệu đồng', footnote: NOTE }, { text: ', bằng 96% dự toán.' }] }
        : i === 1 && b.type === 'paragraph'
          ? { type: 'paragraph' as const, runs: [{ text: 'Công tác cải cách hành chính được quan tâm chỉ đạo', footnote: SECOND }, { text: '.' }] }
          : b,
    );
    await core.edit('sections.update', { reportId: report.id, sectionId: part.id, blocks });
    const sent = await sendToLeader(core, await core.call('reports.get', { id: report.id }));
    const returned = editInLibreOffice(sent, [{ op: 'replace', author: LEADER, find: '96%', text: '97%' }]);
    const base64 = returned.toString('base64');
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'da-sua.docx', base64 });
    const applied = await core.call('signOff.apply', { reportId: report.id, fileName: 'da-sua.docx', base64, accept: review.changes.map((c) => c.id) });
    const [first, second] = applied.report.sections[0]!.blocks;
    expect(first).toEqual({
      type: 'paragraph',
      runs: [{ text: 'Thu ngân sách trên địa bàn đạt 257.942 triệu đồng', footnote: NOTE }, { text: ', bằng 97% dự toán.' }],
    });
    expect(second).toEqual({ type: 'paragraph', runs: [{ text: 'Công tác cải cách hành chính được quan tâm chỉ đạo', footnote: SECOND }, { text: '.' }] });
  }, 120_000);
});

editor('a report signed by several people, edited by the leader', () => {
  it('shows the leader’s change of the người ký cùng’s name as a change of the signer, and takes it when accepted', async () => {
    const { core, report } = await draft();
    const cosigner = { authority: 'TM.' as const, onBehalfOf: 'BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM', position: 'CHỦ TỊCH', name: 'Lê Thị Bình' };
    await core.edit('reports.updateMeta', { id: report.id, signature: { ...report.signature, cosigners: [cosigner] } });
    const sent = await sendToLeader(core, await core.call('reports.get', { id: report.id }));
    const base64 = editInLibreOffice(sent, [{ op: 'replace', author: LEADER, find: 'Lê Thị Bình', text: 'Lê Thị Hoa' }]).toString('base64');
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64 });
    const signer = review.changes.filter((c) => c.where === 'Người ký');
    expect(signer).toHaveLength(1);
    expect(signer[0]!.after).toContain('Lê Thị Hoa');
    const applied = await core.call('signOff.apply', { reportId: report.id, fileName: 'x.docx', base64, accept: [signer[0]!.id] });
    expect(applied.report.signature).toMatchObject({ name: 'Nguyễn Văn An', cosigners: [{ ...cosigner, name: 'Lê Thị Hoa' }] });
  }, 120_000);
});
