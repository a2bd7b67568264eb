"""The lexicon of official titles as Vietnamese copy writes them: data, not code.

A title is a *head* (the office: ``Bí thư``, ``Phó Chủ tịch``, ``Bộ trưởng``…) followed by an
*organisation phrase* (``Thành uỷ Hà Nội``, ``UBND tỉnh Quảng Trị``, ``Bộ Tài chính``). Heads
are not listed one by one: :func:`heads` builds them from :data:`OFFICES`, the chiefs of units
(:data:`CHIEF_AFTER_UNIT`, ``Trưởng`` + a unit) and the members of party committees
(:data:`COMMITTEES`), and the grammar adds :data:`HEAD_MODIFIERS` and :data:`HEAD_QUALIFIERS`.
After a head the grammar (``people.mentions.grammar``) accepts:

* any phrase of :data:`ORGANISATION_PHRASES` (fixed bodies, ``Thành uỷ``, ``Sở``…),
* a sector name of :data:`SECTORS` written with its capital (``Tài chính``, ``Giáo dục và
  Đào tạo``), which is how ministries, departments and boards are named,
* a body's own name: a capitalised word and the lower-case words after it, up to a word of
  :data:`CLAUSE_WORDS` (``Cục Văn hoá cơ sở``),
* an administrative level of :data:`ADMIN_LEVELS` (``tỉnh``, ``thành phố``, ``huyện``…) and a
  qualifier of :data:`QUALIFIERS` (``khoá``, ``nhiệm kỳ``, ``nhân dân``, ``tối cao``…),
* capitalised words (place names: ``Hà Nội``, ``Quảng Trị``), numbers and Roman numerals
  (``Quân khu 7``, ``khoá XV``).

:data:`RANKS` are read apart from titles; :data:`PRIVATE_BODIES`, :data:`GENERIC_BODIES`,
:data:`OFFICES_OF_ANY_BODY`, :data:`CLERGY` and :data:`FOREIGN_PLACES` decide whether a title is
a public post. Abbreviations (``UBND``, ``HĐND``, ``TP``, ``T.Ư``…) are spelt out first
(``people.mentions.tokens``). The conventions, with examples: docs/vietnamese.md, "Titles in
copy". Everything is written here in ordinary spelling and normalised when loaded, so "Ủy" and
"Uỷ" are the same entry.
"""

from __future__ import annotations

__all__ = [
    "ABROAD_HEADS",
    "ADMIN_LEVELS",
    "CHIEF_AFTER_UNIT",
    "CHIEF_BEFORE_UNIT",
    "CLAUSE_WORDS",
    "CLERGY",
    "COMMITTEES",
    "CONNECTORS",
    "DEPARTMENTS",
    "FAMILY_NAMES",
    "FOREIGN_PLACES",
    "GENERIC_BODIES",
    "HEAD_MODIFIERS",
    "HEAD_QUALIFIERS",
    "HONORIFICS",
    "OFFICES",
    "OFFICES_OF_ANY_BODY",
    "ORGANISATION_PHRASES",
    "PEN_NAME_OFFICES",
    "PLACES",
    "PRIVATE_BODIES",
    "PUBLIC_WHEN_ALONE",
    "QUALIFIERS",
    "RANKS",
    "RARE_FAMILY_NAMES",
    "SECTORS",
    "STATE_BODIES",
    "heads",
]

#: Offices a title head names. A head is an office with the modifiers of :data:`HEAD_MODIFIERS`
#: before it ("Phó", "Quyền") and of :data:`HEAD_QUALIFIERS` after it ("Thường trực"):
#: "Phó Chủ tịch Thường trực", "Quyền Cục trưởng". The matcher takes the longest.
OFFICES: tuple[str, ...] = (
    # Party
    "Tổng Bí thư",
    "Thường trực Ban Bí thư",
    "Bí thư Thứ nhất",
    "Bí thư",
    "Uỷ viên dự khuyết",
    "Uỷ viên",
    "Chủ nhiệm",
    "Chánh Văn phòng",
    # State
    "Chủ tịch nước",
    "Thủ tướng",
    "Chủ tịch",
    "Tổng Thư ký",
    "Tổng Kiểm toán",
    "Tổng Thanh tra",
    "Chánh Thanh tra",
    "Thống đốc",
    "Đại biểu",
    "Giám đốc",
    "Tổng Giám đốc",
    "Chánh án",
    "Đại sứ đặc mệnh toàn quyền",
    "Đại sứ",
    "Tổng Lãnh sự",
    "Lãnh sự",
    "Tổng Biên tập",
    "Người phát ngôn",
    # Armed forces and police
    "Tổng Tham mưu trưởng",
    "Tham mưu trưởng",
    "Tư lệnh",
    "Chính uỷ",
)

