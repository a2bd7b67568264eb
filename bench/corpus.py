"""Vocabulary and templates for benchmark data: plausible Vietnamese political news, generated fast.

Pure Python and standard library only. Every name and figure is invented; sentences follow the
register of Vietnamese political reporting (hội nghị, quán triệt nghị quyết, làm việc với ...) so
that the text has realistic word frequencies for search, and realistic lengths for the pages.
"""

from __future__ import annotations

import functools
import random
import string

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trương", "Mai", "Tô", "Hà", "Lâm", "Vương",
]  # fmt: skip
MIDDLE = [
    "Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Tiến", "Hồng", "Quang",
    "Thành", "Công", "Đình", "Trọng", "Kim", "Anh", "Bá", "Thế", "Phương", "Mạnh", "Việt", "Khắc",
]  # fmt: skip
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hùng", "Huệ", "Hương", "Lan", "Long",
    "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thủy", "Tuấn", "Vinh", "Yến",
    "Khánh", "Lợi", "Ngân", "Phong", "Thảo", "Trung", "Tùng", "Hòa", "Chính", "Diệp", "Giang",
]  # fmt: skip
PROVINCES = [
    "Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Thừa Thiên Huế", "Quảng Nam", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk",
    "Gia Lai", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "An Giang",
    "Kiên Giang", "Cà Mau", "Bắc Ninh", "Hải Dương", "Thái Bình", "Nam Định", "Ninh Bình",
    "Lào Cai", "Điện Biên", "Sơn La", "Thái Nguyên", "Phú Thọ", "Quảng Trị", "Bình Định",
]  # fmt: skip
MINISTRIES = [
    "Bộ Nội vụ", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Công Thương",
    "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Tư pháp", "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Thông tin và Truyền thông", "Bộ Xây dựng",
]  # fmt: skip
TOPICS = [
    "chuyển đổi số", "phòng, chống tham nhũng, tiêu cực", "cải cách hành chính",
    "phát triển kinh tế - xã hội", "xây dựng nông thôn mới", "giải ngân vốn đầu tư công",
    "công tác cán bộ", "bảo vệ môi trường", "phát triển văn hóa, con người", "an sinh xã hội",
    "phát triển hạ tầng giao thông", "thu hút đầu tư nước ngoài", "sắp xếp đơn vị hành chính",
    "xây dựng Đảng và hệ thống chính trị", "phát triển kinh tế biển",
    "cải thiện môi trường kinh doanh",
    "phòng, chống thiên tai", "phát triển nguồn nhân lực chất lượng cao", "y tế cơ sở",
    "đổi mới giáo dục phổ thông", "quản lý đất đai", "phát triển nhà ở xã hội",
]  # fmt: skip
LAWS = [
    "Luật Đất đai (sửa đổi)", "Luật Nhà ở (sửa đổi)", "Luật Kinh doanh bất động sản (sửa đổi)",
    "Luật Các tổ chức tín dụng (sửa đổi)", "Luật Giao dịch điện tử (sửa đổi)", "Luật Thủ đô",
    "Luật Căn cước", "Luật Tài nguyên nước (sửa đổi)", "Luật Đường bộ", "Luật Thanh tra (sửa đổi)",
]  # fmt: skip
TAGS = [
    "Đại hội Đảng", "Quốc hội khóa XV", "Chuyển đổi số", "Phòng chống tham nhũng", "Kỳ họp thứ 6",
    "Công tác cán bộ", "Đầu tư công", "Nông thôn mới", "Tiếp xúc cử tri", "Hội nghị Trung ương",
    "Cải cách hành chính", "Kinh tế biển", "An sinh xã hội", "Giáo dục", "Y tế", "Giao thông",
    "Đối ngoại", "Biên giới", "Môi trường", "Đất đai", "Nhà ở xã hội", "Thiên tai", "Bầu cử",
]  # fmt: skip
CREDITS = ["TTXVN", "Anh Sơn", "Nhật Bắc", "Văn Điệp", "Phương Hoa", "Trọng Đức", "Minh Châu"]
SOURCES = ["", "", "TTXVN", "VNA", "Báo Nhân Dân", "Cổng TTĐT Chính phủ"]

