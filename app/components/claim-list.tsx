import type { ClaimView } from "@/lib/views/claim";
import { ClaimCard } from "./claim-card";

export function ClaimList({ claims, empty }: { claims: ClaimView[]; empty: string }) {
  if (claims.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  return <ul className="space-y-3">{claims.map((c) => <li key={c.id}><ClaimCard claim={c} compact /></li>)}</ul>;
}
