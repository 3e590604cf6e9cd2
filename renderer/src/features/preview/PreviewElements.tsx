/**
 * The export view drawn as HTML at true size (mm and pt), piece by piece, so the preview can
 * measure each piece and cut pages where Word would. Same view model as the .docx: the words,
 * numbers and order cannot differ; only line breaking is the browser's.
 */
import type { ReactNode } from 'react';
import {
  leadSigner,
  signingCellMm,
  signingRows,
  type BodyItem,
  type ExportView,
  type ResolvedSeparator,
  type SignerView,
  type StyledLine,
} from '#shared/export-view/view-model';
import type { Run } from '#shared/report-format/schema';

export interface Piece {
  key: string;
  node: ReactNode;
  /** Keep with the next piece (headings, captions). */
  keepNext?: boolean;
  /** The footnotes whose numbers stand in this piece: printed at the foot of its page. */
  notes?: FootnoteView[];
}

export interface FootnoteView {
  number: number;
  text: string;
}

/** Footnotes are numbered 1, 2, 3 through the report, as Word numbers them. */
interface NoteCounter {
  next: number;
}

const lineStyle = (l: StyledLine, align: 'center' | 'left' | 'justify' = 'center') => ({
  fontSize: `${l.style.sizePt}pt`,
  fontWeight: l.style.bold ? 700 : 400,
  fontStyle: l.style.italic ? 'italic' : 'normal',
  textDecoration: l.style.underline ? 'underline' : 'none',
  textAlign: align,
});

const Line = ({ l, align }: { l: StyledLine; align?: 'center' | 'left' }) => <div style={lineStyle(l, align)}>{l.text}</div>;

/** A signer's lines, the room to sign, the name: centred in its column. */
const SignerLines = ({ signer, blankLines, view }: { signer: SignerView; blankLines: number; view: ExportView }) => (
  <div>
    {signer.lines.map((l, i) => (
      <Line key={i} l={l} />
    ))}
    <div style={{ height: `${blankLines * view.lineHeightsPt.single}pt` }} />
    <Line l={signer.name} />
  </div>
);

function Separator({ s }: { s: ResolvedSeparator }) {
  if (s.kind === 'text') return <Line l={{ text: s.text, style: s.style }} />;
  return <div style={{ width: `${s.widthMm}mm`, borderBottom: '1px solid #000', margin: '1pt auto 0' }} />;
}

function MarkedRuns({ runs, notes = [] }: { runs: readonly Run[]; notes?: readonly FootnoteView[] }) {
  let noteIndex = 0;
  return (
    <>
      {runs.map((r, i) => (
        <span
          key={i}
          style={{
            fontWeight: r.bold ? 700 : undefined,
            fontStyle: r.italic ? 'italic' : undefined,
            textDecoration: r.underline ? 'underline' : undefined,
            whiteSpace: 'pre-wrap',
          }}
        >
          {r.text}
          {r.footnote && <sup className="preview-footnote-ref">{notes[noteIndex++]?.number}</sup>}
        </span>
      ))}
    </>
  );
}

/** The footnotes of some runs, numbered on from the counter. */
function notesOf(runs: readonly Run[], counter: NoteCounter): FootnoteView[] {
  return runs.flatMap((r) => (r.footnote ? [{ number: counter.next++, text: r.footnote }] : []));
}

/** The footnotes at the foot of a page, under a short rule, at the size the Word file uses. */
export function FootnoteBlock({ notes, view }: { notes: readonly FootnoteView[]; view: ExportView }) {
  if (notes.length === 0) return null;
  return (
    <div className="preview-footnotes" style={{ fontSize: `${view.layout.footnoteTextPt}pt` }}>
      {notes.map((n) => (
        <div key={n.number}>
          <sup>{n.number}</sup> {n.text}
        </div>
      ))}
    </div>
  );
}

