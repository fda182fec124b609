import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { trustProxy } from "@/server/auth/client-address";
import { databaseAvailable, UNAVAILABLE_HEADER, UNAVAILABLE_PAGE } from "@/server/db/availability";
import { RETRY_AFTER_SECONDS } from "@/server/db/faults";
import { pageSecurityHeaders } from "@/server/security/csp";

// Runs before every page (not API routes or static files): gives it a Content-Security-Policy with a
// fresh nonce, and while the database does not answer serves the translated "temporarily
// unavailable" page with 503 and Retry-After instead of letting the page fail with a 500.
export async function proxy(request: NextRequest) {
  const { headers } = pageSecurityHeaders(request.headers, trustProxy());
  const forwarded = new Headers(request.headers);
  forwarded.delete(UNAVAILABLE_HEADER);
  // Next takes the nonce for its scripts from the request's policy header.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);

  let response: NextResponse;
  if (await databaseAvailable()) {
    response = NextResponse.next({ request: { headers: forwarded } });
  } else {
    forwarded.set(UNAVAILABLE_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    // Without the session cookie the site header does not look the reader up; the language stays.
    const locale = request.cookies.get(LOCALE_COOKIE)?.value;
    if (locale) forwarded.set("cookie", `${LOCALE_COOKIE}=${encodeURIComponent(locale)}`);
    else forwarded.delete("cookie");
    response = NextResponse.rewrite(new URL(UNAVAILABLE_PAGE, request.url), { status: 503, request: { headers: forwarded } });
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    response.headers.set("Cache-Control", "no-store");
  }
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer 503 themselves (the open data docs at /api/docs are a page).
      source: "/((?!api/(?!docs)|_next/static|_next/image|favicon.ico).*)",
      // Prefetches render nothing a browser runs, and must not wait for a probe.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