TITLE_TEMPLATES = [
    "{person} làm việc với {org} về {topic}",
    "{org} quán triệt Nghị quyết {number} về {topic}",
    "{province} sơ kết {years} năm thực hiện nghị quyết về {topic}",
    "Hội nghị {org} lần thứ {n}: tập trung {topic}",
    "{person}: không để {topic} chậm trễ, hình thức",
    "Quốc hội thảo luận dự án {law}",
    "{province} đẩy mạnh {topic} trong năm {year}",
    "Đoàn đại biểu Quốc hội tỉnh {province} tiếp xúc cử tri",
    "{person} thăm, làm việc tại tỉnh {province}",
    "Kiện toàn nhân sự {org}",
    "{org} ban hành kế hoạch thực hiện Nghị quyết {number}",
    "Tháo gỡ vướng mắc về {topic} tại {province}",
]
SAPO_TEMPLATES = [
    "Sáng {day}/{month}, {org} tổ chức hội nghị đánh giá kết quả {topic} và triển khai nhiệm vụ "
    "trọng tâm thời gian tới. {person}, {title}, chủ trì hội nghị.",
    "Chiều {day}/{month}, đoàn công tác do {person}, {title}, dẫn đầu đã làm việc với lãnh đạo "
    "tỉnh {province} về {topic}.",
    "Thực hiện Nghị quyết {number}, {org} đã ban hành nhiều chương trình, kế hoạch cụ thể, "
    "tạo chuyển biến rõ nét trong {topic}.",
    "Tiếp tục chương trình kỳ họp, ngày {day}/{month}, Quốc hội thảo luận ở hội trường về dự án "
    "{law}. Nhiều đại biểu đề nghị làm rõ các quy định liên quan đến {topic}.",
]
PARAGRAPH_TEMPLATES = [
    "Phát biểu tại hội nghị, {person}, {title}, đề nghị các cấp ủy, chính quyền tiếp tục quán "
    "triệt sâu sắc Nghị quyết {number}, xác định {topic} là nhiệm vụ trọng tâm, thường xuyên, "
    "gắn với trách nhiệm của người đứng đầu.",
    "Theo báo cáo, trong {years} năm qua, tỉnh {province} đã huy động hơn {money} tỷ đồng cho "
    "{topic}; tỷ lệ giải ngân đạt {percent}%, cao hơn mức bình quân chung của cả nước.",
    "Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra những hạn chế, yếu kém: một số nơi "
    "còn lúng túng trong tổ chức thực hiện, phối hợp giữa các sở, ngành chưa chặt chẽ, thủ tục "
    "hành chính ở một số lĩnh vực còn rườm rà.",
    "Thảo luận tại hội trường, đại biểu {person2} (đoàn {province2}) cho rằng cần rà soát, sửa "
    "đổi các quy định chồng chéo, bảo đảm tính thống nhất của hệ thống pháp luật, tạo điều kiện "
    "thuận lợi cho người dân và doanh nghiệp.",
    "Kết luận hội nghị, {person} yêu cầu {org} tập trung chỉ đạo quyết liệt, có lộ trình cụ thể, "
    "phân công rõ người, rõ việc, rõ thời gian hoàn thành và kết quả đầu ra.",
    "Dịp này, {org} đã trao Bằng khen cho {n} tập thể và {n2} cá nhân có thành tích xuất sắc "
    "trong thực hiện phong trào thi đua yêu nước giai đoạn {year_from} - {year}.",
    "Về {topic}, lãnh đạo {org} cho biết đơn vị đã hoàn thành {percent}% chỉ tiêu đề ra, trong "
    "đó nhiều chỉ tiêu vượt kế hoạch; công tác kiểm tra, giám sát được tăng cường.",
    "Cử tri {province} kiến nghị các cơ quan chức năng quan tâm giải quyết dứt điểm những vụ "
    "việc tồn đọng kéo dài, nhất là khiếu nại liên quan đến đất đai, bồi thường, hỗ trợ tái "
    "định cư.",
    "Đồng chí {person2} nhấn mạnh, muốn thực hiện thành công mục tiêu đề ra phải phát huy vai trò "
    "của Mặt trận Tổ quốc và các đoàn thể, lấy sự hài lòng của người dân làm thước đo.",
    "Năm {year}, tổng sản phẩm trên địa bàn (GRDP) của tỉnh {province} ước tăng {growth}%, thu "
    "ngân sách nhà nước đạt {money} tỷ đồng; đời sống vật chất, tinh thần của nhân dân được "
    "nâng lên.",
    "Chiều cùng ngày, đoàn công tác đã đến thăm, tặng quà các gia đình chính sách, hộ nghèo tại "
    "xã {commune}, huyện {district}, tỉnh {province}.",
    "Trước đó, Ban Thường vụ {org} đã tổ chức {n} đoàn kiểm tra, giám sát việc thực hiện Chỉ thị "
    "{number2} của cấp ủy về {topic}.",
]
CAPTION_TEMPLATES = [
    "{person} phát biểu tại hội nghị.",
    "Quang cảnh hội nghị {org}.",
    "Các đại biểu biểu quyết thông qua nghị quyết.",
    "{person} thăm hỏi người dân xã {commune}, tỉnh {province}.",
    "Đại biểu Quốc hội thảo luận tại hội trường Diên Hồng.",
]
COMMUNES = ["Tân Lập", "Hòa Bình", "Quyết Thắng", "Đông Hưng", "Thạch Bàn", "Phú Mỹ", "An Khánh"]
DISTRICTS = ["Đông Anh", "Mê Linh", "Thạch Thất", "Đức Hòa", "Hoài Đức", "Tam Nông", "Yên Bình"]

