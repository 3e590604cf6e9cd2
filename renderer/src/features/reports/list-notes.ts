/**
 * The short notes under a report's title in "Báo cáo của tôi", so that two rows with the same
 * trích yếu, unit and kỳ are never mistaken for each other: whose edits a row holds (the unit's
 * own, or a version received from whom, in which lần gửi, on which day), a version kept beside
 * the other by "Giữ cả hai", and the versions of a published report.
 */
import type { ReportSummary } from '#shared/domain/report';
import { versionScreen } from '#shared/messages/reports';
import { issuedLabel } from '#shared/the-thuc/header-lines';
import { formatDate } from '../common/format-time';

interface ListNote {
  kind: 'received' | 'kept' | 'version';
  text: string;
}

export function listNotes(r: ReportSummary): ListNote[] {
  const notes: ListNote[] = [];
  if (r.receivedFrom) {
    const when = r.received ? `, lần gửi ${r.received.revision}, nhận ${formatDate(r.received.at)}` : '';
    notes.push({ kind: 'received', text: `Bản nhận được: của ${r.receivedFrom}${when}` });
  }
  if (r.keptApart === 'theirs') notes.push({ kind: 'kept', text: 'Giữ cả hai: bản nhận được, giữ riêng bên cạnh bản của đơn vị' });
  if (r.keptApart === 'mine') notes.push({ kind: 'kept', text: 'Giữ cả hai: bản của đơn vị (bản nhận được giữ riêng ở dòng khác)' });
  if (r.version)
    notes.push({
      kind: 'version',
      text: versionScreen.isVersion(r.version.number, issuedLabel(r.version.of.number, r.version.of.symbol, r.version.of.date)),
    });
  if (r.newerVersion) notes.push({ kind: 'version', text: 'Đã có phiên bản mới' });
  return notes;
}
