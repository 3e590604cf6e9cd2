/**
 * One line of text that may be long (a trích yếu, a part's title): it wraps and grows on screen
 * instead of being cut off like an <input>, yet stays one line — Enter adds nothing (the Word file
 * lays the line out itself) and pasted line breaks become spaces. Enter is left alone while an IME
 * is composing, where it commits the composition; every other key is untouched (see TextArea).
 */
import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { TextArea } from './TextArea';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

export const WrappingLine = forwardRef<HTMLTextAreaElement, Props>(function WrappingLine({ onChange, onKeyDown, ...props }, ref) {
  return (
    <TextArea
      ref={ref}
      rows={1}
      {...props}
      className={`wrapping-line ${props.className ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
        onKeyDown?.(e);
      }}
      onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, ' '))}
    />
  );
});
