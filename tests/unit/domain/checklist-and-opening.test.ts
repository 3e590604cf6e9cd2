import { describe, expect, it } from 'vitest';
import { buildChecklist } from '#shared/domain/checklist';
import { bodyName, closingSentence, openingSentence } from '#shared/domain/opening';
import { textParagraph, type Report } from '#shared/domain/report';
import { SECTION_GUIDANCE } from '#shared/domain/section-guidance';
import { SECTION_ROLES } from '#shared/domain/vocabulary';

function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 'r',
    kind: 'dinh-ky',
    profile: 'state',
    period: 'năm 2026',
    outline: 'sections',
    header: {
      parentBody: '',
      issuingBody: 'SỞ NỘI VỤ',
      number: '5',
      symbol: 'BC-SNV',
      place: 'Quảng Ngãi',
      date: null,
      docType: 'BÁO CÁO',
      summary: 'Tổng kết năm 2026',
    },
    signature: { authority: '', onBehalfOf: '', position: 'GIÁM ĐỐC', name: 'Phạm Thị Hoa' },
    recipients: ['Bộ Nội vụ;', 'Lưu: VT, VP.'],
    appendices: [],
    opening: [],
    closing: [],
    sections: [{ id: 's1', role: 'results', title: 'Kết quả', blocks: [textParagraph('Hoàn thành kế hoạch.')], revision: 1, children: [] }],
    createdAt: '',
    updatedAt: '',
    revision: 1,
    structureRevision: 1,
    ...overrides,
  };
}

const ids = (r: Report) => buildChecklist(r).items.map((i) => `${i.severity}:${i.id}`);

describe('checklist before export', () => {
  it('is clean for a complete report', () => {
    expect(ids(report())).toEqual([]);
    expect(buildChecklist(report()).blocking).toBe(false);
  });

  it('blocks on a blank left in brackets, a missing issuing body or signer', () => {
    const r = report({
      header: { ...report().header, issuingBody: '' },
      signature: { ...report().signature, name: '' },
      sections: [{ id: 's1', role: 'results', title: 'Kết quả', blocks: [textParagraph('Đạt [tỷ lệ]% kế hoạch.')], revision: 1, children: [] }],
    });
    expect(ids(r)).toEqual(['error:header.issuing-body', 'error:signer.name', 'error:text.blank']);
    expect(buildChecklist(r).blocking).toBe(true);
  });

  it('blocks on a người ký cùng with a post and no name, and lets an empty one go (it is not printed)', () => {
    const cosigner = { authority: 'TM.' as const, onBehalfOf: 'BAN CHẤP HÀNH CÔNG ĐOÀN', position: 'CHỦ TỊCH', name: '' };
    const empty = { authority: '' as const, onBehalfOf: '', position: '', name: '' };
    const r = report({ signature: { ...report().signature, cosigners: [empty, cosigner] } });
    expect(ids(r)).toEqual(['error:cosigner.name.2']);
    expect(buildChecklist(r).items.find((i) => i.id === 'cosigner.name.2')?.message).toBe('Chưa nhập họ tên người ký cùng thứ 2.');
  });

  it('warns about empty parts, the file-copy line, number and ký hiệu forms, long paragraphs and spelling', () => {
    const r = report({
      header: { ...report().header, number: '5/BC', symbol: 'UBND' },
      recipients: ['Bộ Nội vụ.'],
      sections: [
        { id: 's1', role: 'results', title: 'Kết quả', blocks: [textParagraph(`Công tác sử lý hồ sơ. ${'rất dài '.repeat(200)}`)], revision: 1, children: [] },
        { id: 's2', role: 'directions', title: 'Phương hướng', blocks: [], revision: 1, children: [] },
      ],
    });
    expect(ids(r)).toEqual([
      'warning:header.number',
      'warning:header.symbol',
      'warning:recipients.file-copy',
      'warning:part.empty',
      'warning:text.long-paragraph',
      'warning:text.spelling',
    ]);
    expect(buildChecklist(r).spelling.map((f) => f.suggestion)).toEqual(['xử lý']);
  });

  it('says an empty part of a template is left out of the Word file, and an empty heading of a file read in is written as it stands', () => {
    const empty = { id: 's2', role: 'directions' as const, title: 'Phương hướng', blocks: [], revision: 1, children: [] };
    const message = (r: Report) => buildChecklist(r).items.find((i) => i.id === 'part.empty')?.message;
    expect(message(report({ sections: [...report().sections, empty] }))).toBe('Phần "Phương hướng" còn trống nên sẽ không có trong tệp Word.');
    expect(message(report({ kind: 'khac', sections: [...report().sections, empty] }))).toBe(
      'Phần "Phương hướng" còn trống: tệp Word sẽ có đề mục này mà không có nội dung. Hãy viết nội dung hoặc xóa phần này.',
    );
  });

  it('counts the unit’s tone style apart from typos, as a note and never as a mistake', () => {
    const r = report({
      sections: [
        {
          id: 's1',
          role: 'results',
          title: 'Kết quả',
          blocks: [textParagraph('Đẩy mạnh chuyển đổi số, hiện đại hoá nền hành chính; công tác sử lý hồ sơ được cải thiện.')],
          revision: 1,
          children: [],
        },
      ],
    });
    const checklist = buildChecklist(r, [], 'new');
    const spelling = checklist.items.filter((i) => i.id.startsWith('text.'));
    expect(spelling.map((i) => `${i.severity}:${i.id}:${i.message}`)).toEqual([
      'warning:text.spelling:Có 1 chỗ có thể sai chính tả.',
      'note:text.tone-style:Có 1 chỗ bỏ dấu khác kiểu đơn vị đã chọn (hòa, không hoà) — không phải lỗi, nên viết thống nhất.',
    ]);
    expect(checklist.spelling.map((f) => f.kind).sort()).toEqual(['tone-style', 'wrong-word']);
  });

  it('warns before sending of an indicator row without its code, which the level above cannot add up (issue 22)', () => {
    const rows = [
      { code: 'HS1', name: 'Hồ sơ tiếp nhận', previous: '10', current: '12' },
      { name: 'Hồ sơ trực tuyến', previous: '3', current: '5' },
    ];
    const r = report({
      sections: [
        {
          id: 's1',
          role: 'results',
          title: 'Kết quả',
          blocks: [{ type: 'indicators', previousLabel: 'Quý I', currentLabel: 'Quý II', rows }],
          revision: 1,
          children: [],
        },
      ],
    });
    expect(
      buildChecklist(r)
        .items.filter((i) => i.id === 'indicators.no-code')
        .map((i) => i.message),
    ).toEqual([expect.stringContaining('“Hồ sơ trực tuyến” chưa có mã')]);
  });

  it('expects the Party forms for a Party report', () => {
    const r = report({ profile: 'party', header: { ...report().header, symbol: 'BC/ĐU' }, recipients: ['Lưu Văn phòng.'] });
    expect(ids(r)).toEqual([]);
  });
});

