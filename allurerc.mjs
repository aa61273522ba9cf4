// Allure Report 3 configuration for `make e2e`: one HTML report, in Traditional Chinese by
// default (REPORT_LANG=en for English), grouped duty › task › requirement (epic › feature › story).
import { defineConfig } from "allure";

export default defineConfig({
  name: process.env.REPORT_NAME || "嵐灣海景旅店 訂房網站法遵回歸測試",
  output: "reports/allure-report",
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
