import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import type { SandboxAdmin } from './admin.ts';
import { SANDBOX_KEYS, sandboxWebhookSecret } from './keys.ts';
import { mediaUrls, type MediaUrls } from './media.ts';
import { RoomAiEmulator } from './roomai/emulator.ts';
import { Scheduler } from './scheduler.ts';
import { VibePeakEmulator } from './vibepeak/emulator.ts';

export type { Outcome, SandboxAdmin } from './admin.ts';
export type { Fault } from './http/faults.ts';
export type { MediaUrls } from './media.ts';
export { SANDBOX_KEYS, SANDBOX_VOICES, sandboxWebhookSecret } from './keys.ts';
export { MEDIA, samplePhotoUrls } from './media.ts';

export interface SandboxOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** Each emulator's port. @default 0 (ephemeral) for each */
  ports?: { roomai?: number; vibepeak?: number } | undefined;
  /** Multiplies every contract duration (src/sandbox/durations.ts). @default 0.1 */
  timeScale?: number;
  /** When set, accounts and tasks persist to JSON files here and reload on start; tasks keep progressing by wall-clock time. */
  stateDir?: string;
  /** @default silentLogger */
  logger?: Logger;
}

interface ProviderSandbox {
  /** `http://host:port` */
  origin: string;
  /** Sample photos and videos served at `<origin>/media/…`. */
  media: MediaUrls;
  admin: SandboxAdmin;
}

export interface RoomAiSandbox extends ProviderSandbox {
  /** `<origin>/api/v1`, like `https://roomai.com/api/v1`. */
  baseUrl: string;
  keys: typeof SANDBOX_KEYS.roomai;
}

export interface VibePeakSandbox extends ProviderSandbox {
  /** `<origin>`, like `https://api.vibepeak.ai` (paths start `/v1`). */
  baseUrl: string;
  keys: typeof SANDBOX_KEYS.vibepeak;
  /** The webhook secret of a key (every key has its own). */
  webhookSecret(apiKey: string): string;
}

export interface Sandbox {
  roomai: RoomAiSandbox;
  vibepeak: VibePeakSandbox;
  /** Closes both servers and their open sockets, cancels timers and pending webhook retries. */
  stop(): Promise<void>;
}

/** Starts both emulators in-process (what `npm start` without provider keys and the tests use). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const scheduler = new Scheduler();
  const logger = options.logger ?? silentLogger;
  const shared = { timeScale: options.timeScale ?? 0.1, stateDir: options.stateDir, scheduler };
  const roomai = new RoomAiEmulator({ ...shared, logger: logger.child({ sandbox: 'roomai' }) });
  const vibepeak = new VibePeakEmulator({ ...shared, logger: logger.child({ sandbox: 'vibepeak' }) });
  const stop = async () => {
    scheduler.stop();
    await Promise.all([roomai.core.close(), vibepeak.core.close()]);
  };
  try {
    const [roomaiOrigin, vibepeakOrigin] = await Promise.all([
      roomai.core.listen(host, options.ports?.roomai ?? 0),
      vibepeak.core.listen(host, options.ports?.vibepeak ?? 0),
    ]);
    return {
      roomai: {
        origin: roomaiOrigin,
        baseUrl: `${roomaiOrigin}/api/v1`,
        media: mediaUrls(roomaiOrigin),
        keys: SANDBOX_KEYS.roomai,
        admin: roomai.core.admin,
      },
      vibepeak: {
        origin: vibepeakOrigin,
        baseUrl: vibepeakOrigin,
        media: mediaUrls(vibepeakOrigin),
        keys: SANDBOX_KEYS.vibepeak,
        admin: vibepeak.core.admin,
        webhookSecret: sandboxWebhookSecret,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
