import type { DocumentNode } from 'graphql';
import { loadGatewayConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { startGateway, type Gateway } from '../../src/server/gateway.ts';
import { type GraphQLResponse, type Headers, postGraphQL, type TypedDocumentNode, type VariablesAndHeaders } from './graphql.ts';
import { freePort } from './process.ts';

/**
 * A real gateway on a loopback port for tests: in-process sandbox unless provider keys and base
 * URLs are given in `env`, in-memory store unless `DATA_DIR` is given, fast sandbox time and polls.
 * Every log line is kept in `logs` (as the process would write them) so tests can read them.
 */
export interface TestGateway {
  gateway: Gateway;
  url: string;
  logs: string[];
  /**
   * POSTs one operation over real HTTP: a typed document from `graphql(…)`, whose variables are
   * checked and whose result types `body.data`.
   */
  gql<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...args: VariablesAndHeaders<TVariables>): Promise<GraphQLResponse<TData>>;
  /**
   * @deprecated The untyped form, kept for suites not yet moved to typed documents: use a
   * `graphql(…)` document, or `gqlRaw` for a request the schema must refuse.
   */
  gql<TData = unknown>(query: string, variables?: Record<string, unknown>, headers?: Headers): Promise<GraphQLResponse<TData>>;
  /**
   * POSTs any text and any variables, for requests the schema must refuse (invalid documents, wrong
   * variable types, hostile input): `body.data` is `unknown`, to be narrowed by the test.
   */
  gqlRaw(query: string | DocumentNode, variables?: unknown, headers?: Headers): Promise<GraphQLResponse<unknown>>;
  stop(): Promise<void>;
}

export const FAST_ENV: Record<string, string> = {
  HOST: '127.0.0.1',
  DATA_DIR: 'memory://',
  LOG_LEVEL: 'debug',
  SANDBOX_TIME_SCALE: '0.01',
  POLL_MIN_INTERVAL_SECONDS: '0.05',
  POLL_ROOMAI_INTERVAL_SECONDS: '0.2',
  POLL_VIBEPEAK_INTERVAL_SECONDS: '0.2',
  // Node's process metrics start an event-loop monitor and a GC observer that outlive a gateway: one
  // test process starts hundreds of gateways.
  METRICS_PROCESS: 'false',
};

export { freePort };

export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const logs: string[] = [];
  let gateway: Gateway | undefined;
  // A free port can be taken by another process of the run between `freePort` and the listen:
  // a port this helper chose is chosen again (a port the test gave is its own business).
  for (let attempt = 1; !gateway; attempt++) {
    const port = env.PORT ?? String(await freePort());
    const config = loadGatewayConfig({ ...FAST_ENV, PORT: port, ...env });
    const logger = createLogger({ level: config.logLevel, write: (line) => void logs.push(line) });
    try {
      gateway = await startGateway({ config, logger });
    } catch (err) {
      if (env.PORT !== undefined || (err as { code?: string }).code !== 'EADDRINUSE' || attempt >= 3) throw err;
      logs.length = 0;
    }
  }
  const url = gateway.url;
  return {
    gateway,
    url,
    logs,
    gql: <TData>(query: string | DocumentNode, variables?: unknown, headers?: Headers) => postGraphQL<TData>(url, query, variables, headers),
    gqlRaw: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    stop: () => gateway.stop(),
  };
}

/** One log line as the gateway wrote it, parsed: `level`, `msg` and the line's own fields. */
export type LogRecord = { level: string; msg: string } & Record<string, unknown>;

/** One log line, parsed. */
export function parseLogLine(line: string): LogRecord {
  return JSON.parse(line) as LogRecord;
}

/** Every log line of a test gateway, parsed. */
export function logRecords(gw: Pick<TestGateway, 'logs'>): LogRecord[] {
  return gw.logs.map(parseLogLine);
}

/** Polls `check` until it returns a value other than undefined, at most `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A valid narration for `photos` photos: 75 characters per photo, letters and spaces only. */
export function scriptFor(photos: number, perPhoto = 75): string {
  const unit = 'Bright rooms and warm light make this home a calm place to live and relax. ';
  return unit
    .repeat(Math.ceil((photos * perPhoto) / unit.length) + 1)
    .slice(0, photos * perPhoto)
    .replace(/\s$/, 'x');
}

export const VOICE = { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' };
