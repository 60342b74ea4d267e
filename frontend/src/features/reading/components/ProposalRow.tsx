import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '@/lib/api/code-lists';
import { amountOf, formatConfidence, keyParts } from '../keys';
import { keyDecision } from '../filters';
import type { Proposal, ProposalStatus } from '../api/list-proposals';
import { reasonText } from '../reasons';
import { ProposalEditor } from './ProposalEditor';

/** One proposal: key, amount, confidence, doubts, status and its three decisions (also a/r/p on the focused row). */
export function ProposalRow({
  proposal: p,
  quote,
  busy,
  onDecide,
}: {
  proposal: Proposal;
  quote: boolean;
  busy: boolean;
  onDecide: (p: Proposal, status: ProposalStatus) => void;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const amount = amountOf(p.dataset, p.fields);
  const [editing, setEditing] = useState(false);
  const decide = (status: ProposalStatus) => {
    if (!busy && status !== p.status) onDecide(p, status);
  };
  return (
    <>
      <tr
        id={`proposal-${p.id}`}
        data-proposal={p.id}
        data-status={p.status}
        tabIndex={0}
        className={`proposal status-${p.status.toLowerCase()}`}
        onKeyDown={(e) => {
          if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
          const status = keyDecision(e.key);
          if (status) {
            e.preventDefault();
            decide(status);
          }
        }}
      >
        <td className="num">{quote ? `#${p.id}` : <a href={`#cite-${p.id}`}>#{p.id}</a>}</td>
        <td>{t(`reading.datasets.${p.dataset}`)}</td>
        <td className="wrap">
          {keyParts(p.dataset, p.fields).map((k) => (
            <span key={k.field} className="pair">
              <span className="muted">{t(`reading.fields.${k.field}`)}:</span>{' '}
              {k.list ? label(k.list, k.value) : k.messages ? t(`${k.messages}.${k.value}`) : k.value}
            </span>
          ))}
          {p.edited && <em className="muted"> ({t('reading.edited')})</em>}
        </td>
        <td className="num">
          {amount.main}
          {amount.exact && <span className="exact">{amount.exact}</span>}
        </td>
        <td className="num">{formatConfidence(p.confidence)}</td>
        <td className="wrap narrow">
          {p.reasons.length > 0 ? (
            <ul className="reasons">
              {p.reasons.map((r, i) => (
                <li key={i} data-reason={r.code}>
                  {reasonText(t, r, p.dataset)}
                </li>
              ))}
            </ul>
          ) : (
            '–'
          )}
        </td>
        {quote && <td className="wrap quote">{p.quote}</td>}
        <td>
          <span className={`badge status-${p.status.toLowerCase()}`}>
            {t(`reading.statuses.${p.status}`)}
          </span>
        </td>
        <td className="actions">
          <button
            type="button"
            aria-label={t('reading.acceptOne', { id: p.id })}
            disabled={busy || p.status === 'ACCEPTED'}
            onClick={() => decide('ACCEPTED')}
          >
            {t('reading.accept')}
          </button>
          <button
            type="button"
            aria-label={t('reading.rejectOne', { id: p.id })}
            disabled={busy || p.status === 'REJECTED'}
            onClick={() => decide('REJECTED')}
          >
            {t('reading.reject')}
          </button>
          <button
            type="button"
            aria-label={t('reading.reopenOne', { id: p.id })}
            disabled={busy || p.status === 'PENDING'}
            onClick={() => decide('PENDING')}
          >
            {t('reading.reopen')}
          </button>
          <button
            type="button"
            aria-label={t('reading.editOne', { id: p.id })}
            aria-expanded={editing}
            disabled={busy}
            onClick={() => setEditing(!editing)}
          >
            {t('reading.edit')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="editing">
          <td colSpan={quote ? 9 : 8}>
            <ProposalEditor proposal={p} onClose={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
