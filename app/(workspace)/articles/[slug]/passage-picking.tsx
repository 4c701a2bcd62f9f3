"use client";
// Lets the open claim ask for a passage of the article text: while it waits, the next selection in
// the text offers "Anchor the claim here" instead of "New claim", and hands the passage over.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { NewClaimPassage } from "./workspace-types";

type Request = { onPick: (passage: NewClaimPassage) => void };
type PassagePicking = { request: Request | null; setRequest: (request: Request | null) => void };

const PassagePickingContext = createContext<PassagePicking>({ request: null, setRequest: () => {} });

export function PassagePickingProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<Request | null>(null);
  const value = useMemo(() => ({ request, setRequest }), [request]);
  return <PassagePickingContext.Provider value={value}>{children}</PassagePickingContext.Provider>;
}

export function usePassagePicking(): PassagePicking {
  return useContext(PassagePickingContext);
}
