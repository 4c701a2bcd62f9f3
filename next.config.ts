import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly database/hashing packages load from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pg-boss"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (scripts and tests too) before every build in
  // the test command; checking again inside `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  // No page may be framed (clickjacking), except the verdict card made for publishers' iframes.
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      {
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
      {
        source: "/embed/:path*",
        headers: [
          ...common,
          { key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *" },
        ],
      },
    ];
  },
};

export default nextConfig;
