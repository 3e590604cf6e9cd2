/** "Lưu bố cục làm mẫu": keep this report's parts (not their content) for next period's report. */
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';

export function SaveAsTemplate({ reportId, suggestedName, flush }: { reportId: string; suggestedName: string; flush: () => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(suggestedName);
  const [message, setMessage] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="small add-part" onClick={() => setOpen(true)}>
        Lưu bố cục làm mẫu
      </button>
    );
  }
  return (
    <div className="save-template">
      <label className="field">
        <span>Tên mẫu</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="row-actions">
        <button
          type="button"
          className="small primary"
          disabled={name.trim() === ''}
          onClick={() =>
            void flush()
              .then(() => api('templates.saveFromReport', { reportId, name }))
              .then(
                (t) => setMessage(`Đã lưu mẫu “${t.name}”. Lần sau chọn mẫu này khi tạo báo cáo mới.`),
                (e: unknown) => setMessage(errorMessage(e)),
              )
          }
        >
          Lưu mẫu
        </button>
        <button type="button" className="small" onClick={() => setOpen(false)}>Đóng</button>
      </div>
      {message && <p className="note" role="status">{message}</p>}
    </div>
  );
}
