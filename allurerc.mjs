// Allure Report 3 configuration for `make e2e`: one HTML report, in Traditional Chinese by
// default (REPORT_LANG=en for English), grouped site language › duty › task › requirement
// (site-language › epic › feature › story), with history across runs and the release quality gate.
// Categories (Allure 3 `categories`, matched by status and label) put the honest verdicts of
// support/plugins/verdicts.py in groups of their own: tests not applicable to the property, and
// checks that compared nothing; failures (the site's) and broken tests (the suite's) keep Allure's
// two default categories under names in the report's language, and so do the charts.
// Two plugins, so the report opens on a summary page linking each: the compliance overview
// (scripts/allure-overview-plugin.mjs: every indicator's verdict, the gates, the trend, a PDF) and
// the full report (awesome/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultChartsConfig } from "@allurereport/charts-api";
import { defineConfig } from "allure";

// Failures accepted as known issues: Allure resolution rules (`resolution: "accepted"` or "muted",
// matched by messageRegexp or testCaseId, with a comment) that the quality gate does not count.
// Empty: every failure fails the gate.
const resolutions = JSON.parse(readFileSync(new URL("./allure-resolutions.json", import.meta.url), "utf-8"));

const english = (process.env.REPORT_LANG || "zh-TW") === "en";
// The count gate: MIN_TESTS tests at least (make scales it to a selection) and no failure.
const qualityGate = { rules: [{ maxFailures: 0, minTestsCount: Number(process.env.MIN_TESTS || 150) }] };
const verdict = (status, value) => ({ statuses: [status], labels: { verdict: `^${value}$` } });

// The charts Allure draws by default, titled in the report's language (Allure's titles are English
// whatever the report language). A chart Allure adds in a later version and this table lacks stops
// the build, so no English title slips into a Chinese report.
const chartTitles = {
  "Current status": "目前狀態",
  "Status dynamics": "狀態趨勢",
  "Test results by severities": "依嚴重程度的測試結果",
  "Status transitions": "狀態變化",
  "Test base growth dynamics": "測試數量變化",
  "Coverage diff map": "涵蓋範圍差異圖",
  "Success rate distribution": "通過率分布",
  "Problems distribution by environment": "各環境的問題分布",
  "Stability distribution by features": "各工作任務的穩定度",
  "Stability distribution by epics": "各工作職責的穩定度",
  "Stability distribution by stories": "各行為指標的穩定度",
  "Durations histogram": "執行時間分布",
  "Durations by layer histogram": "各層級的執行時間分布",
  "Durations dynamics": "執行時間趨勢",
  "Status age pyramid": "狀態持續時間金字塔",
  "Testing pyramid": "測試金字塔",
};
const charts = defaultChartsConfig.map((chart) => {
  if (english) return chart;
  if (!(chart.title in chartTitles)) throw new Error(`allurerc.mjs: no Chinese title for Allure's chart "${chart.title}"`);
  return { ...chart, title: chartTitles[chart.title] };
});

export default defineConfig({
  name: process.env.REPORT_NAME || "訂房網站法遵回歸測試",  // make sets the property's name (Makefile REPORT_NAME)
  output: "reports/allure-report",
  // ALLURE_NO_HISTORY=1 for reports that are not releases (the shard check): they stay out of the trend.
  historyPath: process.env.ALLURE_NO_HISTORY ? undefined : "reports/history/history.jsonl",
  historyLimit: 30,
  resolutions: { rules: resolutions.rules, knownIssuesPath: "reports/known-issues.json" },
  categories: {
    rules: [
      {
        id: "not-applicable",
        name: english ? "Not applicable: features the property does not offer" : "不適用：本旅宿未提供的功能",
        matchers: verdict("skipped", "not-applicable"),
        groupBy: [{ label: "site-language" }],
        groupByMessage: true,
      },
      {
        id: "demanded-not-offered",
        name: english ? "Features the standard demands, not offered" : "職能基準要求但未提供的功能",
        matchers: verdict("failed", "demanded-not-offered"),
        groupBy: [{ label: "site-language" }],
        groupByMessage: true,
        expand: true,
      },
      {
        id: "compared-nothing",
        name: english ? "Checks that compared nothing" : "未比對任何內容的檢查",
        matchers: verdict("failed", "compared-nothing"),
        groupBy: [{ label: "site-language" }],
        groupByMessage: false,
        expand: true,
      },
      // Allure's two default categories, named for the operator: a failure is the site's, a broken
      // test the suite's or its environment's (support/plugins/verdicts.py).
      {
        id: "_product_errors_default_category",
        name: english ? "The site does not meet the standard" : "網站未符合職能基準",
        matchers: { statuses: ["failed"] },
      },
      {
        id: "_test_errors_default_category",
        name: english ? "Faults of the suite or its environment (not the site)" : "測試工具或環境的問題（非網站問題）",
        matchers: { statuses: ["broken"] },
      },
    ],
  },
  qualityGate,
  plugins: {
    overview: {
      // Not for reports that are not releases (ALLURE_NO_HISTORY=1: the shard check).
      enabled: !process.env.ALLURE_NO_HISTORY,
      import: fileURLToPath(new URL("./scripts/allure-overview-plugin.mjs", import.meta.url)),
      options: {
        qualityGate,
        reportName: process.env.REPORT_NAME || "",
        lang: process.env.REPORT_LANG || "zh-TW",
        python: process.env.OVERVIEW_PYTHON || ".venv/bin/python",
        profile: process.env.OVERVIEW_PROFILE || "profiles/demo-hotel.yaml",
        coverage: "reports/requirements.json",
        requirementsGate: "reports/gate-requirements.json",
        gateFile: "reports/gate-count.json",
        history: "reports/history/compliance.jsonl",
        out: "reports/overview",
      },
    },
    awesome: {
      options: {
        reportName: process.env.REPORT_NAME || "訂房網站法遵回歸測試",
        reportLanguage: process.env.REPORT_LANG || "zh-TW",
        singleFile: false,
        groupBy: ["site-language", "epic", "feature", "story"],
        charts,
      },
    },
  },
});
