/**
 * Shortcuts for the usual structure: one sub-item per task of the document under review (Kết
 * quả), and the split of causes into khách quan / chủ quan.
 */
import { useState } from 'react';
import type { SectionNode } from '#shared/domain/report';
import { TextArea } from '../common/TextArea';

export function TaskListTool({ onCreate }: { onCreate: (titles: string[]) => void }) {
  const [text, setText] = useState('');
  const titles = text
    .split('\n')
    .map((t) => t.trim().replace(/^(\d+[.)]|[-–+•])\s*/, ''))
    .filter((t) => t !== '');
  return (
    <details className="tool">
      <summary>Tạo mục con theo từng nhiệm vụ của văn bản</summary>
      <p className="note">Dán danh sách nhiệm vụ, giải pháp của nghị quyết, kết luận (mỗi dòng một nhiệm vụ, giữ đúng thứ tự); mỗi dòng thành một mục con.</p>
      <TextArea aria-label="Danh sách nhiệm vụ" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="small"
        disabled={titles.length === 0}
        onClick={() => {
          onCreate(titles);
          setText('');
        }}
      >
        Tạo {titles.length > 0 ? titles.length : ''} mục con
      </button>
    </details>
  );
}

export function CausesSplitTool({ section, onSplit }: { section: SectionNode; onSplit: (titles: string[]) => void }) {
  if (section.role !== 'causes' || section.children.length > 0) return null;
  return (
    <button type="button" className="small" onClick={() => onSplit(['Nguyên nhân khách quan', 'Nguyên nhân chủ quan'])}>
      Chia thành nguyên nhân khách quan và chủ quan
    </button>
  );
}
