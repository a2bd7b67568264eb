"""Uncredited captions read where they stand (issue 13, seventh round of 6 December): named
people shown acting, in a sentence with its stop; a line cut nearly whole from a longer
paragraph; a story's only inter-title when it is too long to stand alone; and three sentences
that only the text can tell (a link to what came before, who holds a post, an editor's note).
Sentences written for these tests, with invented names and places."""

import pytest

from articles.wire.read import parse_text
from articles.wire.read.caption_signals import excerpts_paragraph
from articles.wire.read.shapes import (
    reads_as_isolated_caption,
    reads_as_lead_caption,
    reads_as_lone_heading_caption,
    shows_people_acting,
    shows_scene,
)
from newsroom.text import normalize_inline

TITLE = "Tỉnh Nam Hà gặp mặt nhà đầu tư đầu xuân"
LEAD = (
    "Sáng 8/2, UBND tỉnh Nam Hà tổ chức gặp mặt các doanh nghiệp và nhà đầu tư nhân dịp đầu "
    "xuân, đánh giá kết quả thu hút đầu tư năm qua và bàn giải pháp cho năm mới."
)
RESULTS = (
    "Năm qua, dù còn nhiều khó khăn, kinh tế của tỉnh vẫn tăng trưởng khá với mức 6,2%; các "
    "doanh nghiệp đóng góp gần 9.000 tỷ đồng cho ngân sách, tạo việc làm cho hơn 15.000 lao "
    "động và ủng hộ nhiều tỷ đồng cho các chương trình an sinh xã hội trên địa bàn tỉnh."
)
PLANS = (
    "Trong năm tới, tỉnh sẽ tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết "
    "thủ tục cho doanh nghiệp, kiên quyết thu hồi các dự án chậm triển khai và ưu tiên những "
    "dự án công nghệ cao, sử dụng ít đất, thân thiện với môi trường."
)
PROJECTS = (
    "Đến nay, trên địa bàn tỉnh có 214 dự án còn hiệu lực với tổng vốn đăng ký hơn 5 tỷ USD; "
    "riêng năm qua tỉnh thu hút thêm 17 dự án mới, trong đó có 6 dự án vốn nước ngoài tập "
    "trung ở các khu công nghiệp ven biển."
)
SHORT = "Các doanh nghiệp đánh giá cao sự đồng hành của tỉnh."


def N(text):
    return normalize_inline(text)


def page_of(*body):
    """A page that printed its lead after the byline: the body opens where the lead photo was."""
    return parse_text("\n".join([TITLE, "", *body, "Minh Anh", "", "", LEAD]))


def captions(story):
    return [c.text for c in story.captions]


def headings(story):
    return [b.text for b in story.blocks if b.kind == "subheading"]


# ---------------------------------------------------------------------------------------------
# Named people shown acting, with a stop
# ---------------------------------------------------------------------------------------------

TWO_PEOPLE = (
    "Ông Lê Văn Toàn, Bí thư Tỉnh ủy Nam Hà và ông Trần Quốc Hưng, Chủ tịch UBND tỉnh trao "
    "giấy chứng nhận đầu tư cho các doanh nghiệp."
)
LONG_POSTS = (
    "Bà Nguyễn Thị Thanh Mai - Phó Tổng giám đốc Công ty Cổ phần Thủy sản Nam Hà có mặt tại "
    "buổi gặp mặt cùng đại diện hơn 200 doanh nghiệp trong và ngoài tỉnh và các hiệp hội "
    "ngành hàng của địa phương."
)


def test_a_second_person_after_a_lower_case_address_is_read_with_the_first():
    unstopped = TWO_PEOPLE.rstrip(".")
    assert shows_scene(N(unstopped))
    assert shows_people_acting(N(unstopped))


@pytest.mark.parametrize("line", [TWO_PEOPLE, LONG_POSTS])
def test_named_people_doing_what_a_photo_shows_with_a_stop_are_a_caption(line):
    # not isolated: the paragraph before is about as long, or shorter
    story = page_of(RESULTS, SHORT, line, PLANS, PROJECTS)
    assert N(line) in captions(story)
    assert N(line) not in story.paragraphs


def test_long_posts_do_not_count_against_a_caption_but_a_long_predicate_does():
    assert len(LONG_POSTS.split()) > 40
    assert shows_people_acting(N(LONG_POSTS.rstrip(".")))
    long_predicate = (
        "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh trao giấy chứng nhận đầu tư cho các doanh "
        "nghiệp có dự án mới trong năm qua tại các khu công nghiệp ven biển của tỉnh và các "
        "huyện miền núi phía tây, nơi tỉnh đang ưu tiên kêu gọi đầu tư hạ tầng"
    )
    assert not shows_people_acting(N(long_predicate))


@pytest.mark.parametrize(
    "line",
    [
        # reported speech
        "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh cho biết tỉnh sẽ rút ngắn thời gian cấp phép.",
        # narrated past
        "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh đã trao giấy chứng nhận cho 17 doanh nghiệp.",
        # no verb of the scene
        "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh mong doanh nghiệp tiếp tục gắn bó với tỉnh.",
        # two sentences: a paragraph
        "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh trao giấy chứng nhận. Tỉnh có 17 dự án mới.",
    ],
)
def test_sentences_of_the_story_opening_on_an_official_stay_paragraphs(line):
    story = page_of(RESULTS, SHORT, line, PLANS, PROJECTS)
    assert N(line) in story.paragraphs


def test_a_scene_the_next_paragraph_goes_on_from_stays_in_the_text():
    line = "Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh thăm nhà máy chế biến thủy sản của huyện."
    following = (
        "Tại đây, ông Hưng yêu cầu doanh nghiệp bảo đảm an toàn lao động, xử lý nước thải "
        "đúng quy định và ưu tiên tuyển dụng lao động địa phương trong năm tới."
    )
    story = page_of(RESULTS, SHORT, line, following, PROJECTS)
    assert N(line) in story.paragraphs