#: Units whose chief is "<unit> trưởng": "Bộ trưởng", "Cục trưởng", "Sư đoàn trưởng".
CHIEF_AFTER_UNIT: tuple[str, ...] = (
    "Bộ",
    "Thứ",
    "Tổng cục",
    "Cục",
    "Chi cục",
    "Vụ",
    "Viện",
    "Hiệu",
    "Quân đoàn",
    "Sư đoàn",
    "Lữ đoàn",
    "Trung đoàn",
    "Tiểu đoàn",
    "Đồn",
    "Trạm",
    "Đoàn",
)

#: Departments of a ministry or a province, named after a sector their parent also holds,
#: narrowed in lower case: "Cục Tài chính doanh nghiệp", "Vụ Tổ chức cán bộ", "Chi cục Thuỷ
#: sản" (the last word of the noun, as the grammar reads it).
DEPARTMENTS: tuple[str, ...] = ("cục", "vụ", "viện", "phòng")

#: The chief of any unit written "Trưởng <organisation>": "Trưởng Ban Tổ chức Trung ương",
#: "Trưởng phòng Tài nguyên và Môi trường", "Trưởng Công an quận 2", "Trưởng đoàn đại biểu
#: Quốc hội". The organisation phrase that follows is part of the title.
CHIEF_BEFORE_UNIT = "Trưởng"

#: Party committees whose members are "<committee> viên": "Thành uỷ viên", "Tỉnh uỷ viên".
COMMITTEES: tuple[str, ...] = ("Thành uỷ", "Tỉnh uỷ", "Huyện uỷ", "Quận uỷ", "Thị uỷ", "Đảng uỷ")

HEAD_MODIFIERS: tuple[str, ...] = ("Quyền", "Phó")
HEAD_QUALIFIERS: tuple[str, ...] = ("Thường trực", "thứ nhất")

#: Offices that make a public post only in a public body: the same words head companies and
#: associations ("Chủ tịch HĐQT", "Giám đốc Công ty"). Any other office is public in itself.
OFFICES_OF_ANY_BODY: tuple[str, ...] = (
    "Chủ tịch",
    "Giám đốc",
    "Tổng Giám đốc",
    "Uỷ viên",
    "Tổng Thư ký",
    "Chủ nhiệm",
    "Tổng Biên tập",
    "Chánh Văn phòng",
    "Người phát ngôn",
    "Hiệu trưởng",
)

#: Of those, the offices that name a public post when written alone, with no body: "Chủ tịch
#: Hồ Chí Minh", "Chủ tịch Nguyễn Văn A" after the full title. "Giám đốc", "Hiệu trưởng" alone
#: are as often a company's or a school's.
PUBLIC_WHEN_ALONE: tuple[str, ...] = ("Chủ tịch",)

#: Military and police ranks. A rank is not a title: it is reported apart ("Đại tướng A, Bộ
#: trưởng Bộ Quốc phòng": rank "Đại tướng", title "Bộ trưởng Bộ Quốc phòng").
RANKS: tuple[str, ...] = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại uý",
    "Thượng uý",
    "Trung uý",
    "Thiếu uý",
    "Đô đốc",
    "Phó Đô đốc",
    "Chuẩn Đô đốc",
)


def heads() -> tuple[str, ...]:
    """Every title head the grammar above allows, before modifiers and qualifiers."""
    return (
        *OFFICES,
        *(f"{unit} trưởng" for unit in CHIEF_AFTER_UNIT),
        *(f"{committee} viên" for committee in COMMITTEES),
    )


