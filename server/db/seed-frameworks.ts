import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

/** Seeds frameworks (insert-only). */
export async function seedFrameworks(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  void db;
  void people;
}
