"""What a line's shape says it is, when no markup says: a subheading, a photo's caption
without credit, a person's designation (a pull quote's speaker).

Pure predicates on one line of text, used by :mod:`.assemble` for every format. The rules,
with examples, are in ``docs/import.md`` ("Plain text": subheadings, captions without a
credit, pages saved as text).
"""

from __future__ import annotations

import re

from people.mentions.officials import PeopleIndex, find_officials, opening_designation

__all__ = [
    "MAX_NAMED_SCENE_WORDS",
    "MAX_PULL_QUOTE",
    "MAX_PULL_QUOTE_WORDS",
    "MAX_SUBHEADING",
    "MAX_SUBHEADING_WORDS_AT_TOP",
    "describes_photo",
    "is_subheading",
    "names_person",
    "one_sentence",
    "reads_as_caption",
    "reads_as_caption_above_heading",
    "reads_as_isolated_caption",
    "reads_as_lead_caption",
    "reads_as_lone_heading_caption",
    "reads_as_photo_line",
    "reads_as_quoted_heading",
    "restates_lead",
    "shows_people_acting",
    "shows_portrait",
    "shows_scene",
]

#: Longest subheading.
MAX_SUBHEADING = 150
_TERMINAL = ".!?…:;,"

#: A heading may trail off ("…") when it is at most this many words long.
MAX_TRAILING_HEADING_WORDS = 10


def is_subheading(text: str) -> bool:
    """A short line without final punctuation that starts like a heading."""
    text = text.strip()
    if not text or len(text) > MAX_SUBHEADING or len(text.split()) > 25:
        return False
    if text.endswith(("…", "...")):
        # "Khi kịch bản được lật lại…": a short heading trailing off, not a sentence
        if len(text.split()) > MAX_TRAILING_HEADING_WORDS or _SENTENCE_END.search(text):
            return False
    elif text[-1] in "”»" and not text.startswith(("“", "«", '"')):
        # "… và vị đại gia “tay ngang”": a phrase quoted at the end, not a quotation
        if text.rstrip("”»")[-1:] in _TERMINAL or ("“" not in text and "«" not in text):
            return False
    elif text[-1] in _TERMINAL or text[-1] in "\"”’'»":
        return False
    if text[0] == "(" and text[-1] == ")":  # "(Còn nữa)", "(Tiếp theo kỳ trước)": a note
        return False
    if text[-1] in "“«" or _SAYS_BEFORE_COLON.match(text):
        return False  # "Ông <Name> xác nhận: “Đúng vậy”": reported speech, not a quote's header
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'«("):
        return False
    return any(char.isalpha() for char in text)


# Someone's words quoted after a verb of saying and a colon ("Ông <Name> xác nhận luôn:
# “…”", "Bạn đọc <name> đề xuất: “"); a quote box's header puts the speaker's posts and name
# alone before it ("<Title> <Name>: <phrase>"), and a heading may report a claim unquoted
# ("Thủ tướng nhấn mạnh: Không có vùng cấm").
_SAYS_BEFORE_COLON = re.compile(
    r"^[^:]*\s(?:nói|cho biết|cho hay|khẳng định|nhấn mạnh|xác nhận|thừa nhận|đề xuất|"
    r"đề nghị|kiến nghị|hỏi|đáp|trả lời|chia sẻ|tâm sự|kể|viết|bình luận|nhận định|"
    r"phát biểu|giải thích|bày tỏ|nêu rõ|kêu gọi)(?:\s+(?:luôn|thêm|ngay|lại|rằng))?\s*:"
    r"\s*(?:[“\"«]|$)",
    re.IGNORECASE,
)

#: Longest text taken for the caption of a credit line that follows it ("Ảnh: TTXVN").
MAX_LOOSE_CAPTION = 250
# A sentence end inside the text: a caption is one sentence.
# (Not the dot of an initial or a one-letter abbreviation: "X. Điền Hải", "H. Phong Điền".)
_SENTENCE_END = re.compile(r"(?:(?<![\s(/.][^\W\d_])(?<!^[^\W\d_])[.]|[!?…])[”\"’)]*\s+\S")
# Reported speech: what a body paragraph does and a photo caption does not.
_REPORTING = re.compile(
    r"\b(?:cho biết|cho hay|nhấn mạnh|khẳng định|cho rằng|kiến nghị|đề nghị|yêu cầu|kêu gọi|"
    r"lưu ý|nêu rõ|chia sẻ|nói(?!\s+chuyện)|trả lời|giải thích|cảm ơn|hoan nghênh|bày tỏ)\b",
    re.IGNORECASE,
)


