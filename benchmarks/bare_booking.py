"""The booking journey as a bare Playwright script: the baseline the suite's overhead is measured against.

The same clicks and checks as `scenarios.book_stay.book_stay` followed by the confirmation check,
written directly against the page with no page objects, fixtures, data builders or reporting.
Used by scripts/bench.py; run alone it books `--runs` stays against `--base-url` and prints seconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta

from playwright.sync_api import Browser, expect, sync_playwright


def book_once(browser: Browser, base_url: str, check_in: date, email: str) -> float:
    """One booking in a fresh context, from the empty form to the confirmation; seconds taken."""
    started = time.perf_counter()
    context = browser.new_context(base_url=base_url, locale="zh-TW", timezone_id="Asia/Taipei")
    page = context.new_page()
    page.goto("/book")
    page.get_by_label("入住日期").fill(check_in.isoformat())
    page.get_by_label("退房日期").fill((check_in + timedelta(days=2)).isoformat())
    page.get_by_label("房間數", exact=True).fill("1")
    page.get_by_label("入住人數").fill("2")
    page.get_by_label("房型", exact=True).select_option(label="豪華雙床房")
    page.get_by_label("加購早餐（每人每晚 NT$380）").check()
    page.get_by_label("訂房人姓名").fill("林雅婷")
    page.get_by_label("電子郵件").fill(email)
    page.get_by_label("聯絡電話").fill("0912-345-678")
    page.get_by_role("radio", name="信用卡").check()
    page.get_by_role("button", name="下一步：確認訂單內容").click()
    page.get_by_role("checkbox", name="我已閱讀並同意訂房條款").check()
    page.get_by_role("button", name="確認訂房並付款").click()
    expect(page.get_by_role("heading", name="訂房完成")).to_be_visible()
    context.close()
    return time.perf_counter() - started


def run(base_url: str, runs: int, executable: str | None, first_day: date) -> list[float]:
    """Launch a browser and book `runs` stays on consecutive free dates (after one warm-up)."""
    with sync_playwright() as playwright:
        options = {"executable_path": executable, "args": ["--no-sandbox", "--disable-gpu"]} if executable else {}
        browser = playwright.chromium.launch(**options)
        book_once(browser, base_url, first_day, "warmup@guest.example")
        timings = [
            book_once(browser, base_url, first_day + timedelta(days=3 * (n + 1)), f"bench{n}@guest.example")
            for n in range(runs)
        ]
        browser.close()
        return timings


def main() -> None:
    """Book `--runs` stays and print the median seconds per booking."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--executable")
    args = parser.parse_args()
    timings = run(args.base_url, args.runs, args.executable, date.today() + timedelta(days=200))
    print(f"median {statistics.median(timings):.3f} s over {len(timings)} bookings")


if __name__ == "__main__":
    main()
