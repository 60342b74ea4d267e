import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth/AuthContext';
import { OverviewPage } from '@/features/funding/routes/OverviewPage';
import { UnitPage, UnitHome } from '@/features/units/routes/UnitPage';
import { ReportsPage } from '@/features/reports/routes/ReportsPage';
import { IndicatorsPage } from '@/features/indicators/routes/IndicatorsPage';
import { UploadsPage } from '@/features/uploads/routes/UploadsPage';
import { DataBrowserPage } from '@/features/data/routes/DataBrowserPage';
import { ReportPage } from '@/features/reports/routes/ReportPage';
import { ReadingPage } from '@/features/reading/routes/ReadingPage';
import { FindingsPage } from '@/features/findings/routes/FindingsPage';
import { FindingPage } from '@/features/findings/routes/FindingPage';
import { AuditPage } from '@/features/audit/routes/AuditPage';
import { ApprovalsPage } from '@/features/approvals/routes/ApprovalsPage';
import { Shell } from './Shell';
import { SignInPage } from './SignInPage';

function Protected({ signInError }: { signInError?: unknown }) {
  const { user } = useAuth();
  useLocation();
  return user ? <Shell /> : <SignInPage error={signInError} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('state.notFound')}</h1>
      <Link to="/overview">{t('state.home')}</Link>
    </section>
  );
}

export function createRouter(signInError?: unknown) {
  return createBrowserRouter([
    {
      path: '/',
      element: <Protected signInError={signInError} />,
      children: [
        { index: true, element: <Navigate to="/overview" replace /> },
        { path: 'overview', element: <OverviewPage /> },
        { path: 'units', element: <UnitHome /> },
        { path: 'units/:code', element: <UnitPage /> },
        { path: 'indicators', element: <IndicatorsPage /> },
        { path: 'reports', element: <ReportsPage /> },
        { path: 'reports/:id', element: <ReportPage /> },
        { path: 'reports/:id/reading', element: <ReadingPage /> },
        { path: 'findings', element: <FindingsPage /> },
        { path: 'findings/:id', element: <FindingPage /> },
        { path: 'data', element: <DataBrowserPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'approvals', element: <ApprovalsPage /> },
        { path: 'uploads', element: <UploadsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
