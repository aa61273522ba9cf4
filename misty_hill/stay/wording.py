"""The wizard's own wording, in both languages; stay.js receives it from `stay/api/setup` in the guest's language.

Keeping it here keeps every sentence the guest reads in one place, beside the server's messages,
so the browser and the server can never speak two different languages.
"""

from __future__ import annotations

from misty_hill.i18n import T

UI = {
    "form_title": T("線上訂房", "オンライン予約"),
    "review_title": T("確認訂房內容", "ご予約内容の確認"),
    "done_title": T("訂房完成", "ご予約が確定しました"),
    "progress": T("訂房步驟", "予約の手順"),
    "step_dates": T("日期與人數", "日程と人数"),
    "step_room": T("房型", "客室"),
    "step_extras": T("加購服務", "オプション"),
    "step_guest": T("訂房人與付款", "ご予約者とお支払い"),
    "step_review": T("確認", "確認"),
    "step_done": T("完成", "完了"),
    "step_of": T("第 {n} 步，共 {total} 步", "ステップ{n}／{total}"),
    "calendar": T("選擇入住與退房日期", "チェックイン日とチェックアウト日を選択"),
    "calendar_hint": T("先點選入住日，再點選退房日；也可以直接輸入日期。",
                       "チェックイン日、チェックアウト日の順に選択してください。日付を直接入力することもできます。"),
    "prev_month": T("上個月", "前の月"),
    "next_month": T("下個月", "次の月"),
    "month_caption": T("{year}年{month}月", "{year}年{month}月"),
    "sold_out_day": T("已客滿", "満室"),
    "check_in": T("入住日期", "チェックイン日"),
    "check_out": T("退房日期", "チェックアウト日"),
    "rooms": T("房間數", "客室数"),
    "guests": T("入住人數", "ご宿泊人数"),
    "fewer": T("減少", "減らす"),
    "more": T("增加", "増やす"),
    "nights_chosen": T("共 {nights} 晚", "{nights}泊"),
    "room_type": T("房型", "客室タイプ"),
    "per_person_from": T("每人每晚 {rate} 起", "1名様1泊 {rate}〜"),
    "sleeps": T("每間最多 {n} 位，共 {count} 間", "1室{n}名様まで・全{count}室"),
    "stay_price": T("此行程房價 {price}", "この日程の宿泊料金 {price}"),
    "left": T("剩 {n} 間", "残り{n}室"),
    "sold_out": T("已售完", "満室"),
    "fix_stay_first": T("請先修正日期或人數，才能顯示價格", "日程または人数を修正すると料金が表示されます"),
    "addon_yes": T("加購", "追加する"),
    "addon_no": T("不需要", "追加しない"),
    "guest_name": T("訂房人姓名", "ご予約者のお名前"),
    "email": T("電子郵件", "メールアドレス"),
    "email_hint": T("訂房確認信與取消連結會寄到這裡", "予約確認メールとキャンセル用リンクをお送りします"),
    "phone": T("聯絡電話", "電話番号"),
    "special_request": T("特殊需求（選填）", "ご要望（任意）"),
    "payment_method": T("付款方式", "お支払い方法"),
    "live_total": T("目前選擇的總金額", "現在の選択での合計"),
    "your_choice": T("您的選擇", "ご選択内容"),
    "back": T("上一步", "戻る"),
    "next": T("下一步", "次へ"),
    "to_review": T("下一步：確認訂房內容", "次へ：ご予約内容の確認"),
    "fix_these": T("請修正以下欄位：", "次の項目をご確認ください："),
    "your_stay": T("住宿內容", "ご宿泊内容"),
    "payment_terms": T("付款方式與期限", "お支払い方法と期限"),
    "services": T("費用包含", "料金に含まれるもの"),
    "cancellation": T("取消規定", "キャンセル規定"),
    "policy_link": T("取消與退款政策（另開視窗）", "キャンセル・返金ポリシー（新しいウィンドウ）"),
    "fees_link": T("收費標準（另開視窗）", "料金のご案内（新しいウィンドウ）"),
    "service_phone": T("客服電話", "お問い合わせ電話"),
    "service_hours": T("服務時間 09:00–21:00", "受付時間 9:00〜21:00"),
    "terms_link": T("住宿條款（另開視窗）", "宿泊約款（新しいウィンドウ）"),
    "accept_terms": T("我已閱讀並同意住宿條款與取消規定", "宿泊約款とキャンセル規定を読み、同意します"),
    "confirm": T("確認訂房並同意付款", "予約を確定し、支払いに同意する"),
    "edit": T("修改內容", "内容を修正する"),
    "nothing_booked": T("這份訂房內容已被更改或已失效，無法驗證，尚未完成訂房。請重新確認後再送出。",
                        "このご予約内容は変更されたか有効期限が切れたため確認できず、予約は完了していません。"
                        "内容をご確認のうえ、もう一度お進みください。"),
    "price_changed": T("價格已更新，請重新確認", "料金が更新されました。もう一度ご確認ください"),
    "network": T("目前無法連線，請稍後再試或來電 {phone}",
                 "接続できませんでした。しばらくしてからお試しいただくか、{phone}までお電話ください"),
    "done_lead": T("感謝您的預訂！確認信已寄到 {email}。",
                   "ご予約ありがとうございます。確認メールを{email}にお送りしました。"),
    "reference": T("訂房編號", "予約番号"),
    "stay_info_link": T("入住須知與交通資訊", "ご滞在案内とアクセス"),
    "sending": T("處理中…", "処理中…"),
}  # fmt: skip

ADDON_PRICING = {
    ("stay", "person"): T("每位 {price}，每次住宿一份", "お一人様 {price}（ご滞在中1回）"),
    ("night", "party"): T("每晚 {price}，全體共用", "1泊 {price}（グループ全員で）"),
    ("night", "person"): T("每位每晚 {price}", "お一人様1泊 {price}"),
    ("stay", "party"): T("每次住宿 {price}", "ご滞在ごとに {price}"),
}
METHOD_ABOUT = {
    "card": T("確認訂房時刷卡付清全額，無手續費。", "ご予約確定時に全額をカード決済します。手数料はかかりません。"),
    "wire": T("3 天內（最晚入住前一天）匯款總金額三成作為訂金，尾款入住時支付，無手續費。",
              "3日以内（遅くともチェックイン前日まで）に合計の30%を手付金としてお振込みいただき、残金はチェックイン時にお支払いください。手数料はかかりません。"),
}  # fmt: skip


def weekdays(lang: str) -> list[str]:
    """Column heads of the calendar, Monday first."""
    return list("一二三四五六日" if lang == "zh-TW" else "月火水木金土日")
