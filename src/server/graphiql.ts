import { readFileSync } from 'node:fs';
import { astFromValue, Kind, parse, print, typeFromAST, visit, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL, served whole from the `@graphql-yoga/render-graphiql` package (no CDN: it works
 * offline), opening with an example create mutation per provider, a task query and a subscription.
 */

const operationsDir = new URL('../../operations/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, operationsDir), 'utf8');

/** A preloaded create mutation: an operation of `operations/` and the variables written into it. */
export interface ExampleOperation {
  /** File name in `operations/`, e.g. `CreateFlythroughVideo.graphql`. */
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * The operation with the given variables written into it as literals, typed by the schema (enums
 * stay enums). GraphiQL does not load a default tab's variables (graphql/graphiql#3392), so the
 * preloaded mutations carry their example input inline and run with one click.
 */
export function inlineVariables(schema: GraphQLSchema, source: string, variables: Record<string, unknown>): string {
  const comment = source
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .join('\n');
  const doc = parse(source);
  const types = new Map<string, GraphQLInputType>();
  const inlined = visit(doc, {
    OperationDefinition(node) {
      for (const def of node.variableDefinitions ?? []) types.set(def.variable.name.value, typeFromAST(schema, def.type) as GraphQLInputType);
      return { ...node, variableDefinitions: (node.variableDefinitions ?? []).filter((d) => !(d.variable.name.value in variables)) };
    },
    Variable(node) {
      const name = node.name.value;
      const type = types.get(name);
      return name in variables && type ? (astFromValue(variables[name], type) ?? { kind: Kind.NULL }) : undefined;
    },
  });
  return `${comment ? `${comment}\n` : ''}${print(inlined)}\n`;
}

export function graphiqlOptions(schema: GraphQLSchema, examples: ExampleOperation[], authRequired: boolean): GraphiQLOptions {
  const fields = read('TaskFields.graphql');
  const tabs = [
    ...examples.map((e) => ({ query: inlineVariables(schema, read(e.operation), e.variables) })),
    { query: `${read('Task.graphql')}\n${fields}`, variables: JSON.stringify({ id: '<paste a task id>' }, null, 2) },
    { query: `${read('TaskUpdates.graphql')}\n${fields}`, variables: JSON.stringify({ id: '<paste a task id>' }, null, 2) },
    { query: `${read('Tasks.graphql')}\n${fields}`, variables: JSON.stringify({ first: 10 }, null, 2) },
  ];
  return {
    title: 'TourGraph',
    defaultTabs: tabs,
    subscriptionsProtocol: 'WS',
    headers: authRequired ? JSON.stringify({ Authorization: 'Bearer <your gateway key>' }, null, 2) : '{}',
    // The tabs that take variables (a task id) must show them; GraphiQL opens Headers when headers are set.
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  };
}

/**
 * The page is about 9 MB of inlined assets: loaded on the first visit (not at start, where it
 * would cost ~50 MB of memory to every gateway that never serves it), rendered once per set of
 * options.
 */
export function cachedGraphiQLRenderer() {
  let last: { key: string; html: string } | null = null;
  return async (opts?: GraphiQLOptions) => {
    const key = JSON.stringify(opts ?? {});
    if (last?.key !== key) {
      const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
      last = { key, html: withFirstTabClickFix(renderGraphiQL(opts)) };
    }
    return last.html;
  };
}

/**
 * GraphiQL's tabs are drag-to-reorder (framer-motion, graphql/graphiql#3111), and the first click on
 * a tab after the page loads does not switch to it: the tab bar re-renders between pointerdown and
 * pointerup, so the pointerup and its click land on the tab list, not the tab (seen on a bare yoga
 * page too; no upstream issue found). A pointerdown on a tab's button followed by a pointerup at the
 * same spot (a click, not a drag) that leaves that tab inactive is completed here with a click on
 * it: the tab found again by its place, looked at for a few hundred ms (a busy page shows a switch
 * late), clicked only if still inactive. Inline in our own page: nothing is loaded from elsewhere.
 */
const FIRST_TAB_CLICK_FIX = `(() => {
  let down = null;
  const tabs = () => [...document.querySelectorAll('.graphiql-tabs .graphiql-tab')];
  document.addEventListener('pointerdown', (e) => {
    const tab = e.button === 0 && e.target instanceof Element && e.target.closest('.graphiql-tab-button') ? e.target.closest('.graphiql-tab') : null;
    down = tab ? { x: e.clientX, y: e.clientY, index: tabs().indexOf(tab) } : null;
  }, true);
  document.addEventListener('pointerup', (e) => {
    const at = down;
    down = null;
    if (!at || at.index < 0 || Math.hypot(e.clientX - at.x, e.clientY - at.y) > 5) return;
    // The tab that was pressed, by its place (the bar re-renders its elements): a few looks, since
    // a busy page may take a while to show the switch the click did make.
    const complete = (tries) => {
      const tab = tabs()[at.index];
      if (!tab || tab.classList.contains('graphiql-tab-active')) return;
      if (tries === 0) tab.querySelector('.graphiql-tab-button')?.click();
      else setTimeout(() => complete(tries - 1), 100);
    };
    setTimeout(() => complete(3), 50);
  }, true);
})();`;

function withFirstTabClickFix(html: string): string {
  // The page's own closing tag is the last one (the inlined bundle may contain the text too).
  const end = html.lastIndexOf('</body>');
  const script = `<script>${FIRST_TAB_CLICK_FIX}</script>`;
  return end === -1 ? html + script : html.slice(0, end) + script + html.slice(end);
}
