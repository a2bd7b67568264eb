"""A short line without a final stop between paragraphs: a photo's caption or an inter-title?
(issue 13, second round). A caption shows a scene — people seen doing something, where it
happens, a place and what it is, an official's portrait; an inter-title states a topic, a
claim or a call. The sentences are written for these tests, with invented names, in the shapes
real copy showed."""

import pytest

from articles.wire.read import parse_html, parse_text
from articles.wire.read.assemble import TEASER_WARNING
from articles.wire.read.shapes import reads_as_lead_caption, shows_portrait, shows_scene
from newsroom.text import normalize_inline

TITLE = "Lễ hội đầu xuân ở vùng chiến khu xưa thu hút hàng vạn du khách"
LEAD = (
    "Sáng 6/2, huyện miền núi tổ chức lễ hội đầu xuân với nhiều nghi lễ truyền thống và hoạt "
    "động văn hóa, thể thao, thu hút hàng vạn người dân và du khách thập phương tham dự."
)
BODY = (
    "Theo ban tổ chức, lễ hội năm nay được tổ chức trang trọng, tiết kiệm, giữ gìn các nghi lễ "
    "truyền thống của đồng bào các dân tộc; phần hội có nhiều trò chơi dân gian như kéo co, "
    "đẩy gậy, ném còn và các giải thi đấu thể thao giữa các xã trong huyện."
)
MORE = (
    "Lãnh đạo huyện cho biết, những năm qua địa phương đã đầu tư nâng cấp đường giao thông, "
    "trường học, trạm y tế, đời sống của bà con từng bước được cải thiện, tỷ lệ hộ nghèo giảm "
    "bình quân mỗi năm hơn 3%, nhiều mô hình kinh tế mới mang lại thu nhập ổn định."
)


def N(text):
    return normalize_inline(text)


def story_of(*body, byline="Minh Anh"):
    lines = [TITLE, "", LEAD, *body]
    if byline:
        lines.append(byline)
    return parse_text("\n".join(lines))


def scraped(*body, byline="Minh Anh"):
    """A page saved as text: the lead printed last, after the byline."""
    return parse_text("\n".join([TITLE, "", *body, byline, "", "", LEAD]))


# ---------------------------------------------------------------------------------------------
# Scenes: where they happen, people seen by what they are, a place and what it is
# ---------------------------------------------------------------------------------------------

SCENES = [
    "Thi kéo co tại Hội làng Phù Lưu",
    "Biểu diễn múa sư tử tại Lễ hội",
    "Nghi lễ rước nước của đồng bào dân tộc tại Lễ hội",
    "Đồng bào làm lễ cầu an tại đền Thác Bà",
    "Bên trong khu tái định cư ở Thủ Thiêm",
    "Người dân xếp hàng vào cổng đền",
    "Du khách tham quan hang động",
    "Các em học sinh trồng cây trong sân trường",
    "Bến thuyền cũ, nơi ngư dân tập kết hải sản mỗi sáng",
]


@pytest.mark.parametrize("line", SCENES)
def test_a_scene_between_paragraphs_is_a_caption(line):
    assert shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert [c.text for c in story.captions] == [N(line)]
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]


TOPICS = [
    # a claim or a call, though it ends on a place
    "Phải bảo đảm quyền lợi người lao động tại doanh nghiệp",
    "Có thể xây thêm ở Nhà Bè, Cần Giờ",
    "Không để tái diễn cảnh chen lấn tại Lễ hội",
    "Cần quy hoạch lại các bến thuyền ở Hạ Long",
    # a change or a judgement
    "Giá đất tăng mạnh tại Thủ Thiêm",
    "Nhiều bất cập tại Khu công nghiệp Phú Nghĩa",
    # the scope of a topic, not the site of a photo
    "Bảo tồn di sản văn hóa ở Việt Nam",
    # a place that is no name, or a figure in it
    "Đổi mới cách làm tại doanh nghiệp",
    "Khởi công dự án tại lô đất số 5",
    # people in a wish, a need or a state, not in a scene
    "Người dân mong chờ chính sách mới",
    "Nông dân cần vốn ưu đãi",
    "Người lao động được hỗ trợ tiền thuê nhà",
]


@pytest.mark.parametrize("line", TOPICS)
def test_a_topic_or_a_claim_stays_an_inter_title(line):
    assert not shows_scene(N(line))
    story = story_of(BODY, line, MORE)
    assert story.subheadings == [N(line)]
    assert story.captions == []


