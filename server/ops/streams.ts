// Writing to a stream with backpressure: wait for 'drain' when its buffer is full, and fail rather
// than wait for ever when the stream errors or closes meanwhile.
import type { Writable } from 'node:stream';

export async function writeTo(stream: Writable, chunk: Buffer | string): Promise<void> {
  if (stream.destroyed) throw stream.errored ?? new Error('The output stream closed early.');
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onClose = () => {
      cleanup();
      reject(stream.errored ?? new Error('The output stream closed early.'));
    };
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** Counts the line ends in a chunk: one per row in COPY text format. */
export function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
