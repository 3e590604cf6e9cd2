/**
 * A clerk's library for benchmarks: thousands of reports of varied length and kind, made of
 * administrative Vietnamese sentences, dash lists and indicator tables — written straight into a
 * data file through the store (the API would take minutes to create 10,000).
 */
import type { Database } from 'better-sqlite3';
import type { Sql } from '../electron/core/db/sql';
import { SqliteSql } from '../electron/core/db/sqlite-sql';
import { ReportStore } from '../electron/core/stores/report/report-store';
import type { SectionContent } from '#shared/domain/report-file-mapping';
import { textParagraph, type Block } from '#shared/domain/report';

const SUBJECTS = [
  'Ủy ban nhân dân xã',
  'Ban Thường vụ Đảng ủy',
  'Ban Chấp hành Công đoàn cơ sở',
  'Ủy ban Mặt trận Tổ quốc phường',
  'Ban Chấp hành Đoàn xã',
  'Văn phòng Sở',
];
const VERBS = [
  'đã chỉ đạo triển khai',
  'tổ chức quán triệt',
  'ban hành kế hoạch thực hiện',
  'kiểm tra, đôn đốc việc thực hiện',
  'phối hợp tổ chức',
  'sơ kết, đánh giá',
];
const OBJECTS = [
  'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số',
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'kế hoạch cải cách hành chính năm 2026',
  'phong trào thi đua yêu nước',
  'công tác bảo đảm an ninh trật tự trên địa bàn',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];
const RESULTS = [
  'kết quả đạt 95% chỉ tiêu đề ra',
  'được Nhân dân đồng tình, ủng hộ',
  'tuy nhiên tiến độ ở một số đơn vị còn chậm',
  'góp phần hoàn thành nhiệm vụ chính trị của địa phương',
  'số hồ sơ giải quyết đúng hạn tăng 12,5% so với cùng kỳ',
];

/** A deterministic pseudo-random sequence: the same library every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function sentence(next: () => number): string {
  return `${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)}, ${pick(next, RESULTS)}.`;
}

/** A part's text: paragraphs of office sentences, sometimes a dash list or an indicator table. */
export function blocks(next: () => number): Block[] {
  const out: Block[] = [];
  const paragraphs = 1 + Math.floor(next() * 4);
  for (let p = 0; p < paragraphs; p += 1) out.push(textParagraph(Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(next)).join(' ')));
  if (next() < 0.4)
    out.push({ type: 'bullets', items: Array.from({ length: 2 + Math.floor(next() * 4) }, () => ({ runs: [{ text: sentence(next) }], level: 1 as const })) });
  if (next() < 0.15) {
    out.push({
      type: 'table',
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kỳ trước', 'Kỳ này', 'So sánh'],
      rows: Array.from({ length: 3 + Math.floor(next() * 6) }, (_, r) => [
        String(r + 1),
        `Chỉ tiêu ${r + 1}`,
        'hồ sơ',
        String(100 + r * 7),
        String(110 + r * 9),
        `${(100 + next() * 30).toFixed(1).replace('.', ',')}%`,
      ]),
    });
  }
  return out;
}

function sections(next: () => number): SectionContent[] {
  const titles = ['Công tác quán triệt', 'Kết quả thực hiện nhiệm vụ', 'Đánh giá chung', 'Phương hướng, nhiệm vụ kỳ tới', 'Kiến nghị, đề xuất'];
  return titles.map((title, i) => ({
    role: 'other' as const,
    title,
    blocks: blocks(next),
    children:
      i === 1
        ? Array.from({ length: Math.floor(next() * 6) }, (_, k) => ({ role: 'other' as const, title: `Nhiệm vụ ${k + 1}`, blocks: blocks(next), children: [] }))
        : [],
  }));
}

/** Adds `count` reports to the data file behind `db`, in batches of one transaction each. */
export function fillLibrary(db: Database, count: number, seed = 2026): Promise<void> {
  return fillStore(new SqliteSql(db), count, seed);
}

/** Adds `count` reports through the stores on either backend (a PC's file or an office server). */
export async function fillStore(sql: Sql, count: number, seed = 2026, onBatch?: (done: number) => void): Promise<void> {
  const next = random(seed);
  let id = 0;
  const deps = { now: () => new Date(Date.UTC(2020, 0, 1) + id * 3_600_000).toISOString(), newId: () => `bench-${seed}-${++id}` };
  for (let start = 0; start < count; start += 500) {
    await sql.transaction(async (tx) => {
      const store = new ReportStore({ sql: tx, ...deps });
      for (let i = start; i < Math.min(count, start + 500); i += 1) {
        const period = `tháng ${1 + (i % 12)} năm ${2016 + (Math.floor(i / 12) % 10)}`;
        await store.create(
          {
            kind: 'dinh-ky',
            profile: pick(next, ['state', 'party', 'trade-union', 'front', 'youth-union'] as const),
            period,
            outline: 'sections',
            header: {
              parentBody: 'UBND TỈNH QUẢNG NGÃI',
              issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN HẢI',
              number: String(i % 300),
              symbol: 'BC-UBND',
              place: 'An Hải',
              date: null,
              docType: 'BÁO CÁO',
              summary: `Kết quả công tác ${period}`,
            },
            signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
            recipients: ['UBND tỉnh;', 'Lưu: VT, VP.'],
            appendices: [],
            opening: [],
            closing: [],
          },
          sections(next),
        );
      }
    });
    onBatch?.(Math.min(count, start + 500));
  }
}
