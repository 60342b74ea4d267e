import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Empty, QueryView } from '@/components/ui/States';
import { saveText } from '@/lib/csv';
import type { components } from '@/lib/api/schema';
import { useFundingLines } from '../api/list-funding-lines';
import { useIndicatorValues } from '../api/list-indicator-values';
import { exportFundingLines, exportIndicatorValues } from '../export';
import { FundingLineRows, IndicatorValueRows } from './DataTables';
import { FilterForm } from './FilterForm';
import { Pager } from '@/components/ui/Pager';

type Params = Record<string, string | undefined>;
type Props = { params: Params; asOf: string; onChange: (changes: Params) => void };

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

export function FundingLinesBrowser({ params, asOf, onChange }: Props) {
  const { t } = useTranslation();
  const filters = {
    program: params.program,
    unit: params.unit,
    asOf,
    year: params.year ? Number(params.year) : undefined,
    component: params.component,
    source: params.source as components['schemas']['FundingSource'] | undefined,
    capitalType: params.capitalType as components['schemas']['CapitalType'] | undefined,
    measure: params.measure as components['schemas']['FundingMeasure'] | undefined,
  };
  const page = useFundingLines(filters, params.cursor);
  return (
    <>
      <FilterForm
        key={JSON.stringify(params)}
        values={params}
        onApply={(values) => onChange({ ...values, cursor: undefined })}
        fields={[
          { name: 'program', label: t('filters.program') },
          { name: 'unit', label: t('filters.unit'), pattern: '\\d{2,5}' },
          { name: 'year', label: t('filters.year'), pattern: '\\d{4}' },
          { name: 'component', label: t('reports.component') },
          { name: 'source', label: t('reports.source'), list: 'sources' },
          { name: 'capitalType', label: t('reports.capitalType'), list: 'capitalTypes' },
          { name: 'measure', label: t('reports.measure'), list: 'measures' },
        ]}
      />
      <ExportButton run={() => exportFundingLines(filters)} fileName="funding-lines.csv" />
      <QueryView query={page}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty />
          ) : (
            <div className="table-wrap">
              <FundingLineRows items={data.items} />
              <Pager next={data.next} atFirst={!params.cursor} onPage={(cursor) => onChange({ cursor })} />
            </div>
          )
        }
      </QueryView>
    </>
  );
}

export function IndicatorValuesBrowser({ params, asOf, onChange }: Props) {
  const { t } = useTranslation();
  const filters = {
    indicator: params.indicator,
    unit: params.unit,
    asOf,
    period: params.period,
    kind: params.kind as components['schemas']['ValueKind'] | undefined,
  };
  const page = useIndicatorValues(filters, params.cursor);
  return (
    <>
      <FilterForm
        key={JSON.stringify(params)}
        values={params}
        onApply={(values) => onChange({ ...values, cursor: undefined })}
        fields={[
          { name: 'indicator', label: t('reports.indicator') },
          { name: 'unit', label: t('filters.unit'), pattern: '\\d{2,5}' },
          { name: 'period', label: t('reports.period') },
          { name: 'kind', label: t('reports.valueKind'), list: 'valueKinds' },
        ]}
      />
      <ExportButton run={() => exportIndicatorValues(filters)} fileName="indicator-values.csv" />
      <QueryView query={page}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty />
          ) : (
            <div className="table-wrap">
              <IndicatorValueRows items={data.items} />
              <Pager next={data.next} atFirst={!params.cursor} onPage={(cursor) => onChange({ cursor })} />
            </div>
          )
        }
      </QueryView>
    </>
  );
}
