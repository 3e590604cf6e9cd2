/**
 * `npm run bench` (search quality): does "Tìm trong các báo cáo" put the report a clerk means at
 * the top? A library of real documents from real offices (tests/fixtures/field: 2007–2025, read
 * through "Nhập từ tệp Word" as a clerk would) among 120 generated reports of 2016–2025 that share
 * their administrative vocabulary. Each query is what a clerk remembers of a document — its subject
 * in her own words, typed with and without diacritics — and the answer is that document (or, for a
 * quyết định and the quy định it issues, either). Written once from the documents' subjects; the
 * ranking was never tuned on them. Reported: the right report first (top 1), among the first three,
 * the mean reciprocal rank, and the time per search.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../electron/core/host/create-core';
import { DataFile } from '../electron/core/data-file/data-file';
import type { SearchResult } from '#shared/contract/search';
import { FIELD_DIR, fieldFiles } from '../tests/support/field-corpus';
import { fillLibrary } from './library-fixture';

const GENERATED = 120;
const quiet = { error: () => undefined };

/** What a clerk types, and the field documents that answer it. */
const QUERIES: { query: string; answers: string[] }[] = [
  { query: 'đào tạo sử dụng phần mềm quản lý văn bản Phú Thọ', answers: ['kh-sttt-phu-tho-2011'] },
  { query: 'khảo sát dự án phần mềm nguồn mở quản lý văn bản', answers: ['kh-nvks-ttcntt-tay-bac-2012'] },
  { query: 'đẩy mạnh khoa học công nghệ cấp cơ sở', answers: ['ct-09-2009-ubnd-binh-duong'] },
  { query: 'quản lý đại lý Internet Hà Nội', answers: ['qd-15-2010-ubnd-ha-noi'] },
  { query: 'tuyển chọn tổ chức chủ trì nhiệm vụ khoa học', answers: ['qd-09-2010-ubnd-can-tho', 'quy-dinh-kem-qd-09-2010-can-tho'] },
  { query: 'thể thức và kỹ thuật trình bày văn bản hành chính', answers: ['tt-01-2011-bnv'] },
  { query: 'nghị định hướng dẫn thi hành Luật thanh tra', answers: ['nd-86-2011-cp'] },
  { query: 'minh bạch tài sản, thu nhập', answers: ['tt-2442-2007-ttcp'] },
  { query: 'cơ chế một cửa liên thông', answers: ['qd-93-2007-ttg'] },
  { query: 'phân loại cán bộ công chức năm 2011', answers: ['bang-tong-hop-sttt-phu-tho-2011'] },
  { query: 'kiểm điểm chất lượng đảng viên', answers: ['kiem-diem-dang-vien-le-thuy-2011'] },
  { query: 'xét tốt nghiệp đợt 1', answers: ['tb-03-2014-uit'] },
  { query: 'tuyên truyền Đại hội Công đoàn Việt Nam lần thứ XI', answers: ['cv-172-2013-cdgdvn'] },
  { query: 'điểm rèn luyện sinh viên', answers: ['bien-ban-hop-lop-uit-2013'] },
  { query: 'quản lý nhà nước về giá Thái Nguyên', answers: ['qd-07-2025-ubnd-thai-nguyen'] },
];

const withoutMarks = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (d) => (d === 'đ' ? 'd' : 'D'));

async function call<T>(core: Core, method: string, args: unknown): Promise<T> {
  const envelope = await core.dispatch(method, args);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

const dir = mkdtempSync(join(tmpdir(), 'baocao-search-quality-'));
const data = DataFile.open(dir, () => new Date(), quiet);
await fillLibrary(data.db, GENERATED, 7);
let next = 0;
const core = createCore({
  data,
  clock: () => new Date(),
  newId: () => `q-${++next}`,
  log: quiet,
  info: { version: 'bench', dataDir: '', mode: 'browser' },
});

// Each document once, from the office's own file (not LibreOffice's re-save of it).
const reportOf = new Map<string, string>();
for (const file of fieldFiles().filter((f) => f.made === 'office')) {
  const base64 = readFileSync(join(FIELD_DIR, 'files', file.file)).toString('base64');
  const draft = await call<{ report: unknown }>(core, 'library.readWord', { fileName: file.file, base64 });
  const saved = await call<{ id: string }>(core, 'library.saveImport', { fileName: file.file, json: JSON.stringify(draft.report) });
  reportOf.set(file.id, saved.id);
}
// The index is built as the search box asks (first searches answer while it is being built).
for (let i = 0; i < 1000; i += 1) if ((await call<SearchResult>(core, 'library.search', { query: 'báo cáo' })).indexing === null) break;

const ranks: (number | null)[] = [];
const times: number[] = [];
const misses: string[] = [];
for (const { query, answers } of QUERIES) {
  const wanted = new Set(answers.map((a) => reportOf.get(a)));
  for (const typed of [query, withoutMarks(query)]) {
    const started = performance.now();
    const { hits } = await call<SearchResult>(core, 'library.search', { query: typed });
    times.push(performance.now() - started);
    // The list shows reports in the order of their first hit.
    const reports = [...new Set(hits.map((h) => h.reportId))];
    const at = reports.findIndex((id) => wanted.has(id));
    ranks.push(at < 0 ? null : at + 1);
    if (at !== 0) misses.push(`“${typed}” → ${at < 0 ? 'not found' : `rank ${at + 1}`} (first: ${hits[0]?.title ?? '—'})`);
  }
}
core.close();

const share = (test: (rank: number | null) => boolean) => `${((100 * ranks.filter(test).length) / ranks.length).toFixed(0)}%`;
const mrr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
times.sort((a, b) => a - b);
console.log(
  `Search quality over ${reportOf.size + GENERATED} reports (${reportOf.size} real office documents of 2007–2025 among ${GENERATED} generated ones of 2016–2025), ` +
    `${ranks.length} queries a clerk would type (with and without diacritics): right report first ${share((r) => r === 1)}, in the first three ${share((r) => r !== null && r <= 3)}, ` +
    `MRR ${mrr.toFixed(2)}, not found ${ranks.filter((r) => r === null).length}; p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms per search`,
);
for (const miss of misses) console.log(`  ${miss}`);
