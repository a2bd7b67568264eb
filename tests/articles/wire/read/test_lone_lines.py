"""Lines standing alone between paragraphs, read with their neighbours (issue 13, fourth round
of 6 December): a short question opening a section, two named people doing what a photo shows
on a line too long for an inter-title and without a stop, a sight the photo caught, where people
stand in it; reported speech and a name over its posts. Sentences written for these tests,
with invented names and places."""

import pytest

from articles.wire.analyse import link_story
from articles.wire.read import parse_text
from articles.wire.read.lone_lines import (
    ends_unstopped,
    join_split_designations,
    reads_as_isolated_question,
    reads_as_question_heading,
    reads_as_unstopped_caption,
)
from articles.wire.read.shapes import describes_photo, is_subheading, shows_scene
from newsroom.text import normalize_inline
from people.mentions.officials import PeopleIndex, find_officials
from people.mentions.resolutions import ResolutionIndex

TITLE = "Tỉnh đẩy nhanh xây nhà ở xã hội cho công nhân"
LEAD = (
    "Sáng 8/2, UBND tỉnh Nam Hà làm việc với các doanh nghiệp về kế hoạch xây 5.000 căn nhà ở "
    "xã hội cho công nhân các khu công nghiệp trong năm nay."
)
BODY = (
    "Theo báo cáo của Sở Xây dựng, toàn tỉnh hiện có gần 120.000 công nhân đang làm việc tại "
    "các khu công nghiệp, trong đó hơn một nửa phải thuê nhà trọ chật chội, thiếu điện nước; "
    "nhu cầu nhà ở giá thấp vì thế ngày càng lớn và cấp bách."
)
MORE = (
    "Các doanh nghiệp đề xuất tỉnh giao đất sạch, giảm tiền sử dụng đất và rút ngắn thủ tục "
    "cấp phép xây dựng để giá mỗi căn hộ không vượt quá 150 triệu đồng, phù hợp với thu nhập "
    "của công nhân lao động."
)
ANSWER = (
    "Tỉnh sẽ lập quỹ đất ở ba khu công nghiệp lớn, mời các nhà đầu tư đấu thầu công khai và "
    "dành ít nhất 20% diện tích cho công trình công cộng như trường mầm non, trạm y tế, khu "
    "vui chơi của con em công nhân."
)


def N(text):
    return normalize_inline(text)


def story_of(*body):
    return parse_text("\n".join([TITLE, "", LEAD, *body, "Minh Anh"]))


# ---------------------------------------------------------------------------------------------
# A short question opening a section
# ---------------------------------------------------------------------------------------------

QUESTIONS = [
    "Quỹ đất lấy ở đâu?",
    "Giá mỗi căn hộ được tính như thế nào?",
    "Doanh nghiệp có mặn mà?",
]


@pytest.mark.parametrize("line", QUESTIONS)
def test_a_short_question_over_its_answer_is_an_inter_title(line):
    assert reads_as_question_heading(N(line))
    story = story_of(BODY, line, ANSWER, MORE)
    assert story.subheadings == [N(line)]
    assert story.paragraphs == [N(BODY), N(ANSWER), N(MORE)]


@pytest.mark.parametrize(
    "line",
    [
        "Ông nghĩ sao về đề xuất này?",  # put to someone: an interviewer's
        "Vì sao lại như vậy?",  # refers back
        "Vì sao?",  # too short to name a topic
        "Liệu sau khi giao đất, các doanh nghiệp có giữ đúng cam kết về giá bán nhà?",  # long
        "Có bao nhiêu căn? Ai được mua?",  # two questions
    ],
)
def test_questions_of_the_story_keep_their_place_in_the_text(line):
    assert not reads_as_question_heading(N(line))
    story = story_of(BODY, line, ANSWER, MORE)
    assert story.subheadings == []
    assert N(line) in story.paragraphs


def test_a_question_under_an_unfinished_paragraph_or_over_a_short_one_is_the_storys():
    unfinished = BODY.rstrip(".") + ", chẳng hạn"
    assert story_of(unfinished, "Quỹ đất lấy ở đâu?", ANSWER, MORE).subheadings == []
    short = "Tỉnh chưa trả lời."
    assert story_of(BODY, "Quỹ đất lấy ở đâu?", short, MORE).subheadings == []


def test_an_interviews_short_questions_stay_questions():
    """More than two questions among the paragraphs: an interview, whose questions are
    followed by long answers as a section's inter-title is."""
    story = story_of(
        BODY,
        "Quỹ đất lấy ở đâu?",
        ANSWER,
        "Giá bán được tính ra sao?",
        MORE,
        "Khi nào công nhân nhận nhà?",
        ANSWER.replace("Tỉnh sẽ", "Chúng tôi sẽ"),
    )
    assert story.subheadings == []


