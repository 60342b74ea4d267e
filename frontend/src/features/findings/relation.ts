/**
 * The API words a finding's relation in English (it is data: stored with the finding). The Vietnamese UI says it in
 * Vietnamese: one phrase per relation the rules write, and the English as it came for one this list doesn't know yet
 * (a newer API), rather than nothing.
 */
const VI: Record<string, string> = {
  'available = carried in + assigned': 'vốn thực hiện = vốn năm trước chuyển sang + vốn được giao',
  'allocated ≤ carried in + assigned': 'vốn phân bổ ≤ vốn năm trước chuyển sang + vốn được giao',
  'disbursed ≤ carried in + assigned': 'vốn giải ngân ≤ vốn năm trước chuyển sang + vốn được giao',
  'disbursed ≤ carried in + mobilised': 'vốn giải ngân ≤ vốn năm trước chuyển sang + vốn huy động được',
  'returned ≤ carried in + assigned': 'vốn nộp trả ≤ vốn năm trước chuyển sang + vốn được giao',
  'carried out of the year = carried into the next': 'vốn chuyển nguồn ra khỏi năm = vốn chuyển sang năm sau',
  'every report states the same amount for a key': 'mọi báo cáo nêu cùng một số tiền cho cùng một khoản',
  'every report states the same value for a key': 'mọi báo cáo nêu cùng một giá trị cho cùng một chỉ tiêu',
  'a stated total equals the sum of all its parts': 'tổng được nêu bằng tổng của tất cả các phần',
  'a stated total is at least the sum of its parts': 'tổng được nêu không nhỏ hơn tổng các phần',
  'a share lies between 0 and 100 %': 'tỷ lệ nằm trong khoảng từ 0 đến 100 %',
  'a stated rate = numerator ÷ denominator': 'tỷ lệ được nêu = tử số ÷ mẫu số',
  'a stated change is the difference of the two levels it compares':
    'mức thay đổi được nêu bằng hiệu của hai mức được so sánh',
  'a stated change is the difference of the two levels it compares, or its yearly average':
    'mức thay đổi được nêu bằng hiệu của hai mức được so sánh, hoặc bình quân mỗi năm của hiệu đó',
  'a value is less than the threshold times the median of its other periods':
    'giá trị nhỏ hơn ngưỡng nhân với trung vị của các kỳ khác',
  'a value is more than the median of its other periods over the threshold':
    'giá trị lớn hơn trung vị của các kỳ khác chia cho ngưỡng',
  "a year's value is at most the threshold times the year before's":
    'giá trị của một năm không vượt quá ngưỡng nhân với giá trị năm trước',
  "a year's value is at least the year before's over the threshold":
    'giá trị của một năm không nhỏ hơn giá trị năm trước chia cho ngưỡng',
  "a change over years is the sum or the yearly average of its years' changes":
    'thay đổi qua nhiều năm bằng tổng hoặc bình quân năm của thay đổi từng năm',
  "a period's value equals the sum of all its years'":
    'giá trị của giai đoạn bằng tổng giá trị của tất cả các năm',
  "a period's value is at least the sum of its years'":
    'giá trị của giai đoạn không nhỏ hơn tổng giá trị các năm',
  'the categories of a partition add up to their total': 'các nhóm của một cách phân tổ cộng lại bằng tổng',
  'the categories of a partition add up to at most their total':
    'các nhóm của một cách phân tổ cộng lại không vượt quá tổng',
};

const MAGNITUDE = /^an amount below (\d+) times the median of its unit's other amounts$/;

export function relationText(relation: string, language: string): string {
  if (!language.startsWith('vi')) return relation;
  const known = VI[relation];
  if (known) return known;
  const m = MAGNITUDE.exec(relation);
  if (m) return `số tiền nhỏ hơn ${m[1]} lần trung vị các số tiền khác của đơn vị`;
  return relation;
}
