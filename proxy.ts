// Sets the Content-Security-Policy of every response Next answers (static files aside). Next reads
// the nonce from the request's policy header and puts it on its own scripts, so the workspace's
// pages get a fresh one per request; public pages and data get a policy without any nonce.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, policyKindOf } from "@/server/http/content-security-policy";

function freshNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

export function proxy(request: NextRequest) {
  const kind = policyKindOf(request.nextUrl.pathname);
  const policy = contentSecurityPolicy(kind, {
    nonce: kind === "workspace" ? freshNonce() : undefined,
    development: process.env.NODE_ENV === "development",
  });
  // Replaces any policy header a client sent, which Next would otherwise take its nonce from.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