def test_a_scene_closing_the_story_is_its_last_photo_not_a_sentence():
    # before: a heading last of all was read as a closing sentence without its stop
    story = story_of(BODY, MORE, "Người dân dâng hương tại đền")
    assert [c.text for c in story.captions] == [N("Người dân dâng hương tại đền")]
    assert story.paragraphs == [N(BODY), N(MORE)]


def test_inter_titles_and_scenes_in_one_story_are_told_apart():
    story = story_of(
        "Kết nối",
        BODY,
        "Thi đấu bóng chuyền tại Lễ hội",
        MORE,
        "Đổi thay",
        BODY,
        "Trình diễn múa rồng tại Lễ hội",
    )
    assert story.subheadings == [N("Kết nối"), N("Đổi thay")]
    assert [c.text for c in story.captions] == [
        N("Thi đấu bóng chuyền tại Lễ hội"),
        N("Trình diễn múa rồng tại Lễ hội"),
    ]


# ---------------------------------------------------------------------------------------------
# A claim where the lead photo would stand is the first inter-title
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Phải bảo đảm lợi ích của Nhà nước khi cổ phần hóa doanh nghiệp",
        "Cần sớm hoàn thiện cơ chế hỗ trợ người thu nhập thấp mua nhà",
        "Không để dự án treo kéo dài thêm nhiều năm nữa",
    ],
)
def test_a_claim_opening_a_scraped_page_is_an_inter_title_not_the_lead_caption(line):
    assert not reads_as_lead_caption(N(line))
    story = scraped(line, BODY, MORE)
    assert story.subheadings == [N(line)]
    assert story.captions == []


@pytest.mark.parametrize(
    "line",
    [
        "Lãnh đạo huyện trao quà cho các hộ nghèo trong xã",
        # "Không", "Cần" opening a noun or a name, not a call
        "Không khí tưng bừng trên phố đi bộ Nguyễn Huệ trong đêm giao thừa",
        "Cần Thơ rực rỡ sắc hoa trong những ngày giáp Tết Nguyên đán",
        "Cần cẩu đưa dầm thép vào vị trí trên công trường cầu Rạch Miễu 2",
    ],
)
def test_a_description_opening_a_scraped_page_is_still_the_lead_caption(line):
    assert reads_as_lead_caption(N(line))
    story = scraped(line, BODY, MORE)
    assert [c.text for c in story.captions] == [N(line)]


# ---------------------------------------------------------------------------------------------
# An official's posts and name alone: a portrait's caption, or a pull quote's speaker
# ---------------------------------------------------------------------------------------------

ANSWER = (
    "Có thể người trẻ còn thiếu kinh nghiệm, nhưng ai đã thể hiện được năng lực và phẩm chất "
    "thì nên mạnh dạn đề bạt, giao việc và đào tạo để họ sớm gánh vác những vị trí chủ chốt "
    "của địa phương trong nhiệm kỳ tới."
)


def test_an_officials_posts_and_name_under_a_paragraph_caption_a_portrait():
    portrait = "Nguyên Chủ tịch UBND tỉnh Trần Văn Bình"
    assert len(ANSWER.split()) > 35  # a paragraph of the story, not a pull quote
    assert shows_portrait(N(portrait))
    story = story_of(BODY, ANSWER, portrait, MORE)
    assert [c.text for c in story.captions] == [N(portrait)]
    assert story.subheadings == []


def test_the_same_line_under_a_short_statement_is_its_speaker():
    statement = "Người trẻ có năng lực thì phải được giao việc ngay, không thể chờ đến lượt."
    story = story_of(BODY, statement, "Nguyên Chủ tịch UBND tỉnh Trần Văn Bình", MORE)
    assert story.captions == []
    assert N("Nguyên Chủ tịch UBND tỉnh Trần Văn Bình") in story.paragraphs


def test_an_officials_posts_and_name_closing_the_text_sign_it():
    # an article written by the minister: his designation is the signature, not a portrait
    signature = "Đại tướng GS.TS Phan Văn Hòa - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng"
    story = story_of(BODY, ANSWER, MORE, signature, byline=None)
    assert story.captions == []
    assert story.paragraphs[-1] == N(signature)


@pytest.mark.parametrize("outlet", ["Đời sống Pháp luật", "VOV"])
def test_a_name_over_the_outlet_closing_the_story_is_the_byline(outlet):
    story = story_of(BODY, MORE, "Thu Hà", byline=f"Theo {outlet}")
    assert story.byline == "Thu Hà"
    assert story.source == outlet
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]


