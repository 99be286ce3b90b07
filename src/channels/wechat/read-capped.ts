import type { Readable } from 'node:stream';

/**
 * Reads a stream until it ends or passes `maxBytes`, then stops pulling and destroys it. At most
 * maxBytes + 1 bytes come back, so the caller's size check still sees "too large" without the
 * process ever holding a file of unknown size whole (a puppet reports -1 for many downloads).
 */
export async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      const room = maxBytes + 1 - total;
      chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
      total += Math.min(bytes.length, room);
      if (total > maxBytes) break;
    }
  } finally {
    // Leaving for-await early already destroys the stream; this covers a throw in the loop body too.
    stream.destroy();
  }
  return Buffer.concat(chunks, total);
}
