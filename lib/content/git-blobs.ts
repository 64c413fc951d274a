import { runGit } from "./git";

/** A past revision larger than a content file may be (1 MiB) would be invalid anyway: it is never read. */
const MAX_BLOB_BYTES = 1024 * 1024;
/** At most this much text is asked of one `git cat-file --batch`. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const TIME_LIMIT_MS = 10_000;
/** Up to this many blobs (a history page's) are read in one call, without asking their sizes first. */
const FEW_BLOBS = 256;
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Strict UTF-8 without NUL bytes, as `readText` accepts for content files; else undefined. */
function decodeContent(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Sizes of the blobs that exist, from one `git cat-file --batch-check`; undefined when git failed. */
function readBlobSizes(dir: string, ids: readonly string[]): Map<string, number> | undefined {
  const sizes = new Map<string, number>();
  const result = runGit(dir, ["cat-file", "--batch-check"], { maxBytes: ids.length * 100 + 1024, timeoutMs: TIME_LIMIT_MS }, `${ids.join("\n")}\n`);
  if (!result.ok) return undefined;
  for (const line of result.stdout.toString("utf8").split("\n")) {
    const [id, type, size] = line.split(" ");
    if (id && type === "blob" && size !== undefined) sizes.set(id, Number(size));
  }
  return sizes;
}

/** Parses `git cat-file --batch` output: for each object "<id> <type> <size>\n<content>\n". */
function parseBatch(output: Buffer, into: Map<string, string | undefined>): void {
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(0x0a, at);
    if (end === -1) return;
    const [id, type, size] = output.subarray(at, end).toString("utf8").split(" ");
    if (!id || type === "missing" || size === undefined) {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    into.set(id, length > MAX_BLOB_BYTES ? undefined : decodeContent(output.subarray(end + 1, end + 1 + length)));
    at = end + 1 + length + 1;
  }
}

/** One `git cat-file --batch` of `ids`, whose output may be at most `maxBytes`; false when git failed or it was more. */
function readBatch(dir: string, ids: readonly string[], maxBytes: number, into: Map<string, string | undefined>, quiet = false): boolean {
  const result = runGit(dir, ["cat-file", "--batch"], { maxBytes, timeoutMs: TIME_LIMIT_MS, quiet }, `${ids.join("\n")}\n`);
  if (result.ok) parseBatch(result.stdout, into);
  return result.ok;
}

/**
 * The text of past revisions (blobs) by id, read with as few `git cat-file --batch`
 * calls as the size bound allows. A few blobs (one history page's) are asked for
 * at once, the output bounded at 16 MB; more, or when that bound is hit, their
 * sizes are asked first (`--batch-check`) and they are read in batches of at most
 * 16 MB. A blob that is missing, larger than a content file may be, or not UTF-8
 * text maps to undefined: that revision was not a valid day, so it is never shown.
 * A blob that git could not be asked about (it failed or hit a bound) is absent,
 * so callers can ask again later.
 */
export function readGitBlobs(dir: string, ids: readonly string[]): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  const wanted = [...new Set(ids)].filter((id) => OBJECT_ID.test(id));
  if (wanted.length === 0) return texts;
  if (wanted.length <= FEW_BLOBS && readBatch(dir, wanted, MAX_BATCH_BYTES, texts, true)) return texts;
  const sizes = readBlobSizes(dir, wanted);
  if (!sizes) return texts;
  let batch: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (batch.length > 0) readBatch(dir, batch, bytes + batch.length * 100 + 1024, texts);
    batch = [];
    bytes = 0;
  };
  for (const id of wanted) {
    const size = sizes.get(id);
    if (size === undefined || size > MAX_BLOB_BYTES) {
      texts.set(id, undefined);
      continue;
    }
    if (bytes + size > MAX_BATCH_BYTES) flush();
    batch.push(id);
    bytes += size;
  }
  flush();
  return texts;
}
