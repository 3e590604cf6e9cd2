/**
 * "Thông tin văn bản": the fields the văn thư types into the e-office system to register the
 * report, each with a copy button, and the same as a JSON file (named as in Nghị định 30,
 * Phụ lục VI) saved beside the Word file.
 */
import { useMemo, useState } from 'react';
import type { Report } from '#shared/domain/report';
import { reportToFile } from '#shared/domain/report-file-mapping';
import { documentCard, SECRECIES, URGENCIES, type DocumentCardChoices } from '#shared/sign-off/document-card';
import { reportFileName } from '#shared/domain/report-file-name';
import { findTemplate } from '#shared/domain/templates';
import { saveFile, textToBase64 } from '../../api/client';
import { Status } from '../common/Status';

const CHOICES_KEY = 'baocao.thong-tin-van-ban:';

/** The clerk's choices of độ khẩn, độ mật and số bản for a report, kept on this machine. */
function readChoices(reportId: string): DocumentCardChoices {
  try {
    return {
      urgency: 'Thường',
      secrecy: 'Thường',
      copies: 1,
      ...(JSON.parse(window.localStorage.getItem(CHOICES_KEY + reportId) ?? '{}') as Partial<DocumentCardChoices>),
    };
  } catch {
    return { urgency: 'Thường', secrecy: 'Thường', copies: 1 };
  }
}

/** The card as the JSON sidecar of a Word export. */
export function cardSidecar(report: Report): { fileName: string; json: string } {
  return {
    fileName: reportFileName(report, findTemplate(report.kind)?.fileNameStem, 'thong-tin.json'),
    json: `${JSON.stringify(documentCard(reportToFile(report), readChoices(report.id)).json, null, 2)}\n`,
  };
}

export function DocumentCardView({ report }: { report: Report }) {
  const [choices, setChoices] = useState<DocumentCardChoices>(() => readChoices(report.id));
  const [copied, setCopied] = useState<string | null>(null);
  const card = useMemo(() => documentCard(reportToFile(report), choices), [report, choices]);
  const choose = (next: Partial<DocumentCardChoices>) => {
    const merged = { ...choices, ...next };
    setChoices(merged);
    try {
      window.localStorage.setItem(CHOICES_KEY + report.id, JSON.stringify(merged));
    } catch {
      // Only the choices are lost, never the report.
    }
  };
  return (
    <div className="document-card">
      <h3>Thông tin văn bản (để vào sổ trên hệ thống quản lý văn bản)</h3>
      <div className="form-grid">
        <label className="field">
          <span>Độ khẩn</span>
          <select value={choices.urgency} onChange={(e) => choose({ urgency: e.target.value as DocumentCardChoices['urgency'] })}>
            {URGENCIES.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Độ mật</span>
          <select value={choices.secrecy} onChange={(e) => choose({ secrecy: e.target.value as DocumentCardChoices['secrecy'] })}>
            {SECRECIES.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Số bản</span>
          <input
            type="number"
            min={1}
            max={999}
            value={choices.copies}
            onChange={(e) => choose({ copies: Math.max(1, Math.min(999, Number(e.target.value) || 1)) })}
          />
        </label>
      </div>
      {choices.secrecy !== 'Thường' && (
        <Status kind="note" message="Văn bản mật không được gửi qua mạng, kể cả hệ thống quản lý văn bản: in và chuyển bản giấy." />
      )}
      <table className="grid card-fields" aria-label="Thông tin văn bản">
        <tbody>
          {card.fields.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td>{f.value}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  aria-label={`Chép ${f.label}`}
                  onClick={() =>
                    void navigator.clipboard.writeText(f.value).then(
                      () => setCopied(f.key),
                      () => setCopied(null),
                    )
                  }
                >
                  {copied === f.key ? 'Đã chép' : 'Chép'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="small"
        onClick={() => {
          const side = cardSidecar(report);
          void saveFile(side.fileName, textToBase64(side.json));
        }}
      >
        Lưu thông tin văn bản (.json)
      </button>
    </div>
  );
}
