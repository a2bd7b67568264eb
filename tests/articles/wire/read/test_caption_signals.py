"""Uncredited captions read from what they share with the story or say they show (issue 13,
fifth round of 6 December): a bracket naming the photo, the lead photo's line copying a clause
of the text, an isolated sentence restating the paragraph beside it, a dated document shown.
Sentences written for these tests, with invented names and places."""

import pytest

from articles.wire.read import parse_text
from articles.wire.read.caption_signals import (
    copies_story_clause,
    introduces_again,
    names_photo_in_bracket,
    restates_neighbour,
    shows_document,
)
from newsroom.text import normalize_inline

TITLE = "Huyện Đông Hà cải tạo sông Cầu Ngòi"
LEAD = (
    "Sau 5 tháng thi công, huyện Đông Hà đã hoàn thành cải tạo gần 8km sông Cầu Ngòi, "
    "khơi thông dòng chảy và giảm ô nhiễm cho hàng nghìn hộ dân hai bên bờ."
)
RIVER = (
    "Với sự đồng lòng của chính quyền và người dân, đến nay gần 8km sông Cầu Ngòi chảy qua "
    "huyện đã được nạo vét, kè bờ và làm đường gom hai bên sông; hệ thống cống thoát nước thải "
    "của các khu dân cư cũng đã được đấu nối, nhờ vậy việc đi lại thuận tiện hơn, người dân "
    "ai nấy đều phấn khởi và cùng nhau giữ gìn vệ sinh dòng sông."
)
WORKS = (
    "Theo Ban quản lý dự án huyện, tháng 9 năm ngoái, 5 xã ven sông đồng loạt triển khai dự "
    "án; 260 hộ có công trình lấn chiếm lòng sông đã tự nguyện tháo dỡ, bàn giao mặt bằng "
    "cho đơn vị thi công. Đến nay, toàn huyện đã nạo vét, thu gom và xử lý hơn 1.500m3 rác "
    "và bùn thải, trồng mới 2.000 cây xanh dọc hai bên bờ."
)
FIGURES = (
    "Từ tháng 6, Sở Y tế đã tiếp nhận hồ sơ thanh toán qua cổng điện tử của ngành. Tính đến "
    "ngày 31/12, 95% trạm y tế xã của tỉnh đã kết nối vào hệ thống giám định; các trạm còn "
    "lại sẽ kết nối trong quý I."
)


def N(text):
    return normalize_inline(text)


def page_of(*body):
    """A page that printed its lead after the byline: the body opens where the lead photo was."""
    return parse_text("\n".join([TITLE, "", *body, "Minh Anh", "", "", LEAD]))


def captions(story):
    return [c.text for c in story.captions]


# ---------------------------------------------------------------------------------------------
# A bracket naming the photo
# ---------------------------------------------------------------------------------------------

BRACKETED = (
    "Lãnh đạo huyện yêu cầu rút kinh nghiệm trong việc “làm mới” các đình làng "
    "(ảnh chụp đình làng Cầu Ngòi)"
)


@pytest.mark.parametrize(
    "line",
    [
        BRACKETED,
        "Đoàn công tác kiểm tra đoạn kè mới (trong ảnh: đoạn kè qua xã Đông Lâm).",
        "Bờ sông sau khi được làm sạch (hình chụp đoạn qua thôn Thượng)",
    ],
)
def test_a_bracket_saying_what_the_photo_shows_makes_a_caption(line):
    assert names_photo_in_bracket(N(line))
    story = page_of(RIVER, line, WORKS)
    assert N(line) in captions(story)
    assert N(line) not in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Đoàn công tác kiểm tra đoạn kè mới (ảnh: Minh Anh).",  # a credit, read as one
        "Ông Lê Văn Tâm (áo xanh) kiểm tra đoạn kè mới.",  # no photo named
        # a bracket inside the sentence, which goes on: the story's
        "Bản đồ (ảnh chụp năm 1950) cho thấy dòng sông từng rộng gấp đôi. Nay chỉ còn 20m.",
    ],
)
def test_brackets_that_name_no_photo_or_credit_it_are_no_such_caption(line):
    assert not names_photo_in_bracket(N(line))


