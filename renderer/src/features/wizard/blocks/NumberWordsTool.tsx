/** "Đọc số thành chữ": 1.005.000 → "một triệu không trăm linh năm nghìn", for amounts written in words. */
import { useState } from 'react';
import { type Block, textParagraph } from '#shared/domain/report';
import { amountInWords, numberToWords } from '#shared/text/number-words';
import { parseNumberVi } from '#shared/text/vi-number';

export function NumberWordsTool({ onInsert }: { onInsert: (blocks: Block[]) => void }) {
  const [input, setInput] = useState('');
  const value = parseNumberVi(input);
  const whole = value !== null && Number.isSafeInteger(value) && value >= 0 ? value : null;
  const words = whole === null ? '' : numberToWords(whole);
  return (
    <details className="tool">
      <summary>Đọc số thành chữ</summary>
      <div className="row-actions">
        <input
          aria-label="Số cần đọc"
          inputMode="numeric"
          placeholder="Ví dụ: 1.005.000"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          style={{ maxWidth: '14rem' }}
        />
        <span data-testid="so-thanh-chu">{input.trim() === '' ? '' : whole === null ? 'Chỉ đọc được số nguyên không âm (ví dụ 1.005.000).' : words}</span>
      </div>
      {whole !== null && (
        <div className="row-actions">
          <button type="button" className="small" onClick={() => void navigator.clipboard?.writeText(words)}>
            Sao chép
          </button>
          <button type="button" className="small" onClick={() => onInsert([textParagraph(`(Bằng chữ: ${amountInWords(whole)})`)])}>
            Chèn dòng “Bằng chữ … đồng chẵn”
          </button>
        </div>
      )}
    </details>
  );
}
