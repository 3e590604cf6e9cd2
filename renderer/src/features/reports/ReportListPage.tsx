/**
 * "Báo cáo của tôi": the library. Three shelves — the list, Lưu trữ (archived: hidden here,
 * still found by search), Thùng rác (kept 30 days) — each a page at a time, newest edit first
 * (10,000 reports in one table took 5.4 s to show); search across all; create, open, import.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult, AppInfo } from '../../../../shared/contract/api';
import { fileToBase64 } from '../common/file-to-base64';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { ReceivePackage } from '../packages/ReceivePackage';
import { REPORT_STATE_LABELS, type ReportSummary, type Shelf } from '../../../../shared/domain/report';
import { listNotes } from './list-notes';
import { api, errorMessage } from '../../api/client';
import { ErrorBanner } from '../common/ErrorBanner';
import { formatDateTime } from '../common/format-time';
import { DataStateBanner } from '../backups/DataStateBanner';
import { formatBytes } from '../common/format-bytes';
import { NewReportForm } from './NewReportForm';
import { SearchReports } from './SearchReports';
import { ReportRowActions } from './ReportRowActions';
import { useWriteBlocked, Writes } from '../common/data-state';

// Opened only when a Word file is imported.
const ImportReview = lazy(() => import('../library/ImportReview').then((m) => ({ default: m.ImportReview })));

/** Rows on one page of a shelf. */
export const PAGE_SIZE = 50;

const SHELF_LABELS: Record<Shelf, string> = { active: 'Báo cáo', archived: 'Lưu trữ', trash: 'Thùng rác' };
const EMPTY_SHELF: Record<Shelf, string> = {
  active: 'Chưa có báo cáo nào. Bấm “Tạo báo cáo mới” để bắt đầu.',
  archived: 'Chưa lưu trữ báo cáo nào. Báo cáo cũ không cần thấy hằng ngày thì bấm “Lưu trữ”: vẫn tìm thấy khi tìm kiếm.',
  trash: 'Thùng rác trống. Báo cáo bị xóa nằm ở đây 30 ngày, khôi phục được, rồi mới bị xóa hẳn.',
};

/**
 * What tells a row apart from a twin: a received version (from whom, which lần gửi, when), a copy
 * kept beside the unit's own ("Giữ cả hai"), a new version of a published report and the published
 * one it replaces.
 */
function RowNotes({ report: r }: { report: ReportSummary }) {
  const notes = listNotes(r);
  return (
    <>
      {notes.map((note) => (
        <small key={note.text} className={`tag ${note.kind}-tag`} data-testid={`ghi-chu-${note.kind}`}>
          {note.text}
        </small>
      ))}
    </>
  );
}

