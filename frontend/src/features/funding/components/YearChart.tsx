import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/components/charts/EChart';
import { formatMillionsBare } from '@/lib/format';
import type { FundingYearTotal } from '../api/get-funding-summary';

/** Assigned, available and disbursed per fiscal year, in millions of đồng. */
export function YearChart({ totals }: { totals: FundingYearTotal[] }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const years = totals.filter((row) => row.fiscalYear != null);
    return {
      animation: false,
      tooltip: {
        trigger: 'axis' as const,
        valueFormatter: (v: unknown) =>
          typeof v === 'number' ? formatMillionsBare(v * 1_000_000) : String(v),
      },
      legend: { top: 0 },
      grid: { left: 70, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category' as const, data: years.map((r) => String(r.fiscalYear)) },
      yAxis: {
        type: 'value' as const,
        axisLabel: { formatter: (v: number) => formatMillionsBare(v * 1_000_000) },
      },
      series: (['assigned', 'available', 'disbursed'] as const).map((key) => ({
        name: t(`funding.${key}`),
        type: 'bar' as const,
        data: years.map((r) => r[`${key}Vnd`] / 1_000_000),
      })),
    };
  }, [t, totals]);
  if (!totals.some((row) => row.fiscalYear != null)) return null;
  return <EChart option={option} label={t('funding.chartTitle')} />;
}
