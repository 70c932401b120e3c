import { type GraphQLBody, type GraphQLResponse, type Headers, queryText, type TypedDocumentNode } from './graphql.ts';

/**
 * POSTs one operation as a GraphQL multipart request (the spec yoga implements): an `operations`
 * part with the variables' files set to null, a `map` part naming where each goes, then one part per
 * file. Every top-level variable that is a `File` is sent that way. Sends yoga's CSRF header unless
 * `headers` say otherwise (a browser form could not). `byId`: the document's manifest id
 * (`documentId`, trusted-documents mode) instead of its text.
 */
export async function postMultipart<TData, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  headers: Headers = { 'x-graphql-yoga-csrf': '1' },
  byId = false,
): Promise<GraphQLResponse<TData>> {
  const form = new FormData();
  const map: Record<string, string[]> = {};
  const files: File[] = [];
  const sent: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (value instanceof File) {
      map[String(files.length)] = [`variables.${name}`];
      files.push(value);
      sent[name] = null;
    } else sent[name] = value;
  }
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (byId && !hash) throw new Error('this document has no manifest id (only the documents of operations/ do)');
  form.set('operations', JSON.stringify(byId ? { documentId: hash, variables: sent } : { query: queryText(document), variables: sent }));
  form.set('map', JSON.stringify(map));
  for (const [i, file] of files.entries()) form.set(String(i), file, file.name);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    body: form,
    headers: { accept: 'application/graphql-response+json, application/json', ...headers },
  });
  const text = await res.text();
  return { status: res.status, headers: Object.fromEntries(res.headers), body: JSON.parse(text) as GraphQLBody<TData> };
}
