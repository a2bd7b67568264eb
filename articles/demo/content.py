"""Demo content for ``manage.py load_demo``: an invented, plausible Vietnamese political newsroom.

Every official, quotation and figure here is made up for demonstration; names were chosen not to
match real office holders. Plain Python data: ``articles.demo.loader`` turns it into rows.

Conventions used by the loader:

* Dates are ISO strings; ``published_at`` is local time (``TIME_ZONE``, Asia/Ho_Chi_Minh).
* Article bodies are lists of paragraphs; an item starting with ``"## "`` becomes an ``<h2>``.
  Paragraphs may hold inline HTML (``<strong>``, ``<em>``); the model sanitises it on save.
* References between records use natural keys: organisation ``name``, person ``full_name``,
  resolution ``ref`` (its number, or an explicit ``ref`` when it has none), photo ``key``.
* A photo ``key`` is stored as ``Photo.original_filename``: that is how re-runs find the photo.
* ``publish_in_days`` makes a scheduled story: status published, time in the future.
* ``updated_at`` (local time, after ``published_at``): when a published story was last updated;
  without it the story shows no "Cập nhật" line (never updated since publication).
"""

SECTIONS = [
    {
        "name": "Thời sự",
        "order": 1,
        "description": "Tin tức thời sự trong nước được cập nhật liên tục trong ngày.",
    },
    {
        "name": "Chính trị",
        "order": 2,
        "description": "Hoạt động của các cơ quan Đảng, Nhà nước và chính quyền các cấp.",
    },
    {
        "name": "Xây dựng Đảng",
        "order": 3,
        "description": "Công tác tổ chức, cán bộ, kiểm tra, giám sát và đại hội đảng bộ các cấp.",
    },
    {
        "name": "Quốc hội",
        "order": 4,
        "description": "Kỳ họp, hoạt động lập pháp, giám sát và tiếp xúc cử tri của Quốc hội.",
    },
    {
        "name": "Địa phương",
        "order": 5,
        "description": "Tin từ Hà Nội, TP Hồ Chí Minh, Quảng Ninh và các tỉnh, thành phố.",
    },
    {
        "name": "Pháp luật",
        "order": 6,
        "description": "Xây dựng, thi hành pháp luật; điều tra, truy tố, xét xử các vụ án lớn.",
    },
    {
        "name": "Quốc tế",
        "order": 7,
        "description": "Hoạt động đối ngoại, hợp tác và hội nhập quốc tế.",
    },
]

# Parents come before their children.
ORGANIZATIONS = [
    {"name": "Ban Chấp hành Trung ương", "short_name": "BCH Trung ương", "kind": "party"},
    {"name": "Bộ Chính trị", "kind": "party", "parent": "Ban Chấp hành Trung ương"},
    {"name": "Ban Bí thư", "kind": "party", "parent": "Ban Chấp hành Trung ương"},
    {
        "name": "Ủy ban Kiểm tra Trung ương",
        "short_name": "UBKT Trung ương",
        "kind": "party",
        "parent": "Ban Chấp hành Trung ương",
    },
    {"name": "Quốc hội", "kind": "legislature"},
    {"name": "Ủy ban Thường vụ Quốc hội", "kind": "legislature", "parent": "Quốc hội"},
    {"name": "Ủy ban Pháp luật của Quốc hội", "kind": "legislature", "parent": "Quốc hội"},
    {"name": "Văn phòng Quốc hội", "kind": "legislature", "parent": "Quốc hội"},
    {"name": "Chính phủ", "kind": "government"},
    {"name": "Bộ Nội vụ", "kind": "ministry", "parent": "Chính phủ"},
    {
        "name": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "short_name": "MTTQ Việt Nam",
        "kind": "front",
    },
    {"name": "Thành ủy Hà Nội", "kind": "party", "parent": "Ban Chấp hành Trung ương"},
    {
        "name": "Hội đồng nhân dân thành phố Hà Nội",
        "short_name": "HĐND TP Hà Nội",
        "kind": "legislature",
    },
    {
        "name": "Ủy ban nhân dân thành phố Hà Nội",
        "short_name": "UBND TP Hà Nội",
        "kind": "government",
        "parent": "Hội đồng nhân dân thành phố Hà Nội",
    },
    {
        "name": "Viện kiểm sát nhân dân thành phố Hà Nội",
        "short_name": "VKSND TP Hà Nội",
        "kind": "judicial",
    },
    {"name": "Thành ủy TP Hồ Chí Minh", "kind": "party", "parent": "Ban Chấp hành Trung ương"},
    {
        "name": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "short_name": "UBND TP Hồ Chí Minh",
        "kind": "government",
    },
    {"name": "Tỉnh ủy Quảng Ninh", "kind": "party", "parent": "Ban Chấp hành Trung ương"},
    {
        "name": "Ủy ban nhân dân tỉnh Quảng Ninh",
        "short_name": "UBND tỉnh Quảng Ninh",
        "kind": "government",
    },
]

HN_PARTY = "Thành ủy Hà Nội"
HN_COUNCIL = "Hội đồng nhân dân thành phố Hà Nội"
HN_GOV = "Ủy ban nhân dân thành phố Hà Nội"
HCM_PARTY = "Thành ủy TP Hồ Chí Minh"
HCM_GOV = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
QN_PARTY = "Tỉnh ủy Quảng Ninh"
QN_GOV = "Ủy ban nhân dân tỉnh Quảng Ninh"
CENTRAL = "Ban Chấp hành Trung ương"
POLITBURO = "Bộ Chính trị"

# Positions: (title, organisation, start, end, term, rank). Lower rank is listed first when
# someone holds several posts on the same day ("Ủy viên Bộ Chính trị, Bí thư Thành ủy ...").
PEOPLE = [
    {
        "full_name": "Trịnh Quốc Hưng",
        "aliases": ["Trịnh Q. Hưng"],
        "birth_year": 1966,
        "portrait": "demo-chan-dung-01.jpg",
        "biography": [
            "Quê quán: Thanh Hóa. Tiến sĩ Kinh tế, Cao cấp lý luận chính trị.",
            (
                "Trưởng thành từ cơ sở, từng là Bí thư Huyện ủy Đông Anh, Trưởng Ban Tổ chức Thành "
                "ủy Hà Nội trước khi giữ chức Phó Bí thư Thường trực Thành ủy năm 2015. Được bầu "
                "làm Bí thư Thành ủy Hà Nội tháng 10/2020, tái đắc cử tháng 10/2025."
            ),
        ],
        "positions": [
            ("Ủy viên Bộ Chính trị", POLITBURO, "2026-01-23", None, "khóa XIV", 5),
            ("Ủy viên Trung ương Đảng", CENTRAL, "2021-01-30", "2026-01-22", "khóa XIII", 10),
            ("Bí thư Thành ủy Hà Nội", HN_PARTY, "2025-10-18", None, "khóa XVIII", 20),
            ("Bí thư Thành ủy Hà Nội", HN_PARTY, "2020-10-10", "2025-10-17", "khóa XVII", 20),
            (
                "Phó Bí thư Thường trực Thành ủy Hà Nội",
                HN_PARTY,
                "2015-10-28",
                "2020-10-09",
                "khóa XVI",
                20,
            ),
            (
                "Trưởng Đoàn đại biểu Quốc hội thành phố Hà Nội",
                "Quốc hội",
                "2021-07-20",
                "2026-04-05",
                "khóa XV",
                40,
            ),
        ],
    },
    {
        "full_name": "Vương Đình Khiêm",
        "aliases": [],
        "birth_year": 1958,
        "biography": [
            (
                "Quê quán: Hà Nam. Nguyên Ủy viên Bộ Chính trị khóa XII, nguyên Bí thư Thành ủy Hà "
                "Nội nhiệm kỳ 2015-2020. Nghỉ hưu từ năm 2021."
            ),
        ],
        "positions": [
            ("Ủy viên Bộ Chính trị", POLITBURO, "2016-01-28", "2021-01-30", "khóa XII", 5),
            ("Ủy viên Trung ương Đảng", CENTRAL, "2011-01-19", "2016-01-27", "khóa XI", 10),
            ("Bí thư Thành ủy Hà Nội", HN_PARTY, "2015-10-28", "2020-10-09", "khóa XVI", 20),
        ],
    },
    {
        "full_name": "Đoàn Minh Triết",
        "aliases": ["Đoàn M. Triết"],
        "birth_year": 1970,
        "portrait": "demo-chan-dung-02.jpg",
        "biography": [
            (
                "Quê quán: Nam Định. Tiến sĩ Quản lý đô thị. Từng là Giám đốc Sở Quy hoạch - Kiến "
                "trúc, Phó Chủ tịch UBND thành phố Hà Nội."
            ),
            (
                "Được HĐND thành phố bầu làm Chủ tịch UBND thành phố Hà Nội tháng 8/2020 và tiếp "
                "tục được bầu ở các nhiệm kỳ 2021-2026, 2026-2031."
            ),
        ],
        "positions": [
            ("Ủy viên Trung ương Đảng", CENTRAL, "2026-01-23", None, "khóa XIV", 10),
            ("Ủy viên Trung ương Đảng", CENTRAL, "2021-01-30", "2026-01-22", "khóa XIII", 10),
            ("Phó Bí thư Thành ủy Hà Nội", HN_PARTY, "2025-10-18", None, "khóa XVIII", 20),
            ("Phó Bí thư Thành ủy Hà Nội", HN_PARTY, "2020-10-10", "2025-10-17", "khóa XVII", 20),
            ("Chủ tịch UBND TP Hà Nội", HN_GOV, "2026-04-14", None, "nhiệm kỳ 2026-2031", 30),
            (
                "Chủ tịch UBND TP Hà Nội",
                HN_GOV,
                "2021-06-24",
                "2026-04-13",
                "nhiệm kỳ 2021-2026",
                30,
            ),
            (
                "Chủ tịch UBND TP Hà Nội",
                HN_GOV,
                "2020-08-20",
                "2021-06-23",
                "nhiệm kỳ 2016-2021",
                30,
            ),
            (
                "Phó Chủ tịch UBND TP Hà Nội",
                HN_GOV,
                "2016-07-01",
                "2020-08-19",
                "nhiệm kỳ 2016-2021",
                30,
            ),
        ],
    },
    {
        "full_name": "Lưu Thị Hạnh",
        "aliases": [],
        "birth_year": 1968,
        "biography": [
            (
                "Quê quán: Hưng Yên. Thạc sĩ Xây dựng Đảng và chính quyền nhà nước. Nhiều năm công "
                "tác trong khối dân vận, từng là Trưởng Ban Dân vận Thành ủy Hà Nội."
            ),
        ],
        "positions": [
            ("Phó Bí thư Thành ủy Hà Nội", HN_PARTY, "2025-10-18", None, "khóa XVIII", 20),
            ("Phó Bí thư Thành ủy Hà Nội", HN_PARTY, "2021-06-01", "2025-10-17", "khóa XVII", 20),
            ("Chủ tịch HĐND TP Hà Nội", HN_COUNCIL, "2026-04-14", None, "nhiệm kỳ 2026-2031", 30),
            (
                "Chủ tịch HĐND TP Hà Nội",
                HN_COUNCIL,
                "2021-06-23",
                "2026-04-13",
                "nhiệm kỳ 2021-2026",
                30,
            ),
            (
                "Trưởng Ban Dân vận Thành ủy Hà Nội",
                HN_PARTY,
                "2015-10-28",
                "2021-05-31",
                "khóa XVI, XVII",
                30,
            ),
        ],
    },
    {
        "full_name": "Kiều Văn Thắng",
        "aliases": [],
        "birth_year": 1975,
        "biography": [
            (
                "Quê quán: Hà Nội. Thạc sĩ Công nghệ thông tin. Từng là Giám đốc Sở Thông tin và "
                "Truyền thông Hà Nội; phụ trách lĩnh vực chuyển đổi số, cải cách hành chính của "
                "thành phố."
            ),
        ],
        "positions": [
            (
                "Phó Chủ tịch UBND TP Hà Nội",
                HN_GOV,
                "2026-04-14",
                None,
                "nhiệm kỳ 2026-2031",
                30,
            ),
            (
                "Phó Chủ tịch UBND TP Hà Nội",
                HN_GOV,
                "2021-07-14",
                "2026-04-13",
                "nhiệm kỳ 2021-2026",
                30,
            ),
            (
                "Giám đốc Sở Thông tin và Truyền thông Hà Nội",
                HN_GOV,
                "2017-03-01",
                "2021-07-13",
                "",
                50,
            ),
        ],
    },
    {
        "full_name": "Lâm Hữu Tài",
        "aliases": ["Tư Tài"],
        "birth_year": 1963,
        "portrait": "demo-chan-dung-03.jpg",
        "biography": [
            (
                "Quê quán: Tiền Giang. Cử nhân Luật, Cao cấp lý luận chính trị. Nhiều năm công tác "
                "tại Thành ủy TP Hồ Chí Minh, giữ chức Phó Bí thư Thường trực trước khi được bầu "
                "làm Bí thư Thành ủy tháng 10/2020."
            ),
        ],
        "positions": [
            ("Ủy viên Bộ Chính trị", POLITBURO, "2021-01-31", None, "khóa XIII, XIV", 5),
            ("Ủy viên Trung ương Đảng", CENTRAL, "2016-01-27", "2021-01-30", "khóa XII", 10),
            ("Bí thư Thành ủy TP Hồ Chí Minh", HCM_PARTY, "2025-10-15", None, "khóa XII", 20),
            (
                "Bí thư Thành ủy TP Hồ Chí Minh",
                HCM_PARTY,
                "2020-10-17",
                "2025-10-14",
                "khóa XI",
                20,
            ),
            (
                "Phó Bí thư Thường trực Thành ủy TP Hồ Chí Minh",
                HCM_PARTY,
                "2015-10-20",
                "2020-10-16",
                "khóa X",
                20,
            ),
        ],
    },
    {
        "full_name": "Tạ Minh Luân",
        "aliases": ["Sáu Luân"],
        "birth_year": 1971,
        "biography": [
            (
                "Quê quán: Long An. Tiến sĩ Kinh tế phát triển. Từng là Giám đốc Sở Kế hoạch và "
                "Đầu tư, Phó Chủ tịch UBND TP Hồ Chí Minh."
            ),
        ],
        "positions": [
            ("Ủy viên Trung ương Đảng", CENTRAL, "2021-01-30", None, "khóa XIII, XIV", 10),
            (
                "Phó Bí thư Thành ủy TP Hồ Chí Minh",
                HCM_PARTY,
                "2020-10-17",
                None,
                "khóa XI, XII",
                20,
            ),
            (
                "Chủ tịch UBND TP Hồ Chí Minh",
                HCM_GOV,
                "2026-04-16",
                None,
                "nhiệm kỳ 2026-2031",
                30,
            ),
            (
                "Chủ tịch UBND TP Hồ Chí Minh",
                HCM_GOV,
                "2021-06-30",
                "2026-04-15",
                "nhiệm kỳ 2021-2026",
                30,
            ),
            (
                "Chủ tịch UBND TP Hồ Chí Minh",
                HCM_GOV,
                "2020-11-20",
                "2021-06-29",
                "nhiệm kỳ 2016-2021",
                30,
            ),
            (
                "Phó Chủ tịch UBND TP Hồ Chí Minh",
                HCM_GOV,
                "2017-01-05",
                "2020-11-19",
                "nhiệm kỳ 2016-2021",
                30,
            ),
        ],
    },
    {
        "full_name": "Ninh Văn Cảnh",
        "aliases": ["Ninh V. Cảnh"],
        "birth_year": 1967,
        "portrait": "demo-chan-dung-04.jpg",
        "biography": [
            (
                "Quê quán: Quảng Ninh. Tiến sĩ Kinh tế biển. Từng là Bí thư Thành ủy Hạ Long, Chủ "
                "tịch UBND tỉnh Quảng Ninh nhiệm kỳ 2016-2021."
            ),
            (
                "Được bầu làm Bí thư Tỉnh ủy Quảng Ninh tháng 9/2020 và tái đắc cử tại Đại hội "
                "Đảng bộ tỉnh lần thứ XVI."
            ),
        ],
        "positions": [
            ("Ủy viên Trung ương Đảng", CENTRAL, "2021-01-30", None, "khóa XIII, XIV", 10),
            ("Bí thư Tỉnh ủy Quảng Ninh", QN_PARTY, "2025-09-30", None, "khóa XVI", 20),
            ("Bí thư Tỉnh ủy Quảng Ninh", QN_PARTY, "2020-09-25", "2025-09-29", "khóa XV", 20),
            ("Phó Bí thư Tỉnh ủy Quảng Ninh", QN_PARTY, "2015-10-15", "2020-09-24", "khóa XIV", 20),
            (
                "Chủ tịch UBND tỉnh Quảng Ninh",
                QN_GOV,
                "2016-06-01",
                "2020-09-24",
                "nhiệm kỳ 2016-2021",
                30,
            ),
            (
                "Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Ninh",
                "Quốc hội",
                "2021-07-20",
                "2026-04-05",
                "khóa XV",
                40,
            ),
        ],
    },
    {
        "full_name": "Mạc Thị Thu Hiền",
        "aliases": ["Mạc Thu Hiền"],
        "birth_year": 1974,
        "biography": [
            (
                "Quê quán: Hải Phòng. Tiến sĩ Quản trị kinh doanh. Từng là Giám đốc Sở Kế hoạch và "
                "Đầu tư, Phó Chủ tịch UBND tỉnh Quảng Ninh; nữ Chủ tịch UBND tỉnh đầu tiên của "
                "Quảng Ninh."
            ),
        ],
        "positions": [
            ("Phó Bí thư Tỉnh ủy Quảng Ninh", QN_PARTY, "2020-09-25", None, "khóa XV, XVI", 20),
            (
                "Chủ tịch UBND tỉnh Quảng Ninh",
                QN_GOV,
                "2026-04-14",
                None,
                "nhiệm kỳ 2026-2031",
                30,
            ),
            (
                "Chủ tịch UBND tỉnh Quảng Ninh",
                QN_GOV,
                "2021-06-28",
                "2026-04-13",
                "nhiệm kỳ 2021-2026",
                30,
            ),
            (
                "Chủ tịch UBND tỉnh Quảng Ninh",
                QN_GOV,
                "2020-10-15",
                "2021-06-27",
                "nhiệm kỳ 2016-2021",
                30,
            ),
            (
                "Phó Chủ tịch UBND tỉnh Quảng Ninh",
                QN_GOV,
                "2018-03-01",
                "2020-10-14",
                "nhiệm kỳ 2016-2021",
                30,
            ),
        ],
    },
    {
        "full_name": "Chu Minh Đạt",
        "aliases": [],
        "birth_year": 1962,
        "portrait": "demo-chan-dung-05.jpg",
        "biography": [
            (
                "Quê quán: Bắc Ninh. Tiến sĩ Luật. Từng là Chủ nhiệm Ủy ban Pháp luật của Quốc hội "
                "khóa XIV; được bầu làm Phó Chủ tịch Quốc hội khóa XV và khóa XVI."
            ),
        ],
        "positions": [
            ("Ủy viên Trung ương Đảng", CENTRAL, "2016-01-27", None, "khóa XII, XIII, XIV", 10),
            ("Phó Chủ tịch Quốc hội", "Quốc hội", "2026-04-07", None, "khóa XVI", 20),
            ("Phó Chủ tịch Quốc hội", "Quốc hội", "2021-04-06", "2026-04-06", "khóa XV", 20),
            (
                "Chủ nhiệm Ủy ban Pháp luật của Quốc hội",
                "Ủy ban Pháp luật của Quốc hội",
                "2016-07-25",
                "2021-04-05",
                "khóa XIV",
                30,
            ),
        ],
    },
    {
        "full_name": "Hà Thị Ngọc Diệp",
        "aliases": ["Hà Ngọc Diệp"],
        "birth_year": 1976,
        "portrait": "demo-chan-dung-06.jpg",
        "biography": [
            (
                "Quê quán: Phú Thọ. Tiến sĩ Luật hiến pháp. Nhiều năm công tác tại Văn phòng Quốc "
                "hội; người phát ngôn của Quốc hội tại các kỳ họp."
            ),
        ],
        "positions": [
            (
                "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội",
                "Quốc hội",
                "2026-04-07",
                None,
                "khóa XVI",
                30,
            ),
            (
                "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội",
                "Quốc hội",
                "2021-07-20",
                "2026-04-06",
                "khóa XV",
                30,
            ),
            (
                "Phó Chủ nhiệm Văn phòng Quốc hội",
                "Văn phòng Quốc hội",
                "2018-01-01",
                "2021-07-19",
                "",
                40,
            ),
        ],
    },
    {
        "full_name": "Quách Thành Nhân",
        "aliases": [],
        "birth_year": 1969,
        "biography": [
            (
                "Quê quán: Thái Bình. Cử nhân Luật, Cao cấp lý luận chính trị. Từng công tác tại "
                "Ban Nội chính Trung ương trước khi được bầu làm Phó Chủ nhiệm Ủy ban Kiểm tra "
                "Trung ương."
            ),
        ],
        "positions": [
            (
                "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương",
                "Ủy ban Kiểm tra Trung ương",
                "2021-02-02",
                None,
                "khóa XIII, XIV",
                30,
            ),
            (
                "Vụ trưởng Vụ Địa phương, Ban Nội chính Trung ương",
                None,
                "2016-03-01",
                "2021-02-01",
                "",
                50,
            ),
        ],
    },
    {
        "full_name": "Doãn Quang Vinh",
        "aliases": [],
        "birth_year": 1972,
        "biography": [
            (
                "Quê quán: Hà Nội. Thạc sĩ Luật hình sự. Gần 30 năm công tác trong ngành kiểm sát, "
                "từng là Phó Viện trưởng Viện kiểm sát nhân dân thành phố Hà Nội."
            ),
        ],
        "positions": [
            (
                "Viện trưởng VKSND TP Hà Nội",
                "Viện kiểm sát nhân dân thành phố Hà Nội",
                "2021-10-01",
                None,
                "",
                30,
            ),
            (
                "Phó Viện trưởng VKSND TP Hà Nội",
                "Viện kiểm sát nhân dân thành phố Hà Nội",
                "2017-06-01",
                "2021-09-30",
                "",
                40,
            ),
        ],
    },
    {
        "full_name": "Khổng Minh Hải",
        "aliases": [],
        "birth_year": 1972,
        "biography": [
            (
                "Quê quán: Vĩnh Phúc. Tiến sĩ Hành chính công. Từng là Vụ trưởng Vụ Cải cách hành "
                "chính, Bộ Nội vụ."
            ),
        ],
        "positions": [
            ("Thứ trưởng Bộ Nội vụ", "Bộ Nội vụ", "2018-05-10", None, "", 30),
        ],
    },
]

