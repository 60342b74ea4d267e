import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeViolations } from '@/lib/api/messages';
import { ApiError } from '@/lib/api/problem';
import type { Finding } from '../api/list-findings';
import { useSetFindingStatus } from '../api/set-finding-status';

type Decision = 'EXPLAINED' | 'CONFIRMED';

/**
 * A manager's decision on an open (or decided) finding: explained or confirmed, with the required note; a decision
 * can be taken back. The API's refusals (409 FINDING_RESOLVED, 412, 422 naming the note) in the user's language.
 */
export function StatusForm({ finding, onStale }: { finding: Finding; onStale: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const mutation = useSetFindingStatus();
  const [status, setStatus] = useState<Decision>(finding.status === 'CONFIRMED' ? 'CONFIRMED' : 'EXPLAINED');
  const [note, setNote] = useState(finding.note ?? '');
  const [missing, setMissing] = useState(false);
  const send = (input: { status: Decision | 'OPEN'; note?: string }) =>
    mutation.mutate(
      { finding, input },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_MISMATCH') onStale();
        },
      },
    );
  const error = mutation.error;
  const fieldLabel = (field: string) => (field === 'note' ? t('findings.note') : undefined);
  return (
    <form
      className="decide"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = note.trim();
        setMissing(trimmed === '');
        if (trimmed !== '') send({ status, note: trimmed });
      }}
    >
      <h2 id={`${id}-title`}>{t('findings.decide')}</h2>
      <p className="muted">{t('findings.decideHint')}</p>
      <fieldset className="map-switch">
        <legend>{t('findings.status')}</legend>
        {(['EXPLAINED', 'CONFIRMED'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-status`} checked={status === s} onChange={() => setStatus(s)} />
            {t(`findings.statuses.${s}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={`${id}-note`}>{t('findings.noteLabel')}</label>
        <br />
        <textarea
          id={`${id}-note`}
          rows={3}
          cols={70}
          maxLength={4000}
          aria-required="true"
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-missing` : undefined}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </p>
      {missing && (
        <p id={`${id}-missing`} className="state state-error" role="alert">
          {t('findings.noteRequired')}
        </p>
      )}
      <p className="filters">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('findings.saving') : t('findings.save')}
        </button>
        {finding.status !== 'OPEN' && (
          <button type="button" disabled={mutation.isPending} onClick={() => send({ status: 'OPEN' })}>
            {t('findings.reopen')}
          </button>
        )}
      </p>
      {mutation.isSuccess && (
        <p role="status" data-testid="decision-saved">
          {t('findings.saved', { status: t(`findings.statuses.${mutation.data.status}`) })}
        </p>
      )}
      {error && (
        <div className="state state-error" role="alert" data-testid="decision-error">
          <p>
            <strong>{describeError(error, t).title}</strong>
          </p>
          <ul>
            {describeViolations(error, t, fieldLabel).map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
