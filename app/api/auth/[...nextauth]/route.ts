import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/auth-options";
import { tooLarge } from "@/server/http/limit-request-body";

const handler = NextAuth(authOptions);
const maxAuthBodyBytes = 64 * 1024;

// Sign-in forms are tiny: anything declaring more is refused before next-auth reads it.
function guarded(req: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  if (Number(req.headers.get("content-length")) > maxAuthBodyBytes) return tooLarge(maxAuthBodyBytes);
  return handler(req, context);
}

export { handler as GET, guarded as POST };
