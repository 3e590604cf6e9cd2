/** Phụ lục after the signature: each with a title and its own content (tables, lists, text). */
import { useMemo, useState } from 'react';
import { generatedAppendixReference } from '#shared/export-view/view-model';
import type { Appendix, Report } from '#shared/domain/report';
import { appendixLabel } from '#shared/domain/numbering';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { BlocksEditor } from './blocks/BlocksEditor';
import { WrappingLine } from '../common/WrappingLine';

export function AppendicesStep({ report, onChange }: { report: Report; onChange: (appendices: Appendix[]) => void }) {
  const style = getLayoutProfile(report.profile).numberStyle;
  const [confirm, setConfirm] = useState<number | null>(null);
  const list = report.appendices;
  const set = (i: number, a: Appendix) => onChange(list.map((x, j) => (j === i ? a : x)));
  // From the header alone: typing in a phụ lục does not make it again.
  const { header, profile } = report;
  const generated = useMemo(() => generatedAppendixReference({ header, profile }, new Date()), [header, profile]);
  return (
    <section className="step-page" aria-labelledby="appendices-title">
      <h2 id="appendices-title">Phụ lục</h2>
      <p className="hint">
        Phụ lục đặt sau chữ ký, mỗi phụ lục bắt đầu ở trang mới và đánh số trang lại từ 1. Trong nội dung báo cáo nên nhắc đến phụ lục (ví dụ: “chi tiết tại{' '}
        {appendixLabel(style, 1)}”).
      </p>
      {list.map((a, i) => {
        const label = appendixLabel(style, i + 1);
        return (
          <div className="subsection" key={i} aria-label={label}>
            <div className="subsection-head">
              <span className="number">{label}</span>
              {/* A long name wraps onto more lines instead of being cut off. */}
              <WrappingLine
                className="title-input"
                aria-label={`Tên ${label}`}
                value={a.title}
                placeholder="Tên phụ lục"
                onChange={(title) => set(i, { ...a, title })}
              />
              {confirm === i ? (
                <span className="confirm">
                  Xóa {label}?{' '}
                  <button
                    type="button"
                    className="small danger"
                    onClick={() => {
                      onChange(list.filter((_, j) => j !== i));
                      setConfirm(null);
                    }}
                  >
                    Xóa hẳn
                  </button>{' '}
                  <button type="button" className="small" onClick={() => setConfirm(null)}>
                    Thôi
                  </button>
                </span>
              ) : (
                <button type="button" className="small danger" onClick={() => setConfirm(i)}>
                  Xóa
                </button>
              )}
            </div>
            {/* Empty: the export writes "(Kèm theo Báo cáo số …)" from the report's number and date. */}
            <label className="field wide">
              <span>Dòng dưới tên phụ lục (để trống: tự ghi theo số, ngày của báo cáo)</span>
              <WrappingLine
                value={a.reference ?? ''}
                placeholder={generated}
                onChange={(reference) => {
                  const { reference: _old, ...rest } = a;
                  set(i, reference.trim() === '' ? rest : { ...rest, reference });
                }}
              />
            </label>
            <BlocksEditor blocks={a.blocks ?? []} label={label} revealKey="appendices" onChange={(blocks) => set(i, { ...a, blocks })} />
          </div>
        );
      })}
      <button type="button" className="small" onClick={() => onChange([...list, { title: '', blocks: [] }])}>
        + Thêm phụ lục
      </button>
    </section>
  );
}
