// Work that would only wait on one row lock anyway runs one at a time per key in this process, so a
// burst of it holds one pooled connection instead of all of them (and starves nothing else).
const tails = new Map<string, Promise<unknown>>();

/** Runs `run` after every earlier task with the same key has settled (in this process). */
export async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const current = (tails.get(key) ?? Promise.resolve()).then(run, run);
  const tail = current.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await current;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
