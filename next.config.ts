import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WebAssembly database/hashing packages load from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pg-boss"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (scripts and tests too) before every build in
  // the test command; checking again inside `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  // Headers every response carries; the Content-Security-Policy depends on the kind of response
  // and is set by proxy.ts. No page may be framed (clickjacking), except the verdict card made for
  // publishers' iframes. HSTS only matters over HTTPS, where browsers honour it.
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
      ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
    ];
    return [
      { source: "/((?!embed/).*)", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
      { source: "/embed/:path*", headers: common },
    ];
  },
};

export default nextConfig;
