import type { NextRequest } from "next/server";
import { getTimeline } from "@/graph/queries/get-timeline";
import { atomResponse, buildAtom } from "../_lib/atom";
import { timelineEntry } from "../_lib/feed-entries";
import { queryObject } from "../_lib/query-params";
import { TimelineParams, toTimelineOptions } from "../_lib/timeline-params";
import { badRequest, fail } from "../api/_lib/respond";
import { requestOrigin, requestUrl } from "../_lib/request-origin";

/** GET /feed.xml: the home timeline (same filters as the page) as Atom 1.0. */
export async function GET(req: NextRequest) {
  const parsed = TimelineParams.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const page = await getTimeline({ ...toTimelineOptions(parsed.data), cursor: undefined, limit: 50 });
    const origin = requestOrigin(req);
    return atomResponse(buildAtom({
      id: "urn:newsgraph:feed:timeline", title: "Newsgraph timeline", subtitle: "New articles, claims and events",
      selfUrl: requestUrl(req), alternateUrl: `${origin}/${req.nextUrl.search}`,
      entries: page.items.map((i) => timelineEntry(origin, i)),
    }));
  } catch (e) {
    return fail(e);
  }
}
