/**
 * "Gửi đi (tệp .baocao)": one file to carry on a USB stick or attach in the e-office system —
 * the report, its Word file, the Bộ chỉ tiêu it uses, and any files the clerk adds (a signed
 * PDF, an Excel annex). The receiver's app checks every part before taking it.
 */
import { useRef, useState } from 'react';
import { api, saveFile } from '../../api/client';
import { fileToBase64 } from '../common/file-to-base64';
import { useApiAction } from '../common/use-api-action';
import { Status } from '../common/Status';
import { packageScreen } from '#shared/messages/packages';

export function SendPackage({
  reportId,
  beforeSend,
  warnings = [],
}: {
  reportId: string;
  beforeSend: () => Promise<void>;
  /** What the level above will miss (a row without its indicator code), said before sending. */ warnings?: string[];
}) {
  const [attachments, setAttachments] = useState<File[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error, run } = useApiAction();
  const input = useRef<HTMLInputElement>(null);

  async function send() {
    await run(async () => {
      // What is on screen is what goes: pending edits are saved first.
      await beforeSend();
      const made = await api('packages.make', {
        id: reportId,
        attachments: await Promise.all(attachments.map(async (f) => ({ name: f.name, base64: await fileToBase64(f, 'attachment') }))),
      });
      if (await saveFile(made.fileName, made.base64)) {
        setMessage(packageScreen.made(made.fileName, made.revision, made.withWord, attachments.length));
      }
    });
  }

  return (
    <div className="send-package">
      <h3>Gửi đi (tệp .baocao)</h3>
      <p className="note">
        Một tệp gồm báo cáo, tệp Word, bộ chỉ tiêu và tệp đính kèm; nơi nhận mở bằng Soạn Báo Cáo, được kiểm tra toàn vẹn, cấp trên tổng hợp được số liệu.
      </p>
      {warnings.length > 0 && (
        <Status kind="note">
          <strong>Trước khi gửi:</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Status>
      )}
      {attachments.length > 0 && (
        <ul>
          {attachments.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name}{' '}
              <button
                type="button"
                className="icon-button"
                aria-label={`Bỏ tệp đính kèm ${f.name}`}
                onClick={() => setAttachments(attachments.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => input.current?.click()}>
          Đính kèm tệp…
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void send()}>
          Gửi đi (tệp .baocao)
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Chọn tệp đính kèm"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            setAttachments([...attachments, ...files]);
          }}
        />
      </div>
      {message && <Status kind="success">{message}</Status>}
      <Status kind="error" message={error} />
    </div>
  );
}
