import { describe, expect, it } from 'vitest';
import { matchPreviousSection, nextPeriodReport, rollIndicatorTable } from '#shared/domain/next-period-report';
import type { Report, SectionNode } from '#shared/domain/report';
import { figureRanges } from '#shared/domain/carried-figures';
import { buildChecklist } from '#shared/domain/checklist';

const part = (title: string, role: SectionNode['role'] = 'other'): SectionNode => ({ id: title, role, title, blocks: [], revision: 1, children: [] });

describe('last period’s part beside this one', () => {
  it('is the part of the same title, else of the same role, else in the same place', () => {
    const previous = [part('Kết quả thực hiện', 'results'), part('Hạn chế', 'limitations'), part('Phương hướng', 'directions')];
    expect(matchPreviousSection(previous, part('kết quả thực hiện '), 2)?.title).toBe('Kết quả thực hiện');
    expect(matchPreviousSection(previous, part('Tồn tại, hạn chế', 'limitations'), 0)?.title).toBe('Hạn chế');
    expect(matchPreviousSection(previous, part('Nhiệm vụ tháng tới'), 2)?.title).toBe('Phương hướng');
    expect(matchPreviousSection(previous, part('Thêm'), 5)).toBeNull();
  });
});

describe('an indicator table for the next period', () => {
  it('moves kỳ này into kỳ trước and leaves kỳ này and the comparison to fill; other tables stay', () => {
    const table = {
      type: 'table' as const,
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I năm 2026', 'Quý II năm 2026', 'So sánh'],
      rows: [['1', 'Hội viên mới', 'người', '40', '52', 'tăng 30%']],
    };
    expect(rollIndicatorTable(table)).toEqual({
      type: 'table',
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý II năm 2026', 'Quý III năm 2026', 'So sánh'],
      rows: [['1', 'Hội viên mới', 'người', '52', '', '']],
    });
    const plain = { type: 'table' as const, header: ['Thôn', 'Số hộ'], rows: [['An Phú', '120']] };
    expect(rollIndicatorTable(plain)).toBe(plain);
  });
});

describe('the next period’s report (issue 31: "Tạo kỳ sau")', () => {
  const report = (period: string, summary: string, extra: Partial<Report> = {}): Report =>
    ({
      id: 'bc-truoc',
      kind: 'dinh-ky',
      profile: 'state',
      period,
      outline: 'sections',
      header: {
        parentBody: '',
        issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ',
        number: '15',
        symbol: 'BC-UBND',
        place: 'An Phú',
        date: null,
        docType: 'BÁO CÁO',
        summary,
      },
      signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      recipients: ['Lưu: VT.'],
      appendices: [],
      opening: [],
      closing: [],
      sections: [],
      createdAt: '',
      updatedAt: '',
      revision: 1,
      structureRevision: 1,
      ...extra,
    }) as Report;
  const para = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });
  const section = (title: string, text = 'Thu ngân sách đạt 257.942 triệu đồng.'): SectionNode => ({
    id: title,
    role: 'other',
    title,
    blocks: [para(text)],
    revision: 1,
    children: [],
  });
  const textOf = (b: { runs?: { text: string }[] } | undefined) => (b?.runs ?? []).map((r) => r.text).join('');

  it('a yearly report: each year moves to its own next one — the year reported and the year of its phương hướng', () => {
    const next = nextPeriodReport(
      report('năm 2025', 'Kết quả thực hiện nhiệm vụ năm 2025; phương hướng, nhiệm vụ năm 2026', {
        opening: [para('Thực hiện Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2025 của UBND tỉnh, UBND xã báo cáo kết quả năm 2025 như sau:')],
        closing: [para('Trên đây là báo cáo kết quả năm 2025 và phương hướng, nhiệm vụ năm 2026 của UBND xã An Phú.')],
        sections: [section('Kết quả thực hiện nhiệm vụ năm 2025'), section('Phương hướng, nhiệm vụ năm 2026'), section('Giai đoạn 2021–2025')],
      }),
    );
    expect(next.meta.period).toBe('năm 2026');
    expect(next.meta.header.summary).toBe('Kết quả thực hiện nhiệm vụ năm 2026; phương hướng, nhiệm vụ năm 2027');
    expect(textOf(next.meta.opening[0] as never)).toBe(
      'Thực hiện Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2025 của UBND tỉnh, UBND xã báo cáo kết quả năm 2026 như sau:',
    );
    expect(textOf(next.meta.closing[0] as never)).toBe('Trên đây là báo cáo kết quả năm 2026 và phương hướng, nhiệm vụ năm 2027 của UBND xã An Phú.');
    expect(next.sections.map((s) => s.title)).toEqual(['Kết quả thực hiện nhiệm vụ năm 2026', 'Phương hướng, nhiệm vụ năm 2027', 'Giai đoạn 2021–2025']);
    // The parts' text is last period's, carried as it is (its figures are the clerk's to update).
    expect(textOf(next.sections[0]!.blocks[0] as never)).toBe('Thu ngân sách đạt 257.942 triệu đồng.');
  });

  it('a monthly report: the month and the next month move, a date of another document stays, the draft date moves a month', () => {
    const next = nextPeriodReport(
      report('tháng 4 năm 2026', 'Kết quả công tác tháng 4 năm 2026; nhiệm vụ trọng tâm tháng 5 năm 2026', {
        header: {
          parentBody: '',
          issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ',
          number: '15',
          symbol: 'BC-UBND',
          place: 'An Phú',
          date: '2026-04-28',
          docType: 'BÁO CÁO',
          summary: 'Kết quả công tác tháng 4 năm 2026; nhiệm vụ trọng tâm tháng 5 năm 2026',
        },
        opening: [para('Thực hiện Công văn số 112/UBND ngày 27 tháng 4 năm 2026, UBND xã báo cáo kết quả công tác tháng 4 năm 2026 như sau:')],
        sections: [section('Nhiệm vụ trọng tâm tháng 5/2026')],
      }),
    );
    expect(next.meta.period).toBe('tháng 5 năm 2026');
    expect(next.meta.header.summary).toBe('Kết quả công tác tháng 5 năm 2026; nhiệm vụ trọng tâm tháng 6 năm 2026');
    expect(textOf(next.meta.opening[0] as never)).toBe(
      'Thực hiện Công văn số 112/UBND ngày 27 tháng 4 năm 2026, UBND xã báo cáo kết quả công tác tháng 5 năm 2026 như sau:',
    );
    expect(next.sections[0]!.title).toBe('Nhiệm vụ trọng tâm tháng 6/2026');
    expect(next.meta.header).toMatchObject({ number: '', date: null, dateMonth: '2026-05' });
  });

  it('a draft’s blank day keeps its month moving with the period; December rolls into January', () => {
    const may = nextPeriodReport(
      report('tháng 12 năm 2025', 'Báo cáo tháng 12 năm 2025', {
        header: { parentBody: '', issuingBody: 'X', number: '', symbol: '', place: '', date: null, dateMonth: '2025-12', summary: 'Báo cáo tháng 12 năm 2025' },
      }),
    );
    expect(may.meta.header).toMatchObject({ date: null, dateMonth: '2026-01' });
    expect(may.meta.period).toBe('tháng 1 năm 2026');
  });

  it('six months → the year: its phương hướng for the last six months becomes the next year’s', () => {
    const next = nextPeriodReport(
      report('6 tháng đầu năm 2026', 'Sơ kết 6 tháng đầu năm 2026; phương hướng, nhiệm vụ 6 tháng cuối năm 2026', {
        header: {
          parentBody: '',
          issuingBody: 'X',
          number: '',
          symbol: '',
          place: '',
          date: '2026-06-20',
          summary: 'Sơ kết 6 tháng đầu năm 2026; phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
        },
      }),
    );
    expect(next.meta.header.summary).toBe('Sơ kết năm 2026; phương hướng, nhiệm vụ năm 2027');
    expect(next.meta.header.dateMonth).toBe('2026-12');
  });

  it('a quarter, written with Roman numerals and a capital', () => {
    const next = nextPeriodReport(report('Quý IV năm 2025', 'Kết quả Quý IV năm 2025 và nhiệm vụ Quý I năm 2026'));
    expect(next.meta.period).toBe('Quý I năm 2026');
    expect(next.meta.header.summary).toBe('Kết quả Quý I năm 2026 và nhiệm vụ Quý II năm 2026');
  });
});