# ---------------------------------------------------------------------------------------------
# Named people doing what a photo shows, on a long line without a stop
# ---------------------------------------------------------------------------------------------

TWO_PEOPLE = (
    "Ông Trần Văn Lộc, Chủ tịch UBND huyện Yên Hòa và Thượng tá Đinh Quang Vũ, Trưởng Công "
    "an huyện Yên Hòa trồng cây lưu niệm, hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ”"
)


@pytest.mark.parametrize(
    "line", [TWO_PEOPLE, TWO_PEOPLE.replace("“", '"').replace("”", '"'), TWO_PEOPLE[:-33]]
)
def test_two_named_people_doing_what_a_photo_shows_is_a_caption(line):
    assert reads_as_unstopped_caption(N(line))
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]
    assert story.paragraphs == [N(BODY), N(MORE)]


@pytest.mark.parametrize(
    "line",
    [
        TWO_PEOPLE + ".",  # a finished sentence: the isolation rules decide
        # the story's sentence that lost its stop: no verb of a scene
        "Ông Trần Văn Lộc, Chủ tịch UBND huyện Yên Hòa và Thượng tá Đinh Quang Vũ, Trưởng "
        "Công an huyện Yên Hòa thống nhất phương án bảo đảm an ninh trong suốt mùa lễ hội",
        # narrated
        "Ông Trần Văn Lộc, Chủ tịch UBND huyện Yên Hòa và Thượng tá Đinh Quang Vũ, Trưởng "
        "Công an huyện Yên Hòa đã trồng cây lưu niệm tại khuôn viên trụ sở mới của huyện",
        # a whole quotation
        "“Ông Trần Văn Lộc trồng cây lưu niệm”",
    ],
)
def test_long_lines_of_the_story_are_no_caption(line):
    assert not reads_as_unstopped_caption(N(line))


def test_what_ends_without_a_stop():
    assert ends_unstopped(N("Các đại biểu hưởng ứng “Tết trồng cây”"))
    assert ends_unstopped(N('Các đại biểu hưởng ứng "Tết trồng cây"'))
    assert not ends_unstopped(N("Ông Lộc nói: “Chúng tôi làm ngay.”"))
    assert not ends_unstopped(N("“Chúng tôi làm ngay”"))
    assert not ends_unstopped(N("Các đại biểu hưởng ứng Tết trồng cây."))


def test_two_people_joined_by_and_then_what_they_do_is_a_scene():
    line = N("Bí thư Huyện ủy Lê Thị Mơ và Chủ tịch UBND huyện Hà Văn Tín trao quà cho học sinh")
    assert shows_scene(line)
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]


# ---------------------------------------------------------------------------------------------
# A sight the photo caught; where people stand in it
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Một cảnh tượng đoàn rước kiệu được người dân chen nhau chạm vào",
        "Khoảnh khắc các cựu chiến binh chụp ảnh cùng đoàn học sinh",
        "Hình ảnh người dân đang dọn bùn đất sau trận lũ",
    ],
)
def test_a_sight_with_what_is_seen_happening_is_a_caption(line):
    assert shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]
    assert story.subheadings == []


@pytest.mark.parametrize(
    "line",
    [
        "Hình ảnh Việt Nam trong mắt bạn bè quốc tế",  # a topic, no action seen
        "Hình ảnh này được chia sẻ rộng rãi",  # refers back
        "Cảnh sát giao thông đang làm nhiệm vụ",  # police, not a sight
        "Hình ảnh đô thị được cải thiện mạnh",  # a judgement
    ],
)
def test_topics_and_police_are_no_sight(line):
    assert not shows_scene(N(line))


@pytest.mark.parametrize(
    "position",
    ["(thứ 2 bên phải)", "(ngoài cùng bên trái)", "(hàng đầu, thứ ba từ phải sang)", "(giữa)"],
)
def test_where_people_stand_makes_a_caption(position):
    line = N(f"Phó Chủ tịch UBND tỉnh Lê Văn Hào {position} nghe báo cáo tiến độ dự án.")
    assert describes_photo(line)
    assert not describes_photo(N("Phó Chủ tịch UBND tỉnh Lê Văn Hào (Nam Hà) nghe báo cáo."))


# ---------------------------------------------------------------------------------------------
# Reported speech and an opened quotation are no inter-titles
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ông Hải xác nhận luôn: “Đúng vậy”",
        "Giám đốc Sở Xây dựng Phan Văn Hải trả lời: “Chưa có”",
        "Bạn đọc Nguyen van binh đề xuất: “",
        "Một bạn đọc viết: “",
    ],
)
def test_reported_speech_or_an_opened_quotation_is_no_inter_title(line):
    assert not is_subheading(N(line))
    story = story_of(BODY, line, MORE)
    assert story.subheadings == []
    assert N(line) in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Giám đốc Sở Xây dựng Phan Văn Hải: Nhà cho công nhân phải gần nơi làm việc",
        "Chủ tịch tỉnh nhấn mạnh: Không để công nhân chờ thêm",  # a claim, not quoted
    ],
)
def test_a_quote_boxs_header_or_a_claim_is_still_an_inter_title(line):
    line = N(line)
    assert is_subheading(line)
    assert story_of(BODY, line, MORE).subheadings == [line]


