import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

/** Seeds forum (insert-only). */
export async function seedForum(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  void db;
  void people;
}