# ---------------------------------------------------------------------------------------------
# A line cut nearly whole from a longer paragraph
# ---------------------------------------------------------------------------------------------

CUT = (
    "Nam Hà tỉnh sẽ tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ "
    "tục cho doanh nghiệp, kiên quyết thu hồi các dự án chậm triển khai"
)
AUDIENCE = (
    "Sáng 8/2, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Quốc Hưng tiếp ông Kenji Mori, "
    "Trưởng đại diện Hiệp hội doanh nghiệp Osaka tại Việt Nam."
)
AUDIENCE_CAPTION = (
    "Chủ tịch UBND tỉnh Trần Quốc Hưng tiếp ông Kenji Mori, Trưởng đại diện Hiệp hội doanh "
    "nghiệp Osaka tại Việt Nam."
)


@pytest.mark.parametrize(
    ("line", "source"), [(CUT, PLANS), (AUDIENCE_CAPTION, AUDIENCE)], ids=["no-stop", "stop"]
)
def test_a_line_cut_nearly_whole_from_a_longer_paragraph_is_a_caption(line, source):
    assert excerpts_paragraph(N(line), [N(source)])
    story = page_of(RESULTS, source, line, PROJECTS, SHORT)
    assert N(line) in captions(story)
    assert N(source) in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        # the story saying something new about the same thing, in part in the same words
        "Tỉnh cũng kiên quyết thu hồi các dự án chậm triển khai ở các khu công nghiệp ven biển.",
        # a pull quote repeats the story's words too
        "“Tỉnh sẽ kiên quyết thu hồi các dự án chậm triển khai và ưu tiên những dự án công "
        "nghệ cao”",
        # too short to tell
        "Thu hồi các dự án chậm triển khai",
        # reported speech
        "Ông Hưng cho biết tỉnh sẽ tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian "
        "giải quyết thủ tục cho doanh nghiệp.",
    ],
)
def test_lines_not_cut_from_a_paragraph_are_no_excerpt(line):
    assert not excerpts_paragraph(N(line), [N(PLANS)])


def test_a_paragraph_the_page_printed_twice_stays_in_the_text():
    story = page_of(RESULTS, PLANS, PROJECTS, PLANS, SHORT)
    assert N(PLANS) not in captions(story)
    assert story.paragraphs.count(N(PLANS)) == 2


# ---------------------------------------------------------------------------------------------
# A story's only inter-title, too long to stand alone
# ---------------------------------------------------------------------------------------------

LONE = "Hệ thống đèn chiếu sáng ven biển bị nhiều hộ dân phàn nàn vì chiếu thẳng vào nhà"


def test_a_long_descriptive_line_that_would_be_the_only_inter_title_is_a_caption():
    assert reads_as_lone_heading_caption(N(LONE))
    story = page_of(RESULTS, PLANS, LONE, PROJECTS, SHORT)
    assert N(LONE) in captions(story)
    assert headings(story) == []


def test_a_short_lone_inter_title_stays_one():
    heading = "Ưu tiên dự án công nghệ cao"
    assert not reads_as_lone_heading_caption(N(heading))
    story = page_of(RESULTS, PLANS, heading, PROJECTS, SHORT)
    assert headings(story) == [N(heading)]


@pytest.mark.parametrize(
    "heading",
    [
        # opening on a name: news about it, as a headline gives it
        "Nam Hà học cách làm khu công nghiệp xanh của các tỉnh ven biển miền Trung",
        # a call
        "Phải rút ngắn thời gian giải quyết thủ tục cho doanh nghiệp và nhà đầu tư",
        # narrated
        "Các khu công nghiệp ven biển đã thu hút thêm 6 dự án vốn nước ngoài trong năm",
    ],
)
def test_long_lone_inter_titles_that_do_not_describe_stay_inter_titles(heading):
    assert not reads_as_lone_heading_caption(N(heading))
    story = page_of(RESULTS, PLANS, heading, PROJECTS, SHORT)
    assert N(heading) in headings(story)


def test_long_inter_titles_in_a_story_with_sections_stay_inter_titles():
    second = "Doanh nghiệp trong khu công nghiệp ven biển được hỗ trợ đào tạo lao động"
    story = page_of(RESULTS, LONE, PLANS, second, PROJECTS, SHORT)
    assert headings(story) == [N(LONE), N(second)]


# ---------------------------------------------------------------------------------------------
# What only the text tells
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a link to what came before
        "Buổi ký kết giữa hai doanh nghiệp đồng thời bị lùi sang tháng sau.",
        # who holds a post: a caption names the person first
        "Giám đốc của nhà máy mới là ông Phạm Minh Khôi.",
    ],
)
def test_an_isolated_sentence_telling_what_a_photo_cannot_show_stays_in_the_text(line):
    assert not reads_as_isolated_caption(N(line))
    story = page_of(RESULTS, PLANS, line, PROJECTS, SHORT)
    assert N(line) in story.paragraphs


def test_an_editors_note_opening_the_body_is_no_lead_caption():
    note = "Báo Nam Hà trân trọng giới thiệu bài viết của Bí thư Tỉnh ủy Lê Văn Toàn."
    assert not reads_as_lead_caption(N(note))
    story = page_of(note, RESULTS, PLANS, PROJECTS)
    assert N(note) in story.paragraphs
    # a caption still names the people shown and what they do
    assert reads_as_lead_caption(N("Bí thư Tỉnh ủy Lê Văn Toàn thăm nhà máy chế biến thủy sản."))
