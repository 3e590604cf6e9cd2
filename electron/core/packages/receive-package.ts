/**
 * Receiving a verified package into the library, never silently over the clerk's work:
 * - a report this machine does not have is added under its own id;
 * - the same version as the local one changes nothing;
 * - a newer version of a local copy that has not changed since it was last sent or received
 *   (its hash is in the package's lineage, or is the last one shared) is taken, and the local
 *   version is kept whole among the report's versions;
 * - a version this machine has had before (an older one, or one not kept) is not taken, and it
 *   says so — unless the clerk, asked again, chooses it;
 * - otherwise both sides changed: nothing is stored until the clerk, shown the differences part
 *   by part, chooses — keep mine, take theirs, or keep both as two reports; the version not kept
 *   is kept whole among the report's versions.
 */
import type { PartDifference, ReceiveOutcome, ReceiveResult } from '../../../shared/contract/api';
import { normalizedFile, reportToFile, storedFromFile } from '../../../shared/domain/report-file-mapping';
import { signerSummary } from '../../../shared/the-thuc/authority-labels';
import type { ReportFile } from '../../../shared/report-format/schema';
import { reportParts } from '../../../shared/sign-off/review';
import { diffWords } from '../../../shared/sign-off/word-diff';
import { takeParts } from '../../../shared/package-format/take-parts';
import type { HistoryStore } from '../reports/history-store';
import type { ReportStore } from '../reports/report-store';
import type { IndicatorSetStore } from '../indicators/indicator-set-store';
import type { ReadPackage } from './package-file';
import { reportHash, reportJson, sha256Hex } from './report-hash';
import type { ShareStore } from './share-store';

export interface ReceiveDeps {
  store: ReportStore;
  shares: ShareStore;
  history: HistoryStore;
  indicatorSets: IndicatorSetStore;
}

export type ReceiveChoice = 'mine' | 'theirs' | 'both' | 'parts';

/** Each part's text by its title path, and the header, signer and Nơi nhận as lines, side by side. */
export function differences(mine: ReportFile, theirs: ReportFile): PartDifference[] {
  const parts = (file: ReportFile): Map<string, string> => {
    const out = new Map<string, string>();
    const header = file.header;
    out.set(
      'Phần đầu',
      [
        header.parentBody,
        header.issuingBody,
        `Số ${header.number}/${header.symbol}`,
        `${header.place}, ${header.date ?? '(chưa có ngày)'}`,
        header.summary,
        ...(header.addressees ?? []),
      ]
        .filter(Boolean)
        .join('\n'),
    );
    // Opening, every part by its title path, closing and phụ lục: as a returned bản trình is compared.
    for (const part of reportParts(file)) out.set(part.path, part.texts.join('\n'));
    out.set('Người ký', signerSummary(file.signature));
    out.set('Nơi nhận', file.recipients.join('\n'));
    return out;
  };
  const a = parts(mine);
  const b = parts(theirs);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((part) => {
    const before = a.get(part) ?? null;
    const after = b.get(part) ?? null;
    const changed = before !== after;
    // The words that changed, marked as the bản trình review marks them.
    return { part, mine: before, theirs: after, changed, ...(changed && before !== null && after !== null ? { diff: diffWords(before, after) } : {}) };
  });
}

function result(outcome: ReceiveOutcome, pkg: ReadPackage, reportId: string, extra: Partial<ReceiveResult> = {}): ReceiveResult {
  return {
    outcome,
    reportId,
    sender: pkg.manifest.sender.unit,
    period: pkg.manifest.period,
    title: pkg.report.header.summary,
    revision: pkg.manifest.report.revision,
    sentAt: pkg.manifest.createdAt,
    attachments: pkg.attachments.map((a) => a.name),
    ...(pkg.indicators ? { indicatorSet: pkg.indicators.name } : {}),
    ...extra,
  };
}

