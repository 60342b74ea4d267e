// How the dashboard writes figures (vi-VN), for comparing the pages with the API's numbers.
export const rate = (ratio) =>
  ratio == null
    ? '–'
    : `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio * 100)} %`;

export const percentValue = (value) =>
  value == null
    ? '–'
    : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(Number(value))} %`;

export const millions = (vnd) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(vnd / 1_000_000);

export const date = (iso) => iso.slice(0, 10).split('-').reverse().join('/');
