import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Unavailable } from "@/components/common/unavailable";
import { getTranslator } from "@/lib/i18n/server";
import { UNAVAILABLE_HEADER } from "@/server/db/availability";

// proxy.ts rewrites pages here, with status 503 and Retry-After, while the database does not
// answer. It renders without the database (the proxy drops the session cookie) and without
// JavaScript ("Try again" is a link to the page that was asked for).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("errors.unavailableTitle"), robots: { index: false } };
}

export default async function UnavailablePage() {
  const asked = (await headers()).get(UNAVAILABLE_HEADER);
  // Only the proxy sets the header (it removes any a client sent): asked for directly, there is no such page.
  if (!asked) notFound();
  const { t } = await getTranslator();
  return <Unavailable t={t} retry={asked.startsWith("/") && !asked.startsWith("//") ? asked : "/"} />;
}
