import type { components } from '@/lib/api/schema';

// English labels of a proposal's reasons for doubt; the same codes and params as reasons-vi.ts.
export const reasonsEn: Record<components['schemas']['ProposalReasonCode'], string> = {
  NUMBER_SPACE_AFTER_COMMA: 'Printed «{{printed}}» (a space after the comma); read as {{read}}.',
  NUMBER_COMMA_OR_THOUSANDS:
    '«{{printed}}» has three digits after the comma: a decimal comma, or a thousands separator printed as a comma?',
  NUMBER_DECIMAL_POINT: '«{{printed}}» uses a decimal point, not the Vietnamese comma; read as a decimal.',
  UNIT_BEFORE_NUMBER: 'Printed «{{printed}}» (the unit before the number); read as {{read}}.',
  AMOUNT_ROUNDED: 'Not a whole number of đồng; rounded.',
  AMOUNT_IMPLAUSIBLE:
    'The number {{number}} is grouped like đồng but given in triệu/tỷ: {{vnd}}, which is implausible; the unit is probably đồng — check before accepting.',
  AMOUNT_WORDS_DISAGREE: 'The figure says {{figure}} but the words in brackets say {{words}}.',
  SOURCE_ASSUMED_CENTRAL: "Budget source not stated: central, as the report's plan is the central budget's.",
  SOURCE_NOT_STATED: 'Budget source not stated: left unspecified.',
  CAPITAL_TYPE_ASSUMED_RECURRENT:
    "Capital type not stated: recurrent (vốn sự nghiệp), as the project's money is.",
  STATED_TWICE_DIFFERENT:
    'The same key was also read as {{value}} at {{locator}} («{{quote}}»): check which is meant.',
  UNCODED: 'Reason from an earlier reading: {{message}}',
};