def one_sentence(text: str) -> bool:
    """Whether ``text`` holds no sentence end before its last word (initials aside)."""
    return not _SENTENCE_END.search(text)


def reads_as_caption(text: str) -> bool:
    """Whether a body line followed by a bare credit line ("Ảnh: TTXVN") is that photo's
    caption: one short sentence that reports no speech. Otherwise the photo had no caption,
    and turning a paragraph of the story into one would take it out of the text."""
    return (
        len(text) <= MAX_LOOSE_CAPTION
        and not _SENTENCE_END.search(text)
        and not _REPORTING.search(text)
    )


#: Longest lead-photo caption, in words.
MAX_LEAD_CAPTION_WORDS = 40
#: A line without final punctuation at most this many words long, where the lead photo would
#: stand, is read as the first subheading rather than as a caption.
MAX_SUBHEADING_WORDS_AT_TOP = 10
# What opens a sentence of the story rather than a photo's description: a link to what came
# before ("Theo đó", "Trước đó", "Cũng…"), a time or a place of the event ("Sáng 6/2", "Tại…").
_NARRATIVE_OPENING = re.compile(
    r"^(?:theo|cũng|cùng|đối với|trước|sau|tuy|ngoài|đồng thời|bên cạnh|trong|khi|tại|về|"
    r"với|vào|từ|như|do|vì|nếu|để|qua|hiện|hôm|sáng|chiều|tối|trưa|đêm|ngày|tháng|năm|đầu|cuối|"
    r"dự kiến|việc|điều|đó|đây|này|nhưng|và|mặt khác|thế nhưng|song)\b",
    re.IGNORECASE,
)
# Narrated past ("đã", "vừa qua"): the story telling what happened, not a photo showing it.
_NARRATED = re.compile(r"\b(?:đã|sẽ)\b", re.IGNORECASE)
# A claim, a call or a question, which an inter-title makes and a photo's caption does not:
# "Phải bảo đảm lợi ích …", "Cần …", "Không để …", "Có thể làm ở …", "Vì sao …".
_PRESCRIPTIVE = re.compile(
    r"^(?:phải|cần|nên|hãy|đừng|không|chưa|có thể|muốn|làm sao|liệu|vì sao|tại sao)\b",
    re.IGNORECASE,
)
# … but not a name ("Cần Thơ": a capital follows) nor a noun ("Không khí buổi lễ", "Cần cẩu").
_NOUN_AFTER = frozenset(("khí", "gian", "quân", "phận", "ảnh", "cẩu", "câu"))


def _prescriptive(text: str) -> bool:
    """Whether ``text`` opens with a claim, a call or a question (:data:`_PRESCRIPTIVE`)."""
    found = _PRESCRIPTIVE.match(text)
    if found is None:
        return False
    after = text[found.end() :].split(maxsplit=1)
    return not after or not (after[0][0].isupper() or after[0].lower() in _NOUN_AFTER)


#: Longest statement read as a pull quote, with its speaker on the next line, in characters
#: and in words (one or two quotable sentences; a longer paragraph is the story's, and a
#: person's posts and name under it caption their portrait).
MAX_PULL_QUOTE = 250
MAX_PULL_QUOTE_WORDS = 35
# Where people stand in a photo: "(trái)", "(bìa phải)", "(thứ hai từ trái)", "(giữa)",
# "(thứ 2 bên phải)", "(ngoài cùng bên trái)", "(hàng đầu, thứ ba từ phải sang)".
_POSITION = re.compile(
    r"\((?:(?:bìa|đứng|ngồi|người|ngoài cùng|hàng\s+\w+|thứ\s+\w+),?\s+)*"
    r"(?:(?:từ|bên|phía)\s+)?(?:trái|phải|giữa)(?:\s+sang(?:\s+phải|\s+trái)?)?\)",
    re.IGNORECASE,
)
# The date a photo was taken, inside the line: "… làm việc với huyện ngày 7-2", "hôm 28/1".
_EVENT_DATE = re.compile(
    r"\s(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?\b",
    re.IGNORECASE,
)
# … or closing the sentence after a comma, as captions date their photo: "… tại rừng thông,
# ngày 20.2.1947.", "… trao quà cho ngư dân, sáng 7-2."
_DATED_AT_END = re.compile(rf",{_EVENT_DATE.pattern}\.$", re.IGNORECASE)
#: Fewest words of a sentence dated at its end read as a caption.
MIN_DATED_CAPTION_WORDS = 8
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
#: Longest line read as a person's designation ("Chủ tịch UBND tỉnh Nguyễn Văn An"), and the
#: largest share of lower-case words before its comma ("Thượng nghị sĩ Tim Kaine": 2 of 5).
MAX_DESIGNATION_WORDS = 14
MAX_DESIGNATION_LOWER = 0.45
# Words that make a predicate ("Có thể làm ở Kim Bôi", "… tham quan khu trưng bày của huyện"):
# no designation has them.
_PREDICATE_WORDS = frozenset(
    {
        "ở",
        "tại",
        "với",
        "về",
        "cho",
        "từ",
        "đến",
        "làm",
        "là",
        "được",
        "có",
        "không",
        "phải",
        "sẽ",
        "đã",
        "đang",
        "của",
        "trong",
    }
)


