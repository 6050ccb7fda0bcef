import type { NextRequest } from "next/server";
import { z } from "zod";
import { listEntities } from "@/graph/queries/list-entities";
import { EntityType } from "@/lib/schemas";
import { limitParam, queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, ok } from "../_lib/respond";

const Params = z.object({ type: EntityType.optional(), limit: limitParam(1000, 200) });

/** GET /api/entities?type=ORG|PERSON|PRODUCT|GOV|MEDIA|PLACE&limit=200 */
export async function GET(req: NextRequest) {
  const parsed = Params.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return handle(async () => ok({ entities: await listEntities(parsed.data) }));
}