function bodyPiece(item: BodyItem, view: ExportView, key: string, counter: NoteCounter): Piece {
  const b = view.profile.body;
  const gaps = view.layout.gapsPt;
  const para = {
    fontSize: `${b.sizePt}pt`,
    textAlign: 'justify' as const,
    textIndent: `${b.firstLineIndentMm}mm`,
    marginTop: `${b.spacingBeforePt}pt`,
    lineHeight: `${view.lineHeightsPt.body}pt`,
  };
  switch (item.kind) {
    case 'part':
      return {
        key,
        keepNext: true,
        node: (
          <div style={{ textAlign: 'center', fontWeight: 700, margin: `${gaps.abovePart}pt 0 ${gaps.belowPart}pt` }}>
            <div>{item.label}</div>
            <div>{item.title}</div>
          </div>
        ),
      };
    case 'heading':
      return { key, keepNext: true, node: <p style={{ ...para, fontWeight: item.bold ? 700 : 400, margin: `${b.spacingBeforePt}pt 0 0` }}>{item.text}</p> };
    case 'paragraph': {
      const notes = notesOf(item.runs, counter);
      return {
        key,
        keepNext: item.keepNext,
        notes,
        node: (
          <p style={{ ...para, ...(item.align ? { textAlign: item.align, textIndent: 0 } : {}), margin: `${b.spacingBeforePt}pt 0 0` }}>
            <MarkedRuns runs={item.runs} notes={notes} />
          </p>
        ),
      };
    }
    case 'bullet': {
      const notes = notesOf(item.runs, counter);
      return {
        key,
        keepNext: item.keepNext,
        notes,
        node: (
          <p style={{ ...para, margin: `${b.spacingBeforePt}pt 0 0` }}>
            {item.level === 2 ? '+ ' : '- '}
            <MarkedRuns runs={item.runs} notes={notes} />
          </p>
        ),
      };
    }
    case 'table':
      return {
        key,
        // The preview moves a kept table whole; Word moves its last row (the preview cannot split a table).
        keepNext: item.keepNext,
        node: (
          <div style={{ marginTop: `${gaps.aboveCaption}pt`, fontSize: `${view.layout.tableTextPt}pt` }}>
            {item.caption && (
              <div style={{ textAlign: 'center', fontWeight: 700, fontSize: `${view.layout.tableTextPt + 1}pt`, marginBottom: `${gaps.belowCaption}pt` }}>
                {item.caption}
              </div>
            )}
            <table className="preview-table">
              <thead>
                <tr>
                  {item.header.map((h, i) => (
                    <th key={i}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {item.rows.map((row, r) => (
                  <tr key={r}>
                    {item.header.map((_, c) => (
                      <td key={c} style={{ textAlign: item.align[c] === 'right' ? 'right' : 'left' }}>
                        {row[c] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {item.landscape && <div className="note">(Bảng này được đặt trên trang ngang trong tệp Word.)</div>}
          </div>
        ),
      };
  }
}

export function previewPieces(view: ExportView): Piece[] {
  const h = view.header;
  const gaps = view.layout.gapsPt;
  const pieces: Piece[] = [
    {
      key: 'header',
      node: (
        <div
          className="preview-header"
          style={{
            gridTemplateColumns: `${view.header.columnsMm.left}mm ${view.header.columnsMm.right}mm`,
            // Wider than the text, centred on it, as in the Word file.
            marginLeft: `${view.header.indentMm}mm`,
          }}
        >
          <div>
            {h.left.map((l, i) => (
              <Line key={i} l={l} />
            ))}
            <Separator s={h.underIssuingBody} />
          </div>
          <div>
            {h.national.map((l, i) => (
              <Line key={i} l={l} />
            ))}
            <Separator s={{ kind: 'rule', widthMm: h.nationalRuleMm }} />
          </div>
          <div style={{ marginTop: `${gaps.belowHeaderNames}pt` }}>
            <Line l={h.numberLine} />
            {h.congVanSummary && (
              <div style={{ marginTop: `${gaps.aboveCongVanSummary}pt` }}>
                <Line l={h.congVanSummary} />
              </div>
            )}
          </div>
          <div style={{ marginTop: `${gaps.belowHeaderNames}pt` }}>
            <Line l={h.dateLine} />
          </div>
        </div>
      ),
    },
    {
      key: 'title',
      keepNext: true,
      node: (
        <div style={{ marginTop: `${gaps.aboveTitle}pt` }}>
          {/* A công văn has no tên loại: its "V/v …" stands under the số. */}
          {view.docType.text !== '' && (
            <>
              <Line l={view.docType} />
              {view.summary.text && <Line l={view.summary} />}
              <Separator s={view.underSummary} />
            </>
          )}
          {/* The Word file's empty paragraph after the title block: one line, then 6 pt. */}
          <div style={{ height: `${view.lineHeightsPt.single}pt`, marginBottom: `${gaps.afterTitleBlock}pt` }} />
        </div>
      ),
    },
  ];
  if (view.addressees.items.length > 0) {
    pieces.push({
      key: 'addressees',
      node: (
        <div style={{ fontSize: `${view.profile.body.sizePt}pt`, margin: `${gaps.aroundAddressees}pt 0`, paddingLeft: `${view.addressees.startMm}mm` }}>
          {view.addressees.inline ? (
            `Kính gửi: ${view.addressees.items[0]?.text ?? ''}`
          ) : (
            <>
              Kính gửi:
              {view.addressees.items.map((i, n) => (
                <div key={n} style={{ paddingLeft: `${view.addressees.itemsIndentMm}mm` }}>
                  {i.text}
                </div>
              ))}
            </>
          )}
        </div>
      ),
    });
  }
  const counter: NoteCounter = { next: 1 };
  view.body.forEach((item, i) => pieces.push(bodyPiece(item, view, `b${i}`, counter)));
  const rows = signingRows(view);
  if (rows.length > 0) {
    // Người ký cùng: the signatures two by two, the signer right of the first row; Nơi nhận under them.
    const half = signingCellMm(view);
    pieces.push({
      key: 'signature',
      node: (
        <div style={{ marginTop: `calc(${view.lineHeightsPt.single}pt + ${gaps.aboveSignature}pt)` }}>
          {rows.map((pair, i) => (
            <div
              key={i}
              className="preview-signature"
              style={{ gridTemplateColumns: `${half}mm ${half}mm`, marginTop: i > 0 ? `${view.lineHeightsPt.single}pt` : 0 }}
            >
              {pair.map((cell, k) => (cell ? <SignerLines key={k} signer={cell.signer} blankLines={cell.blankLines} view={view} /> : <div key={k} />))}
            </div>
          ))}
          {view.recipients.items.length > 0 && (
            <div style={{ marginTop: `${view.lineHeightsPt.single}pt` }}>
              <Line l={view.recipients.label} align="left" />
              {view.recipients.items.map((r, i) => (
                <Line key={i} l={r} align="left" />
              ))}
            </div>
          )}
        </div>
      ),
    });
    return pieces;
  }
  pieces.push({
    key: 'signature',
    node: (
      // The Word file's empty paragraph before the signature table: one line, then 6 pt.
      <div
        className="preview-signature"
        style={{
          marginTop: `calc(${view.lineHeightsPt.single}pt + ${gaps.aboveSignature}pt)`,
          gridTemplateColumns: `${view.layout.signatureColumnsMm.left}mm ${view.layout.signatureColumnsMm.right}mm`,
        }}
      >
        <div>
          <Line l={view.recipients.label} align="left" />
          {view.recipients.items.map((r, i) => (
            <Line key={i} l={r} align="left" />
          ))}
        </div>
        <SignerLines signer={leadSigner(view)} blankLines={view.blankLinesForSignature} view={view} />
      </div>
    ),
  });
  return pieces;
}
