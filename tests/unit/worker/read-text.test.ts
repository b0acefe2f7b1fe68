import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/worker/read-text';

/** A response whose body arrives in the given pieces (as a network delivers it). */
function chunked(pieces: Uint8Array[]): Response {
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of pieces) controller.enqueue(p);
        controller.close();
      },
    }),
  );
}

/** Cut bytes at every `size` bytes, so multi-byte characters fall across the cuts. */
const cut = (bytes: Uint8Array, size: number): Uint8Array[] =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size));

describe('readText (decoding while the body downloads)', () => {
  const text = '{"zh":"同心抗疫：四川统一战线在行动","emoji":"🧪","en":"testing"}';
  const bytes = new TextEncoder().encode(text);

  it('gives the same text as Response.text() however the bytes are cut', async () => {
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      expect(await readText(chunked(cut(bytes, size)))).toBe(text);
    }
  });

  it('drops a byte-order mark and replaces malformed bytes, as Response.text() does', async () => {
    const odd = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes.slice(0, 4), 0xff, 0xe5, ...bytes.slice(4)]);
    const expected = await new Response(odd.slice()).text();
    expect(expected.startsWith('{"zh\uFFFD')).toBe(true); // no mark left
    expect(expected).toContain('\uFFFD');
    for (const size of [1, 2, 3, 64]) expect(await readText(chunked(cut(odd, size)))).toBe(expected);
  });

  it('reads a body that ends inside a character (the last bytes become a replacement character)', async () => {
    const truncated = bytes.slice(0, 9); // '{"zh":"同' and the first byte of the next character
    expect(await readText(chunked(cut(truncated, 4)))).toBe(await new Response(truncated.slice()).text());
  });

  it('reads an empty body', async () => {
    expect(await readText(new Response(''))).toBe('');
    expect(await readText(new Response(null))).toBe('');
  });
});