RESOLUTIONS = [
    {
        "kind": "nghi-quyet",
        "number": "27-NQ/TW",
        "issuer": CENTRAL,
        "title": (
            "Về tiếp tục đổi mới, hoàn thiện thể chế và nâng cao hiệu lực thi hành pháp luật trong "
            "giai đoạn mới"
        ),
        "term": "khóa XIII",
        "adopted_on": "2022-11-09",
        "effective_on": "2022-11-09",
        "status": "adopted",
        "summary": [
            (
                "Xác định hoàn thiện thể chế là nhiệm vụ trọng tâm, khắc phục tình trạng luật "
                "khung, luật chờ nghị định; tăng phân cấp, phân quyền gắn với kiểm soát quyền lực."
            ),
        ],
    },
    {
        "kind": "chi-thi",
        "number": "41-CT/TW",
        "issuer": "Ban Bí thư",
        "title": (
            "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
        ),
        "term": "khóa XIII",
        "adopted_on": "2024-06-20",
        "effective_on": "2024-06-20",
        "status": "adopted",
        "summary": [
            (
                "Yêu cầu chuẩn bị kỹ văn kiện và nhân sự, không để lọt vào cấp ủy những người "
                "không đủ tiêu chuẩn; đại hội cấp cơ sở hoàn thành trước tháng 7/2025."
            ),
        ],
    },
    {
        "kind": "nghi-quyet",
        "number": "45/2024/QH15",
        "issuer": "Quốc hội",
        "title": (
            "Về thí điểm một số cơ chế, chính sách đặc thù đầu tư hạ tầng giao thông đô thị tại Hà "
            "Nội và TP Hồ Chí Minh"
        ),
        "term": "khóa XV",
        "adopted_on": "2024-06-27",
        "effective_on": "2024-08-01",
        "status": "adopted",
        "summary": [
            (
                "Cho phép hai thành phố tự quyết định chủ trương đầu tư dự án đường sắt đô thị "
                "dùng ngân sách địa phương, tách bồi thường, tái định cư thành dự án độc lập; thực "
                "hiện trong 10 năm."
            ),
        ],
    },
    {
        "kind": "nghi-quyet",
        "number": "15-NQ/TU",
        "issuer": HN_PARTY,
        "title": (
            "Về phát triển hạ tầng số và xây dựng chính quyền số thành phố Hà Nội giai đoạn "
            "2021-2025, định hướng đến năm 2030"
        ),
        "term": "khóa XVII",
        "adopted_on": "2021-12-14",
        "effective_on": "2021-12-14",
        "status": "adopted",
        "summary": [
            (
                "Mục tiêu đến năm 2025: 100% xã, phường có cáp quang, 90% hồ sơ thủ tục hành chính "
                "được xử lý trực tuyến, trung tâm dữ liệu thành phố kết nối các cơ sở dữ liệu quốc "
                "gia."
            ),
        ],
    },
    {
        "kind": "chi-thi",
        "number": "06-CT/TU",
        "issuer": HN_PARTY,
        "title": (
            "Về tăng cường kỷ luật, kỷ cương và trách nhiệm người đứng đầu trong giải quyết thủ "
            "tục hành chính"
        ),
        "term": "khóa XVII",
        "adopted_on": "2023-03-08",
        "effective_on": "2023-03-08",
        "status": "adopted",
        "summary": [
            (
                "Người đứng đầu chịu trách nhiệm trực tiếp về hồ sơ trễ hạn; công khai kết quả "
                "giải quyết thủ tục của từng cơ quan, đơn vị hằng tháng."
            ),
        ],
    },
    {
        "kind": "nghi-quyet",
        "number": "18/2023/NQ-HĐND",
        "issuer": HN_COUNCIL,
        "title": (
            "Quy định mức hỗ trợ đối với người có công và đối tượng bảo trợ xã hội trên địa bàn "
            "thành phố"
        ),
        "term": "nhiệm kỳ 2021-2026",
        "adopted_on": "2023-12-08",
        "effective_on": "2024-01-01",
        "status": "adopted",
        "summary": [
            (
                "Nâng mức quà tặng dịp Tết và ngày lễ lớn, bổ sung hỗ trợ bảo hiểm y tế cho người "
                "cao tuổi thuộc hộ cận nghèo."
            ),
        ],
    },
    {
        "kind": "nghi-quyet",
        "number": "09-NQ/TU",
        "issuer": HCM_PARTY,
        "title": "Về phát triển hệ thống giao thông công cộng khối lượng lớn giai đoạn 2018-2025",
        "term": "khóa X",
        "adopted_on": "2018-05-15",
        "effective_on": "2018-05-15",
        "status": "superseded",
        "superseded_by": "24-NQ/TU",
        "summary": [
            (
                "Đặt mục tiêu đưa vào khai thác tuyến metro số 1 và khởi công tuyến số 2 trước năm "
                "2020. Được thay thế bởi Nghị quyết 24-NQ/TU năm 2024."
            ),
        ],
    },
    {
        "kind": "nghi-quyet",
        "number": "24-NQ/TU",
        "issuer": HCM_PARTY,
        "title": "Về phát triển hệ thống đường sắt đô thị và giao thông công cộng đến năm 2035",
        "term": "khóa XI",
        "adopted_on": "2024-09-10",
        "effective_on": "2024-09-10",
        "status": "adopted",
        "summary": [
            (
                "Mục tiêu hoàn thành khoảng 180 km đường sắt đô thị vào năm 2035; phát triển đô "
                "thị theo định hướng giao thông công cộng (TOD), đấu giá quỹ đất quanh nhà ga để "
                "tạo vốn."
            ),
        ],
    },
    {
        "kind": "quyet-dinh",
        "number": "1520/QĐ-UBND",
        "issuer": HCM_GOV,
        "title": (
            "Phê duyệt Kế hoạch cải cách hành chính của Thành phố Hồ Chí Minh giai đoạn 2024-2026"
        ),
        "term": "nhiệm kỳ 2021-2026",
        "adopted_on": "2024-03-21",
        "effective_on": "2024-03-21",
        "status": "adopted",
        "summary": [
            (
                "Toàn bộ thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; đơn vị có tỷ lệ "
                "hồ sơ trễ hạn trên 2% không được xét thi đua."
            ),
        ],
    },
    {
        "kind": "ket-luan",
        "number": "12-KL/TU",
        "issuer": QN_PARTY,
        "title": (
            "Về tiếp tục thực hiện Đề án phát triển kinh tế biển xanh gắn với bảo vệ môi trường "
            "vịnh Hạ Long"
        ),
        "term": "khóa XV",
        "adopted_on": "2023-08-22",
        "effective_on": "2023-08-22",
        "status": "adopted",
        "summary": [
            (
                "Không cấp phép dự án có nguy cơ gây ô nhiễm ven biển; hỗ trợ ngư dân chuyển đổi "
                "sang vật liệu nuôi trồng thân thiện môi trường; thành lập thêm khu bảo tồn biển."
            ),
        ],
    },
    {
        "ref": "du-thao-hdnd-hn-chuyen-doi-so",
        "kind": "nghi-quyet",
        "number": "",
        "issuer": HN_COUNCIL,
        "title": (
            "Quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trên địa bàn thành "
            "phố Hà Nội"
        ),
        "term": "nhiệm kỳ 2026-2031",
        "adopted_on": None,
        "effective_on": None,
        "status": "draft",
        "summary": [
            (
                "Dự thảo do UBND thành phố trình: hỗ trợ tới 50% chi phí thuê nền tảng số trong "
                "hai năm đầu, tối đa 100 triệu đồng mỗi doanh nghiệp."
            ),
        ],
    },
]

# Photographers and agencies the demo credits; ``short_name`` is how a wire caption abbreviates
# them ("(Ảnh: VT)" prints as "Viết Thành").
CREDITS = [
    {"name": "TTXVN", "kind": "agency"},
    {"name": "VGP", "kind": "agency"},
    {"name": "Báo Quảng Ninh", "short_name": "BQN", "kind": "agency"},
    {"name": "Viết Thành", "short_name": "VT", "kind": "photographer"},
    {"name": "Nhật Bắc", "short_name": "NB", "kind": "photographer"},
    {"name": "Phạm Thắng", "short_name": "PT", "kind": "photographer"},
    {"name": "Hồng Nhung", "short_name": "HNh", "kind": "photographer"},
    {"name": "Thành Đạt", "short_name": "TĐ", "kind": "photographer"},
    {"name": "Trọng Hiếu", "short_name": "TH", "kind": "photographer"},
    {"name": "Lê Hải", "short_name": "LH", "kind": "photographer"},
    {"name": "Ngọc Mai", "short_name": "NM", "kind": "photographer"},
]