#: Fixed names of bodies, and the nouns that start an organisation phrase. Case is ignored.
ORGANISATION_PHRASES: tuple[str, ...] = (
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương",
    "Ban Chấp hành Đảng bộ",
    "Ban Chấp hành",
    "Ban Thường vụ",
    "Ban Cán sự đảng",
    "Ban Chỉ đạo",
    "Trung ương Đảng",
    "Trung ương",
    "Đảng Cộng sản Việt Nam",
    "Đảng",
    "Quốc hội",
    "Uỷ ban Thường vụ Quốc hội",
    "Chính phủ",
    "Phủ Chủ tịch",
    "Phủ Thủ tướng",
    "nước",
    "Văn phòng",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Mặt trận",
    "Uỷ ban Mặt trận Tổ quốc",
    "Hội đồng Dân tộc",
    "Toà án nhân dân tối cao",
    "Toà án nhân dân",
    "Viện Kiểm sát nhân dân tối cao",
    "Viện Kiểm sát nhân dân",
    "Kiểm toán Nhà nước",
    "Thanh tra Chính phủ",
    "Ngân hàng Nhà nước Việt Nam",
    "Ngân hàng Nhà nước",
    "Thành uỷ",
    "Tỉnh uỷ",
    "Thị uỷ",
    "Quận uỷ",
    "Huyện uỷ",
    "Đảng uỷ Khối các cơ quan Trung ương",
    "Đảng uỷ Quân sự Trung ương",
    "Quân uỷ Trung ương",
    "Đảng uỷ Công an Trung ương",
    "Đảng uỷ",
    "Đảng bộ",
    "Chi bộ",
    "Uỷ ban nhân dân",
    "Hội đồng nhân dân",
    "Uỷ ban Kiểm tra",
    "Uỷ ban",
    "Hội đồng",
    "Đoàn đại biểu Quốc hội",
    "Đoàn",
    "Bộ Tổng Tham mưu",
    "Bộ Tư lệnh",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ đội Biên phòng",
    "Cảnh sát biển",
    "Cảnh sát",
    "Quân đội nhân dân Việt Nam",
    "Quân khu",
    "Quân đoàn",
    "Quân chủng",
    "Sư đoàn",
    "Tổng cục Chính trị",
    "Tổng cục",
    "Công an nhân dân",
    "Công an",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Liên đoàn Lao động",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Đoàn Thanh niên",
    "Trung ương Đoàn",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Hiệp hội",
    "Hội",
    "Bộ",
    "Sở",
    "Ban",
    "Cục",
    "Vụ",
    "Viện",
    "Học viện",
    "Trường",
    "Đại học",
    "Phòng",
    "Chi cục",
    "Tập đoàn",
    "Tổng công ty",
    "Công ty",
    "Giáo hội",
    "Khu kinh tế",
    "Khu công nghiệp",
    "Khu công nghệ cao",
    "Ngân hàng",
    "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Thông tấn xã Việt Nam",
    "Báo",
    "Cộng hoà",
)

#: Bodies whose heads hold no public post: companies and their boards, business associations,
#: churches. A title in one of them does not make its holder an official (docs/import.md).
PRIVATE_BODIES: tuple[str, ...] = (
    "Công ty",
    "Tập đoàn",
    "Tổng công ty",
    "Hội đồng quản trị",
    "Hội đồng thành viên",
    "Hiệp hội",
    "Giáo hội",
    "Hội đồng Trị sự",
    "Đoàn Luật sư",
    "Văn phòng luật sư",
    "Doanh nghiệp",
    "Hợp tác xã",
)

#: Bodies named by a common noun that any public or private body may use ("Hội", "Uỷ ban",
#: "Ngân hàng"): a title in one of them is public only when the rest of its name says so
#: ("Hội Nông dân Việt Nam", "Uỷ ban Chứng khoán Nhà nước", "Uỷ ban nhân dân tỉnh").
GENERIC_BODIES: tuple[str, ...] = (
    "Uỷ ban",
    "Hội đồng",
    "Ban",
    "Hội",
    "Văn phòng",
    "Đoàn",
    "Viện",
    "Học viện",
    "Trường",
    "Đại học",
    "Ngân hàng",
    "Báo",
    "Cộng hoà",
)

