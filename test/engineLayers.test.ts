/**
 * Issue 13 §1: the engine's folders form layers. madge (npm run cycles) keeps modules free of cycles; this
 * keeps folders free of them too, so that each folder can be read knowing only the folders below it.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ENGINE = join(__dirname, "..", "src", "engine");

/** A module's node: its folder under the engine, or the file itself at the engine's top. */
const nodeOf = (file: string) =>
  relative(ENGINE, file)
    .split("/")[0]!
    .replace(/\.tsx?$/, "");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sources(ENGINE)) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      const to = nodeOf(resolve(dirname(file), spec!));
      if (to !== from && !edges.has(to)) edges.set(to, relative(ENGINE, file));
    }
  }
  return graph;
}

/** Every cycle's path through the folder graph, each named by the file that closes an edge. */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    path.push(node);
    for (const [next, file] of graph.get(node) ?? []) {
      if (state.get(next) === "open")
        found.push(`${path.slice(path.indexOf(next)).join(" → ")} → ${next} (${file})`);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

test("no two engine folders import each other, directly or round a loop", () => {
  const graph = folderGraph();
  expect(graph.size).toBeGreaterThan(10);
  expect(cycles(graph)).toEqual([]);
});

test("the check sees a loop when there is one", () => {
  const graph = new Map([
    ["a", new Map([["b", "a/x.ts"]])],
    ["b", new Map([["a", "b/y.ts"]])],
  ]);
  expect(cycles(graph)).toEqual(["a → b → a (b/y.ts)"]);
});
