/**
 * The signature never stands alone on the last page: at every length tried — so that the page
 * ends everywhere around the signature — LibreOffice's layout of our Word file shows the last
 * words of the content on the signature's page. Reports end with a paragraph, a dash item, or a
 * table, in state and Party layouts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReportFile } from '#shared/report-format/schema';
import { exported } from '../support/docx-mutations';
import { sampleReport, samplePartyReport } from '../support/fixtures';
import { hasLibreOffice, mustRender } from '../support/libreoffice';

type Ending = 'paragraph' | 'bullet' | 'table';
const SENTENCE = 'Các tổ dân phố đã triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng, được Nhân dân đồng tình. ';

function report(paragraphs: number, tail: number, ending: Ending, party: boolean): ReportFile {
  const base = party ? samplePartyReport() : sampleReport();
  const blocks: Block[] = Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph' as const,
    text: `Đoạn ${i + 1}. ${SENTENCE.repeat(2 + (i % 3))}`,
  }));
  // The tail's length moves where the last page ends, a line at a time.
  blocks.push({ type: 'paragraph', text: `Đoạn thêm. ${'Nội dung bổ sung. '.repeat(tail)}` });
  if (ending === 'paragraph') blocks.push({ type: 'paragraph', text: 'Đoạn cuối cùng của nội dung báo cáo' });
  if (ending === 'bullet') blocks.push({ type: 'bullets', items: ['Ý cuối cùng của nội dung báo cáo'] });
  if (ending === 'table')
    blocks.push({
      type: 'table',
      header: ['Chỉ tiêu', 'Kết quả'],
      rows: [
        ['Chỉ tiêu thứ nhất', '1.234'],
        ['Dòng cuối cùng của bảng', '98,5%'],
      ],
    });
  return { ...base, sections: [{ role: 'other', title: 'Kết quả', blocks }], closing: [] };
}

const LAST_WORDS: Record<Ending, string> = {
  paragraph: 'Đoạn cuối cùng của nội dung báo cáo',
  bullet: 'Ý cuối cùng của nội dung báo cáo',
  table: 'Dòng cuối cùng của bảng',
};

const CASES = [10, 11, 12, 13].flatMap((paragraphs) =>
  [0, 6, 12, 18, 24].flatMap((tail) =>
    (['paragraph', 'bullet', 'table'] as const).map((ending) => ({
      name: `${paragraphs} đoạn, thêm ${tail}, kết thúc bằng ${ending}${paragraphs % 2 ? ', Đảng' : ''}`,
      paragraphs,
      tail,
      ending,
      party: paragraphs % 2 === 1,
    })),
  ),
);

describe.skipIf(!hasLibreOffice() && !mustRender)('the signature at every length, rendered by LibreOffice', () => {
  const lastPages = new Map<string, { last: string; pages: number }>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-keep-'));
    const files = await Promise.all(
      CASES.map(async (c, i) => {
        const file = join(dir, `case-${i}.docx`);
        writeFileSync(file, await exported(report(c.paragraphs, c.tail, c.ending, c.party)));
        return file;
      }),
    );
    mkdirSync(join(dir, 'pdf'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).toString()}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files],
      { stdio: 'ignore', timeout: 300_000 },
    );
    CASES.forEach((c, i) => {
      const pages = execFileSync('pdftotext', [join(dir, 'pdf', `case-${i}.pdf`), '-'])
        .toString('utf8')
        .split('\f')
        .slice(0, -1);
      lastPages.set(c.name, { last: (pages.at(-1) ?? '').replace(/\s+/g, ' '), pages: pages.length });
    });
  }, 360_000);

  it('covers page ends all around the signature (several page counts)', () => {
    expect(new Set([...lastPages.values()].map((p) => p.pages)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: the last words of the content are on the signature’s page', (name, c) => {
    const { last } = lastPages.get(name)!;
    expect(last).toContain(c.party ? 'Trần Thị Bình' : 'Nguyễn Văn An');
    expect(last).toContain(LAST_WORDS[c.ending]);
  });
});
