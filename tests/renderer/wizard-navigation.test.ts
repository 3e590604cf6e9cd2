/** Where the clerk is in a report and where she may go. */
import { describe, expect, it } from 'vitest';
import { effectiveStep, lockLine, topBarExport, wizardPlace } from '../../renderer/src/features/wizard/wizard-navigation';
import { testCore } from '../support/test-core';

describe('the wizard’s place', async () => {
  const core = testCore();
  const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'quý II năm 2026' });
  const firstPart = `section:${report.sections[0]!.id}`;

  it('opens the step the address names, the header when it names none or nonsense', () => {
    expect(effectiveStep(undefined, null)).toBe('header');
    expect(effectiveStep('section:../../etc', null)).toBe('header');
    expect(effectiveStep(firstPart, null)).toBe(firstPart);
  });

  it('goes through the parts between the opening and the signer, and stops at both ends', () => {
    const atStart = wizardPlace(report, 'header', null);
    expect(atStart.previous).toBeNull();
    expect(atStart.next).toBe('opening');
    const atPart = wizardPlace(report, firstPart, null);
    expect(atPart.previous).toBe('opening');
    expect(atPart.openSectionId).toBe(report.sections[0]!.id);
    const atEnd = wizardPlace(report, 'export', null);
    expect(atEnd.next).toBeNull();
    expect(atEnd.previous).toBe('preview');
  });

  it('offers only the pages and the exports while the data file is read-only', () => {
    const place = wizardPlace(report, firstPart, 'Tệp dữ liệu bị hỏng.');
    expect(place.step).toBe('preview');
    expect(place.steps.map((s) => s.id)).toEqual(['preview', 'export']);
    expect(wizardPlace(report, 'export', 'Tệp dữ liệu bị hỏng.').step).toBe('export');
  });

  it('locks a published report with its số and ngày, and only a published one', () => {
    expect(lockLine(report)).toBeNull();
    const published = { ...report, state: 'published' as const, header: { ...report.header, number: '27', date: '2026-12-05' } };
    expect(lockLine(published)).toMatch(/^Báo cáo đã phát hành \(số 27\/BC-.*ngày 05\/12\/2026\)/);
  });

  it('exports from the top bar at once unless something blocks the export', () => {
    expect(topBarExport(false)).toBe('export');
    expect(topBarExport(true)).toBe('show-checklist');
  });
});
