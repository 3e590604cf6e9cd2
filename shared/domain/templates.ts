/**
 * The report templates a clerk starts from. Each gives the standard parts in order; the
 * clerk then fills, adds, renames and reorders them. Titles are stored in sentence case;
 * the exporter sets the case each level needs (mục titles IN HOA).
 */
import { isPartyStyle } from './organization';
import type { ProfileId, SectionRole } from './vocabulary';

export interface SectionDraft {
  role: SectionRole;
  title: string;
  children?: SectionDraft[];
}

interface ReportTemplate {
  id: string;
  name: string;
  description: string;
  /** Short words for the file name: `BC-so-ket-…`. */
  fileNameStem: string;
  /** Example period shown in the create dialog. */
  periodExample: string;
  sections: SectionDraft[];
  /** The trích yếu proposed for a period; Party profiles start it with a small letter. */
  summaryFor(period: string, profile: ProfileId): string;
}

/** Party trích yếu start with a small letter (HD 05-HD/VPTW examples). */
export function caseSummaryForProfile(summary: string, profile: ProfileId): string {
  if (!isPartyStyle(profile)) return summary;
  return summary.charAt(0).toLocaleLowerCase('vi-VN') + summary.slice(1);
}

const soKetNghiQuyet: ReportTemplate = {
  id: 'so-ket-nghi-quyet',
  name: 'Báo cáo sơ kết/tổng kết thực hiện nghị quyết, kết luận, chỉ thị',
  description: 'Quán triệt, triển khai → kết quả theo từng nhiệm vụ → đánh giá chung (ưu điểm, hạn chế, nguyên nhân, bài học) → phương hướng → kiến nghị.',
  fileNameStem: 'so-ket',
  periodExample: '05 năm thực hiện Kết luận số 62-KL/TW',
  sections: [
    { role: 'dissemination', title: 'Công tác quán triệt, triển khai thực hiện' },
    { role: 'results', title: 'Kết quả thực hiện' },
    {
      role: 'assessment',
      title: 'Đánh giá chung',
      children: [
        { role: 'strengths', title: 'Ưu điểm' },
        { role: 'limitations', title: 'Hạn chế, tồn tại' },
        { role: 'causes', title: 'Nguyên nhân' },
        { role: 'lessons', title: 'Bài học kinh nghiệm' },
      ],
    },
    { role: 'directions', title: 'Phương hướng, nhiệm vụ, giải pháp' },
    { role: 'recommendations', title: 'Đề xuất, kiến nghị' },
  ],
  summaryFor: (period, profile) => caseSummaryForProfile(`Sơ kết ${period}`.trim(), profile),
};

const dinhKy: ReportTemplate = {
  id: 'dinh-ky',
  name: 'Báo cáo định kỳ (tháng, quý, 6 tháng, năm)',
  description: 'Kết quả thực hiện nhiệm vụ trong kỳ → đánh giá (ưu điểm; hạn chế, nguyên nhân) → nhiệm vụ trọng tâm kỳ tới → đề xuất, kiến nghị.',
  fileNameStem: 'dinh-ky',
  periodExample: '6 tháng đầu năm 2026',
  sections: [
    { role: 'results', title: 'Kết quả thực hiện nhiệm vụ' },
    {
      role: 'assessment',
      title: 'Đánh giá',
      children: [
        { role: 'strengths', title: 'Ưu điểm' },
        { role: 'limitations', title: 'Hạn chế và nguyên nhân' },
      ],
    },
    { role: 'directions', title: 'Nhiệm vụ trọng tâm kỳ tới' },
    { role: 'recommendations', title: 'Đề xuất, kiến nghị' },
  ],
  summaryFor: (period, profile) => caseSummaryForProfile(`Kết quả công tác ${period}; phương hướng, nhiệm vụ kỳ tới`.trim(), profile),
};

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [soKetNghiQuyet, dinhKy];

export function findTemplate(id: string): ReportTemplate | undefined {
  return REPORT_TEMPLATES.find((t) => t.id === id);
}
