import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/components/charts/EChart';
import type { IndicatorRollup } from '../api/get-rollup-children';

const num = (v: string | null | undefined) => (v == null ? null : Number(v));

/** The figure and the target over the phase's years (the whole-phase period is in the table only). */
export function TrendChart({
  rows,
  title,
}: {
  rows: { period: string; data: IndicatorRollup | undefined }[];
  title: string;
}) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const years = rows.filter((r) => /^\d{4}$/.test(r.period));
    return {
      animation: false,
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 60, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category' as const, data: years.map((r) => r.period) },
      yAxis: { type: 'value' as const },
      series: [
        {
          name: t('indicators.value'),
          type: 'line' as const,
          connectNulls: true,
          data: years.map((r) => num(r.data?.value ?? r.data?.reportedValue)),
        },
        {
          name: t('indicators.target'),
          type: 'line' as const,
          connectNulls: true,
          lineStyle: { type: 'dashed' as const },
          data: years.map((r) => num(r.data?.target?.value)),
        },
      ],
    };
  }, [rows, t]);
  return <EChart option={option} label={title} height={240} />;
}