#: Queries readers type, for the search benchmark: {person} etc. filled from the generated data.
QUERY_TEMPLATES = [
    "{person}",
    "{person_folded}",
    "{person_lower}",
    "{number}",
    "{number_spaced}",
    "{topic}",
    "{topic_folded}",
    "{province}",
    "Thành uỷ {province}",
    "{law}",
    "nghị quyết {number}",
    "{person_typo}",
    "tiếp xúc cử tri {province}",
    "{given}",
]


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


_DRAWS = {
    "topic": lambda rng: rng.choice(TOPICS),
    "province": lambda rng: rng.choice(PROVINCES),
    "province2": lambda rng: rng.choice(PROVINCES),
    "law": lambda rng: rng.choice(LAWS),
    "years": lambda rng: rng.randint(2, 10),
    "year": lambda rng: rng.randint(2020, 2026),
    "year_from": lambda rng: rng.randint(2015, 2020),
    "n": lambda rng: rng.randint(2, 40),
    "n2": lambda rng: rng.randint(5, 120),
    "day": lambda rng: rng.randint(1, 28),
    "month": lambda rng: rng.randint(1, 12),
    "money": lambda rng: f"{rng.randint(1, 95)}.{rng.randint(100, 999)}",
    "percent": lambda rng: rng.randint(61, 99),
    "growth": lambda rng: f"{rng.randint(5, 11)},{rng.randint(1, 9)}",
    "commune": lambda rng: rng.choice(COMMUNES),
    "district": lambda rng: rng.choice(DISTRICTS),
}


@functools.cache
def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def fill(template: str, rng: random.Random, slots: dict) -> str:
    """``template`` with its {slots}: given ones from ``slots``, the others drawn from ``rng``."""
    values = {
        name: slots[name] if name in slots else _DRAWS[name](rng) for name in _fields(template)
    }
    return template.format(**values)
