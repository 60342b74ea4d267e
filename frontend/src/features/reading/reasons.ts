import type { TFunction } from 'i18next';
import type { components } from '@/lib/api/schema';
import { formatDecimal, formatVnd } from '@/lib/format';

type Reason = components['schemas']['ProposalReason'];
type Dataset = components['schemas']['ProposalDataset'];

/** Params that are exact đồng (digits only): shown as amounts in the label. */
const VND = new Set(['figure', 'words', 'vnd']);

/**
 * A reason for doubt in the interface's language, from its code (reading.reasons.<CODE>) and params; the amounts
 * formatted (`value` is đồng for a funding line, a decimal for an indicator value). The English message is for
 * scripts; it shows only for a reason stored before the codes (UNCODED).
 */
export function reasonText(t: TFunction, reason: Reason, dataset: Dataset): string {
  const params: Record<string, string> = { message: reason.message };
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    const digits = /^\d+$/.test(value);
    if (digits && VND.has(name)) params[name] = formatVnd(Number(value));
    else if (name === 'value')
      params[name] = dataset === 'funding-lines' && digits ? formatVnd(Number(value)) : formatDecimal(value);
    else params[name] = value;
  }
  return t(`reading.reasons.${reason.code}`, params);
}
