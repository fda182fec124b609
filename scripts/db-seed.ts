import { prepareDatabase } from "../server/db/prepare";

await prepareDatabase({ seed: true, demo: process.env.CONCORD_DEMO === "1" });