@pytest.mark.parametrize(
    "line",
    [
        "Ông Lê Văn Phúc, Chủ tịch Hiệp hội Doanh nghiệp tỉnh",  # no public post
        "Tổng thống Pháp Emmanuel Macron",  # a foreign one
        "Thanh Hương",  # a name alone: a byline's shape
    ],
)
def test_no_portrait_without_a_public_post(line):
    assert not shows_portrait(N(line))


def test_a_non_officials_name_under_a_long_statement_is_no_caption():
    statement = (
        "Nếu nơi khác làm được căn hộ 160 triệu đồng thì ở thành phố giá 200 triệu đồng một căn "
        "30 mét vuông vẫn hợp lý và vừa túi tiền của người thu nhập thấp"
    )
    assert 30 < len(statement.split()) <= 35
    story = story_of(BODY, statement, "Ông Lê Văn Phúc, Chủ tịch Hiệp hội Doanh nghiệp tỉnh", MORE)
    assert story.captions == []
    assert story.subheadings == []


# ---------------------------------------------------------------------------------------------
# Related stories closing the text, some of their headlines asking a question
# ---------------------------------------------------------------------------------------------


def test_related_stories_with_question_headlines_closing_the_text_are_dropped():
    story = story_of(
        BODY,
        MORE,
        "Gặp vị bí thư huyện sau một năm nghỉ hưu",
        "Trò chuyện với người từng xin nghỉ trước tuổi để nhường chỗ cho lớp trẻ.",
        "Cả nhà làm quan: Kẽ hở ở đâu?",
        "Với quy trình chặt chẽ, làm sao còn kẽ hở để đưa người nhà vào bộ máy?",
    )
    assert story.subheadings == []
    assert story.paragraphs == [N(BODY), N(MORE)]
    assert any(w.startswith(TEASER_WARNING) for w in story.warnings)


def test_an_interview_closing_on_short_questions_and_answers_keeps_them():
    story = story_of(
        BODY,
        MORE,
        "Ông có nghĩ đến việc trở lại?",
        "Không, tôi đã nói rõ từ đầu rằng đây là quyết định cuối cùng.",
        "Còn dự định sắp tới?",
        "Tôi sẽ về quê viết sách về những năm làm cán bộ xã.",
    )
    assert N("Tôi sẽ về quê viết sách về những năm làm cán bộ xã.") in story.paragraphs
    assert not any(w.startswith(TEASER_WARNING) for w in story.warnings)


# ---------------------------------------------------------------------------------------------
# CMS pages: where the image stands says which line may be its caption
# ---------------------------------------------------------------------------------------------


def page(*body):
    return (
        f"<html><body><article><h1>{TITLE}</h1><p>{LEAD}</p>{''.join(body)}</article></body></html>"
    )


DESCRIPTION = "Lễ vật dâng thần gồm xôi, gà luộc, bánh chưng và rượu nếp"


@pytest.mark.parametrize(
    "image",
    [
        '<p><img src="/anh/le-vat.jpg"></p>',
        '<figure><img src="/anh/le-vat.jpg"></figure>',
        '<div><img src="/anh/le-vat.jpg"></div>',
    ],
)
def test_a_line_under_an_image_without_caption_is_its_caption(image):
    assert not shows_scene(N(DESCRIPTION))  # by its words alone, an inter-title
    story = parse_html(page(f"<p>{BODY}</p>", image, f"<p>{DESCRIPTION}</p>", f"<p>{MORE}</p>"))
    assert [c.text for c in story.captions] == [N(DESCRIPTION)]
    assert story.subheadings == []


def test_the_same_line_without_an_image_above_is_an_inter_title():
    story = parse_html(page(f"<p>{BODY}</p>", f"<p>{DESCRIPTION}</p>", f"<p>{MORE}</p>"))
    assert story.subheadings == [N(DESCRIPTION)]
    assert story.captions == []


@pytest.mark.parametrize(
    "line",
    [
        "Những việc còn dang dở",  # a short topic: the next section's inter-title
        "Cần sớm hoàn thiện cơ chế hỗ trợ người thu nhập thấp mua nhà",  # a call
        BODY,  # the story's paragraph
    ],
)
def test_under_an_image_a_topic_or_a_paragraph_keeps_its_kind(line):
    story = parse_html(page(f"<p>{MORE}</p>", '<p><img src="/a.jpg"></p>', f"<p>{line}</p>"))
    assert story.captions == []
    assert N(line) in story.subheadings + story.paragraphs
