import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';

type Warning = components['schemas']['UploadWarning'];

/** The findings an upload opened, reopened or resolved: what changed, the rule, its severity, the rows, the message. */
export function WarningsTable({ items, caption }: { items: Warning[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures" data-testid="upload-warnings">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.id')}</th>
            <th scope="col">{t('uploads.change')}</th>
            <th scope="col">{t('uploads.rule')}</th>
            <th scope="col">{t('uploads.severity')}</th>
            <th scope="col">{t('uploads.rows')}</th>
            <th scope="col">{t('uploads.message')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => (
            <tr key={`${w.findingId}-${w.change}`} data-finding={w.findingId}>
              <td>
                <Link to={`/findings/${w.findingId}`}>#{w.findingId}</Link>
              </td>
              <td>{t(`uploads.changes.${w.change}`)}</td>
              <td>{t(`findings.rules.${w.code}`)}</td>
              <td>{t(`uploads.severities.${w.severity}`)}</td>
              <td className="num">{w.rows.length > 0 ? w.rows.join(', ') : '–'}</td>
              <td className="wrap">{w.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
