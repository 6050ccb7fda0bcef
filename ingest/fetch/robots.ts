import robotsParser from "robots-parser";
import { AppError } from "@/lib/errors";
import type { RawResponse } from "./http-get";

type Robot = ReturnType<typeof robotsParser>;
type Policy = { kind: "rules"; robot: Robot; lines: string[] } | { kind: "all" } | { kind: "none"; reason: string };

export type RobotsDeps = {
  userAgent: string;
  /** Fetches robots.txt following redirects (RFC 9309 allows up to five). */
  get: (url: string) => Promise<RawResponse>;
  onCrawlDelay: (host: string, ms: number) => void;
};

/** robots.txt per origin, fetched once and cached for the life of the fetcher (a crawl run). */
export class RobotsCache {
  private readonly policies = new Map<string, Promise<Policy>>();

  constructor(private readonly deps: RobotsDeps) {}

  /** Throws ROBOTS_DISALLOWED naming the rule when the URL may not be fetched. */
  async check(url: string): Promise<void> {
    const origin = new URL(url).origin;
    let policy = this.policies.get(origin);
    if (!policy) {
      policy = this.load(origin);
      this.policies.set(origin, policy);
    }
    const p = await policy;
    if (p.kind === "all") return;
    if (p.kind === "none") throw new AppError("ROBOTS_DISALLOWED", `${url} is not fetched: ${p.reason}.`);
    if (p.robot.isAllowed(url, this.deps.userAgent) !== false) return;
    const line = p.robot.getMatchingLineNumber(url, this.deps.userAgent);
    const rule = line > 0 ? `"${p.lines[line - 1]?.trim()}" (line ${line})` : "a Disallow rule";
    throw new AppError("ROBOTS_DISALLOWED", `${url} is disallowed by ${origin}/robots.txt rule ${rule}.`);
  }

  private async load(origin: string): Promise<Policy> {
    const robotsUrl = `${origin}/robots.txt`;
    const res = await this.deps.get(robotsUrl);
    // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx) allows nothing.
    if (res.status >= 400 && res.status < 500) return { kind: "all" };
    if (res.status >= 500) return { kind: "none", reason: `${robotsUrl} answered ${res.status}, so the site counts as closed to crawlers for now (RFC 9309); try again later` };
    if (res.status < 200 || res.status >= 300) return { kind: "all" };
    const text = new TextDecoder("utf-8").decode(res.body);
    const robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(this.deps.userAgent);
    if (delay && delay > 0) this.deps.onCrawlDelay(new URL(origin).host, delay * 1000);
    return { kind: "rules", robot, lines: text.split(/\r\n|\r|\n/) };
  }
}
