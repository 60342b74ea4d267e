import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeViolations } from '@/lib/api/messages';
import type { Approval } from '../api/list-approvals';
import { useSetApprovalStatus } from '../api/set-approval-status';
import { allowedActions, needsReason, TARGET_OF, type Action } from '../transitions';
import { RefusalDetails } from './RefusalDetails';

/**
 * The buttons the API allows on one sign-off (`allowedTransitions`). Returning and reopening first ask for the
 * reason; the API's refusals (409 with the pending children, blocking findings; 412; 422) show below in the user's
 * language. Every outcome refetches the sign-offs, so a stale version is replaced by the current one.
 */
export function ApprovalActions({ approval, asOf }: { approval: Approval; asOf?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const mutation = useSetApprovalStatus();
  const [asking, setAsking] = useState<Action | undefined>();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<Action | undefined>();
  const actions = allowedActions(approval);
  const send = (action: Action, why?: string) => {
    setDone(undefined);
    mutation.mutate(
      { approval, input: { status: TARGET_OF[action], ...(why ? { reason: why } : {}) }, asOf },
      {
        onSuccess: () => {
          setDone(action);
          setAsking(undefined);
          setReason('');
        },
      },
    );
  };
  const fieldLabel = (field: string) => (field === 'reason' ? t('approvals.reason') : undefined);
  return (
    <div className="approval-actions" data-testid="approval-actions">
      {actions.length === 0 && !done && <span className="muted">{t('approvals.noActions')}</span>}
      {!asking &&
        actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'approve' || action === 'submit' ? 'primary' : undefined}
            disabled={mutation.isPending}
            onClick={() => {
              mutation.reset();
              if (needsReason(action)) {
                setMissing(false);
                setAsking(action);
              } else send(action);
            }}
          >
            {t(`approvals.act.${action}`)}
          </button>
        ))}
      {asking && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const trimmed = reason.trim();
            setMissing(trimmed === '');
            if (trimmed !== '') send(asking, trimmed);
          }}
        >
          <label htmlFor={`${id}-reason`}>{t('approvals.reasonLabel')}</label>
          <br />
          <textarea
            id={`${id}-reason`}
            rows={2}
            cols={40}
            maxLength={2000}
            // Opened by the user's own press of Return or Reopen: the reason is what they type next.
            autoFocus
            aria-required="true"
            aria-invalid={missing}
            aria-describedby={missing ? `${id}-missing` : undefined}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {missing && (
            <p id={`${id}-missing`} className="state state-error" role="alert">
              {t('approvals.reasonRequired')}
            </p>
          )}
          <p className="filters">
            <button type="submit" className="primary" disabled={mutation.isPending}>
              {mutation.isPending
                ? t('approvals.saving')
                : t('approvals.confirm', { action: t(`approvals.act.${asking}`) })}
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              {t('approvals.cancel')}
            </button>
          </p>
        </form>
      )}
      {done && (
        <p role="status" data-testid="approval-done">
          {t(`approvals.done.${done}`)}
        </p>
      )}
      {mutation.error && (
        <div className="state state-error" role="alert" data-testid="approval-error">
          <p>
            <strong>{describeError(mutation.error, t).title}</strong>
          </p>
          <ul>
            {describeViolations(mutation.error, t, fieldLabel).map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
          <RefusalDetails error={mutation.error} />
        </div>
      )}
    </div>
  );
}
