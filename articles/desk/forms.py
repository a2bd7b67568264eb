"""Admin forms for the editorial workflow."""

from django import forms
from django.core.exceptions import ValidationError
from django_ckeditor_5.widgets import CKEditor5Widget

from articles.desk.workflow import stale_message, text_change_problem
from articles.models import Article, Correction, Section
from newsroom.text import sort_key


def tags_edit_string(tags) -> str:
    """The tag field's text ("Đà Nẵng, Hà Nội, Quốc hội"): taggit's format (a name with a space
    or comma in quotes, so that the text reads back as the same tags) in Vietnamese order."""
    names = [tag.name for tag in sorted(tags, key=lambda tag: sort_key(tag.name))]
    return ", ".join(f'"{name}"' if "," in name or " " in name else name for name in names)


class ArticleAdminForm(forms.ModelForm):
    """The article change form: rich-text body, version check, correction rule.

    The service (``articles.desk.workflow.article_edit``) checks the same rules again under a
    row lock; the form checks them first so that a refusal re-renders the page with
    everything the editor typed still in it.
    """

    version = forms.IntegerField(label="Phiên bản", widget=forms.HiddenInput, required=False)
    correction_text = forms.CharField(
        label="Đính chính công khai",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bắt buộc khi sửa tiêu đề, sapo hoặc nội dung của bài đã đăng, trừ khi chọn "
        "“sửa nhỏ”. Hiện cuối bài kèm ngày giờ và trong trang Đính chính.",
    )
    minor_edit = forms.BooleanField(
        label="Sửa nhỏ, không cần đính chính",
        required=False,
        help_text="Chỉ cho lỗi chính tả, dấu câu không làm đổi nghĩa. Vẫn được ghi vào nhật ký.",
    )

    class Meta:
        model = Article
        fields = "__all__"  # noqa: DJ007 — the admin narrows them with its fieldsets
        widgets = {"body": CKEditor5Widget(config_name="article")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
        if "tags" in self.fields:
            self.fields["tags"].help_text = "Các thẻ cách nhau bằng dấu phẩy."

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = Article.objects.select_for_update().get(pk=self.instance.pk)
        submitted_version = cleaned.get("version")
        if submitted_version != current.version:
            # Keep what was typed; the next save (a conscious one) overwrites.
            self.data = self.data.copy()
            self.data[self.add_prefix("version")] = str(current.version)
            raise ValidationError(stale_message(current, submitted_version or 0), code="stale")
        candidate = Article(
            title=cleaned.get("title", current.title),
            sapo=cleaned.get("sapo", current.sapo),
            body=cleaned.get("body", current.body),
        )
        candidate.prepare_text()
        problem = text_change_problem(
            current=current,
            article=candidate,
            correction=(cleaned.get("correction_text") or "").strip(),
            minor_edit=cleaned.get("minor_edit", False),
        )
        if problem:
            self.add_error("correction_text", problem)
        return cleaned


#: How a moment is typed and shown in the newsroom: day first, 24-hour ("19/05/2025 08:30").
DAY_FIRST_DATETIME = "%d/%m/%Y %H:%M"


class DayFirstDateTimeInput(forms.DateTimeInput):
    """A text box showing "dd/mm/yyyy hh:mm" in every browser.

    ``<input type="datetime-local">`` is drawn in the browser's locale: month first with AM/PM
    under an English one, whatever the site's language.
    """

    def __init__(self, attrs=None):
        defaults = {
            "placeholder": "dd/mm/yyyy hh:mm",
            "pattern": r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(:\d{2})?",
            "title": "Ngày/tháng/năm giờ:phút, 24 giờ, ví dụ 19/05/2025 08:30",
            "inputmode": "numeric",
            "autocomplete": "off",
            "size": 16,
        }
        super().__init__(attrs={**defaults, **(attrs or {})}, format=DAY_FIRST_DATETIME)


class WorkflowActionForm(forms.Form):
    comment = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea)
    at = forms.DateTimeField(
        label="Đăng lúc (giờ Việt Nam)",
        required=False,
        widget=DayFirstDateTimeInput(attrs={"required": True}),
        # Day first; ISO (what datetime-local inputs and scripts send) is still understood.
        input_formats=[
            DAY_FIRST_DATETIME,
            "%d/%m/%Y %H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%dT%H:%M:%S",
        ],
    )


class MoveSectionForm(forms.Form):
    section = forms.ModelChoiceField(label="Chuyển sang chuyên mục", queryset=Section.objects)


class CorrectionAdminForm(forms.ModelForm):
    class Meta:
        model = Correction
        fields = ["article", "text", "public"]

    def clean_article(self):
        article = self.cleaned_data["article"]
        if self.instance.pk is None and not article.has_been_public():
            raise ValidationError("Chỉ ghi đính chính cho bài đã đăng.")
        return article


class CorrectionForm(forms.Form):
    text = forms.CharField(label="Nội dung đính chính", widget=forms.Textarea(attrs={"rows": 4}))


class RestoreForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    correction_text = ArticleAdminForm.base_fields["correction_text"]
    minor_edit = ArticleAdminForm.base_fields["minor_edit"]
