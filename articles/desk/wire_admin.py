"""The imported draft's page: the import's warnings, officials, resolutions and photo slots on
the article's change form, with the editor's actions right there.

Mixed into ``ArticleAdmin`` (articles/admin.py) before ``ArticleWorkflowAdmin``. Thin: what is
shown comes from ``articles.desk.wire_draft.wire_review``; every action calls a service
(``articles.wire.suggestions``, ``articles.desk.wire_draft``) that checks permissions itself.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse

from articles.desk.wire_draft import photo_slot_drop, photo_slot_fill, wire_review
from articles.models import Article, PersonSuggestion, PhotoSlot
from articles.wire import suggestions
from media.models import Caption, Photo
from people.models import Person


def _autocomplete(form_field, model_field, admin_site) -> None:
    """The admin's search-as-you-type select on ``form_field``, asking ``model_field``'s
    autocomplete view (the one the change form's own fields use)."""
    form_field.widget = AutocompleteSelect(model_field, admin_site)
    form_field.widget.choices = form_field.choices


class SlotPhotoForm(forms.Form):
    """A photo for one slot: picked in the library, or uploaded."""

    photo = forms.ModelChoiceField(
        label="Chọn ảnh trong thư viện", queryset=Photo.objects.all(), required=False
    )
    upload = forms.ImageField(label="hoặc tải ảnh lên", required=False)

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        _autocomplete(
            self.fields["photo"],
            Caption._meta.get_field("photo"),
            admin_site,
        )

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("photo")) == bool(cleaned.get("upload")):
            raise ValidationError("Chọn một ảnh trong thư viện hoặc tải lên một tệp ảnh.")
        return cleaned


class LinkPersonForm(forms.Form):
    person = forms.ModelChoiceField(label="Nhân vật có sẵn", queryset=Person.objects.all())

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        _autocomplete(
            self.fields["person"],
            Article._meta.get_field("officials"),
            admin_site,
        )


class WireDraftAdminMixin(admin.ModelAdmin):
    """The "Từ tin hãng" panel of the change form and its actions."""

    class Media:
        css = {"all": ["articles/admin-wire.css"]}

    SUGGESTION_ACTIONS = {
        "tao": "accept",
        "gan": "link",
        "bo-qua": "reject",
    }

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/tin-hang/nhan-vat/<int:suggestion_id>/<str:action>/",
                view(self.suggestion_view),
                name="{}_{}_suggestion".format(*info),
            ),
            path(
                "<path:object_id>/tin-hang/anh/<int:slot_id>/",
                view(self.slot_view),
                name="{}_{}_slot".format(*info),
            ),
            *super().get_urls(),
        ]

    def wire_context(self, request, article) -> dict:
        """What the panel template needs (also used by the "suggest links" page)."""
        review = wire_review(article)
        if review is None:
            return {}
        site = self.admin_site
        return {
            "wire_review": review,
            "wire_can_edit": self.has_change_permission(request, article),
            "slot_forms": [
                (entry, SlotPhotoForm(prefix=f"anh-{entry.slot.pk}", admin_site=site))
                for entry in review.slots
            ],
            "pending_forms": [
                (entry, LinkPersonForm(prefix=f"nv-{entry.suggestion.pk}", admin_site=site))
                for entry in review.pending
            ],
        }

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None:
            extra_context = {**(extra_context or {}), **self.wire_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def link_suggestions_view(self, request, object_id):
        """The "suggest links" page also shows what the import found and could not link."""
        response = super().link_suggestions_view(request, object_id)
        context = getattr(response, "context_data", None)
        if context and context.get("original") is not None:
            wire = self.wire_context(request, context["original"])
            media = forms.Media(css={"all": ["articles/admin-wire.css"]})
            for _, form in [*wire.get("slot_forms", []), *wire.get("pending_forms", [])]:
                media += form.media
            context.update(wire, wire_media=media)
        return response

    def _wire_change_url(self, article):
        return reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[article.pk]
        )

    def _editable(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def suggestion_view(self, request, object_id, suggestion_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self._editable(request, object_id)
        suggestion = get_object_or_404(
            PersonSuggestion.objects.filter(articles=article), pk=suggestion_id
        )
        if action not in self.SUGGESTION_ACTIONS:
            messages.error(request, "Thao tác không hợp lệ.")
            return redirect(self._wire_change_url(article))
        conflicts = suggestions.office_conflicts(suggestion) if action == "tao" else []
        try:
            if action == "tao":
                person = suggestions.person_suggestion_accept(
                    suggestion=suggestion, by=request.user
                )
                done = f"Đã tạo nhân vật “{person.full_name}” và gắn vào các bài nhắc đến."
            elif action == "gan":
                form = LinkPersonForm(
                    request.POST, prefix=f"nv-{suggestion.pk}", admin_site=self.admin_site
                )
                if not form.is_valid():
                    messages.error(request, "Chọn một nhân vật có sẵn để gắn.")
                    return redirect(self._wire_change_url(article))
                person = suggestions.person_suggestion_link(
                    suggestion=suggestion, person=form.cleaned_data["person"], by=request.user
                )
                done = f"Đã gắn “{suggestion.name}” vào nhân vật “{person.full_name}”."
            else:
                suggestions.person_suggestion_reject(suggestion=suggestion, by=request.user)
                done = f"Đã bỏ qua gợi ý “{suggestion.name}”."
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
            return redirect(self._wire_change_url(article))
        self.log_change(request, article, done)
        messages.success(request, done)
        for conflict in conflicts:
            messages.warning(request, f"Lưu ý: {conflict}")
        return redirect(self._wire_change_url(article))

    def slot_view(self, request, object_id, slot_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self._editable(request, object_id)
        slot = get_object_or_404(PhotoSlot.objects.filter(article=article), pk=slot_id)
        try:
            if "bo" in request.POST:
                photo_slot_drop(slot=slot, by=request.user)
                messages.success(request, "Đã bỏ ô ảnh chờ: bài đăng không có ảnh này.")
                return redirect(self._wire_change_url(article))
            form = SlotPhotoForm(
                request.POST, request.FILES, prefix=f"anh-{slot.pk}", admin_site=self.admin_site
            )
            if not form.is_valid():
                messages.error(request, " ".join(m for e in form.errors.values() for m in e))
                return redirect(self._wire_change_url(article))
            caption = photo_slot_fill(
                slot=slot,
                by=request.user,
                photo=form.cleaned_data["photo"],
                upload=form.cleaned_data["upload"],
            )
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
            return redirect(self._wire_change_url(article))
        self.log_change(request, article, "Đặt ảnh vào ô ảnh chờ")
        messages.success(
            request,
            f"Đã đặt ảnh #{caption.photo_id} vào bài"
            + (f", nguồn ảnh “{caption.credit}”." if caption.credit else "."),
        )
        return redirect(self._wire_change_url(article))