describe('last period’s figures still standing (issue 31)', () => {
  it('finds the figures of a text, not the numbers of a date, a year or a document', () => {
    const text = 'Theo Kế hoạch số 15/KH-UBND ngày 05 tháng 01 năm 2025, thu ngân sách đạt 257.942 triệu đồng, bằng 96,5% dự toán; 12 thôn hoàn thành.';
    expect(figureRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['257.942', '96,5%', '12']);
  });

  it('the checklist points to paragraphs still word for word as last period’s, figures and all, until the clerk edits them', () => {
    const previous = {
      sections: [
        {
          id: 'p1',
          role: 'results',
          title: 'Kết quả',
          revision: 1,
          children: [],
          blocks: [{ type: 'paragraph', runs: [{ text: 'Thu ngân sách đạt 257.942 triệu đồng.' }] }],
        },
      ],
    };
    const now = (text: string) =>
      ({
        ...previous,
        id: 'nay',
        kind: 'dinh-ky',
        profile: 'state',
        period: 'tháng 5 năm 2026',
        outline: 'sections',
        previousId: 'truoc',
        header: { parentBody: '', issuingBody: 'X', number: '', symbol: 'BC-UBND', place: '', date: null, summary: 'Báo cáo tháng 5 năm 2026' },
        signature: { authority: 'TM.', onBehalfOf: 'UBND', position: 'CHỦ TỊCH', name: 'A' },
        recipients: ['Lưu: VT.'],
        appendices: [],
        opening: [],
        closing: [],
        sections: [{ id: 's1', role: 'results', title: 'Kết quả', revision: 1, children: [], blocks: [{ type: 'paragraph', runs: [{ text }] }] }],
        createdAt: '',
        updatedAt: '',
        revision: 1,
        structureRevision: 1,
      }) as unknown as Report;
    const carried = buildChecklist(now('Thu ngân sách đạt 257.942 triệu đồng.'), [], undefined, undefined, previous as unknown as Report);
    expect(carried.items.find((i) => i.id === 'text.previous-figures')?.message).toMatch(/Phần “Kết quả”: 1 đoạn vẫn y nguyên như kỳ trước/);
    const updated = buildChecklist(now('Thu ngân sách đạt 270.110 triệu đồng.'), [], undefined, undefined, previous as unknown as Report);
    expect(updated.items.some((i) => i.id === 'text.previous-figures')).toBe(false);
  });
});
