import type { NextRequest } from "next/server";
import { getTimeline } from "@/graph/queries/get-timeline";
import { atomResponse, buildAtom } from "../_lib/atom";
import { timelineEntry } from "../_lib/feed-entries";
import { queryObject } from "../_lib/query-params";
import { TimelineParams, toTimelineOptions } from "../_lib/timeline-params";
import { badRequest, fail } from "../api/_lib/respond";

/** GET /feed.xml: the home timeline (same filters as the page) as Atom 1.0. */
export async function GET(req: NextRequest) {
  const parsed = TimelineParams.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const page = await getTimeline({ ...toTimelineOptions(parsed.data), cursor: undefined, limit: 50 });
    const origin = req.nextUrl.origin;
    return atomResponse(buildAtom({
      id: `${origin}/feed.xml`, title: "Newsgraph timeline", subtitle: "New articles, claims and events",
      selfUrl: req.nextUrl.href, alternateUrl: `${origin}/${req.nextUrl.search}`,
      entries: page.items.map((i) => timelineEntry(origin, i)),
    }));
  } catch (e) {
    return fail(e);
  }
}