#: State institutions named by a generic noun ("Ngân hàng", "Uỷ ban", "Kho bạc", "Bảo hiểm",
#: "Học viện", "Trường") or run like a business, whose officers hold public posts: the policy
#: and development banks, the treasury, social insurance, the securities and state-capital
#: commissions, the national universities and the Party's schools. Matched whole, before the
#: generic noun: "Phó Giám đốc NHCSXH tỉnh", "Giám đốc Bảo hiểm xã hội tỉnh", "Chủ tịch Uỷ ban
#: Quản lý vốn nhà nước tại doanh nghiệp" (docs/vietnamese.md#who-is-an-official). A commercial
#: bank ("Ngân hàng TMCP Công Thương") is none of these and stays a company.
STATE_BODIES: tuple[str, ...] = (
    "Ngân hàng Chính sách xã hội",
    "Ngân hàng Phát triển Việt Nam",
    "Ngân hàng Nhà nước",
    "Kho bạc Nhà nước",
    "Kho bạc",
    "Bảo hiểm xã hội",
    "Bảo hiểm tiền gửi Việt Nam",
    "Kiểm toán Nhà nước",
    "Uỷ ban Chứng khoán Nhà nước",
    "Uỷ ban Quản lý vốn nhà nước tại doanh nghiệp",
    "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước",
    "Đại học Quốc gia",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Học viện Chính trị",
    "Học viện Hành chính",
    "Trường Chính trị",
)

#: Forms of address of clergy: the person named after them is not an official.
CLERGY: tuple[str, ...] = (
    "Hoà thượng",
    "Thượng toạ",
    "Đại đức",
    "Ni sư",
    "Sư thầy",
    "Linh mục",
    "Giám mục",
    "Tổng Giám mục",
    "Hồng y",
    "Mục sư",
)

#: Foreign countries and bodies: a title naming one (before any "tại") is a foreign post, and
#: the run of capitalised words after it is a foreign name, not a Vietnamese official's.
FOREIGN_PLACES: tuple[str, ...] = (
    "Lào", "Campuchia", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Mỹ", "Hoa Kỳ",
    "Nga", "Liên bang Nga", "Pháp", "Đức", "Anh", "Australia", "Úc", "Ấn Độ", "Thái Lan",
    "Singapore", "Malaysia", "Indonesia", "Philippines", "Myanmar", "Brunei", "Timor-Leste",
    "Cuba", "Ukraine", "Belarus", "Kazakhstan", "Mông Cổ", "Đài Loan", "Hồng Kông", "Italy",
    "Italia", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thuỵ Điển", "Thuỵ Sĩ", "Na Uy",
    "Phần Lan", "Đan Mạch", "Ba Lan", "Séc", "Hungary", "Áo", "Canada", "Mexico", "Brazil",
    "Argentina", "Chile", "Venezuela", "New Zealand", "Israel", "Palestine", "Iran", "Iraq",
    "Syria", "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "Saudi Arabia", "Qatar", "Pakistan",
    "Bangladesh", "Sri Lanka", "Nepal", "Châu Âu", "Liên minh châu Âu", "EU", "ASEAN",
    "Liên hợp quốc", "LHQ", "NATO", "Cộng hoà Dân chủ Nhân dân", "Cộng hoà Nhân dân",
)  # fmt: skip

#: Function words and speech verbs: a lower-case word of a body's own name ("Cục Văn hoá cơ
#: sở", "Uỷ ban Chứng khoán Nhà nước") is never one of these, so they end the name.
CLAUSE_WORDS: tuple[str, ...] = (
    "cho", "biết", "đã", "đang", "sẽ", "vừa", "là", "được", "bị", "có", "không", "cũng",
    "với", "về", "tại", "trong", "khi", "để", "này", "đó", "nói", "thì", "mà", "nhưng", "tới",
    "đến", "từ", "theo", "trên", "sau", "trước", "các", "những", "cùng", "ông", "bà", "đồng",
    "vào", "ra", "lên", "nêu", "nhấn", "khẳng", "phát", "chủ", "dự", "trao", "thăm", "làm",
    "kiểm", "yêu", "đề", "báo", "chia", "trả", "gửi", "tiếp", "nhận", "ký", "chỉ", "đánh",
    "giữ", "thôi", "hay", "hoặc", "rằng", "nên", "phải", "cần", "đi", "ở", "hôm", "ngày",
    "sáng", "chiều", "tối", "trưa", "đêm", "tháng", "lần", "sang",
)  # fmt: skip


