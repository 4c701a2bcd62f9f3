import type { Metadata } from "next";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="card narrow">
      <h1>Sign out</h1>
      <p>Signing out ends this session on the server: the browser&apos;s cookie stops working at once.</p>
      <SignOutButton />
    </div>
  );
}
