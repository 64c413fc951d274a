/** About how much text each chunk of a download holds: big enough to be cheap, small enough to stay out of memory. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * A download produced as it is read: `first`, then `produce(0)`, `produce(1)`, …
 * `produce(count - 1)`, a chunk of about 64 KB at a time. The stream asks for the next
 * chunk only when the previous one has been handed on (Next.js waits for the socket to
 * drain), so a slow client holds the server to one chunk, never the whole file.
 */
export function streamText(count: number, produce: (index: number) => string, first = ""): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  let text = first;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      while (next < count && text.length < CHUNK_CHARACTERS) text += produce(next++);
      if (text) controller.enqueue(encoder.encode(text));
      text = "";
      if (next >= count) controller.close();
    },
  });
}
