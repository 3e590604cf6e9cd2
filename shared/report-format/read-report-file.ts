/**
 * Reading a `baocao.report/1` file: JSON text in, a validated report or Vietnamese
 * problems out. Each problem names the path of the bad field (`sections[0].blocks[2].type`)
 * so a clerk or the IT staff can find it in the file.
 */
import type { z } from 'zod';
import { briefQuote } from '../text/brief-quote';
import { cleanReportFile } from './clean-report';
import { MAX_SECTION_DEPTH, REPORT_FORMAT_ID, reportFileSchema, type ReportFile } from './schema';

interface FormatProblem {
  /** Dotted path of the field, e.g. `header.date`; empty for the whole file. */
  path: string;
  message: string;
}

type ReadResult = { ok: true; report: ReportFile } | { ok: false; problems: FormatProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu trường bắt buộc';
      return `sai kiểu dữ liệu (cần ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys
        .slice(0, 5)
        .map((k) => briefQuote(k))
        .join(', ')}${issue.keys.length > 5 ? ` và ${issue.keys.length - 5} trường khác` : ''}`;
    case 'invalid_value':
      return `giá trị không được chấp nhận (cho phép: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'invalid_union':
      return 'khối nội dung không hợp lệ (type phải là "paragraph", "bullets" hoặc "table")';
    case 'too_big':
      return `quá dài (tối đa ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string' ? 'không được để trống' : `cần ít nhất ${String(issue.minimum)} phần tử`;
    case 'invalid_format':
    case 'custom':
      if (issue.message === 'iso_date') return 'ngày không hợp lệ (dạng YYYY-MM-DD, ví dụ 2026-06-05)';
      if (issue.message === 'date_month') return 'tháng không hợp lệ (dạng YYYY-MM, ví dụ 2026-06, hoặc chỉ năm YYYY)';
      if (issue.message === 'paragraph_text_or_runs') return 'đoạn văn phải có đúng một trong hai trường "text" hoặc "runs"';
      return 'giá trị không hợp lệ';
    default:
      return 'giá trị không hợp lệ';
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi văn bản',
    number: 'số',
    boolean: 'true/false',
    array: 'danh sách',
    object: 'đối tượng',
    null: 'null',
  };
  return names[expected] ?? expected;
}

/**
 * The first part nested deeper than MAX_SECTION_DEPTH, found without recursion: a hostile file
 * can nest thousands of levels, which would exhaust the stack of any recursive reader.
 */
function tooDeepSection(value: unknown): string | null {
  const sections = (value as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return null;
  const stack: { node: unknown; path: string; depth: number }[] = sections.map((node, i) => ({ node, path: `sections[${i}]`, depth: 1 }));
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number];
    if (depth > MAX_SECTION_DEPTH) return path;
    const children = (node as { children?: unknown } | null)?.children;
    if (Array.isArray(children)) children.forEach((child, i) => stack.push({ node: child, path: `${path}.children[${i}]`, depth: depth + 1 }));
  }
  return null;
}

/** Validates an already-parsed value as a report file. */
export function validateReportFile(value: unknown): ReadResult {
  const deep = tooDeepSection(value);
  if (deep) {
    return {
      ok: false,
      problems: [
        {
          path: deep,
          message: `các phần lồng nhau quá ${MAX_SECTION_DEPTH} cấp (mục, khoản, điểm, ý); hãy viết nội dung sâu hơn thành đoạn văn hoặc gạch đầu dòng`,
        },
      ],
    };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const format = (value as { format: unknown }).format;
    if (format !== REPORT_FORMAT_ID) {
      return {
        ok: false,
        problems: [
          {
            path: 'format',
            message: `định dạng "${String(format)}" không được hỗ trợ; phiên bản này chỉ đọc "${REPORT_FORMAT_ID}". Hãy cập nhật Soạn Báo Cáo.`,
          },
        ],
      };
    }
  }
  const parsed = reportFileSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, report: cleanReportFile(parsed.data) };
  const problems = parsed.error.issues.slice(0, 20).map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue),
  }));
  return { ok: false, problems };
}

/** Parses JSON text and validates it; a syntax error is reported as a problem too. */
export function readReportFile(jsonText: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      problems: [{ path: '', message: 'tệp không phải JSON hợp lệ (có thể bị cắt ngang hoặc sửa tay sai cú pháp)' }],
    };
  }
  return validateReportFile(value);
}

/** One Vietnamese sentence listing the problems, for error messages and the CLI. */
export function describeProblems(problems: readonly FormatProblem[]): string {
  const lines = problems.map((p) => `- ${p.path === '' ? '(toàn tệp)' : p.path}: ${p.message}`);
  return `Tệp báo cáo không hợp lệ:\n${lines.join('\n')}`;
}
