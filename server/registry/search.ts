import { Prisma } from "@/server/db/generated/client";

// Registry search ignores case and accents ("Sao Paulo" finds "São Paulo", "lodz" finds "Łódź"):
// the column and the query are both lowercased and folded to plain letters. A translate() table
// works the same on PGlite and the server and needs no extension; in SQL it is the function
// concord_fold (migration search_ranking, the same table), so folded names have trigram indexes.
const ACCENTED = "áàâäãåāăąéèêëēėęěíìîïīįóòôöõøōőúùûüūůűçćčñńýÿšśžźżłđ";
const PLAIN = "aaaaaaaaaeeeeeeeeiiiiiioooooooouuuuuuucccnnyysszzzld";

/** SQL: the column lowercased and folded. */
export const foldColumn = (column: Prisma.Sql) => Prisma.sql`concord_fold(${column})`;

/** The same folding in JavaScript, for the query text. */
export const foldText = (text: string) =>
  [...text.toLowerCase()]
    .map((c) => PLAIN[ACCENTED.indexOf(c)] ?? c)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");

/** A LIKE pattern matching the folded text anywhere, with LIKE's wildcards escaped. */
export const containsPattern = (text: string) => `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
