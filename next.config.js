/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts' end-to-end runs build side by side.
  distDir: process.env.CONCORD_DIST_DIR || ".next",
  // PGlite and the Prisma adapters load WASM and native code at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