def names_person(text: str) -> bool:
    """Whether a line is a person's designation: a name, perhaps after a title
    ("Tổng thống Mỹ Donald Trump", "Chủ tịch UBND tỉnh Nguyễn Văn An."), or a name and
    the title after a comma ("Nicholas Burns, cựu thứ trưởng ngoại giao Mỹ")."""
    text = text.strip().rstrip(".")
    if ":" in text or any(char.isdigit() for char in text) or _SENTENCE_END.search(text):
        return False
    head = text.split(",", 1)[0].split()
    if not head or len(text.split()) > MAX_DESIGNATION_WORDS or len(head) < 2:
        return False
    if not head[0][0].isupper() or any(word.lower() in _PREDICATE_WORDS for word in head):
        return False
    # title words are mostly capitalised ("Bí thư Tỉnh ủy"), and a name ends the designation
    lower = sum(1 for word in head if word[0].islower())
    if lower > MAX_DESIGNATION_LOWER * len(head):
        return False
    return all(_NAME_WORD.match(word) and word[0].isupper() for word in head[-2:])


def describes_photo(text: str) -> bool:
    """A line between paragraphs that can only be a photo's caption, though uncredited: one
    sentence placing people in the picture ("Ông A (trái) và ông B …"), a person's designation
    alone as a sentence ("Chủ tịch UBND tỉnh Nguyễn Văn An."), an unpunctuated description
    dated inside ("… phát biểu tại buổi làm việc ngày 7-2"), or a description whose sentence
    closes on the photo's date after a comma ("… tại rừng thông, ngày 20.2.1947.")."""
    if len(text) > MAX_LOOSE_CAPTION or not reads_as_caption(text):
        return False
    if _POSITION.search(text):
        return True
    if text.endswith(".") and not text.endswith("..") and names_person(text):
        return True
    dated = _DATED_AT_END.search(text) if text.endswith(".") else None
    return (
        (is_subheading(text) or dated is not None)
        and len(text.split()) >= MIN_DATED_CAPTION_WORDS
        and (dated is not None or _EVENT_DATE.search(text) is not None)
        and not _NARRATIVE_OPENING.match(text)
        and not _NARRATED.search(text)
    )


#: A paragraph this many times longer on each side isolates a sentence.
ISOLATION = 2
#: Shortest and longest isolated sentence read as a caption, in words.
MIN_ISOLATED_CAPTION_WORDS = 4
MAX_ISOLATED_CAPTION_WORDS = 30
# "Đối với nhóm này thì …": a topic and its comment, the story's reasoning.
_TOPIC_CLAUSE = re.compile(r"\bthì\b", re.IGNORECASE)
# Words that refer back to what the story said ("vụ việc này", "như vậy", "số tiền trên", "…
# đồng thời bị hủy bỏ"): a sentence of the story, not a description of a photo.
_REFERS_BACK = re.compile(r"\b(?:này|đó|ấy|trên|vậy|thế|nữa|thêm|cũng|đồng thời)\b", re.IGNORECASE)


def reads_as_isolated_caption(text: str) -> bool:
    """Whether a short sentence between two long paragraphs is a photo's caption: it reads as
    a lead caption (:func:`reads_as_lead_caption`), is at most 30 words, and refers back to
    nothing the story said."""
    words = text.split()
    return (
        MIN_ISOLATED_CAPTION_WORDS <= len(words) <= MAX_ISOLATED_CAPTION_WORDS
        and text[0].isupper()
        and ":" not in text
        and not _TOPIC_CLAUSE.search(text)
        and reads_as_lead_caption(text)
        and not _REFERS_BACK.search(text)
        and not text.endswith("?")
        and not (is_subheading(text) and names_person(text))  # a pull quote's speaker
    )


