// The compliance overview as an Allure Report 3 plugin (allurerc.mjs `plugins.overview`).
//
// An operator opens the report and, on its summary page, finds the overview next to the full
// report: every indicator of the standard with its verdict, the release gates, the site and the
// trend (scripts/compliance_overview.py builds the page and its PDF; this plugin feeds it from
// Allure's store and puts both into the report under overview/).
//
// It also evaluates the count gate. `allure generate` never does: only `allure run` validates the
// quality gate and hands the results to the report, and `allure quality-gate` validates with every
// plugin off and writes nothing, so a generated report's quality gate tab read 0 whatever the gate
// said. The plugin validates the same rules (the config's qualityGate, Allure's own rule code) over
// the same results, writes the verdict as data for the overview and the gates (gateFile), and
// answers the store's quality gate questions with it, so the report's tab shows the real results.
// It must come before `awesome` in `plugins`: plugins finish in that order.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { QualityGateState, qualityGateDefaultRules } from "@allurereport/core";

// Allure's rule messages are coloured for a terminal; the data keeps the words.
const plain = (text) => String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "");
const ignored = (tr) => tr.isRetry || tr.resolution === "muted" || tr.resolution === "accepted";

// Every ruleset of the config, rule by rule, as `allure quality-gate` validates them.
export const validateQualityGate = async (config, trs) => {
  const state = new QualityGateState();
  const results = [];
  const use = config?.use ?? qualityGateDefaultRules;
  const candidates = trs.filter((tr) => !ignored(tr));
  for (const ruleset of config?.rules ?? []) {
    const selected = ruleset.filter ? candidates.filter(ruleset.filter) : candidates;
    for (const [key, expected] of Object.entries(ruleset)) {
      if (["filter", "id", "fastFail"].includes(key)) continue;
      const rule = use.filter((candidate) => candidate.rule === key).pop();
      if (!rule) throw new Error(`quality gate rule ${key} is not provided`);
      const id = ruleset.id ? `${ruleset.id}/${key}` : key;
      const result = await rule.validate({
        trs: selected,
        expected,
        metrics: [],
        previousHistory: [],
        state: { getResult: () => state.getResult(id), setResult: (value, ids) => state.setResult(id, value, ids) },
      });
      const payload = { actual: result.actual, expected };
      const message = result.success && rule.successMessage ? rule.successMessage(payload) : rule.message(payload);
      results.push({ ...result, expected, rule: id, message: plain(message) });
    }
  }
  return results;
};

// The store answers with these results from now on (the report's quality gate tab and quality-gate.json).
const showInReport = async (store, trs, results) => {
  const environment = (trs.length && (await store.environmentIdByTrId(trs[0].id))) || "default";
  const withEnvironment = results.map((result) => ({ ...result, environment }));
  store.qualityGateResults = async () => withEnvironment;
  store.qualityGateResultsByEnvironmentId = async () => ({ [environment]: withEnvironment });
  store.qualityGateResultsByEnv = async () => ({ [environment]: withEnvironment });
};

// What the overview needs of each test: status, the first line of its message, its indicators.
const testsForOverview = (trs) =>
  trs.map((tr) => ({
    name: tr.name,
    status: tr.status,
    message: plain(tr.error?.message).split("\n")[0],
    stories: tr.labels.filter((label) => label.name === "story").map((label) => label.value),
    language: tr.labels.find((label) => label.name === "site-language")?.value,
    start: tr.start,
    stop: tr.stop,
  }));

const environmentOf = async (store) => {
  const items = (await store.metadataByKey("allure_environment")) ?? [];
  return Object.fromEntries(items.map((item) => [item.name, (item.values ?? []).join(", ")]));
};

export default class ComplianceOverviewPlugin {
  constructor(options = {}) {
    this.options = options;
    this.summary = undefined;
  }

  async done(context, store) {
    const { options } = this;
    const trs = await store.allTestResults({ includeRetries: false });
    const results = await validateQualityGate(options.qualityGate, trs);
    await showInReport(store, trs, results);
    const countGate = { gate: "count", passed: results.every((result) => result.success), results };
    await writeJson(options.gateFile, countGate);
    const input = join(options.out, "input.json");
    await writeJson(input, { tests: testsForOverview(trs), environment: await environmentOf(store), countGate });
    execFileSync(options.python, [
      "scripts/compliance_overview.py", "--input", input, "--coverage", options.coverage,
      "--requirements-gate", options.requirementsGate, "--profile", options.profile, "--lang", options.lang,
      ...(options.history ? ["--history", options.history] : []), "--out", options.out, "--pdf",
    ], { stdio: "inherit" });
    for (const name of ["index.html", "compliance-overview.pdf"]) {
      await context.reportFiles.addFile(name, await readFile(join(options.out, name)));
    }
    this.summary = JSON.parse(await readFile(join(options.out, "summary.json"), "utf-8"));
  }

  // The overview's card on the report's summary page: the indicators' verdicts as its statistic.
  async info() {
    if (!this.summary) return undefined;
    const { counts, gates_passed: gatesPassed, title } = this.summary;
    const failed = counts.failed ?? 0;
    return {
      name: `${title} · ${this.options.reportName ?? ""}`.trim(),
      stats: {
        total: Object.values(counts).reduce((sum, n) => sum + n, 0) - (counts.offsite ?? 0),
        passed: counts.passed ?? 0,
        failed,
        skipped: (counts.not_applicable ?? 0) + (counts.not_run ?? 0),
        unknown: counts.no_test ?? 0,
      },
      status: failed || !gatesPassed ? "failed" : "passed",
      duration: 0,
      plugin: "compliance-overview",
    };
  }
}

const writeJson = async (path, data) => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`, "utf-8");
};
