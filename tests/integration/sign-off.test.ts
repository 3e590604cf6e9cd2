/**
 * The bản trình loop: exported for the leader, edited in Word (a sentence rewritten, a paragraph
 * deleted, a tracked insertion, a comment), received, its changes accepted or rejected one by
 * one while the clerk's own later edits are kept; then approved and published with số and ngày.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import { testCore } from '../support/test-core';
import { mammothText } from '../support/docx-reader';

async function draft() {
  const core = testCore();
  const r = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 10 năm 2026' });
  await core.edit('reports.updateMeta', {
    id: r.id,
    header: { ...r.header, issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ', summary: 'Kết quả công tác tháng 10 năm 2026' },
    signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
  });
  const [results, second] = r.sections;
  await core.edit('sections.update', {
    reportId: r.id,
    sectionId: results!.id,
    blocks: [textParagraph('Thu ngân sách đạt 1.523 triệu đồng.'), textParagraph('Đoạn sẽ bị lãnh đạo xóa.'), textParagraph('Hoàn thành 95% kế hoạch năm.')],
  });
  await core.edit('sections.update', { reportId: r.id, sectionId: second!.id, blocks: [textParagraph('Một số thôn còn chậm.')] });
  return { core, report: await core.call('reports.get', { id: r.id }) };
}

/** The leader's Word: edits made to the XML as Word would save them. */
async function leaderEdits(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  let doc = await zip.file('word/document.xml')!.async('string');
  doc = doc.replace('1.523 triệu đồng.', '1.530 triệu đồng, vượt dự toán.');
  doc = doc.replace('Một số thôn còn chậm.', 'Một số thôn còn chậm tiến độ.');
  // The paragraph deleted outright.
  doc = doc.replace(/<w:p>(?:(?!<w:p>).)*?Đoạn sẽ bị lãnh đạo xóa\.(?:(?!<w:p>).)*?<\/w:p>/s, '');
  // A tracked insertion and a comment in "Hoàn thành 95% kế hoạch năm."
  doc = doc.replace(
    'Hoàn thành 95% kế hoạch năm.</w:t></w:r>',
    'Hoàn thành 95% kế hoạch năm.</w:t></w:r><w:ins w:id="90" w:author="Trần Lãnh Đạo" w:date="2026-11-02T08:00:00Z"><w:r><w:t xml:space="preserve"> Cần nêu rõ nguyên nhân.</w:t></w:r></w:ins><w:commentRangeStart w:id="7"/><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>',
  );
  zip.file('word/document.xml', doc);
  zip.file(
    'word/comments.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="Trần Lãnh Đạo"><w:p><w:r><w:t>Số liệu này lấy từ đâu?</w:t></w:r></w:p></w:comment></w:comments>',
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  );
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' })).toString('base64');
}

