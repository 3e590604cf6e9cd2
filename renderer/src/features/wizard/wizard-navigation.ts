/**
 * Where the clerk is in a report and where she may go, apart from the screen: the step the
 * address asks for, or the preview when a damaged data file allows only reading; the steps the
 * rail lists; the step before and after; whether "Xuất Word" in the top bar exports at once or
 * first shows the checklist; and the lock line of a published report.
 */
import type { Report } from '#shared/domain/report';
import { versionScreen } from '#shared/messages/reports';
import { issuedLabel } from '#shared/the-thuc/header-lines';
import { isStepId, wizardSteps, type Step, type StepId } from './steps';

/** The steps a damaged, read-only file still offers: the pages and the exports. */
const READ_ONLY_STEPS: readonly StepId[] = ['preview', 'export'];

interface WizardPlace {
  step: StepId;
  steps: Step[];
  /** The step before and after the current one in the rail, if any. */
  previous: StepId | null;
  next: StepId | null;
  /** The part open on screen, when the step is one. */
  openSectionId: string | null;
}

/** The step the address asks for, as the data file allows it. */
export function effectiveStep(asked: string | undefined, writeBlocked: string | null): StepId {
  const step: StepId = isStepId(asked) ? asked : 'header';
  return writeBlocked && !READ_ONLY_STEPS.includes(step) ? 'preview' : step;
}

export function wizardPlace(report: Report, asked: string | undefined, writeBlocked: string | null): WizardPlace {
  const step = effectiveStep(asked, writeBlocked);
  const steps = wizardSteps(report).filter((s) => !writeBlocked || READ_ONLY_STEPS.includes(s.id));
  const ids = steps.map((s) => s.id);
  const at = ids.indexOf(step);
  return {
    step,
    steps,
    previous: at > 0 ? (ids[at - 1] ?? null) : null,
    next: at >= 0 ? (ids[at + 1] ?? null) : null,
    openSectionId: step.startsWith('section:') ? step.slice('section:'.length) : null,
  };
}

/** A published report is read and sent, not edited: the line its editing steps show, or null. */
export function lockLine(report: Report): string | null {
  return report.state === 'published' ? versionScreen.locked(issuedLabel(report.header.number, report.header.symbol, report.header.date)) : null;
}

/** "Xuất Word" in the top bar: straight to the file, or to the checklist when something blocks the export. */
export function topBarExport(blocking: boolean): 'export' | 'show-checklist' {
  return blocking ? 'show-checklist' : 'export';
}