# What the text tells its reader and a photo cannot show: who holds a post ("Giám đốc của công
# ty mới là ông <Name>": a caption names the person first), and an editor's note presenting
# the text ("<Agency> trân trọng giới thiệu bài viết …", "xin giới thiệu …").
_TELLS_READER = re.compile(
    r"\slà\s+(?:ông|bà)\s+(?-i:[A-ZĐ])|\b(?:trân trọng|xin)\s+giới thiệu\b", re.IGNORECASE
)


def reads_as_lead_caption(text: str) -> bool:
    """Whether the line where a page had its lead photo is that photo's caption: one short
    sentence that describes (no reported speech, no narrated past, no link to what came
    before, nothing only the text tells: who holds a post, an editor's note). Only asked of
    the first body line of copy whose lead was printed elsewhere."""
    words = len(text.split())
    if is_subheading(text) and words <= MAX_SUBHEADING_WORDS_AT_TOP:
        return False  # "Những khó khăn còn lại": the body's first inter-title
    return (
        words <= MAX_LEAD_CAPTION_WORDS
        and reads_as_caption(text)
        and not _NARRATIVE_OPENING.match(text)
        and not _prescriptive(text)
        and not _NARRATED.search(text)
        and not _TELLS_READER.search(text)
    )


#: Share of a first body line's words found in the lead's first sentence for it to restate it.
RESTATED_SHARE = 0.8
#: Fewest words of a line read as restating the lead.
MIN_RESTATED_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


def restates_lead(text: str, lead: str) -> bool:
    """Whether the first body line of copy whose lead was printed apart says again, shorter, what
    the lead's first sentence says ("<Name> đã vô tình rơi vào nguy cơ …." over a lead "<Name>
    đã rơi vào nguy cơ … khi …"): the lead photo's caption, which agencies write from the lead,
    narrated past included. The story's own next paragraph goes on from the lead."""
    if not text.endswith(".") or text.endswith("..") or not reads_as_caption(text):
        return False
    words = _WORD.findall(text.casefold())
    first = _SENTENCE_END.split(lead, maxsplit=1)[0]
    lead_words = set(_WORD.findall(first.casefold()))
    if not MIN_RESTATED_WORDS <= len(words) <= MAX_LEAD_CAPTION_WORDS or len(text) >= len(first):
        return False
    return sum(word in lead_words for word in words) >= RESTATED_SHARE * len(words)


# What people in a photo are seen doing ("phát biểu tại hội nghị", "trao quà", "thăm"): the
# predicate of a caption, seldom of an inter-title, which announces a topic.
_SCENE = (
    r"(?:phát biểu|trao|tặng|thăm|kiểm tra|chụp ảnh|làm việc|chủ trì|tham quan|dự|tiếp|"
    r"bắt tay|trò chuyện|động viên|dâng hương|dâng hoa|cắt băng|nhấn nút|bấm nút|khảo sát|"
    r"chúc tết|chúc mừng|gắn|trồng cây|thị sát|đón|tiễn|hội đàm|hội kiến|khai mạc|bế mạc|"
    r"điều hành|chứng kiến|duyệt|ký|tuyên thệ|bỏ phiếu|biểu quyết|giao|lắng nghe|"
    r"đánh trống|thắp hương|tri ân|nghe|xem|hỏi thăm|chào|có mặt|cùng)"
)
# … and those said of people the photo shows without naming them (not "giao", "cùng": "Lãnh
# đạo các cấp cùng vào cuộc" announces a topic).
_GROUP_SCENE = (
    r"(?:phát biểu|trao|tặng|thăm|kiểm tra|chụp ảnh|dự|tham quan|dâng hương|dâng hoa|"
    r"cắt băng|nhấn nút|bấm nút|bỏ phiếu|biểu quyết|chúc mừng|chúc tết|động viên|hỏi thăm|"
    r"thắp hương|tuyên thệ)"
)
_SCENE_VERB = re.compile(rf"^{_SCENE}\b", re.IGNORECASE)
# … anywhere after the first word: the cheap test before a designation is parsed.
_SCENE_INSIDE = re.compile(rf"\s{_SCENE}\b", re.IGNORECASE)
# Words after a name that do not start its predicate: "Chủ tịch <Name> và …", "<Name> với …".
_NOT_PREDICATE = re.compile(
    r"^(?:và|với|của|là|trong|qua|những|các|người|nhà|một|thời|khi|từ|ở|-)\b", re.IGNORECASE
)
# People the photo shows without naming them: "Các đại biểu dự hội nghị", "Lãnh đạo tỉnh trao …".
_GROUP_IN_PHOTO = re.compile(
    rf"^(?:các\s+|những\s+)?(?:đồng chí\s+|vị\s+)?(?:đại biểu|lãnh đạo|đoàn công tác|"
    rf"đoàn đại biểu|đồng chí)(?:\s+[^\s,]+){{0,4}}?\s+{_GROUP_SCENE}\b",
    re.IGNORECASE,
)
# The whole scene of an event: "Toàn cảnh hội nghị", "Quang cảnh buổi lễ".
_VIEW_OF_EVENT = re.compile(
    r"^(?:toàn cảnh|quang cảnh|một góc|không khí)\s+(?:hội nghị|buổi|lễ|phiên|cuộc|kỳ họp|"
    r"hội thảo|đại hội|diễn đàn|hội nghị|chương trình|sự kiện|công trường|lớp)\b",
    re.IGNORECASE,
)
# A moment or a sight the photo caught, and what is seen in it: "Một cảnh tượng <…> được …",
# "Khoảnh khắc đoàn xe đi qua …", "Hình ảnh người dân đang …". A topic ("Hình ảnh Việt Nam
# trong mắt bạn bè") names no action: a verb of the scene, "đang" or a passive must follow.
_SIGHT = re.compile(
    r"^(?:một\s+cảnh|(?:một\s+)?(?:cảnh tượng|khung cảnh|khoảnh khắc|hình ảnh))\s+"
    r"(?!(?:này|đó|ấy|trên)\b)(?P<seen>\S+)"
    rf".*?\s(?:{_SCENE}|đang|được|bị)\s",
    re.IGNORECASE,
)