#: Sector names as ministries, departments, boards and committees are named: ``Bộ Tài chính``,
#: ``Sở Giáo dục và Đào tạo``, ``Ban Tổ chức Trung ương``. Matched only when written with
#: their capital, so the verb "xây dựng" is never read as ``Xây dựng``.
SECTORS: tuple[str, ...] = (
    "Tài chính",
    "Ngoại giao",
    "Nội vụ",
    "Tư pháp",
    "Quốc phòng",
    "Công an",
    "Công Thương",
    "Xây dựng",
    "Y tế",
    "Giáo dục và Đào tạo",
    "Giáo dục",
    "Kế hoạch và Đầu tư",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường",
    "Khoa học và Công nghệ",
    "Văn hoá, Thể thao và Du lịch",
    "Văn hoá và Thể thao",
    "Văn hoá - Xã hội",
    "Du lịch",
    "Lao động - Thương binh và Xã hội",
    "Thông tin và Truyền thông",
    "Giao thông vận tải",
    "Dân tộc và Tôn giáo",
    "Dân tộc",
    "Tổ chức",
    "Tuyên giáo và Dân vận",
    "Tuyên giáo",
    "Dân vận",
    "Nội chính",
    "Kinh tế - Ngân sách",
    "Kinh tế",
    "Đối ngoại",
    "Pháp chế",
    "Pháp luật",
    "Đô thị",
    "Kiểm tra",
    "Quy hoạch - Kiến trúc",
    "Tài chính, Ngân sách",
    "Quốc phòng và An ninh",
    "Quốc phòng, An ninh và Đối ngoại",
    "Văn hoá, Giáo dục",
    "Xã hội",
    "Khoa học, Công nghệ và Môi trường",
    "Tuyên truyền",
    "Thi đua - Khen thưởng",
    # Boards named by what they do: "Phó Trưởng Ban Chỉ đạo", "Trưởng Ban Quản lý".
    "Chỉ đạo",
    "Quản lý",
    "Tiếp công dân",
    "Cơ yếu",
    "Tôn giáo",
    "Dân nguyện",
    "Công tác đại biểu",
    "Bảo vệ chính trị nội bộ",
    "An toàn giao thông",
    "Giáo sư nhà nước",
    "Nhà nước",  # "Tổng Kiểm toán Nhà nước", "Ngân hàng Nhà nước"
    "Thủ đô",  # "Bộ Tư lệnh Thủ đô Hà Nội"
    "Chính sách, chiến lược Trung ương",
    "Bảo vệ chăm sóc sức khoẻ cán bộ",
)

#: Administrative levels; a place name (capitalised) usually follows.
ADMIN_LEVELS: tuple[str, ...] = (
    "thành phố",
    "tỉnh",
    "quận",
    "huyện",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
    "thôn",
    "ấp",
    "khu phố",
    "tổ dân phố",
)

#: Lower-case words that belong inside an organisation phrase.
QUALIFIERS: tuple[str, ...] = (
    "khoá",
    "nhiệm kỳ",
    "thường trực",
    "dự khuyết",
    "nhân dân",
    "tối cao",
    "cấp cao",
    "khu vực",
    "đại biểu Quốc hội",
    "đại biểu",
    "toàn quốc",
    "các cơ quan",
    "chuyên trách",
    "quốc gia",
    "đơn vị",  # a deputy's constituency: "Trưởng Đoàn ĐBQH đơn vị Đà Nẵng"
    # the parent body of a committee: "Chủ nhiệm Uỷ ban Pháp luật của Quốc hội"
    "của Quốc hội",
    "của Chính phủ",
    "của Đảng",
)

#: Heads of posts abroad, whose title goes on with "tại" and the country or city: "Đại sứ Việt
#: Nam tại Nhật Bản", "Tổng Lãnh sự Việt Nam tại Thượng Hải".
ABROAD_HEADS: tuple[str, ...] = (
    "Đại sứ",
    "Đại sứ đặc mệnh toàn quyền",
    "Tổng Lãnh sự",
    "Lãnh sự",
)

#: Single-holder top offices of the Party and the state after which a leader may be named by a
#: pen name of two words that opens with no family name: "Tổng Bí thư Trường Chinh". Foreign
#: holders of these offices are written with their country ("Chủ tịch nước Lào …").
PEN_NAME_OFFICES: tuple[str, ...] = ("Tổng Bí thư", "Chủ tịch nước")

#: Words that join stacked titles without a comma: "Bí thư Tỉnh uỷ kiêm Chủ tịch HĐND tỉnh".
CONNECTORS: tuple[str, ...] = ("kiêm",)

