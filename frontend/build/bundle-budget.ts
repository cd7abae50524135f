import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

interface BundleBudgetOptions {
  /** The most gzipped JavaScript, in kB (1000 bytes, as Vite reports), the first route may load. */
  maxFirstRouteJsGzipKb: number;
}

/**
 * Prints how much JavaScript the first route loads (the entry chunk and everything it imports
 * statically, gzipped) and fails the build when that exceeds the budget. Lazy routes do not count:
 * they load only when visited.
 */
export function bundleBudget({ maxFirstRouteJsGzipKb }: BundleBudgetOptions): Plugin {
  return {
    name: 'pytopus-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = firstRouteChunks(bundle);
      const bytes = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0);
      const kb = bytes / 1000;
      const summary =
        `First-route JS: ${kb.toFixed(1)} kB gzipped in ${String(chunks.length)} file(s) ` +
        `(budget ${String(maxFirstRouteJsGzipKb)} kB)`;
      if (kb > maxFirstRouteJsGzipKb) {
        this.error(`${summary}: over budget. Lazy-load the route or drop a dependency.`);
      }
      console.log(summary);
    },
  };
}

function firstRouteChunks(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  const byName = new Map<string, Rolldown.OutputChunk>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') byName.set(output.fileName, output);
  }
  const seen = new Set<string>();
  const pending = [...byName.values()].filter((chunk) => chunk.isEntry).map((c) => c.fileName);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const chunk = byName.get(name);
    if (chunk === undefined || seen.has(name)) continue;
    seen.add(name);
    pending.push(...chunk.imports);
  }
  return [...seen].flatMap((name) => byName.get(name) ?? []);
}