# A craft named by its number, the subject of a photo: "Tàu ngầm HQ-182 Hà Nội", "Tàu CSB 8001
# cập cảng", "Máy bay Su-30MK2 …".
_NUMBERED_CRAFT = re.compile(
    r"^(?:tàu(?:\s+(?:ngầm|cá|hộ vệ|tuần tra|khu trục|cảnh sát biển|kiểm ngư|hải quân))?|"
    r"chiến hạm|khu trục hạm|máy bay|tiêm kích|trực thăng|xe tăng|tổ hợp tên lửa)\s+"
    r"(?-i:[A-ZĐ][\w]*)(?:\s+(?-i:[A-ZĐ]\w*)){0,2}[- ]?\d{2,}",
    re.IGNORECASE,
)


# People the photo shows by what they are, not by name ("Người dân dâng lễ", "Du khách xếp hàng
# vào cổng"), with a predicate that can be seen: not a wish, a need, a state or a comment
# ("Người dân mong …", "Nông dân cần vốn", "Người lao động được hỗ trợ").
_PEOPLE_IN_PHOTO = re.compile(
    r"^(?:các\s+|những\s+|nhiều\s+)?(?:em\s+|cháu\s+)?"
    r"(?:người dân|bà con|nhân dân|du khách|khách du lịch|học sinh|sinh viên|công nhân|"
    r"người lao động|nông dân|ngư dân|chiến sĩ|bộ đội|lực lượng chức năng|phật tử|thiếu nhi|"
    r"trẻ em)\s+"
    r"(?!(?:mong|muốn|mừng|lo|cần|phải|được|bị|không|chưa|vẫn|còn|cũng|có|là|và|với|của|ở|"
    r"tại|trong|nói|hỏi|kêu|chờ đợi|bức xúc|phấn khởi|đồng tình|ủng hộ)\b)[^\W\d_]",
    re.IGNORECASE,
)
# A place shown and what it is: "Khu vực bến tàu, nơi du khách lên thuyền".
_PLACE_APPOSITION = re.compile(r"^[^,:]{3,60},\s+nơi\s+\S", re.IGNORECASE)
# Where the scene is: the line ends on "tại"/"ở" and a named place or event ("… tại Lễ hội",
# "… tại đền Bà Chúa Kho", "Bên trong nhà ở xã hội ở Bình Dương").
_AT_PLACE = re.compile(r"^.*\s(?:tại|ở)\s+((?:\S+\s+){0,5}\S+)$", re.IGNORECASE)
#: The most words of the place that ends a scene, and of lower-case words opening it ("đền").
MAX_PLACE_WORDS = 6
MAX_PLACE_COMMON_WORDS = 2
# A place that is the scope of a topic, not the site of a photo: "… ở Việt Nam".
_SCOPE = frozenset(("việt nam", "cả nước", "nước ta", "thế giới", "trong nước"))
# A change or a judgement, which a topic states and a scene does not: "Giá đất tăng mạnh ở …".
_ASSESSMENT = re.compile(
    r"\b(?:tăng|giảm|mạnh|chậm|nhanh|khó|dễ|nhiều|ít|cao|thấp|nóng|lớn|tốt|xấu|hiệu quả|"
    r"bất cập|vướng|nguy cơ|thiếu|thừa)\b",
    re.IGNORECASE,
)


