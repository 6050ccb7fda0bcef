"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { mergeEntities } from "@/graph/decisions/merge-entities";
import { rejectEntity } from "@/graph/decisions/reject-entity";
import { splitEntities } from "@/graph/decisions/split-entities";
import { describeError } from "@/lib/errors";
import { IdParam } from "../../_lib/id-param";
import { EDITOR_COOKIE } from "../../_lib/editor";
import { entityHref } from "../../_lib/labels";

/** Who and why, required on every correction so the decision node can answer "who decided this, and why?". */
const Who = z.object({
  by: z.string().trim().min(1, "say who you are (a name or handle)").max(120),
  reason: z.string().trim().min(3, "say why, in a few words").max(1000),
});
const Merge = Who.extend({ id: IdParam, intoId: IdParam });
const Split = Who.extend({ id: IdParam, fromId: IdParam });
const Reject = Who.extend({ id: IdParam });

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
const back = (id: string, query: Record<string, string>) => `${entityHref(id)}?${new URLSearchParams(query).toString()}#corrections`;

async function decide<T extends { id: string; by: string }>(schema: z.ZodType<T>, form: FormData, work: (input: T) => Promise<string>): Promise<never> {
  const parsed = schema.safeParse(fields(form));
  const id = String(form.get("id") ?? "");
  if (!parsed.success) redirect(back(id, { error: parsed.error.issues[0]?.message ?? "invalid input" }));
  let target: string;
  try {
    target = await work(parsed.data);
  } catch (e) {
    redirect(back(id, { error: describeError(e) }));
  }
  (await cookies()).set(EDITOR_COOKIE, parsed.data.by, { path: "/", maxAge: 31_536_000, sameSite: "lax" });
  revalidatePath("/", "layout");
  redirect(target);
}

export async function mergeAction(form: FormData): Promise<void> {
  await decide(Merge, form, async (o) => {
    await mergeEntities({ fromId: o.id, intoId: o.intoId, by: o.by, reason: o.reason });
    return back(o.intoId, { done: "merged" });
  });
}

export async function splitAction(form: FormData): Promise<void> {
  await decide(Split, form, async (o) => {
    await splitEntities({ fromId: o.fromId, by: o.by, reason: o.reason });
    return back(o.id, { done: "split" });
  });
}

export async function rejectAction(form: FormData): Promise<void> {
  await decide(Reject, form, async (o) => {
    const d = await rejectEntity({ id: o.id, by: o.by, reason: o.reason });
    return `/entities?${new URLSearchParams({ done: "rejected", name: d.fromName ?? o.id }).toString()}`;
  });
}