# ---------------------------------------------------------------------------------------------
# The lead photo's line copying a clause of the story
# ---------------------------------------------------------------------------------------------

COPIED = "Tính đến ngày 31/12, 95% trạm y tế xã của tỉnh đã kết nối vào hệ thống giám định"


def test_the_first_line_copying_a_later_clause_word_for_word_is_the_lead_caption():
    assert copies_story_clause(N(COPIED), [N(FIGURES)])
    story = page_of(COPIED, RIVER, FIGURES, WORKS)
    assert N(COPIED) in captions(story)
    assert N(COPIED) not in [b.text for b in story.blocks if b.kind == "subheading"]


@pytest.mark.parametrize(
    "line",
    [
        "Kết nối vào hệ thống giám định",  # too short: a section's inter-title
        "Tính đến ngày 31/12, 96% trạm y tế xã của tỉnh đã kết nối vào hệ thống giám định",
        "Sở Y tế cho biết 95% trạm y tế xã của tỉnh đã kết nối vào hệ thống giám định",
    ],
)
def test_lines_not_copying_a_whole_clause_are_no_copy(line):
    assert not copies_story_clause(N(line), [N(FIGURES)])


def test_an_inter_title_in_its_own_words_stays_one():
    heading = "Hơn 1.500m3 rác và bùn thải được xử lý"
    story = page_of(heading, RIVER, WORKS)
    assert N(heading) not in captions(story)


# ---------------------------------------------------------------------------------------------
# An isolated sentence restating the paragraph beside it
# ---------------------------------------------------------------------------------------------

RESTATED = "Sông Cầu Ngòi chảy qua xã Đông Lâm đã được nạo vét, kè bờ và làm đường gom."


def test_an_isolated_sentence_restating_its_neighbour_is_a_caption_narrated_past_included():
    assert restates_neighbour(N(RESTATED), N(RIVER), N(WORKS))
    story = page_of(RIVER, WORKS, RIVER.replace("Với", "Cùng với"), RESTATED, WORKS)
    assert N(RESTATED) in captions(story)


@pytest.mark.parametrize(
    "line",
    [
        # in its own words: the story's
        "Nhiều hộ dân mong muốn dự án sớm mở rộng sang các xã còn lại trong năm nay.",
        # a link to what came before
        "Đồng thời, sông Cầu Ngòi chảy qua huyện đã được nạo vét, kè bờ và làm đường gom.",
        # reported speech
        "Ông Tâm cho biết sông Cầu Ngòi chảy qua huyện đã được nạo vét, kè bờ.",
        # no stop: the inter-title rules read it
        "Sông Cầu Ngòi chảy qua huyện đã được nạo vét, kè bờ và làm đường gom",
    ],
)
def test_sentences_not_restating_a_neighbour_as_a_caption_would_are_the_storys(line):
    assert not restates_neighbour(N(line), N(RIVER), N(WORKS))


def test_a_restating_sentence_between_paragraphs_of_its_length_stays_in_the_text():
    short = "Ban quản lý dự án cho hay việc nạo vét sẽ xong trước mùa mưa."
    story = page_of(RIVER, short, RESTATED, short, WORKS)
    assert N(RESTATED) not in captions(story)


# ---------------------------------------------------------------------------------------------
# A document shown
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Biên bản cuộc họp của thôn ngày 3/2/2017.",
        "Công văn của UBND xã Đông Lâm ngày 15-1",
        "Phối cảnh khu tái định cư ven sông ngày 20/12/2016.",
    ],
)
def test_a_dated_document_and_nothing_else_is_a_caption(line):
    assert shows_document(N(line))
    story = page_of(RIVER, "Làm rõ trách nhiệm", line, WORKS)
    assert N(line) in captions(story)


@pytest.mark.parametrize(
    "line",
    [
        "Quyết định có hiệu lực từ ngày 1/3/2017.",
        "Biên bản được lập ngày 3/2/2017.",
        "Công văn nêu rõ thời hạn nộp hồ sơ là ngày 15/3.",
        "Biên bản cuộc họp của thôn.",  # not dated
        "Biên bản ghi nhận 260 hộ dân đồng ý tháo dỡ công trình lấn chiếm ngày 3/2.",
    ],
)
def test_sentences_about_a_document_are_no_caption(line):
    assert not shows_document(N(line))


