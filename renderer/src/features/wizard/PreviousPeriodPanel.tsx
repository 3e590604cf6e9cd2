/**
 * "Kỳ trước": last period's text of the same part, beside the editor, read-only. Each
 * paragraph, dash item or table can be copied into this part, so the clerk updates rather than
 * retypes.
 */
import { blockTexts, type Block, type SectionNode } from '#shared/domain/report';

export function PreviousPeriodPanel({ previous, period, onCopy }: { previous: SectionNode | null; period: string; onCopy: (block: Block) => void }) {
  if (!previous) return null;
  const blocks = previous.blocks.filter((b) => blockTexts(b).some((t) => t.trim() !== ''));
  return (
    <details className="previous-period">
      <summary>
        Kỳ trước{period ? ` (${period})` : ''}: “{previous.title}” — {blocks.length === 0 ? 'không có nội dung' : `${blocks.length} đoạn`}
      </summary>
      <ol aria-label="Nội dung kỳ trước">
        {blocks.map((block, i) => (
          <li key={i}>
            <div className="previous-text">
              {block.type === 'indicators'
                ? `Bảng chỉ tiêu: ${block.rows.map((r) => `${r.name} ${r.current}`).join('; ')}`
                : block.type === 'table'
                  ? `Bảng: ${[block.caption, block.header.join(' | ')].filter(Boolean).join(' — ')}`
                  : blockTexts(block).map((t, j) => <p key={j}>{block.type === 'bullets' ? `${block.items[j]?.level === 2 ? '+' : '-'} ${t}` : t}</p>)}
            </div>
            <button type="button" className="small" aria-label={`Chép đoạn ${i + 1} của kỳ trước vào phần này`} onClick={() => onCopy(structuredClone(block))}>
              Chép vào phần này
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
