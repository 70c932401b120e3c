import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL, served whole from the `@graphql-yoga/render-graphiql` package (no CDN: it works
 * offline), opening with example operations for both mutations, a task query and a subscription.
 */

const operationsDir = new URL('../../operations/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, operationsDir), 'utf8');

export interface ExamplePhotos {
  /** A photo the configured providers can fetch (the sandbox's own when in sandbox mode). */
  room: string;
  kitchen: string;
}

export function graphiqlOptions(photos: ExamplePhotos, authRequired: boolean): GraphiQLOptions {
  const fields = read('TaskFields.graphql');
  const script =
    'Welcome to this bright family home. The open living room is full of light and calm warm tones.';
  const tabs = [
    {
      query: read('CreateFlythroughVideo.graphql'),
      variables: JSON.stringify({ input: { photoUrl: photos.room, style: 'MODERN', prompt: 'cinematic walkthrough with warm lighting' } }, null, 2),
    },
    {
      query: read('CreatePropertyVideo.graphql'),
      variables: JSON.stringify(
        {
          input: {
            photos: [{ url: photos.room, roomType: 'LIVING_ROOM' }],
            voice: { voiceId: 'EXAVITQu4vr4xnSDxMaL', language: 'en' },
            modificationMode: 'NO_MODIFY',
            script,
            backgroundMusic: true,
            subtitle: { preset: 'CLASSIC' },
          },
        },
        null,
        2,
      ),
    },
    { query: `${read('Task.graphql')}\n${fields}`, variables: JSON.stringify({ id: '<paste a task id>' }, null, 2) },
    { query: `${read('TaskUpdates.graphql')}\n${fields}`, variables: JSON.stringify({ id: '<paste a task id>' }, null, 2) },
    { query: `${read('Tasks.graphql')}\n${fields}`, variables: JSON.stringify({ first: 10 }, null, 2) },
  ];
  return {
    title: 'TourGraph',
    defaultTabs: tabs,
    subscriptionsProtocol: 'WS',
    headers: authRequired ? JSON.stringify({ Authorization: 'Bearer <your gateway key>' }, null, 2) : '{}',
    shouldPersistHeaders: false,
  };
}

/** The page is about 9 MB of inlined assets: render it once per set of options. */
export function cachedGraphiQLRenderer() {
  let last: { key: string; html: string } | null = null;
  return (opts?: GraphiQLOptions) => {
    const key = JSON.stringify(opts ?? {});
    if (last?.key !== key) last = { key, html: renderGraphiQL(opts) };
    return last.html;
  };
}
