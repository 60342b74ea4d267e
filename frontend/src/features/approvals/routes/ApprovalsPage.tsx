import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading, QueryView } from '@/components/ui/States';
import { Pager } from '@/components/ui/Pager';
import { oneOf, text, useUrlState } from '@/lib/url-state';
import { usePrograms } from '@/features/programs/api/list-programs';
import { useApprovals } from '../api/list-approvals';
import { ApprovalFilters, DATASETS, STATUSES } from '../components/ApprovalFilters';
import { ApprovalsTable } from '../components/ApprovalsTable';

const spec = {
  program: text(/^[A-Z0-9-]+$/),
  period: text(/^[0-9QH/-]+$/),
  dataset: oneOf(...DATASETS),
  status: oneOf(...STATUSES),
  awaiting: oneOf('me', 'all'),
  cursor: text(),
};

/** /approvals: the sign-offs waiting for the user's decision (or all in scope), filters in the URL. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlState(spec);
  const programs = usePrograms();
  const { cursor, awaiting, ...filters } = params;
  const list = useApprovals({
    ...filters,
    ...(awaiting === 'all' ? {} : { awaiting: 'me' as const }),
    cursor,
    limit: 50,
  });
  return (
    <section aria-labelledby="approvals-title">
      <h1 id="approvals-title">{t('approvals.title')}</h1>
      <p className="lead">{t('approvals.intro')}</p>
      {programs.error ? (
        <ErrorState error={programs.error} />
      ) : !programs.data ? (
        <Loading />
      ) : (
        <ApprovalFilters
          key={JSON.stringify(params)}
          values={params}
          programs={programs.data}
          onApply={(values) => setParams({ ...values, cursor: undefined })}
        />
      )}
      <QueryView query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('approvals.none')}</Empty>
          ) : (
            <>
              <ApprovalsTable items={page.items} />
              <Pager next={page.next} atFirst={!cursor} onPage={(c) => setParams({ cursor: c })} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
