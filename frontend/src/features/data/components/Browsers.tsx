import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { FundingLinesTable } from '@/components/tables/FundingLinesTable';
import { IndicatorValuesTable } from '@/components/tables/IndicatorValuesTable';
import { Pager } from '@/components/ui/Pager';
import { ErrorState, Empty, QueryView } from '@/components/ui/States';
import { saveText } from '@/lib/csv';
import type { components } from '@/lib/api/schema';
import { useFundingLines, type FundingLineFilters } from '../api/list-funding-lines';
import { useIndicatorValues, type IndicatorValueFilters } from '../api/list-indicator-values';
import { exportFundingLines, exportIndicatorValues } from '../export';
import { FilterForm, type FilterField } from './FilterForm';

type Params = Record<string, string | undefined>;
type Props = { params: Params; asOf: string; onChange: (changes: Params) => void };
type Page<T> = { items: T[]; next?: string | null };

/** One dataset's browser: its filters (labels are message keys), its page query, its table and its CSV export. */
type Dataset<F, T> = {
  fields: FilterField[];
  filters: (params: Params, asOf: string) => F;
  usePage: (filters: F, cursor: string | undefined) => UseQueryResult<Page<T>>;
  table: (items: T[]) => React.ReactNode;
  exportCsv: (filters: F) => Promise<string>;
  fileName: string;
};

function ExportButton({ run, fileName }: { run: () => Promise<string>; fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        data-testid="export"
        onClick={() => {
          setBusy(true);
          setError(undefined);
          run()
            .then((text) => saveText(text, fileName))
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('data.exporting') : t('data.export')}
      </button>
      {error !== undefined && <ErrorState error={error} />}
    </>
  );
}

function Browser<F, T>({ dataset: d, params, asOf, onChange }: Props & { dataset: Dataset<F, T> }) {
  const { t } = useTranslation();
  const filters = d.filters(params, asOf);
  const page = d.usePage(filters, params.cursor);
  return (
    <>
      <FilterForm
        key={JSON.stringify(params)}
        values={params}
        onApply={(values) => onChange({ ...values, cursor: undefined })}
        fields={d.fields.map((f) => ({ ...f, label: t(f.label) }))}
      />
      <ExportButton run={() => d.exportCsv(filters)} fileName={d.fileName} />
      <QueryView query={page}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty />
          ) : (
            <div className="table-wrap">
              {d.table(data.items)}
              <Pager next={data.next} atFirst={!params.cursor} onPage={(cursor) => onChange({ cursor })} />
            </div>
          )
        }
      </QueryView>
    </>
  );
}

type Schemas = components['schemas'];
const UNIT = { name: 'unit', label: 'filters.unit', pattern: '\\d{2,5}' };

const fundingLines: Dataset<FundingLineFilters, Schemas['FundingLine']> = {
  fields: [
    { name: 'program', label: 'filters.program' },
    UNIT,
    { name: 'year', label: 'filters.year', pattern: '\\d{4}' },
    { name: 'component', label: 'reports.component' },
    { name: 'source', label: 'reports.source', list: 'sources' },
    { name: 'capitalType', label: 'reports.capitalType', list: 'capitalTypes' },
    { name: 'measure', label: 'reports.measure', list: 'measures' },
  ],
  filters: (p, asOf) => ({
    program: p.program,
    unit: p.unit,
    asOf,
    year: p.year ? Number(p.year) : undefined,
    component: p.component,
    source: p.source as Schemas['FundingSource'] | undefined,
    capitalType: p.capitalType as Schemas['CapitalType'] | undefined,
    measure: p.measure as Schemas['FundingMeasure'] | undefined,
  }),
  usePage: useFundingLines,
  table: (items) => <FundingLinesTable items={items} testId="data-funding-lines" last="implementingBody" />,
  exportCsv: exportFundingLines,
  fileName: 'funding-lines.csv',
};

const indicatorValues: Dataset<IndicatorValueFilters, Schemas['IndicatorValue']> = {
  fields: [
    { name: 'indicator', label: 'reports.indicator' },
    UNIT,
    { name: 'period', label: 'reports.period' },
    { name: 'kind', label: 'reports.valueKind', list: 'valueKinds' },
  ],
  filters: (p, asOf) => ({
    indicator: p.indicator,
    unit: p.unit,
    asOf,
    period: p.period,
    kind: p.kind as Schemas['ValueKind'] | undefined,
  }),
  usePage: useIndicatorValues,
  table: (items) => <IndicatorValuesTable items={items} testId="data-indicator-values" />,
  exportCsv: exportIndicatorValues,
  fileName: 'indicator-values.csv',
};

export const FundingLinesBrowser = (props: Props) => <Browser dataset={fundingLines} {...props} />;
export const IndicatorValuesBrowser = (props: Props) => <Browser dataset={indicatorValues} {...props} />;
