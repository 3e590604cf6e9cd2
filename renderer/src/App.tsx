/**
 * The screens: the list of reports, one report open in the wizard, the checker, the unit, the
 * backups. The open report and its step are kept in the address (#/bao-cao/<id>/<bước>), so a
 * reload returns to them and the browser's Back and Forward move between the steps.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from './features/common/ErrorBoundary';
import { ReportListPage } from './features/reports/ReportListPage';
import { DataStateProvider } from './features/common/data-state';

// The list is the first screen: the editor (TipTap, the spelling vocabulary), the checker and the
// settings pages load when first opened, so a large library's list draws without waiting for them.
const ReportWizardPage = lazy(() => import('./features/wizard/ReportWizardPage').then((m) => ({ default: m.ReportWizardPage })));
const CheckerPage = lazy(() => import('./features/checker/CheckerPage').then((m) => ({ default: m.CheckerPage })));
const BackupsPage = lazy(() => import('./features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const ConsolidationPage = lazy(() => import('./features/consolidation/ConsolidationPage').then((m) => ({ default: m.ConsolidationPage })));
const OrganizationPage = lazy(() => import('./features/organization/OrganizationPage').then((m) => ({ default: m.OrganizationPage })));
const SharedLibraryPage = lazy(() => import('./features/shared-library/SharedLibraryPage').then((m) => ({ default: m.SharedLibraryPage })));

type View =
  | { name: 'list' }
  | { name: 'report'; id: string; step?: string }
  | { name: 'checker' }
  | { name: 'organization' }
  | { name: 'backups' }
  | { name: 'shared-library' }
  | { name: 'consolidation'; id?: string };

const REPORT_HASH = /^#\/bao-cao\/([A-Za-z0-9-]{1,64})(?:\/([A-Za-z0-9:-]{1,80}))?$/;

function viewFromHash(hash: string): View {
  if (hash === '#/kiem-tra') return { name: 'checker' };
  if (hash === '#/don-vi') return { name: 'organization' };
  if (hash === '#/sao-luu') return { name: 'backups' };
  if (hash === '#/thu-vien-dung-chung') return { name: 'shared-library' };
  const consolidation = /^#\/tong-hop(?:\/([A-Za-z0-9-]{1,64}))?$/.exec(hash);
  if (consolidation) return { name: 'consolidation', ...(consolidation[1] ? { id: consolidation[1] } : {}) };
  const match = REPORT_HASH.exec(hash);
  return match?.[1] ? { name: 'report', id: match[1], step: match[2] } : { name: 'list' };
}

export function App() {
  const [view, setView] = useState<View>(() => viewFromHash(window.location.hash));

  useEffect(() => {
    const onHash = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = (next: View) => {
    const hashes = { list: '#/', checker: '#/kiem-tra', organization: '#/don-vi', backups: '#/sao-luu', 'shared-library': '#/thu-vien-dung-chung' } as const;
    window.location.hash =
      next.name === 'report'
        ? `#/bao-cao/${next.id}${next.step ? `/${next.step}` : ''}`
        : next.name === 'consolidation'
          ? `#/tong-hop${next.id ? `/${next.id}` : ''}`
          : hashes[next.name];
    setView(next);
  };

  return (
    <DataStateProvider>
      <ErrorBoundary key={view.name === 'report' ? view.id : view.name} what="màn hình này">
        <Suspense fallback={<p className="page">Đang mở…</p>}>
          {view.name === 'report' ? (
            <ReportWizardPage
              key={view.id}
              reportId={view.id}
              step={view.step}
              // Each step is a history entry: Back and Forward move between steps, not out to the list.
              onStep={(step) => {
                window.location.hash = `#/bao-cao/${view.id}/${step}`;
              }}
              onBack={() => go({ name: 'list' })}
              onOpenReport={(id) => go({ name: 'report', id })}
            />
          ) : view.name === 'checker' ? (
            <CheckerPage onBack={() => go({ name: 'list' })} />
          ) : view.name === 'backups' ? (
            <BackupsPage onBack={() => go({ name: 'list' })} />
          ) : view.name === 'consolidation' ? (
            <ConsolidationPage
              consolidationId={view.id}
              onOpen={(id) => go({ name: 'consolidation', ...(id ? { id } : {}) })}
              onOpenReport={(id) => go({ name: 'report', id })}
              onBack={() => go({ name: 'list' })}
            />
          ) : view.name === 'shared-library' ? (
            <SharedLibraryPage onBack={() => go({ name: 'list' })} />
          ) : view.name === 'organization' ? (
            <OrganizationPage onBack={() => go({ name: 'list' })} />
          ) : (
            <ReportListPage
              onOpen={(id, step) => go({ name: 'report', id, ...(step ? { step } : {}) })}
              onCheck={() => go({ name: 'checker' })}
              onOrganization={() => go({ name: 'organization' })}
              onBackups={() => go({ name: 'backups' })}
              onConsolidate={() => go({ name: 'consolidation' })}
              onSharedLibrary={() => go({ name: 'shared-library' })}
            />
          )}
        </Suspense>
      </ErrorBoundary>
    </DataStateProvider>
  );
}
