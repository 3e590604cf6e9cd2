/**
 * Receiving a verified package into the library, never silently over the clerk's work:
 * - a report this machine does not have is added under its own id;
 * - the same version as the local one changes nothing;
 * - a received version replaces the local one only when the local one is an unchanged ancestor
 *   of it — its hash is in the package's lineage — and the local version is kept whole among the
 *   report's versions;
 * - a version the local content already descends from (an older one), or one this machine was
 *   given before and did not keep, is not taken, and it says so — unless the clerk, asked again,
 *   chooses it;
 * - in every other case both sides changed: nothing is stored until the clerk, shown the
 *   differences part by part, chooses — keep mine, take theirs, keep both as two reports, or
 *   theirs part by part; the version not kept is kept whole among the report's versions.
 * Lineage (share-store) records only what the content really descends from: keeping mine or
 * keeping both holds nothing of theirs; taking theirs holds theirs and its lineage; a part-by-part
 * merge holds only the history both sides share.
 */
import type { PartDifference, ReceiveOutcome, ReceiveResult } from '#shared/contract/api';
import { normalizedFile, reportToFile, storedFromFile } from '#shared/domain/report-file-mapping';
import { signersSummary } from '#shared/the-thuc/authority-labels';
import type { ReportFile } from '#shared/report-format/schema';
import { reportParts } from '#shared/sign-off/units';
import { diffWords } from '#shared/sign-off/word-diff';
import { takeParts } from '#shared/package-format/take-parts';
import type { Library } from '../stores/library';
import type { ReadPackage } from './package-file';
import { reportHash, reportJson, sha256Hex } from './report-hash';

type ReceiveChoice = 'mine' | 'theirs' | 'both' | 'parts';

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
    for (const part of reportParts(file)) out.set(part.path, part.units.map((u) => u.text).join('\n'));
    out.set('Người ký', signersSummary(file.signature));
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

/** The versions both lists hold, in the first one's order. */
const shared = (a: readonly string[], b: readonly string[]) => a.filter((h) => b.includes(h));

export async function receivePackage(library: Library, pkg: ReadPackage, choice?: ReceiveChoice, theirParts: readonly string[] = []): Promise<ReceiveResult> {
  const { reports: store, shares, history } = library;
  const { manifest } = pkg;
  const id = manifest.report.id;
  // Compared as this app stores it: a package written by another program or version hashes the same.
  const incomingHash = reportHash(normalizedFile(pkg.report));
  const source = `${manifest.sender.unit || 'đơn vị gửi'}, lần gửi ${manifest.report.revision}`;
  const keepExtras = async (tx: Library, reportId: string) => {
    await tx.shares.saveAttachments(
      reportId,
      pkg.attachments.map((a) => ({ ...a, sha256: sha256Hex(a.bytes) })),
    );
    // The level above's Bộ chỉ tiêu comes down with its reports; the same set again replaces the old copy.
    if (pkg.indicators) await tx.indicatorSets.save(undefined, pkg.indicators);
  };
  /** Their version becomes the report's content (the caller says what its lineage is now). */
  const take = async (tx: Library, reportId: string) => {
    const { meta, sections } = storedFromFile(pkg.report);
    await tx.reports.replaceContent(reportId, meta, sections);
    await tx.shares.record(reportId, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    await keepExtras(tx, reportId);
  };

  if (!(await store.exists(id))) {
    const { meta, sections } = storedFromFile(pkg.report);
    await library.transaction(async (tx) => {
      await tx.reports.create({ ...meta, kind: pkg.report.kind ?? 'khac' }, sections, id);
      await tx.shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      await tx.shares.setLineage(id, [...manifest.report.lineage, incomingHash]);
      await keepExtras(tx, id);
    });
    await history.snapshotReport(id, 'received');
    return result('added', pkg, id);
  }

  const local = reportToFile(await store.get(id));
  const localHash = reportHash(local);
  const theirLineage = [...manifest.report.lineage, incomingHash];
  if (localHash === incomingHash) {
    // The same content: what it came from is now known here too.
    await shares.addLineage(id, theirLineage);
    return result('same', pkg, id);
  }
  const holds = await shares.lineage(id);
  const localIsAncestor = manifest.report.lineage.includes(localHash);
  // Older than what the clerk has, or given before and not kept: not taken unless the clerk now asks.
  if (!choice && !localIsAncestor && (holds.includes(incomingHash) || (await shares.seen(id)).includes(incomingHash))) return result('older', pkg, id);
  if (localIsAncestor) {
    await library.transaction(async (tx) => {
      await tx.shares.keepVersion(id, 'replaced-by-received', 'bản trên máy này', reportJson(local));
      await take(tx, id);
      await tx.shares.addLineage(id, theirLineage);
    });
    await history.snapshotReport(id, 'received');
    return result('updated', pkg, id);
  }

  // Both sides changed since they last met.
  if (!choice) {
    // No version in common at all: the two copies did not come from one another (a report id reused, a copy made elsewhere).
    const unrelated = shared(holds, theirLineage).length === 0 && !holds.includes(localHash);
    return result('conflict', pkg, id, { differences: differences(local, pkg.report), ...(unrelated ? { unrelated: true } : {}) });
  }
  if (choice === 'mine') {
    // Seen, kept among the versions — and not held: the clerk's report does not descend from it.
    await library.transaction(async (tx) => {
      await tx.shares.keepVersion(id, 'received-not-kept', source, reportJson(pkg.report));
      await tx.shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      await keepExtras(tx, id);
    });
    return result('kept-mine', pkg, id);
  }
  if (choice === 'parts') {
    // Theirs in the parts the clerk chose, hers elsewhere: both whole versions are kept, the merge is the report.
    const merged = takeParts(local, pkg.report, theirParts);
    const { meta, sections } = storedFromFile(merged);
    await library.transaction(async (tx) => {
      await tx.shares.keepVersion(id, 'mine-not-kept', 'bản trên máy này', reportJson(local));
      await tx.shares.keepVersion(id, 'received-not-kept', source, reportJson(pkg.report));
      await tx.reports.replaceContent(id, meta, sections);
      await tx.shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
      // The merge holds what both sides held: the parts taken from one side dropped the other's edits there.
      await tx.shares.setLineage(id, shared(holds, theirLineage));
      await keepExtras(tx, id);
    });
    await history.snapshotReport(id, 'received');
    return result('merged', pkg, id);
  }
  if (choice === 'theirs') {
    await library.transaction(async (tx) => {
      await tx.shares.keepVersion(id, 'mine-not-kept', 'bản trên máy này', reportJson(local));
      await take(tx, id);
      await tx.shares.setLineage(id, theirLineage);
    });
    await history.snapshotReport(id, 'received');
    return result('took-theirs', pkg, id);
  }
  // Keep both: theirs becomes a report of its own; the local one stays as it is.
  const { meta, sections } = storedFromFile(pkg.report);
  const copyId = await library.transaction(async (tx) => {
    const newId = await tx.reports.create({ ...meta, kind: pkg.report.kind ?? 'khac' }, sections);
    // Seen by the clerk's report, which does not hold it (it stays exactly as it was) …
    await tx.shares.record(id, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    // … and held by the copy, a received report too: the list shows where it came from.
    await tx.shares.record(newId, incomingHash, manifest.report.revision, 'received', manifest.sender.unit);
    await tx.shares.setLineage(newId, theirLineage);
    await tx.reports.setCopyOf(newId, id);
    await keepExtras(tx, newId);
    return newId;
  });
  await history.snapshotReport(copyId, 'received');
  return result('kept-both', pkg, id, { newReportId: copyId });
}