describe('bản trình: out to the leader and back', () => {
  it('tags the file with the report and the bản trình, and the report becomes Đã trình', async () => {
    const { core, report } = await draft();
    const sent = await core.call('signOff.export', { id: report.id });
    expect(sent).toMatchObject({ number: 1, fileName: expect.stringMatching(/-ban-trinh-1\.docx$/) });
    const custom = await (await JSZip.loadAsync(Buffer.from(sent.base64, 'base64'))).file('docProps/custom.xml')!.async('string');
    expect(custom).toContain(`<vt:lpwstr>${report.id}</vt:lpwstr>`);
    expect(custom).toContain('name="SoanBaoCao.BanTrinh"><vt:lpwstr>1</vt:lpwstr>');
    expect((await core.call('reports.get', { id: report.id })).state).toBe('submitted');
    expect((await core.call('signOff.events', { id: report.id })).map((e) => [e.kind, e.detail])).toEqual([['submitted', { submission: 1 }]]);
  });

  it('shows each change of the returned file — rewritten, deleted, tracked with its author, commented — and the clerk’s later edits where they collide', async () => {
    const { core, report } = await draft();
    const sent = await core.call('signOff.export', { id: report.id });
    const returned = await leaderEdits(sent.base64);
    // Meanwhile the clerk rewrote the second part in the app.
    await core.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[1]!.id,
      blocks: [textParagraph('Một số thôn còn chậm, đã nhắc nhở.')],
    });

    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'ban-trinh-da-sua.docx', base64: returned });
    if (process.env.DEBUG_REVIEW)
      console.log(
        JSON.stringify(
          review.changes.map((c) => [c.id, c.where, c.kind, c.before, c.after, c.collides, c.suggestedBy, c.comments]),
          null,
          1,
        ),
      );
    expect(review).toMatchObject({ reportId: report.id, number: 1 });
    expect(review.changes.map((c) => [c.kind, c.before, c.after, c.collides])).toEqual([
      ['rewritten', 'Thu ngân sách đạt 1.523 triệu đồng.', 'Thu ngân sách đạt 1.530 triệu đồng, vượt dự toán.', false],
      ['deleted', 'Đoạn sẽ bị lãnh đạo xóa.', '', false],
      ['rewritten', 'Hoàn thành 95% kế hoạch năm.', 'Hoàn thành 95% kế hoạch năm. Cần nêu rõ nguyên nhân.', false],
      // The clerk rewrote this paragraph too: shown with the app's version.
      ['rewritten', 'Một số thôn còn chậm.', 'Một số thôn còn chậm tiến độ.', true],
    ]);
    expect(review.changes[3]!.mine).toBe('Một số thôn còn chậm, đã nhắc nhở.');
    const rewritten = review.changes.find((c) => c.after.includes('1.530'))!;
    expect(rewritten.diff.filter((d) => d.kind !== 'same').map((d) => [d.kind, d.text.trim()])).toEqual(
      expect.arrayContaining([
        ['deleted', '1.523'],
        ['inserted', '1.530'],
      ]),
    );
    const deleted = review.changes.find((c) => c.before.includes('Đoạn sẽ bị lãnh đạo xóa.'))!;
    expect(deleted).toBeDefined();
    const suggested = review.changes.find((c) => c.after.includes('Cần nêu rõ nguyên nhân.'))!;
    expect(suggested.suggestedBy).toEqual(['Trần Lãnh Đạo']);
    expect(suggested.comments).toEqual([{ author: 'Trần Lãnh Đạo', text: 'Số liệu này lấy từ đâu?' }]);
    // Nothing has been saved by looking.
    expect((await core.call('reports.get', { id: report.id })).sections[0]!.blocks).toHaveLength(3);
  });

  it('applies the accepted changes only, keeps the clerk’s edits, notes it in history; then Đã duyệt and Đã phát hành lock the report', async () => {
    const { core, report } = await draft();
    const sent = await core.call('signOff.export', { id: report.id });
    const returned = await leaderEdits(sent.base64);
    await core.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[1]!.id,
      blocks: [textParagraph('Một số thôn còn chậm, đã nhắc nhở.')],
    });
    const review = await core.call('signOff.review', { reportId: report.id, fileName: 'x.docx', base64: returned });
    // Take the rewritten figure, the suggestion and the leader's colliding sentence; keep the paragraph the leader deleted.
    const take = review.changes.filter((c) => c.after.includes('1.530') || c.after.includes('Cần nêu rõ') || c.collides);
    const collision = review.changes.find((c) => c.collides)!;
    // The colliding sentence: the clerk keeps hers and takes his beside it.
    const applied = await core.call('signOff.apply', {
      reportId: report.id,
      fileName: 'x.docx',
      base64: returned,
      accept: take.map((c) => c.id),
      keepBoth: [collision.id],
    });
    const texts = (id: number) => applied.report.sections[id]!.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    const results = texts(0).join(' ');
    expect(results).toContain('1.530 triệu đồng, vượt dự toán.');
    expect(results).toContain('Cần nêu rõ nguyên nhân.');
    expect(results).toContain('Đoạn sẽ bị lãnh đạo xóa.');
    // Both kept, his right after hers.
    expect(texts(1)).toEqual(['Một số thôn còn chậm, đã nhắc nhở.', 'Một số thôn còn chậm tiến độ.']);
    expect(applied).toMatchObject({ taken: 3, keptBoth: 1, notPlaced: [] });
    // Each part's version before the leader's edits is in its history (the bản trình's own version was kept at export).
    const history = await core.call('history.list', { reportId: report.id, sectionId: report.sections[1]!.id });
    expect(history.find((h) => h.reason === 'review')?.preview).toContain('Một số thôn còn chậm, đã nhắc nhở.');
    expect((await core.call('history.list', { reportId: report.id, sectionId: report.sections[0]!.id })).some((h) => h.reason === 'export')).toBe(true);

    await core.call('signOff.setState', { id: report.id, state: 'approved' });
    expect(await core.raw('signOff.setState', { id: report.id, state: 'published' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const published = await core.call('signOff.setState', { id: report.id, state: 'published', number: '15', date: '2026-11-05' });
    expect(published).toMatchObject({ state: 'published', header: { number: '15', date: '2026-11-05' } });
    const refused = await core.raw('sections.update', { reportId: report.id, sectionId: report.sections[0]!.id, baseRevision: 99, blocks: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Tạo phiên bản mới') } });
    const exported = await core.call('export.docx', { id: report.id });
    const { text } = await mammothText(Buffer.from(exported.base64, 'base64'));
    expect(text).toContain('Số: 15/');
    expect(text).toContain('ngày 05 tháng 11 năm 2026');
    expect((await core.call('signOff.events', { id: report.id })).map((e) => e.kind)).toEqual(['submitted', 'edits-taken', 'approved', 'published']);
    const next = await core.call('signOff.newVersion', { id: report.id });
    expect(next).toMatchObject({ header: { number: '', date: null } });
    expect(next.state).toBeUndefined();
  });

  it('refuses a Word file that is no bản trình, saying what to open', async () => {
    const { core, report } = await draft();
    const plain = await core.call('export.docx', { id: report.id });
    const untagged = await JSZip.loadAsync(Buffer.from(plain.base64, 'base64'));
    untagged.remove('docProps/custom.xml');
    const base64 = Buffer.from(await untagged.generateAsync({ type: 'uint8array' })).toString('base64');
    expect(await core.raw('signOff.review', { reportId: report.id, fileName: 'khac.docx', base64 })).toMatchObject({
      ok: false,
      error: { code: 'unsupported_file', message: expect.stringContaining('bản trình') },
    });
  });
});