# ---------------------------------------------------------------------------------------------
# A person introduced again in full
# ---------------------------------------------------------------------------------------------

GUESTS = (
    "Tham dự lễ khánh thành có Phó Chủ tịch UBND tỉnh Nam Hà Trần Văn Bình, lãnh đạo các sở, "
    "ngành của tỉnh cùng đông đảo bà con các xã ven sông và các đơn vị thi công công trình."
)
SEARCH = (
    "Ngay sau khi nhận tin báo, lực lượng cứu hộ của tỉnh đã dùng ca nô tìm kiếm dọc sông "
    "nhưng chưa thấy người mất tích; công an huyện đang làm rõ nguyên nhân vụ việc."
)
REINTRODUCED = [
    "Phó Chủ tịch UBND tỉnh Nam Hà Trần Văn Bình đã tới dự, cắt băng khánh thành công trình.",
    "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Nam Hà, trực tiếp đến hiện trường chỉ đạo.",
]


@pytest.mark.parametrize("line", REINTRODUCED)
def test_a_person_named_with_their_post_again_doing_something_is_a_caption(line):
    also = "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Nam Hà, yêu cầu công an huyện vào cuộc."
    assert introduces_again(N(line), [N(GUESTS), N(also)])
    story = page_of(RIVER, GUESTS + " " + also, line, SEARCH)
    assert N(line) in captions(story)


@pytest.mark.parametrize(
    "line",
    [
        # the post and name written only here: the story introducing the person
        "Bí thư Huyện ủy Lê Thị Hoa đã tới dự, cắt băng khánh thành công trình.",
        # reported speech
        "Phó Chủ tịch UBND tỉnh Nam Hà Trần Văn Bình cho biết tỉnh sẽ nhân rộng mô hình.",
        # a link to what came before
        "Sau đó, Phó Chủ tịch UBND tỉnh Nam Hà Trần Văn Bình cắt băng khánh thành công trình.",
        # an address and a name alone, no post
        "Ông Trần Văn Bình đi thuyền kiểm tra đoạn kè mới.",
    ],
)
def test_sentences_that_do_not_introduce_a_person_again_are_the_storys(line):
    text = N(GUESTS) + " Ông Trần Văn Bình đi thuyền kiểm tra đoạn kè mới vào buổi chiều."
    assert not introduces_again(N(line), [text])


def test_a_person_named_again_under_a_paragraph_as_short_stays_in_the_text():
    line = REINTRODUCED[0]
    short = "Công trình có tổng vốn đầu tư gần 120 tỷ đồng."
    story = page_of(RIVER, GUESTS, short, line, SEARCH)
    assert N(line) not in captions(story)


SURVEY = (
    "Trước đó, Sở Tài nguyên và Môi trường Nam Hà đã tổ chức lấy ý kiến người dân về phương án "
    "nạo vét trên cổng thông tin điện tử của tỉnh, tại các nhà văn hóa thôn và qua đường dây "
    "nóng của Sở; đã có hơn 12.000 lượt góp ý, phần lớn đồng tình với phương án."
)
BODY_AGAIN = "Sở Tài nguyên và Môi trường Nam Hà đang lấy ý kiến của người dân ven sông."


def test_a_public_body_named_in_full_again_doing_something_is_a_caption():
    assert introduces_again(N(BODY_AGAIN), [N(SURVEY)])
    story = page_of(RIVER, SURVEY, BODY_AGAIN, "Dự kiến việc lấy ý kiến kết thúc ngày 10/3.")
    assert N(BODY_AGAIN) in captions(story)


@pytest.mark.parametrize(
    "line",
    [
        # the body's name written only here
        "Sở Nông nghiệp và Phát triển nông thôn Nam Hà đang lấy ý kiến của người dân.",
        # the short name, as the story's sentences write it
        "Sở Tài nguyên đang lấy ý kiến của người dân ven sông.",
        # reported speech
        "Sở Tài nguyên và Môi trường Nam Hà cho biết sẽ tổng hợp ý kiến trong tháng 3.",
    ],
)
def test_a_body_not_named_again_in_full_doing_something_is_the_storys(line):
    assert not introduces_again(N(line), [N(SURVEY)])
