import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, waitForExit } from './process.ts';

/**
 * A real S3-compatible server for tests: s3rver in a child process, bound to 127.0.0.1 on an
 * ephemeral port, its objects in a temporary folder, with one bucket. The credentials are s3rver's
 * fixed ones. `stop()` ends the process and removes the folder.
 */
export interface S3Server {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

const CHILD = new URL('./s3rver-child.mjs', import.meta.url).pathname;

export async function startS3Server(bucket = 'tourgraph-media'): Promise<S3Server> {
  const dir = await mkdtemp(join(tmpdir(), 'tourgraph-s3rver-'));
  // stdin stays open as a lifeline: when this process dies, the child sees its end and stops.
  const child = spawn(process.execPath, ['--openssl-legacy-provider', CHILD, dir, bucket], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`s3rver did not start within 20 s:\n${output}`)), 20_000);
      let line = '';
      child.stdout!.on('data', (d) => {
        line += d;
        const match = /\{"port":(\d+)\}/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`s3rver exited with ${code}:\n${output}`));
      });
    });
    return {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      async stop() {
        if (!exited(child)) {
          child.kill('SIGTERM');
          if (!(await waitForExit(child, 5_000))) child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
