/**
 * The report, one step at a time. The page holds the report as shown; typing changes it at
 * once and queues a save. Structural changes (add, move, remove a part) first write what is
 * queued, then take the tree the back end returns, so nothing typed is lost under them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Block, Report, ReportHeader, Signature } from '../../../../shared/domain/report';
import type { ProfileId } from '../../../../shared/domain/vocabulary';
import { api, errorMessage } from '../../api/client';
import { buildChecklist } from '../../../../shared/domain/checklist';
import { ErrorBanner } from '../common/ErrorBanner';
import { ExportStep } from '../export/ExportStep';
import { useExport } from '../export/use-export';
import { AppendicesStep } from './AppendicesStep';
import { PrintPreview } from '../preview/PrintPreview';
import { HeaderStep } from './HeaderStep';
import { OpeningStep } from './OpeningStep';
import { findSection, keepLocalEdits, withSection } from '../../../../shared/domain/report-tree';
import { SaveAsTemplate } from './SaveAsTemplate';
import { SaveStatus } from './SaveStatus';
import { SpellContext } from './spell/spell-context';
import { SectionStep, type SectionActions } from './SectionStep';
import { SignerStep } from './SignerStep';
import { StepRail } from './StepRail';
import { wizardSteps, type StepId } from './steps';
import { useAutosave } from './use-autosave';

export function ReportWizardPage({ reportId, onBack }: { reportId: string; onBack: () => void }) {
  const [report, setReport] = useState<Report | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [step, setStep] = useState<StepId>('header');
  const autosave = useAutosave();
  const reportRef = useRef<Report | null>(null);
  reportRef.current = report;
  const { schedule, flush } = autosave;
  const exporter = useExport(reportId, autosave.flush);

  useEffect(() => {
    api('reports.get', { id: reportId }).then(setReport, (e: unknown) => setLoadError(errorMessage(e)));
  }, [reportId]);

  const [dictionary, setDictionary] = useState<ReadonlySet<string>>(new Set());
  const [toneStyle, setToneStyle] = useState<'new' | 'old' | undefined>(undefined);
  useEffect(() => {
    api('dictionary.list', {}).then((words) => setDictionary(new Set(words)), () => undefined);
    api('organization.get', {}).then((org) => setToneStyle(org?.toneStyle), () => undefined);
  }, []);
  const spell = useMemo(
    () => ({
      dictionary,
      style: toneStyle,
      addWord: (word: string) => {
        api('dictionary.add', { word }).then((words) => setDictionary(new Set(words)), (e: unknown) => setActionError(errorMessage(e)));
      },
    }),
    [dictionary, toneStyle],
  );

  const saveMeta = useCallback(
    (next: Report, key: 'header' | 'signature' | 'recipients' | 'profile' | 'period' | 'outline' | 'appendices' | 'opening' | 'closing') => {
      setReport(next);
      autosave.schedule(`meta:${key}`, async () => {
        const change =
          key === 'header' ? { header: next.header }
          : key === 'signature' ? { signature: next.signature }
          : key === 'recipients' ? { recipients: next.recipients }
          : key === 'profile' ? { profile: next.profile }
          : key === 'outline' ? { outline: next.outline }
          : key === 'appendices' ? { appendices: next.appendices }
          : key === 'opening' ? { opening: next.opening }
          : key === 'closing' ? { closing: next.closing }
          : { period: next.period };
        return (await api('reports.updateMeta', { id: reportId, ...change })).updatedAt;
      });
    },
    [autosave, reportId],
  );

  // Structural changes run one after another, in the order clicked: three quick clicks on
  // "+ Thêm mục con" make three sub-items, and the tree shown is always the newest.
  const structuralQueue = useRef<Promise<void>>(Promise.resolve());
  const structural = useCallback(
    (run: () => Promise<Report>, then?: (r: Report) => void): Promise<void> => {
      const task = async () => {
        setActionError(null);
        if (!(await flush())) return;
        try {
          const before = reportRef.current;
          const answer = await run();
          const now = reportRef.current;
          const next = before && now ? keepLocalEdits(before, now, answer) : answer;
          reportRef.current = next;
          setReport(next);
          then?.(next);
        } catch (e) {
          setActionError(errorMessage(e));
        }
      };
      structuralQueue.current = structuralQueue.current.then(task, task);
      return structuralQueue.current;
    },
    [flush],
  );

  // The actions handed to every part stay the same object while typing, so parts that are not
  // being edited are not redrawn (memoised by identity); they read the newest report from a ref.
  const stepRef = useRef(step);
  stepRef.current = step;
  const outline = report?.outline ?? 'sections';
  const actions = useMemo<SectionActions>(
    () => ({
      outline,
      reportId,
      flush,
      onRestore: (sectionId, revisionId) => structural(() => api('history.restore', { reportId, sectionId, revisionId })),
      onChange: (sectionId, change: { title?: string; blocks?: Block[] }) => {
        const current = reportRef.current;
        if (!current) return;
        const next = withSection(current, sectionId, change);
        reportRef.current = next;
        setReport(next);
        const section = findSection(next.sections, sectionId);
        if (!section) return;
        const { title, blocks } = section;
        schedule(`section:${sectionId}`, async () => (await api('sections.update', { reportId, sectionId, title, blocks })).updatedAt);
      },
      onAddMany: (parentId, titles, role) => void structural(() => api('sections.addMany', { reportId, parentId, titles, role })),
      onAddChild: (parentId) => void structural(async () => (await api('sections.add', { reportId, parentId, title: '' })).report),
      onMove: (sectionId, direction) => void structural(() => api('sections.move', { reportId, sectionId, direction })),
      onRemove: (sectionId) =>
        void structural(
          () => api('sections.remove', { reportId, sectionId }),
          () => {
            if (stepRef.current === `section:${sectionId}`) setStep('header');
          },
        ),
    }),
    [outline, reportId, flush, schedule, structural],
  );

  if (loadError) {
    return (
      <main className="page">
        <ErrorBanner message={loadError} />
        <button type="button" onClick={onBack}>← Về danh sách</button>
      </main>
    );
  }
  if (!report) return <main className="page"><p>Đang mở báo cáo…</p></main>;

  const addPart = () =>
    void structural(
      async () => {
        const { report: next, section } = await api('sections.add', { reportId, parentId: null, title: 'Phần mới' });
        setStep(`section:${section.id}`);
        return next;
      },
    );

  const steps = wizardSteps(report);
  // Built only where it is shown: the spell check reads the whole report.
  const checklist = step === 'export' ? buildChecklist(report, dictionary, toneStyle) : null;
  const exportFromTopBar = () => {
    if (buildChecklist(report, dictionary, toneStyle).blocking) setStep('export');
    else void exporter.exportDocx();
  };
  const sectionIndex = report.sections.findIndex((s) => `section:${s.id}` === step);
  const currentSection = sectionIndex >= 0 ? report.sections[sectionIndex] : undefined;
  const stepIds = steps.map((s) => s.id);
  const position = stepIds.indexOf(step);
  const go = (delta: number) => {
    const next = stepIds[position + delta];
    if (next) setStep(next);
  };

  return (
    <SpellContext.Provider value={spell}>
    <div className="wizard">
      <header className="topbar">
        <button type="button" className="link-button" onClick={() => void autosave.flush().then(onBack)}>
          ← Báo cáo của tôi
        </button>
        <div className="topbar-title" title={report.header.summary}>{report.header.summary || 'Báo cáo chưa có trích yếu'}</div>
        <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
        <button type="button" className="primary" disabled={exporter.busy} onClick={exportFromTopBar}>
          Xuất Word
        </button>
      </header>
      <div className="wizard-body">
        <aside>
          <StepRail steps={steps} current={step} onSelect={setStep} />
          <button type="button" className="small add-part" onClick={addPart}>+ Thêm phần</button>
          <SaveAsTemplate reportId={reportId} suggestedName={`Mẫu ${report.header.summary.replace(report.period, '').trim() || 'của đơn vị'}`} flush={autosave.flush} />
        </aside>
        <main className="page">
          <ErrorBanner message={actionError} onClose={() => setActionError(null)} />
          {step !== 'export' && <ErrorBanner message={exporter.error} onClose={exporter.clearError} />}
          {step !== 'export' && exporter.outcome && <p className="success" role="status">Đã xuất tệp {exporter.outcome.fileName}.</p>}
          {step === 'header' && (
            <HeaderStep
              report={report}
              onHeader={(header: ReportHeader) => saveMeta({ ...report, header }, 'header')}
              onProfile={(profile: ProfileId) => saveMeta({ ...report, profile }, 'profile')}
              onPeriod={(period: string) => saveMeta({ ...report, period }, 'period')}
              onOutline={(outline) => saveMeta({ ...report, outline }, 'outline')}
            />
          )}
          {step === 'opening' && (
            <OpeningStep report={report} onOpening={(opening) => saveMeta({ ...report, opening }, 'opening')} onClosing={(closing) => saveMeta({ ...report, closing }, 'closing')} />
          )}
          {currentSection && <SectionStep key={currentSection.id} section={currentSection} index={sectionIndex} count={report.sections.length} actions={actions} />}
          {step === 'signer' && (
            <SignerStep
              report={report}
              onSignature={(signature: Signature) => saveMeta({ ...report, signature }, 'signature')}
              onRecipients={(recipients: string[]) => saveMeta({ ...report, recipients }, 'recipients')}
            />
          )}
          {step === 'appendices' && <AppendicesStep report={report} onChange={(appendices) => saveMeta({ ...report, appendices }, 'appendices')} />}
          {step === 'preview' && <PrintPreview report={report} />}
          {step === 'export' && checklist && <ExportStep report={report} checklist={checklist} exporter={exporter} />}
          <div className="step-nav">
            <button type="button" disabled={position <= 0} onClick={() => go(-1)}>← Bước trước</button>
            <button type="button" disabled={position >= stepIds.length - 1} onClick={() => go(1)}>Bước tiếp →</button>
          </div>
        </main>
      </div>
    </div>
    </SpellContext.Provider>
  );
}
