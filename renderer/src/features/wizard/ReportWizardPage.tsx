/**
 * The report, one step at a time. Loading, saving, structural changes and other windows'
 * saves live in useReportDocument; this page lays out the steps.
 */
import { SkipToStep } from './SkipToStep';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Report, ReportHeader, Signature } from '#shared/domain/report';
import type { ProfileId } from '#shared/domain/vocabulary';
import { organizationInSentence, type Organization } from '#shared/domain/organization';
import { api, errorMessage } from '../../api/client';
import { buildChecklist } from '#shared/domain/checklist';
import { Status } from '../common/Status';
import { ExportStep } from '../export/ExportStep';
import { REPORT_STATE_LABELS } from '#shared/domain/report';
import { useExport } from '../export/use-export';
import { AppendicesStep } from './AppendicesStep';
import { PrintPreview } from '../preview/PrintPreview';
import { HeaderStep } from './HeaderStep';
import { OpeningStep } from './OpeningStep';
import { SaveAsTemplate } from './SaveAsTemplate';
import { SaveStatus } from './SaveStatus';
import { SpellContext } from './spell/spell-context';
import { RevealContext, titleRevealKey, type RevealTarget } from './reveal-context';
import { SectionStep, type SectionActions } from './SectionStep';
import { SignerStep } from './SignerStep';
import { StepRail } from './StepRail';
import type { StepId } from './steps';
import { effectiveStep, lockLine, topBarExport, wizardPlace } from './wizard-navigation';
import { ChangedElsewhere, ConflictPanels } from './document/ConflictPanels';
import { useReportDocument } from './document/use-report-document';
import { useWriteBlocked } from '../common/data-state';
import { ReportLockContext } from './report-lock';
import { VersionBanner } from '../sign-off/VersionBanner';
import { ServerStanding } from '../shared-library/ServerStanding';

