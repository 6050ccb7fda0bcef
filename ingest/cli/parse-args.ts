import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Validates a command's options with zod; a bad value becomes one usage line naming the option. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "argument";
  throw new AppError("USAGE", `${name}: ${issue?.message ?? "invalid value"} (see --help)`);
}

export const PortOption = z.coerce.number().int().min(1024, "must be a port number from 1024 to 65535, e.g. 7687").max(65535, "must be a port number from 1024 to 65535, e.g. 7687");
