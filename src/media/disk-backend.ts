import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ByteRange, ListedObject, MediaBackend, MediaObject } from './store.ts';

/**
 * The embedded media backend: files in a folder (by default `DATA_DIR/media`), nothing to install.
 *
 * `data/<key>` holds the bytes and `meta/<key>.json` what `head` returns. A put moves the verified
 * file into `data/` (a rename on one filesystem: a reader sees the old file or the new one, never
 * half of one), then writes the description the same way. The description is what makes an object
 * exist: a crash between the two leaves bytes nobody serves, replaced by the next put of the key.
 *
 * `memory://` (`DATA_DIR=memory://`, tests) uses a temporary folder, removed by `close`.
 */
export class DiskMediaBackend implements MediaBackend {
  readonly engine = 'disk';
  readonly spoolDir: string;
  readonly #root: string;
  readonly #temporary: boolean;

  private constructor(root: string, temporary: boolean) {
    this.#root = root;
    this.#temporary = temporary;
    this.spoolDir = join(root, 'tmp');
  }

  /** Opens (creating) the folder; `memory://…` opens a temporary one. */
  static async open(dir: string): Promise<DiskMediaBackend> {
    const temporary = dir.startsWith('memory://');
    const root = temporary ? await mkdtemp(join(tmpdir(), 'tourgraph-media-')) : dir;
    await mkdir(join(root, 'tmp'), { recursive: true, mode: 0o700 });
    await mkdir(join(root, 'data'), { recursive: true });
    await mkdir(join(root, 'meta'), { recursive: true });
    // Spooled files a crash left behind.
    for (const name of await readdir(join(root, 'tmp'))) await rm(join(root, 'tmp', name), { force: true });
    return new DiskMediaBackend(root, temporary);
  }

  #data(key: string): string {
    return join(this.#root, 'data', key);
  }

  #meta(key: string): string {
    return join(this.#root, 'meta', `${key}.json`);
  }

  async putFile(key: string, path: string, object: Omit<MediaObject, 'key'>): Promise<void> {
    const data = this.#data(key);
    const meta = this.#meta(key);
    await Promise.all([mkdir(dirname(data), { recursive: true }), mkdir(dirname(meta), { recursive: true })]);
    await rename(path, data);
    const spooledMeta = join(this.spoolDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(spooledMeta, JSON.stringify({ key, ...object }), { mode: 0o600 });
    await rename(spooledMeta, meta);
  }

  async head(key: string): Promise<MediaObject | null> {
    try {
      return JSON.parse(await readFile(this.#meta(key), 'utf8')) as MediaObject;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable | null> {
    const path = this.#data(key);
    // Opened before it is handed over, so a missing file is null here rather than an error mid-stream.
    const stream = createReadStream(path, range ? { start: range.start, end: range.end } : {});
    return new Promise((resolve, reject) => {
      stream.once('open', () => resolve(stream));
      stream.once('error', (err) => ((err as NodeJS.ErrnoException).code === 'ENOENT' ? resolve(null) : reject(err)));
    });
  }

  async delete(key: string): Promise<void> {
    // The description first: from then on the object does not exist, whatever happens to the bytes.
    await rm(this.#meta(key), { force: true });
    await rm(this.#data(key), { force: true });
  }

  async list(prefix: string, after: string | null, limit: number): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    const metaRoot = join(this.#root, 'meta');
    // Walks `meta/` in key order, only into folders that can hold keys starting with `prefix`.
    const walk = async (dir: string, keyPrefix: string): Promise<void> => {
      let entries: { name: string; isDirectory(): boolean }[];
      try {
        entries = await readdir(join(metaRoot, dir), { withFileTypes: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
      const named = entries
        .map((e) => ({ entry: e, key: e.isDirectory() ? `${keyPrefix}${e.name}/` : `${keyPrefix}${e.name.replace(/\.json$/, '')}` }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const { entry, key } of named) {
        if (out.length >= limit) return;
        if (entry.isDirectory()) {
          if ((prefix.startsWith(key) || key.startsWith(prefix)) && !(after !== null && key < after && !after.startsWith(key)))
            await walk(join(dir, entry.name), key);
          continue;
        }
        if (!entry.name.endsWith('.json') || !key.startsWith(prefix) || (after !== null && key <= after)) continue;
        const info = await stat(join(metaRoot, dir, entry.name)).catch(() => null);
        if (info) out.push({ key, lastModified: info.mtime });
      }
    };
    await walk('', '');
    return out;
  }

  async ping(): Promise<void> {
    await stat(join(this.#root, 'meta'));
  }

  async close(): Promise<void> {
    if (this.#temporary) await rm(this.#root, { recursive: true, force: true });
  }
}
