import type { components } from '@/lib/api/schema';

type Violation = components['schemas']['Violation'];

/** Row errors or warnings of an upload: row, column, code, message. */
export function ViolationsTable({
  items,
  caption,
  testId,
  labels,
}: {
  items: Violation[];
  caption: string;
  testId: string;
  labels: { row: string; field: string; code: string; message: string };
}) {
  return (
    <div className="table-wrap scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.row}</th>
            <th scope="col">{labels.field}</th>
            <th scope="col">{labels.code}</th>
            <th scope="col">{labels.message}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v, i) => (
            <tr key={`${v.row ?? ''}-${v.field ?? ''}-${i}`} data-row={v.row ?? ''}>
              <td className="num">{v.row ?? '–'}</td>
              <td>{v.field ?? '–'}</td>
              <td>{v.code}</td>
              <td className="wrap">{v.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
