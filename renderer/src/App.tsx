/**
 * Two screens: the list of reports, and one report open in the wizard. The open report is
 * kept in the address (#/bao-cao/<id>), so a reload or a restarted window returns to it.
 */
import { useEffect, useState } from 'react';
import { BackupsPage } from './features/backups/BackupsPage';
import { CheckerPage } from './features/checker/CheckerPage';
import { ErrorBoundary } from './features/common/ErrorBoundary';
import { OrganizationPage } from './features/organization/OrganizationPage';
import { ReportListPage } from './features/reports/ReportListPage';
import { ReportWizardPage } from './features/wizard/ReportWizardPage';

type View = { name: 'list' } | { name: 'report'; id: string } | { name: 'checker' } | { name: 'organization' } | { name: 'backups' };

const REPORT_HASH = /^#\/bao-cao\/([A-Za-z0-9-]{1,64})$/;

function viewFromHash(hash: string): View {
  if (hash === '#/kiem-tra') return { name: 'checker' };
  if (hash === '#/don-vi') return { name: 'organization' };
  if (hash === '#/sao-luu') return { name: 'backups' };
  const match = REPORT_HASH.exec(hash);
  return match?.[1] ? { name: 'report', id: match[1] } : { name: 'list' };
}

export function App() {
  const [view, setView] = useState<View>(() => viewFromHash(window.location.hash));

  useEffect(() => {
    const onHash = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = (next: View) => {
    const hashes = { list: '#/', checker: '#/kiem-tra', organization: '#/don-vi', backups: '#/sao-luu' } as const;
    window.location.hash = next.name === 'report' ? `#/bao-cao/${next.id}` : hashes[next.name];
    setView(next);
  };

  return (
    <ErrorBoundary key={view.name === 'report' ? view.id : view.name} what="màn hình này">
      {view.name === 'report' ? (
        <ReportWizardPage key={view.id} reportId={view.id} onBack={() => go({ name: 'list' })} />
      ) : view.name === 'checker' ? (
        <CheckerPage onBack={() => go({ name: 'list' })} />
      ) : view.name === 'backups' ? (
        <BackupsPage onBack={() => go({ name: 'list' })} />
      ) : view.name === 'organization' ? (
        <OrganizationPage onBack={() => go({ name: 'list' })} />
      ) : (
        <ReportListPage onOpen={(id) => go({ name: 'report', id })} onCheck={() => go({ name: 'checker' })} onOrganization={() => go({ name: 'organization' })} onBackups={() => go({ name: 'backups' })} />
      )}
    </ErrorBoundary>
  );
}
