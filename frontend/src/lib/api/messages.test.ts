import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { describeError } from './messages';
import { ApiError } from './problem';

describe('describeError', () => {
  beforeAll(async () => {
    await initI18n('vi');
  });

  it('says a known code in the user language and keeps the API detail', () => {
    const error = new ApiError(403, {
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'OUT_OF_SCOPE',
      detail: 'Outside your administrative scope',
    });
    expect(describeError(error, i18next.t)).toEqual({
      title: 'Địa bàn này nằm ngoài phạm vi của bạn.',
      detail: 'Outside your administrative scope',
    });
  });

  it("falls back to the problem's own title for a code without a message", () => {
    const error = new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, code: 'IN_USE' });
    expect(describeError(error, i18next.t).title).toBe('Conflict');
  });

  it('names a network failure', () => {
    expect(describeError(new TypeError('Failed to fetch'), i18next.t).title).toBe(
      'Không kết nối được máy chủ.',
    );
  });

  it('follows the language', async () => {
    await i18next.changeLanguage('en');
    const error = new ApiError(404, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(describeError(error, i18next.t).title).toBe('Not found.');
    await i18next.changeLanguage('vi');
  });
});
