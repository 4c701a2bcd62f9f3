import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly database/hashing packages load from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pg-boss"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (scripts and tests too) before every build in
  // the test command; checking again inside `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
