import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Public pages link with plain <a>: a full page load is answered from the public page cache,
  // where <Link> would prefetch and fetch RSC payloads that every visitor's browser renders anew.
  { files: ["app/(public)/**"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  { ignores: [".next/**", "server/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