def _at_named_place(text: str) -> bool:
    """Whether ``text`` ends on the place of a scene: "tại"/"ở", at most two common nouns
    ("đền", "khu"), then a name ("Lễ hội", "Đông Cuông"), in at most six words without a
    figure; and the line judges nothing ("tăng", "khó", "hiệu quả" …)."""
    found = _AT_PLACE.search(text)
    if found is None:
        return False
    place = found.group(1)
    words = place.split()
    if len(words) > MAX_PLACE_WORDS or place.casefold() in _SCOPE:
        return False
    common = 0
    while common < len(words) and not words[common][0].isupper():
        common += 1
    return (
        common < len(words)
        and common <= MAX_PLACE_COMMON_WORDS
        and not any(char.isdigit() for char in place)
        and not _ASSESSMENT.search(text)
    )


# Places and built things a photo shows by their name ("Di tích Hoàng thành Thăng Long",
# "Trường THCS <Name>", "Cầu <Name>"), and the words between the noun and the name.
_THINGS = frozenset((
    "di tích", "đền", "chùa", "đình", "miếu", "lăng", "nhà", "ngôi nhà", "công trình", "cầu",
    "cây cầu", "tuyến đường", "đường", "con đường", "khu", "khu vực", "trường", "trụ sở",
    "bệnh viện", "trung tâm", "sân", "sân vận động", "tượng", "tượng đài", "toà nhà", "cổng",
    "chợ", "bến", "cảng", "hồ", "sông", "kênh", "đê", "bãi biển", "quảng trường", "công viên",
    "bảo tàng", "nhà máy", "khách sạn", "chung cư", "thành", "hoàng thành", "văn miếu",
))  # fmt: skip
_PASSIVE = frozenset(("được", "bị"))
_BEFORE_PASSIVE = frozenset(("vừa", "đang", "mới"))
#: The most lower-case words between a thing's noun and its name ("Trung tâm thể thao <Name>").
MAX_THING_WORDS = 3


def _named_thing_shown(text: str) -> bool:
    """Whether a line opens on a place or a built thing named by a common noun and its name,
    then says what is done to it ("Di tích <Name> được làm mới dịp Tết", "Trung tâm thể thao
    <Name> (<Place>) được mở rộng"): what a photo of it shows. A body ("Bộ …", "Sở …") or a
    thing without a name ("Nhiều dự án được đẩy nhanh") is a topic, an inter-title's."""
    words = text.split()
    noun = next((n for n in (2, 1) if " ".join(words[:n]).casefold() in _THINGS), 0)
    if not noun:
        return False
    k = noun
    while k < len(words) and k - noun < MAX_THING_WORDS and words[k][0].islower():
        k += 1
    named = k
    # the name's words, and a lower-case one inside it ("Hoàng thành Thăng Long")
    while k < len(words) and (
        words[k][0].isupper() or (k > named and k + 1 < len(words) and words[k + 1][0].isupper())
    ):
        k += 1
    if k == named:
        return False
    if k < len(words) and words[k].startswith("("):  # "(TP.HCM)"
        while k < len(words) and not words[k].endswith(")"):
            k += 1
        k += 1
    if k < len(words) and words[k].casefold() in _BEFORE_PASSIVE:
        k += 1
    return (
        k + 1 < len(words)
        and words[k].casefold() in _PASSIVE
        and words[k + 1][0].islower()
        and not _ASSESSMENT.search(" ".join(words[k:]))
    )


_NOBODY = PeopleIndex(())


def shows_portrait(text: str) -> bool:
    """Whether a line is an official's public posts and name and nothing else ("Nguyên Bí thư
    Thành ủy <Name>"): the caption of their portrait, when it is no pull quote's speaker (the
    caller asks that). A bare name is a byline; an association's chairman or a foreign
    president named alone is left to the text."""
    end, named = opening_designation(text)
    if not named or end != len(text.rstrip(" .")):
        return False
    return any(match.titles for match in find_officials([text], _NOBODY))