export function ReportListPage({
  onOpen,
  onCheck,
  onOrganization,
  onBackups,
  onConsolidate,
}: {
  onOpen: (id: string, step?: string) => void;
  onCheck: () => void;
  onOrganization: () => void;
  onBackups: () => void;
  onConsolidate: () => void;
}) {
  const [shelf, setShelf] = useState<Shelf>('active');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ items: ReportSummary[]; total: number; senders: string[] } | null>(null);
  // "Đơn vị gửi": every report, the unit's own ("") or those received from one unit.
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [sort, setSort] = useState<'updated' | 'unit'>('updated');
  // In a damaged file every report is offered for export, not one page.
  const [salvageList, setSalvageList] = useState<ReportSummary[]>([]);
  const reports = page?.items ?? null;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [hasOrganization, setHasOrganization] = useState(true);
  const [backup, setBackup] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [review, setReview] = useState<ApiResult<'library.readWord'> | null>(null);
  const [receiving, setReceiving] = useState<File | null>(null);
  const packageInput = useRef<HTMLInputElement>(null);
  const writeBlocked = useWriteBlocked();

  const reload = useCallback(() => {
    api('library.page', { shelf, offset, limit: PAGE_SIZE, sort, ...(from === undefined ? {} : { from }) }).then(
      (next) => {
        // The last row of the last page went (deleted, archived): show the page before.
        if (next.items.length === 0 && offset > 0) setOffset(Math.max(0, offset - PAGE_SIZE));
        else setPage(next);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [shelf, offset, from, sort]);

  useEffect(() => {
    reload();
  }, [reload]);

  useEffect(() => {
    api('app.info', {}).then(
      (i) => {
        setInfo(i);
        if (i.data.status === 'salvage') api('library.list', {}).then(setSalvageList, () => undefined);
      },
      () => undefined,
    );
    api('organization.get', {}).then(
      (o) => setHasOrganization(o !== null),
      () => undefined,
    );
  }, []);

  async function importFile(file: File) {
    setError(null);
    try {
      const report = await api('library.importJson', { json: await file.text() });
      onOpen(report.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  /** A Word report is read and shown for review; nothing is saved until the clerk says so. */
  async function readWord(file: File) {
    setError(null);
    setReading(file.name);
    try {
      setReview(await api('library.readWord', { fileName: file.name, base64: await fileToBase64(file, 'word') }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setReading(null);
    }
  }

  /** A file dropped on the list: a package is received, a Word file read for review, a report file imported. */
  function openDropped(file: File) {
    if (writeBlocked) {
      setError(writeBlocked);
      return;
    }
    const name = file.name.toLowerCase();
    if (name.endsWith('.baocao')) setReceiving(file);
    else if (name.endsWith('.docx') || name.endsWith('.doc')) void readWord(file);
    else if (name.endsWith('.json')) void importFile(file);
    else setError(`“${file.name}” không phải gói .baocao, tệp Word hay tệp báo cáo .json.`);
  }

  if (receiving) {
    return (
      <main className="page list-page">
        <ReceivePackage
          file={receiving}
          onOpen={(id) => onOpen(id)}
          onClose={() => {
            setReceiving(null);
            reload();
          }}
        />
      </main>
    );
  }

  if (review) {
    return (
      <main className="page list-page wide-page">
        <Suspense fallback={<p>Đang mở…</p>}>
          <ImportReview draft={review} onSaved={(id) => onOpen(id)} onCancel={() => setReview(null)} />
        </Suspense>
      </main>
    );
  }

  return (
    <main
      className="page list-page"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        openDropped(file);
      }}
    >
      <header className="list-head">
        <h1>Báo cáo của tôi</h1>
        <div className="row-actions">
          <Writes>
            {!creating && (
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                + Tạo báo cáo mới
              </button>
            )}
            <button type="button" onClick={() => wordInput.current?.click()} disabled={reading !== null}>
              {reading ? `Đang đọc ${reading}…` : 'Nhập từ tệp Word'}
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Nhập tệp báo cáo (.json)
            </button>
            <button type="button" onClick={() => packageInput.current?.click()}>
              Nhận gói .baocao
            </button>
            <button type="button" onClick={onConsolidate}>
              Tổng hợp báo cáo đơn vị
            </button>
          </Writes>
          <button type="button" onClick={onCheck}>
            Kiểm tra thể thức tệp Word
          </button>
          <button type="button" onClick={onOrganization}>
            Đơn vị của tôi
          </button>
          <HiddenFileInput
            ref={wordInput}
            accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
            label="Chọn tệp Word"
            onFile={(file) => void readWord(file)}
          />
          <HiddenFileInput ref={fileInput} accept=".json,application/json" label="Chọn tệp báo cáo" onFile={(file) => void importFile(file)} />
          <HiddenFileInput ref={packageInput} accept=".baocao" label="Chọn gói báo cáo" onFile={setReceiving} />
        </div>
      </header>
      <ErrorBanner message={error} onClose={() => setError(null)} />
      {info && <DataStateBanner state={info.data} reports={salvageList} onRestore={onBackups} />}
      {!hasOrganization && info?.data.status === 'ok' && (
        <div className="hint" role="note">
          Chưa thiết lập đơn vị. Thiết lập một lần để mọi báo cáo mới tự điền tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận.{' '}
          <button type="button" className="link-button" onClick={onOrganization}>
            Thiết lập ngay
          </button>
        </div>
      )}
      {creating && !writeBlocked && <NewReportForm onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {info?.data.status === 'ok' && <SearchReports onOpen={onOpen} />}
      <div className="shelves" role="tablist" aria-label="Ngăn">
        {(Object.keys(SHELF_LABELS) as Shelf[]).map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={shelf === s}
            onClick={() => {
              setShelf(s);
              setOffset(0);
              setPage(null);
            }}
          >
            {SHELF_LABELS[s]}
          </button>
        ))}
      </div>
      {page && (page.senders.length > 0 || from !== undefined) && (
        <label className="field inline-field">
          <span>Đơn vị gửi</span>
          <select
            value={from === undefined ? '*' : from === '' ? '' : from}
            onChange={(e) => {
              setFrom(e.target.value === '*' ? undefined : e.target.value);
              setOffset(0);
            }}
          >
            <option value="*">Tất cả</option>
            <option value="">Báo cáo của đơn vị mình</option>
            {page.senders.map((s) => (
              <option key={s} value={s}>
                Nhận từ {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {reports === null || page === null ? (
        <p>Đang tải…</p>
      ) : reports.length === 0 ? (
        <p className="empty">{EMPTY_SHELF[shelf]}</p>
      ) : (
        <>
          {shelf === 'trash' && <p className="hint">Báo cáo trong Thùng rác được giữ 30 ngày kể từ khi xóa, rồi tự xóa hẳn.</p>}
          <table className="report-list">
            <thead>
              <tr>
                <th>Trích yếu</th>
                <th aria-sort={sort === 'unit' ? 'ascending' : undefined}>
                  <button
                    type="button"
                    className="link-button"
                    title="Xếp theo đơn vị gửi"
                    onClick={() => {
                      setSort(sort === 'unit' ? 'updated' : 'unit');
                      setOffset(0);
                    }}
                  >
                    Đơn vị {sort === 'unit' ? '▲' : ''}
                  </button>
                </th>
                <th>Kỳ báo cáo</th>
                <th>Tình trạng</th>
                <th>{shelf === 'trash' ? 'Xóa lúc' : 'Sửa lần cuối'}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button type="button" className="link-button title" onClick={() => onOpen(r.id)}>
                      {r.title || '(chưa có trích yếu)'}
                    </button>
                    <RowNotes report={r} />
                  </td>
                  <td>{r.receivedFrom ?? <span className="muted">Đơn vị mình</span>}</td>
                  <td>{r.period}</td>
                  <td>{REPORT_STATE_LABELS[r.state ?? 'drafting']}</td>
                  <td>{formatDateTime(shelf === 'trash' && r.deletedAt ? r.deletedAt : r.updatedAt)}</td>
                  <td className="actions">
                    <ReportRowActions report={r} shelf={shelf} onOpen={onOpen} onChanged={reload} onError={setError} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Trang">
            <button type="button" className="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              ← Trang trước
            </button>
            <span data-testid="list-range">
              {(offset + 1).toLocaleString('vi-VN')}–{(offset + reports.length).toLocaleString('vi-VN')} trong {page.total.toLocaleString('vi-VN')} báo cáo
            </span>
            <button type="button" className="small" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              Trang sau →
            </button>
          </nav>
        </>
      )}
      {info && (
        <footer className="app-footer">
          Soạn Báo Cáo {info.version} · {info.mode === 'desktop' ? 'ứng dụng máy tính' : 'chế độ trình duyệt'} · Dữ liệu lưu tại: <code>{info.dataDir}</code>{' '}
          <button
            type="button"
            className="small"
            disabled={writeBlocked !== null}
            title={writeBlocked ?? undefined}
            onClick={() =>
              void api('backups.create', {}).then(
                (b) => setBackup(`Đã sao lưu ${b.reports ?? 0} báo cáo (${formatBytes(b.bytes)}, đã kiểm tra đọc lại được). Hiện có ${b.count} bản sao lưu.`),
                (e: unknown) => setError(errorMessage(e)),
              )
            }
          >
            Sao lưu ngay
          </button>{' '}
          <button type="button" className="small" onClick={onBackups}>
            Khôi phục từ bản sao lưu
          </button>
          {backup && (
            <p className="success" role="status">
              {backup}
            </p>
          )}
        </footer>
      )}
    </main>
  );
}
