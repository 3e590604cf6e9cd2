/**
 * A date typed the Vietnamese way (dd/mm/yyyy), whatever language the browser or Windows is
 * set to: the browser's own date field follows its locale, and on a US setting "01052026" became
 * 5 January. Empty is allowed (the văn thư fills the date at signing). The value is saved as
 * soon as it is a whole valid date, or emptied; a half-typed date stays on screen, unsaved, with
 * a note.
 */
import { useState } from 'react';
import { formatViDate, parseViDate } from '#shared/text/vi-date';

export function DateField({ label, value, note, onChange }: { label: string; value: string | null; note?: string; onChange: (iso: string | null) => void }) {
  const [text, setText] = useState(() => formatViDate(value));
  const [shownFor, setShownFor] = useState(value);
  // Another window (or the history) changed the date: show the stored one.
  if (value !== shownFor && parseViDate(text) !== value) {
    setShownFor(value);
    setText(formatViDate(value));
  }
  const parsed = parseViDate(text);
  const invalid = parsed === undefined;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        value={text}
        inputMode="numeric"
        placeholder="ngày/tháng/năm, ví dụ 05/06/2026"
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseViDate(e.target.value);
          if (next !== undefined && next !== value) {
            setShownFor(next);
            onChange(next);
          }
        }}
        onBlur={() => {
          if (parsed !== undefined) setText(formatViDate(parsed));
        }}
      />
      {note && !invalid && text.trim() === '' && <small className="note">{note}</small>}
      {invalid && (
        <small className="field-error" role="alert">
          Ngày chưa đúng: gõ theo thứ tự ngày/tháng/năm, ví dụ 05/06/2026, hoặc để trống.
        </small>
      )}
    </label>
  );
}
