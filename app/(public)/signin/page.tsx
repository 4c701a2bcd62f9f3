import type { Metadata } from "next";
import { safeReturnPath } from "@/server/auth/safe-return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="card narrow">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={safeReturnPath(params.callbackUrl)} />
    </div>
  );
}
