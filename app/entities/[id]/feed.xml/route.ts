import type { NextRequest } from "next/server";
import { getEntity } from "@/graph/queries/get-entity";
import { getTimeline } from "@/graph/queries/get-timeline";
import { atomResponse, buildAtom } from "@/app/_lib/atom";
import { timelineEntry } from "@/app/_lib/feed-entries";
import { IdParam } from "@/app/_lib/id-param";
import { entityHref } from "@/app/_lib/labels";
import { badRequest, fail, notFoundJson } from "@/app/api/_lib/respond";
import { requestOrigin, requestUrl } from "@/app/_lib/request-origin";

type Ctx = { params: Promise<{ id: string }> };

/** GET /entities/<id>/feed.xml: everything reported about one entity, to follow it in a feed reader. */
export async function GET(req: NextRequest, ctx: Ctx) {
  const parsed = IdParam.safeParse((await ctx.params).id);
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const entity = await getEntity(parsed.data);
    if (!entity) return notFoundJson(`Entity ${parsed.data}`);
    const page = await getTimeline({ entityId: entity.id, limit: 50 });
    const origin = requestOrigin(req);
    return atomResponse(buildAtom({
      id: `urn:newsgraph:feed:entity:${entity.id}`, title: `${entity.name} · Newsgraph`, subtitle: `Articles, claims and events about ${entity.name}`,
      selfUrl: requestUrl(req), alternateUrl: origin + entityHref(entity.id),
      entries: page.items.map((i) => timelineEntry(origin, i)),
    }));
  } catch (e) {
    return fail(e);
  }
}
