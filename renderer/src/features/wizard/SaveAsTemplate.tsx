/**
 * "Lưu bố cục làm mẫu": keep this report's parts (not their content) for next period's report.
 * The form is a small dialog: it comes into view with the focus in its name field, Escape or
 * "Đóng" closes it and the focus goes back to the button.
 */
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useDialogFocus } from '../common/use-dialog-focus';
import { templateMessages } from '#shared/messages/reports';

export function SaveAsTemplate({ reportId, suggestedName, flush }: { reportId: string; suggestedName: string; flush: () => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(suggestedName);
  const [message, setMessage] = useState<string | null>(null);
  const dialog = useDialogFocus<HTMLDivElement>(open, () => setOpen(false));
  // The button stays where it is, so the focus can go back to it when the form closes.
  const button = (
    <button type="button" className="small add-part" aria-expanded={open} onClick={() => setOpen(!open)}>
      Lưu bố cục làm mẫu
    </button>
  );
  if (!open) return button;
  return (
    <>
      {button}
      <div className="save-template" role="dialog" aria-label="Lưu bố cục làm mẫu" tabIndex={-1} ref={dialog}>
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
                  (t) => setMessage(templateMessages.saved(t.name)),
                  (e: unknown) => setMessage(errorMessage(e)),
                )
            }
          >
            Lưu mẫu
          </button>
          <button type="button" className="small" onClick={() => setOpen(false)}>
            Đóng
          </button>
        </div>
        {message && (
          <p className="note" role="status">
            {message}
          </p>
        )}
      </div>
    </>
  );
}
