"use client";
// "Seen before": claims of other articles that look like the one being written, with their
// verdict and why they match. With a claim id, one click links them as the same claim; in the
// new-claim form (no id yet) the click marks them, and the form links them once it is created.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { messageOf } from "@/app/_components/use-field-errors";
import { useTRPC } from "@/app/_trpc/client";

type Props = {
  articleId: string;
  text: string;
  claimant?: string | null;
  /** The claim being edited: links happen at once. */
  claim?: { id: string; claimGroupId: string | null };
  /** In the new-claim form: the claims to link once it is created. */
  marked?: string[];
  onMark?: (claimId: string) => void;
  onLinked?: () => void;
  /** Said when nothing matches; by default the section stays out of the way. */
  emptyText?: string;
};

const DEBOUNCE_MS = 400;

function useDebounced<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

export function SeenBefore({ articleId, text, claimant, claim, marked, onMark, onLinked, emptyText }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useDebounced({ articleId, text, claimant: claimant || null });
  const similar = useQuery({ ...trpc.claimGroups.similar.queryOptions(input), enabled: input.text.trim().length > 0 });
  const link = useMutation(
    trpc.claimGroups.link.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.claimGroups.similar.queryKey() });
        onLinked?.();
      },
    }),
  );
  const matches = similar.data ?? [];
  if (matches.length === 0 && !link.error) {
    return emptyText && similar.isSuccess ? <p className="muted small">{emptyText}</p> : null;
  }
  return (
    <section className="seen-before" aria-label="Seen before">
      <h3>Seen before in other articles</h3>
      {link.error && (
        <p className="form-error" role="alert">
          {messageOf(link.error)}
        </p>
      )}
      <ol>
        {matches.map((match) => {
          const linked = claim?.claimGroupId != null && match.groupId === claim.claimGroupId;
          const isMarked = marked?.includes(match.claimId) ?? false;
          return (
            <li key={match.claimId} aria-label={match.statement}>
              <p>
                <strong>{match.statement}</strong>
              </p>
              <p className="small">
                Verdict: <strong>{match.verdict}</strong> · in “{match.article.title}”
                {match.claimant ? ` · claimant: ${match.claimant}` : ""} · match {Math.round(match.score * 100)}%
              </p>
              <ul className="reasons">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <div className="form-actions">
                {linked && match.groupId ? (
                  <Link href={`/groups/${match.groupId}`}>Linked as the same claim: open the group</Link>
                ) : claim ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={link.isPending}
                    onClick={() => link.mutate({ claimId: claim.id, otherClaimId: match.claimId })}
                  >
                    Link as the same claim
                  </button>
                ) : (
                  onMark && (
                    <button type="button" className="secondary" aria-pressed={isMarked} onClick={() => onMark(match.claimId)}>
                      {isMarked ? "Will be linked as the same claim" : "Same claim: link it"}
                    </button>
                  )
                )}
                {match.groupId && !linked && <Link href={`/groups/${match.groupId}`}>its group</Link>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
