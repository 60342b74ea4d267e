import { useTranslation } from 'react-i18next';
import { asOfFor, MAP_VIEWS } from '@/lib/reform';
import { oneOf, text, useUrlState } from '@/lib/url-state';
import { FundingLinesBrowser, IndicatorValuesBrowser } from '../components/Browsers';

const spec = {
  dataset: oneOf('funding-lines', 'indicator-values'),
  map: oneOf('pre', 'post'),
  program: text(/^[A-Z0-9-]+$/),
  unit: text(/^\d{2,5}$/),
  year: text(/^\d{4}$/),
  component: text(/^[A-Za-z0-9.]+$/),
  source: text(/^[A-Z_]+$/),
  capitalType: text(/^[A-Z_]+$/),
  measure: text(/^[A-Z_]+$/),
  indicator: text(/^[A-Z0-9_]+$/),
  period: text(/^[0-9QH/-]+$/),
  kind: text(/^[A-Z_]+$/),
  cursor: text(),
};

/** Funding lines and indicator values with filters, paging and CSV export; all of it in the URL. */
export function DataBrowserPage() {
  const { t } = useTranslation();
  const [values, setValues] = useUrlState(spec);
  const dataset = values.dataset ?? 'funding-lines';
  const map = values.map ?? 'pre';
  const params = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v as string | undefined]));
  const onChange = (changes: Record<string, string | undefined>) => setValues(changes);
  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <div className="filters">
        <label htmlFor="data-dataset">{t('uploads.dataset')}</label>
        <select
          id="data-dataset"
          value={dataset}
          onChange={(e) => setValues({ dataset: e.target.value as typeof dataset, cursor: undefined })}
        >
          <option value="funding-lines">{t('uploads.datasets.funding-lines')}</option>
          <option value="indicator-values">{t('uploads.datasets.indicator-values')}</option>
        </select>
        <fieldset className="map-switch">
          <legend>{t('filters.map')}</legend>
          {MAP_VIEWS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="data-map"
                checked={map === m}
                onChange={() => setValues({ map: m })}
              />
              {t(m === 'pre' ? 'filters.preReform' : 'filters.postReform')}
            </label>
          ))}
        </fieldset>
      </div>
      {dataset === 'funding-lines' ? (
        <FundingLinesBrowser params={params} asOf={asOfFor(map)} onChange={onChange} />
      ) : (
        <IndicatorValuesBrowser params={params} asOf={asOfFor(map)} onChange={onChange} />
      )}
    </section>
  );
}
