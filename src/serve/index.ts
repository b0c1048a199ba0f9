/** `cailiang serve`: starts the HTTP service on 127.0.0.1 (by default) and stops it gracefully. Node-only. */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { compile, type CompiledRuleSet } from "../compile/index.js";
import { loadRuleSet, type RuleSetSource } from "../load/index.js";
import { safeLoadRuleSetFromDir } from "../node.js";
import { formatIssue } from "../errors/index.js";
import { yrd2023 } from "../generated/yrd-2023.js";
import { yrd2025 } from "../generated/yrd-2025.js";
import { createApp, type ServiceExtension } from "./app.js";
import { afterDecision } from "./after-decision.js";
import { creditPolicies, PolicyInputError, reviewStandards } from "../cli/policies.js";
import packageJson from "../../package.json" with { type: "json" };

export { createApp, factsSchema } from "./app.js";
export type { ServiceContext, ServiceExtension, ServiceOptions } from "./app.js";
export { openApiDocument } from "./openapi.js";

/** Options of {@link startServer}. */
export interface StartOptions {
  /** Port (0 picks a free one). */
  port: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Rule set directories or bundled edition ids; default every bundled edition. */
  rules?: string[];
  /** Extra endpoints. */
  extensions?: ServiceExtension[];
  /** Longest time to wait for open requests on close (default 10 s). */
  shutdownGraceMs?: number;
  /** Longest time a batch may run (default 120 s). */
  batchTimeLimitMs?: number;
}

/** A running service. */
export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  /** Stops accepting connections, lets open requests finish (up to the grace period), then closes the rest. */
  close(): Promise<void>;
}

const BUNDLED: Record<string, RuleSetSource> = { "yrd-2023": yrd2023, "yrd-2025": yrd2025 };

function loadEditions(rules: string[] | undefined): CompiledRuleSet[] {
  const targets = rules && rules.length > 0 ? rules : Object.keys(BUNDLED);
  return targets.map((t) => {
    if (BUNDLED[t]) return compile(loadRuleSet(BUNDLED[t]));
    const r = safeLoadRuleSetFromDir(t);
    if (!r.ok)
      throw new Error(`${t} is not a valid rule set:\n${r.issues.map((i) => "  - " + formatIssue(i)).join("\n")}`);
    return compile(r.ruleSet);
  });
}

/** The credit and review endpoints, where the served editions have their policy files. */
function afterDecisionFor(rules: string[] | undefined): ServiceExtension[] {
  try {
    return [afterDecision({ credit: creditPolicies(rules), review: reviewStandards(rules) })];
  } catch (error) {
    if (error instanceof PolicyInputError) return []; // a rule directory without credit.json / review.json
    throw error;
  }
}

/** Starts the service; resolves once it listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const app = createApp({
    editions: loadEditions(options.rules),
    version: packageJson.version,
    extensions: [...afterDecisionFor(options.rules), ...(options.extensions ?? [])],
    ...(options.batchTimeLimitMs === undefined ? {} : { batchTimeLimitMs: options.batchTimeLimitMs }),
  });
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(s as Server)) as Server;
    s.once("error", reject);
  });
  // Time to receive a request's headers and its whole body; slow clients are cut off.
  server.headersTimeout = 10_000;
  server.requestTimeout = 130_000;
  server.keepAliveTimeout = 5_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
