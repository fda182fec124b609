import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

/** Seeds exchange (insert-only). */
export async function seedExchange(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  void db;
  void people;
}
