import type { components } from '@/lib/api/schema';

type Fields = components['schemas']['ProposalFields'];
type Name = keyof Fields;

const FUNDING: Name[] = [
  'program',
  'component',
  'unit',
  'year',
  'source',
  'capitalType',
  'measure',
  'implementingBody',
  'originYear',
  'amountVnd',
];
const INDICATOR: Name[] = [
  'program',
  'component',
  'unit',
  'indicator',
  'category',
  'period',
  'kind',
  'value',
];
const PROJECT: Name[] = [
  'program',
  'component',
  'unit',
  'name',
  'status',
  'budgetStateVnd',
  'budgetPeopleCounterpartVnd',
  'budgetOtherVnd',
  'householdsPoor',
  'householdsNearPoor',
  'householdsNewlyEscaped',
  'householdsEthnicMinority',
  'householdsOther',
];
const INTEGERS: Name[] = [
  'year',
  'originYear',
  'amountVnd',
  'budgetStateVnd',
  'budgetPeopleCounterpartVnd',
  'budgetOtherVnd',
  'householdsPoor',
  'householdsNearPoor',
  'householdsNewlyEscaped',
  'householdsEthnicMinority',
  'householdsOther',
];

/** The fields a reviewer may edit: the dataset's row fields, and any other the proposal carries. */
export function editableFields(dataset: components['schemas']['ProposalDataset'], fields: Fields): Name[] {
  const base = dataset === 'funding-lines' ? FUNDING : dataset === 'local-projects' ? PROJECT : INDICATOR;
  const extra = (Object.keys(fields) as Name[]).filter((n) => !base.includes(n) && fields[n] != null);
  return [...base, ...extra];
}

/**
 * The whole row to send (an edit replaces every field): the proposal's fields with the form's values over them,
 * trimmed, empty ones null, whole numbers as numbers. Text that is not a whole number is sent as typed, so the
 * API's own check names the field.
 */
export function fieldsFromForm(current: Fields, form: Record<string, string>): Fields {
  const out: Record<string, unknown> = { ...current };
  for (const [name, raw] of Object.entries(form)) {
    const value = raw.trim();
    if (value === '') out[name] = null;
    else if (INTEGERS.includes(name as Name) && /^\d{1,18}$/.test(value)) out[name] = Number(value);
    else out[name] = value;
  }
  return out as Fields;
}
