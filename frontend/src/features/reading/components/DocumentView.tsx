import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { marksOf, segmentsOf, type DocumentText } from '../highlight';
import type { Proposal } from '../api/list-proposals';

/** The report's text with every listed proposal's figure marked where it is printed, each a link to its row. */
export function DocumentView({ doc, proposals }: { doc: DocumentText; proposals: Proposal[] }) {
  const { t } = useTranslation();
  const marks = useMemo(() => marksOf(proposals, doc.text.length), [proposals, doc.text.length]);
  const pane = useRef<HTMLDivElement>(null);
  const first = marks[0]?.proposalId;
  // The heading lines carry no figure: open the pane at the first marked one.
  useEffect(() => {
    const box = pane.current;
    const mark = box?.querySelector<HTMLElement>('a.cite');
    if (box && mark) {
      box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 24;
    }
  }, [first]);
  return (
    <section aria-labelledby="document-title">
      <h2 id="document-title">{t('reading.document')}</h2>
      <p className="muted">{t('reading.documentHint')}</p>
      <div
        ref={pane}
        className="document scroll"
        tabIndex={0}
        role="region"
        aria-label={t('reading.document')}
        data-testid="document"
      >
        {doc.lines.map((line, i) => {
          const pieces = segmentsOf(doc.text, line, marks);
          return (
            <p key={i} className="doc-line" data-line={i + 1}>
              {pieces.map((s, j) =>
                s.mark ? (
                  <a
                    key={j}
                    href={`#proposal-${s.mark.proposalId}`}
                    id={`cite-${s.mark.proposalId}`}
                    className={`cite cite-${s.mark.status.toLowerCase()}`}
                    data-proposal={s.mark.proposalId}
                  >
                    <mark>{s.text}</mark>
                  </a>
                ) : (
                  <span key={j}>{s.text}</span>
                ),
              )}
            </p>
          );
        })}
      </div>
    </section>
  );
}
