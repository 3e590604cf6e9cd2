/**
 * "Xem trước bản in": the A4 pages as they will be exported — header block on page 1, page
 * numbers at the top from page 2, parts broken across pages. Pieces are measured at true size,
 * then packed into pages of the profile's text height; a heading never ends a page. A page's
 * footnotes stand at its foot, and their height comes off the page's room for text, as in Word.
 */
import { errorMessage, printPdf } from '../../api/client';
import { reportFileName } from '#shared/domain/report-file-name';
import { findTemplate } from '#shared/domain/templates';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { reportToFile } from '#shared/domain/report-file-mapping';
import type { Report } from '#shared/domain/report';
import { buildExportView } from '#shared/export-view/view-model';
import { textWidthMm } from '#shared/the-thuc/layout-profile';
import { A4_MM, MM_PER_INCH } from '#shared/the-thuc/units';
import { CONG_VAN_NAME } from '#shared/the-thuc/doc-types';
import { FootnoteBlock, previewPieces } from './PreviewElements';

/** CSS pixels are 1/96 inch. */
const MM_PER_PX = MM_PER_INCH / 96;
/** The short rule over a page's footnotes and the gap around it (Word's separator line). */
const FOOTNOTE_RULE_MM = 5;

/** `printNow`: a print was asked for (Ctrl+P on another step): print as soon as the pages are laid out. */
export function PrintPreview({ report, printNow, onPrinted }: { report: Report; printNow?: boolean; onPrinted?: () => void }) {
  const view = useMemo(() => buildExportView(reportToFile(report), new Date()), [report]);
  const pieces = useMemo(() => previewPieces(view), [view]);
  const measurer = useRef<HTMLDivElement>(null);
  const notesMeasurer = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number[][]>([]);
  const [pdfNote, setPdfNote] = useState<string | null>(null);
  const m = view.profile.marginsMm;
  const textHeightMm = A4_MM.height - m.top - m.bottom;

  useLayoutEffect(() => {
    const box = measurer.current;
    const notesBox = notesMeasurer.current;
    if (!box || !notesBox) return;
    const mm = (c: Element) => c.getBoundingClientRect().height * MM_PER_PX;
    const heights = Array.from(box.children).map(mm);
    // Each piece's footnotes as they print (0 when none), and the rule above a page's first one.
    const noteHeights = Array.from(notesBox.children).map(mm);
    const rule = pieces.some((p) => (p.notes ?? []).length > 0) ? FOOTNOTE_RULE_MM : 0;
    const notesOn = (indices: readonly number[]) => {
      const total = indices.reduce((sum, k) => sum + (noteHeights[k] ?? 0), 0);
      return total > 0 ? total + rule : 0;
    };
    const result: number[][] = [[]];
    let used = 0;
    heights.forEach((height, i) => {
      const page = result[result.length - 1] as number[];
      if (used + height + notesOn([...page, i]) > textHeightMm && page.length > 0) {
        // Carry a trailing heading over with the piece it introduces.
        const carried: number[] = [];
        while (page.length > 1 && pieces[page[page.length - 1] as number]?.keepNext) carried.unshift(page.pop() as number);
        result.push([...carried, i]);
        used = carried.reduce((sum, k) => sum + (heights[k] ?? 0), 0) + height;
      } else {
        page.push(i);
        used += height;
      }
    });
    setPages(result);
  }, [pieces, textHeightMm]);

  useEffect(() => {
    if (printNow && pages.length > 0) {
      onPrinted?.();
      window.print();
    }
  }, [printNow, pages, onPrinted]);

  const paper = { paddingTop: `${m.top}mm`, paddingBottom: `${m.bottom}mm`, paddingLeft: `${m.left}mm`, paddingRight: `${m.right}mm` };
  return (
    <section className="step-page" aria-labelledby="preview-title">
      <h2 id="preview-title">Xem trước bản in</h2>
      <p className="note">Các trang A4 như khi xuất Word (chỗ ngắt dòng, ngắt trang có thể lệch đôi chút so với Word).</p>
      <div className="row-actions">
        {/* Prints the pages below only (print styles hide the app around them). */}
        <button type="button" onClick={() => window.print()}>
          In (Ctrl+P)
        </button>
        <button
          type="button"
          onClick={() =>
            void printPdf(reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'pdf'), {
              title: view.summary.text || view.header.congVanSummary?.text || view.docType.text,
              author: report.header.issuingBody.replace(/\s+/g, ' ').trim(),
              subject: view.docType.text || CONG_VAN_NAME,
            }).then(
              (r) =>
                setPdfNote(
                  r.viaPrintDialog
                    ? 'Trong hộp thoại In, chọn máy in “Lưu dưới dạng PDF” (Save as PDF), khổ A4, lề “Không” (None).'
                    : r.saved
                      ? 'Đã xuất PDF.'
                      : null,
                ),
              (e: unknown) => setPdfNote(errorMessage(e)),
            )
          }
        >
          Xuất PDF
        </button>
      </div>
      {pdfNote && (
        <p className="note" role="status">
          {pdfNote}
        </p>
      )}
      <div ref={measurer} className="preview-measure" style={{ width: `${textWidthMm(view.profile)}mm` }} aria-hidden="true">
        {pieces.map((p) => (
          <div key={p.key} className="preview-piece">
            {p.node}
          </div>
        ))}
      </div>
      <div ref={notesMeasurer} className="preview-measure" style={{ width: `${textWidthMm(view.profile)}mm` }} aria-hidden="true">
        {pieces.map((p) => (
          <div key={p.key}>
            <FootnoteBlock notes={p.notes ?? []} view={view} />
          </div>
        ))}
      </div>
      <div className="preview-pages">
        {pages.map((indices, n) => (
          <div className="preview-page" key={n} style={paper} aria-label={`Trang ${n + 1}`} role="region">
            {n > 0 && (
              <div className="preview-page-number" style={{ top: `${view.profile.headerDistanceMm}mm`, fontSize: `${view.profile.pageNumber.sizePt}pt` }}>
                {n + 1}
              </div>
            )}
            {indices.map((i) => (
              <div key={pieces[i]?.key} className="preview-piece">
                {pieces[i]?.node}
              </div>
            ))}
            {indices.some((i) => (pieces[i]?.notes ?? []).length > 0) && (
              <div className="preview-page-notes" style={{ left: `${m.left}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm` }}>
                <FootnoteBlock notes={indices.flatMap((i) => pieces[i]?.notes ?? [])} view={view} />
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
