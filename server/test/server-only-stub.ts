// Vitest runs outside React Server Components; the real "server-only" would refuse to load.
export {};
