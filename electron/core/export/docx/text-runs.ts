/** Runs of text with the profile's styles; a typed line break becomes a real break in Word. */
import { TextRun } from 'docx';
import type { Run } from '../../../../shared/report-format/schema';
import type { TextStyle } from '../../../../shared/the-thuc/layout-profile';
import { ptToHalfPoints } from './units';

function splitLines(text: string): string[] {
  // Word shows a tab inside w:t as a space at best; keep the clerk's spacing readable.
  return text.replace(/\t/g, ' ').split('\n');
}

export function styledRuns(text: string, style: TextStyle): TextRun[] {
  return splitLines(text).map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        size: ptToHalfPoints(style.sizePt),
        bold: style.bold ?? false,
        italics: style.italic ?? false,
        underline: style.underline ? {} : undefined,
      }),
  );
}

/** Body runs take size from the body style; only the marks the clerk set are written. */
export function bodyRuns(runs: readonly Run[]): TextRun[] {
  return runs.flatMap((run) =>
    splitLines(run.text).map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: run.bold || undefined,
          italics: run.italic || undefined,
          underline: run.underline ? {} : undefined,
        }),
    ),
  );
}
