/**
 * A plain, growing textarea. Deliberately no key handling of our own: Unikey, EVKey and
 * OpenKey type by sending Backspace plus new letters, and the Windows IME composes in place;
 * anything that intercepts keys or rewrites the value mid-word breaks Vietnamese typing.
 * Normalisation (NFC) happens in the back end on save, never per keystroke.
 */
import type { TextareaHTMLAttributes } from 'react';

export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={3} spellCheck={false} {...props} className={`grow-text ${props.className ?? ''}`} />;
}
