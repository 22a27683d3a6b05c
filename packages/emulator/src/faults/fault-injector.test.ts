import { describe, expect, it } from "vitest";
import { FaultInjector } from "./fault-injector.js";

describe("FaultInjector", () => {
  it("affects only matching paths, as many times as asked, in order", () => {
    const faults = new FaultInjector();
    faults.inject({ count: 2, status: 503, pathPattern: "records\\.json$" });
    faults.inject({ status: 500 });
    expect(faults.take("/k/v1/record.json")?.status).toBe(500);
    expect(faults.take("/k/v1/records.json")?.status).toBe(503);
    expect(faults.take("/k/v1/records.json")?.status).toBe(503);
    expect(faults.take("/k/v1/records.json")).toBeUndefined();
    expect(faults.pending()).toBe(0);
  });

  it("skips a fault when the random draw is at or above its probability", () => {
    const draws = [0.7, 0.2];
    const faults = new FaultInjector(() => draws.shift() ?? 1);
    faults.inject({ status: 429, probability: 0.5 });
    expect(faults.take("/k/v1/app.json")).toBeUndefined();
    expect(faults.take("/k/v1/app.json")?.status).toBe(429);
  });

  it("forgets everything on clear", () => {
    const faults = new FaultInjector();
    faults.inject({ count: 5, dropConnection: true });
    faults.clear();
    expect(faults.take("/k/v1/app.json")).toBeUndefined();
  });
});