# Generated at load time with Pillow (no binary files in the repository). ``label`` is drawn on
# the picture without diacritics; ``colors`` are the top and bottom of the background gradient.
PHOTOS = [
    {
        "key": "demo-01.jpg",
        "label": "Hội nghị Thành ủy Hà Nội",
        "colors": ((122, 20, 28), (230, 170, 60)),
        "caption": "Quang cảnh hội nghị Ban Chấp hành Đảng bộ thành phố Hà Nội",
        "credit": "Viết Thành",
        "alt_text": "Hội trường lớn với sân khấu treo cờ đỏ, các đại biểu ngồi kín các dãy ghế",
    },
    {
        "key": "demo-02.jpg",
        "label": "Hội trường Diên Hồng",
        "colors": ((20, 60, 120), (200, 170, 90)),
        "caption": "Đại biểu Quốc hội tại hội trường Diên Hồng, Nhà Quốc hội",
        "credit": "TTXVN",
        "alt_text": "Các đại biểu Quốc hội ngồi trong hội trường hình bán nguyệt",
    },
    {
        "key": "demo-03.jpg",
        "label": "Phiên họp Chính phủ",
        "colors": ((30, 50, 90), (150, 30, 40)),
        "caption": "Quang cảnh phiên họp Chính phủ với các địa phương",
        "credit": "VGP/Nhật Bắc",
        "alt_text": "Bàn họp hình chữ U, thành viên Chính phủ ngồi hai bên",
    },
    {
        "key": "demo-04.jpg",
        "label": "Bộ phận một cửa",
        "colors": ((10, 110, 120), (220, 230, 210)),
        "caption": "Người dân làm thủ tục tại bộ phận một cửa",
        "credit": "Hồng Nhung",
        "alt_text": "Người dân ngồi trước quầy tiếp nhận hồ sơ, cán bộ hướng dẫn trên màn hình",
    },
    {
        "key": "demo-05.jpg",
        "label": "Trung tâm điều hành thông minh",
        "colors": ((8, 20, 60), (40, 160, 200)),
        "caption": "Trung tâm điều hành đô thị thông minh",
        "credit": "Phạm Thắng",
        "alt_text": "Phòng điều hành với màn hình lớn hiển thị bản đồ giao thông",
    },
    {
        "key": "demo-06.jpg",
        "label": "Đường sắt đô thị",
        "colors": ((60, 90, 110), (240, 200, 150)),
        "caption": "Đoàn tàu đường sắt đô thị chạy trên cầu cạn",
        "credit": "Thành Đạt",
        "alt_text": "Đoàn tàu màu trắng chạy trên cầu cạn bê tông lúc hoàng hôn",
    },
    {
        "key": "demo-07.jpg",
        "label": "Vịnh Hạ Long",
        "colors": ((40, 120, 170), (30, 90, 70)),
        "caption": "Vịnh Hạ Long, tỉnh Quảng Ninh",
        "credit": "Báo Quảng Ninh",
        "alt_text": "Những đảo đá vôi nhô lên giữa mặt nước xanh, tàu du lịch neo gần bờ",
    },
    {
        "key": "demo-08.jpg",
        "label": "Cảng Cái Lân",
        "colors": ((90, 110, 130), (200, 120, 60)),
        "caption": "Hoạt động bốc xếp hàng hóa tại cảng biển Quảng Ninh",
        "credit": "TTXVN",
        "alt_text": "Cần cẩu bốc xếp container lên tàu hàng tại cảng",
    },
    {
        "key": "demo-09.jpg",
        "label": "Phiên tòa",
        "colors": ((70, 40, 30), (170, 140, 100)),
        "caption": "Quang cảnh phiên tòa sơ thẩm",
        "credit": "Trọng Hiếu",
        "alt_text": "Hội đồng xét xử ngồi trên bục cao, các bị cáo đứng trước vành móng ngựa",
    },
    {
        "key": "demo-10.jpg",
        "label": "Tiếp xúc cử tri",
        "colors": ((120, 60, 20), (240, 210, 140)),
        "caption": "Cử tri phát biểu tại buổi tiếp xúc với đại biểu dân cử",
        "credit": "Lê Hải",
        "alt_text": "Một cử tri cao tuổi cầm micro phát biểu tại nhà văn hóa",
    },
    {
        "key": "demo-11.jpg",
        "label": "Đại hội Đảng bộ",
        "colors": ((150, 10, 20), (250, 200, 40)),
        "caption": "Đại biểu biểu quyết tại đại hội đảng bộ",
        "credit": "Viết Thành",
        "alt_text": "Hàng trăm đại biểu giơ thẻ biểu quyết trong hội trường trang trí cờ hoa",
    },
    {
        "key": "demo-12.jpg",
        "label": "Ngày hội non sông",
        "colors": ((170, 30, 30), (250, 230, 180)),
        "caption": "Cử tri bỏ phiếu bầu đại biểu Quốc hội và HĐND các cấp",
        "credit": "TTXVN",
        "alt_text": "Cử tri bỏ lá phiếu vào hòm phiếu đặt trước lá cờ Tổ quốc",
    },
    {
        "key": "demo-13.jpg",
        "label": "Hoạt động đối ngoại",
        "colors": ((20, 40, 80), (180, 160, 120)),
        "caption": "Buổi tiếp đoàn đại biểu quốc tế",
        "credit": "VGP/Nhật Bắc",
        "alt_text": "Hai đoàn đại biểu ngồi đối diện trong phòng khách trang trọng",
    },
    {
        "key": "demo-14.jpg",
        "label": "Hội thảo",
        "colors": ((40, 80, 60), (210, 220, 200)),
        "caption": "Các đại biểu dự hội thảo",
        "credit": "Ngọc Mai",
        "alt_text": "Đại biểu ngồi theo dõi bài trình bày trên màn chiếu",
    },
    {
        "key": "demo-15.jpg",
        "label": "Công trường",
        "colors": ((200, 120, 20), (90, 90, 100)),
        "caption": "Công trường thi công công trình giao thông",
        "credit": "Phạm Thắng",
        "alt_text": "Máy khoan cọc nhồi và cần cẩu trên công trường, công nhân đội mũ bảo hộ",
    },
    {
        "key": "demo-16.jpg",
        "label": "Thăm gia đình chính sách",
        "colors": ((160, 40, 60), (250, 190, 150)),
        "caption": "Lãnh đạo địa phương thăm, tặng quà gia đình chính sách",
        "credit": "Hồng Nhung",
        "alt_text": "Cán bộ trao túi quà cho một cụ bà trong phòng khách gia đình",
    },
    {
        "key": "demo-17.jpg",
        "label": "Hồ Hoàn Kiếm",
        "colors": ((30, 100, 80), (240, 220, 170)),
        "caption": "Khu vực hồ Hoàn Kiếm, Hà Nội",
        "credit": "Viết Thành",
        "alt_text": "Mặt hồ với Tháp Rùa ở giữa, hàng cây xanh trên bờ",
    },
    {
        "key": "demo-18.jpg",
        "label": "Lễ ký kết hợp tác",
        "colors": ((60, 30, 90), (210, 180, 100)),
        "caption": "Lễ ký kết văn kiện hợp tác",
        "credit": "TTXVN",
        "alt_text": "Hai đại diện ký văn kiện tại bàn, phía sau là quốc kỳ hai nước",
    },
    {
        "key": "demo-19.jpg",
        "label": "Họp báo",
        "colors": ((40, 40, 50), (150, 160, 190)),
        "caption": "Quang cảnh buổi họp báo",
        "credit": "Lê Hải",
        "alt_text": "Người phát ngôn trả lời phóng viên, phía trước là hàng micro",
    },
    {
        "key": "demo-20.jpg",
        "label": "Đoàn kiểm tra",
        "colors": ((50, 60, 70), (200, 190, 160)),
        "caption": "Đoàn kiểm tra làm việc tại cơ sở",
        "credit": "Trọng Hiếu",
        "alt_text": "Thành viên đoàn kiểm tra xem hồ sơ tại bàn họp",
    },
    {
        "key": "demo-21.jpg",
        "label": "Kỳ họp HĐND thành phố",
        "colors": ((110, 20, 40), (210, 200, 190)),
        "caption": "Kỳ họp Hội đồng nhân dân thành phố Hà Nội",
        "credit": "Viết Thành",
        "alt_text": "Đại biểu HĐND thành phố bấm nút biểu quyết tại hội trường",
    },
    {
        "key": "demo-22.jpg",
        "label": "Ủy ban Thường vụ Quốc hội",
        "colors": ((25, 45, 95), (230, 210, 160)),
        "caption": "Phiên họp của Ủy ban Thường vụ Quốc hội",
        "credit": "TTXVN",
        "alt_text": "Thành viên Ủy ban Thường vụ Quốc hội ngồi quanh bàn họp hình bầu dục",
    },
    # Portraits (drawn as a silhouette on a plain background).
    {
        "key": "demo-chan-dung-01.jpg",
        "portrait": True,
        "label": "Trịnh Quốc Hưng",
        "colors": ((150, 20, 30), (60, 10, 15)),
        "caption": "Bí thư Thành ủy Hà Nội Trịnh Quốc Hưng",
        "credit": "Viết Thành",
        "alt_text": "Ảnh chân dung ông Trịnh Quốc Hưng",
    },
    {
        "key": "demo-chan-dung-02.jpg",
        "portrait": True,
        "label": "Đoàn Minh Triết",
        "colors": ((30, 60, 120), (10, 20, 50)),
        "caption": "Chủ tịch UBND TP Hà Nội Đoàn Minh Triết",
        "credit": "Phạm Thắng",
        "alt_text": "Ảnh chân dung ông Đoàn Minh Triết",
    },
    {
        "key": "demo-chan-dung-03.jpg",
        "portrait": True,
        "label": "Lâm Hữu Tài",
        "colors": ((140, 30, 40), (40, 20, 20)),
        "caption": "Bí thư Thành ủy TP Hồ Chí Minh Lâm Hữu Tài",
        "credit": "Thành Đạt",
        "alt_text": "Ảnh chân dung ông Lâm Hữu Tài",
    },
    {
        "key": "demo-chan-dung-04.jpg",
        "portrait": True,
        "label": "Ninh Văn Cảnh",
        "colors": ((20, 90, 110), (10, 30, 40)),
        "caption": "Bí thư Tỉnh ủy Quảng Ninh Ninh Văn Cảnh",
        "credit": "Báo Quảng Ninh",
        "alt_text": "Ảnh chân dung ông Ninh Văn Cảnh",
    },
    {
        "key": "demo-chan-dung-05.jpg",
        "portrait": True,
        "label": "Chu Minh Đạt",
        "colors": ((40, 50, 110), (15, 15, 40)),
        "caption": "Phó Chủ tịch Quốc hội Chu Minh Đạt",
        "credit": "TTXVN",
        "alt_text": "Ảnh chân dung ông Chu Minh Đạt",
    },
    {
        "key": "demo-chan-dung-06.jpg",
        "portrait": True,
        "label": "Hà Thị Ngọc Diệp",
        "colors": ((120, 40, 90), (35, 15, 35)),
        "caption": "Tổng Thư ký Quốc hội Hà Thị Ngọc Diệp",
        "credit": "Lê Hải",
        "alt_text": "Ảnh chân dung bà Hà Thị Ngọc Diệp",
    },
]

