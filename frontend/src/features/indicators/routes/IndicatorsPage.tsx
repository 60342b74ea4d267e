import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useUser } from '@/lib/auth/AuthContext';
import { homeUnit } from '@/lib/auth/claims';
import { asOfFor, defaultMap, type MapView } from '@/lib/reform';
import { oneOf, text, useUrlState } from '@/lib/url-state';
import { currentProgram, usePrograms, type Program } from '@/features/programs/api/list-programs';
import { ViewFilters } from '@/features/programs/components/ViewFilters';
import { useFindUnit } from '@/features/units/api/find-unit';
import { POVERTY_RATE } from '../api/get-rollup-children';
import { useRollups } from '../api/get-rollups';
import { useIndicators, type Indicator } from '../api/list-indicators';
import { RollupTable } from '../components/RollupTable';
import { TrendChart } from '../components/TrendChart';
import { phasePeriods } from '../periods';

const spec = {
  program: text(/^[A-Z0-9-]+$/),
  unit: text(/^(VN|\d{2,5})$/),
  indicator: text(/^[A-Z0-9_]+$/),
  map: oneOf('pre', 'post'),
};

/** Poverty over time for a unit: one income indicator (rates with their counts, or counts), actuals vs targets. */
export function IndicatorsPage() {
  const programs = usePrograms();
  const indicators = useIndicators('INCOME');
  const [params] = useUrlState(spec);
  const error = programs.error ?? indicators.error;
  if (error) return <ErrorState error={error} />;
  if (!programs.data || !indicators.data) return <Loading />;
  const program = programs.data.find((p) => p.code === params.program) ?? currentProgram(programs.data);
  const indicator =
    indicators.data.find((i) => i.code === (params.indicator ?? POVERTY_RATE)) ?? indicators.data[0];
  if (!program || !indicator) return <Empty />;
  return (
    <IndicatorsView
      programs={programs.data}
      program={program}
      indicators={indicators.data}
      indicator={indicator}
    />
  );
}

type Props = { programs: Program[]; program: Program; indicators: Indicator[]; indicator: Indicator };

function IndicatorsView({ programs, program, indicators, indicator }: Props) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [params, setParams] = useUrlState(spec);
  const home = homeUnit(user);
  // National users start from the whole country: its roll-up sums the provinces (unit=VN).
  const unit: string | undefined = params.unit ?? home;
  const nation = unit === 'VN';
  const map: MapView = params.map ?? defaultMap(program);
  const asOf = asOfFor(map);
  const periods = phasePeriods(program);
  const found = useFindUnit(unit ?? '', asOf, unit !== undefined && !nation);
  const rollups = useRollups({ indicator: indicator.code, unit: unit ?? '', asOf }, unit ? periods : []);
  const rows = periods.map((period, i) => ({
    period,
    data: rollups[i]?.data,
    error: rollups[i]?.error,
    isPending: rollups[i]?.isPending ?? true,
  }));
  const name = (i: Indicator) => (i18n.language === 'en' && i.nameEn ? i.nameEn : i.nameVi);
  return (
    <section aria-labelledby="indicators-title">
      <h1 id="indicators-title">{t('indicators.title')}</h1>
      {nation ? (
        <p className="lead">{t('units.nation')}</p>
      ) : (
        found.data && <p className="lead">{found.data.name}</p>
      )}
      <ViewFilters
        programs={programs}
        program={program.code}
        map={map}
        onChange={(changes) => setParams(changes)}
      />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="indicator-select">{t('indicators.indicator')}</label>
        <select
          id="indicator-select"
          value={indicator.code}
          onChange={(e) => setParams({ indicator: e.target.value })}
        >
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {name(i)}
            </option>
          ))}
        </select>
      </form>
      {!unit ? (
        <Empty>{t('indicators.pickUnit')}</Empty>
      ) : found.error ? (
        <ErrorState error={found.error} />
      ) : (
        <>
          <h2>{name(indicator)}</h2>
          <TrendChart rows={rows} title={`${name(indicator)} · ${t('indicators.chart')}`} />
          <RollupTable indicator={indicator} rows={rows} />
          {rows.some((r) => r.data && r.data.partialUnits.length > 0) && <p>{t('indicators.partial')}</p>}
        </>
      )}
    </section>
  );
}
