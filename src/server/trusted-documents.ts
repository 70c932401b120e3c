import { readFileSync } from 'node:fs';
import { type DocumentNode, type GraphQLSchema, Kind, parse, validate, visit, BREAK } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConfigError, type TrustedDocumentsConfig } from '../config.ts';
import { PersistedDocumentNotFoundError, PersistedDocumentRequiredError } from '../resolvers/graphql-errors.ts';
import { authenticate } from './auth.ts';
import { FAST_PATH, type FastPathHooks, type RequestParams } from './fast-graphql.ts';

/**
 * Trusted-documents mode (`TRUSTED_DOCUMENTS`): the gateway runs the documents of a manifest, named
 * by id, and nothing else, except for admin clients (`ADMIN_CLIENTS`), who may send any document,
 * introspection included.
 *
 * The manifest is a JSON object of id → document, as GraphQL Code Generator's client preset writes
 * it (`persisted-documents.json`, ids are sha256 hex). A client names a document with
 * `"documentId": "sha256:<hex>"` (or the manifest's own key) or, as Apollo clients do,
 * `extensions.persistedQuery.sha256Hash`. Over graphql-ws, whose subscribe message needs a `query`
 * string, send `"query": ""` beside either.
 */
export class TrustedDocuments {
  readonly #documents: ReadonlyMap<string, string>;
  readonly #admins: ReadonlySet<string>;

  constructor(documents: ReadonlyMap<string, string>, adminClients: readonly string[]) {
    this.#documents = documents;
    this.#admins = new Set(adminClients);
  }

  /**
   * Reads and checks the manifest: every document must parse, be valid against `schema` and use no
   * introspection (which this mode keeps for admin clients). Throws a ConfigError naming the problem.
   */
  static load(config: TrustedDocumentsConfig, schema: GraphQLSchema): TrustedDocuments {
    const fail = (why: string): never => {
      throw new ConfigError(`Invalid configuration:\n  TRUSTED_DOCUMENTS: ${why}`);
    };
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(config.manifest, 'utf8'));
    } catch (err) {
      return fail(`cannot read ${config.manifest} as JSON (${(err as Error).message})`);
    }
    if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) return fail(`${config.manifest} is not a JSON object of id → document`);
    const documents = new Map<string, string>();
    for (const [id, text] of Object.entries(manifest)) {
      if (typeof text !== 'string') return fail(`the entry ${JSON.stringify(id)} is not a document (a string)`);
      let doc: DocumentNode;
      try {
        doc = parse(text);
      } catch (err) {
        return fail(`document ${id} does not parse: ${(err as Error).message}`);
      }
      const errors = validate(schema, doc);
      if (errors.length > 0) return fail(`document ${id} is not valid against this schema: ${errors[0]!.message}`);
      if (usesIntrospection(doc)) return fail(`document ${id} uses introspection (__schema or __type), which trusted-documents mode keeps for admin clients`);
      documents.set(id, text);
    }
    if (documents.size === 0) return fail(`${config.manifest} holds no documents`);
    return new TrustedDocuments(documents, config.adminClients);
  }

  get size(): number {
    return this.#documents.size;
  }

  /** The document named `id`: the manifest's own key, or a `sha256:` prefix added to or taken from it. */
  get(id: string): string | undefined {
    const docs = this.#documents;
    return docs.get(id) ?? (id.startsWith('sha256:') ? docs.get(id.slice(7)) : docs.get(`sha256:${id}`));
  }

  /** Whether the client may send documents outside the manifest. */
  isAdmin(clientName: string | undefined): boolean {
    return clientName !== undefined && this.#admins.has(clientName);
  }

  /**
   * The params to run: the manifest's document for the id sent (whatever `query` came with it),
   * or, for an admin, the document sent as text. Throws PersistedDocumentNotFoundError for an
   * unknown id and PersistedDocumentRequiredError for a document sent as text by anyone else.
   */
  resolve<P extends RequestParams>(params: P, isAdmin: () => boolean): P & { query: string } {
    const id = idOf(params);
    if (id === undefined) {
      if (typeof params.query === 'string' && isAdmin()) return params as P & { query: string };
      throw new PersistedDocumentRequiredError();
    }
    const query = this.get(id);
    if (query === undefined) throw new PersistedDocumentNotFoundError(id);
    const { documentId: _, ...rest } = params;
    return { ...(rest as P), query };
  }

  /**
   * Yoga's side: an onParams hook (before yoga checks the params) that puts the document in place,
   * also reading `documentId` from a GET query string. The fast path applies the same resolution.
   */
  plugin(clients: { name: string; key: string }[]): Plugin & { [FAST_PATH]: FastPathHooks } {
    const resolve = (params: RequestParams, request: { headers: { get(name: string): string | null } }) =>
      this.resolve(params, () => {
        const client = authenticate(request.headers.get('authorization'), clients);
        return client ? this.isAdmin(client.name) : false;
      });
    return {
      [FAST_PATH]: { params: resolve },
      onParams({ params, request, setParams }) {
        let sent = params as RequestParams;
        if (request.method === 'GET' && sent.documentId === undefined) {
          const id = new URL(request.url).searchParams.get('documentId');
          if (id) sent = { ...sent, documentId: id };
        }
        setParams(resolve(sent, request) as typeof params);
      },
    };
  }
}

/** The document id a request names, if any. */
function idOf(params: RequestParams): string | undefined {
  if (params.documentId !== undefined && params.documentId !== null) return String(params.documentId);
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? `sha256:${persisted.sha256Hash}` : undefined;
}

function usesIntrospection(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
