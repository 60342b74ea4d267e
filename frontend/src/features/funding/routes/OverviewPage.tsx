import { useTranslation } from 'react-i18next';
import { ErrorState, Empty, Loading, QueryView } from '@/components/ui/States';
import { useUser } from '@/lib/auth/AuthContext';
import { homeUnit } from '@/lib/auth/claims';
import { asOfFor, defaultMap, latestYear } from '@/lib/reform';
import { oneOf, text, useUrlState, year } from '@/lib/url-state';
import { currentProgram, usePrograms, type Program } from '@/features/programs/api/list-programs';
import { ViewFilters } from '@/features/programs/components/ViewFilters';
import { useFundingChildren } from '../api/get-funding-children';
import { useFundingSummary } from '../api/get-funding-summary';
import { OpenFindingsLink } from '@/features/findings/components/OpenFindingsLink';
import { ExportLinks } from '@/features/exports/components/ExportLinks';
import { BehindList } from '../components/BehindList';
import { SummaryTable } from '../components/SummaryTable';
import { YearChart } from '../components/YearChart';

const spec = { program: text(/^[A-Z0-9-]+$/), unit: text(/^(VN|\d{2,5})$/), year, map: oneOf('pre', 'post') };

export function OverviewPage() {
  const programs = usePrograms();
  const [params] = useUrlState(spec);
  if (programs.error) return <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />;
  if (!programs.data) return <Loading />;
  const program = programs.data.find((p) => p.code === params.program) ?? currentProgram(programs.data);
  if (!program) return <Empty />;
  return <Overview programs={programs.data} program={program} />;
}

function Overview({ programs, program }: { programs: Program[]; program: Program }) {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useUrlState(spec);
  const unit = params.unit ?? homeUnit(user);
  const map = params.map ?? defaultMap(program);
  const asOf = asOfFor(map);
  const summary = useFundingSummary({ program: program.code, unit, asOf });
  const years = (summary.data?.totals ?? []).flatMap((r) => (r.fiscalYear == null ? [] : [r.fiscalYear]));
  const chosenYear = params.year ?? latestYear(summary.data?.totals ?? []);
  const children = useFundingChildren(
    { program: program.code, unit, asOf, year: chosenYear ?? 0 },
    chosenYear !== undefined,
  );
  const link = (code: string) => {
    const next = new URLSearchParams({ program: program.code, unit: code, map });
    if (chosenYear) next.set('year', String(chosenYear));
    return `/overview?${next.toString()}`;
  };
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('funding.title')}</h1>
      {summary.data && (
        <p className="lead" data-testid="overview-unit">
          {t('funding.unitLine', { unit: summary.data.unit.name, program: program.code })}{' '}
          <OpenFindingsLink unit={unit} map={map} />
        </p>
      )}
      <ViewFilters
        programs={programs}
        program={program.code}
        map={map}
        years={years}
        year={chosenYear}
        onChange={(changes) => setParams(changes)}
      />
      <QueryView query={summary}>
        {(data) =>
          data.rows.length === 0 ? (
            <Empty />
          ) : (
            <>
              <h2>{t('funding.chartTitle')}</h2>
              <YearChart totals={data.totals} />
              <SummaryTable summary={data} />
            </>
          )
        }
      </QueryView>
      {chosenYear !== undefined && (
        <section aria-labelledby="behind-title">
          <h2 id="behind-title">{t('funding.behindTitle', { year: chosenYear })}</h2>
          <QueryView query={children}>
            {(data) => <BehindList items={data.children} linkTo={link} />}
          </QueryView>
        </section>
      )}
      <ExportLinks
        params={{ program: program.code, unit, asOf }}
        from={program.startYear}
        to={program.endYear}
      />
    </section>
  );
}
