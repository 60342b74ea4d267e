import { useTranslation } from 'react-i18next';
import { Money } from '@/components/ui/Money';
import type { LocalProject } from '../api/list-report-local-projects';

/** The local projects (production models) a report states, with their state budget. */
export function LocalProjectsTable({ items }: { items: LocalProject[] }) {
  const { t } = useTranslation();
  return (
    <table className="figures" data-testid="report-local-projects">
      <thead>
        <tr>
          <th scope="col">{t('reports.name')}</th>
          <th scope="col">{t('reports.component')}</th>
          <th scope="col">{t('funding.unitCol')}</th>
          <th scope="col">{t('reports.status')}</th>
          <th scope="col">{t('reports.budget')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <td className="wrap">{p.name}</td>
            <td>{p.componentCode}</td>
            <td>{p.unit.name}</td>
            <td>{p.status}</td>
            <td>
              <Money vnd={p.budget.stateVnd} bare />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
