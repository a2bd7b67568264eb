"""Plain-text copy in shapes that real copy nobody tuned on showed (issue 13, held-out
sample): uncredited captions without a final stop, related stories printed as plain lines,
a source closing an unsigned story. The sentences are written for these tests, with invented
names, in the shapes seen."""

import pytest

from articles.wire.read import parse_text
from articles.wire.read.assemble import TEASER_WARNING
from articles.wire.read.shapes import shows_scene
from newsroom.text import normalize_inline

TITLE = "Tỉnh tổng kết công tác năm và triển khai nhiệm vụ trọng tâm"
LEAD = (
    "Sáng 6/2, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ "
    "năm 2027 với sự tham dự của lãnh đạo các sở, ngành và địa phương trong tỉnh."
)
BODY = (
    "Theo báo cáo tại hội nghị, năm qua tỉnh đã hoàn thành 18 trên 20 chỉ tiêu chủ yếu, tốc độ "
    "tăng trưởng kinh tế đạt 7,2%, thu ngân sách vượt dự toán; công tác cải cách hành chính có "
    "chuyển biến, chỉ số năng lực cạnh tranh cấp tỉnh tăng 5 bậc so với năm trước."
)
MORE = (
    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những hạn chế cần khắc phục như tiến độ "
    "giải ngân vốn đầu tư công còn chậm, công tác giải phóng mặt bằng nhiều nơi còn vướng mắc "
    "và việc xử lý kiến nghị của cử tri có lúc chưa kịp thời."
)


def N(text):
    return normalize_inline(text)


def story_of(*body, byline="Minh Anh"):
    lines = [TITLE, "", LEAD, *body]
    if byline:
        lines.append(byline)
    return parse_text("\n".join(lines))


# ---------------------------------------------------------------------------------------------
# 1. Captions without credit and without a final stop
# ---------------------------------------------------------------------------------------------

SCENES = [
    "Thủ tướng phát biểu tại hội nghị",
    "Bí thư Tỉnh ủy Lê Văn Hòa trao quà cho các hộ nghèo",
    "Chủ tịch UBND tỉnh Phan Thanh Bình kiểm tra tiến độ thi công cầu Cửa Đại",
    "Đại tá Trần Minh Khang, Trưởng Công an huyện Yên Lạc tặng cây giống cho bà con",
    "Ông Nguyễn Văn Toàn thăm hỏi công nhân tại công trường",
    "Toàn cảnh buổi làm việc",
    "Các đại biểu dự lễ khởi công",
    "Lãnh đạo tỉnh thăm hỏi công nhân tại công trường",
]


@pytest.mark.parametrize("line", SCENES)
def test_a_scene_without_stop_between_paragraphs_is_a_caption(line):
    story = story_of(BODY, line, MORE)
    assert story.subheadings == []
    assert [c.text for c in story.captions] == [N(line)]
    assert story.paragraphs == [N(BODY), N(MORE)]


INTER_TITLES = [
    "Nâng cao chất lượng tín dụng chính sách",
    "Thủ tướng yêu cầu làm rõ trách nhiệm",
    "Thủ tướng nghiêm cấm phá rừng lấy đất",
    "Bộ Tài chính sẽ công bố phương án xử lý",
    "Chủ tịch Hồ Chí Minh với sự nghiệp giáo dục",
    "Bộ trưởng Nguyễn Văn An: Không để thiếu vốn",
    "Thủ tướng: Phải hành động ngay",
    "TP.HCM học tập mô hình nhà ở xã hội",
]


@pytest.mark.parametrize("line", INTER_TITLES)
def test_a_topic_stays_an_inter_title(line):
    assert not shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert story.subheadings == [N(line)]
    assert story.captions == []


def test_a_description_right_above_an_inter_title_is_the_caption_of_a_photo():
    description = "Tai nạn giao thông thường xảy ra tại các điểm giao cắt với đường sắt"
    story = story_of(BODY, description, "Thiệt hại tăng mạnh", MORE)
    assert [c.text for c in story.captions] == [N(description)]
    assert story.subheadings == [N("Thiệt hại tăng mạnh")]


def test_a_speakers_name_and_posts_on_two_lines_head_nothing():
    quote = "“Chúng tôi sẽ đẩy nhanh tiến độ các dự án chống ùn tắc ngay sau Tết”."
    story = story_of(BODY, quote, "Ông Lê Văn Tám", "Phó Giám đốc Sở Xây dựng", MORE)
    assert story.subheadings == []
    assert story.captions == []
    assert N("Ông Lê Văn Tám") in story.paragraphs


def test_a_caption_with_its_source_after_the_full_stop():
    story = story_of(
        BODY,
        "Thủ tướng Anh phát biểu tại Hạ viện. Nguồn: Reuters",
        MORE,
        "Ảnh minh họa. Nguồn: Internet",
        BODY,
    )
    assert [(c.text, c.credit) for c in story.captions] == [
        (N("Thủ tướng Anh phát biểu tại Hạ viện."), "Reuters"),
        (N("Ảnh minh họa"), "Internet"),
    ]
    assert story.subheadings == []


# ---------------------------------------------------------------------------------------------
# 2. Related stories printed as plain lines
# ---------------------------------------------------------------------------------------------

TEASERS = [
    "Cả xóm lên thành phố bán hàng rong: Phố tắc đến bao giờ",
    "Hàng chục nghìn tỷ chống ngập, mưa to vẫn ngập sâu.",
    "Thủ tướng: Ùn tắc gây bức xúc, đưa con đi học mất mấy tiếng",
    "Lãnh đạo thành phố làm việc với các bộ ngành về giải pháp chống ùn tắc.",
]


