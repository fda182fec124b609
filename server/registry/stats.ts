import type { Db } from "@/server/db/client";

export async function registryStats(db: Db) {
  const [networks, cities, memberships, partners] = await Promise.all([
    db.network.count({ where: { status: "VERIFIED" } }),
    db.city.count(),
    db.networkMembership.count({ where: { network: { status: "VERIFIED" } } }),
    db.partner.count(),
  ]);
  return { networks, cities, memberships, partners };
}