export function ReportWizardPage({
  reportId,
  step: stepInUrl,
  onStep,
  onBack,
  onOpenReport,
}: {
  reportId: string;
  step?: string;
  onStep: (step: StepId) => void;
  onBack: () => void;
  onOpenReport: (id: string) => void;
}) {
  const writeBlocked = useWriteBlocked();
  const step = effectiveStep(stepInUrl, writeBlocked);
  const setStep = onStep;
  const [reveal, setReveal] = useState<RevealTarget | null>(null);
  // Ctrl+P anywhere in the report prints its A4 pages, not the app: open the preview and print there.
  const [printRequested, setPrintRequested] = useState(false);
  const donePrinting = useCallback(() => setPrintRequested(false), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        setPrintRequested(true);
        onStep('preview');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onStep]);
  const doc = useReportDocument(reportId, {
    openSectionId: step.startsWith('section:') ? step.slice('section:'.length) : null,
    onOpenSectionRemoved: () => setStep('header'),
  });
  // A step opens at its top, not where the last one was scrolled to.
  useEffect(() => {
    window.scrollTo(0, 0);
    document.querySelector('.wizard main.page')?.scrollTo(0, 0);
  }, [step]);
  const { report, loadError, actionError, setActionError, autosave, saveMeta } = doc;
  const { flush } = autosave;
  const exporter = useExport(reportId, autosave.flush);

  const [dictionary, setDictionary] = useState<ReadonlySet<string>>(new Set());
  const [organization, setOrganization] = useState<Organization | null>(null);
  const toneStyle = organization?.toneStyle;
  const iyStyle = organization?.iyStyle;
  useEffect(() => {
    api('dictionary.list', {}).then(
      (words) => setDictionary(new Set(words)),
      () => undefined,
    );
    api('organization.get', {}).then(setOrganization, () => undefined);
  }, []);
  const spell = useMemo(
    () => ({
      dictionary,
      style: toneStyle,
      iy: iyStyle,
      addWord: (word: string) => {
        api('dictionary.add', { word }).then(
          (words) => setDictionary(new Set(words)),
          (e: unknown) => setActionError(errorMessage(e)),
        );
      },
    }),
    [dictionary, toneStyle, iyStyle, setActionError],
  );

  // Last period's report, when this one was made from it: its parts are shown beside the editor.
  const previousId = report?.previousId;
  const [previous, setPrevious] = useState<Report | null>(null);
  useEffect(() => {
    if (!previousId) return;
    api('reports.get', { id: previousId }).then(setPrevious, () => setPrevious(null));
  }, [previousId]);

  // The actions handed to every part stay the same object while typing, so parts that are not
  // being edited are not redrawn (memoised by identity); they read the newest report from a ref.
  const outline = report?.outline ?? 'sections';
  const { sectionHandlers } = doc;
  const actions = useMemo<SectionActions>(
    () => ({ outline, reportId, flush, previous, ...sectionHandlers }),
    [outline, reportId, flush, previous, sectionHandlers],
  );

  if (loadError) {
    return (
      <main className="page">
        <Status kind="error" message={loadError} />
        <button type="button" onClick={onBack}>
          ← Về danh sách
        </button>
      </main>
    );
  }
  if (!report)
    return (
      <main className="page">
        <p>Đang mở báo cáo…</p>
      </main>
    );

  const addPart = () => doc.addPart((sectionId) => setStep(`section:${sectionId}`));
  // A published report is read and sent, not edited: its editing steps are shown read-only.
  const locked = lockLine(report);
  const place = wizardPlace(report, stepInUrl, writeBlocked);
  const { steps } = place;
  // Built only where it is shown: the spell check reads the whole report.
  const checklist = step === 'export' ? buildChecklist(report, dictionary, toneStyle, iyStyle, previous) : null;
  const exportFromTopBar = () => {
    if (topBarExport(buildChecklist(report, dictionary, toneStyle, iyStyle).blocking) === 'show-checklist') setStep('export');
    else void exporter.exportDocx();
  };
  const sectionIndex = report.sections.findIndex((s) => `section:${s.id}` === step);
  const currentSection = sectionIndex >= 0 ? report.sections[sectionIndex] : undefined;
  const go = (delta: -1 | 1) => {
    const to = delta < 0 ? place.previous : place.next;
    if (to) setStep(to);
  };

  return (
    <SpellContext.Provider value={spell}>
      <ReportLockContext.Provider value={locked}>
        <RevealContext.Provider value={reveal}>
          <div className="wizard">
            <SkipToStep />
            <header className="topbar">
              <button type="button" className="link-button" onClick={() => void autosave.flush().then(onBack)}>
                ← Báo cáo của tôi
              </button>
              <div className="topbar-title" title={report.header.summary}>
                {report.header.summary || 'Báo cáo chưa có trích yếu'}
              </div>
              <span className="tag state-tag" data-testid="topbar-state" title="Tình trạng trình ký (xem ở bước Xuất báo cáo)">
                {REPORT_STATE_LABELS[report.state ?? 'drafting']}
              </span>
              {!writeBlocked && <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />}
              <button type="button" className="primary" disabled={exporter.busy} onClick={exportFromTopBar}>
                Xuất Word
              </button>
            </header>
            <div className="wizard-body">
              <aside>
                <StepRail steps={steps} current={step} onSelect={setStep} />
                {!writeBlocked && (
                  <>
                    {!locked && (
                      <button type="button" className="small add-part" onClick={addPart}>
                        + Thêm phần
                      </button>
                    )}
                    <SaveAsTemplate
                      reportId={reportId}
                      suggestedName={`Mẫu ${report.header.summary.replace(report.period, '').trim() || 'của đơn vị'}`}
                      flush={autosave.flush}
                    />
                  </>
                )}
              </aside>
              <main className="page">
                <Status kind="note" testId="read-only-report" message={writeBlocked} />
                <ServerStanding />
                <VersionBanner report={report} onOpenReport={onOpenReport} />
                <Status kind="error" message={actionError} onClose={() => setActionError(null)} />
                <ConflictPanels doc={doc} onOpen={(sectionId) => setStep(`section:${sectionId}`)} />
                {step !== 'export' && <Status kind="error" message={exporter.error} onClose={exporter.clearError} />}
                {step !== 'export' && exporter.outcome && <Status kind="success">Đã xuất tệp {exporter.outcome.fileName}.</Status>}
                {/* The editing steps: every control off while the report is published (the editors read the lock themselves). */}
                <fieldset className="writes editing-steps" disabled={locked !== null} title={locked ?? undefined}>
                  {step === 'header' && (
                    <HeaderStep
                      report={report}
                      onHeader={(header: ReportHeader) => saveMeta({ ...report, header }, 'header')}
                      // The ký hiệu form, signer and Lưu line follow the thể thức unless the clerk typed them: one save.
                      onProfile={(profile: ProfileId) => doc.changeProfile(profile, organization)}
                      onPeriod={(period: string) => saveMeta({ ...report, period }, 'period')}
                      onOutline={(outline) => saveMeta({ ...report, outline }, 'outline')}
                    />
                  )}
                  {step === 'opening' && (
                    <OpeningStep
                      report={report}
                      // The unit's own in-sentence name, when this report is the unit's own.
                      unitInSentence={
                        organization && organization.issuingBody.trim() === report.header.issuingBody.trim() ? organizationInSentence(organization) : undefined
                      }
                      onOpening={(opening) => saveMeta({ ...report, opening }, 'opening')}
                      onClosing={(closing) => saveMeta({ ...report, closing }, 'closing')}
                    />
                  )}
                  {currentSection && doc.changedElsewhere.has(currentSection.id) && !doc.conflicts.has(currentSection.id) && (
                    <ChangedElsewhere
                      onCompare={() => {
                        doc.dismissChangedElsewhere(currentSection.id);
                        void doc.compareWithStored(currentSection.id);
                      }}
                    />
                  )}
                  {currentSection && (
                    <SectionStep key={currentSection.id} section={currentSection} index={sectionIndex} count={report.sections.length} actions={actions} />
                  )}
                  {step === 'signer' && (
                    <SignerStep
                      report={report}
                      onSignature={(signature: Signature) => saveMeta({ ...report, signature }, 'signature')}
                      onRecipients={(recipients: string[]) => saveMeta({ ...report, recipients }, 'recipients')}
                    />
                  )}
                  {step === 'appendices' && <AppendicesStep report={report} onChange={(appendices) => saveMeta({ ...report, appendices }, 'appendices')} />}
                </fieldset>
                {step === 'preview' && <PrintPreview report={report} printNow={printRequested} onPrinted={donePrinting} />}
                {step === 'export' && checklist && (
                  <ExportStep
                    report={report}
                    checklist={checklist}
                    exporter={exporter}
                    flush={flush}
                    onOpenReport={onOpenReport}
                    onReload={() => void doc.reloadFromStore()}
                    onReveal={(finding) => {
                      setStep(finding.step as StepId);
                      const key = finding.inTitle && finding.sectionId ? titleRevealKey(finding.sectionId) : (finding.sectionId ?? finding.step);
                      setReveal((prev) => ({ key, word: finding.word, nonce: (prev?.nonce ?? 0) + 1 }));
                    }}
                  />
                )}
                <div className="step-nav">
                  <button type="button" disabled={place.previous === null} onClick={(e) => e.detail <= 1 && go(-1)}>
                    ← Bước trước
                  </button>
                  {/* A double click is one step: the second click of it (detail 2) is not another "next". */}
                  <button type="button" disabled={place.next === null} onClick={(e) => e.detail <= 1 && go(1)}>
                    Bước tiếp →
                  </button>
                </div>
              </main>
            </div>
          </div>
        </RevealContext.Provider>
      </ReportLockContext.Provider>
    </SpellContext.Provider>
  );
}
