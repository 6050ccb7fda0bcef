import type { Command } from "commander";
import { registerAnalyze } from "./analyze-command";
import { registerContradictions } from "./contradictions-command";
import { registerDecide } from "./decide-command";
import { registerEntityCommands } from "./entity-commands";
import { registerPath } from "./path-command";
import { registerSearch } from "./search-command";
import { registerTimeline } from "./timeline-command";

/** The analyst's read commands (search, timeline, entities, entity, contradictions, path), `decide` and `analyze`. */
export function registerAnalystCommands(program: Command): void {
  registerSearch(program);
  registerTimeline(program);
  registerEntityCommands(program);
  registerContradictions(program);
  registerPath(program);
  registerDecide(program);
  registerAnalyze(program);
}
