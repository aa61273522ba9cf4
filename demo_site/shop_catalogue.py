"""The hotel shop's own facts: products, delivery modes with their carriers and fees, stores and the delivery area.

The one place the shop reads them from. Rules that make them concrete (REQUIREMENTS.md 6, 7, 13):
food shows net weight, shelf life, storage, maker and registration number; chilled and frozen
food never goes by an ambient-only mode; convenience-store parcels stay under 5 kg with no side
over 45 cm; only FamilyMart takes frozen parcels. The suite's approved copy is in the profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from demo_site.hotel import Localized

# How an item must travel: what a delivery mode has to accept for it.
AMBIENT, CHILLED, FROZEN, VOUCHER = "ambient", "chilled", "frozen", "voucher"
MAX_QUANTITY = 10  # per product and order, disclosed beside every quantity field


@dataclass(frozen=True)
class FoodLabel:
    """What a food product's page must say (食安法 §22, MOHW distance-selling terms)."""

    net_weight_g: int
    shelf_life_days: int
    ingredients: Localized
    maker: Localized
    maker_address: Localized
    registration: str  # 食品業者登錄字號


@dataclass(frozen=True)
class Product:
    """One thing the shop sells, with what delivery needs to know about its parcel."""

    code: str
    name: Localized
    description: Localized
    kind: str  # ambient-food, chilled-food, frozen-food, merchandise, voucher
    price: int
    weight_g: int
    longest_side_cm: int
    food: FoodLabel | None = None

    @property
    def handling(self) -> str:
        """How it must travel: ambient, chilled, frozen, or voucher (used at the hotel, never shipped)."""
        return {"chilled-food": CHILLED, "frozen-food": FROZEN, "voucher": VOUCHER}.get(self.kind, AMBIENT)

    @property
    def perishable(self) -> bool:
        """Chilled or frozen food: excluded from the 7-day withdrawal right, as its page says before purchase."""
        return self.handling in (CHILLED, FROZEN)


@dataclass(frozen=True)
class Store:
    """A convenience store a parcel can be picked up at."""

    code: str
    name: Localized
    address: Localized


@dataclass(frozen=True)
class DeliveryMode:
    """A way an order reaches the guest: who carries it, what it accepts, its fee and lead time."""

    code: str
    name: Localized
    carrier: Localized
    accepts: frozenset[str]
    fee: int
    lead_days: int
    free_from: int | None = None
    needs_address: bool = False
    stores: tuple[Store, ...] = ()
    postcodes: frozenset[str] = field(default_factory=frozenset)  # the local delivery area
    weight_under_g: int | None = None
    longest_side_cm: int | None = None
    held_days: int | None = None

    @property
    def needs_store(self) -> bool:
        """Whether the guest chooses a store to pick the parcel up at."""
        return bool(self.stores)

    def store(self, code: str) -> Store:
        """The store with this code; KeyError when the mode has none such."""
        for store in self.stores:
            if store.code == code:
                return store
        raise KeyError(code)


_MAKER = Localized("嵐灣旅宿股份有限公司", "Lanwan Hospitality Co., Ltd.")
_MAKER_ADDRESS = Localized("804 高雄市鼓山區蓮海路 88 號", "No. 88, Lianhai Rd., Gushan Dist., Kaohsiung City 804")
_REGISTRATION = "E-153168888-00000-6"

PRODUCTS: tuple[Product, ...] = (
    Product(
        "xo-sauce",
        Localized("干貝 XO 醬", "Scallop XO sauce"),
        Localized("主廚以干貝與金華火腿慢火熬製。", "Slow-cooked by our chef from dried scallops and Jinhua ham."),
        "ambient-food",
        price=580,
        weight_g=450,
        longest_side_cm=12,
        food=FoodLabel(
            200,
            365,
            Localized("干貝、火腿、辣椒、大豆油", "Dried scallop, ham, chilli, soybean oil"),
            _MAKER,
            _MAKER_ADDRESS,
            _REGISTRATION,
        ),
    ),
    Product(
        "mullet-roe",
        Localized("炙燒烏魚子", "Seared mullet roe"),
        Localized("高雄在地烏魚子，真空包裝冷藏配送。", "Local Kaohsiung mullet roe, vacuum-packed and sent chilled."),
        "chilled-food",
        price=1280,
        weight_g=300,
        longest_side_cm=20,
        food=FoodLabel(150, 30, Localized("烏魚卵、鹽", "Mullet roe, salt"), _MAKER, _MAKER_ADDRESS, _REGISTRATION),
    ),
    Product(
        "frozen-dumplings",
        Localized("手工海鮮水餃", "Handmade seafood dumplings"),
        Localized("每盒 40 顆，冷凍配送。", "40 dumplings a box, sent frozen."),
        "frozen-food",
        price=360,
        weight_g=1100,
        longest_side_cm=30,
        food=FoodLabel(
            1000,
            180,
            Localized("麵粉、蝦仁、豬肉、高麗菜", "Wheat flour, shrimp, pork, cabbage"),
            _MAKER,
            _MAKER_ADDRESS,
            _REGISTRATION,
        ),
    ),
    Product(
        "mug",
        Localized("海景馬克杯", "Sea-view mug"),
        Localized("印有西子灣夕照的陶瓷馬克杯。", "A ceramic mug printed with the Sizihwan sunset."),
        "merchandise",
        price=480,
        weight_g=400,
        longest_side_cm=12,
    ),
    Product(
        "beach-towel",
        Localized("海灣浴巾", "Bay beach towel"),
        Localized("有機棉大浴巾。", "A large organic-cotton beach towel."),
        "merchandise",
        price=500,
        weight_g=500,
        longest_side_cm=35,
    ),
    Product(
        "framed-print",
        Localized("西子灣攝影裱框", "Framed Sizihwan print"),
        Localized("60 公分實木裱框攝影作品。", "A photograph in a 60 cm solid-wood frame."),
        "merchandise",
        price=1800,
        weight_g=1500,
        longest_side_cm=60,
    ),
    Product(
        "dinner-voucher",
        Localized("海景自助晚餐券", "Sea-view buffet dinner voucher"),
        Localized(
            "於本館海景餐廳使用，一張一位，自購買日起一年內有效。",
            "For one guest at our sea-view restaurant, valid for a year from purchase.",
        ),
        "voucher",
        price=1200,
        weight_g=0,
        longest_side_cm=0,
    ),
)

