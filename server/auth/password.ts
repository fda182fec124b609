import { hash, verify } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "./common-passwords";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolatedModules cannot read).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

// Passwords people pick first: the top-10,000 list, plus the site's own name.
const commonPasswords = new Set(COMMON_PASSWORDS.split("\n"));
const SITE_NAME = "concord";

/** Why a password is refused (a catalog key), or null when acceptable. */
export function passwordProblem(password: string, email: string, name?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "auth.passwordTooShort";
  if (password.length > 200) return "auth.passwordTooLong";
  const lower = password.toLowerCase();
  const mail = email.trim().toLowerCase();
  const local = mail.split("@")[0] ?? "";
  if (lower === mail || (local.length >= 4 && lower.includes(local))) return "auth.passwordLikeEmail";
  if (name && name.trim().length >= 4 && lower.includes(name.trim().toLowerCase())) return "auth.passwordLikeName";
  if (lower.includes(SITE_NAME)) return "auth.passwordCommon";
  if (commonPasswords.has(lower) || /^(.)\1+$/.test(password) || isSequence(lower)) return "auth.passwordCommon";
  return null;
}

function isSequence(value: string): boolean {
  const codes = [...value].map((c) => c.charCodeAt(0));
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === 1);
}

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
