"use client";
import { useMemo, useRef, useState } from "react";
import { highlightSegments } from "@/app/_components/highlight-segments";
import { usePassagePicking } from "./passage-picking";
import { selectionInText } from "./selection-offsets";
import type { NewClaimPassage, WorkspaceClaim } from "./workspace-types";

type Props = {
  text: string;
  claims: WorkspaceClaim[];
  selectedClaimId: string | null;
  onOpenClaim: (claimId: string) => void;
  onNewClaim: (passage: NewClaimPassage) => void;
};

export function ArticleText({ text, claims, selectedClaimId, onOpenClaim, onNewClaim }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<(NewClaimPassage & { top: number; left: number }) | null>(null);
  const picking = usePassagePicking().request;
  const statements = useMemo(() => new Map(claims.map((c) => [c.id, c.statement])), [claims]);
  const segments = useMemo(
    () =>
      highlightSegments(
        text.length,
        claims.flatMap(({ id, anchor, deletedAt }) =>
          anchor?.start != null && anchor.end != null && !deletedAt ? [{ id, start: anchor.start, end: anchor.end }] : [],
        ),
      ),
    [text, claims],
  );

  function onMouseUp() {
    if (!root.current) return;
    const found = selectionInText(root.current, text);
    if (!found) return setPassage(null);
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const box = root.current.getBoundingClientRect();
    setPassage({ ...found, top: rect.bottom - box.top + 6, left: Math.max(0, rect.left - box.left) });
  }

  return (
    <div className="article-text-wrap">
      <div ref={root} className="article-text" onMouseUp={onMouseUp} aria-label="Article text" role="document">
        {segments.map((segment) => {
          const piece = text.slice(segment.start, segment.end);
          if (segment.ids.length === 0) {
            return (
              <span key={segment.start} data-start={segment.start}>
                {piece}
              </span>
            );
          }
          const innermost = segment.ids[0]!;
          return (
            <mark
              key={segment.start}
              data-start={segment.start}
              data-depth={Math.min(segment.ids.length, 3)}
              className={segment.ids.includes(selectedClaimId ?? "") ? "claim-mark selected" : "claim-mark"}
              title={segment.ids.map((id) => statements.get(id)).join("\n")}
              onClick={() => {
                if (window.getSelection()?.isCollapsed !== false) onOpenClaim(innermost);
              }}
            >
              {piece}
            </mark>
          );
        })}
      </div>
      {passage && (
        <div className="selection-popover" style={{ top: passage.top, left: passage.left }}>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              (picking?.onPick ?? onNewClaim)({ start: passage.start, end: passage.end, exact: passage.exact });
              setPassage(null);
              window.getSelection()?.removeAllRanges();
            }}
          >
            {picking ? "Anchor the claim here" : "New claim"}
          </button>
        </div>
      )}
    </div>
  );
}
