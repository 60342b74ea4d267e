import type { components } from '@/lib/api/schema';

// Vietnamese labels of a proposal's reasons for doubt, one per ProposalReasonCode (the type makes a missing one an
// error); {{…}} are the reason's params, amounts already formatted by the page.
export const reasonsVi: Record<components['schemas']['ProposalReasonCode'], string> = {
  NUMBER_SPACE_AFTER_COMMA: 'Số in là «{{printed}}» (có dấu cách sau dấu phẩy), đã đọc là {{read}}.',
  NUMBER_COMMA_OR_THOUSANDS:
    '«{{printed}}» có ba chữ số sau dấu phẩy: là số thập phân, hay dấu phân cách hàng nghìn in nhầm thành dấu phẩy?',
  NUMBER_DECIMAL_POINT: '«{{printed}}» dùng dấu chấm thập phân thay cho dấu phẩy: đã đọc là số thập phân.',
  UNIT_BEFORE_NUMBER: 'In là «{{printed}}» (đơn vị đứng trước số): đã đọc là {{read}}.',
  AMOUNT_ROUNDED: 'Số tiền không tròn đồng: đã làm tròn.',
  AMOUNT_IMPLAUSIBLE:
    'Số {{number}} được nhóm như số đồng nhưng ghi đơn vị triệu/tỷ: thành {{vnd}}, không hợp lý; có lẽ đơn vị là đồng — kiểm tra trước khi chấp nhận.',
  AMOUNT_WORDS_DISAGREE: 'Số ghi {{figure}} nhưng phần ghi bằng chữ trong ngoặc là {{words}}.',
  SOURCE_ASSUMED_CENTRAL:
    'Không nêu nguồn vốn: lấy ngân sách trung ương vì kế hoạch của báo cáo là vốn ngân sách trung ương.',
  SOURCE_NOT_STATED: 'Không nêu nguồn vốn: để là chưa xác định.',
  CAPITAL_TYPE_ASSUMED_RECURRENT: 'Không nêu loại vốn: lấy vốn sự nghiệp như vốn của dự án.',
  STATED_TWICE_DIFFERENT:
    'Cùng khóa số liệu còn được đọc là {{value}} tại {{locator}} («{{quote}}»): kiểm tra số nào đúng.',
  UNCODED: 'Lý do từ lần đọc trước (tiếng Anh): {{message}}',
};
