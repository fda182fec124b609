/**
 * Runs a tRPC mutation that takes no input with one `fetch`, for islands too small to be worth the
 * tRPC and react-query client (the header's bell, on every page of a signed-in reader). The body `{}`
 * is what superjson reads as "no input". Resolves to null, or to the error's catalog key (as
 * readClientError reads it from the tRPC client).
 */
export async function callMutation(path: string): Promise<string | null> {
  try {
    const response = await fetch(`/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { error?: { json?: { message?: unknown } } } | null;
    const message = body?.error?.json?.message;
    return typeof message === "string" && message ? message : "errors.unexpected";
  } catch {
    return "errors.unexpected";
  }
}
