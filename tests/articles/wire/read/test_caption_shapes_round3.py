"""Uncredited captions in shapes the second held-out sample showed (issue 13): a photo dated
at the end of its sentence, a place named and what is done to it, the lead photo's caption
restating the lead. Sentences written for these tests, with invented names and places."""

import pytest

from articles.wire.read import parse_text
from articles.wire.read.shapes import describes_photo, restates_lead, shows_scene
from newsroom.text import normalize_inline

TITLE = "Tỉnh kỷ niệm 70 năm ngày Bác về thăm"
LEAD = (
    "Sáng 6/2, tỉnh Nam Hà long trọng tổ chức lễ kỷ niệm 70 năm ngày Bác Hồ về thăm tỉnh lần "
    "đầu tiên, với sự tham dự của lãnh đạo tỉnh và đông đảo nhân dân."
)
BODY = (
    "Trong lần về thăm ấy, Bác đã làm việc với lãnh đạo tỉnh về tình hình sản xuất, chiến đấu, "
    "thăm hỏi đồng bào và cán bộ, căn dặn tỉnh phải chăm lo đời sống nhân dân, đẩy mạnh phong "
    "trào bình dân học vụ và xây dựng lực lượng dân quân du kích vững mạnh."
)
MORE = (
    "Những lời dạy của Bác đã trở thành kim chỉ nam cho Đảng bộ và nhân dân tỉnh trong suốt "
    "bảy thập kỷ qua; tỉnh đã xây dựng được nhiều công trình văn hoá, giáo dục và hạ tầng giao "
    "thông, đời sống người dân không ngừng được nâng lên."
)


def N(text):
    return normalize_inline(text)


def story_of(*body):
    return parse_text("\n".join([TITLE, "", LEAD, *body, "Minh Anh"]))


def page_of(*body):
    """A page that printed its lead after the byline: the body opens where the lead photo was."""
    return parse_text("\n".join([TITLE, "", *body, "Minh Anh", "", "", LEAD]))


# ---------------------------------------------------------------------------------------------
# A photo dated at the end of its sentence
# ---------------------------------------------------------------------------------------------

DATED = [
    "Tranh cổ động Bác nói chuyện với đồng bào tại sân đình làng Vân, ngày 20.2.1947.",
    "Lãnh đạo tỉnh trao quà cho các gia đình chính sách ở xã Yên Phú, sáng 7-2.",
    "Bác Hồ thăm lớp bình dân học vụ ở thôn Đông, ngày 13/6/1957.",
]


@pytest.mark.parametrize("line", DATED)
def test_a_sentence_closing_on_the_photos_date_is_a_caption(line):
    assert describes_photo(N(line))
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]
    assert story.paragraphs == [N(BODY), N(MORE)]


@pytest.mark.parametrize(
    "line",
    [
        # narrated, or reported speech: the story's own sentences
        "Chủ tịch UBND tỉnh đã nói như vậy tại cuộc giao ban với các sở, sáng nay, 6-2.",
        "Tỉnh sẽ tổ chức lễ kỷ niệm tại quảng trường trung tâm, ngày 20.2.",
        # the date inside, not closing the sentence after a comma
        "Hội nghị diễn ra ngày 20/2 tại hội trường lớn của tỉnh với nhiều đại biểu.",
        # too short to describe anything
        "Khai mạc, ngày 20.2.",
    ],
)
def test_a_dated_sentence_of_the_story_stays_in_the_text(line):
    assert not describes_photo(N(line))
    story = story_of(BODY, line, MORE)
    assert story.captions == []


def test_talking_with_people_is_a_scene_not_reported_speech():
    line = N("Bác nói chuyện với cán bộ, nhân sĩ tại rừng thông, ngày 20.2.1947.")
    assert describes_photo(line)
    assert not describes_photo(N("Ông Lê Văn Tâm nói dự án sẽ xong trước Tết, ngày 20.2."))


# ---------------------------------------------------------------------------------------------
# A place named, and what is done to it
# ---------------------------------------------------------------------------------------------

THINGS_SHOWN = [
    "Di tích Đền Cờn Nam Hà được tu bổ dịp trước Tết Nguyên đán",
    "Trung tâm văn hoá Yên Phú (Nam Hà) được mở rộng để phục vụ lễ hội",
    "Cầu Đông Giang bị sạt lở sau trận lũ đầu tháng 10",
    "Chùa Vân Sơn vừa được trùng tu sau hai năm thi công",
]


@pytest.mark.parametrize("line", THINGS_SHOWN)
def test_a_named_place_and_what_is_done_to_it_is_a_caption(line):
    assert shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert story.subheadings == []
    assert [c.text for c in story.captions] == [N(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Nhiều dự án chống ùn tắc sẽ được đẩy nhanh",  # no name: a topic
        "Những hệ lụy được dự báo trước",
        "Bộ Công Thương được giao xử lý dự án thua lỗ",  # a body: a topic
        "Cầu Đông Giang được đầu tư hiệu quả",  # a judgement
        "Di tích Đền Cờn Nam Hà và câu chuyện bảo tồn",  # nothing done to it
    ],
)
def test_topics_about_things_stay_inter_titles(line):
    assert not shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert story.subheadings == [N(line)]


# ---------------------------------------------------------------------------------------------
# The lead photo's caption restating the lead
# ---------------------------------------------------------------------------------------------

ECHO = "Tỉnh Nam Hà đã long trọng tổ chức lễ kỷ niệm 70 năm ngày Bác Hồ về thăm."


def test_a_first_line_restating_the_lead_is_the_lead_photos_caption():
    assert restates_lead(N(ECHO), N(LEAD))
    story = page_of(ECHO, BODY, MORE)
    assert [c.text for c in story.captions] == [N(ECHO)]
    assert story.sapo == N(LEAD)
    assert story.paragraphs == [N(BODY), N(MORE)]


@pytest.mark.parametrize(
    "line",
    [
        # goes on from the lead with new facts
        "Sau lễ kỷ niệm, lãnh đạo tỉnh đã dâng hương tại nhà lưu niệm và thăm các gia đình.",
        # shares words with the lead but says something else
        "Tỉnh sẽ tổ chức nhiều hoạt động văn hoá, thể thao trong dịp kỷ niệm 70 năm.",
    ],
)
def test_a_first_line_going_on_from_the_lead_stays_the_storys(line):
    assert not restates_lead(N(line), N(LEAD))
    story = page_of(line, BODY, MORE)
    assert story.captions == []
    assert story.paragraphs[0] == N(line)


def test_a_restatement_is_read_only_where_the_lead_photo_stood():
    # evenly spaced copy, the lead first: the same line is the story's own paragraph
    story = story_of(ECHO, BODY, MORE)
    assert story.captions == []
    assert story.paragraphs[0] == N(ECHO)
