import { formatMillions, formatMillionsBare, formatVnd } from '@/lib/format';

/** An amount in millions of đồng, the exact đồng in its tooltip (amounts are never rounded in the data). */
export function Money({ vnd, bare = false }: { vnd: number | null | undefined; bare?: boolean }) {
  if (vnd === null || vnd === undefined) return <span className="num">–</span>;
  return (
    <span className="num" title={formatVnd(vnd)}>
      {bare ? formatMillionsBare(vnd) : formatMillions(vnd)}
    </span>
  );
}
