/**
 * The line at the top of a report about its versions: a published report says it is locked and
 * offers "Tạo phiên bản mới" (or opens the newer version that exists); a new version says which
 * published report it continues, with a link back.
 */
import type { Report } from '#shared/domain/report';
import { versionScreen } from '#shared/messages/reports';
import { issuedLabel } from '#shared/the-thuc/header-lines';
import { api } from '../../api/client';
import { useApiAction } from '../common/use-api-action';
import { Status } from '../common/Status';

export function VersionBanner({ report, onOpenReport }: { report: Report; onOpenReport: (id: string) => void }) {
  const { busy, error, run } = useApiAction();
  const published = report.state === 'published';
  const issued = issuedLabel(report.header.number, report.header.symbol, report.header.date);
  const thisVersion = report.version?.number ?? 1;
  return (
    <>
      {published && (
        <Status kind="note" testId="published-lock">
          {versionScreen.locked(issued)}{' '}
          {report.newerVersion ? (
            <button type="button" className="small" onClick={() => onOpenReport(report.newerVersion!)}>
              Mở phiên bản {thisVersion + 1}
            </button>
          ) : (
            <button
              type="button"
              className="small primary"
              disabled={busy}
              onClick={() => void run(async () => onOpenReport((await api('signOff.newVersion', { id: report.id })).id))}
            >
              Tạo phiên bản mới
            </button>
          )}
          {report.newerVersion && <> {versionScreen.newerExists(thisVersion + 1)}</>}
        </Status>
      )}
      {report.version && (
        <p className="note" data-testid="version-of">
          {versionScreen.isVersion(report.version.number, issuedLabel(report.version.of.number, report.version.of.symbol, report.version.of.date))}{' '}
          <button type="button" className="link-button" onClick={() => onOpenReport(report.version!.of.id)}>
            Mở bản đã phát hành
          </button>
        </p>
      )}
      <Status kind="error" message={error} />
    </>
  );
}
