/**
 * "Báo cáo của các đơn vị": in a report made by a consolidation, each part shows the units' texts
 * of the same part side by side (matched by role, else by title), each paragraph copyable into
 * this part — the clerk condenses instead of hunting through fifteen files.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import { blockTexts, type Block } from '#shared/domain/report';
import { blockFromFile } from '#shared/domain/report';
import { api } from '../../api/client';

export function UnitsPanel({ reportId, sectionId, onCopy }: { reportId: string; sectionId: string; onCopy: (block: Block) => void }) {
  const [narrative, setNarrative] = useState<ApiResult<'consolidations.narrative'>>(null);
  useEffect(() => {
    let live = true;
    api('consolidations.narrative', { reportId, sectionId }).then(
      (n) => live && setNarrative(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reportId, sectionId]);
  if (!narrative) return null;
  return (
    <details className="units-panel previous-period">
      <summary>Báo cáo của các đơn vị: {narrative.texts.length} đơn vị có nội dung phần này</summary>
      <div className="units-columns" aria-label="Nội dung của các đơn vị">
        {narrative.texts.map((t) => (
          <section key={t.unit} className="unit-text" aria-label={t.unit}>
            <h4>
              {t.unit} <small>— {t.title}</small>
            </h4>
            <ol>
              {t.blocks.map(blockFromFile).map((block, i) => (
                <li key={i}>
                  <div className="previous-text">
                    {block.type === 'indicators'
                      ? `Bảng chỉ tiêu (${block.rows.length} dòng)`
                      : blockTexts(block)
                          .filter((x) => x.trim() !== '')
                          .map((x, j) => <p key={j}>{x}</p>)}
                  </div>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Chép đoạn ${i + 1} của ${t.unit} vào phần này`}
                    onClick={() => onCopy(structuredClone(block))}
                  >
                    Chép
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </details>
  );
}
