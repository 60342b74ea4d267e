import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading, QueryView } from '@/components/ui/States';
import { useUser } from '@/lib/auth/AuthContext';
import { homeUnit, isNational } from '@/lib/auth/claims';
import { formatDate } from '@/lib/format';
import { asOfFor, defaultMap, latestYear, type MapView } from '@/lib/reform';
import { oneOf, text, useUrlState, year } from '@/lib/url-state';
import { currentProgram, usePrograms, type Program } from '@/features/programs/api/list-programs';
import { ViewFilters } from '@/features/programs/components/ViewFilters';
import { useFundingChildren } from '@/features/funding/api/get-funding-children';
import { useFundingSummary } from '@/features/funding/api/get-funding-summary';
import { POVERTY_RATE, useRollupChildren } from '@/features/indicators/api/get-rollup-children';
import { useFindUnit } from '../api/find-unit';
import { useUnit } from '../api/get-unit';
import { OpenFindingsLink } from '@/features/findings/components/OpenFindingsLink';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ChildrenTable } from '../components/ChildrenTable';
import { SignOffPanel } from '@/features/approvals/components/SignOffPanel';
import { useChildStatuses } from '@/features/approvals/api/use-child-statuses';
import { ExportLinks } from '@/features/exports/components/ExportLinks';
import { exportRange, moveEnd, YearRange } from '@/features/exports/components/YearRange';

// exportFrom / exportTo: the years the downloads cover (default the page's year).
const spec = {
  program: text(/^[A-Z0-9-]+$/),
  year,
  map: oneOf('pre', 'post'),
  exportFrom: year,
  exportTo: year,
};

/** /units: the user's own unit (or the country, for national users). */
export function UnitHome() {
  return <Navigate to={`/units/${homeUnit(useUser())}`} replace />;
}

export function UnitPage() {
  const programs = usePrograms();
  const [params] = useUrlState(spec);
  const code = useParams().code ?? '';
  if (!/^(VN|\d{2,5})$/.test(code)) return <Empty />;
  if (programs.error) return <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />;
  if (!programs.data) return <Loading />;
  const program = programs.data.find((p) => p.code === params.program) ?? currentProgram(programs.data);
  if (!program) return <Empty />;
  return <UnitView key={code} code={code} programs={programs.data} program={program} />;
}

function UnitView({ code, programs, program }: { code: string; programs: Program[]; program: Program }) {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useUrlState(spec);
  const map: MapView = params.map ?? defaultMap(program);
  const asOf = asOfFor(map);
  const nation = code === 'VN';
  const found = useFindUnit(code, asOf, !nation);
  const unit = useUnit(found.data?.id);
  const summary = useFundingSummary({ program: program.code, unit: code, asOf });
  const years = (summary.data?.totals ?? []).flatMap((r) => (r.fiscalYear == null ? [] : [r.fiscalYear]));
  const chosenYear = params.year ?? latestYear(summary.data?.totals ?? []) ?? program.startYear;
  const exported = exportRange(chosenYear, params.exportFrom, params.exportTo);
  // Without a year in the URL, the children wait for the summary to choose one (no flash of another year).
  const yearKnown = params.year !== undefined || summary.data !== undefined || summary.error !== null;
  const funding = useFundingChildren(
    { program: program.code, unit: code, asOf, year: chosenYear },
    yearKnown,
  );
  const poverty = useRollupChildren(
    { indicator: POVERTY_RATE, unit: code, period: String(chosenYear), asOf },
    yearKnown,
  );
  // Sign-off of the chosen year: the unit's own (nothing to sign off for the whole country) and its children's.
  const signOff = { unit: code, program: program.code, period: String(chosenYear), asOf };
  const signOffs = useChildStatuses(
    signOff,
    (funding.data?.children ?? []).map((c) => c.unit.code),
    yearKnown && !nation && funding.data !== undefined,
  );
  const linkTo = (to: string) => {
    const next = new URLSearchParams({ program: program.code, map, year: String(chosenYear) });
    return `/units/${to}?${next.toString()}`;
  };
  const name = nation ? t('units.nation') : (unit.data?.name ?? found.data?.name ?? code);
  // The figures' refusal says most (403 OUT_OF_SCOPE); a unit the lookup cannot see is only NOT_FOUND.
  const pageError = funding.error ?? found.error ?? unit.error;
  return (
    <section aria-labelledby="unit-title">
      <Breadcrumbs
        trail={unit.data?.ancestors ?? []}
        current={name}
        national={isNational(user)}
        linkTo={linkTo}
      />
      <h1 id="unit-title">{name}</h1>
      <p className="filters">
        <Link
          to={`/indicators?${new URLSearchParams({ unit: code, map, program: program.code }).toString()}`}
        >
          {t('indicators.link')}
        </Link>
        <OpenFindingsLink unit={code} map={map} />
      </p>
      <ViewFilters
        programs={programs}
        program={program.code}
        map={map}
        years={years}
        year={chosenYear}
        // Another phase has other years: the export range follows the page's year again.
        onChange={(changes) =>
          setParams(changes.program ? { ...changes, exportFrom: undefined, exportTo: undefined } : changes)
        }
      />
      {/* A unit the caller cannot see has one refusal to show, not one per panel. */}
      {!nation && yearKnown && !pageError && <SignOffPanel {...signOff} unitName={name} />}
      {pageError ? (
        <ErrorState error={pageError} />
      ) : (
        <QueryView query={funding}>
          {(data) => (
            <>
              {data.children.length === 0 && (
                <Empty>{t('units.noChildren', { date: formatDate(asOf) })}</Empty>
              )}
              <ChildrenTable funding={data} poverty={poverty.data} linkTo={linkTo} signOffs={signOffs} />
              {poverty.error ? <ErrorState error={poverty.error} /> : null}
              {data.reform.mappedUnits > 0 && <p>{t('units.mapped', { count: data.reform.mappedUnits })}</p>}
              {data.reform.partialUnits.length > 0 && (
                <p>
                  {t('units.partial', { units: data.reform.partialUnits.map((p) => p.unit.name).join(', ') })}
                </p>
              )}
            </>
          )}
        </QueryView>
      )}
      {!pageError && (
        <ExportLinks
          params={{ program: program.code, unit: code, asOf, yearFrom: exported.from, yearTo: exported.to }}
          from={exported.from}
          to={exported.to}
          picker={
            <YearRange
              years={years}
              from={exported.from}
              to={exported.to}
              onChange={(end) =>
                setParams((now) => {
                  const moved = moveEnd(
                    exportRange(now.year ?? chosenYear, now.exportFrom, now.exportTo),
                    end,
                  );
                  return { exportFrom: moved.from, exportTo: moved.to };
                })
              }
            />
          }
        />
      )}
    </section>
  );
}
