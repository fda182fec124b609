import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may, and finds out by calling it once;
// under the Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation. In the
// browser (forms validate with the shared schemas) parse without compiling.
if (typeof window !== "undefined") z.config({ jitless: true });