def pictures_event_view(text: str) -> bool:
    """The surest shape of an uncredited caption, read in any copy, even where nothing else
    marks the photos: the view of an event ("Quang cảnh phiên họp.", "Toàn cảnh hội nghị",
    "Một góc hội trường …"), one short sentence with or without its stop that narrates
    nothing. "Không khí buổi lễ …" is left to copy that keeps its captions as lines: the story
    says that too; and so are unnamed people ("Các đại biểu tham quan …"), which agency copy
    also writes as a sentence of its story."""
    body = text[:-1] if text.endswith(".") else text
    if ":" in body or not reads_as_caption(body) or _NARRATED.search(body):
        return False
    return bool(_VIEW_OF_EVENT.match(body)) and not body.lower().startswith("không khí")


def shows_scene(text: str) -> bool:
    """Whether a short line without final punctuation describes a photo rather than heading a
    section: who is in the picture and what they do ("Thủ tướng phát biểu tại hội nghị",
    "Bí thư Tỉnh uỷ <Name> trao quà cho …", "Các đại biểu dự hội nghị", "Người dân dâng
    lễ"), or the view of an event ("Toàn cảnh hội nghị"), or a ship or aircraft named by its
    number ("Tàu ngầm HQ-182 Hà Nội"), or where it is ("Thi đấu bóng chuyền tại Lễ hội",
    "Cây đa cổ thụ, nơi …"). A named person followed by any predicate counts; a title alone
    needs a verb of the scene. Quote headers ("<Title> <Name>: …"), reported speech, narrated
    past ("đã", "sẽ") and claims or calls ("Phải …", "Cần …", "Không …") do not."""
    if ":" in text or not reads_as_caption(text) or _NARRATED.search(text):
        return False
    if text[:1] in "“\"'«‘" or text.isupper():
        return False
    if _VIEW_OF_EVENT.match(text) or _GROUP_IN_PHOTO.match(text) or _NUMBERED_CRAFT.match(text):
        return True
    sight = _SIGHT.match(text)
    if sight and sight.group("seen").islower() and not _ASSESSMENT.search(text):
        return True
    if _prescriptive(text):
        return False
    if _PEOPLE_IN_PHOTO.match(text) or _PLACE_APPOSITION.match(text) or _at_named_place(text):
        return True
    if _named_thing_shown(text):
        return True
    predicate, named = _designated_predicate(text)
    if predicate is None:
        return False
    if named:
        return not _NOT_PREDICATE.match(predicate)
    return bool(_SCENE_VERB.match(predicate)) and not _NOT_PREDICATE.match(predicate)


def _designated_predicate(text: str) -> tuple[str | None, bool]:
    """The lower-case predicate after the people a line opens on, and whether one of them is
    named: "Bí thư <Name> trao quà" gives "trao quà"; two people joined by "và" ("Ông <Name>,
    Chủ tịch UBND huyện, và Đại tá <Name> trồng cây") give what they do together. ``(None,
    False)`` when the line opens on no designation or no lower-case predicate follows."""
    end, named = opening_designation(text)
    if not end:
        return None, False
    rest = text[end:]
    second = _AND_SECOND.match(rest)
    if second is not None:
        # "… và ông <Name>, Chủ tịch …": the address in lower case inside the sentence
        other = rest[second.end() :]
        more, also_named = opening_designation(other[:1].upper() + other[1:])
        if more:
            rest, named = rest[second.end() + more :], named or also_named
    if not rest.startswith(" "):
        return None, False
    predicate = rest.strip()
    if not predicate or not predicate[0].islower():
        return None, False
    return predicate, named


# "… và <second person>": two people in one photo ("Ông <Name>, Chủ tịch …, và Đại tá <Name>").
_AND_SECOND = re.compile(r"^,?\s+và\s+(?=[^\W\d_])")


#: Longest predicate of people shown acting, in words; their designations may be long (a caption
#: gives each person's posts in full), and the whole line at most :data:`MAX_NAMED_SCENE_WORDS`.
MAX_SCENE_PREDICATE_WORDS = 30
MAX_NAMED_SCENE_WORDS = 50


