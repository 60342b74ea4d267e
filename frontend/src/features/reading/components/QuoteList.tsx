import { useTranslation } from 'react-i18next';
import { byLocator } from '../highlight';
import type { Proposal } from '../api/list-proposals';

/** For a file whose text the page cannot rebuild (Word, PDF): each proposal's quote, grouped by where it stands. */
export function QuoteList({ proposals }: { proposals: Proposal[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t('reading.quotes')}</h2>
      <p className="muted">{t('reading.quotesHint')}</p>
      <div
        className="document scroll"
        tabIndex={0}
        role="region"
        aria-label={t('reading.quotes')}
        data-testid="quotes"
      >
        <dl>
          {byLocator(proposals).map((g) => (
            <div key={g.locator}>
              <dt>{g.locator}</dt>
              {g.items.map((p) => (
                <dd key={p.id}>
                  <a href={`#proposal-${p.id}`} className={`cite cite-${p.status.toLowerCase()}`}>
                    #{p.id}
                  </a>{' '}
                  {p.quote}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
