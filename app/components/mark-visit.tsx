"use client";
import { useEffect } from "react";
import { LAST_SEEN_COOKIE } from "../_lib/last-seen";

/**
 * Remembers the newest report this browser has shown, so the next visit marks what arrived since.
 * A cookie (not localStorage) lets the server mark new items in the first render, without a flash.
 */
export function MarkVisit({ newest }: { newest: string | null }) {
  useEffect(() => {
    if (!newest) return;
    const current = document.cookie.split("; ").find((c) => c.startsWith(`${LAST_SEEN_COOKIE}=`))?.split("=")[1];
    const seen = current ? Date.parse(decodeURIComponent(current)) : 0;
    if (Number.isNaN(seen) || Date.parse(newest) > seen) {
      document.cookie = `${LAST_SEEN_COOKIE}=${encodeURIComponent(newest)}; path=/; max-age=31536000; samesite=lax`;
    }
  }, [newest]);
  return null;
}
