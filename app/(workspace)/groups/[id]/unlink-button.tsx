"use client";
// Takes one claim out of its group ("not the same claim after all"). A group left with one claim
// dissolves, and the page then sends the journalist back to the claim's article.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { useTRPC } from "@/app/_trpc/client";

export function UnlinkButton({ claimId, statement, articleSlug }: { claimId: string; statement: string; articleSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const unlink = useMutation(
    trpc.claimGroups.unlink.mutationOptions({
      onSuccess: async ({ groupId }) => {
        // The article workspace may be cached from before: it still shows the claim as linked.
        await queryClient.invalidateQueries();
        if (groupId) router.refresh();
        else router.push(`/articles/${articleSlug}?claim=${claimId}`);
      },
    }),
  );
  return (
    <div className="form-actions">
      <button
        type="button"
        className="secondary"
        aria-label={`Unlink “${statement}” from this group`}
        disabled={unlink.isPending}
        onClick={() => unlink.mutate({ claimId })}
      >
        Not the same claim: unlink
      </button>
      <FormAlert error={unlink.error} />
    </div>
  );
}
