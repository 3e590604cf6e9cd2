/**
 * The file chooser behind an "open a file" button: hidden, named for screen readers and tests,
 * and emptied after each choice so choosing the same file again still counts.
 */
import { forwardRef } from 'react';

interface Props {
  accept: string;
  label: string;
  onFile: (file: File) => void;
}

export const HiddenFileInput = forwardRef<HTMLInputElement, Props>(function HiddenFileInput({ accept, label, onFile }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
