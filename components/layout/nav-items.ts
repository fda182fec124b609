/** The main sections, in navigation order; `ready` sections have real pages, others say "coming soon". */
export const navItems = [
  { href: "/networks", key: "networks", ready: true },
  { href: "/cities", key: "cities", ready: true },
  { href: "/initiatives", key: "initiatives", ready: true },
  { href: "/practices", key: "practices", ready: true },
  { href: "/forum", key: "forum", ready: true },
  { href: "/frameworks", key: "frameworks", ready: true },
  { href: "/exchange", key: "exchange", ready: true },
  { href: "/events", key: "events", ready: true },
  { href: "/challenges", key: "challenges", ready: true },
  { href: "/insights", key: "insights", ready: true },
  { href: "/search", key: "search", ready: true },
] as const;

export type NavKey = (typeof navItems)[number]["key"];
