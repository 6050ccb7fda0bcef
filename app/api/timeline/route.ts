import type { NextRequest } from "next/server";
import { getTimeline } from "@/graph/queries/get-timeline";
import { TimelineParams, toTimelineOptions } from "@/app/_lib/timeline-params";
import { queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, ok } from "../_lib/respond";

/** GET /api/timeline?entity=<id>&dispute=<contradiction id>&source=<name|id>&kind=claim,event&from=&to=&asOf=&order=reported|happened&cursor=&limit= */
export async function GET(req: NextRequest) {
  const parsed = TimelineParams.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return handle(async () => ok(await getTimeline(toTimelineOptions(parsed.data))));
}
