"""What the hotel's own pages publish beyond `house.py`: facilities, the stay guide, service standards, media.

The innkeeper edits these lists when something changes at the house (a new amenity, a longer
reply time); the pages and the contact acknowledgement read them, so a promise is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from misty_hill.i18n import T

FACILITIES = (
    T("觀星露台", "星空テラス"),
    T("公共廚房（07:00–21:00）", "共用キッチン（7:00〜21:00）"),
    T("單車租借", "レンタサイクル"),
    T("洗衣機與烘衣機", "洗濯機と乾燥機"),
)

SOCIAL = (("Instagram", "https://www.instagram.com/mistyhill.hualien"), ("LINE", "https://line.me/R/ti/p/@mistyhill"))

AMENITIES = (
    T("毛巾與浴巾", "タオルとバスタオル"),
    T("環保洗沐用品（請自備牙刷）", "エコなバスアメニティ（歯ブラシはご持参ください）"),
    T("電熱水壺與花蓮在地茶包", "電気ケトルと花蓮産ティーバッグ"),
)
TRANSPORT = (
    T("台鐵新城（太魯閣）站：開車 8 分鐘，可預約接站", "台湾鉄道 新城（太魯閣）駅から車で8分、送迎は要予約"),
    T("花蓮機場：開車 25 分鐘", "花蓮空港から車で25分"),
    T("民宿前有 4 個免費停車位", "宿の前に無料駐車場4台分"),
)
SURROUNDINGS = (
    T("太魯閣國家公園遊客中心：開車 10 分鐘", "太魯閣国家公園ビジターセンター：車で10分"),
    T("七星潭：開車 20 分鐘", "七星潭：車で20分"),
    T("新城天主堂：步行 15 分鐘", "新城カトリック教会：徒歩15分"),
)
HOUSE_NOTES = (
    T("入住時請出示身分證件或護照", "チェックイン時に身分証明書またはパスポートをご提示ください"),
    T("室內全面禁菸", "館内は全面禁煙です"),
    T("21:30 後請降低音量，山裡的夜很安靜", "21時30分以降はお静かにお過ごしください"),
    T("颱風或道路封閉時，可免費改期或全額退款", "台風や道路閉鎖の際は無料で日程変更または全額返金します"),
)


@dataclass(frozen=True)
class Media:
    """An image the innkeeper approved for the site, with its alternative text in both languages."""

    file: str
    alt: dict[str, str]


LOGO = Media("misty-hill-logo.png", T("山霧民宿標誌", "山霧民宿のロゴ"))
VALLEY = Media("valley-morning.png", T("清晨山谷雲霧", "朝の渓谷にかかる霧"))

OPENS, CLOSES = "09:00", "21:00"  # when someone answers the phone and LINE


@dataclass(frozen=True)
class Channel:
    """A way to reach the innkeeper: staffed only in opening hours or not, and how fast it answers."""

    kind: str
    name: dict[str, str]
    staffed_hours_only: bool
    reply_within_hours: int | None  # None: answered live while staffed


CHANNELS = (
    Channel("phone", T("民宿電話", "お電話"), True, None),
    Channel("line", T("LINE 官方帳號", "LINE公式アカウント"), True, 1),
    Channel("form", T("線上留言", "お問い合わせフォーム"), False, 48),
)


@dataclass(frozen=True)
class Category:
    """A kind of message the contact form takes: how fast it is answered and what happens next."""

    code: str
    name: dict[str, str]
    next_step: dict[str, str]
    reply_within_days: int
    needs_booking_reference: bool = False


CATEGORIES = (
    Category("question", T("住宿諮詢", "ご宿泊のご相談"),
             T("民宿主人會以電子郵件回覆您", "オーナーがメールでご返信します"), 2),
    Category("reservation", T("訂房相關", "ご予約について"),
             T("我們會核對您的訂房並以電子郵件回覆", "ご予約を確認のうえメールでご返信します"), 1,
             needs_booking_reference=True),
    Category("complaint", T("意見申訴", "ご意見・苦情"),
             T("民宿主人會了解情況，並以書面回覆處理結果", "オーナーが事情を確認し、対応結果を書面でご返信します"), 5),
)  # fmt: skip

COMPLAINT_DEADLINE_DAYS = 5  # the law allows 15; we answer a complaint in writing within 5
CONSUMER_HOTLINE = "1950"


def category(code: str) -> Category | None:
    """The kind of message with this code, or None (a form posted with a made-up category)."""
    return next((kind for kind in CATEGORIES if kind.code == code), None)
