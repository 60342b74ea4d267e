/**
 * The key a commit is sent with: the dataset and the SHA-256 of the file's bytes, so pressing the button twice, or
 * retrying after a timeout, writes the file once (the API answers the first result again).
 */
export async function idempotencyKeyOf(dataset: string, file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await file.arrayBuffer()));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `spa-${dataset}-${hex}`;
}
