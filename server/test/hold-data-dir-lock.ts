import { acquireDataDirLock } from "@/server/db/lock";

// A second process for lock.test.ts: takes the folder given as argument, says so, and waits to be killed.
acquireDataDirLock(process.argv[2]!);
console.log("locked");
setInterval(() => undefined, 60_000);
