import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ByteRange, ListedObject, MediaBackend, MediaObject } from './store.ts';

/**
 * The embedded media backend: files in a folder (by default `DATA_DIR/media`), nothing to install.
 *
 * `meta/<key>.json` is what `head` returns, and names the bytes: `data/<key>/<sha256>`. A put moves
 * the verified file into place under its hash (a rename on one filesystem), then writes the
 * description the same way; versions it replaced are removed by a later put, an hour on. The description is what makes
 * an object exist and says which bytes are its own, so two puts of one key at once leave one whole
 * object (the last description written, and its bytes), and a crash between the renames leaves
 * bytes nobody serves, removed by the next put of the key.
 *
 * `memory://` (`DATA_DIR=memory://`, tests) uses a temporary folder, removed by `close`.
 */
/** How long a replaced version of a key is kept before a later put removes it. */
const OLD_VERSION_MS = 3_600_000;

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

  #data(key: string, sha256: string): string {
    return join(this.#root, 'data', key, sha256);
  }

  #meta(key: string): string {
    return join(this.#root, 'meta', `${key}.json`);
  }

  async putFile(key: string, path: string, object: Omit<MediaObject, 'key'>): Promise<void> {
    const data = this.#data(key, object.sha256);
    const meta = this.#meta(key);
    await Promise.all([mkdir(dirname(data), { recursive: true }), mkdir(dirname(meta), { recursive: true })]);
    await rename(path, data);
    const spooledMeta = join(this.spoolDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(spooledMeta, JSON.stringify({ key, ...object }), { mode: 0o600 });
    await rename(spooledMeta, meta);
    // Older versions of the key, replaced a while ago: a concurrent put's own bytes are never that old.
    const current = (await this.head(key))?.sha256;
    for (const name of await readdir(dirname(data)).catch(() => [])) {
      const version = join(dirname(data), name);
      const info = name === current ? null : await stat(version).catch(() => null);
      if (info && Date.now() - info.mtimeMs > OLD_VERSION_MS) await rm(version, { force: true });
    }
  }

  async head(key: string): Promise<MediaObject | null> {
    try {
      return JSON.parse(await readFile(this.#meta(key), 'utf8')) as MediaObject;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async read(key: string, range?: ByteRange, sha256?: string): Promise<Readable | null> {
    const version = sha256 ?? (await this.head(key))?.sha256;
    if (!version) return null;
    const path = this.#data(key, version);
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
    await rm(join(this.#root, 'data', key), { recursive: true, force: true });
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
