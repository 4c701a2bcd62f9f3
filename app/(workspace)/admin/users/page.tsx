import type { Metadata } from "next";
import { RefusalNotice } from "@/app/_components/refusal-notice";
import { getApi, isRefusal, loadOrRefuse } from "@/app/_trpc/server";
import { UsersAdmin } from "./users-admin";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const api = await getApi();
  const users = await loadOrRefuse(() => api.users.list(), "/admin/users");
  if (isRefusal(users)) return <RefusalNotice refusal={users} />;
  const me = await api.users.me();
  return (
    <>
      <h1>Users</h1>
      <UsersAdmin initialUsers={users} myId={me.id} />
    </>
  );
}
