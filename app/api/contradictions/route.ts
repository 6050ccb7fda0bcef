import type { NextRequest } from "next/server";
import { z } from "zod";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { ContradictionKind, Severity } from "@/lib/views/contradiction";
import { isoDay, limitParam, queryObject } from "@/app/_lib/query-params";
import { badRequest, handle, ok } from "../_lib/respond";

const Params = z.object({ entity: z.string().min(1).max(200).optional(), kind: ContradictionKind.optional(), minSeverity: Severity.optional(), asOf: isoDay.optional(), limit: limitParam(500, 100) });

/** GET /api/contradictions?entity=<id>&kind=figure_mismatch&minSeverity=medium&asOf=2026-07-05&limit=100 */
export async function GET(req: NextRequest) {
  const parsed = Params.safeParse(queryObject(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { entity, ...rest } = parsed.data;
  return handle(async () => ok({ contradictions: await listContradictions({ ...rest, entityId: entity }) }));
}