describe('opening and closing sentences', () => {
  it('write the body’s name in running text', () => {
    expect(bodyName('ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ')).toBe('Ủy ban nhân dân phường Nghĩa Lộ');
    expect(bodyName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    expect(bodyName('ĐẢNG ỦY XÃ TỊNH KHÊ')).toBe('Đảng ủy xã Tịnh Khê');
    expect(bodyName('Ban Tuyên giáo')).toBe('Ban Tuyên giáo');
    // The names a clerk's first week found lowercased (issue: "Liên đoàn lao động huyện bắc bình").
    expect(bodyName('LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC BÌNH')).toBe('Liên đoàn Lao động huyện Bắc Bình');
    expect(bodyName('UBND PHƯỜNG PHÚ THỦY')).toBe('Ủy ban nhân dân phường Phú Thủy');
    expect(bodyName('MẶT TRẬN TỔ QUỐC VIỆT NAM')).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(bodyName('')).toBe('[đơn vị]');
  });

  it('use the unit’s own in-sentence name when it has one', () => {
    const header = { issuingBody: 'BTV ĐẢNG ỦY XÃ AN HẢI', summary: 'Báo cáo quý I' };
    expect(openingSentence(header, 'Ban Thường vụ Đảng ủy xã An Hải')).toContain(', Ban Thường vụ Đảng ủy xã An Hải báo cáo');
    expect(closingSentence(header)).toBe('Trên đây là báo cáo báo cáo quý I của Ban Thường vụ Đảng ủy xã An Hải.');
  });

  it('leave the request document as a blank to fill', () => {
    const header = { issuingBody: 'SỞ NỘI VỤ', summary: 'Sơ kết 6 tháng đầu năm 2026' };
    expect(openingSentence(header)).toBe('Thực hiện [số, ngày, tên văn bản yêu cầu báo cáo], Sở Nội vụ báo cáo sơ kết 6 tháng đầu năm 2026 như sau:');
    expect(closingSentence(header)).toBe('Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của Sở Nội vụ.');
  });
});

describe('guidance', () => {
  it('has questions and an example with blanks for every role', () => {
    for (const role of SECTION_ROLES) {
      expect(SECTION_GUIDANCE[role].questions.length).toBeGreaterThan(0);
      expect(SECTION_GUIDANCE[role].example).toMatch(/\[[^\]]+\]/);
    }
  });
});