def shows_people_acting(text: str) -> bool:
    """Whether a sentence (its stop left out) opens on people, one of them named, and goes on
    with what a photo shows them doing ("Ông <Name>, Chủ tịch UBND huyện …, và Đại tá <Name>,
    Trưởng Công an huyện … trồng cây, hưởng ứng …", "Bà <Name> - Phó Tổng giám đốc … có mặt
    tại ngày hội …"): the verb must be one of the scene's, since the story's own sentences
    open the same way. Where it stands decides (:mod:`.lone_lines`)."""
    if ":" in text or not _SCENE_INSIDE.search(text) or len(text.split()) > MAX_NAMED_SCENE_WORDS:
        return False
    if not reads_as_caption(text) or _NARRATED.search(text):
        return False
    predicate, named = _designated_predicate(text)
    return (
        predicate is not None
        and named
        and bool(_SCENE_VERB.match(predicate))
        and len(predicate.split()) <= MAX_SCENE_PREDICATE_WORDS
        and len(text.split()) <= MAX_NAMED_SCENE_WORDS
    )


#: Fewest words of a description read as the caption above an inter-title.
MIN_CAPTION_ABOVE_HEADING_WORDS = 4


def reads_as_caption_above_heading(text: str, heading: str) -> bool:
    """Whether an unpunctuated line standing right above another one (``heading``) is the
    caption of a photo that closed a section, rather than a second inter-title: an inter-title
    is followed by its section's text. It must describe (one sentence of at least four words,
    no speech, no narrated past, no link to what came before) and be no designation or
    numbered or capitalised heading; nor may ``heading`` be a person's designation (a pull
    quote's speaker, an author's name and posts)."""
    if not _describes_unstopped(text) or names_person(heading):
        return False
    end, _ = opening_designation(heading)
    return end < len(heading.rstrip())


def _describes_unstopped(text: str) -> bool:
    """An unpunctuated line that describes: one sentence of 4–40 words, no speech, no narrated
    past, no link to what came before, and no designation alone, nor a numbered, quoted or
    capitalised heading, nor one trailing off."""
    words = text.split()
    if len(words) < MIN_CAPTION_ABOVE_HEADING_WORDS or len(words) > MAX_LEAD_CAPTION_WORDS:
        return False
    if ":" in text or text.isupper() or text[0].isdigit() or text[0] in "“\"'«‘(":
        return False
    if text.endswith(("…", "...", "”", "»")):
        return False
    if not reads_as_caption(text) or _NARRATIVE_OPENING.match(text) or _NARRATED.search(text):
        return False
    return not names_person(text)


def reads_as_lone_heading_caption(text: str) -> bool:
    """Whether a line that would be a story's only inter-title is a photo's caption that lost
    its stop: inter-titles divide a story into sections, so one alone is short (at most
    :data:`MAX_SUBHEADING_WORDS_AT_TOP` words: "Ngành tôm có lợi thế …"); a longer one that
    describes (:func:`_describes_unstopped`, no claim, call or question) and opens on a common
    noun — the thing or the scene shown, "Hệ thống loa … bị người dân than phiền …" — is a
    caption. One opening on a name ("TP.HCM học …") states news about it, as a headline does."""
    words = text.split()
    if len(words) <= MAX_SUBHEADING_WORDS_AT_TOP or text.endswith("?"):
        return False
    if _prescriptive(text) or all(word[:1].isupper() for word in words[:2]):
        return False
    return _describes_unstopped(text)


#: Longest quoted inter-title, in words.
MAX_QUOTED_HEADING_WORDS = 12


def reads_as_quoted_heading(text: str) -> bool:
    """A short quotation alone in its quotes, without a stop (“TP.HCM sẽ dùng vốn riêng”,
    “Cuộc sống sẽ ra sao?”): the shape of an inter-title quoting a claim or asking. A pull
    quote has the same shape; what follows the line tells them apart (the assembler)."""
    text = text.strip()
    if len(text) < 3 or text[0] not in '“"' or text[-1] not in '”"':
        return False
    inner = text[1:-1].strip()
    return (
        bool(inner)
        and inner[0].isupper()
        and not any(mark in inner for mark in '“”"')
        and len(inner.split()) <= MAX_QUOTED_HEADING_WORDS
        and inner[-1] not in ".,;:…"
        and not _SENTENCE_END.search(inner)
    )


def reads_as_photo_line(text: str) -> bool:
    """Whether a line right under an image that has no caption of its own (markup says where
    the image is) describes it: a scene (:func:`shows_scene`), or one short sentence read as a
    lead photo's caption is (:func:`reads_as_lead_caption`). A short topic ("Những việc còn
    dang dở") stays the next section's inter-title, a paragraph the story's text."""
    return shows_scene(text) or reads_as_lead_caption(text)
