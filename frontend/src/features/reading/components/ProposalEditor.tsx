import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError, describeViolations } from '@/lib/api/messages';
import { decideProposal, type ProposalFields } from '../api/decide-proposal';
import type { Proposal } from '../api/list-proposals';
import { editableFields, fieldsFromForm } from '../edit';

/**
 * A proposal's row as it should be loaded, edited and accepted in one step; the API checks it as an upload row and
 * names each refused field (`fields.<name>`), shown here in the user's language.
 */
export function ProposalEditor({ proposal: p, onClose }: { proposal: Proposal; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const names = editableFields(p.dataset, p.fields);
  const [form, setForm] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((n) => [n, p.fields[n] == null ? '' : String(p.fields[n])])),
  );
  const save = useMutation({
    mutationFn: (fields: ProposalFields) => decideProposal(p, 'ACCEPTED', fields),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reading', p.reportId] });
      onClose();
    },
  });
  const label = (field: string) => {
    const name = field.replace(/^fields\./, '');
    return t(`reading.fields.${name}`, { defaultValue: name });
  };
  const problems = save.error ? describeViolations(save.error, t, label) : [];
  return (
    <form
      className="editor"
      aria-label={t('reading.editOne', { id: p.id })}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(fieldsFromForm(p.fields, form));
      }}
    >
      <div className="editor-fields">
        {names.map((n) => (
          <label key={n}>
            <span>{label(n)}</span>
            <input
              name={n}
              value={form[n] ?? ''}
              inputMode={n === 'amountVnd' || n === 'year' || n === 'originYear' ? 'numeric' : undefined}
              onChange={(e) => setForm({ ...form, [n]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {save.error !== null && (
        <div role="alert" className="state state-error" data-testid="edit-errors">
          <p>
            <strong>{describeError(save.error, t).title}</strong>
          </p>
          <ul>
            {problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('reading.saveAccept')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t('reading.cancel')}
      </button>
    </form>
  );
}
