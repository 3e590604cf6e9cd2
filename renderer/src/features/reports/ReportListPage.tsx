/**
 * "Báo cáo của tôi": the library. Three shelves — the list, Lưu trữ (archived: hidden here,
 * still found by search), Thùng rác (kept 30 days) — each a page at a time, newest edit first
 * (10,000 reports in one table took 5.4 s to show); search across all; create, open, import.
 */
import { lazy, Suspense, useRef } from 'react';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { ReceivePackage } from '../packages/ReceivePackage';
import { REPORT_STATE_LABELS, type ReportSummary, type Shelf } from '#shared/domain/report';
import { listNotes } from './list-notes';
import { Status } from '../common/Status';
import { formatDateTime } from '../common/format-time';
import { DataStateBanner } from '../backups/DataStateBanner';
import { NewReportForm } from './NewReportForm';
import { PAGE_SIZE, pageRange } from './report-list-state';
import { useReportList } from './use-report-list';
import { libraryScreen } from '#shared/messages/reports';
import { SearchReports } from './SearchReports';
import { ServerStanding } from '../shared-library/ServerStanding';
import { ReportRowActions } from './ReportRowActions';
import { Writes } from '../common/data-state';

// Opened only when a Word file is imported.
const ImportReview = lazy(() => import('../library/ImportReview').then((m) => ({ default: m.ImportReview })));

const SHELF_LABELS: Record<Shelf, string> = { active: 'Báo cáo', archived: 'Lưu trữ', trash: 'Thùng rác' };

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
  onSharedLibrary,
}: {
  onOpen: (id: string, step?: string) => void;
  onCheck: () => void;
  onOrganization: () => void;
  onBackups: () => void;
  onConsolidate: () => void;
  onSharedLibrary: () => void;
}) {
  const list = useReportList(onOpen);
  const { state, dispatch, reload, info, hasOrganization, salvageList, writeBlocked, reading, review, receiving } = list;
  const { query, page, error, backedUp, creating } = state;
  const { shelf, from, sort, offset } = query;
  const reports = page?.items ?? null;
  const fileInput = useRef<HTMLInputElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  const packageInput = useRef<HTMLInputElement>(null);
  const setError = (message: string) => dispatch({ type: 'failed', message });

  if (receiving) {
    return (
      <main className="page list-page">
        <ReceivePackage
          file={receiving}
          onOpen={(id) => onOpen(id)}
          onClose={() => {
            list.receive(null);
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
          <ImportReview draft={review} onSaved={(id) => onOpen(id)} onCancel={list.closeReview} />
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
        list.openDropped(file);
      }}
    >
      <header className="list-head">
        <h1>Báo cáo của tôi</h1>
        <div className="row-actions">
          <Writes>
            {!creating && (
              <button type="button" className="primary" onClick={() => dispatch({ type: 'creatingToggled', creating: true })}>
                + Tạo báo cáo mới
              </button>
            )}
            <button type="button" onClick={() => wordInput.current?.click()} disabled={reading !== null}>
              {reading ? `Đang đọc ${reading}…` : 'Nhập từ tệp Word, PDF'}
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
          <button type="button" onClick={onSharedLibrary}>
            Thư viện dùng chung
          </button>
          <HiddenFileInput
            ref={wordInput}
            accept=".docx,.doc,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/pdf"
            label="Chọn tệp Word hoặc PDF"
            onFile={(file) => void list.readWord(file)}
          />
          <HiddenFileInput ref={fileInput} accept=".json,application/json" label="Chọn tệp báo cáo" onFile={(file) => void list.importFile(file)} />
          <HiddenFileInput ref={packageInput} accept=".baocao" label="Chọn gói báo cáo" onFile={list.receive} />
        </div>
      </header>
      <Status kind="error" message={error} onClose={() => dispatch({ type: 'errorDismissed' })} />
      {info && <DataStateBanner state={info.data} reports={salvageList} onRestore={onBackups} />}
      <ServerStanding onOpen={onSharedLibrary} />
      {!hasOrganization && info?.data.status === 'ok' && (
        <div className="hint" role="note">
          Chưa thiết lập đơn vị. Thiết lập một lần để mọi báo cáo mới tự điền tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận.{' '}
          <button type="button" className="link-button" onClick={onOrganization}>
            Thiết lập ngay
          </button>
        </div>
      )}
      {creating && !writeBlocked && <NewReportForm onCreated={onOpen} onCancel={() => dispatch({ type: 'creatingToggled', creating: false })} />}
      {info?.data.status === 'ok' && <SearchReports onOpen={onOpen} />}
      <div className="shelves" role="tablist" aria-label="Ngăn">
        {(Object.keys(SHELF_LABELS) as Shelf[]).map((s) => (
          <button key={s} type="button" role="tab" aria-selected={shelf === s} onClick={() => dispatch({ type: 'shelfChosen', shelf: s })}>
            {SHELF_LABELS[s]}
          </button>
        ))}
      </div>
      {page && (page.senders.length > 0 || from !== undefined) && (
        <label className="field inline-field">
          <span>Đơn vị gửi</span>
          <select
            value={from === undefined ? '*' : from === '' ? '' : from}
            onChange={(e) => dispatch({ type: 'senderChosen', from: e.target.value === '*' ? undefined : e.target.value })}
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
        <p className="empty">{libraryScreen.emptyShelf[shelf]}</p>
      ) : (
        <>
          {shelf === 'trash' && <p className="hint">Báo cáo trong Thùng rác được giữ 30 ngày kể từ khi xóa, rồi tự xóa hẳn.</p>}
          <table className="report-list">
            <thead>
              <tr>
                <th>Trích yếu</th>
                <th aria-sort={sort === 'unit' ? 'ascending' : undefined}>
                  <button type="button" className="link-button" title="Xếp theo đơn vị gửi" onClick={() => dispatch({ type: 'sortToggled' })}>
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
            <button type="button" className="small" disabled={offset === 0} onClick={() => dispatch({ type: 'pageTurned', direction: 'previous' })}>
              ← Trang trước
            </button>
            <span data-testid="list-range">{pageRange(query, page)}</span>
            <button
              type="button"
              className="small"
              disabled={offset + PAGE_SIZE >= page.total}
              onClick={() => dispatch({ type: 'pageTurned', direction: 'next' })}
            >
              Trang sau →
            </button>
          </nav>
        </>
      )}
      {info && (
        <footer className="app-footer">
          Soạn Báo Cáo {info.version} · {info.mode === 'desktop' ? 'ứng dụng máy tính' : 'chế độ trình duyệt'} · Dữ liệu lưu tại: <code>{info.dataDir}</code>{' '}
          <button type="button" className="small" disabled={writeBlocked !== null} title={writeBlocked ?? undefined} onClick={list.backUp}>
            Sao lưu ngay
          </button>{' '}
          <button type="button" className="small" onClick={onBackups}>
            Khôi phục từ bản sao lưu
          </button>
          <Status kind="success" message={backedUp} />
        </footer>
      )}
    </main>
  );
}
