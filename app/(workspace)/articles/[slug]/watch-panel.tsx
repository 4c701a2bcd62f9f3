"use client";
// Monitoring on the article page: start or stop watching the article's address, ask for a check
// now, and see the next check, the last one, the failure that keeps it from succeeding, and the
// recent checks. A check that captured a newer version reloads the workspace.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { dateTime } from "@/app/_components/labels";
import { FormAlert } from "@/app/_components/form-alert";
import { useTRPC } from "@/app/_trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/app-router";

type WatchCheck = NonNullable<inferRouterOutputs<AppRouter>["articles"]["watchStatus"]["watch"]>["checks"][number];

function describeCheck(check: WatchCheck) {
  if (check.outcome === "changed") return `changed: version ${check.versionNumber} captured`;
  if (check.outcome === "unchanged") return `unchanged (version ${check.versionNumber})`;
  return `failed: ${check.error}`;
}

function describeInterval(seconds: number) {
  if (seconds % 86_400 === 0) return seconds === 86_400 ? "daily" : `every ${seconds / 86_400} days`;
  if (seconds % 3600 === 0) return seconds === 3600 ? "hourly" : `every ${seconds / 3600} hours`;
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}

export function WatchPanel({ articleId, versionNumber, onNewVersion }: { articleId: string; versionNumber: number; onNewVersion: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusKey = trpc.articles.watchStatus.queryKey({ articleId });
  // While watching, checks happen on the server: look for them every few seconds.
  const status = useQuery({ ...trpc.articles.watchStatus.queryOptions({ articleId }), refetchInterval: (query) => (query.state.data?.watch?.active ? 3000 : false) }).data;
  const changed = () => void queryClient.invalidateQueries({ queryKey: statusKey });
  const watch = useMutation(trpc.articles.watch.mutationOptions({ onSuccess: changed }));
  const unwatch = useMutation(trpc.articles.unwatch.mutationOptions({ onSuccess: changed }));
  const checkNow = useMutation(trpc.articles.checkNow.mutationOptions({ onSuccess: changed }));

  const latestVersion = Math.max(0, ...(status?.watch?.checks.map((c) => c.versionNumber ?? 0) ?? []));
  const announced = useRef(versionNumber);
  useEffect(() => {
    if (latestVersion <= Math.max(versionNumber, announced.current)) return;
    announced.current = latestVersion;
    onNewVersion();
  }, [latestVersion, versionNumber, onNewVersion]);

  if (!status?.watchable) return null;
  const current = status.watch;
  const active = current?.active ?? false;
  const last = current?.checks[0];
  const pending = watch.isPending || unwatch.isPending || checkNow.isPending;
  return (
    <section className="watch-panel" aria-label="Monitoring">
      {active && current ? (
        <p className="small">
          Watching for updates ({describeInterval(current.intervalSeconds)} while nothing changes), started by {current.startedBy} on {dateTime.format(current.startedAt)}.{" "}
          {current.nextCheckAt && <span>Next check: {dateTime.format(current.nextCheckAt)}.</span>}
        </p>
      ) : (
        <p className="small muted">Not watched: monitoring re-fetches the article on a schedule and adds a version when its text changes.</p>
      )}
      {last && (
        <p className="small">
          Last check: {dateTime.format(last.at)}, {describeCheck(last)}
        </p>
      )}
      {active && current?.lastError && (
        <p className="form-error" role="alert">
          {current.consecutiveFailures > 1 ? `The last ${current.consecutiveFailures} checks failed: ` : "The last check failed: "}
          {current.lastError}
        </p>
      )}
      <div className="form-actions">
        {active ? (
          <>
            <button type="button" className="secondary" disabled={pending} onClick={() => checkNow.mutate({ articleId })}>
              {checkNow.isPending ? "Asking…" : "Check now"}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={() => unwatch.mutate({ articleId })}>
              Stop watching
            </button>
          </>
        ) : (
          <button type="button" className="secondary" disabled={pending} onClick={() => watch.mutate({ articleId })}>
            Watch for updates
          </button>
        )}
      </div>
      <FormAlert error={watch.error ?? unwatch.error ?? checkNow.error} />
      {current && current.checks.length > 0 && (
        <details>
          <summary>Recent checks</summary>
          <ol className="history small" aria-label="Recent checks">
            {current.checks.map((check) => (
              <li key={check.id}>
                {dateTime.format(check.at)}: {describeCheck(check)} ({check.durationMs} ms)
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