# ---------------------------------------------------------------------------------------------
# A name over its posts: one designation for the linker
# ---------------------------------------------------------------------------------------------


def test_a_name_over_its_posts_is_linked_with_them():
    texts = [
        N("“Chúng tôi phải giữ đúng tiến độ.”"),
        N("Ông Lưu Quang Trí"),
        N("Phó Giám đốc Sở GTVT tỉnh Nam Hà"),
        N(BODY),
    ]
    joined = join_split_designations(texts)
    assert joined == [texts[0], N("Ông Lưu Quang Trí, Phó Giám đốc Sở GTVT tỉnh Nam Hà"), texts[3]]
    found = find_officials(joined, PeopleIndex([]))
    assert [(o.name, o.titles) for o in found] == [
        (N("Lưu Quang Trí"), [N("Phó Giám đốc Sở Giao thông vận tải tỉnh Nam Hà")])
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ông Lưu Quang Trí", "Ông Đỗ Văn Hùng"),  # two names
        ("Ông Lưu Quang Trí cho biết thêm.", "Phó Giám đốc Sở GTVT tỉnh Nam Hà"),  # a sentence
        ("Lưu Quang Trí", BODY),  # a byline over a paragraph
    ],
)
def test_lines_that_are_not_a_name_over_its_posts_stay_apart(first, second):
    texts = [N(first), N(second)]
    assert join_split_designations(texts) == texts


# ---------------------------------------------------------------------------------------------
# A question between two long paragraphs, where a page printed its lead after the byline
# ---------------------------------------------------------------------------------------------

ISOLATED_QUESTION = (
    "Liệu sau khi được giao đất, ông chủ mới của dự án có giữ đúng cam kết về giá bán nhà?"
)


def page_of(*body):
    """A page that printed its lead after the byline: the body opens where the lead photo was."""
    return parse_text("\n".join([TITLE, "", *body, "Minh Anh", "", "", LEAD]))


def test_a_long_question_between_long_paragraphs_is_a_photos_caption():
    assert reads_as_isolated_question(N(ISOLATED_QUESTION))
    story = page_of(BODY, MORE, ISOLATED_QUESTION, ANSWER, MORE.replace("Các", "Nhiều"))
    assert N(ISOLATED_QUESTION) in [c.text for c in story.captions]
    assert N(ISOLATED_QUESTION) not in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Ông nghĩ sao khi các doanh nghiệp đề xuất giảm tiền sử dụng đất cho dự án?",
        "Thưa bà, tỉnh sẽ lấy quỹ đất ở đâu để xây đủ 5.000 căn nhà trong năm nay?",
        "Liệu những cam kết đó có được các nhà đầu tư giữ đúng khi giá vật liệu tăng?",
        "Quỹ đất lấy ở đâu?",  # short: a section's inter-title, not a caption
    ],
)
def test_questions_put_to_someone_or_referring_back_are_no_caption(line):
    assert not reads_as_isolated_question(N(line))


def test_a_question_beside_another_question_is_the_storys():
    other = "Và ai sẽ chịu trách nhiệm nếu công nhân không mua nổi căn hộ được xây cho họ?"
    story = page_of(BODY, MORE, ISOLATED_QUESTION, other, ANSWER, MORE.replace("Các", "Nhiều"))
    assert N(ISOLATED_QUESTION) not in [c.text for c in story.captions]
    assert N(ISOLATED_QUESTION) in story.paragraphs


def test_a_pull_quotes_signature_gives_the_imported_story_an_official_with_posts():
    """Through the importer's linking stage: the two lines stay two paragraphs of the text,
    and the person they sign is suggested with the posts of the second."""
    quote = "“Chúng tôi phải giữ đúng tiến độ, không để công nhân chờ thêm một mùa Tết nữa.”"
    story = story_of(BODY, quote, "Ông Lưu Quang Trí", "Phó Giám đốc Sở GTVT tỉnh Nam Hà", MORE)
    assert N("Ông Lưu Quang Trí") in story.paragraphs
    assert N("Phó Giám đốc Sở GTVT tỉnh Nam Hà") in story.paragraphs
    links = link_story(
        story, people=PeopleIndex([]), resolutions=ResolutionIndex([]), rejected=set()
    )
    assert [(o.name, o.titles, o.suggested) for o in links.officials] == [
        (N("Lưu Quang Trí"), [N("Phó Giám đốc Sở Giao thông vận tải tỉnh Nam Hà")], True)
    ]
