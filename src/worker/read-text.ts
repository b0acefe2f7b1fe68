/**
 * A response's body as text, decoded while it downloads: for a 55 MB dataset the decoding (≈ 0.5 s
 * here) then overlaps the download instead of following it. The same text as `Response.text()`:
 * UTF-8, a byte-order mark dropped, malformed bytes replaced.
 */
export async function readText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
