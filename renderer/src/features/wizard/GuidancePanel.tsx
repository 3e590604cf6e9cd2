/** Questions a good answer covers, and an example paragraph to insert and adapt. */
import { SECTION_GUIDANCE } from '#shared/domain/section-guidance';
import type { SectionRole } from '#shared/domain/vocabulary';

export function GuidancePanel({ role, onInsertExample }: { role: SectionRole; onInsertExample: (text: string) => void }) {
  const guidance = SECTION_GUIDANCE[role];
  return (
    <details className="guidance" open>
      <summary>Gợi ý nội dung</summary>
      <ul aria-label="Câu hỏi gợi ý">
        {guidance.questions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ul>
      <div className="example">
        <span className="note">Đoạn mẫu: {guidance.example}</span>
        <button type="button" className="small" onClick={() => onInsertExample(guidance.example)}>
          Chèn đoạn mẫu
        </button>
      </div>
      <p className="note">Chỗ trong ngoặc vuông [ ] phải được thay bằng nội dung thật; báo cáo còn chỗ trống sẽ không xuất được.</p>
    </details>
  );
}
