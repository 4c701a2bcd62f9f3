import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";

// Where sign-in lands: each role's own starting page.
export default async function Welcome() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  redirect(user.role === "admin" ? "/admin/users" : "/articles");
}
