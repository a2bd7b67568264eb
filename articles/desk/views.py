"""Editorial pages outside the admin: signed preview, public corrections list, upload refusal."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from articles.models import Article, Correction
from articles.site import article_page, story_markup
from newsroom.cache import cache_public_page

PREVIEW_SALT = "articles.preview"
PAGE_SIZE = 30


def preview_token(article: Article) -> str:
    return signing.dumps({"article": article.pk}, salt=PREVIEW_SALT, compress=True)


def preview_url(article: Article) -> str:
    return reverse("articles:preview", kwargs={"token": preview_token(article)})


def preview_context(article: Article) -> dict:
    """What ``articles/article_detail.html`` needs, for a story that is not public yet: its own
    part made as readers' pages make it (``articles.site.story_markup``)."""
    page = article_page.from_article(article)
    return {
        "article": article,
        "rendering": {
            "head": mark_safe(story_markup.head(page)),
            "content": mark_safe(story_markup.content(page)),
        },
        "current_section_slug": article.section.slug,
        "is_preview": True,
    }


@never_cache
def preview(request, token):
    """The article exactly as readers will see it, for signed-in newsroom staff only.

    The token is signed with the site's secret and expires (``ARTICLE_PREVIEW_MAX_AGE``); on
    top of that the viewer must be logged in to the admin and allowed to see this article,
    so a forwarded link opens nothing for anyone else.
    """
    if not (request.user.is_authenticated and request.user.is_staff):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    try:
        data = signing.loads(token, salt=PREVIEW_SALT, max_age=settings.ARTICLE_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        return render(request, "articles/preview_expired.html", status=410)
    except signing.BadSignature as exc:
        raise Http404("Liên kết xem trước không hợp lệ.") from exc
    if not request.user.has_perm("articles.view_article"):
        raise Http404("Không tìm thấy bài.")
    article = (
        Article.objects.visible_in_admin_to(request.user)
        .select_related("section")
        .with_corrections()
        .prefetch_related("captions__photo", "tags", "officials__positions", "resolutions")
        .filter(pk=data.get("article"))
        .first()
    )
    if article is None:
        raise Http404("Không tìm thấy bài.")
    response = render(request, "articles/article_detail.html", preview_context(article))
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@cache_public_page
def correction_list(request):
    """Every public correction on a story readers can see, newest first."""
    corrections = (
        Correction.objects.public()
        .filter(article__in=Article.objects.published())
        .select_related("article", "article__section")
        .order_by("-created_at", "-id")
    )
    page = Paginator(corrections, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(request, "articles/correction_list.html", {"page": page})


@csrf_exempt  # nothing is accepted, whoever asks
def editor_upload_refused(request):
    """Where the editor would upload files: refused. Photos go through media.Photo."""
    return JsonResponse(
        {
            "error": {
                "message": "Không tải tệp qua trình soạn thảo. Hãy thêm ảnh ở mục “Ảnh trong "
                "bài” để ảnh được kiểm tra và có chú thích, nguồn ảnh."
            }
        },
        status=403,
    )
