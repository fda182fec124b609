import type { Db } from "./client";
import type { PersonaKey, SeedPerson } from "./seed-people";

/** Seeds challenges (insert-only). */
export async function seedChallenges(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  void db;
  void people;
}
