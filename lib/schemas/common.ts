import { z } from "zod";

/** An ISO-8601 instant with an explicit offset, e.g. 2026-07-04T10:21:54+09:00. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A calendar day, e.g. 2026-07-10. */
export const IsoDate = z.iso.date();
export const HttpUrl = z.url({ protocol: /^https?$/ });
/** A character range [start, end) into an article's stored text. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;