_SEVEN_ELEVEN = (
    Store(
        "183457",
        Localized("7-ELEVEN 西子灣門市", "7-ELEVEN Sizihwan"),
        Localized("高雄市鼓山區蓮海路 70 號", "No. 70, Lianhai Rd., Gushan Dist., Kaohsiung"),
    ),
    Store(
        "201362",
        Localized("7-ELEVEN 哈瑪星門市", "7-ELEVEN Hamasen"),
        Localized("高雄市鼓山區臨海二路 15 號", "No. 15, Linhai 2nd Rd., Gushan Dist., Kaohsiung"),
    ),
    Store(
        "174820",
        Localized("7-ELEVEN 美術館門市", "7-ELEVEN Art Museum"),
        Localized("高雄市鼓山區美術東二路 88 號", "No. 88, Meishu E. 2nd Rd., Gushan Dist., Kaohsiung"),
    ),
)
_FAMILYMART = (
    Store(
        "015731",
        Localized("全家 高雄鼓山店", "FamilyMart Gushan"),
        Localized("高雄市鼓山區鼓山一路 52 號", "No. 52, Gushan 1st Rd., Gushan Dist., Kaohsiung"),
    ),
    Store(
        "018826",
        Localized("全家 高雄西子灣店", "FamilyMart Sizihwan"),
        Localized("高雄市鼓山區哨船街 9 號", "No. 9, Shaochuan St., Gushan Dist., Kaohsiung"),
    ),
)
_HOME = Localized("宅配", "Home delivery")
_STORE = Localized("超商取貨", "Convenience-store pickup")
_TCAT = Localized("黑貓宅急便", "T-Cat")
_FAMILY = Localized("全家便利商店", "FamilyMart")
_GOODS = frozenset({AMBIENT})
_STORE_LIMITS = {"weight_under_g": 5000, "longest_side_cm": 45, "held_days": 7}

DELIVERY_MODES: tuple[DeliveryMode, ...] = (
    DeliveryMode(
        "on-site",
        Localized("來店使用", "Use at the hotel"),
        Localized("本館海景餐廳", "Our sea-view restaurant"),
        frozenset({VOUCHER}),
        fee=0,
        lead_days=0,
    ),
    DeliveryMode(
        "front-desk",
        Localized("櫃台自取", "Pickup at the front desk"),
        Localized("本館櫃台", "Hotel front desk"),
        frozenset({AMBIENT, CHILLED, FROZEN}),
        fee=0,
        lead_days=1,
    ),
    DeliveryMode(
        "local",
        Localized("在地外送", "Local delivery"),
        Localized("本館專人外送", "Our own courier"),
        frozenset({AMBIENT, CHILLED, FROZEN}),
        fee=100,
        lead_days=1,
        free_from=1500,
        needs_address=True,
        postcodes=frozenset({"800", "801", "802", "803", "804", "807", "813"}),
    ),
    DeliveryMode("home-tcat", _HOME, _TCAT, _GOODS, fee=150, lead_days=3, free_from=2000, needs_address=True),
    DeliveryMode(
        "home-hct",
        _HOME,
        Localized("新竹物流", "HCT Logistics"),
        _GOODS,
        fee=130,
        lead_days=3,
        free_from=2000,
        needs_address=True,
    ),
    DeliveryMode(
        "home-post",
        _HOME,
        Localized("中華郵政", "Chunghwa Post"),
        _GOODS,
        fee=110,
        lead_days=4,
        free_from=2000,
        needs_address=True,
    ),
    DeliveryMode(
        "cold-tcat",
        Localized("低溫宅配", "Cold-chain home delivery"),
        _TCAT,
        frozenset({AMBIENT, CHILLED, FROZEN}),
        fee=250,
        lead_days=3,
        free_from=3000,
        needs_address=True,
    ),
    DeliveryMode(
        "store-711",
        _STORE,
        Localized("7-ELEVEN", "7-ELEVEN"),
        _GOODS,
        fee=65,
        lead_days=3,
        free_from=2000,
        stores=_SEVEN_ELEVEN,
        **_STORE_LIMITS,
    ),
    DeliveryMode(
        "store-family",
        _STORE,
        _FAMILY,
        _GOODS,
        fee=65,
        lead_days=3,
        free_from=2000,
        stores=_FAMILYMART,
        **_STORE_LIMITS,
    ),
    DeliveryMode(
        "store-family-frozen",
        Localized("超商冷凍取貨", "Frozen convenience-store pickup"),
        _FAMILY,
        frozenset({FROZEN}),
        fee=150,
        lead_days=4,
        free_from=3000,
        stores=_FAMILYMART,
        **_STORE_LIMITS,
    ),
)


def product(code: str) -> Product:
    """The product with this code; KeyError when there is none."""
    for item in PRODUCTS:
        if item.code == code:
            return item
    raise KeyError(code)


def delivery_mode(code: str) -> DeliveryMode:
    """The delivery mode with this code; KeyError when there is none."""
    for mode in DELIVERY_MODES:
        if mode.code == code:
            return mode
    raise KeyError(code)
