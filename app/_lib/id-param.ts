import { z } from "zod";

/** Ids are stable hashes with a short prefix (ent_..., art_..., con_...): anything else is a bad request. */
export const IdParam = z.string().min(1, "an id is required").max(200, "ids are shorter than 200 characters").regex(/^[\w.:-]+$/, "an id has only letters, digits, _ . : -");