def test_related_stories_after_a_label_are_dropped_and_the_story_goes_on():
    story = story_of(
        BODY,
        "Bài viết cùng tác giả:",
        "Cả xóm lên thành phố bán hàng rong: Phố tắc đến bao giờ",
        "Nếu chỉ tập trung đầu tư cho nội đô thì đường phố sẽ còn tắc lâu dài.",
        "Địa danh mới: Sông Cầu Giấy, biển Sài Gòn",
        "Hàng chục nghìn tỷ chống ngập, mưa to vẫn ngập sâu.",
        MORE,
    )
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]
    assert story.byline == "Minh Anh"


def test_a_block_of_related_stories_closing_the_text_is_dropped_with_a_warning():
    story = story_of(BODY, MORE, *TEASERS)
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]
    assert story.byline == "Minh Anh"
    assert any(w.startswith(TEASER_WARNING) for w in story.warnings)


def test_headlines_alone_closing_the_text_are_related_stories():
    story = story_of(BODY, MORE, TEASERS[0], TEASERS[2])
    assert story.paragraphs == [N(BODY), N(MORE)]
    assert story.subheadings == []


def test_inter_titles_over_sections_at_the_end_are_kept():
    story = story_of(BODY, "Tập trung giải ngân vốn đầu tư công", MORE, "Cải cách hành chính", BODY)
    assert story.subheadings == [N("Tập trung giải ngân vốn đầu tư công"), N("Cải cách hành chính")]
    assert not any(w.startswith(TEASER_WARNING) for w in story.warnings)


def test_one_headline_alone_at_the_end_stays_in_the_text():
    story = story_of(BODY, MORE, TEASERS[0])
    assert story.paragraphs == [N(BODY), N(MORE), N(TEASERS[0])]


# ---------------------------------------------------------------------------------------------
# 5. A source closing an unsigned story
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["(nguồn: Dân trí)", "(Nguồn: Báo Tin tức)", "Nguồn: VOV"])
def test_a_source_closing_an_unsigned_story_is_its_byline(line):
    story = story_of(BODY, MORE, line, byline=None)
    source = line.strip("()").split(":", 1)[1].strip()
    assert story.byline == f"Theo {source}"
    assert story.source == source
    assert story.paragraphs == [N(BODY), N(MORE)]


def test_a_signed_story_keeps_its_author_and_names_the_source_apart():
    story = story_of(BODY, MORE, "Thu Hằng", byline="Nguồn: Dân trí")
    assert story.byline == "Thu Hằng"
    assert story.source == "Dân trí"


def test_a_sites_promotion_of_itself_after_the_byline_is_dropped():
    story = story_of(
        BODY,
        MORE,
        "Thu Hằng",
        byline="Báo Đời sống Mới cập nhật tin tức trong ngày liên tục, mới nhất",
    )
    assert story.byline == "Thu Hằng"
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]


def test_a_short_scene_sentence_between_paragraphs_of_a_page_is_a_caption():
    # a page printing its sapo after the byline: the body stands where the page's photos were
    scene = "Bí thư Tỉnh ủy Lê Văn Hòa khai mạc phiên giao dịch đầu năm tại Sở Giao dịch."
    # not twice as long as the scene, as a sentence of another kind would need
    before = (
        "Tại phiên giao dịch, Sở đã trao quyết định niêm yết cho ba doanh nghiệp mới, "
        "nâng tổng số mã trên sàn lên hơn 320 mã."
    )
    assert 1.5 * len(scene) <= len(before) < 2 * len(scene)
    copy = "\n".join([TITLE, "", BODY, before, scene, MORE, "Minh Anh", "", "", LEAD])
    story = parse_text(copy)
    assert [c.text for c in story.captions] == [N(scene)]
    assert story.paragraphs == [N(BODY), N(before), N(MORE)]


def test_a_short_sentence_of_the_story_between_paragraphs_stays():
    sentence = "Tỉnh sẽ tiếp tục rà soát các dự án chậm triển khai trong năm nay."
    copy = "\n".join([TITLE, "", BODY, sentence, MORE, "Minh Anh", "", "", LEAD])
    story = parse_text(copy)
    assert story.captions == []
    assert N(sentence) in story.paragraphs


@pytest.mark.parametrize("arrow", ["►", ">>", "▶ "])
def test_a_headline_after_a_link_arrow_is_another_story(arrow):
    story = story_of(BODY, f"{arrow}Thủ tướng: Phải xử lý dứt điểm các dự án chậm tiến độ", MORE)
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]
    assert any(w.startswith(TEASER_WARNING) for w in story.warnings)


@pytest.mark.parametrize(
    "line", ["Tàu ngầm HQ-185 Đà Nẵng", "Tàu CSB 8005 cập cảng Tiên Sa", "Tàu Hải Dương 08"]
)
def test_a_ship_named_by_its_number_is_a_photo_of_it(line):
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]
    assert story.subheadings == []


@pytest.mark.parametrize("line", ["Tàu cá vỏ thép hư hỏng nhiều", "Tàu Trung Quốc rời vùng biển"])
def test_ships_as_a_topic_stay_inter_titles(line):
    story = story_of(BODY, line, MORE)
    assert story.subheadings == [N(line)]


@pytest.mark.parametrize(
    "line", ["Lãnh đạo các cấp cùng vào cuộc", "Lãnh đạo tỉnh giao chỉ tiêu cho các huyện"]
)
def test_unnamed_leaders_as_a_topic_stay_inter_titles(line):
    assert not shows_scene(N(line))
