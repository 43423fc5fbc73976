"""A picture has one alt-text field and one message in the editor (issue 16, item 10b)."""

import re

import pytest

from ..factories import make_image

pytestmark = pytest.mark.django_db


def test_the_image_edit_form_shows_exactly_one_alt_text_field(admin_client):
    image = make_image(alt="A red rocket")
    response = admin_client.get(f"/admin/images/{image.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert "alt_text" in form.fields
    assert "description" not in form.fields
    html = response.content.decode()
    assert len(re.findall(r'name="alt_text"', html)) == 1
    assert not re.search(r'<(input|textarea)[^>]*name="description"', html)


def test_saving_without_alt_text_gives_one_message_on_our_field(admin_client):
    image = make_image(alt="A red rocket")
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": str(image.collection_id),
            "credit": image.credit,
            "alt_text": "",
            "tags": "",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["alt_text"]
    assert errors["alt_text"] == ["Describe the picture, or tick 'decorative' if it adds nothing."]


def test_wagtails_description_mirrors_our_alt_text(admin_client):
    image = make_image(alt="A red rocket")
    assert image.description == "A red rocket"
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": image.title,
            "collection": str(image.collection_id),
            "credit": image.credit,
            "alt_text": "A blue rocket on the launch pad",
            "tags": "",
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.description == image.alt_text == "A blue rocket on the launch pad"
    image.is_decorative = True
    image.save(update_fields=["is_decorative"])
    image.refresh_from_db()
    assert image.description == "" and image.default_alt_text == ""
