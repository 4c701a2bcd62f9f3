"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldErrorsOf, messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { AppRouter } from "@/server/routers/app-router";
import type { CreateUserInput } from "@/server/users/user-schemas";

type UserRow = inferRouterOutputs<AppRouter>["users"]["list"][number];
const roles = ["journalist", "editor", "admin"] as const;

export function UsersAdmin({ initialUsers, myId }: { initialUsers: UserRow[]; myId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery({ ...trpc.users.list.queryOptions(), initialData: initialUsers });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const [rowError, setRowError] = useState<string | null>(null);
  const onRowError = (error: unknown) => setRowError(messageOf(error));
  const setRole = useMutation(trpc.users.setRole.mutationOptions({ onSuccess: refresh, onError: onRowError }));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions({ onSuccess: refresh, onError: onRowError }));

  return (
    <>
      <CreateUserForm onCreated={refresh} />
      {rowError && (
        <p className="form-error" role="alert">
          {rowError}
        </p>
      )}
      <table aria-label="Users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.data.map((user) => (
            <tr key={user.id}>
              <td>
                {user.name}
                {user.id === myId && <span className="muted"> (you)</span>}
              </td>
              <td>{user.email}</td>
              <td>
                <select
                  className="inline-select"
                  aria-label={`Role of ${user.email}`}
                  value={user.role}
                  disabled={setRole.isPending}
                  onChange={(e) => {
                    setRowError(null);
                    setRole.mutate({ userId: user.id, role: e.target.value as UserRow["role"] });
                  }}
                >
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </select>
              </td>
              <td>{user.disabledAt ? <span className="badge disabled">disabled</span> : <span className="badge">active</span>}</td>
              <td>
                <button
                  type="button"
                  className={user.disabledAt ? "secondary" : "danger"}
                  disabled={setDisabled.isPending}
                  onClick={() => {
                    setRowError(null);
                    setDisabled.mutate({ userId: user.id, disabled: !user.disabledAt });
                  }}
                >
                  {user.disabledAt ? `Enable ${user.email}` : `Disable ${user.email}`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (user) => {
        setCreated(`Created ${user.email} as ${user.role}.`);
        onCreated();
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input: CreateUserInput = {
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      role: String(data.get("role") ?? "journalist") as CreateUserInput["role"],
      password: String(data.get("password") ?? ""),
    };
    setCreated(null);
    create.mutate(input, { onSuccess: () => form.reset() });
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Create a user">
      <h2>Create a user</h2>
      <div className="grid-form">
        <div>
          <label htmlFor="new-name">Name</label>
          <input id="new-name" name="name" aria-describedby="new-name-error" />
          <FieldError id="new-name-error" messages={errors.name} />
        </div>
        <div>
          <label htmlFor="new-email">E-mail</label>
          <input id="new-email" name="email" type="email" aria-describedby="new-email-error" />
          <FieldError id="new-email-error" messages={errors.email} />
        </div>
        <div>
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="journalist">
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <FieldError id="new-role-error" messages={errors.role} />
        </div>
        <div>
          <label htmlFor="new-password">Initial password</label>
          <input id="new-password" name="password" type="password" autoComplete="new-password" aria-describedby="new-password-error" />
          <FieldError id="new-password-error" messages={errors.password} />
        </div>
      </div>
      <FormAlert error={create.error} fieldsShown={["name", "email", "role", "password"]} />
      {created && (
        <p className="notice" role="status">
          {created}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
