import type { Metadata } from "next";
import { getApi, loadOrRefuse, isRefusal } from "@/app/_trpc/server";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const api = await getApi();
  const me = await loadOrRefuse(() => api.users.me(), "/account");
  if (isRefusal(me)) return <RefusalNotice refusal={me} />;
  return (
    <>
      <h1>Your account</h1>
      <div className="card">
        <p>
          {me.name} · {me.email} · <span className="badge">{me.role}</span>
        </p>
      </div>
      <ChangePasswordForm />
    </>
  );
}
