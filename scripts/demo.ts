import cliProgress from 'cli-progress';
import { print, type DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ConfigError, loadDemoConfig } from '../src/config.ts';
import {
  CreateFlythroughVideoDocument,
  CreatePropertyVideoDocument,
  ProvidersDocument,
  TaskUpdatesDocument,
  type TaskFieldsFragment,
} from '../src/generated/graphql.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * `npm run demo`: against a running gateway (`npm start`), submits one flythrough and one property
 * video through the GraphQL API, draws a live progress bar per task from the `task` subscription
 * (graphql-ws), and prints the video URLs when both are done.
 */

let config: ReturnType<typeof loadDemoConfig>;
try {
  config = loadDemoConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const headers: Record<string, string> = { 'content-type': 'application/json' };
if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

async function gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch(`${config.gatewayUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: print(doc as DocumentNode), variables }) });
  } catch {
    throw new Error(`No gateway at ${config.gatewayUrl}: start it with \`npm start\` (or set GATEWAY_URL).`);
  }
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL error (HTTP ${res.status}): ${body.errors?.map((e) => e.message).join('; ')}`);
  return body.data;
}

const { providers } = await gql(ProvidersDocument);
const samples = providers.flatMap((p) => p.samplePhotoUrls);
const photo = config.photoUrl ?? samples[0];
if (!photo) throw new Error('The providers are real services: set DEMO_PHOTO_URL to a room photo of at least 1280×720 they can fetch.');
console.log(providers.map((p) => `${p.provider}: ${p.mode.toLowerCase()}${p.webhooks ? ' (webhooks on)' : ''}`).join('  ·  '));

const flythrough = (
  await gql(CreateFlythroughVideoDocument, { input: { photoUrl: photo, style: 'MODERN', prompt: 'cinematic walkthrough with warm lighting' } })
).createFlythroughVideo;
const property = (
  await gql(CreatePropertyVideoDocument, {
    input: {
      photos: [{ url: photo, roomType: 'LIVING_ROOM' }, ...(samples[1] ? [{ url: samples[1], roomType: 'KITCHEN' as const }] : [])],
      voice: { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' },
      script: samples[1]
        ? 'Welcome to this bright family home. The open living room is full of light and calm. The kitchen offers generous counters and a sunny spot for breakfast.'
        : 'Welcome to this bright family home. The open living room is full of light and calm.',
      backgroundMusic: true,
      subtitle: { preset: 'CLASSIC' },
    },
  })
).createPropertyVideo;

const started: { label: string; id: string }[] = [];
for (const [label, result] of [
  ['Flythrough (Room AI)', flythrough],
  ['Property video (VibePeak)', property],
] as const) {
  if ('task' in result) started.push({ label, id: result.task.id });
  else console.error(`${label}: ${result.__typename}: ${'message' in result ? result.message : ''}`);
}
if (started.length === 0) process.exit(1);

const ws = createClient({
  url: `${config.gatewayUrl.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
});
const bars = new cliProgress.MultiBar(
  { format: ' {label} |{bar}| {percentage}% · {status}', barsize: 30, hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 2000 },
  cliProgress.Presets.shades_classic,
);

let finals: TaskFieldsFragment[];
try {
  finals = await Promise.all(
    started.map(
      ({ label, id }) =>
        new Promise<TaskFieldsFragment>((resolve, reject) => {
          const bar = bars.create(100, 0, { label: label.padEnd(26), status: 'submitted' });
          let last: TaskFieldsFragment | null = null;
          ws.subscribe<{ task: TaskFieldsFragment }>(
            { query: print(TaskUpdatesDocument), variables: { id } },
            {
              next: ({ data, errors }) => {
                if (errors?.length) return reject(new Error(errors.map((e) => e.message).join('; ')));
                if (!data) return;
                last = data.task;
                const status =
                  last.status + (last.queuePosition != null ? ` (queue ${last.queuePosition})` : '') + (last.progress?.estimated ? ' · estimated' : '');
                bar.update(Math.round((last.progress?.fraction ?? 0) * 100), { status });
              },
              error: (err) => reject(err instanceof Error ? err : new Error(String((err as { reason?: string }).reason ?? err))),
              complete: () => (last ? resolve(last) : reject(new Error('subscription ended without a task'))),
            },
          );
        }),
    ),
  );
} finally {
  // Restore the terminal (the bars hide the cursor) and close the socket, whatever happened.
  bars.stop();
  await ws.dispose();
}

let failed = false;
for (const [i, task] of finals.entries()) {
  const label = started[i]!.label;
  if (task.status === 'SUCCEEDED') console.log(`✔ ${label}: ${task.video?.url}`);
  else {
    failed = true;
    console.log(`✘ ${label}: ${task.error?.code}: ${task.error?.message}`);
  }
}
process.exit(failed ? 1 : 0);
