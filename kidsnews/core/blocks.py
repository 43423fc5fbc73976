"""StreamField blocks shared by every content type. Each renders its own template in blocks/."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PictureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(max_length=255, help_text="One line under the picture.")
    credit = blocks.CharBlock(
        max_length=255, required=False, help_text="Leave empty to use the picture's own credit."
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["credit"] = value.get("credit") or value["image"].credit
        return context

    class Meta:
        icon = "image"
        template = "blocks/picture_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, default="Did you know?")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/fact_box_block.html"


class SocialPostBlock(blocks.StructBlock):
    """A post from a social network, kept as our own text so the reader's browser never
    contacts the platform: no script, no iframe, no image from their servers."""

    PLATFORMS = [
        ("x", "X (Twitter)"),
        ("instagram", "Instagram"),
        ("bluesky", "Bluesky"),
        ("mastodon", "Mastodon"),
        ("youtube", "YouTube"),
        ("tiktok", "TikTok"),
        ("other", "Other"),
    ]
    platform = blocks.ChoiceBlock(choices=PLATFORMS)
    author = blocks.CharBlock(max_length=100)
    handle = blocks.CharBlock(max_length=100, required=False)
    text = blocks.TextBlock(max_length=1000)
    posted_at = blocks.DateBlock()
    url = blocks.URLBlock(help_text="Link out to the original post (https only).")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["platform_label"] = dict(self.PLATFORMS).get(value["platform"], "")
        return context

    def clean(self, value):
        value = super().clean(value)
        if not str(value.get("url", "")).lower().startswith("https://"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("Use an https:// link to the original post.")}
            )
        return value

    class Meta:
        icon = "comment"
        template = "blocks/social_post_block.html"


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    subheading = blocks.CharBlock(
        max_length=120, icon="title", template="blocks/subheading_block.html"
    )
    picture = PictureBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    social_post = SocialPostBlock()
    closing_question = blocks.CharBlock(
        max_length=200,
        icon="help",
        template="blocks/closing_question_block.html",
        help_text="A question inviting readers to comment.",
    )
