import fs from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { computeFingerprintOffThread } from "./fingerprint-thread";
import { getStore, getStoreWatchPaths, isStoreCurrent, refreshStore, setStoreMonitored } from "./store";

/** A running monitor: its watchers by path, its timers, and who to tell about new content. */
interface Monitor {
  /** By path, with the folder's inode: a folder made anew at the same path (a checkout) needs a new watcher. */
  watchers: Map<string, { watcher: fs.FSWatcher; inode: number }>;
  onChange: (generation: number) => void;
  /** The store's generation when `onChange` was last told (or when watching began). */
  generation: number;
  debounce?: NodeJS.Timeout;
  publishTimer?: NodeJS.Timeout;
  polling: boolean;
}

/** Events within this long of each other are one change (a `git pull` writes many files). */
const SETTLE_MS = 30;
/**
 * After a change, the server is asked again to render its pages this long after the first time:
 * past a render begun before it, even when that render waits behind the burst of renders a change
 * brings (the bench once saw a new day's 404, rendered just before the change, kept for 19 s).
 */
const LATER_CALLS_MS = [1_000, 3_000];
const holder = globalThis as typeof globalThis & { __daybookMonitor?: Monitor };

/**
 * Starts watching the content folder (a production server, once per process), so that a
 * change is published within a second of reaching the disk rather than on the next request
 * after a polling interval: the folder and each conflict's folder are watched (`fs.watch`,
 * inotify on Linux), and so is the repository's folder (a commit or a `git pull` that changes
 * no file still changes history); every CONTENT_REFRESH_MS the files are also stat'ed off the
 * main thread, for file systems whose events do not arrive (network mounts, some containers);
 * and a timer fires when the next scheduled day is due. On each change the store is refreshed
 * and, when it built new content, `onChange` is told its generation (the server then has
 * Next.js render its pages again). Requests then never stat the files themselves.
 */
export function startContentMonitor(onChange: (generation: number) => void): void {
  const { production, building, refreshMs } = getConfig();
  if (!production || building || holder.__daybookMonitor) return;
  const monitor: Monitor = { watchers: new Map(), onChange, polling: false, generation: getStore().generation };
  holder.__daybookMonitor = monitor;
  setStoreMonitored();
  rewatch(monitor);
  if (refreshMs > 0) setInterval(() => void poll(monitor), refreshMs).unref();
}

function schedule(monitor: Monitor): void {
  clearTimeout(monitor.debounce);
  monitor.debounce = setTimeout(() => check(monitor), SETTLE_MS).unref();
}

function check(monitor: Monitor): void {
  let generation: number;
  try {
    generation = refreshStore().generation;
  } catch (error) {
    // Never an exception in a timer, which would stop the server: the next change or poll tries again.
    console.error(`Daybook content monitor: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  rewatch(monitor);
  // Against the last generation told, not the store's before this check: a request may have built
  // the new store already (a scheduled day falls due on whichever comes first).
  if (generation === monitor.generation) return;
  monitor.generation = generation;
  monitor.onChange(generation);
  // A page whose render began before the refresh, from the old content, and ended after the first
  // call would be kept as new: told again once such renders are over, its server renders it again.
  for (const delay of LATER_CALLS_MS) setTimeout(() => monitor.onChange(generation), delay).unref();
}

async function poll(monitor: Monitor): Promise<void> {
  if (monitor.polling) return;
  monitor.polling = true;
  try {
    const files = await computeFingerprintOffThread(getStoreWatchPaths().dir);
    if (!isStoreCurrent(files)) check(monitor);
  } catch (error) {
    console.error(`Daybook content monitor: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    monitor.polling = false;
  }
}

/** Watches what is there now (folders come and go), and sets the timer of the next scheduled day. */
function rewatch(monitor: Monitor): void {
  const { dir, gitDir, nextPublishAt } = getStoreWatchPaths();
  const wanted = new Set(getConfig().watchContent ? [dir, ...listFolders(dir), ...(gitDir ? [gitDir] : [])] : []);
  for (const [folder, { watcher, inode }] of monitor.watchers) {
    if (wanted.has(folder) && readInode(folder) === inode) continue;
    watcher.close();
    monitor.watchers.delete(folder);
  }
  for (const folder of wanted) {
    const inode = readInode(folder);
    if (monitor.watchers.has(folder) || inode === undefined) continue;
    try {
      const watcher = fs.watch(folder, { persistent: false }, () => schedule(monitor));
      // A folder that vanishes ends its watcher; the poll, or the parent folder's event, notices.
      watcher.on("error", () => {
        watcher.close();
        if (monitor.watchers.get(folder)?.watcher === watcher) monitor.watchers.delete(folder);
        schedule(monitor);
      });
      monitor.watchers.set(folder, { watcher, inode });
    } catch {
      // Unwatchable (too many watches): the poll still finds its changes.
    }
  }
  clearTimeout(monitor.publishTimer);
  if (nextPublishAt !== undefined) {
    // setTimeout's longest delay is about 24.8 days; a later day is looked at again then.
    const delay = Math.min(Math.max(0, nextPublishAt - Date.now()) + 5, 2 ** 31 - 1);
    monitor.publishTimer = setTimeout(() => check(monitor), delay).unref();
  }
}

function readInode(folder: string): number | undefined {
  try {
    return fs.statSync(folder).ino;
  } catch {
    return undefined;
  }
}

function listFolders(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => path.join(dir, entry.name));
  } catch {
    return [];
  }
}
