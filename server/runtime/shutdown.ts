// What a server process must close before it exits cleanly (database pool or PGlite, the LISTEN
// connection). Kept on globalThis: scripts/start.ts runs the shutdown, while the resources are
// opened by Next's server bundle, which loads its own copy of this module.
type Hook = { name: string; run: () => Promise<void> | void };

const hooks = ((globalThis as { concordShutdownHooks?: Hook[] }).concordShutdownHooks ??= []);

/** Registers a resource to close on shutdown; hooks run last-registered first (users before what they use). */
export function onShutdown(name: string, run: Hook["run"]): void {
  hooks.push({ name, run });
}

/** Runs every hook once, each to completion or failure; a failing hook does not stop the others. */
export async function runShutdownHooks(log: (line: string) => void = console.error): Promise<boolean> {
  let clean = true;
  for (const hook of hooks.splice(0).reverse()) {
    try {
      await hook.run();
    } catch (error) {
      clean = false;
      log(`Closing ${hook.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return clean;
}
