// Allure Report 3 configuration for `make e2e`: one HTML report, in Traditional Chinese by
// default (REPORT_LANG=en for English), grouped duty › task › requirement (epic › feature › story),
// with history across runs and the release quality gate.
import { readFileSync } from "node:fs";
import { defineConfig } from "allure";

// Failures accepted as known issues: Allure resolution rules (`resolution: "accepted"` or "muted",
// matched by messageRegexp or testCaseId, with a comment) that the quality gate does not count.
// Empty: every failure fails the gate.
const resolutions = JSON.parse(readFileSync(new URL("./allure-resolutions.json", import.meta.url), "utf-8"));

export default defineConfig({
  name: process.env.REPORT_NAME || "嵐灣海景旅店 訂房網站法遵回歸測試",
  output: "reports/allure-report",
  // ALLURE_NO_HISTORY=1 for reports that are not releases (the shard check): they stay out of the trend.
  historyPath: process.env.ALLURE_NO_HISTORY ? undefined : "reports/history/history.jsonl",
  historyLimit: 30,
  resolutions: { rules: resolutions.rules, knownIssuesPath: "reports/known-issues.json" },
  qualityGate: {
    rules: [
      {
        maxFailures: 0,
        minTestsCount: Number(process.env.MIN_TESTS || 150),
      },
    ],
  },
  plugins: {
    awesome: {
      options: {
        reportName: process.env.REPORT_NAME || "訂房網站法遵回歸測試",
        reportLanguage: process.env.REPORT_LANG || "zh-TW",
        singleFile: false,
        groupBy: ["epic", "feature", "story"],
      },
    },
  },
});