# Articles. ``photos`` are (photo key, caption in this story, credit in this story, position),
# position being the number of paragraphs before the photo (0: lead photo). The list order is
# the caption order.
ARTICLES = [
    # ---------------------------------------------------------------- Thời sự
    {
        "title": "Hà Nội khởi công tuyến đường sắt đô thị Văn Cao - Hòa Lạc",
        "section": "Thời sự",
        "published_at": "2026-11-24 10:45",
        "updated_at": "2026-11-24 16:20",
        "featured": True,
        "sapo": (
            "Sáng 24/11, UBND TP Hà Nội khởi công tuyến đường sắt đô thị số 5 đoạn Văn Cao - Hòa "
            "Lạc, dự án đầu tiên của Thủ đô được triển khai theo cơ chế đặc thù mà Quốc hội cho "
            "phép thí điểm."
        ),
        "body": [
            (
                "Tuyến dài gần 39 km, đi qua 15 phường, xã, kết nối khu vực nội đô với Khu công "
                "nghệ cao Hòa Lạc. Tổng mức đầu tư dự kiến hơn 65.000 tỷ đồng, phần lớn từ ngân "
                "sách thành phố."
            ),
            (
                "Phát biểu tại lễ khởi công, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trịnh "
                "Quốc Hưng nhấn mạnh đây là dự án có ý nghĩa đặc biệt đối với mục tiêu phát triển "
                "Thủ đô theo mô hình đô thị đa trung tâm, giảm áp lực giao thông cho khu vực lõi."
            ),
            "## Rút ngắn hai năm chuẩn bị đầu tư",
            (
                "Chủ tịch UBND TP Hà Nội Đoàn Minh Triết cho biết nhờ áp dụng các cơ chế tại Nghị "
                "quyết số 45/2024/QH15, thời gian chuẩn bị dự án được rút ngắn khoảng hai năm so "
                "với quy trình thông thường. Thành phố đã bàn giao trước 85% mặt bằng cho nhà "
                "thầu."
            ),
            (
                "Theo kế hoạch, đoạn trên cao hoàn thành vào năm 2030, toàn tuyến đưa vào khai "
                "thác năm 2032. Chủ đầu tư cam kết công khai tiến độ hằng quý trên cổng thông tin "
                "của thành phố để người dân theo dõi, giám sát."
            ),
        ],
        "byline": "Minh Châu",
        "source": "Báo Hà Nội Mới",
        "tags": ["Giao thông đô thị", "Hà Nội", "Kinh tế - xã hội"],
        "officials": ["Trịnh Quốc Hưng", "Đoàn Minh Triết"],
        "resolutions": ["45/2024/QH15"],
        "photos": [
            (
                "demo-15.jpg",
                (
                    "Các đại biểu thực hiện nghi thức khởi công tuyến đường sắt đô thị Văn Cao - "
                    "Hòa Lạc"
                ),
                "Phạm Thắng",
                0,
            ),
            (
                "demo-05.jpg",
                (
                    "Tiến độ dự án sẽ được theo dõi tại Trung tâm điều hành đô thị thông minh của "
                    "thành phố"
                ),
                "Phạm Thắng",
                4,
            ),
        ],
    },
    {
        "title": "Hà Nội trang trọng kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
        "section": "Thời sự",
        "published_at": "2026-09-02 09:10",
        "sapo": (
            "Lãnh đạo thành phố dâng hương tưởng niệm các anh hùng liệt sĩ; nhiều hoạt động văn "
            "hóa, nghệ thuật được tổ chức tại các quảng trường và không gian đi bộ của Thủ đô."
        ),
        "body": [
            (
                "Sáng 2/9, đoàn đại biểu Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố Hà "
                "Nội đã đặt vòng hoa, dâng hương tại Đài tưởng niệm các Anh hùng liệt sĩ trên "
                "đường Bắc Sơn."
            ),
            (
                "Chủ tịch HĐND TP Hà Nội Lưu Thị Hạnh cho biết, từ cuối tháng 8, thành phố đã thăm "
                "hỏi, tặng quà hơn 60.000 người có công và gia đình chính sách với tổng kinh phí "
                "trên 35 tỷ đồng."
            ),
            (
                "Tại khu vực hồ Hoàn Kiếm, chương trình nghệ thuật <em>Hà Nội - Mùa thu độc "
                "lập</em> thu hút hàng chục nghìn người dân, du khách. Lực lượng chức năng phân "
                "luồng từ chiều 1/9 nên các tuyến phố trung tâm không xảy ra ùn tắc kéo dài."
            ),
            (
                "Dịp này, 12 công trình dân sinh ở các xã ngoại thành được gắn biển chào mừng, chủ "
                "yếu là trường học, trạm y tế và nhà văn hóa thôn."
            ),
        ],
        "byline": "Thu Trang",
        "source": "Báo Hà Nội Mới",
        "tags": ["Hà Nội", "An sinh xã hội", "Ngày lễ lớn"],
        "officials": ["Lưu Thị Hạnh"],
        "resolutions": ["18/2023/NQ-HĐND"],
        "photos": [
            (
                "demo-17.jpg",
                "Người dân xem chương trình nghệ thuật bên hồ Hoàn Kiếm tối 1/9",
                "Viết Thành",
                0,
            ),
            (
                "demo-16.jpg",
                "Chủ tịch HĐND thành phố Lưu Thị Hạnh thăm, tặng quà gia đình người có công",
                "Hồng Nhung",
                2,
            ),
        ],
    },
    {
        "title": "Hà Nội vận hành chính quyền địa phương hai cấp từ hôm nay",
        "section": "Thời sự",
        "published_at": "2025-07-01 11:20",
        "updated_at": "2025-07-02 08:05",
        "sapo": (
            "Từ ngày 1/7, 126 phường, xã mới của Hà Nội chính thức hoạt động; các trung tâm phục "
            "vụ hành chính công tiếp nhận hồ sơ ngay từ đầu giờ sáng."
        ),
        "body": [
            (
                "Tại trung tâm phục vụ hành chính công của nhiều phường, người dân đến làm thủ tục "
                "hộ tịch, chứng thực và cấp phép xây dựng được hướng dẫn tận tình. Phần mềm dùng "
                "chung kết nối thông suốt với Cổng dịch vụ công quốc gia."
            ),
            (
                "Chủ tịch UBND TP Hà Nội Đoàn Minh Triết yêu cầu các phường, xã không để gián đoạn "
                "bất kỳ thủ tục nào, không để hồ sơ tồn đọng vì thay đổi địa giới hành chính. "
                "Người đứng đầu chính quyền cơ sở phải chịu trách nhiệm nếu để người dân đi lại "
                "nhiều lần."
            ),
            "## Ưu tiên dịch vụ công trực tuyến",
            (
                "Phó Chủ tịch UBND TP Hà Nội Kiều Văn Thắng cho biết thành phố đã chuẩn hóa hơn "
                "1.900 thủ tục, trong đó 85% được cung cấp trực tuyến toàn trình. Mỗi trung tâm bố "
                "trí ít nhất hai cán bộ hỗ trợ người cao tuổi sử dụng dịch vụ công trên điện "
                "thoại."
            ),
            (
                "Trong tuần đầu vận hành, Văn phòng UBND thành phố tổng hợp vướng mắc hằng ngày để "
                "xử lý kịp thời và công bố đường dây nóng tiếp nhận phản ánh của người dân."
            ),
        ],
        "byline": "Hoàng Lâm",
        "source": "TTXVN",
        "tags": ["Cải cách hành chính", "Chuyển đổi số", "Hà Nội"],
        "officials": ["Đoàn Minh Triết", "Kiều Văn Thắng"],
        "resolutions": [],
        "photos": [
            (
                "demo-04.jpg",
                (
                    "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Hoàn Kiếm "
                    "sáng 1/7"
                ),
                "Hồng Nhung",
                0,
            ),
        ],
    },
    {
        "title": "Quảng Ninh cấm biển, sơ tán hơn 3.000 người trước áp thấp nhiệt đới",
        "section": "Thời sự",
        "published_at": "2025-08-16 18:40",
        "sapo": (
            "Tỉnh Quảng Ninh dừng cấp phép cho tàu du lịch ra vịnh Hạ Long từ trưa 16/8 và hoàn "
            "thành di dời người dân trên các lồng bè nuôi trồng thủy sản vào nơi an toàn."
        ),
        "body": [
            (
                "Chiều 16/8, Bí thư Tỉnh ủy Quảng Ninh Ninh Văn Cảnh kiểm tra công tác phòng, "
                "chống thiên tai tại cảng Tuần Châu và một số xã ven biển. Ông yêu cầu các địa "
                "phương tuyệt đối không chủ quan, kiên quyết di dời người dân khỏi khu vực nguy "
                "hiểm."
            ),
            (
                "Theo Ban Chỉ huy phòng thủ dân sự tỉnh, đến 17 giờ cùng ngày, hơn 7.200 phương "
                "tiện đã vào nơi tránh trú, hơn 3.000 người trên các lồng bè được đưa vào bờ."
            ),
            (
                "Chủ tịch UBND tỉnh Quảng Ninh Mạc Thị Thu Hiền chỉ đạo cho học sinh nghỉ học "
                "trong ngày 17/8, chuẩn bị sẵn lương thực, nước uống tại các điểm sơ tán."
            ),
            (
                "Lực lượng quân đội, biên phòng trên địa bàn bố trí hơn 1.500 cán bộ, chiến sĩ "
                "cùng 40 xuồng, ca nô sẵn sàng ứng cứu khi có tình huống xảy ra."
            ),
        ],
        "byline": "Quang Minh",
        "source": "Báo Quảng Ninh",
        "tags": ["Quảng Ninh", "Môi trường", "An sinh xã hội"],
        "officials": ["Ninh Văn Cảnh", "Mạc Thị Thu Hiền"],
        "resolutions": [],
        "photos": [
            (
                "demo-07.jpg",
                "Tàu du lịch neo đậu tránh trú tại cảng Tuần Châu chiều 16/8",
                "Báo Quảng Ninh",
                0,
            ),
        ],
    },
    {
        "title": "Lãnh đạo TP Hồ Chí Minh thăm, chúc Tết gia đình chính sách và công nhân",
        "section": "Thời sự",
        "published_at": "2024-02-05 16:00",
        "sapo": (
            "Trước thềm Tết Giáp Thìn, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh Lâm "
            "Hữu Tài đến thăm, tặng quà các gia đình người có công và công nhân không về quê đón "
            "Tết."
        ),
        "body": [
            (
                "Tại nhà một Mẹ Việt Nam Anh hùng ở phường Tân Định, quận 1, Bí thư Thành ủy Lâm "
                "Hữu Tài ân cần hỏi thăm sức khỏe, bày tỏ lòng biết ơn đối với những hy sinh của "
                "gia đình và đề nghị địa phương tiếp tục chăm sóc chu đáo các gia đình chính sách."
            ),
            (
                "Chiều cùng ngày, đoàn đến thăm khu lưu trú công nhân tại Khu chế xuất Tân Thuận, "
                "tặng 500 phần quà cho người lao động ở lại thành phố dịp Tết."
            ),
            (
                "Theo Sở Lao động - Thương binh và Xã hội, năm nay thành phố dành hơn 1.000 tỷ "
                "đồng cho công tác chăm lo Tết, bảo đảm mọi người dân, nhất là người có hoàn cảnh "
                "khó khăn, đều được đón Tết đầm ấm."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "Báo Sài Gòn Giải Phóng",
        "tags": ["TP Hồ Chí Minh", "An sinh xã hội", "Ngày lễ lớn"],
        "officials": ["Lâm Hữu Tài"],
        "resolutions": [],
        "photos": [
            (
                "demo-16.jpg",
                "Bí thư Thành ủy Lâm Hữu Tài tặng quà công nhân tại Khu chế xuất Tân Thuận",
                "Thành Đạt",
                0,
            ),
        ],
    },
    # ---------------------------------------------------------------- Chính trị
    {
        "title": "Đảng bộ Hà Nội quán triệt, triển khai Nghị quyết Đại hội XIV của Đảng",
        "section": "Chính trị",
        "published_at": "2026-02-26 15:30",
        "sapo": (
            "Hơn 1.000 điểm cầu trong toàn Đảng bộ thành phố tham dự hội nghị; Thành ủy Hà Nội xác "
            "định ba nhóm nhiệm vụ trọng tâm cần cụ thể hóa ngay trong năm 2026."
        ),
        "body": [
            (
                "Hội nghị do Thành ủy Hà Nội tổ chức theo hình thức trực tiếp kết hợp trực tuyến, "
                "kết nối tới đảng bộ các phường, xã và các đảng bộ trực thuộc."
            ),
            (
                "Phát biểu chỉ đạo, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trịnh Quốc Hưng "
                "đề nghị mỗi cấp ủy, tổ chức đảng xây dựng chương trình hành động sát thực tiễn, "
                "tránh sao chép nghị quyết một cách hình thức."
            ),
            "## Ba nhóm nhiệm vụ trọng tâm",
            (
                "Thành phố tập trung phát triển hạ tầng giao thông kết nối vùng, đẩy mạnh chuyển "
                "đổi số trong toàn hệ thống chính trị và nâng cao chất lượng đội ngũ cán bộ cơ sở "
                "sau sắp xếp bộ máy."
            ),
            (
                "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Đoàn Minh Triết cho biết UBND thành "
                "phố sẽ trình Ban Thường vụ Thành ủy kế hoạch triển khai trước ngày 31/3, trong đó "
                "mỗi nhiệm vụ đều có địa chỉ, thời hạn và sản phẩm cụ thể."
            ),
        ],
        "byline": "Minh Châu",
        "source": "Báo Hà Nội Mới",
        "tags": ["Đại hội Đảng", "Hà Nội", "Công tác cán bộ", "Chuyển đổi số"],
        "officials": ["Trịnh Quốc Hưng", "Đoàn Minh Triết"],
        "resolutions": [],
        "photos": [
            ("demo-01.jpg", "Quang cảnh hội nghị tại điểm cầu Thành ủy Hà Nội", "Viết Thành", 0),
            ("demo-14.jpg", "Đại biểu nghiên cứu tài liệu tại hội nghị", "Viết Thành", 4),
        ],
    },
    {
        "title": "Hà Nội giảm 8 sở, ngành sau sắp xếp bộ máy",
        "section": "Chính trị",
        "published_at": "2025-03-12 14:00",
        "sapo": (
            "HĐND TP Hà Nội thông qua nghị quyết thành lập, hợp nhất các cơ quan chuyên môn thuộc "
            "UBND thành phố, giảm từ 21 xuống 13 sở và tương đương."
        ),
        "body": [
            (
                "Tại kỳ họp chuyên đề sáng 12/3, 100% đại biểu có mặt biểu quyết tán thành nghị "
                "quyết. Các cơ quan mới chính thức hoạt động từ ngày 1/4."
            ),
            (
                "Chủ tịch HĐND TP Hà Nội Lưu Thị Hạnh đề nghị UBND thành phố khẩn trương ban hành "
                "quy chế làm việc, bố trí trụ sở, bảo đảm không gián đoạn việc giải quyết thủ tục "
                "cho người dân, doanh nghiệp."
            ),
            (
                "Chủ tịch UBND TP Hà Nội Đoàn Minh Triết cho biết thành phố dành nguồn kinh phí "
                "riêng hỗ trợ cán bộ, công chức nghỉ việc theo chính sách, đồng thời ưu tiên giữ "
                "lại những người có năng lực, trẻ tuổi."
            ),
            (
                "Thứ trưởng Bộ Nội vụ Khổng Minh Hải đánh giá Hà Nội là một trong những địa phương "
                "triển khai sớm, bài bản, có lộ trình rõ ràng và thông tin đầy đủ tới cán bộ, công "
                "chức."
            ),
        ],
        "byline": "Hoàng Lâm",
        "source": "TTXVN",
        "tags": ["Cải cách hành chính", "Công tác cán bộ", "Hà Nội"],
        "officials": ["Lưu Thị Hạnh", "Đoàn Minh Triết", "Khổng Minh Hải"],
        "resolutions": [],
        "photos": [
            (
                "demo-21.jpg",
                "Đại biểu HĐND thành phố biểu quyết thông qua nghị quyết tại kỳ họp chuyên đề",
                "Viết Thành",
                0,
            ),
            (
                "demo-03.jpg",
                "Phiên họp của Chính phủ với các địa phương về sắp xếp tổ chức bộ máy",
                "VGP/Nhật Bắc",
                3,
            ),
        ],
    },
    {
        "title": "TP Hồ Chí Minh tổng kết năm chuyển đổi số, đặt mục tiêu mở dữ liệu",
        "section": "Chính trị",
        "published_at": "2023-12-20 10:00",
        "sapo": (
            "Hơn 70% hồ sơ thủ tục hành chính của thành phố đã được tiếp nhận trực tuyến; lãnh đạo "
            "thành phố yêu cầu năm 2024 chuyển mạnh từ số hóa sang khai thác dữ liệu."
        ),
        "body": [
            (
                "Tại hội nghị tổng kết, Chủ tịch UBND TP Hồ Chí Minh Tạ Minh Luân cho biết kho dữ "
                "liệu dùng chung của thành phố đã tích hợp thông tin từ 18 sở, ngành, phục vụ quy "
                "hoạch, quản lý đất đai và giao thông."
            ),
            (
                "Tuy vậy, ông thẳng thắn chỉ ra nhiều hệ thống vẫn hoạt động riêng lẻ, dữ liệu "
                "chưa được làm sạch, người dân còn phải khai báo lại thông tin đã có trong cơ sở "
                "dữ liệu quốc gia."
            ),
            "## Cán bộ phải dùng được nền tảng số",
            (
                "Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh Lâm Hữu Tài nhấn mạnh chuyển "
                "đổi số trước hết là chuyển đổi nhận thức của người đứng đầu, đề nghị đưa kết quả "
                "sử dụng nền tảng số vào tiêu chí đánh giá cán bộ cuối năm."
            ),
            (
                "Năm 2024, thành phố dự kiến công bố 50 bộ dữ liệu mở đầu tiên để doanh nghiệp, "
                "viện nghiên cứu khai thác, phát triển dịch vụ mới."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "Báo Sài Gòn Giải Phóng",
        "tags": ["Chuyển đổi số", "TP Hồ Chí Minh", "Cải cách hành chính"],
        "officials": ["Tạ Minh Luân", "Lâm Hữu Tài"],
        "resolutions": [],
        "photos": [
            (
                "demo-05.jpg",
                "Trung tâm điều hành đô thị thông minh TP Hồ Chí Minh",
                "Thành Đạt",
                0,
            ),
        ],
    },
    {
        "title": "Thành ủy TP Hồ Chí Minh ban hành nghị quyết mới về phát triển đường sắt đô thị",
        "section": "Chính trị",
        "published_at": "2024-10-03 17:10",
        "sapo": (
            "Nghị quyết số 24-NQ/TU thay thế Nghị quyết 09-NQ/TU năm 2018, đặt mục tiêu hoàn thành "
            "khoảng 180 km đường sắt đô thị vào năm 2035."
        ),
        "body": [
            (
                "Theo Văn phòng Thành ủy, nghị quyết mới được xây dựng sau khi tổng kết 6 năm thực "
                "hiện Nghị quyết 09-NQ/TU. Nhiều mục tiêu của nghị quyết cũ chưa đạt, chủ yếu do "
                "vướng mắc về cơ chế huy động vốn và giải phóng mặt bằng."
            ),
            (
                "Nghị quyết 24-NQ/TU xác định phát triển đô thị theo định hướng giao thông công "
                "cộng (TOD) là khâu đột phá; quỹ đất quanh các nhà ga sẽ được đấu giá để tạo nguồn "
                "vốn tái đầu tư."
            ),
            (
                "Ủy viên Bộ Chính trị, Bí thư Thành ủy Lâm Hữu Tài yêu cầu trong quý IV phải có "
                "chương trình hành động, phân công rõ cơ quan chủ trì từng tuyến."
            ),
            (
                "Thành phố cũng vận dụng các cơ chế đặc thù theo Nghị quyết 45/2024/QH15 của Quốc "
                "hội để rút ngắn thủ tục đầu tư."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "Báo Sài Gòn Giải Phóng",
        "tags": ["Giao thông đô thị", "TP Hồ Chí Minh", "Kinh tế - xã hội"],
        "officials": ["Lâm Hữu Tài"],
        "resolutions": ["24-NQ/TU", "09-NQ/TU", "45/2024/QH15"],
        "photos": [
            (
                "demo-06.jpg",
                "Tuyến metro số 1 Bến Thành - Suối Tiên chạy thử trên đoạn cầu cạn",
                "Thành Đạt",
                0,
            ),
        ],
    },
    {
        "title": "Quảng Ninh đánh giá giữa kỳ thực hiện kết luận về kinh tế biển xanh",
        "section": "Chính trị",
        "published_at": "2025-05-19 16:30",
        "sapo": (
            "Sau gần hai năm thực hiện Kết luận số 12-KL/TU, tỷ trọng kinh tế biển của Quảng Ninh "
            "đạt khoảng 28% GRDP; chất lượng nước vịnh Hạ Long được duy trì ổn định."
        ),
        "body": [
            (
                "Hội nghị Ban Thường vụ Tỉnh ủy Quảng Ninh ngày 19/5 đánh giá dịch vụ cảng biển, "
                "logistics và du lịch biển tiếp tục là động lực tăng trưởng chính của tỉnh."
            ),
            (
                "Bí thư Tỉnh ủy Ninh Văn Cảnh đề nghị kiên quyết không cấp phép các dự án có nguy "
                "cơ gây ô nhiễm ven biển, xử lý dứt điểm các điểm xả thải chưa qua xử lý ra vịnh."
            ),
            "## Chuyển đổi nghề cho ngư dân",
            (
                "Chủ tịch UBND tỉnh Mạc Thị Thu Hiền cho biết tỉnh đã hỗ trợ hơn 2.000 hộ chuyển "
                "sang dùng phao nuôi trồng thủy sản thân thiện môi trường và đào tạo nghề du lịch "
                "cộng đồng cho lao động ven biển."
            ),
            (
                "Tỉnh đặt mục tiêu đến năm 2026 có thêm hai khu bảo tồn biển, hoàn thành hệ thống "
                "quan trắc tự động chất lượng nước tại các vịnh lớn."
            ),
        ],
        "byline": "Quang Minh",
        "source": "Báo Quảng Ninh",
        "tags": ["Quảng Ninh", "Môi trường", "Kinh tế - xã hội"],
        "officials": ["Ninh Văn Cảnh", "Mạc Thị Thu Hiền"],
        "resolutions": ["12-KL/TU"],
        "photos": [
            ("demo-07.jpg", "Vịnh Hạ Long nhìn từ trên cao", "Báo Quảng Ninh", 0),
            ("demo-08.jpg", "Bốc xếp hàng hóa tại cảng Cái Lân", "TTXVN", 4),
        ],
    },
    # ---------------------------------------------------------------- Xây dựng Đảng
    {
        "title": "Thành ủy Hà Nội triển khai chỉ thị của Ban Bí thư về đại hội đảng bộ các cấp",
        "section": "Xây dựng Đảng",
        "published_at": "2024-07-08 15:00",
        "sapo": (
            "Đại hội đảng bộ cơ sở hoàn thành trước ngày 30/6/2025; Đại hội Đảng bộ thành phố lần "
            "thứ XVIII dự kiến tổ chức trong tháng 10/2025."
        ),
        "body": [
            (
                "Tại hội nghị ngày 8/7, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hà Nội Trịnh Quốc "
                "Hưng quán triệt Chỉ thị số 41-CT/TW của Ban Bí thư và kế hoạch tổ chức đại hội "
                "của Thành ủy."
            ),
            (
                "Ông yêu cầu công tác nhân sự phải chuẩn bị kỹ lưỡng, đúng quy trình, kiên quyết "
                "không để lọt vào cấp ủy những người có biểu hiện cơ hội chính trị, tham vọng "
                "quyền lực, cục bộ, lợi ích nhóm."
            ),
            "## Văn kiện ngắn gọn, dễ hiểu",
            (
                "Văn kiện đại hội các cấp phải ngắn gọn, có số liệu đối chiếu và chỉ rõ nguyên "
                "nhân của hạn chế. Thành ủy sẽ lấy ý kiến nhân dân đối với dự thảo báo cáo chính "
                "trị qua cả hình thức trực tuyến."
            ),
            (
                "Đại hội điểm cấp cơ sở được tổ chức tại một đảng bộ phường trong quý I/2025 để "
                "rút kinh nghiệm chung cho toàn thành phố."
            ),
        ],
        "byline": "Minh Châu",
        "source": "Báo Hà Nội Mới",
        "tags": ["Đại hội Đảng", "Công tác cán bộ", "Hà Nội"],
        "officials": ["Trịnh Quốc Hưng"],
        "resolutions": ["41-CT/TW"],
        "photos": [
            (
                "demo-01.jpg",
                "Bí thư Thành ủy Trịnh Quốc Hưng phát biểu tại hội nghị quán triệt",
                "Viết Thành",
                0,
            ),
        ],
    },
    {
        "title": "Đồng chí Ninh Văn Cảnh tiếp tục giữ chức Bí thư Tỉnh ủy Quảng Ninh",
        "section": "Xây dựng Đảng",
        "published_at": "2025-09-30 18:00",
        "sapo": (
            "Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025-2030 đã bầu Ban "
            "Chấp hành gồm 55 đồng chí; phiên họp thứ nhất bầu Ban Thường vụ và các chức danh chủ "
            "chốt."
        ),
        "body": [
            (
                "Chiều 30/9, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI bế mạc sau ba "
                "ngày làm việc. Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã bầu "
                "đồng chí Ninh Văn Cảnh, Ủy viên Trung ương Đảng, tiếp tục giữ chức Bí thư Tỉnh "
                "ủy."
            ),
            (
                "Đồng chí Mạc Thị Thu Hiền, Chủ tịch UBND tỉnh, tiếp tục được bầu giữ chức Phó Bí "
                "thư Tỉnh ủy."
            ),
            (
                "Phát biểu bế mạc, Bí thư Tỉnh ủy Ninh Văn Cảnh cho biết Đại hội thống nhất mục "
                "tiêu đưa Quảng Ninh trở thành thành phố trực thuộc Trung ương trước năm 2030, lấy "
                "kinh tế biển, công nghiệp chế biến, chế tạo và du lịch làm trụ cột."
            ),
            (
                "Đại hội thông qua ba khâu đột phá: hoàn thiện thể chế phát triển, đầu tư hạ tầng "
                "số và phát triển nguồn nhân lực chất lượng cao."
            ),
        ],
        "byline": "Quang Minh",
        "source": "Báo Quảng Ninh",
        "tags": ["Đại hội Đảng", "Quảng Ninh", "Công tác cán bộ"],
        "officials": ["Ninh Văn Cảnh", "Mạc Thị Thu Hiền"],
        "resolutions": [],
        "photos": [
            (
                "demo-11.jpg",
                (
                    "Đại biểu biểu quyết thông qua nghị quyết Đại hội Đảng bộ tỉnh Quảng Ninh lần "
                    "thứ XVI"
                ),
                "Báo Quảng Ninh",
                0,
            ),
            (
                "demo-chan-dung-04.jpg",
                "Bí thư Tỉnh ủy Quảng Ninh Ninh Văn Cảnh",
                "Báo Quảng Ninh",
                1,
            ),
        ],
    },
    {
        "title": "Đồng chí Trịnh Quốc Hưng tái đắc cử Bí thư Thành ủy Hà Nội khóa XVIII",
        "section": "Xây dựng Đảng",
        "published_at": "2025-10-18 17:30",
        "featured": True,
        "sapo": (
            "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu Ban "
            "Thường vụ gồm 19 đồng chí, bầu Bí thư và các Phó Bí thư Thành ủy nhiệm kỳ 2025-2030."
        ),
        "body": [
            (
                "Chiều 18/10, ngay sau khi Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII "
                "bế mạc, Ban Chấp hành Đảng bộ thành phố khóa mới đã họp phiên thứ nhất."
            ),
            (
                "Với sự tín nhiệm cao, đồng chí Trịnh Quốc Hưng, Ủy viên Trung ương Đảng, tiếp tục "
                "được bầu giữ chức Bí thư Thành ủy Hà Nội khóa XVIII. Các đồng chí Lưu Thị Hạnh, "
                "Chủ tịch HĐND thành phố, và Đoàn Minh Triết, Chủ tịch UBND thành phố, tiếp tục "
                "được bầu làm Phó Bí thư Thành ủy."
            ),
            "## Cam kết trước Đảng bộ và nhân dân Thủ đô",
            (
                "Phát biểu nhận nhiệm vụ, Bí thư Thành ủy Trịnh Quốc Hưng cam kết Ban Chấp hành "
                "khóa mới sẽ đoàn kết, đổi mới, nói đi đôi với làm; mọi quyết sách phải đặt lợi "
                "ích của người dân lên trên hết."
            ),
            (
                "Đại hội tri ân các đồng chí nguyên lãnh đạo thành phố, trong đó có đồng chí Vương "
                "Đình Khiêm, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội, người đã "
                "dự và phát biểu tại phiên khai mạc."
            ),
        ],
        "byline": "Nhóm phóng viên",
        "source": "Báo Hà Nội Mới",
        "tags": ["Đại hội Đảng", "Công tác cán bộ", "Hà Nội"],
        "officials": ["Trịnh Quốc Hưng", "Lưu Thị Hạnh", "Đoàn Minh Triết", "Vương Đình Khiêm"],
        "resolutions": [],
        "photos": [
            (
                "demo-11.jpg",
                "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII ra mắt Đại hội",
                "Viết Thành",
                0,
            ),
            ("demo-chan-dung-01.jpg", "Bí thư Thành ủy Hà Nội Trịnh Quốc Hưng", "Viết Thành", 2),
        ],
    },
    {
        "title": (
            "Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật nhiều tổ chức đảng, đảng viên"
        ),
        "section": "Xây dựng Đảng",
        "published_at": "2024-11-15 20:00",
        "sapo": (
            "Tại kỳ họp tháng 11, Ủy ban Kiểm tra Trung ương kết luận nhiều vi phạm trong quản lý "
            "đất đai, đầu tư công ở một số địa phương và đề nghị cấp có thẩm quyền xem xét, xử lý."
        ),
        "body": [
            (
                "Kỳ họp diễn ra từ ngày 12 đến 14/11. Qua xem xét, Ủy ban Kiểm tra Trung ương nhận "
                "thấy Ban Thường vụ Huyện ủy một huyện miền núi phía Bắc nhiệm kỳ 2020-2025 đã vi "
                "phạm nguyên tắc tập trung dân chủ, buông lỏng lãnh đạo trong giao đất, cho thuê "
                "đất."
            ),
            (
                "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Quách Thành Nhân cho biết các vi phạm đã "
                "gây thất thoát ngân sách, ảnh hưởng đến uy tín của tổ chức đảng và chính quyền "
                "địa phương, đến mức phải xem xét, thi hành kỷ luật."
            ),
            (
                "Ủy ban cũng kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy một "
                "tổng công ty nhà nước, yêu cầu khắc phục hạn chế trong quản lý vốn tại các dự án "
                "chậm tiến độ."
            ),
            (
                "Cùng với xử lý vi phạm, Ủy ban Kiểm tra Trung ương đề nghị các cấp ủy nhân rộng "
                "cách làm tốt trong tự kiểm tra, phát hiện sớm sai phạm từ cơ sở."
            ),
        ],
        "byline": "Đức Tuấn",
        "source": "TTXVN",
        "tags": ["Phòng chống tham nhũng", "Công tác kiểm tra", "Công tác cán bộ"],
        "officials": ["Quách Thành Nhân"],
        "resolutions": [],
        "photos": [
            (
                "demo-20.jpg",
                "Đoàn kiểm tra của Ủy ban Kiểm tra Trung ương làm việc tại địa phương",
                "Trọng Hiếu",
                0,
            ),
        ],
    },
    {
        "title": "Hà Nội sơ kết hai năm thực hiện Chỉ thị 06-CT/TU về kỷ luật, kỷ cương hành chính",
        "section": "Xây dựng Đảng",
        "published_at": "2025-03-27 16:00",
        "sapo": (
            "Gần 300 cán bộ, công chức bị xem xét trách nhiệm do chậm giải quyết hồ sơ; tỷ lệ hồ "
            "sơ trễ hạn của thành phố giảm từ 3,1% xuống 0,4%."
        ),
        "body": [
            (
                "Hội nghị sơ kết do Ban Thường vụ Thành ủy Hà Nội tổ chức sáng 27/3. Theo báo cáo, "
                "Chỉ thị số 06-CT/TU đã tạo chuyển biến rõ nét về trách nhiệm người đứng đầu trong "
                "giải quyết thủ tục hành chính."
            ),
            (
                "Bí thư Thành ủy Trịnh Quốc Hưng yêu cầu xử lý nghiêm tình trạng né tránh, đùn "
                "đẩy, sợ trách nhiệm; cán bộ nào không làm được thì phải thay người làm được."
            ),
            "## Công khai kết quả đến từng đơn vị",
            (
                "Phó Chủ tịch UBND thành phố Kiều Văn Thắng cho biết từ quý II, bảng xếp hạng mức "
                "độ hài lòng của người dân đối với từng quận, huyện, sở, ngành được công khai hằng "
                "tháng trên Cổng thông tin điện tử thành phố."
            ),
            (
                "Thành ủy giao Ủy ban Kiểm tra Thành ủy tăng cường kiểm tra đột xuất tại các bộ "
                "phận một cửa, nhất là trong lĩnh vực đất đai, xây dựng."
            ),
        ],
        "byline": "Hoàng Lâm",
        "source": "Báo Hà Nội Mới",
        "tags": ["Cải cách hành chính", "Công tác kiểm tra", "Hà Nội"],
        "officials": ["Trịnh Quốc Hưng", "Kiều Văn Thắng"],
        "resolutions": ["06-CT/TU"],
        "photos": [
            (
                "demo-04.jpg",
                "Cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến",
                "Hồng Nhung",
                0,
            ),
        ],
    },
    # ---------------------------------------------------------------- Quốc hội
    {
        "title": (
            "Quốc hội thông qua nghị quyết thí điểm cơ chế đặc thù đầu tư hạ tầng giao thông đô thị"
        ),
        "section": "Quốc hội",
        "published_at": "2024-06-27 11:45",
        "sapo": (
            "Với 448/452 đại biểu tán thành, Nghị quyết số 45/2024/QH15 cho phép Hà Nội và TP Hồ "
            "Chí Minh áp dụng nhiều cơ chế đặc biệt để đẩy nhanh các dự án đường sắt đô thị."
        ),
        "body": [
            (
                "Sáng 27/6, tiếp tục Kỳ họp thứ 7, Quốc hội biểu quyết thông qua nghị quyết. Nghị "
                "quyết có hiệu lực từ ngày 1/8/2024 và được thực hiện trong 10 năm."
            ),
            (
                "Theo nghị quyết, hai thành phố được tự quyết định chủ trương đầu tư các dự án "
                "đường sắt đô thị sử dụng ngân sách địa phương, được tách công tác bồi thường, tái "
                "định cư thành dự án độc lập và áp dụng chỉ định thầu trong một số trường hợp."
            ),
            "## Kiểm soát chặt để không phát sinh tiêu cực",
            (
                "Điều hành phiên họp, Phó Chủ tịch Quốc hội Chu Minh Đạt lưu ý cơ chế đặc thù phải "
                "đi kèm trách nhiệm giải trình. Chính phủ và chính quyền hai thành phố có trách "
                "nhiệm báo cáo Quốc hội kết quả thực hiện hằng năm."
            ),
            (
                "Trước khi biểu quyết, nhiều đại biểu đề nghị công khai danh mục dự án được chỉ "
                "định thầu và tăng cường giám sát của HĐND các cấp."
            ),
        ],
        "byline": "Hải Yến",
        "source": "Cổng thông tin điện tử Quốc hội",
        "tags": ["Kỳ họp Quốc hội", "Giao thông đô thị", "Xây dựng pháp luật"],
        "officials": ["Chu Minh Đạt"],
        "resolutions": ["45/2024/QH15"],
        "photos": [
            (
                "demo-02.jpg",
                "Đại biểu Quốc hội bấm nút biểu quyết thông qua nghị quyết sáng 27/6",
                "TTXVN",
                0,
            ),
        ],
    },
    {
        "title": "Kỳ họp thứ 7 dự kiến xem xét, thông qua 11 luật và 21 nghị quyết",
        "section": "Quốc hội",
        "published_at": "2024-05-17 17:00",
        "sapo": (
            "Tại họp báo chiều 17/5, Tổng Thư ký Quốc hội Hà Thị Ngọc Diệp cho biết kỳ họp khai "
            "mạc ngày 20/5 và làm việc trong khoảng 27 ngày."
        ),
        "body": [
            (
                "Theo chương trình, Quốc hội sẽ cho ý kiến lần đầu 10 dự án luật, xem xét báo cáo "
                "kết quả giám sát chuyên đề và dành hai ngày rưỡi cho hoạt động chất vấn, trả lời "
                "chất vấn."
            ),
            (
                "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Hà Thị Ngọc Diệp cho biết toàn "
                "bộ tài liệu kỳ họp được số hóa và cung cấp cho đại biểu qua ứng dụng riêng, không "
                "in giấy."
            ),
            (
                "Trả lời câu hỏi của phóng viên về công tác nhân sự, bà Diệp cho biết Ủy ban "
                "Thường vụ Quốc hội sẽ báo cáo cụ thể khi có đủ hồ sơ theo quy định."
            ),
            (
                "Phiên khai mạc và một số phiên thảo luận về kinh tế - xã hội được truyền hình, "
                "phát thanh trực tiếp để cử tri theo dõi."
            ),
        ],
        "byline": "Hải Yến",
        "source": "TTXVN",
        "tags": ["Kỳ họp Quốc hội", "Xây dựng pháp luật", "Chuyển đổi số"],
        "officials": ["Hà Thị Ngọc Diệp"],
        "resolutions": [],
        "photos": [
            (
                "demo-19.jpg",
                "Quang cảnh buổi họp báo công bố chương trình Kỳ họp thứ 7",
                "Lê Hải",
                0,
            ),
            (
                "demo-chan-dung-06.jpg",
                "Tổng Thư ký Quốc hội Hà Thị Ngọc Diệp trả lời phóng viên",
                "Lê Hải",
                2,
            ),
        ],
    },
    {
        "title": "Quốc hội thảo luận về phân cấp, phân quyền cho chính quyền địa phương",
        "section": "Quốc hội",
        "published_at": "2024-10-24 16:45",
        "sapo": (
            "Nhiều đại biểu đề nghị phân định rõ thẩm quyền giữa Trung ương và địa phương, đi kèm "
            "cơ chế kiểm soát quyền lực và trách nhiệm giải trình."
        ),
        "body": [
            (
                "Chiều 24/10, Quốc hội thảo luận ở hội trường về dự án luật sửa đổi. Đa số ý kiến "
                "tán thành việc sửa đổi toàn diện để thể chế hóa chủ trương <em>địa phương quyết, "
                "địa phương làm, địa phương chịu trách nhiệm</em>."
            ),
            (
                "Đại biểu đoàn Quảng Ninh cho rằng dự thảo còn nhiều quy định mang tính nguyên "
                "tắc, cần lượng hóa các nhiệm vụ được phân cấp để tránh tình trạng phân cấp nhưng "
                "vẫn phải xin ý kiến."
            ),
            (
                "Kết luận phiên thảo luận, Phó Chủ tịch Quốc hội Chu Minh Đạt cho biết các ý kiến "
                "sẽ được tiếp thu để hoàn thiện dự thảo, bảo đảm phù hợp với tinh thần Nghị quyết "
                "số 27-NQ/TW của Ban Chấp hành Trung ương về đổi mới, hoàn thiện thể chế."
            ),
            (
                "Theo chương trình, dự án luật sẽ được Quốc hội xem xét, thông qua tại kỳ họp tiếp "
                "theo."
            ),
        ],
        "byline": "Hải Yến",
        "source": "Cổng thông tin điện tử Quốc hội",
        "tags": ["Kỳ họp Quốc hội", "Xây dựng pháp luật", "Cải cách hành chính"],
        "officials": ["Chu Minh Đạt"],
        "resolutions": ["27-NQ/TW"],
        "photos": [
            ("demo-02.jpg", "Đại biểu phát biểu thảo luận tại hội trường chiều 24/10", "TTXVN", 0),
        ],
    },
    {
        "title": "Ủy ban Thường vụ Quốc hội cho ý kiến về công tác chuẩn bị bầu cử",
        "section": "Quốc hội",
        "published_at": "2025-06-12 19:00",
        "sapo": (
            "Ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 dự "
            "kiến vào Chủ nhật, 15/3/2026."
        ),
        "body": [
            (
                "Tại phiên họp chiều 12/6, Ủy ban Thường vụ Quốc hội cho ý kiến về dự thảo nghị "
                "quyết ấn định ngày bầu cử và kế hoạch triển khai."
            ),
            (
                "Phó Chủ tịch Quốc hội Chu Minh Đạt đề nghị sớm dự kiến cơ cấu, thành phần, phân "
                "bổ số lượng đại biểu, bảo đảm tỷ lệ hợp lý đại biểu chuyên trách, đại biểu trẻ và "
                "đại biểu là phụ nữ."
            ),
            "## Lần đầu lập danh sách cử tri từ dữ liệu dân cư",
            (
                "Tổng Thư ký Quốc hội Hà Thị Ngọc Diệp cho biết danh sách cử tri sẽ được lập trên "
                "cơ sở dữ liệu quốc gia về dân cư, giúp giảm sai sót, trùng lặp."
            ),
            (
                "Ủy ban Thường vụ Quốc hội thống nhất trình Quốc hội xem xét, quyết định tại kỳ "
                "họp gần nhất."
            ),
        ],
        "byline": "Hải Yến",
        "source": "TTXVN",
        "tags": ["Bầu cử", "Xây dựng pháp luật", "Chuyển đổi số"],
        "officials": ["Chu Minh Đạt", "Hà Thị Ngọc Diệp"],
        "resolutions": [],
        "photos": [
            ("demo-22.jpg", "Phiên họp của Ủy ban Thường vụ Quốc hội chiều 12/6", "TTXVN", 0),
        ],
    },
    {
        "title": "Cử tri cả nước đi bầu đại biểu Quốc hội khóa XVI và HĐND các cấp",
        "section": "Quốc hội",
        "published_at": "2026-03-15 12:00",
        "sapo": (
            "Từ 7 giờ sáng 15/3, cử tri trên cả nước đến các điểm bỏ phiếu; nhiều nơi ghi nhận tỷ "
            "lệ cử tri đi bầu trên 90% ngay trong buổi sáng."
        ),
        "body": [
            (
                "Tại Hà Nội, Ủy viên Bộ Chính trị, Bí thư Thành ủy Trịnh Quốc Hưng bỏ phiếu tại "
                "khu vực bỏ phiếu số 4, phường Ba Đình. Ông bày tỏ tin tưởng cử tri Thủ đô sẽ lựa "
                "chọn được những đại biểu xứng đáng, đủ đức, đủ tài."
            ),
            (
                "Tại TP Hồ Chí Minh, Ủy viên Bộ Chính trị, Bí thư Thành ủy Lâm Hữu Tài cùng cử tri "
                "phường Sài Gòn bỏ phiếu từ sớm. Thành phố bố trí hơn 5.000 khu vực bỏ phiếu, có "
                "hòm phiếu lưu động cho người cao tuổi, người bệnh."
            ),
            (
                "Theo Hội đồng bầu cử quốc gia, cuộc bầu cử diễn ra an toàn, dân chủ, đúng pháp "
                "luật. Kết quả sẽ được công bố chậm nhất sau 20 ngày."
            ),
        ],
        "byline": "Nhóm phóng viên",
        "source": "TTXVN",
        "tags": ["Bầu cử", "Hà Nội", "TP Hồ Chí Minh"],
        "officials": ["Trịnh Quốc Hưng", "Lâm Hữu Tài"],
        "resolutions": [],
        "photos": [
            ("demo-12.jpg", "Cử tri phường Ba Đình bỏ phiếu sáng 15/3", "TTXVN", 0),
        ],
    },
    {
        "title": "Quốc hội khóa XVI bầu Phó Chủ tịch Quốc hội, Tổng Thư ký Quốc hội",
        "section": "Quốc hội",
        "published_at": "2026-04-07 15:30",
        "featured": True,
        "sapo": (
            "Tại Kỳ họp thứ nhất, Quốc hội khóa XVI đã bầu các Phó Chủ tịch Quốc hội, Tổng Thư ký "
            "Quốc hội và các thành viên Ủy ban Thường vụ Quốc hội."
        ),
        "body": [
            (
                "Chiều 7/4, với tỷ lệ phiếu tán thành cao, đồng chí Chu Minh Đạt, Ủy viên Trung "
                "ương Đảng, tiếp tục được bầu làm Phó Chủ tịch Quốc hội khóa XVI."
            ),
            (
                "Quốc hội cũng bầu bà Hà Thị Ngọc Diệp giữ chức Tổng Thư ký Quốc hội, Chủ nhiệm "
                "Văn phòng Quốc hội khóa XVI."
            ),
            (
                "Ngay sau khi được bầu, các đồng chí đã tuyên thệ trước Quốc hội, trung thành với "
                "Tổ quốc, với Nhân dân, với Hiến pháp."
            ),
            (
                "Phát biểu tại phiên họp, Phó Chủ tịch Quốc hội Chu Minh Đạt cho biết trong nhiệm "
                "kỳ mới, Quốc hội ưu tiên hoàn thiện thể chế phục vụ tăng trưởng, cắt giảm thủ tục "
                "và tăng cường giám sát việc thi hành pháp luật."
            ),
        ],
        "byline": "Hải Yến",
        "source": "Cổng thông tin điện tử Quốc hội",
        "tags": ["Kỳ họp Quốc hội", "Công tác cán bộ", "Bầu cử"],
        "officials": ["Chu Minh Đạt", "Hà Thị Ngọc Diệp"],
        "resolutions": [],
        "photos": [
            (
                "demo-02.jpg",
                "Quốc hội khóa XVI biểu quyết bầu Phó Chủ tịch Quốc hội chiều 7/4",
                "TTXVN",
                0,
            ),
            (
                "demo-chan-dung-05.jpg",
                "Phó Chủ tịch Quốc hội Chu Minh Đạt tuyên thệ nhậm chức",
                "TTXVN",
                1,
            ),
        ],
    },
    {
        "title": "Chất vấn về cải cách hành chính: đo bằng sự hài lòng của người dân",
        "section": "Quốc hội",
        "published_at": "2026-11-18 20:15",
        "sapo": (
            "Phiên chất vấn nhóm vấn đề cải cách hành chính, công vụ tại Kỳ họp thứ hai, Quốc hội "
            "khóa XVI diễn ra sôi nổi với hơn 40 lượt đại biểu chất vấn và tranh luận."
        ),
        "body": [
            (
                "Nhiều đại biểu dẫn chứng tình trạng hồ sơ đã nộp trực tuyến vẫn bị yêu cầu nộp "
                "bản giấy, hoặc phải bổ sung giấy tờ nhiều lần do hướng dẫn không thống nhất giữa "
                "các cơ quan."
            ),
            (
                "Giải trình thêm, Thứ trưởng Bộ Nội vụ Khổng Minh Hải thừa nhận việc liên thông dữ "
                "liệu giữa các bộ, ngành còn chậm. Bộ sẽ hoàn thành bộ chỉ số đánh giá chất lượng "
                "phục vụ người dân theo thời gian thực trong quý I/2027."
            ),
            "## Cần người chịu trách nhiệm đến cùng",
            (
                "Kết luận phiên chất vấn, Phó Chủ tịch Quốc hội Chu Minh Đạt đề nghị Chính phủ chỉ "
                "đạo rà soát, cắt giảm ít nhất 30% thủ tục hành chính trong năm 2027, đồng thời xử "
                "lý nghiêm cán bộ gây phiền hà."
            ),
            (
                "Các bộ, ngành được yêu cầu báo cáo bằng văn bản kết quả thực hiện những cam kết "
                "tại phiên chất vấn trước kỳ họp tiếp theo."
            ),
        ],
        "byline": "Hải Yến",
        "source": "Cổng thông tin điện tử Quốc hội",
        "tags": ["Kỳ họp Quốc hội", "Cải cách hành chính", "Chuyển đổi số"],
        "officials": ["Khổng Minh Hải", "Chu Minh Đạt"],
        "resolutions": [],
        "photos": [
            ("demo-02.jpg", "Đại biểu Quốc hội chất vấn tại phiên họp sáng 18/11", "TTXVN", 0),
        ],
    },
    # ---------------------------------------------------------------- Địa phương
    {
        "title": "TP Hồ Chí Minh đặt mục tiêu 100% hồ sơ hành chính được giải quyết đúng hạn",
        "section": "Địa phương",
        "published_at": "2024-03-25 10:30",
        "sapo": (
            "UBND TP Hồ Chí Minh phê duyệt kế hoạch cải cách hành chính giai đoạn 2024-2026, trong "
            "đó người đứng đầu sở, ngành, quận, huyện được đánh giá trực tiếp qua tỷ lệ hồ sơ trễ "
            "hạn."
        ),
        "body": [
            (
                "Theo Quyết định số 1520/QĐ-UBND, toàn bộ thủ tục hành chính đủ điều kiện sẽ được "
                "cung cấp trực tuyến toàn trình; kết quả được trả cả bản điện tử và bản giấy theo "
                "nhu cầu của người dân."
            ),
            (
                "Chủ tịch UBND thành phố Tạ Minh Luân yêu cầu mỗi đơn vị công khai số điện thoại "
                "của người đứng đầu để người dân phản ánh khi hồ sơ bị chậm. Đơn vị có tỷ lệ trễ "
                "hạn trên 2% không được xét thi đua cuối năm."
            ),
            (
                "Kế hoạch dành 120 tỷ đồng nâng cấp hệ thống một cửa điện tử, kết nối với cơ sở dữ "
                "liệu dân cư để người dân không phải khai lại thông tin đã có."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "Báo Sài Gòn Giải Phóng",
        "tags": ["Cải cách hành chính", "TP Hồ Chí Minh", "Chuyển đổi số"],
        "officials": ["Tạ Minh Luân"],
        "resolutions": ["1520/QĐ-UBND"],
        "photos": [
            (
                "demo-04.jpg",
                "Người dân nộp hồ sơ tại một trung tâm hành chính công ở TP Hồ Chí Minh",
                "Thành Đạt",
                0,
            ),
        ],
    },
    {
        "title": "HĐND TP Hà Nội thông qua 25 nghị quyết tại kỳ họp cuối năm",
        "section": "Địa phương",
        "published_at": "2024-12-10 18:00",
        "sapo": (
            "Kỳ họp thứ 20, HĐND TP Hà Nội khóa XVI bế mạc sau ba ngày làm việc, quyết định nhiều "
            "chính sách về đầu tư công, giáo dục và môi trường."
        ),
        "body": [
            (
                "Phát biểu bế mạc, Chủ tịch HĐND thành phố Lưu Thị Hạnh cho biết các nghị quyết "
                "được chuẩn bị kỹ, có đánh giá tác động và lấy ý kiến rộng rãi của cử tri, chuyên "
                "gia."
            ),
            (
                "HĐND thành phố thông qua kế hoạch đầu tư công năm 2025 với tổng vốn hơn 87.000 tỷ "
                "đồng, ưu tiên các dự án giao thông kết nối vùng và cải tạo chung cư cũ."
            ),
            "## Trả lời chất vấn về ô nhiễm không khí",
            (
                "Tại phiên chất vấn, Chủ tịch UBND thành phố Đoàn Minh Triết nhận trách nhiệm về "
                "việc chậm triển khai các giải pháp giảm bụi mịn, cam kết trong năm 2025 chuyển "
                "đổi 1.000 xe buýt sang sử dụng điện và xử lý dứt điểm tình trạng đốt rơm rạ ở "
                "ngoại thành."
            ),
            (
                "Cử tri theo dõi kỳ họp qua truyền hình trực tiếp đã gửi hơn 600 ý kiến về đường "
                "dây nóng của HĐND thành phố."
            ),
        ],
        "byline": "Thu Trang",
        "source": "Báo Hà Nội Mới",
        "tags": ["Hà Nội", "Kinh tế - xã hội", "Môi trường", "Tiếp xúc cử tri"],
        "officials": ["Lưu Thị Hạnh", "Đoàn Minh Triết"],
        "resolutions": [],
        "photos": [
            (
                "demo-21.jpg",
                "Đại biểu HĐND thành phố biểu quyết thông qua các nghị quyết chiều 10/12",
                "Viết Thành",
                0,
            ),
            (
                "demo-10.jpg",
                "Cử tri phường Cửa Nam gửi kiến nghị tới HĐND thành phố trước kỳ họp",
                "Lê Hải",
                2,
            ),
        ],
    },
    {
        "title": "Quảng Ninh thu hút hơn 3 tỷ USD vốn đầu tư nước ngoài năm 2024",
        "section": "Địa phương",
        "published_at": "2025-01-09 09:30",
        "sapo": (
            "Tăng trưởng GRDP của tỉnh đạt 11,2%, thuộc nhóm dẫn đầu cả nước; công nghiệp chế "
            "biến, chế tạo tiếp tục là động lực chính."
        ),
        "body": [
            (
                "Tại hội nghị tổng kết năm, Chủ tịch UBND tỉnh Quảng Ninh Mạc Thị Thu Hiền cho "
                "biết các dự án mới tập trung vào sản xuất linh kiện điện tử, năng lượng sạch và "
                "dịch vụ logistics."
            ),
            (
                "Thu ngân sách trên địa bàn đạt hơn 55.000 tỷ đồng, trong đó thu nội địa chiếm gần "
                "70%. Tỉnh đã giải ngân 98% vốn đầu tư công được giao."
            ),
            (
                "Bí thư Tỉnh ủy Ninh Văn Cảnh đề nghị năm 2025 tập trung tháo gỡ vướng mắc về đất "
                "đai cho nhà đầu tư, không để dự án phải chờ đợi vì thủ tục."
            ),
            (
                "Tỉnh đặt mục tiêu năm 2025 tăng trưởng từ 12% trở lên, thu hút ít nhất 3 tỷ USD "
                "vốn đầu tư nước ngoài."
            ),
        ],
        "byline": "Quang Minh",
        "source": "Báo Quảng Ninh",
        "tags": ["Quảng Ninh", "Kinh tế - xã hội", "Hội nhập quốc tế"],
        "officials": ["Mạc Thị Thu Hiền", "Ninh Văn Cảnh"],
        "resolutions": [],
        "photos": [
            ("demo-08.jpg", "Tàu hàng làm hàng tại cảng Cái Lân", "Báo Quảng Ninh", 0),
        ],
    },
    {
        "title": "Hà Nội lấy ý kiến dự thảo chính sách hỗ trợ doanh nghiệp nhỏ chuyển đổi số",
        "section": "Địa phương",
        "published_at": "2026-06-10 14:00",
        "sapo": (
            "Doanh nghiệp nhỏ và vừa có thể được hỗ trợ tới 50% chi phí thuê nền tảng số trong hai "
            "năm đầu, theo dự thảo nghị quyết UBND TP Hà Nội trình HĐND thành phố."
        ),
        "body": [
            (
                "Dự thảo được đăng tải trên Cổng thông tin điện tử thành phố để lấy ý kiến đến hết "
                "ngày 10/7. Đối tượng hỗ trợ là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh "
                "có đăng ký trên địa bàn."
            ),
            (
                "Phó Chủ tịch UBND thành phố Kiều Văn Thắng cho biết chính sách ưu tiên các giải "
                "pháp kế toán, hóa đơn điện tử, quản lý bán hàng và thương mại điện tử, là những "
                "nhu cầu thiết thực nhất của doanh nghiệp nhỏ."
            ),
            (
                "Mức hỗ trợ tối đa 100 triệu đồng mỗi doanh nghiệp. Để tránh trục lợi, thủ tục "
                "được thực hiện trực tuyến, đối chiếu với dữ liệu thuế và hóa đơn điện tử."
            ),
            (
                "Sau khi tiếp thu ý kiến, UBND thành phố dự kiến trình HĐND thành phố xem xét tại "
                "kỳ họp thường lệ giữa năm."
            ),
        ],
        "byline": "Ngọc Anh",
        "source": "Báo Hà Nội Mới",
        "tags": ["Chuyển đổi số", "Hà Nội", "Kinh tế - xã hội"],
        "officials": ["Kiều Văn Thắng"],
        "resolutions": ["du-thao-hdnd-hn-chuyen-doi-so"],
        "photos": [
            ("demo-14.jpg", "Doanh nghiệp giới thiệu giải pháp số tại hội thảo", "Ngọc Mai", 0),
        ],
    },
    {
        "title": "TP Hồ Chí Minh bàn giao toàn bộ mặt bằng tuyến metro số 2",
        "section": "Địa phương",
        "published_at": "2025-11-12 15:00",
        "sapo": (
            "Sau nhiều năm chậm trễ, mặt bằng tuyến đường sắt đô thị Bến Thành - Tham Lương đã "
            "được bàn giao cho chủ đầu tư, mở đường cho việc khởi công các gói thầu chính."
        ),
        "body": [
            (
                "Chủ tịch UBND TP Hồ Chí Minh Tạ Minh Luân cho biết thành phố đã hoàn thành bồi "
                "thường cho gần 600 hộ dân bị ảnh hưởng, trong đó nhiều hộ được bố trí tái định cư "
                "tại chỗ."
            ),
            (
                "Việc tách giải phóng mặt bằng thành dự án độc lập theo cơ chế đặc thù của Quốc "
                "hội giúp rút ngắn đáng kể thời gian thực hiện."
            ),
            "## Phấn đấu vận hành năm 2030",
            (
                "Theo Nghị quyết 24-NQ/TU của Thành ủy, tuyến metro số 2 là một trong ba tuyến ưu "
                "tiên cần hoàn thành trước năm 2030. Thành phố đang hoàn thiện hồ sơ lựa chọn nhà "
                "thầu với yêu cầu minh bạch, cạnh tranh."
            ),
            (
                "Đại diện chủ đầu tư cho biết thi công sẽ được tổ chức theo phương án giảm thiểu "
                "ảnh hưởng đến giao thông khu vực trung tâm."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "Báo Sài Gòn Giải Phóng",
        "tags": ["Giao thông đô thị", "TP Hồ Chí Minh", "Kinh tế - xã hội"],
        "officials": ["Tạ Minh Luân"],
        "resolutions": ["24-NQ/TU", "45/2024/QH15"],
        "photos": [
            ("demo-06.jpg", "Khu vực xây dựng nhà ga Tham Lương", "Thành Đạt", 0),
            ("demo-15.jpg", "Máy móc được tập kết trên công trường tuyến metro số 2", "TTXVN", 4),
        ],
    },
    {
        "title": "Hà Nội: Hơn 90% hồ sơ thủ tục hành chính được xử lý trực tuyến",
        "section": "Địa phương",
        "published_at": "2024-08-22 16:00",
        "sapo": (
            "Sơ kết Nghị quyết số 15-NQ/TU của Thành ủy Hà Nội cho thấy hạ tầng số của thành phố "
            "cơ bản hoàn thành, nhưng dữ liệu chưa được khai thác tương xứng."
        ),
        "body": [
            (
                "Theo báo cáo tại hội nghị, 100% xã, phường đã có cáp quang; trung tâm dữ liệu "
                "thành phố đi vào vận hành, kết nối với cơ sở dữ liệu quốc gia về dân cư."
            ),
            (
                "Phó Chủ tịch UBND thành phố Kiều Văn Thắng cho biết hơn 90% hồ sơ thủ tục hành "
                "chính được tiếp nhận, xử lý trực tuyến, song tỷ lệ người dân tự nộp hồ sơ mà "
                "không cần hỗ trợ mới đạt khoảng 45%."
            ),
            (
                "Kết luận hội nghị, Bí thư Thành ủy Trịnh Quốc Hưng yêu cầu tập trung làm sạch dữ "
                "liệu, thiết kế dịch vụ công thân thiện hơn và đưa trợ lý ảo vào hỗ trợ người dân "
                "suốt 24 giờ."
            ),
        ],
        "byline": "Ngọc Anh",
        "source": "Báo Hà Nội Mới",
        "tags": ["Chuyển đổi số", "Cải cách hành chính", "Hà Nội"],
        "officials": ["Kiều Văn Thắng", "Trịnh Quốc Hưng"],
        "resolutions": ["15-NQ/TU"],
        "photos": [
            (
                "demo-05.jpg",
                "Trung tâm điều hành thông minh của thành phố Hà Nội",
                "Phạm Thắng",
                0,
            ),
        ],
    },
    # ---------------------------------------------------------------- Pháp luật
    {
        "title": "Truy tố 12 bị can trong vụ án sai phạm đấu thầu thiết bị y tế",
        "section": "Pháp luật",
        "published_at": "2024-04-18 11:00",
        "sapo": (
            "Viện kiểm sát nhân dân TP Hà Nội ban hành cáo trạng truy tố các bị can về tội vi phạm "
            "quy định về đấu thầu gây hậu quả nghiêm trọng và tội đưa hối lộ."
        ),
        "body": [
            (
                "Theo cáo trạng, từ năm 2019 đến năm 2022, một công ty thiết bị y tế đã thông đồng "
                "với cán bộ một số bệnh viện để nâng giá thiết bị, gây thiệt hại cho ngân sách hơn "
                "120 tỷ đồng."
            ),
            (
                "Viện trưởng Viện kiểm sát nhân dân TP Hà Nội Doãn Quang Vinh cho biết trong quá "
                "trình điều tra, các bị can đã tự nguyện nộp lại hơn 40 tỷ đồng để khắc phục hậu "
                "quả, là tình tiết được xem xét giảm nhẹ."
            ),
            (
                "Các cơ quan tố tụng tiếp tục phối hợp thu hồi tối đa tài sản, đồng thời kiến nghị "
                "chấn chỉnh quy trình mua sắm tại các đơn vị y tế công lập."
            ),
        ],
        "byline": "Đức Tuấn",
        "source": "TTXVN",
        "tags": ["Phòng chống tham nhũng", "Tư pháp", "Hà Nội"],
        "officials": ["Doãn Quang Vinh"],
        "resolutions": [],
        "photos": [
            ("demo-09.jpg", "Quang cảnh một phiên tòa tại Hà Nội (ảnh minh họa)", "Trọng Hiếu", 0),
        ],
    },
    {
        "title": "Xét xử sơ thẩm vụ án sai phạm tại một ban quản lý dự án",
        "section": "Pháp luật",
        "published_at": "2025-02-26 19:30",
        "sapo": (
            "Cựu giám đốc ban quản lý dự án bị đề nghị mức án 8 đến 9 năm tù; đại diện Viện kiểm "
            "sát ghi nhận các bị cáo thành khẩn khai báo, tích cực khắc phục hậu quả."
        ),
        "body": [
            (
                "Theo cáo trạng, trong giai đoạn 2017-2020, các bị cáo đã nghiệm thu khống khối "
                "lượng tại ba gói thầu cải tạo kênh mương, gây thiệt hại hơn 30 tỷ đồng."
            ),
            (
                "Tại phiên tòa, các bị cáo thừa nhận hành vi như cáo trạng đã nêu và xin giảm nhẹ "
                "hình phạt. Gia đình các bị cáo đã nộp khắc phục toàn bộ số tiền thiệt hại."
            ),
            (
                "Viện trưởng VKSND TP Hà Nội Doãn Quang Vinh, người trực tiếp chỉ đạo thực hành "
                "quyền công tố, cho biết vụ án được xử lý nghiêm minh nhưng nhân văn, phân hóa rõ "
                "vai trò từng bị cáo."
            ),
            "Phiên tòa dự kiến kéo dài đến hết tuần.",
        ],
        "byline": "Đức Tuấn",
        "source": "TTXVN",
        "tags": ["Phòng chống tham nhũng", "Tư pháp", "Hà Nội"],
        "officials": ["Doãn Quang Vinh"],
        "resolutions": [],
        "photos": [
            ("demo-09.jpg", "Các bị cáo tại phiên tòa sơ thẩm", "Trọng Hiếu", 0),
        ],
    },
    {
        "title": "Một năm thực hiện Nghị quyết 27-NQ/TW: thể chế từng bước được hoàn thiện",
        "section": "Pháp luật",
        "published_at": "2023-12-12 15:00",
        "sapo": (
            "Nhiều luật quan trọng đã được thông qua theo hướng tăng phân cấp, giảm thủ tục; tuy "
            "vậy, chất lượng văn bản hướng dẫn thi hành vẫn là điểm nghẽn."
        ),
        "body": [
            (
                "Tại hội thảo do Ủy ban Pháp luật của Quốc hội phối hợp tổ chức ngày 12/12, các "
                "đại biểu đánh giá sau một năm, nhiều nội dung của Nghị quyết số 27-NQ/TW đã được "
                "cụ thể hóa trong chương trình xây dựng luật."
            ),
            (
                "Phó Chủ tịch Quốc hội Chu Minh Đạt nhấn mạnh xây dựng pháp luật phải xuất phát từ "
                "thực tiễn, khắc phục tình trạng luật chờ nghị định, nghị định chờ thông tư."
            ),
            "## Không để chậm văn bản hướng dẫn",
            (
                "Theo số liệu được công bố, vẫn còn hơn 20 văn bản quy định chi tiết chậm ban "
                "hành. Các chuyên gia kiến nghị luật cần quy định trực tiếp những nội dung đã ổn "
                "định, hạn chế giao Chính phủ hướng dẫn."
            ),
            (
                "Hội thảo kiến nghị thiết lập cơ chế theo dõi, công khai tiến độ ban hành văn bản "
                "hướng dẫn trên Cổng thông tin điện tử Quốc hội."
            ),
        ],
        "byline": "Hải Yến",
        "source": "VGP",
        "tags": ["Xây dựng pháp luật", "Tư pháp", "Cải cách hành chính"],
        "officials": ["Chu Minh Đạt"],
        "resolutions": ["27-NQ/TW"],
        "photos": [
            ("demo-14.jpg", "Các đại biểu dự hội thảo về hoàn thiện thể chế", "Ngọc Mai", 0),
        ],
    },
    {
        "title": "Hà Nội công khai kết quả xử lý sau thanh tra quản lý đất đai",
        "section": "Pháp luật",
        "published_at": "2026-07-14 17:00",
        "sapo": (
            "Thanh tra thành phố kiến nghị thu hồi hơn 200 tỷ đồng, chuyển cơ quan điều tra hai vụ "
            "việc có dấu hiệu tội phạm liên quan đến giao đất trái thẩm quyền."
        ),
        "body": [
            (
                "Kết luận thanh tra công bố ngày 14/7 nêu nhiều sai phạm trong giao đất, cho thuê "
                "đất tại một số xã ngoại thành giai đoạn 2015-2022, trước khi sắp xếp đơn vị hành "
                "chính."
            ),
            (
                "Chủ tịch UBND thành phố Đoàn Minh Triết yêu cầu xử lý nghiêm trách nhiệm tập thể, "
                "cá nhân liên quan, kể cả những người đã chuyển công tác hoặc nghỉ hưu."
            ),
            (
                "Viện trưởng VKSND TP Hà Nội Doãn Quang Vinh cho biết sẽ phân công kiểm sát viên "
                "theo dõi ngay từ khi tiếp nhận hồ sơ, bảo đảm xử lý đúng pháp luật, không để lọt "
                "tội phạm."
            ),
            (
                "Toàn văn kết luận thanh tra được đăng trên Cổng thông tin điện tử thành phố để "
                "người dân giám sát."
            ),
        ],
        "byline": "Đức Tuấn",
        "source": "Báo Hà Nội Mới",
        "tags": ["Phòng chống tham nhũng", "Công tác kiểm tra", "Hà Nội"],
        "officials": ["Đoàn Minh Triết", "Doãn Quang Vinh"],
        "resolutions": [],
        "photos": [
            ("demo-20.jpg", "Đoàn thanh tra làm việc tại một xã ngoại thành", "Trọng Hiếu", 0),
        ],
    },
    # ---------------------------------------------------------------- Quốc tế
    {
        "title": "Phó Chủ tịch Quốc hội Chu Minh Đạt tiếp Đoàn nghị sĩ hữu nghị Lào",
        "section": "Quốc tế",
        "published_at": "2024-04-10 18:30",
        "sapo": (
            "Hai bên nhất trí tăng cường trao đổi kinh nghiệm lập pháp, giám sát và phối hợp tại "
            "các diễn đàn nghị viện đa phương."
        ),
        "body": [
            (
                "Chiều 10/4, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Chu Minh Đạt tiếp đoàn Nhóm "
                "nghị sĩ hữu nghị Lào - Việt Nam đang thăm, làm việc tại Việt Nam."
            ),
            (
                "Phó Chủ tịch Quốc hội khẳng định quan hệ đoàn kết đặc biệt Việt Nam - Lào là tài "
                "sản chung quý báu của hai dân tộc, cần được các thế hệ tiếp nối gìn giữ, vun đắp."
            ),
            (
                "Hai bên trao đổi kinh nghiệm xây dựng luật đất đai, luật đầu tư và cơ chế giám "
                "sát ngân sách, thống nhất tiếp tục phối hợp chặt chẽ tại Đại hội đồng AIPA và "
                "Liên minh Nghị viện thế giới."
            ),
            "Nhân dịp này, đoàn nghị sĩ Lào đã tham quan một số mô hình chính quyền số tại Hà Nội.",
        ],
        "byline": "Hải Yến",
        "source": "TTXVN",
        "tags": ["Ngoại giao", "Hội nhập quốc tế", "Xây dựng pháp luật"],
        "officials": ["Chu Minh Đạt"],
        "resolutions": [],
        "photos": [
            ("demo-13.jpg", "Phó Chủ tịch Quốc hội Chu Minh Đạt tiếp đoàn nghị sĩ Lào", "TTXVN", 0),
        ],
    },
    {
        "title": "Hà Nội và Vientiane ký chương trình hợp tác giai đoạn 2025-2030",
        "section": "Quốc tế",
        "published_at": "2025-06-05 17:45",
        "sapo": (
            "Hai thủ đô thống nhất ưu tiên hợp tác trong quy hoạch đô thị, đào tạo cán bộ và "
            "chuyển đổi số."
        ),
        "body": [
            (
                "Trong chuyến thăm, làm việc tại Vientiane, Ủy viên Trung ương Đảng, Bí thư Thành "
                "ủy Hà Nội Trịnh Quốc Hưng và lãnh đạo Thành ủy Vientiane đã chứng kiến lễ ký "
                "chương trình hợp tác."
            ),
            (
                "Theo chương trình, Hà Nội tiếp nhận 100 cán bộ của Vientiane sang đào tạo ngắn "
                "hạn mỗi năm, đồng thời hỗ trợ xây dựng hệ thống quản lý hồ sơ hành chính điện tử."
            ),
            (
                "Bí thư Thành ủy Trịnh Quốc Hưng mong muốn hai thủ đô tiếp tục là hình mẫu về hợp "
                "tác giữa các địa phương của hai nước."
            ),
            "Dịp này, đoàn đã đến thăm, tặng quà Trường Hữu nghị Lào - Việt tại Vientiane.",
        ],
        "byline": "Minh Châu",
        "source": "TTXVN",
        "tags": ["Ngoại giao", "Hà Nội", "Hội nhập quốc tế"],
        "officials": ["Trịnh Quốc Hưng"],
        "resolutions": [],
        "photos": [
            ("demo-18.jpg", "Lễ ký chương trình hợp tác giữa Hà Nội và Vientiane", "TTXVN", 0),
        ],
    },
    {
        "title": "Quảng Ninh xúc tiến đầu tư tại Nhật Bản",
        "section": "Quốc tế",
        "published_at": "2026-09-24 10:00",
        "sapo": (
            "Đoàn công tác tỉnh Quảng Ninh làm việc với hơn 60 doanh nghiệp Nhật Bản, trao chứng "
            "nhận đầu tư cho ba dự án công nghiệp công nghệ cao."
        ),
        "body": [
            (
                "Tại hội nghị xúc tiến đầu tư ở Osaka, Chủ tịch UBND tỉnh Mạc Thị Thu Hiền giới "
                "thiệu hệ thống hạ tầng đồng bộ gồm sân bay, cảng biển, cao tốc và quỹ đất công "
                "nghiệp sẵn sàng hơn 1.200 ha."
            ),
            (
                "Ba dự án được trao chứng nhận có tổng vốn khoảng 450 triệu USD, sản xuất linh "
                "kiện điện tử và thiết bị y tế."
            ),
            (
                "Bà Mạc Thị Thu Hiền cam kết tỉnh bố trí cán bộ đầu mối đồng hành với từng nhà đầu "
                "tư từ khi tìm hiểu đến khi dự án đi vào hoạt động."
            ),
        ],
        "byline": "Quang Minh",
        "source": "Báo Quảng Ninh",
        "tags": ["Quảng Ninh", "Hội nhập quốc tế", "Kinh tế - xã hội"],
        "officials": ["Mạc Thị Thu Hiền"],
        "resolutions": [],
        "photos": [
            (
                "demo-18.jpg",
                "Trao chứng nhận đầu tư cho doanh nghiệp Nhật Bản tại Osaka",
                "Báo Quảng Ninh",
                0,
            ),
        ],
    },
    {
        "title": "TP Hồ Chí Minh mời gọi doanh nghiệp châu Âu đầu tư hạ tầng giao thông",
        "section": "Quốc tế",
        "published_at": "2025-11-27 19:00",
        "sapo": (
            "Tại diễn đàn hợp tác với doanh nghiệp châu Âu, thành phố giới thiệu danh mục 20 dự án "
            "giao thông, trong đó có các tuyến đường sắt đô thị và cảng cạn."
        ),
        "body": [
            (
                "Chủ tịch UBND TP Hồ Chí Minh Tạ Minh Luân cho biết thành phố cần khoảng 40 tỷ USD "
                "cho hạ tầng giao thông đến năm 2035, trong khi ngân sách chỉ đáp ứng được một "
                "phần."
            ),
            (
                "Đại diện các doanh nghiệp châu Âu đánh giá cao cơ chế đặc thù mà Quốc hội cho "
                "phép, song đề nghị thành phố sớm có hướng dẫn rõ ràng về phương thức đối tác công "
                "tư và chia sẻ rủi ro doanh thu."
            ),
            "## Cam kết minh bạch",
            (
                "Thành phố cam kết công khai tiến độ, tiêu chí lựa chọn nhà đầu tư và lập tổ công "
                "tác đặc biệt xử lý kiến nghị của nhà đầu tư trong vòng 15 ngày."
            ),
        ],
        "byline": "Bảo Ngọc",
        "source": "VGP",
        "tags": ["TP Hồ Chí Minh", "Hội nhập quốc tế", "Giao thông đô thị"],
        "officials": ["Tạ Minh Luân"],
        "resolutions": ["45/2024/QH15", "24-NQ/TU"],
        "photos": [
            (
                "demo-13.jpg",
                "Lãnh đạo TP Hồ Chí Minh tiếp các doanh nghiệp châu Âu",
                "Thành Đạt",
                0,
            ),
        ],
    },
    {
        "title": "Hà Nội chủ trì diễn đàn đô thị thông minh ASEAN",
        "section": "Quốc tế",
        "published_at": "2026-10-08 16:00",
        "sapo": (
            "Hơn 300 đại biểu từ các thành phố thành viên Mạng lưới đô thị thông minh ASEAN chia "
            "sẻ kinh nghiệm quản trị dữ liệu và dịch vụ công số."
        ),
        "body": [
            (
                "Phát biểu khai mạc, Phó Chủ tịch UBND TP Hà Nội Kiều Văn Thắng cho biết sau hơn "
                "một năm vận hành chính quyền hai cấp, dữ liệu dùng chung đã giúp thành phố rút "
                "ngắn một nửa thời gian xử lý nhiều thủ tục."
            ),
            (
                "Các đại biểu thảo luận về bảo vệ dữ liệu cá nhân, giao thông thông minh và ứng "
                "dụng trí tuệ nhân tạo trong quản lý đô thị."
            ),
            (
                "Kết thúc diễn đàn, các thành phố thông qua tuyên bố chung về chia sẻ mã nguồn mở "
                "các ứng dụng dịch vụ công, hướng tới giảm chi phí đầu tư cho các đô thị nhỏ."
            ),
        ],
        "byline": "Ngọc Anh",
        "source": "VGP",
        "tags": ["Chuyển đổi số", "Hội nhập quốc tế", "Hà Nội"],
        "officials": ["Kiều Văn Thắng"],
        "resolutions": [],
        "photos": [
            ("demo-14.jpg", "Đại biểu các nước ASEAN dự diễn đàn tại Hà Nội", "Ngọc Mai", 0),
            (
                "demo-05.jpg",
                "Khách quốc tế tham quan Trung tâm điều hành thông minh của Hà Nội",
                "Phạm Thắng",
                2,
            ),
        ],
    },
    # ---------------------------------------------------------------- Not public (yet)
    {
        "title": "Dự kiến nội dung Kỳ họp thứ ba, Quốc hội khóa XVI",
        "section": "Quốc hội",
        "status": "draft",
        "published_at": None,
        "sapo": (
            "Kỳ họp thứ ba dự kiến tập trung vào công tác lập pháp, với nhiều dự án luật về đất "
            "đai, đầu tư và tổ chức bộ máy."
        ),
        "body": [
            (
                "Bản nháp: chờ thông cáo chính thức của Văn phòng Quốc hội về thời gian khai mạc "
                "và số ngày làm việc."
            ),
            (
                "Theo dự kiến, Quốc hội sẽ xem xét thông qua khoảng 15 luật và cho ý kiến lần đầu "
                "8 dự án luật."
            ),
            (
                "Cần bổ sung ý kiến của Tổng Thư ký Quốc hội Hà Thị Ngọc Diệp tại buổi họp báo "
                "trước kỳ họp."
            ),
        ],
        "byline": "Hải Yến",
        "source": "",
        "tags": ["Kỳ họp Quốc hội", "Xây dựng pháp luật", "Công tác cán bộ"],
        "officials": ["Hà Thị Ngọc Diệp"],
        "resolutions": [],
        "photos": [],
    },
    {
        "title": "Bí thư Tỉnh ủy Quảng Ninh: Kinh tế biển xanh là lựa chọn không thể khác",
        "section": "Chính trị",
        "status": "draft",
        "published_at": None,
        "sapo": (
            "Trò chuyện với Bí thư Tỉnh ủy Quảng Ninh Ninh Văn Cảnh về con đường tăng trưởng gắn "
            "với bảo vệ vịnh Hạ Long."
        ),
        "body": [
            (
                "<strong>Phóng viên:</strong> Thưa ông, vì sao Quảng Ninh kiên định với mô hình "
                "kinh tế biển xanh?"
            ),
            (
                "<strong>Ông Ninh Văn Cảnh:</strong> Vịnh Hạ Long là tài sản không thể tái tạo. "
                "Tăng trưởng bằng mọi giá sẽ phải trả giá bằng chính nguồn lực của tương lai."
            ),
            "Bản nháp phỏng vấn, chờ nhân vật duyệt lại câu trả lời.",
        ],
        "byline": "Quang Minh",
        "source": "",
        "tags": ["Quảng Ninh", "Môi trường", "Kinh tế - xã hội"],
        "officials": ["Ninh Văn Cảnh"],
        "resolutions": ["12-KL/TU"],
        "photos": [
            (
                "demo-chan-dung-04.jpg",
                "Bí thư Tỉnh ủy Quảng Ninh Ninh Văn Cảnh",
                "Báo Quảng Ninh",
                0,
            ),
        ],
    },
    {
        "title": "Hà Nội công bố chỉ số hài lòng của người dân đối với phường, xã năm 2026",
        "section": "Địa phương",
        "status": "review",
        "published_at": None,
        "sapo": (
            "Lần đầu tiên, kết quả đo lường sự hài lòng được công bố đến từng phường, xã sau khi "
            "sắp xếp đơn vị hành chính."
        ),
        "body": [
            (
                "Chỉ số được tổng hợp từ hơn 200.000 phiếu khảo sát trực tuyến và trực tiếp tại "
                "các trung tâm phục vụ hành chính công."
            ),
            (
                "Phó Chủ tịch UBND thành phố Kiều Văn Thắng cho biết các đơn vị đứng cuối bảng "
                "phải báo cáo nguyên nhân và giải pháp khắc phục trong 30 ngày."
            ),
            "Kết quả chi tiết sẽ được đăng tải trên Cổng thông tin điện tử thành phố.",
        ],
        "byline": "Ngọc Anh",
        "source": "Báo Hà Nội Mới",
        "tags": ["Cải cách hành chính", "Hà Nội", "Chuyển đổi số"],
        "officials": ["Kiều Văn Thắng"],
        "resolutions": ["06-CT/TU"],
        "photos": [
            (
                "demo-04.jpg",
                "Người dân đánh giá mức độ hài lòng trên máy tính bảng",
                "Hồng Nhung",
                0,
            ),
        ],
    },
    {
        "title": "Tọa đàm trực tuyến: Chính quyền số phục vụ người dân",
        "section": "Thời sự",
        "status": "published",
        "publish_in_days": 6,
        "sapo": (
            "Tọa đàm với sự tham gia của lãnh đạo UBND TP Hà Nội và các chuyên gia sẽ giải đáp "
            "thắc mắc của bạn đọc về dịch vụ công trực tuyến."
        ),
        "body": [
            (
                "Bạn đọc có thể gửi câu hỏi trước qua hộp thư của tòa soạn hoặc trực tiếp trong "
                "thời gian diễn ra chương trình."
            ),
            (
                "Khách mời gồm Phó Chủ tịch UBND TP Hà Nội Kiều Văn Thắng và đại diện các sở, "
                "ngành liên quan."
            ),
            "Chương trình được phát trực tuyến trên trang chủ và các nền tảng mạng xã hội của báo.",
        ],
        "byline": "Ban Thời sự",
        "source": "",
        "tags": ["Chuyển đổi số", "Cải cách hành chính", "Hà Nội"],
        "officials": ["Kiều Văn Thắng"],
        "resolutions": [],
        "photos": [
            ("demo-19.jpg", "Trường quay tọa đàm trực tuyến của tòa soạn", "Lê Hải", 0),
        ],
    },
]
