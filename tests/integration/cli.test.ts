/** The `baocao` command as office IT staff run it: real processes, real files, exit codes. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mammothText } from '../support/docx-reader';
import { FIXTURES_DIR, sampleReport } from '../support/fixtures';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'baocao.mjs');
const dir = mkdtempSync(join(tmpdir(), 'baocao-cli-'));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('baocao export', () => {
  it('writes the same kind of Word file as the app, exit 0', async () => {
    const out = join(dir, 'bao-cao.docx');
    const result = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Đã xuất ${out}`);
    expect(result.stdout).toContain('Bỏ qua các phần còn trống: Nguyên nhân');
    const { text } = await mammothText(readFileSync(out));
    expect(text).toContain('Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số');
  });

  it('exits 2 on an invalid file, naming the bad field on stderr', async () => {
    const bad = sampleReport() as unknown as { sections: { title: number }[] };
    bad.sections[1]!.title = 7;
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(bad));
    const result = await run('export', path, '-o', join(dir, 'x.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sections\[1\]\.title: sai kiểu dữ liệu \(cần chuỗi văn bản\)/);
  });

  it('exits 2 on parts nested 800 levels deep, naming the first too-deep part (no stack overflow)', async () => {
    const deep = sampleReport() as unknown as { sections: unknown[] };
    let section: unknown = { title: 'Ý cuối', blocks: [] };
    for (let i = 0; i < 800; i += 1) section = { title: `Cấp ${i}`, children: [section] };
    deep.sections = [section];
    const path = join(dir, 'deep.json');
    writeFileSync(path, JSON.stringify(deep));
    const result = await run('export', path, '-o', join(dir, 'deep.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sections\[0\]\.children\[0\]\.children\[0\]\.children\[0\]\.children\[0\]: các phần lồng nhau quá 4 cấp/);
    expect(result.stderr).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('reads a draft with no issuing body, but will not make a Word file of it', async () => {
    const draft = sampleReport();
    draft.header.issuingBody = '';
    const path = join(dir, 'nhap.json');
    writeFileSync(path, JSON.stringify(draft));
    const result = await run('export', path, '-o', join(dir, 'nhap.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Chưa xuất được tệp Word: Chưa nhập tên cơ quan ban hành\. \(Thông tin chung\)/);
    expect(existsSync(join(dir, 'nhap.docx'))).toBe(false);
  });

  it('refuses what the checklist refuses: a blank left in brackets, no signer', async () => {
    const draft = sampleReport();
    draft.signature.name = '';
    draft.sections[0]!.blocks!.push({ type: 'paragraph', text: 'Đã tổ chức […] hội nghị.' });
    const path = join(dir, 'con-trong.json');
    writeFileSync(path, JSON.stringify(draft));
    const result = await run('export', path, '-o', join(dir, 'con-trong.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Chưa nhập họ tên người ký.');
    expect(result.stderr).toContain('Còn chỗ trống chưa điền […]');
  });

  it('exits 2 for a missing file, a missing -o, or an unknown command', async () => {
    expect((await run('export', 'khong-co.json', '-o', 'a.docx')).stderr).toMatch(/Không tìm thấy tệp "khong-co.json"/);
    const noOut = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/-o <tệp.docx>/);
    expect((await run('bien-doi')).code).toBe(2);
  });

  it('exits 2 when it cannot write the output, saying what to check', async () => {
    const result = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', join(dir, 'khong-co-thu-muc', 'a.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không ghi được tệp/);
  });

  it('prints help (exit 0) and its version', async () => {
    expect(await run('--help')).toMatchObject({ code: 0 });
    expect((await run('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('baocao check', () => {
  it('exits 0 for a file we exported, 3 with findings for the wrong profile, 2 for a non-Word file', async () => {
    const out = join(dir, 'kiem-tra.docx');
    await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', out);
    const ok = await run('check', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Đúng thể thức');
    const party = await run('check', out, '--profile', 'party', '--json');
    expect(party.code).toBe(3);
    const parsed = JSON.parse(party.stdout) as { profile: string; findings: { ruleId: string }[] };
    expect(parsed.profile).toBe('party');
    expect(parsed.findings.map((f) => f.ruleId)).toContain('number.party-colon');
    const text = join(dir, 'khong-phai-word.docx');
    writeFileSync(text, 'xin chào');
    const bad = await run('check', text);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/không phải tệp Word/);
    expect((await run('check', out, '--profile', 'huyen')).code).toBe(2);
  });
});

describe('baocao text', () => {
  it('check prints line:column<TAB>word<TAB>suggestion and exits 3; exits 0 on clean text', async () => {
    const file = join(dir, 'loi.txt');
    writeFileSync(file, 'Công tác sử lý hồ sơ.\nTăng cường hứơng dẫn.\n');
    const result = await run('text', 'check', file);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('1:10\tsử lý\txử lý\n2:12\thứơng\thướng\n');
    const clean = join(dir, 'sach.txt');
    writeFileSync(clean, 'Công tác xử lý hồ sơ được triển khai kịp thời.');
    expect(await run('text', 'check', clean)).toMatchObject({ code: 0, stdout: '' });
  });

  it('check uses a personal dictionary and a tone style', async () => {
    const file = join(dir, 'kieu.txt');
    writeFileSync(file, 'Hoà bình, năgn.');
    const dict = join(dir, 'tu-dien.txt');
    writeFileSync(dict, 'năgn\n');
    const result = await run('text', 'check', file, '--style', 'new', '--dict', dict);
    expect(result.stdout).toBe('1:1\tHoà\tHòa\n');
  });

  it('check --iy points out the spelling the unit did not choose (kĩ for kỹ); a wrong value is a usage error', async () => {
    const file = join(dir, 'iy.txt');
    writeFileSync(file, 'Quy định về kĩ thuật.');
    expect((await run('text', 'check', file)).stdout).toBe('');
    expect((await run('text', 'check', file, '--iy', 'y')).stdout).toBe('1:13\tkĩ\tkỹ\n');
    expect((await run('text', 'check', file, '--iy', 'i')).stdout).toBe('1:1\tQuy\tQui\n');
    const wrong = await run('text', 'check', file, '--iy', 'x');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--iy y/);
  });

  it('convert reads TCVN3 and VNI files byte for byte and prints Unicode', async () => {
    const tcvn3 = join(dir, 'tcvn3.txt');
    writeFileSync(tcvn3, Buffer.from('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'latin1'));
    expect((await run('text', 'convert', '--from', 'auto', tcvn3)).stdout.trim()).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect((await run('text', 'convert', '--from', 'tcvn3', tcvn3)).stdout.trim()).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    const vni = join(dir, 'vni.txt');
    writeFileSync(vni, Buffer.from('Ñoäc laäp - Töï do - Haïnh phuùc', 'latin1'));
    expect((await run('text', 'convert', '--from', 'vni', vni)).stdout.trim()).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('tone rewrites to one style; a missing style is a usage error (exit 2)', async () => {
    const file = join(dir, 'dau.txt');
    writeFileSync(file, 'Hoà bình, khoẻ mạnh, thuỷ lợi; Thường trực Ủy ban.\n- Tọa đàm.');
    expect((await run('text', 'tone', '--style', 'new', file)).stdout.trim()).toBe('Hòa bình, khỏe mạnh, thủy lợi; Thường trực Ủy ban.\n- Tọa đàm.');
    expect((await run('text', 'tone', '--style', 'old', file)).stdout.trim()).toBe('Hoà bình, khoẻ mạnh, thuỷ lợi; Thường trực Uỷ ban.\n- Toạ đàm.');
    const missing = await run('text', 'tone', file);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--style new/);
  });
});

describe('baocao with many files in one run', () => {
  it('exports many reports into a folder and checks them, a refused file reported and the others done (exit 2)', async () => {
    const folder = join(dir, 'nhieu-tep');
    const good = join(FIXTURES_DIR, 'so-ket-phuong.report.json');
    const copy = join(dir, 'ban-sao.json');
    writeFileSync(copy, readFileSync(good));
    const exported = await run('export', good, copy, join(dir, 'khong-co.json'), '-o', folder);
    expect(exported.code).toBe(2);
    expect(exported.stdout).toContain(`→ ${join(folder, 'so-ket-phuong.report.docx')}`);
    expect(exported.stdout).toContain('Không xuất: Không tìm thấy tệp');
    expect(exported.stdout).toContain('Đã xuất 2/3 tệp');
    const checks = join(dir, 'ket-qua-kiem-tra');
    const checked = await run('check', join(folder, 'so-ket-phuong.report.docx'), join(folder, 'ban-sao.docx'), '-o', checks);
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toContain('Đã kiểm tra 2/2 tệp: 0 tệp có lỗi thể thức.');
    expect(JSON.parse(readFileSync(join(checks, 'ban-sao.kiem-tra.json'), 'utf8'))).toMatchObject({ findings: [] });
    const json = await run('check', join(folder, 'ban-sao.docx'), good, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ file: join(folder, 'ban-sao.docx'), findings: [] }),
      { file: good, error: expect.stringContaining('không phải tệp Word') },
    ]);
  });
});

describe('baocao import and baocao library', () => {
  it('reads a Word report into a report file, and refuses what is not Word with exit 2', async () => {
    const docx = join(dir, 'nhap.docx');
    expect((await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', docx)).code).toBe(0);
    const out = join(dir, 'nhap.json');
    const result = await run('import', docx, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trích yếu “Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số”');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({
      format: 'baocao.report/1',
      profile: 'state',
      header: { number: '05', symbol: 'BC-UBND', date: '2026-06-05' },
      signature: { authority: 'TM.', name: 'Nguyễn Văn An' },
    });
    expect(report.sections.map((s: { title: string }) => s.title)).toContain('Công tác quán triệt, triển khai thực hiện');

    writeFileSync(join(dir, 'gia.docx'), 'GIF89a ảnh chụp, không phải Word');
    const refused = await run('import', join(dir, 'gia.docx'), '-o', join(dir, 'gia.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('không phải tệp Word');
    expect(existsSync(join(dir, 'gia.json'))).toBe(false);
  });

  it('adds Word files and report files to a data folder (a bad one refused, the rest added), lists and searches them', async () => {
    const data = join(dir, 'du-lieu-thu-vien');
    const docx = join(dir, 'thu-vien.docx');
    expect((await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', docx)).code).toBe(0);
    writeFileSync(join(dir, 'hong.docx'), 'PK\u0003\u0004 hỏng');
    const added = await run('library', 'add', docx, join(dir, 'hong.docx'), join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '--data-dir', data);
    expect(added.code).toBe(2);
    expect(added.stdout).toMatch(/Đã thêm: .*thu-vien\.docx → /);
    expect(added.stdout).toMatch(/Không thêm: .*hong\.docx/);
    expect(added.stdout).toContain('Đã thêm 2/3 tệp');

    const list = await run('library', 'list', '--json', '--data-dir', data);
    expect(list.code).toBe(0);
    const reports = JSON.parse(list.stdout) as { id: string; title: string; period: string }[];
    expect(reports).toHaveLength(2);
    expect(reports.every((r) => r.period === '6 tháng đầu năm 2026')).toBe(true);

    const found = await run('library', 'search', 'thanh', 'toan', 'dien', 'tu', '--json', '--data-dir', data);
    expect(found.code).toBe(0);
    const hits = JSON.parse(found.stdout) as { reportId: string; part: string; snippet: string }[];
    expect(new Set(hits.map((h) => h.reportId))).toEqual(new Set(reports.map((r) => r.id)));
    expect(hits[0]).toMatchObject({ part: 'Thanh toán điện tử' });
    const text = await run('library', 'search', 'mã QR', '--data-dir', data);
    expect(text.stdout).toContain('triển khai «mã QR» cho 95% tiểu thương');

    const missing = await run('library', 'list', '--data-dir', join(dir, 'khong-co'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Chưa có dữ liệu Soạn Báo Cáo');
  });
});

describe('baocao pack, consolidate, and packages in the library', () => {
  it('packs a report file (the same id each time), adds the package to a library once, and consolidates units’ packages', async () => {
    const { communeIndicatorSet, communePackage } = await import('../support/commune-reports');
    const pkg = join(dir, 'bao-cao.baocao');
    const packed = await run('pack', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '-o', pkg);
    expect(packed.code).toBe(0);
    expect(packed.stdout).toMatch(/report\.json, so-ket-phuong\.report\.docx/);
    const data = join(dir, 'du-lieu-goi');
    const added = await run('library', 'add', pkg, pkg, '--data-dir', data);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('lần gửi 1: báo cáo mới.');
    expect(added.stdout).toContain('Không đổi: ');
    expect(JSON.parse((await run('library', 'list', '--json', '--data-dir', data)).stdout)).toHaveLength(1);

    const set = communeIndicatorSet(6);
    const files = [0, 1, 2].map((i) => {
      const path = join(dir, `xa-${i}.baocao`);
      writeFileSync(path, communePackage(set, i, new Date('2026-07-04T00:00:00Z'), i === 2 ? { skip: ['HS1'] } : {}));
      return path;
    });
    writeFileSync(join(dir, 'hong.baocao'), 'không phải gói');
    const out = join(dir, 'tong-hop.json');
    const result = await run('consolidate', ...files, join(dir, 'hong.baocao'), '-o', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Bỏ qua');
    expect(result.stderr).toContain('thiếu chỉ tiêu “Hồ sơ lĩnh vực 1 tiếp nhận” (HS1)');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.sections[0].blocks[0]).toMatchObject({ type: 'indicators', rows: expect.arrayContaining([expect.objectContaining({ code: 'DAN_SO' })]) });
    expect(report.appendices[0].blocks[0].rows).toHaveLength(4);
  });
});

describe('baocao import of a PDF', () => {
  it('reads a signed PDF like a Word file: its header into the report file (exit 0)', async () => {
    const out = join(dir, 'quy-dinh.json');
    const result = await run('import', join(FIXTURES_DIR, 'pdf', 'quydinh294.pdf'), '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trích yếu “THI HÀNH ĐIỀU LỆ ĐẢNG”');
    expect(JSON.parse(readFileSync(out, 'utf8')).header).toMatchObject({
      issuingBody: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      number: '294',
      symbol: 'QĐ/TW',
      date: '2025-05-26',
    });
  });
});

describe('baocao consolidate with Excel biểu mẫu', () => {
  it('adds an .xlsx beside packages, read against the packages’ Bộ chỉ tiêu, and prints what it was read as', async () => {
    const { communeIndicatorSet, communePackage, communeName, communeFigure } = await import('../support/commune-reports');
    const { communeWorkbook } = await import('../support/commune-workbook');
    const { writeFigure } = await import('#shared/consolidation/figures');
    const set = communeIndicatorSet(6);
    const xlsx = join(dir, 'phu-hoa.xlsx');
    writeFileSync(xlsx, await communeWorkbook(set, 1, communeName(1)));
    const pkg = join(dir, 'an-phu.baocao');
    writeFileSync(pkg, communePackage(set, 0, new Date('2026-07-04T00:00:00Z')));
    const out = join(dir, 'tong-hop-excel.json');
    // The Excel file first on the line: it is still read after the package that brings the set.
    const result = await run('consolidate', xlsx, pkg, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'phu-hoa.xlsx (ỦY BAN NHÂN DÂN XÃ PHÚ HÒA): trang tính “Biểu 01”, đọc 6 chỉ tiêu; kỳ trước: cột E “Quý I năm 2026 – TH”, kỳ này: cột G “Quý II năm 2026 – TH”.',
    );
    expect(result.stderr).toMatch(/phu-hoa\.xlsx: dòng \d+ “Dòng kiểm tra \(ẩn\)” không đọc: Dòng bị ẩn/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const row = report.sections[0].blocks[0].rows.find((r: { code: string }) => r.code === 'DAN_SO');
    expect(row.current).toBe(writeFigure(communeFigure(set, 0, 'DAN_SO', 'current') + communeFigure(set, 1, 'DAN_SO', 'current')));
  });

  it('skips an Excel file with words where a figure belongs, naming the cell (exit 2)', async () => {
    const { communeIndicatorSet, communeName } = await import('../support/commune-reports');
    const { communeWorkbook } = await import('../support/commune-workbook');
    const set = communeIndicatorSet(6);
    const setFile = join(dir, 'bo-chi-tieu.json');
    writeFileSync(setFile, JSON.stringify(set));
    const xlsx = join(dir, 'tan-lap.xlsx');
    writeFileSync(xlsx, await communeWorkbook(set, 2, communeName(2), { textIn: 'DAN_SO' }));
    const result = await run('consolidate', xlsx, '--indicators', setFile, '-o', join(dir, 'x.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Bỏ qua .*tan-lap\.xlsx: Tệp tan-lap\.xlsx chưa được cộng: 1 ô cần sửa\. Ô G\d+ \(chỉ tiêu “Dân số”\) ghi “đang tổng hợp”/);
  });
});

describe('what a refusal prints', () => {
  it('a refused file says why, without the whole usage text; a usage error shows how to use', async () => {
    const missing = await run('import', join(dir, 'khong-co.docx'), '-o', join(dir, 'x.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Không tìm thấy tệp/);
    expect(missing.stderr).not.toMatch(/Cách dùng/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);

    const badOption = await run('export', join(FIXTURES_DIR, 'so-ket-phuong.report.json'), '--khong-co');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/Không hiểu tùy chọn "--khong-co"/);
    expect(badOption.stderr).toMatch(/Cách dùng/);
  });

  it('never prints the raw bytes of a file: a zip given as text is refused in one short line', async () => {
    const zipped = join(dir, 'la-tep-word.txt');
    writeFileSync(zipped, Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000'), Buffer.alloc(600, 0x9c)]));
    for (const args of [
      ['text', 'convert', '--from', 'auto', zipped],
      ['text', 'tone', '--style', 'new', zipped],
      ['text', 'check', zipped],
    ]) {
      const result = await run(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/không phải tệp văn bản/);
      expect(result.stderr.length).toBeLessThan(300);
    }
  });

  it('quotes at most a few words of what a hostile report file holds', async () => {
    const hostile = JSON.parse(readFileSync(join(FIXTURES_DIR, 'so-ket-phuong.report.json'), 'utf8')) as Record<string, unknown>;
    hostile[`PK\u0003\u0004${'\u0000\u009c'.repeat(250)}`] = 1;
    const path = join(dir, 'thu-khoa-la.json');
    writeFileSync(path, JSON.stringify(hostile));
    const result = await run('export', path, '-o', join(dir, 'la.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/có trường không được phép/);
    expect(result.stderr.length).toBeLessThan(400);
    expect([...result.stderr].filter((ch) => ch.charCodeAt(0) < 0x09 || (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) < 0xa0))).toEqual([]);
  });
});
