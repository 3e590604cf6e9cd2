/**
 * "Nhập từ tệp Word", before anything is saved: the document's lines as read, each with the role
 * the reader gave it (cơ quan, trích yếu, đề mục cấp 1–4, đoạn văn, gạch đầu dòng, người ký …),
 * beside the report they make. The clerk changes a line's role or level — a heading made a
 * paragraph merges two parts, a paragraph made a heading splits one — and sees the outline
 * follow. What could not be placed is listed at the top; nothing is dropped silently.
 */
import { Fragment, useMemo, useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import { assembleReport } from '#shared/word-import/assemble';
import { ROLE_LABELS, SIGNER_ROLES, type ImportLine, type LineRole } from '#shared/word-import/lines';
import type { FileSection } from '#shared/report-format/schema';
import type { ProfileId } from '#shared/domain/vocabulary';
import { shownLabel } from '#shared/domain/numbering';
import { signerSummary } from '#shared/the-thuc/authority-labels';
import { CONG_VAN_NAME } from '#shared/the-thuc/doc-types';
import { mixedProfileNote } from '#shared/word-import/recognisers/profile-evidence';
import { renumberedLabels } from '#shared/word-import/renumbered';
import { missingDocumentParts, missingPartsNote } from '#shared/word-import/missing-parts';
import { ProfileSelect } from '../common/ProfileSelect';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';

type Draft = ApiResult<'library.readWord'>;

/** A line's role and level as one choice. */
const CHOICES: { value: string; label: string }[] = [
  { value: 'part', label: 'Phần (Phần thứ …)' },
  ...[1, 2, 3, 4].map((n) => ({ value: `heading:${n}`, label: `Đề mục cấp ${n} (${['I.', '1.', 'a)', '-'][n - 1]})` })),
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'bullet:1', label: 'Gạch đầu dòng (-)' },
  { value: 'bullet:2', label: 'Ý dưới gạch đầu dòng (+)' },
  ...(
    [
      'opening',
      'closing',
      'appendixTitle',
      'parentBody',
      'issuingBody',
      'number',
      'placeDate',
      'docType',
      'summary',
      'addressee',
      'authority',
      'position',
      'signerName',
      'recipient',
      'layout',
      'unplaced',
    ] as LineRole[]
  ).map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

const choiceOf = (line: ImportLine) => (line.role === 'heading' || line.role === 'bullet' ? `${line.role}:${line.level ?? 1}` : line.role);

function withChoice(line: ImportLine, value: string): ImportLine {
  const [role, level] = value.split(':') as [LineRole, string | undefined];
  const next: ImportLine = { ...line, role, ...(level ? { level: Number(level) } : {}) };
  if (!level) delete next.level;
  // A line the reader set aside keeps its words when the clerk gives it a place.
  if (next.text === '' && line.source !== '') next.text = line.source.replace(/\s+/g, ' ').trim();
  return next;
}

function Outline({ sections, outline, depth }: { sections: readonly FileSection[]; outline: 'sections' | 'parts'; depth: number }) {
  return (
    <ul className="import-outline">
      {sections.map((s, i) => (
        <li key={i}>
          <span className="outline-title">{`${shownLabel(outline, depth, i + 1, s.title)} ${s.title}`.trim()}</span>
          {(s.blocks ?? []).length > 0 && <small> · {(s.blocks ?? []).length} khối nội dung</small>}
          {(s.children ?? []).length > 0 && <Outline sections={s.children ?? []} outline={outline} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}

export function ImportReview({ draft, onSaved, onCancel }: { draft: Draft; onSaved: (id: string) => void; onCancel: () => void }) {
  const [lines, setLines] = useState<ImportLine[]>(draft.lines);
  const [profile, setProfile] = useState<ProfileId>(draft.profile);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const mixedNote = mixedProfileNote(draft.profileEvidence);
  const renumbered = useMemo(() => renumberedLabels(lines), [lines]);
  const assembled = useMemo(() => assembleReport(lines, profile), [lines, profile]);
  const { report, unplaced } = assembled;
  const h = report.header;
  const missingNote = missingPartsNote(missingDocumentParts(report));

  async function save() {
    setSaving(true);
    try {
      const saved = await api('library.saveImport', { fileName: draft.fileName, json: JSON.stringify(report) });
      onSaved(saved.id);
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  }

  const fromPdf = /\.pdf$/i.test(draft.fileName);
  return (
    <section className="import-review" aria-label={`Xem lại báo cáo nhập từ ${fromPdf ? 'PDF' : 'Word'}`}>
      <h2>
        Nhập từ tệp {fromPdf ? 'PDF' : 'Word'}: {draft.fileName}
      </h2>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      {draft.textOnly && (
        <Status kind="note">
          Tệp .doc chỉ đọc được phần chữ: chữ đậm, nghiêng và đánh số tự động không giữ được. Nếu có Word, hãy mở tệp và “Lưu thành” .docx rồi nhập lại để giữ
          đủ.
        </Status>
      )}
      {fromPdf && (
        <Status kind="note">
          Đọc từ PDF: dòng được nối lại thành đoạn, phần đầu và chữ ký hai cột được đọc theo cột, bảng có kẻ viền đọc theo ô. Hãy soát lại từng dòng trước khi
          lưu — nếu có bản Word của văn bản, nhập bản Word sẽ giữ đủ hơn.
        </Status>
      )}
      {renumbered.length > 0 && (
        <Status kind="note">
          {renumbered.length} đề mục trong tệp đánh số kiểu {[...new Set(renumbered)].slice(0, 3).join(', ')}
          {new Set(renumbered).size > 3 ? '…' : ''}: khi xuất Word, số của chúng được đánh lại theo thể thức (I., 1., a)…) theo cấp đề mục — nội dung giữ
          nguyên.
        </Status>
      )}
      {missingNote !== '' && <Status kind="note">{missingNote}</Status>}
      {draft.converted.length > 0 && (
        <p className="hint">Chữ phông cũ ({draft.converted.map((e) => (e === 'tcvn3' ? 'TCVN3 .VnTime' : 'VNI')).join(', ')}) đã được chuyển sang Unicode.</p>
      )}
      {unplaced.length > 0 ? (
        <Status kind="finding">
          <strong>{unplaced.length} dòng chưa xếp được</strong> — chọn vai trò cho từng dòng ở bảng dưới (đánh dấu “Chưa xếp được”), hoặc để nguyên nếu không
          cần:
          <ul>
            {unplaced.map((l) => (
              <li key={l.id}>
                {l.source.slice(0, 140) || '(bảng)'}
                {l.note ? ` — ${l.note}` : ''}
              </li>
            ))}
          </ul>
        </Status>
      ) : (
        <Status kind="success">Mọi dòng của tệp đã được xếp vào báo cáo.</Status>
      )}
      <div className="import-columns">
        <div className="import-lines">
          <h3>Nội dung tệp ({lines.length} dòng)</h3>
          <table>
            <tbody>
              {lines.map((line, i) => (
                <tr key={line.id} className={`role-${line.role}`}>
                  <td className="line-text">
                    {line.table
                      ? `Bảng ${line.table.header.length} cột × ${line.table.rows.length + 1} dòng${line.table.caption ? `: ${line.table.caption}` : ''}`
                      : line.source || line.text}
                    {/* Footnotes come with their line: shown so the clerk sees they are kept. */}
                    {line.runs
                      .filter((r) => r.footnote)
                      .map((r, n) => (
                        <small key={n} className="note line-footnote">
                          {' '}
                          (chú thích cuối trang: {r.footnote})
                        </small>
                      ))}
                  </td>
                  <td>
                    <select
                      aria-label={`Vai trò dòng ${i + 1}`}
                      value={choiceOf(line)}
                      disabled={line.table !== undefined}
                      onChange={(e) => setLines(lines.map((l) => (l.id === line.id ? withChoice(l, e.target.value) : l)))}
                    >
                      {line.table && <option value="table">Bảng</option>}
                      {CHOICES.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                    {line.cosigner !== undefined && SIGNER_ROLES.has(line.role) && <small className="note"> người ký cùng thứ {line.cosigner}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <aside className="import-result" aria-label="Báo cáo nhận ra">
          <h3>Báo cáo nhận ra</h3>
          <ProfileSelect value={profile} onChange={setProfile} />
          {mixedNote && (
            <p className="note" role="note">
              {mixedNote}
            </p>
          )}
          <dl>
            <dt>Tên loại</dt>
            <dd>{h.docType || `${CONG_VAN_NAME} (không có tên loại)`}</dd>
            <dt>Cơ quan</dt>
            <dd>{[h.parentBody, h.issuingBody].filter(Boolean).join(' / ') || '(chưa có)'}</dd>
            <dt>Số, ký hiệu</dt>
            <dd>
              {h.number || '…'}/{h.symbol || '…'}
            </dd>
            <dt>Địa danh, ngày</dt>
            <dd>
              {h.place || '(chưa có)'}
              {h.date
                ? `, ${h.date.split('-').reverse().join('/')}`
                : `, (để trống ngày${h.dateMonth ? `, ${h.dateMonth.split('-').reverse().join('/')}` : ''})`}
            </dd>
            <dt>Trích yếu</dt>
            <dd>{h.summary || '(chưa có)'}</dd>
            {h.addressees && (
              <>
                <dt>Kính gửi</dt>
                <dd>{h.addressees.join('; ')}</dd>
              </>
            )}
            <dt>Kỳ báo cáo</dt>
            <dd>{report.period || '(chưa nhận ra)'}</dd>
            <dt>Người ký</dt>
            <dd>{signerSummary(report.signature) || '(chưa có)'}</dd>
            {(report.signature.cosigners ?? []).map((c, i) => (
              <Fragment key={i}>
                <dt>Người ký cùng thứ {i + 1}</dt>
                <dd>{signerSummary(c) || '(chưa có)'}</dd>
              </Fragment>
            ))}
            <dt>Nơi nhận</dt>
            <dd>{report.recipients.join('; ') || '(chưa có)'}</dd>
          </dl>
          <h4>Các phần</h4>
          {report.sections.length === 0 ? (
            <p className="empty">Chưa nhận ra phần nào: chọn “Đề mục” cho các dòng tiêu đề.</p>
          ) : (
            <Outline sections={report.sections} outline={report.outline ?? 'sections'} depth={1} />
          )}
          {(report.appendices ?? []).length > 0 && <p>Phụ lục: {(report.appendices ?? []).map((a) => a.title).join('; ')}</p>}
        </aside>
      </div>
      <div className="row-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          Lưu thành báo cáo
        </button>
        <button type="button" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </section>
  );
}
