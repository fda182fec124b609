import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

/** Seeds events (insert-only). */
export async function seedEvents(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  void db;
  void people;
}