export function receivePackage(deps: ReceiveDeps, pkg: ReadPackage, choice?: ReceiveChoice, theirParts: readonly string[] = []): ReceiveResult {
  const { store, shares, history } = deps;
  const { manifest } = pkg;
  const id = manifest.report.id;
  // Compared as this app stores it: a package written by another program or version hashes the same.
  const incomingHash = reportHash(normalizedFile(pkg.report));
  const source = `${manifest.sender.unit || 'đơn vị gửi'}, lần gửi ${manifest.report.revision}`;
  const keepExtras = (reportId: string) => {
    shares.saveAttachments(
      reportId,
      pkg.attachments.map((a) => ({ ...a, sha256: sha256Hex(a.bytes) })),
    );
    // The level above's Bộ chỉ tiêu comes down with its reports; the same set again replaces the old copy.
    if (pkg.indicators) deps.indicatorSets.save(undefined, pkg.indicators);
  };
  const take = (reportId: string) => {
    const { meta, sections } = storedFromFile(pkg.report);
    store.replaceContent(reportId, meta, sections);
    shares.record(reportId, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    keepExtras(reportId);
  };

  if (!store.exists(id)) {
    const { meta, sections } = storedFromFile(pkg.report);
    store.transaction(() => {
      store.create({ ...meta, kind: pkg.report.kind ?? 'khac' }, sections, id);
      shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      keepExtras(id);
    });
    history.snapshotReport(id, 'received');
    return result('added', pkg, id);
  }

  const local = reportToFile(store.get(id));
  const localHash = reportHash(local);
  if (localHash === incomingHash) return result('same', pkg, id);
  const known = shares.lineage(id);
  const lastShared = known[known.length - 1];
  const localUnchanged = manifest.report.lineage.includes(localHash) || localHash === lastShared;
  // A version had here before (older, or one the clerk chose not to keep): not taken unless the clerk now asks.
  if (!choice && known.includes(incomingHash) && !manifest.report.lineage.includes(localHash)) return result('older', pkg, id);
  if (localUnchanged && !known.includes(incomingHash)) {
    store.transaction(() => {
      shares.keepVersion(id, 'replaced-by-received', 'bản trên máy này', reportJson(local));
      take(id);
    });
    history.snapshotReport(id, 'received');
    return result('updated', pkg, id);
  }

  // Both sides changed since they last met.
  if (!choice) return result('conflict', pkg, id, { differences: differences(local, pkg.report) });
  if (choice === 'mine') {
    store.transaction(() => {
      shares.keepVersion(id, 'received-not-kept', source, reportJson(pkg.report));
      shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      keepExtras(id);
    });
    return result('kept-mine', pkg, id);
  }
  if (choice === 'parts') {
    // Theirs in the parts the clerk chose, hers elsewhere: both whole versions are kept, the merge is the report.
    const merged = takeParts(local, pkg.report, theirParts);
    const { meta, sections } = storedFromFile(merged);
    store.transaction(() => {
      shares.keepVersion(id, 'mine-not-kept', 'bản trên máy này', reportJson(local));
      shares.keepVersion(id, 'received-not-kept', source, reportJson(pkg.report));
      store.replaceContent(id, meta, sections);
      shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      keepExtras(id);
    });
    history.snapshotReport(id, 'received');
    return result('merged', pkg, id);
  }
  if (choice === 'theirs') {
    store.transaction(() => {
      shares.keepVersion(id, 'mine-not-kept', 'bản trên máy này', reportJson(local));
      take(id);
    });
    history.snapshotReport(id, 'received');
    return result('took-theirs', pkg, id);
  }
  // Keep both: theirs becomes a report of its own; the local one stays as it is.
  const { meta, sections } = storedFromFile(pkg.report);
  const copyId = store.transaction(() => {
    const newId = store.create({ ...meta, kind: pkg.report.kind ?? 'khac' }, sections);
    shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    // The copy is a received report too: the list shows where it came from.
    shares.record(newId, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    keepExtras(newId);
    return newId;
  });
  history.snapshotReport(copyId, 'received');
  return result('kept-both', pkg, id, { newReportId: copyId });
}
