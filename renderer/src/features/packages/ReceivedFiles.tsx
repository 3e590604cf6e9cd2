/**
 * What came with a report and what was set aside: files attached to it in a package (to save
 * again), and whole versions kept when a package replaced it or was not taken ("Các bản đã
 * thay"), each openable as a report of its own — nothing a package touched is ever lost.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import { api, errorMessage, saveFile } from '../../api/client';
import { formatDateTime } from '../common/format-time';
import { useWriteBlocked } from '../common/data-state';
import { Status } from '../common/Status';

const REASONS = {
  'replaced-by-received': 'bản trên máy này trước khi nhận bản mới',
  'received-not-kept': 'bản nhận được, không giữ',
  'mine-not-kept': 'bản trên máy này, không giữ',
} as const;

export function ReceivedFiles({ reportId, onOpenReport }: { reportId: string; onOpenReport: (id: string) => void }) {
  const [versions, setVersions] = useState<ApiResult<'packages.versions'>>([]);
  const [attachments, setAttachments] = useState<ApiResult<'packages.attachments'>>([]);
  const [error, setError] = useState<string | null>(null);
  const openBlocked = useWriteBlocked('packages.openVersion');
  useEffect(() => {
    let live = true;
    api('packages.versions', { id: reportId }).then(
      (v) => live && setVersions(v),
      () => undefined,
    );
    api('packages.attachments', { id: reportId }).then(
      (a) => live && setAttachments(a),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reportId]);
  if (versions.length === 0 && attachments.length === 0) return null;
  return (
    <div className="received-files">
      {attachments.length > 0 && (
        <>
          <h3>Tệp đính kèm nhận được</h3>
          <ul>
            {attachments.map((a) => (
              <li key={a.name}>
                {a.name}{' '}
                <button type="button" className="small" onClick={() => void saveFile(a.name, a.base64)}>
                  Lưu ra máy
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {versions.length > 0 && (
        <>
          <h3>Các bản đã thay</h3>
          <ul>
            {versions.map((v) => (
              <li key={v.id}>
                {formatDateTime(v.createdAt)} — {REASONS[v.reason]} ({v.source}){' '}
                <button
                  type="button"
                  className="small"
                  disabled={openBlocked !== null}
                  title={openBlocked ?? undefined}
                  onClick={() =>
                    void api('packages.openVersion', { versionId: v.id }).then(
                      (r) => onOpenReport(r.id),
                      (e: unknown) => setError(errorMessage(e)),
                    )
                  }
                >
                  Mở thành báo cáo riêng
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Status kind="error" message={error} />
    </div>
  );
}
