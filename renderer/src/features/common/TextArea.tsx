/**
 * A plain, growing textarea. Deliberately no key handling of our own: Unikey, EVKey and
 * OpenKey type by sending Backspace plus new letters, and the Windows IME composes in place;
 * anything that intercepts keys or rewrites the value mid-word breaks Vietnamese typing.
 * Normalisation (NFC) happens in the back end on save, never per keystroke.
 * Form fields read in the screen's font; body text passes `className="document-text"` to be
 * shown in the document's font, like the rich editor.
 */
import { forwardRef, type TextareaHTMLAttributes } from 'react';

export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea(props, ref) {
  return <textarea ref={ref} rows={3} spellCheck={false} {...props} className={`grow-text ${props.className ?? ''}`} />;
});
