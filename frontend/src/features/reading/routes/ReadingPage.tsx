import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading, QueryView } from '@/components/ui/States';
import { useUrlState } from '@/lib/url-state';
import { useReport } from '@/features/reports/api/get-report';
import { useReading } from '../api/get-reading';
import { useProposals } from '../api/list-proposals';
import { useDocumentText } from '../api/get-document-text';
import { readingSpec } from '../filters';
import { ReadingSummary } from '../components/ReadingSummary';
import { ProposalFilters } from '../components/ProposalFilters';
import { ProposalsTable } from '../components/ProposalsTable';
import { DocumentView } from '../components/DocumentView';
import { QuoteList } from '../components/QuoteList';
import { BulkAccept } from '../components/BulkAccept';
import { CommitPanel } from '../components/CommitPanel';

export function ReadingPage() {
  const raw = useParams().id ?? '';
  if (!/^[1-9]\d{0,17}$/.test(raw)) return <Empty />;
  return <ReadingView id={Number(raw)} />;
}

/** Review a report's proposed figures: run the reader, decide each proposal, check, then commit them. */
function ReadingView({ id }: { id: number }) {
  const { t } = useTranslation();
  const report = useReport(id);
  const reading = useReading(id);
  const [filters, setFilters] = useUrlState(readingSpec);
  const read = reading.data !== undefined && reading.data !== null;
  const proposals = useProposals(id, filters);
  const file = report.data?.file;
  const doc = useDocumentText(id, file?.mediaType);
  const items = proposals.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = reading.data?.proposals;
  return (
    <section aria-labelledby="reading-title">
      <p>
        <Link to={`/reports/${id}`}>← {t('reading.back')}</Link>
      </p>
      <QueryView query={report}>
        {(r) => (
          <>
            <h1 id="reading-title">{t('reading.title', { title: r.title })}</h1>
            <p className="lead">{t('reading.intro')}</p>
            {r.file ? <ReadingSummary report={id} /> : <Empty>{t('reading.noFile')}</Empty>}
          </>
        )}
      </QueryView>
      {read && (
        <>
          <ProposalFilters values={filters} onChange={setFilters} />
          <BulkAccept report={id} />
          {proposals.error ? (
            <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
          ) : proposals.isPending ? (
            <Loading />
          ) : items.length === 0 ? (
            <Empty>{t('reading.none')}</Empty>
          ) : (
            <div className="review">
              {doc.data ? (
                <DocumentView doc={doc.data} proposals={items} />
              ) : doc.isLoading ? (
                <Loading />
              ) : (
                <QuoteList proposals={items} />
              )}
              <ProposalsTable report={id} items={items} quotes={!doc.data} />
            </div>
          )}
          {proposals.hasNextPage && (
            <button
              type="button"
              onClick={() => void proposals.fetchNextPage()}
              disabled={proposals.isFetchingNextPage}
            >
              {t('reading.more')}
            </button>
          )}
          {doc.error && <ErrorState error={doc.error} />}
          <CommitPanel
            report={id}
            accepted={counts?.accepted ?? 0}
            decisions={`${counts?.pending}/${counts?.accepted}/${counts?.rejected}`}
          />
        </>
      )}
    </section>
  );
}
