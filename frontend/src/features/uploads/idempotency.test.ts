import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf } from './idempotency';

describe('idempotencyKeyOf', () => {
  it('is the dataset and the SHA-256 of the bytes', async () => {
    const key = await idempotencyKeyOf('funding-lines', new Blob(['abc']));
    expect(key).toBe('spa-funding-lines-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('differs for different bytes', async () => {
    expect(await idempotencyKeyOf('x', new Blob(['a']))).not.toBe(
      await idempotencyKeyOf('x', new Blob(['b'])),
    );
  });
});