#: Forms of address and academic or honorary prefixes that stand between a title and a name
#: ("Bộ trưởng Bộ Y tế, GS.TS Nguyễn Văn A") or before a name ("đồng chí Nguyễn Văn A").
HONORIFICS: tuple[str, ...] = (
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "anh",
    "chị",
    "GS",
    "PGS",
    "TS",
    "ThS",
    "BS",
    "NGND",
    "NGƯT",
    "NSND",
    "NSƯT",
    "Anh hùng Lực lượng vũ trang nhân dân",
)

#: Family names (họ). A capitalised run next to a title is taken for an unknown official only
#: when it opens with one of these (see ``grammar.split_place_and_name``).
FAMILY_NAMES: frozenset[str] = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Chu", "Mai", "Trịnh", "Lương", "Đào", "Trương", "Tạ",
    "Lâm", "Hà", "Vương", "Cao", "Phùng", "Tô", "Đoàn", "Lưu", "Kiều", "Thái", "Nông", "Lò",
    "Triệu", "Quách", "Hứa", "Tăng", "Khúc", "La", "Lại", "Tống", "Thân", "Châu", "Giang", "Vi",
    "Hầu", "Giàng", "Sùng", "Vừ", "Thào", "Mùa", "Điểu", "Ksor", "Rơ", "Châm", "Danh", "Thạch",
    "Kim", "Lục", "Đàm", "Mạc", "Nghiêm", "Ninh", "Phí", "Quan", "Tôn", "Âu", "Bạch", "Diệp",
    "Doãn", "Giáp", "Hàn", "Khổng", "Khương", "Lạc", "Lã", "Lữ", "Mẫn", "Ông", "Quản", "Tiêu",
    "Từ", "Ứng", "Uông", "Viên", "Ma", "Đới", "Y", "Mông", "Cù", "Cấn", "Chế", "Đồng", "Đậu",
    "Đường", "Nhữ", "Phương", "Sầm", "Trình", "Yên",
))  # fmt: skip

#: Rarer family names, of the Kinh and of the northern and highland peoples (Tày, Thái, Dao,
#: Hmông, Ê Đê, Gia Rai, Bahnar): "Ngọ Duy …", "Văn Tiến …" ("Văn" is also the commonest middle
#: name: a name *opens* with it only at the start of a run). Read in copy like
#: :data:`FAMILY_NAMES`, but not in search queries (``people.search``), where "văn bản", "cung
#: cấp", "bàn giao" are words, not names.
RARE_FAMILY_NAMES: frozenset[str] = frozenset((
    "Ngọ", "Văn", "Bế", "Biện", "Cầm", "Chử", "Cung", "Điêu", "Hướng", "Kha", "Khiếu", "Khuất",
    "Lầu", "Lù", "Lường", "Nhâm", "Quàng", "Tào", "Thiều", "Thiệu", "Tòng", "Hạng", "Chảo",
    "Bàn", "Sái", "Siu", "Niê", "Mlô", "Byă", "Ayun", "Rcom", "Kpă", "Êban", "Nay", "Rah",
    "Rmah", "Puih", "Đàng",
    # Left out although real: "An", "Công", "Phó", "Hoa", "Hồng", "Sơn", "Trà", "Hạ", "Đan",
    # "Mã", "Cam", "Cái", "Chung", "Xa", "Dư", "Sử", "Tiết", "Vàng": each opens a place, a body
    # or an office written with capitals ("Long An", "Bộ Công Thương", "Phó Chủ tịch", "Hoa
    # Kỳ", "Sơn La", "Hạ viện", "Đan Mạch") far more often than a name, and would cut them.
))  # fmt: skip

#: Provinces and cities (before and after the 2025 mergers) and other places often named in
#: titles. A capitalised run after an organisation that starts with one of these is the place,
#: not a person: "Thành uỷ Hà Nội Nguyễn Thị Tuyến", "Tỉnh uỷ Lâm Đồng Trần Văn A".
PLACES: tuple[str, ...] = (
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "Thừa Thiên Huế",
    "Thừa Thiên - Huế",
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bà Rịa Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hậu Giang",
    "Hoà Bình",
    "Hưng Yên",
    "Khánh Hoà",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hoá",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
    "Thủ Đô",
    "Thủ đô",
    "Việt Nam",
)
