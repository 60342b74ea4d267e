import { useTranslation } from 'react-i18next';
import type { FindingSeverity, FindingStatus } from '../api/list-findings';

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return <span className={`badge sev-${severity}`}>{t(`uploads.severities.${severity}`)}</span>;
}

export function StatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge st-${status}`} data-status={status}>
      {t(`findings.statuses.${status}`)}
    </span>
  );
}
