import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '@/components/ui/States';
import { Pager } from '@/components/ui/Pager';
import { useUser } from '@/lib/auth/AuthContext';
import { homeUnit, isNational } from '@/lib/auth/claims';
import { asOfFor } from '@/lib/reform';
import { oneOf, text, useUrlState, year } from '@/lib/url-state';
import { useFindUnit } from '@/features/units/api/find-unit';
import { useUnit } from '@/features/units/api/get-unit';
import { Breadcrumbs } from '@/features/units/components/Breadcrumbs';
import { useFindingsSummary } from '../api/get-findings-summary';
import { useFindings } from '../api/list-findings';
import { DATASETS, FindingFilters, RULES, SEVERITIES, STATUSES } from '../components/FindingFilters';
import { FindingsTable } from '../components/FindingsTable';
import { SummaryMatrix } from '../components/SummaryMatrix';

const spec = {
  unit: text(/^(VN|\d{2,5})$/),
  map: oneOf('pre', 'post'),
  program: text(/^[A-Z0-9-]+$/),
  year,
  period: text(/^[0-9QH/-]+$/),
  indicator: text(/^[A-Z0-9_]+$/),
  rule: oneOf(...RULES),
  severity: oneOf(...SEVERITIES),
  status: oneOf(...STATUSES),
  report: text(/^[1-9]\d{0,17}$/),
  dataset: oneOf(...DATASETS),
  cursor: text(),
};

/** /findings: per child unit and rule, then the findings themselves; every filter in the URL. */
export function FindingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useUrlState(spec);
  const { search } = useLocation();
  const unit = params.unit ?? homeUnit(user);
  const map = params.map ?? 'pre';
  const asOf = asOfFor(map);
  const { cursor, report } = params;
  const rest = {
    program: params.program,
    year: params.year,
    period: params.period,
    indicator: params.indicator,
    rule: params.rule,
    severity: params.severity,
    status: params.status,
    dataset: params.dataset,
  };
  const filters = { ...rest, asOf, report: report ? Number(report) : undefined };
  const summary = useFindingsSummary({ unit, ...filters });
  const list = useFindings({ unit, ...filters, cursor, limit: 50 });
  const found = useFindUnit(unit, asOf, unit !== 'VN');
  const full = useUnit(found.data?.id);
  const linkTo = (code: string, rule?: string) => {
    const next = new URLSearchParams(search);
    next.set('unit', code);
    next.delete('cursor');
    if (rule) next.set('rule', rule);
    next.sort();
    return `/findings?${next.toString()}`;
  };
  const name = unit === 'VN' ? t('units.nation') : (found.data?.name ?? unit);
  return (
    <section aria-labelledby="findings-title">
      <Breadcrumbs
        trail={full.data?.ancestors ?? []}
        current={name}
        national={isNational(user) && unit !== 'VN'}
        linkTo={(code) => linkTo(code)}
      />
      <h1 id="findings-title">{t('findings.title')}</h1>
      <p className="lead">{t('findings.intro')}</p>
      <FindingFilters
        key={JSON.stringify(params)}
        values={{ ...rest, year: rest.year?.toString(), report }}
        map={map}
        onApply={(v) =>
          setParams({
            ...v,
            year: v.year ? Number(v.year) : undefined,
            rule: v.rule as (typeof RULES)[number] | undefined,
            severity: v.severity as (typeof SEVERITIES)[number] | undefined,
            status: v.status as (typeof STATUSES)[number] | undefined,
            dataset: v.dataset as (typeof DATASETS)[number] | undefined,
            cursor: undefined,
          })
        }
      />
      <QueryView query={summary}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('findings.noSummary')}</Empty>
          ) : (
            <SummaryMatrix summary={data} linkTo={linkTo} />
          )
        }
      </QueryView>
      <h2 id="findings-list">{t('findings.listTitle')}</h2>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('findings.noSummary')}</Empty>
          ) : (
            <>
              <FindingsTable items={data.items} caption={t('findings.listCaption')} />
              <Pager next={data.next} atFirst={!cursor} onPage={(c) => setParams({ cursor: c })} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
